//! TypeScript emitter: an ESM package (`package.json`, `tsconfig.json`,
//! `src/*.ts`).
//!
//! The sources are split so that tree shaking works on module boundaries,
//! which is the one granularity every bundler honours (a TypeScript `enum`
//! compiles to a function call that bundlers keep once its module is in):
//!
//! - `codes.ts`: `ErrorCode` and `ErrorName`; nothing else, so that a
//!   program that compares codes carries nothing but them.
//! - `constants.ts`: one `export const` per code, the package's `./constants`
//!   entry: esbuild drops unused members of a namespace import
//!   (`import * as codes from "<package>/constants"`) but not unused
//!   properties of an object.
//! - `guards.ts`: `isErrorCode` (a `Set` of the numbers, not a table of
//!   names), `ErrorPayload`, `isErrorPayload` and `isAnyErrorPayload`.
//! - `names.ts`: `errorName`. `category.ts`: `errorCategory`, without texts.
//! - `categories.ts`: `ErrorCategory`.
//! - `reasons.ts`: one enum per numbered-reason list (only when there is one).
//! - `info.ts`: every text of the catalogue, behind `errorInfo` and
//!   `categoryInfo`.
//! - `index.ts`: re-exports all of them.
//!
//! With `"sideEffects": false` in the manifest, a program that imports only
//! `ErrorCode` bundles `codes.ts` and nothing else; in the `const-object`
//! style Rollup then keeps only the properties it reads.
//!
//! Catalogue text only ever reaches the output through [`javascript_string`]
//! (inside a JS string literal) or [`doc_text`] (inside a JSDoc comment).
//! Member names are SCREAMING_SNAKE_CASE by validation, so they are plain
//! identifiers, and none of them can be `__proto__`, `constructor` or
//! `prototype`, the names that would need care as object keys (they are
//! lower case).

use std::fmt::Write as _;

use crate::escape::javascript_string;
use crate::model::{Catalogue, Category, CategoryIndex, ErrorCode, TypeScriptStyle};
use crate::output::{GeneratedFile, HEADER};

/// Renders `typescript/package.json`, `typescript/tsconfig.json` and the
/// sources under `typescript/src/`, in the style the catalogue chooses.
pub fn emit(catalogue: &Catalogue) -> Vec<GeneratedFile> {
    // Each code's JSDoc goes into `codes.ts` and `constants.ts`: rendered
    // once, it is a good part of the emitter's time.
    let categories = catalogue.index();
    let error_docs: Vec<Vec<String>> =
        catalogue.errors.iter().map(|error| error_doc(categories.category(&error.category), error)).collect();
    let mut files = vec![
        GeneratedFile::new("typescript/package.json", package_json(catalogue)),
        GeneratedFile::new("typescript/README.md", readme_md(catalogue)),
        GeneratedFile::new("typescript/src/categories.ts", categories_ts(catalogue)),
        GeneratedFile::new("typescript/src/category.ts", category_ts(catalogue)),
        GeneratedFile::new("typescript/src/codes.ts", codes_ts(catalogue, &error_docs)),
        GeneratedFile::new("typescript/src/constants.ts", constants_ts(catalogue, &error_docs)),
        GeneratedFile::new("typescript/src/guards.ts", guards_ts(catalogue)),
        GeneratedFile::new("typescript/src/index.ts", index_ts(catalogue)),
        GeneratedFile::new("typescript/src/info.ts", info_ts(catalogue)),
        GeneratedFile::new("typescript/src/names.ts", names_ts(catalogue)),
        GeneratedFile::new("typescript/tsconfig.json", tsconfig_json(catalogue.typescript.style)),
    ];
    if has_reasons(catalogue) {
        files.push(GeneratedFile::new("typescript/src/reasons.ts", reasons_ts(catalogue)));
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    files
}

fn has_reasons(catalogue: &Catalogue) -> bool {
    catalogue.errors.iter().any(|error| !error.reasons.is_empty())
}

/// The package manifest. JSON has no comments, so the header goes into the
/// conventional `"//"` field. The entry point is the compiled `dist/` output
/// (built by `npm run build`, run before packing): Node does not load `.ts`
/// files from `node_modules`, and bundlers and `tsc` resolve the same
/// conditions. Only `dist/` is packed: its declarations carry the JSDoc, and
/// `src/` without declaration maps would only be dead weight. The manifest
/// is written by hand rather than through a `serde_json` map so the key
/// order is the conventional one whatever the map's features.
fn package_json(catalogue: &Catalogue) -> String {
    let description = match &catalogue.package.sdk {
        Some(sdk) => format!("The error codes of the {sdk}, from the catalogue \"{}\".", catalogue.title),
        None => format!("TypeScript bindings of the error catalogue \"{}\".", catalogue.title),
    };
    let mut metadata = String::new();
    if let Some(license) = &catalogue.package.license {
        writeln!(metadata, "  \"license\": {},", javascript_string(license)).unwrap();
    }
    if let Some(repository) = &catalogue.package.repository {
        let url = javascript_string(&format!("git+{repository}.git"));
        writeln!(metadata, "  \"repository\": {{\n    \"type\": \"git\",\n    \"url\": {url}\n  }},").unwrap();
    }
    format!(
        r#"{{
  "//": {header},
  "name": {name},
  "version": {version},
  "description": {description},
{metadata}  "type": "module",
  "sideEffects": false,
  "engines": {{
    "node": ">=18"
  }},
  "exports": {{
    ".": {{
      "types": "./dist/index.d.ts",
      "default": "./dist/index.js"
    }},
    "./constants": {{
      "types": "./dist/constants.d.ts",
      "default": "./dist/constants.js"
    }},
    "./package.json": "./package.json"
  }},
  "main": "./dist/index.js",
  "types": "./dist/index.d.ts",
  "files": [
    "dist"
  ],
  "scripts": {{
    "build": "tsc -p tsconfig.json",
    "prepack": "tsc -p tsconfig.json"
  }},
  "devDependencies": {{
    "typescript": "^5.9.3"
  }}
}}
"#,
        header = javascript_string(HEADER),
        name = javascript_string(&catalogue.typescript.package),
        version = javascript_string(&catalogue.version),
        description = javascript_string(&description),
    )
}

/// The package's README, which npm shows on the package page: what the
/// codes are, the main uses, the import forms and how the styles differ.
/// The examples name a code of this catalogue (one with numbered reasons if
/// there is one, as the crate docs do) and are left out when it has none.
fn readme_md(catalogue: &Catalogue) -> String {
    let package = &catalogue.typescript.package;
    let whose = catalogue.package.sdk.as_deref().map_or_else(|| "the SDK".to_owned(), |sdk| format!("the {sdk}"));
    let example = catalogue.errors.iter().find(|error| !error.reasons.is_empty()).or(catalogue.errors.first());
    let style = match catalogue.typescript.style {
        TypeScriptStyle::Enum => {
            "This build uses the `enum` style: `ErrorCode` is a numeric TypeScript `enum`, as the SDK's own \
             typings declare its codes, with a reverse mapping from number to name. A bundle that uses one member \
             carries the whole enum (about 10 kB minified for 150 codes), and its members compare with the SDK's \
             `ExceptionCode` only through a cast."
        }
        TypeScriptStyle::ConstObject => {
            "This build uses the `const-object` style: `ErrorCode` is an `as const` object whose members have \
             number-literal types, so they compare with the SDK's own `ExceptionCode` enum without casts, and \
             Rollup (Vite's production bundler) keeps only the members a program reads. It is erasable syntax, so \
             it also runs under `--erasableSyntaxOnly` and Node's type stripping."
        }
    };
    let mut out = format!("<!-- {HEADER} -->\n\n# {package}\n\n");
    writeln!(out, "The error codes of {whose}: the numbers the SDK reports in the `errorCode` field").unwrap();
    writeln!(out, "of the object it rejects a failed call with, `{{ type, reason, errorCode }}`, with").unwrap();
    writeln!(out, "their names, categories and the texts of the reference \"{}\".", catalogue.title).unwrap();
    if let Some(example) = example {
        let name = &example.name;
        write!(
            out,
            r#"
```ts
import {{ ErrorCode, errorInfo, isAnyErrorPayload, isErrorPayload }} from "{package}";

export async function startAudio(stream: {{ startAudio(): Promise<void> }}): Promise<void> {{
  try {{
    await stream.startAudio();
  }} catch (e) {{
    if (isErrorPayload(e)) {{
      // e: ErrorPayload, e.errorCode: ErrorCode
      if (e.errorCode === ErrorCode.{name}) {{
        console.warn("{name}:", e.reason);
      }} else {{
        console.warn(errorInfo(e.errorCode).description ?? e.reason);
      }}
    }} else if (isAnyErrorPayload(e)) {{
      // A code this version of the package does not know: e.errorCode: number
      console.warn(`error ${{e.errorCode}} from a newer SDK:`, e.reason);
    }} else {{
      throw e;
    }}
  }}
}}
```
"#
        )
        .unwrap();
    }
    write!(
        out,
        r#"
## What is in it

- `ErrorCode`, `ErrorName`, `ErrorCategory` and one enum per list of numbered
  reasons.
- `isErrorCode(value)`, `isErrorPayload(value)` (a payload with a code of
  this package) and `isAnyErrorPayload(value)` (any integer code, for reports
  from a newer SDK), and the `ErrorPayload` type.
- `errorName(code)`, `errorCategory(code)` (no texts), and `errorInfo(code)`,
  `reasonInfo(code, numberOrName)`, `categoryInfo(id)`: every text of the
  reference, in frozen objects.

A number this version does not know is not an `ErrorCode`: `isErrorCode` and
`isErrorPayload` return `false` and the lookups `undefined`;
`isAnyErrorPayload` still accepts the payload.

## Bundle size

The modules are separate and the package has `"sideEffects": false`: a
program that only compares codes carries no names and no texts.

{style}

esbuild keeps every property of an object it keeps, and every member of a
namespace re-exported from the package root. esbuild users who want only the
codes they use import the per-code constants as a namespace from
`{package}/constants`.
"#
    )
    .unwrap();
    if let Some(example) = example {
        write!(
            out,
            "\n```ts\nimport * as codes from \"{package}/constants\";\n\n\
             export const isExample = (code: number): boolean => code === codes.{};\n```\n",
            example.name
        )
        .unwrap();
    }
    out
}

/// The compiler settings the package is built and checked with: the strict
/// set the consumers of the SDK use. `erasableSyntaxOnly` only fits the
/// const-object style, since a TypeScript `enum` is not erasable syntax.
fn tsconfig_json(style: TypeScriptStyle) -> String {
    let erasable = match style {
        TypeScriptStyle::Enum => "",
        TypeScriptStyle::ConstObject => "    \"erasableSyntaxOnly\": true,\n",
    };
    format!(
        r#"// {HEADER}
{{
  "compilerOptions": {{
    "target": "es2022",
    "lib": ["es2022"],
    "module": "nodenext",
    "moduleResolution": "nodenext",
    "types": [],
    "rootDir": "src",
    "outDir": "dist",
    "declaration": true,
    "strict": true,
    "isolatedModules": true,
    "verbatimModuleSyntax": true,
    "noUncheckedIndexedAccess": true,
    "exactOptionalPropertyTypes": true,
{erasable}    "noFallthroughCasesInSwitch": true,
    "forceConsistentCasingInFileNames": true
  }},
  "include": ["src"]
}}
"#
    )
}

fn index_ts(catalogue: &Catalogue) -> String {
    let mut out = format!("// {HEADER}\n\n");
    write_doc(
        &mut out,
        "",
        &[
            doc_text(&format!("The error codes of \"{}\".", catalogue.title)),
            String::new(),
            "Each module below can be bundled on its own: importing only `ErrorCode`".to_owned(),
            "leaves the names, the guards and the texts of `errorInfo` out of a bundle.".to_owned(),
            String::new(),
            "@packageDocumentation".to_owned(),
        ],
    );
    out.push('\n');
    out.push_str("export { ErrorCategory } from \"./categories.js\";\n");
    out.push_str("export { errorCategory } from \"./category.js\";\n");
    out.push_str("export { ErrorCode } from \"./codes.js\";\n");
    out.push_str("export type { ErrorName } from \"./codes.js\";\n");
    out.push_str("export { isAnyErrorPayload, isErrorCode, isErrorPayload } from \"./guards.js\";\n");
    out.push_str("export type { ErrorPayload } from \"./guards.js\";\n");
    out.push_str("export { categoryInfo, errorInfo, reasonInfo } from \"./info.js\";\n");
    out.push_str("export type { CategoryInfo, ErrorInfo, ReasonCode, ReasonInfo, ReasonsOf } from \"./info.js\";\n");
    out.push_str("export { errorName } from \"./names.js\";\n");
    if has_reasons(catalogue) {
        let mut names: Vec<String> = catalogue.errors.iter().filter_map(ErrorCode::reason_enum_name).collect();
        names.sort();
        let line = format!("export {{ {} }} from \"./reasons.js\";", names.join(", "));
        if line.len() <= 100 {
            writeln!(out, "{line}").unwrap();
        } else {
            out.push_str("export {\n");
            for name in &names {
                writeln!(out, "  {name},").unwrap();
            }
            out.push_str("} from \"./reasons.js\";\n");
        }
    }
    out
}

/// `error_docs`: each code's JSDoc, in catalogue order.
fn codes_ts(catalogue: &Catalogue, error_docs: &[Vec<String>]) -> String {
    let mut out = format!("// {HEADER}\n");
    let members: Vec<Member> = catalogue
        .errors
        .iter()
        .zip(error_docs)
        .map(|(error, doc)| Member { doc: doc.clone(), name: error.name.clone(), value: error.code.to_string() })
        .collect();
    declare(
        &mut out,
        catalogue.typescript.style,
        &[
            "Every error code of the SDK, under the name and number its own typings use.".to_owned(),
            String::new(),
            "The SDK rejects a failed call with `{ type, reason, errorCode }`; compare".to_owned(),
            "`errorCode` with these members. The texts are behind `errorInfo`, in a".to_owned(),
            "module of their own, so that this one stays small in a bundle.".to_owned(),
        ],
        "ErrorCode",
        &members,
    );
    out.push_str("\n/** The SCREAMING_SNAKE_CASE name of an error code. */\n");
    out.push_str("export type ErrorName = keyof typeof ErrorCode;\n");
    out
}

/// One `export const` per code. A namespace import of this module is what
/// esbuild can trim: it keeps every property of an object that is used at
/// all, and every member of a namespace re-exported from the package root.
fn constants_ts(catalogue: &Catalogue, error_docs: &[Vec<String>]) -> String {
    let mut out = format!("// {HEADER}\n\n");
    write_doc(
        &mut out,
        "",
        &[
            "One constant per error code, with the number as its literal type.".to_owned(),
            String::new(),
            doc_text(&format!(
                "Import it as a namespace, `import * as codes from \"{}/constants\"`, and compare",
                catalogue.typescript.package
            )),
            "`codes.AUDIO_CAPTURE_FAILED`: every bundler, esbuild included, then keeps only the".to_owned(),
            "constants the program reads.".to_owned(),
            String::new(),
            "@packageDocumentation".to_owned(),
        ],
    );
    for (error, doc) in catalogue.errors.iter().zip(error_docs) {
        out.push('\n');
        write_doc(&mut out, "", doc);
        writeln!(out, "export const {} = {};", error.name, error.code).unwrap();
    }
    out
}

/// `isErrorCode` and the payload guards. The codes are a `Set` of numbers:
/// a few bytes a code, where a `switch` over the names cost about 50.
fn guards_ts(catalogue: &Catalogue) -> String {
    let mut out = format!("// {HEADER}\n\n");
    out.push_str("import type { ErrorCode } from \"./codes.js\";\n\n");
    // One number a line, so that a new code is one new line in review.
    out.push_str("// Every number of the catalogue, in catalogue order.\n");
    out.push_str("const CODES: ReadonlySet<number> = new Set([\n");
    for error in &catalogue.errors {
        out.push_str(&format!("  {},\n", error.code));
    }
    out.push_str(
        r#"]);

/**
 * Whether `value` is one of the error codes: `false` for anything that is not
 * a number (including a code's name or its number as a string), `NaN`,
 * non-integers and numbers the catalogue does not list.
 */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "number" && CODES.has(value);
}

/**
 * The object the SDK rejects a failed call with, `{ type, reason, errorCode }`.
 *
 * `Code` is `ErrorCode` for a payload `isErrorPayload` accepts, and `number`
 * for one only `isAnyErrorPayload` accepts: a code this version of the
 * package does not know, reported by a newer SDK.
 */
export interface ErrorPayload<Code extends number = ErrorCode> {
  /** The kind of failure, as the SDK names it. */
  readonly type?: string;
  /** A human-readable explanation. */
  readonly reason?: string;
  /** The error code. */
  readonly errorCode: Code;
}

/**
 * Whether `value` is an error payload with a code of this catalogue: an
 * object whose `errorCode` is one of the codes and whose `type` and `reason`,
 * when present, are strings. Other properties are allowed. This is the JSON
 * Schema's `ErrorPayload`.
 */
export function isErrorPayload(value: unknown): value is ErrorPayload {
  return isAnyErrorPayload(value) && CODES.has(value.errorCode);
}

/**
 * Whether `value` is an error payload with any code: as `isErrorPayload`,
 * but `errorCode` may be any unsigned 32-bit integer, so that a report from
 * a newer SDK is still read. This is the JSON Schema's `AnyErrorPayload` and
 * what the Rust `ErrorPayload` accepts.
 */
export function isAnyErrorPayload(value: unknown): value is ErrorPayload<number> {
  if (typeof value !== "object" || value === null) {
    return false;
  }
  const payload = value as { readonly type?: unknown; readonly reason?: unknown; readonly errorCode?: unknown };
  const code = payload.errorCode;
  return (
    typeof code === "number" &&
    Number.isInteger(code) &&
    code >= 0 &&
    code <= 0xffff_ffff &&
    (!("type" in value) || typeof payload.type === "string") &&
    (!("reason" in value) || typeof payload.reason === "string")
  );
}
"#,
    );
    out
}

/// `errorName`: a `Map` from number to name, in a module of its own.
fn names_ts(catalogue: &Catalogue) -> String {
    let mut out = format!("// {HEADER}\n\n");
    out.push_str("import type { ErrorName } from \"./codes.js\";\n\n");
    // Typed `string` and cast on the way out: checking every pair against
    // the `ErrorName` union costs time in proportion to its size.
    out.push_str("const NAMES: ReadonlyMap<number, string> = new Map([\n");
    for error in &catalogue.errors {
        writeln!(out, "  [{}, {}],", error.code, javascript_string(&error.name)).unwrap();
    }
    out.push_str(
        r#"]);

/**
 * The SCREAMING_SNAKE_CASE name of an error code, or `undefined` for a
 * number that is not one.
 */
export function errorName(code: number): ErrorName | undefined {
  return NAMES.get(code) as ErrorName | undefined;
}
"#,
    );
    out
}

/// `errorCategory`: each category's codes, turned into a `Map` on first use.
/// No text of the catalogue is in this module.
fn category_ts(catalogue: &Catalogue) -> String {
    let style = catalogue.typescript.style;
    let mut out = format!("// {HEADER}\n\n");
    match style {
        TypeScriptStyle::Enum => out.push_str("import { ErrorCategory } from \"./categories.js\";\n"),
        TypeScriptStyle::ConstObject => out.push_str("import type { ErrorCategory } from \"./categories.js\";\n"),
    }
    out.push_str("\nconst CODES_BY_CATEGORY: readonly (readonly [ErrorCategory, readonly number[]])[] = [\n");
    let categories = catalogue.index();
    for category in &catalogue.categories {
        let codes: Vec<String> = categories.errors_in(category).iter().map(|error| error.code.to_string()).collect();
        let value = match style {
            TypeScriptStyle::Enum => format!("ErrorCategory.{}", category_member(&category.id)),
            TypeScriptStyle::ConstObject => javascript_string(&category.id),
        };
        writeln!(out, "  [{value}, [{}]],", codes.join(", ")).unwrap();
    }
    out.push_str(
        r#"];

let categories: ReadonlyMap<number, ErrorCategory> | undefined;

/**
 * The category an error code is filed under, or `undefined` for a number
 * that is not a code. Unlike `errorInfo(code).category`, it brings no text
 * of the catalogue into a bundle.
 */
export function errorCategory(code: number): ErrorCategory | undefined {
  categories ??= new Map(CODES_BY_CATEGORY.flatMap(([category, codes]) => codes.map((code) => [code, category] as const)));
  return categories.get(code);
}
"#,
    );
    out
}

fn categories_ts(catalogue: &Catalogue) -> String {
    let mut out = format!("// {HEADER}\n");
    let categories = catalogue.index();
    let members: Vec<Member> = catalogue
        .categories
        .iter()
        .map(|category| Member {
            doc: category_doc(&categories, category),
            name: category_member(&category.id),
            value: javascript_string(&category.id),
        })
        .collect();
    declare(
        &mut out,
        catalogue.typescript.style,
        &["The section of the reference an error code is filed under; the value is the section's stable id."
            .to_owned()],
        "ErrorCategory",
        &members,
    );
    out
}

/// The member of `ErrorCategory` for a category id: the snake_case id in
/// upper case, like the error names (`share_annotation` -> `SHARE_ANNOTATION`).
fn category_member(id: &str) -> String {
    id.to_uppercase()
}

fn reasons_ts(catalogue: &Catalogue) -> String {
    let mut out = format!("// {HEADER}\n");
    for error in &catalogue.errors {
        let Some(enum_name) = error.reason_enum_name() else { continue };
        let members: Vec<Member> = error
            .reasons
            .iter()
            .map(|reason| Member {
                doc: vec![doc_text(&reason.description)],
                name: reason.name.clone(),
                value: reason.code.to_string(),
            })
            .collect();
        declare(
            &mut out,
            catalogue.typescript.style,
            &[format!("The numbered reasons that come with `ErrorCode.{}` (`{}`).", error.name, error.code)],
            &enum_name,
            &members,
        );
    }
    out
}

fn info_ts(catalogue: &Catalogue) -> String {
    let style = catalogue.typescript.style;
    let mut out = format!("// {HEADER}\n\n");
    // In the enum style a category is an enum member, which a string literal
    // is not assignable to, so the table names the members (a value import);
    // in the const-object style the literal is the type.
    let category_value = |id: &str| match style {
        TypeScriptStyle::Enum => format!("ErrorCategory.{}", category_member(id)),
        TypeScriptStyle::ConstObject => javascript_string(id),
    };
    match style {
        TypeScriptStyle::Enum => out.push_str("import { ErrorCategory } from \"./categories.js\";\n"),
        TypeScriptStyle::ConstObject => out.push_str("import type { ErrorCategory } from \"./categories.js\";\n"),
    }
    out.push_str("import type { ErrorCode, ErrorName } from \"./codes.js\";\n");
    out.push_str("import { errorName } from \"./names.js\";\n");
    let with_reasons: Vec<&ErrorCode> = catalogue.errors.iter().filter(|error| !error.reasons.is_empty()).collect();
    if !with_reasons.is_empty() {
        let mut names: Vec<String> = with_reasons.iter().filter_map(|error| error.reason_enum_name()).collect();
        names.sort();
        writeln!(out, "import type {{ {} }} from \"./reasons.js\";", names.join(", ")).unwrap();
    }
    out.push_str(
        "\n/**\n * The type of each code's numbered reasons, for the codes that have some:\n \
         * `ReasonsOf[6010]` is `AudioCaptureFailedReason`.\n */\nexport interface ReasonsOf {\n",
    );
    for error in &with_reasons {
        let enum_name = error.reason_enum_name().unwrap_or_default();
        writeln!(out, "  readonly {}: {enum_name};", error.code).unwrap();
    }
    out.push_str(
        r#"}

/** The type of a code's numbered reasons; `never` for a code without. */
export type ReasonCode<Code extends number> = Code extends keyof ReasonsOf ? ReasonsOf[Code] : never;

/**
 * Everything the catalogue says about one error code. For a known code
 * (`errorInfo(ErrorCode.AUDIO_CAPTURE_FAILED)`), `reasons` is typed with the
 * type of the code's reasons. The object is frozen: it is shared by every caller.
 */
export interface ErrorInfo<Code extends ErrorCode = ErrorCode> {
  /** The number the SDK reports. */
  readonly code: Code;
  /** The SCREAMING_SNAKE_CASE name. */
  readonly name: ErrorName;
  /** The section of the reference the code is filed under. */
  readonly category: ErrorCategory;
  /** The SDK reference's description; a few codes are documented by name only. */
  readonly description: string | undefined;
  /** The SDK methods the code occurs in, as `object.method` paths. */
  readonly methods: readonly string[];
  /** Un-numbered notes: the causes or messages that come with the code. */
  readonly details: readonly string[];
  /** Numbered sub-reasons, in order. */
  readonly reasons: readonly ReasonInfo<ReasonCode<Code>>[];
  /** Why the code is retired, if it is; a retired code is never reused. */
  readonly deprecated: string | undefined;
  /** The SDK version that introduced the code, if known. */
  readonly since: string | undefined;
}

/** A numbered sub-reason of an error code; `Code` is the type of its code's reasons. */
export interface ReasonInfo<Code extends number = number> {
  /** The reason's number, unique within its error code. */
  readonly code: Code;
  /** The SCREAMING_SNAKE_CASE name, as in the reason enum. */
  readonly name: string;
  readonly description: string;
}

/** A section of the reference. */
export interface CategoryInfo {
  readonly id: ErrorCategory;
  /** The section heading. */
  readonly title: string;
  readonly description: string | undefined;
  /** The enclosing section, for a sub-section. */
  readonly parent: ErrorCategory | undefined;
}

/**
 * An entry of `ERRORS`. Its number and name are typed `number` and `string`
 * rather than `ErrorCode` and `ErrorName`: checking every entry against those
 * unions costs time in proportion to their size, which made a catalogue of
 * 15,000 codes take a minute to type-check; `errorInfo` restores the types.
 */
interface Entry {
  readonly code: number;
  readonly name: string;
  readonly category: ErrorCategory;
  readonly description: string | undefined;
  readonly methods: readonly string[];
  readonly details: readonly string[];
  readonly reasons: readonly ReasonInfo[];
  readonly deprecated: string | undefined;
  readonly since: string | undefined;
}

// Keyed by name: `satisfies` rejects a missing or extra code, and
// `Mismatched` (checked in `errorInfo`) an entry whose name or number is not
// its key's.
const ERRORS = {
"#,
    );
    for error in &catalogue.errors {
        writeln!(out, "  {}: {{", error.name).unwrap();
        writeln!(out, "    code: {},", error.code).unwrap();
        writeln!(out, "    name: {},", javascript_string(&error.name)).unwrap();
        writeln!(out, "    category: {},", category_value(&error.category)).unwrap();
        writeln!(out, "    description: {},", optional_literal(error.description.as_deref())).unwrap();
        writeln!(out, "    methods: {},", string_array(&error.methods, "    ")).unwrap();
        writeln!(out, "    details: {},", string_array(&error.details, "    ")).unwrap();
        if error.reasons.is_empty() {
            out.push_str("    reasons: [],\n");
        } else {
            out.push_str("    reasons: [\n");
            for reason in &error.reasons {
                writeln!(
                    out,
                    "      {{ code: {}, name: {}, description: {} }},",
                    reason.code,
                    javascript_string(&reason.name),
                    javascript_string(&reason.description)
                )
                .unwrap();
            }
            out.push_str("    ],\n");
        }
        writeln!(out, "    deprecated: {},", optional_literal(error.deprecated.as_deref())).unwrap();
        writeln!(out, "    since: {},", optional_literal(error.since.as_deref())).unwrap();
        out.push_str("  },\n");
    }
    out.push_str(
        r#"} as const satisfies { readonly [N in ErrorName]: Entry };

/** The names whose entry has another name or number: `never` when all match. */
type Mismatched = {
  [N in ErrorName]: (typeof ERRORS)[N] extends { readonly name: N; readonly code: (typeof ErrorCode)[N] } ? never : N;
}[ErrorName];

// Keyed by id, like `ERRORS`; a lookup is one property read.
const CATEGORIES: { readonly [Id in ErrorCategory]: CategoryInfo & { readonly id: Id } } = {
"#,
    );
    for category in &catalogue.categories {
        // Ids are snake_case, so each is a plain property name.
        writeln!(out, "  {}: {{", category.id).unwrap();
        writeln!(out, "    id: {},", category_value(&category.id)).unwrap();
        writeln!(out, "    title: {},", javascript_string(&category.title)).unwrap();
        writeln!(out, "    description: {},", optional_literal(category.description.as_deref())).unwrap();
        let parent = category.parent.as_deref().map_or_else(|| "undefined".to_owned(), category_value);
        writeln!(out, "    parent: {parent},").unwrap();
        out.push_str("  },\n");
    }
    out.push_str(
        r#"};

/**
 * `unknown` for the type of a code, `never` for a plain `number`, which may
 * be no code at all: it gets the overload whose result may be `undefined`.
 * `number extends Code` cannot tell them apart, since TypeScript lets any
 * number into a numeric enum; records can: one keyed by codes requires their
 * keys, one keyed by `number` is an index signature, which `{}` satisfies.
 */
type KnownCode<Code extends number> = {} extends Record<Code, unknown> ? never : unknown;

/**
 * Freezes an entry of the shared tables, and its lists, on its first way
 * out: `as const` only makes them read-only for the type checker, and a
 * caller's `info.reasons.push(...)` would change them for everyone.
 */
function frozen<T extends object>(entry: T): T {
  if (!Object.isFrozen(entry)) {
    for (const value of Object.values(entry)) {
      if (Array.isArray(value)) {
        value.forEach((item: unknown) => typeof item === "object" && item !== null && Object.freeze(item));
        Object.freeze(value);
      }
    }
    Object.freeze(entry);
  }
  return entry;
}

/**
 * Everything the catalogue says about an error code, or `undefined` for a
 * number that is not one. The object is frozen.
 */
export function errorInfo<Code extends ErrorCode>(code: Code & KnownCode<Code>): ErrorInfo<Code>;
export function errorInfo(code: number): ErrorInfo | undefined;
export function errorInfo(code: number): ErrorInfo | undefined {
  const name = errorName(code);
  // The table is read through an index signature: indexing it with
  // `ErrorName` would build the union of every entry's type, which
  // TypeScript gives up on ("too complex to represent") past a few thousand
  // codes. The `satisfies` fails, naming the entry, if `Mismatched` is not
  // `never`.
  const entries: { readonly [name: string]: Entry } = ERRORS satisfies { readonly [N in Mismatched]: never };
  const entry = name === undefined ? undefined : entries[name];
  return entry === undefined ? undefined : (frozen(entry) as ErrorInfo);
}

/**
 * A numbered reason of an error code, by its number or its
 * SCREAMING_SNAKE_CASE name (exact match), or `undefined` if the code has no
 * such reason. The object is frozen.
 */
export function reasonInfo<Code extends ErrorCode>(
  code: Code & KnownCode<Code>,
  reason: number | string,
): ReasonInfo<ReasonCode<Code>> | undefined;
export function reasonInfo(code: number, reason: number | string): ReasonInfo | undefined;
export function reasonInfo(code: number, reason: number | string): ReasonInfo | undefined {
  const key = typeof reason === "number" ? "code" : "name";
  return errorInfo(code)?.reasons.find((candidate) => candidate[key] === reason);
}

/**
 * The title, description and parent of a category, or `undefined` for a
 * string that is not a category id. The object is frozen.
 */
export function categoryInfo(category: string): CategoryInfo | undefined {
  const categories: { readonly [id: string]: CategoryInfo } = CATEGORIES;
  const entry = Object.hasOwn(categories, category) ? categories[category] : undefined;
  return entry === undefined ? undefined : frozen(entry);
}
"#,
    );
    out
}

struct Member {
    doc: Vec<String>,
    name: String,
    value: String,
}

/// Declares `name` in the chosen style: a TypeScript `enum`, or a const
/// object plus a type of the same name (the union of its values).
fn declare(out: &mut String, style: TypeScriptStyle, doc: &[String], name: &str, members: &[Member]) {
    out.push('\n');
    write_doc(out, "", doc);
    match style {
        TypeScriptStyle::Enum => {
            writeln!(out, "export enum {name} {{").unwrap();
            for member in members {
                write_doc(out, "  ", &member.doc);
                writeln!(out, "  {} = {},", member.name, member.value).unwrap();
            }
            out.push_str("}\n");
        }
        TypeScriptStyle::ConstObject => {
            writeln!(out, "export const {name} = {{").unwrap();
            for member in members {
                write_doc(out, "  ", &member.doc);
                writeln!(out, "  {}: {},", member.name, member.value).unwrap();
            }
            out.push_str("} as const;\n");
            write_doc(out, "", doc);
            writeln!(out, "export type {name} = (typeof {name})[keyof typeof {name}];").unwrap();
        }
    }
}

/// The JSDoc of an error code: description, methods, details, reasons, then
/// the tags.
fn error_doc(category: &Category, error: &ErrorCode) -> Vec<String> {
    let mut doc = vec![match (&error.description, &category.description) {
        (Some(description), _) => doc_text(description),
        // The SDK documents a few codes by name only; their section says
        // what they are about.
        (None, Some(section)) => doc_text(section),
        (None, None) => doc_text(&format!("{}.", category.title)),
    }];
    if !error.methods.is_empty() {
        doc.push(String::new());
        // Code spans, not `{@link}`s: they name SDK methods this package does
        // not declare.
        let methods: Vec<String> = error.methods.iter().map(|method| code_span(method)).collect();
        doc.push(format!("Methods: {}.", methods.join(", ")));
    }
    if !error.details.is_empty() {
        doc.push(String::new());
        doc.push("Details:".to_owned());
        doc.extend(error.details.iter().map(|detail| format!("- {}", doc_text(detail))));
    }
    if let Some(enum_name) = error.reason_enum_name() {
        doc.push(String::new());
        doc.push(format!("Reasons (`{enum_name}`):"));
        doc.extend(error.reasons.iter().map(|reason| {
            format!("- `{}` {}: {}", reason.code, code_span(&reason.name), doc_text(&reason.description))
        }));
    }
    doc.push(String::new());
    doc.push(format!("@category {}", doc_text(&category.title)));
    if let Some(since) = &error.since {
        doc.push(format!("@since {}", doc_text(since)));
    }
    if let Some(deprecated) = &error.deprecated {
        doc.push(format!("@deprecated {}", doc_text(deprecated)).trim_end().to_owned());
    }
    doc
}

fn category_doc(categories: &CategoryIndex<'_>, category: &Category) -> Vec<String> {
    let mut doc = vec![doc_text(&category.title)];
    if let Some(description) = &category.description {
        doc.push(String::new());
        doc.push(doc_text(description));
    }
    if let Some(parent) = &category.parent {
        doc.push(String::new());
        doc.push(format!("A sub-section of {}.", doc_text(&categories.category(parent).title)));
    }
    doc
}

/// Writes a JSDoc comment, one line per entry; an empty entry is a blank
/// line. Entries are already escaped with [`doc_text`] and hold no line
/// breaks, so nothing can end the comment early or start a tag.
fn write_doc(out: &mut String, indent: &str, lines: &[String]) {
    if let [line] = lines {
        writeln!(out, "{indent}/** {line} */").unwrap();
        return;
    }
    writeln!(out, "{indent}/**").unwrap();
    for line in lines {
        if line.is_empty() {
            writeln!(out, "{indent} *").unwrap();
        } else {
            writeln!(out, "{indent} * {line}").unwrap();
        }
    }
    writeln!(out, "{indent} */").unwrap();
}

/// Catalogue text as JSDoc (Markdown) text on one line.
///
/// - `*/` would end the comment: it becomes `*\/`.
/// - `@` would start a tag (`@deprecated`) or an inline tag (`{@link}`): it
///   becomes `\@`, which TypeScript does not read as a tag and Markdown
///   renders as `@`.
/// - A backtick would open a code span: it becomes `` \` ``; a backslash is
///   doubled so that the text renders as written.
/// - Line breaks (validation already rejects them, but U+2028 and U+2029 are
///   line terminators to JavaScript) become spaces, so every line of the
///   comment starts with ` * `.
fn doc_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut previous = None;
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '`' => out.push_str("\\`"),
            '@' => out.push_str("\\@"),
            '/' if previous == Some('*') => out.push_str("\\/"),
            '\r' | '\n' | '\u{2028}' | '\u{2029}' => out.push(' '),
            _ => out.push(c),
        }
        previous = Some(c);
    }
    out
}

/// A method path or a name as a Markdown code span. Both are identifiers and
/// dots by validation; the escaping only guards the comment.
fn code_span(text: &str) -> String {
    format!("`{}`", doc_text(text))
}

fn optional_literal(text: Option<&str>) -> String {
    text.map_or_else(|| "undefined".to_owned(), javascript_string)
}

/// A string array, one element per line when it has any.
fn string_array(items: &[String], indent: &str) -> String {
    if items.is_empty() {
        return "[]".to_owned();
    }
    let mut out = "[\n".to_owned();
    for item in items {
        writeln!(out, "{indent}  {},", javascript_string(item)).unwrap();
    }
    out.push_str(indent);
    out.push(']');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{JsonSchemaTarget, Reason, RustTarget, TypeScriptTarget};

    const HOSTILE: &str = "end */ ${x} `tick` \"quote\" back\\slash @deprecated {@link X} line\u{2028}sep\u{2029}end";

    fn catalogue(style: TypeScriptStyle) -> Catalogue {
        Catalogue {
            title: "Errors */ `t`".to_owned(),
            intro: "Intro".to_owned(),
            version: "1.2.3".to_owned(),
            package: crate::model::PackageMetadata::default(),
            rust: RustTarget { crate_name: "errors".to_owned() },
            typescript: TypeScriptTarget { package: "@scope/errors".to_owned(), style },
            json_schema: JsonSchemaTarget { id: "https://example.com/s.json".to_owned() },
            categories: vec![
                Category {
                    id: "common".to_owned(),
                    title: HOSTILE.to_owned(),
                    description: Some(HOSTILE.to_owned()),
                    parent: None,
                },
                Category {
                    id: "audio_stream".to_owned(),
                    title: "Audio".to_owned(),
                    description: None,
                    parent: Some("common".to_owned()),
                },
            ],
            errors: vec![
                ErrorCode {
                    code: 1,
                    name: "OPERATION_TIMEOUT".to_owned(),
                    category: "common".to_owned(),
                    description: None,
                    methods: Vec::new(),
                    details: Vec::new(),
                    reasons: Vec::new(),
                    deprecated: None,
                    since: None,
                },
                ErrorCode {
                    code: 6010,
                    name: "AUDIO_CAPTURE_FAILED".to_owned(),
                    category: "audio_stream".to_owned(),
                    description: Some(HOSTILE.to_owned()),
                    methods: vec!["stream.startAudio".to_owned()],
                    details: vec![HOSTILE.to_owned()],
                    reasons: vec![Reason {
                        code: 1,
                        name: "PERMISSION_DENIED_BY_USER".to_owned(),
                        description: HOSTILE.to_owned(),
                    }],
                    deprecated: Some(HOSTILE.to_owned()),
                    since: Some(HOSTILE.to_owned()),
                },
            ],
            reserved: Vec::new(),
        }
    }

    fn file<'a>(files: &'a [GeneratedFile], path: &str) -> &'a str {
        &files.iter().find(|file| file.path == path).unwrap_or_else(|| panic!("{path} is emitted")).contents
    }

    /// Strips JS comments and string literals (the only places catalogue
    /// text may appear), failing on anything left unterminated. What remains
    /// is code the emitter wrote itself.
    fn code_outside_literals(source: &str) -> String {
        let mut code = String::new();
        let mut chars = source.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '/' if chars.peek() == Some(&'*') => {
                    chars.next();
                    let mut previous = ' ';
                    loop {
                        let c = chars.next().expect("block comment is closed");
                        if previous == '*' && c == '/' {
                            break;
                        }
                        previous = c;
                    }
                    code.push(' ');
                }
                '/' if chars.peek() == Some(&'/') => {
                    for c in chars.by_ref() {
                        assert_ne!(c, '\u{2028}', "raw line separator in a line comment");
                        if c == '\n' {
                            break;
                        }
                    }
                    code.push('\n');
                }
                '"' => {
                    loop {
                        match chars.next().expect("string literal is closed") {
                            '\\' => {
                                chars.next();
                            }
                            '"' => break,
                            c => assert!(
                                !matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}'),
                                "raw line terminator {c:?} in a string literal"
                            ),
                        }
                    }
                    code.push_str("\"\"");
                }
                _ => code.push(c),
            }
        }
        code
    }

    #[test]
    fn hostile_text_stays_inside_literals_and_comments() {
        for style in [TypeScriptStyle::Enum, TypeScriptStyle::ConstObject] {
            let files = emit(&catalogue(style));
            for source in files.iter().filter(|file| file.path.ends_with(".ts")) {
                let path = &source.path;
                let code = code_outside_literals(&source.contents);
                for fragment in ["${x}", "`", "tick", "quote", "slash", "@deprecated", "@link", "sep", "\u{2028}"] {
                    assert!(
                        !code.contains(fragment),
                        "{path} ({style:?}): `{fragment}` outside a literal or comment:\n{code}"
                    );
                }
            }
        }
    }

    #[test]
    fn hostile_text_cannot_end_a_comment_or_start_a_tag() {
        let files = emit(&catalogue(TypeScriptStyle::Enum));
        let escaped = "end *\\/ ${x} \\`tick\\` \"quote\" back\\\\slash \\@deprecated {\\@link X} line sep end";
        let codes = file(&files, "typescript/src/codes.ts");
        assert!(codes.contains(&format!("   * {escaped}\n")), "escaped description in:\n{codes}");
        assert!(codes.contains(&format!("   * - {escaped}\n")), "escaped detail");
        assert!(codes.contains(&format!("   * - `1` `PERMISSION_DENIED_BY_USER`: {escaped}\n")), "escaped reason");
        assert!(codes.contains(&format!("   * @deprecated {escaped}\n")));
        assert!(codes.contains(&format!("   * @since {escaped}\n")));
        assert!(file(&files, "typescript/src/reasons.ts").contains(&format!("  /** {escaped} */\n")));
        assert!(file(&files, "typescript/src/categories.ts").contains(&format!("   * {escaped}\n")));
        for source in files.iter().filter(|file| file.path.ends_with(".ts")) {
            // The only tags are the ones the emitter writes.
            for line in source.contents.lines() {
                if let Some(tag) = line.trim_start().strip_prefix("* @") {
                    let tag = tag.split(' ').next().unwrap_or_default();
                    assert!(
                        ["category", "since", "deprecated", "packageDocumentation"].contains(&tag),
                        "unexpected tag in `{line}` of {}",
                        source.path
                    );
                }
            }
            assert!(!source.contents.contains(['\u{2028}', '\u{2029}']), "{}", source.path);
        }
    }

    #[test]
    fn hostile_text_round_trips_through_string_literals() {
        let info = file(&emit(&catalogue(TypeScriptStyle::ConstObject)), "typescript/src/info.ts").to_owned();
        let literal = javascript_string(HOSTILE);
        assert_eq!(
            literal,
            "\"end */ ${x} `tick` \\\"quote\\\" back\\\\slash @deprecated {@link X} line\\u2028sep\\u2029end\""
        );
        // The literal, read back as JSON (a subset of JS string syntax), is the text.
        assert_eq!(serde_json::from_str::<String>(&literal).unwrap(), HOSTILE);
        assert!(info.contains(&format!("    description: {literal},\n")));
        assert!(info.contains(&format!("    title: {literal},\n")));
    }

    #[test]
    fn every_file_starts_with_the_header() {
        for file in emit(&catalogue(TypeScriptStyle::Enum)) {
            let mut lines = file.contents.lines();
            if file.path.ends_with("README.md") {
                assert_eq!(lines.next(), Some(format!("<!-- {HEADER} -->").as_str()));
            } else if file.path.ends_with("package.json") {
                assert_eq!(lines.next(), Some("{"));
                assert_eq!(lines.next(), Some(format!("  \"//\": {},", javascript_string(HEADER)).as_str()));
            } else {
                assert_eq!(lines.next(), Some(format!("// {HEADER}").as_str()), "{}", file.path);
            }
        }
    }

    #[test]
    fn package_json_is_valid_json_with_the_catalogue_identity() {
        let files = emit(&catalogue(TypeScriptStyle::Enum));
        let manifest: serde_json::Value = serde_json::from_str(file(&files, "typescript/package.json")).unwrap();
        assert_eq!(manifest["name"], "@scope/errors");
        assert_eq!(manifest["version"], "1.2.3");
        assert_eq!(manifest["type"], "module");
        assert_eq!(manifest["sideEffects"], false);
        assert_eq!(manifest["exports"]["."]["types"], "./dist/index.d.ts");
        assert_eq!(manifest["description"], "TypeScript bindings of the error catalogue \"Errors */ `t`\".");
    }

    #[test]
    fn styles_differ_only_where_they_must() {
        let enum_files = emit(&catalogue(TypeScriptStyle::Enum));
        let const_files = emit(&catalogue(TypeScriptStyle::ConstObject));
        let codes = file(&enum_files, "typescript/src/codes.ts");
        assert!(codes.contains("export enum ErrorCode {\n"));
        assert!(codes.contains("  AUDIO_CAPTURE_FAILED = 6010,\n"));
        assert!(file(&enum_files, "typescript/src/categories.ts").contains("  AUDIO_STREAM = \"audio_stream\",\n"));
        assert!(file(&enum_files, "typescript/src/reasons.ts").contains("export enum AudioCaptureFailedReason {\n"));
        assert!(!file(&enum_files, "typescript/tsconfig.json").contains("erasableSyntaxOnly"));
        let codes = file(&const_files, "typescript/src/codes.ts");
        assert!(codes.contains("export const ErrorCode = {\n"));
        assert!(codes.contains("  AUDIO_CAPTURE_FAILED: 6010,\n"));
        assert!(codes.contains("export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];\n"));
        assert!(
            file(&const_files, "typescript/src/reasons.ts").contains("export const AudioCaptureFailedReason = {\n")
        );
        for source in const_files.iter().filter(|file| file.path.ends_with(".ts")) {
            assert!(!source.contents.contains("enum "), "{}", source.path);
        }
        assert!(file(&const_files, "typescript/tsconfig.json").contains("\"erasableSyntaxOnly\": true"));
        assert_eq!(file(&enum_files, "typescript/src/index.ts"), file(&const_files, "typescript/src/index.ts"));
    }

    #[test]
    fn package_json_packs_dist_only_with_the_optional_metadata() {
        let mut catalogue = catalogue(TypeScriptStyle::ConstObject);
        let manifest: serde_json::Value =
            serde_json::from_str(file(&emit(&catalogue), "typescript/package.json")).unwrap();
        assert_eq!(manifest["files"], serde_json::json!(["dist"]), "no sources without declaration maps");
        assert_eq!(manifest["engines"]["node"], ">=18");
        assert_eq!(manifest["exports"]["./constants"]["default"], "./dist/constants.js");
        assert!(manifest.get("license").is_none() && manifest.get("repository").is_none());
        catalogue.package.license = Some("MIT".to_owned());
        catalogue.package.repository = Some("https://example.com/errors".to_owned());
        catalogue.package.sdk = Some("Example SDK".to_owned());
        let files = emit(&catalogue);
        let manifest: serde_json::Value = serde_json::from_str(file(&files, "typescript/package.json")).unwrap();
        assert_eq!(manifest["license"], "MIT");
        assert_eq!(manifest["repository"]["url"], "git+https://example.com/errors.git");
        assert!(file(&files, "typescript/README.md").contains("The error codes of the Example SDK: "));
    }

    #[test]
    fn is_error_code_reads_a_set_of_every_number_and_no_name() {
        let catalogue = catalogue(TypeScriptStyle::ConstObject);
        let files = emit(&catalogue);
        let guards = file(&files, "typescript/src/guards.ts");
        let set = &guards[guards.find("new Set([").unwrap()..guards.find("]);").unwrap()];
        let numbers: Vec<u32> =
            set["new Set([".len()..].split(',').filter_map(|item| item.trim().parse().ok()).collect();
        assert_eq!(numbers, catalogue.errors.iter().map(|error| error.code).collect::<Vec<_>>());
        for error in &catalogue.errors {
            assert!(!guards.contains(&error.name), "{} is in guards.ts", error.name);
            assert!(
                file(&files, "typescript/src/constants.ts")
                    .contains(&format!("export const {} = {};", error.name, error.code))
            );
        }
        // The codes module holds the codes and nothing else.
        let codes = file(&files, "typescript/src/codes.ts");
        assert!(!codes.contains("function"), "codes.ts declares a function:\n{codes}");
    }

    #[test]
    fn output_is_deterministic() {
        let catalogue = catalogue(TypeScriptStyle::Enum);
        assert_eq!(emit(&catalogue), emit(&catalogue));
    }
}
