//! The generated TypeScript package, checked with the real tools: both
//! TypeScript compilers (5.9 and 7.0) under the strict flag set, Node running
//! the compiled package against the catalogue, and esbuild showing that an
//! `ErrorCode`-only import leaves the texts out of a bundle.
//!
//! Every test emits the package into a fresh temporary project as
//! `node_modules/<package name>/`, so imports go through the package's
//! `exports` the way they do for a user. Both styles are tested whatever the
//! shipped catalogue chooses. The project folder is removed when a test
//! passes and kept (its path printed) when it fails. The shipped package's
//! TypeScript 5 build is the exception: the tests that read its `dist/`
//! share one build per style (see `shipped_built_with_typescript_5`).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use codegen::Catalogue;
use codegen::model::{Category, ErrorCode, Reason, TypeScriptStyle};
use serde_json::Value;
use tests::{catalogue_texts, node_tooling, shipped_catalogue, workspace_root};

/// The flags the issue asks the package to pass under, on top of its own
/// `tsconfig.json` (which sets them too: passing them again keeps the check
/// independent of the generated config).
const STRICT_FLAGS: &[&str] = &[
    "--strict",
    "--isolatedModules",
    "--verbatimModuleSyntax",
    "--noUncheckedIndexedAccess",
    "--exactOptionalPropertyTypes",
];

#[derive(Debug, Clone, Copy)]
enum Compiler {
    TypeScript5,
    TypeScript7,
}

impl Compiler {
    fn script(self) -> PathBuf {
        let package = match self {
            Self::TypeScript5 => "typescript",
            Self::TypeScript7 => "typescript7",
        };
        node_tooling().join("node_modules").join(package).join("bin").join("tsc")
    }
}

fn style_name(style: TypeScriptStyle) -> &'static str {
    match style {
        TypeScriptStyle::Enum => "enum",
        TypeScriptStyle::ConstObject => "const-object",
    }
}

fn with_style(mut catalogue: Catalogue, style: TypeScriptStyle) -> Catalogue {
    catalogue.typescript.style = style;
    catalogue
}

/// The strict flags, plus `--erasableSyntaxOnly` where the style allows it.
fn flags(style: TypeScriptStyle) -> Vec<&'static str> {
    let mut flags = STRICT_FLAGS.to_vec();
    if style == TypeScriptStyle::ConstObject {
        flags.push("--erasableSyntaxOnly");
    }
    flags
}

/// A temporary project holding the generated package in `node_modules`.
struct Project {
    root: PathBuf,
    package: PathBuf,
    catalogue: Catalogue,
}

impl Project {
    fn new(label: &str, catalogue: Catalogue) -> Self {
        let root = std::env::temp_dir().join(format!("error-catalogue-ts-{label}-{}", std::process::id()));
        Self::in_folder(root, catalogue)
    }

    /// The project in `root`, emptied first.
    fn in_folder(root: PathBuf, catalogue: Catalogue) -> Self {
        if root.exists() {
            std::fs::remove_dir_all(&root).expect("can clear the project folder");
        }
        let package = root.join("node_modules").join(&catalogue.typescript.package);
        let files = codegen::typescript::emit(&catalogue);
        assert!(!files.is_empty(), "the TypeScript emitter produced no files");
        for file in files {
            let relative = file.path.strip_prefix("typescript/").expect("TypeScript files live under typescript/");
            write(&package.join(relative), &file.contents);
        }
        // The consumer and the scripts are ES modules, like the package.
        write(&root.join("package.json"), "{ \"private\": true, \"type\": \"module\" }\n");
        Self { root, package, catalogue }
    }

    fn style(&self) -> TypeScriptStyle {
        self.catalogue.typescript.style
    }

    /// Compiles the package with its own `tsconfig.json` plus the strict
    /// flags, into its `dist/`, and with `tsconfig.cjs.json` into `cjs/`.
    fn build(&self, compiler: Compiler) {
        let config = self.package.join("tsconfig.json");
        let mut args = vec!["-p".to_owned(), config.display().to_string(), "--pretty".to_owned(), "false".to_owned()];
        args.extend(flags(self.style()).iter().map(|flag| (*flag).to_owned()));
        run_tsc(compiler, &args, &format!("building the {} package", style_name(self.style())));
        assert!(self.package.join("dist/index.js").exists() && self.package.join("dist/index.d.ts").exists());
        // The CommonJS build, with its own config (which extends the strict
        // one: `verbatimModuleSyntax` does not go with CommonJS output).
        let config = self.package.join("tsconfig.cjs.json").display().to_string();
        let args = ["-p".to_owned(), config, "--pretty".to_owned(), "false".to_owned()];
        run_tsc(compiler, &args, &format!("building the {} package as CommonJS", style_name(self.style())));
        assert!(self.package.join("cjs/index.js").exists() && self.package.join("cjs/index.d.ts").exists());
    }

    /// The package's name as a JS string literal, for import statements.
    fn specifier(&self) -> String {
        serde_json::to_string(&self.catalogue.typescript.package).unwrap()
    }
}

impl Drop for Project {
    fn drop(&mut self) {
        if std::thread::panicking() {
            eprintln!("kept the project for inspection: {}", self.root.display());
        } else {
            let _ = std::fs::remove_dir_all(&self.root);
        }
    }
}

/// The shipped catalogue's package in `style`, built once with TypeScript 5
/// (strict flags) for every test that reads that build: the consumer type
/// check, the Node read-back and the bundles would otherwise each compile
/// the same sources with the same compiler and flags. It lives under
/// `CARGO_TARGET_TMPDIR` (a static is never dropped, so nothing would
/// remove it from the system's temporary folder); each test writes its own
/// files beside the package, under names no other test uses.
fn shipped_built_with_typescript_5(style: TypeScriptStyle) -> &'static Project {
    static ENUM: OnceLock<Project> = OnceLock::new();
    static CONST_OBJECT: OnceLock<Project> = OnceLock::new();
    let built = match style {
        TypeScriptStyle::Enum => &ENUM,
        TypeScriptStyle::ConstObject => &CONST_OBJECT,
    };
    built.get_or_init(|| {
        let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("ts-shipped-{}", style_name(style)));
        let project = Project::in_folder(root, with_style(shipped_catalogue(), style));
        project.build(Compiler::TypeScript5);
        project
    })
}

fn write(path: &Path, contents: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, contents).unwrap_or_else(|error| panic!("cannot write {}: {error}", path.display()));
}

/// Runs a command and returns its stdout, failing with everything it
/// printed on any non-zero exit (TypeScript 7 exits 1 on type errors, 5.x
/// exits 2).
fn run(command: &mut Command, what: &str) -> String {
    let output = command.output().unwrap_or_else(|error| panic!("{what}: cannot run {command:?}: {error}"));
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{what} failed ({}):\n{stdout}{stderr}", output.status);
    stdout
}

fn run_tsc(compiler: Compiler, args: &[String], what: &str) -> String {
    run(Command::new("node").arg(compiler.script()).args(args), &format!("{what} with {compiler:?}"))
}

/// Type-checks the package's sources, builds it, then checks a consumer
/// against the built declarations under both Node and bundler module
/// resolution.
fn check_types(style: TypeScriptStyle, compiler: Compiler) {
    match compiler {
        Compiler::TypeScript5 => check_consumer(shipped_built_with_typescript_5(style), compiler),
        Compiler::TypeScript7 => {
            let project = Project::new(
                &format!("types-{}-{compiler:?}", style_name(style)),
                with_style(shipped_catalogue(), style),
            );
            project.build(compiler);
            check_consumer(&project, compiler);
        }
    }
}

/// Type-checks a consumer of the package. It sits in a folder of its own,
/// `consumer/` (which finds the package in the project's `node_modules`),
/// so that its `tsconfig.json` is seen by no other tool run in the project.
fn check_consumer(project: &Project, compiler: Compiler) {
    let folder = project.root.join("consumer");
    write(&folder.join("consumer.ts"), &consumer_source(project));
    write(
        &folder.join("tsconfig.json"),
        r#"{
  "compilerOptions": {
    "target": "es2022",
    "lib": ["es2022"],
    "module": "nodenext",
    "moduleResolution": "nodenext",
    "types": [],
    "noEmit": true
  },
  "files": ["consumer.ts"]
}
"#,
    );
    let config = folder.join("tsconfig.json").display().to_string();
    let mut args = vec!["-p".to_owned(), config, "--pretty".to_owned(), "false".to_owned()];
    args.extend(flags(project.style()).iter().map(|flag| (*flag).to_owned()));
    run_tsc(compiler, &args, "checking a consumer with Node resolution");
    args.extend(["--module", "esnext", "--moduleResolution", "bundler"].map(str::to_owned));
    run_tsc(compiler, &args, "checking a consumer with bundler resolution");
}

/// A program written against the package: it only compiles if `ErrorCode`
/// is a closed union (the `never` check), `isErrorCode` narrows, the info
/// types are read-only (`@ts-expect-error` fails when there is no error),
/// and, in the enum style, the reverse mapping exists.
/// Type checks of `ErrorType`: each of the catalogue's error types is one,
/// and a string it does not list is not (but a payload's `type` takes it).
fn error_types(catalogue: &Catalogue) -> String {
    let Some(first) = catalogue.error_types.first() else {
        return "const anyKind: ErrorType = \"ANY_STRING\";\n[anyKind].length;\n".to_owned();
    };
    let mut out = String::new();
    for (index, name) in catalogue.error_types.iter().enumerate() {
        out.push_str(&format!("const kind{index}: ErrorType = \"{name}\";\n"));
    }
    out.push_str(&format!(
        "// @ts-expect-error a name the SDK's ErrorTypes does not list\nconst notAKind: ErrorType = \"{first}_X\";\n\
         const sdkPayload: ErrorPayload = {{ type: kind0, reason: \"\", errorCode: first }};\n\
         [notAKind, sdkPayload].length;\n"
    ));
    out
}

fn consumer_source(project: &Project) -> String {
    let catalogue = &project.catalogue;
    let first = &catalogue.errors[0];
    let mut cases = String::new();
    for error in &catalogue.errors {
        cases.push_str(&format!("    case ErrorCode.{0}:\n      return \"{0}\";\n", error.name));
    }
    let reasons = catalogue.errors.iter().find(|error| !error.reasons.is_empty()).map(|error| {
        let name = error.reason_enum_name().unwrap();
        format!(
            "import {{ {name} }} from {};\nconst reason: {name} = {name}.{};\nconst reasonNumber: number = reason;\n",
            project.specifier(),
            error.reasons[0].name
        )
    });
    // The SDK's own declaration of its codes, as its typings write it: a
    // numeric enum. Number-literal types compare with it without casts.
    let sdk_enum = {
        let members: Vec<String> =
            catalogue.errors.iter().map(|error| format!("  {} = {},", error.name, error.code)).collect();
        format!("declare enum ExceptionCode {{\n{}\n}}\n", members.join("\n"))
    };
    let sdk_comparison = match project.style() {
        TypeScriptStyle::ConstObject => format!(
            "const fromSdk: ErrorCode = ExceptionCode.{0};\nif (first === ExceptionCode.{0}) {{ label(fromSdk); }}\n\
             label(ExceptionCode.{0});\n",
            first.name
        ),
        TypeScriptStyle::Enum => format!(
            "// @ts-expect-error two numeric enums do not mix without a cast\nconst fromSdk: ErrorCode = ExceptionCode.{};\n",
            first.name
        ),
    };
    let typed_reasons = catalogue.errors.iter().find(|error| !error.reasons.is_empty()).map(|error| {
        format!(
            "const reasonInfo: {enum_name} | undefined = errorInfo(ErrorCode.{name}).reasons[0]?.code;\n\
             const byName: {enum_name} | undefined = reasonInfoOf(ErrorCode.{name}, \"{reason}\")?.code;\n\
             [byName].length;\n\
             const noReasons: never[] = errorInfo(ErrorCode.{first}).reasons.map((reason) => reason.code);\n\
             [reasonInfo, noReasons].length;\n",
            enum_name = error.reason_enum_name().unwrap(),
            name = error.name,
            reason = error.reasons[0].name,
            first = catalogue.errors.iter().find(|error| error.reasons.is_empty()).unwrap().name,
        )
    });
    // TypeScript lets any `number` into a numeric enum, so only the
    // const-object style can refuse a code from a newer SDK.
    let any_code = match project.style() {
        TypeScriptStyle::ConstObject => {
            "      // @ts-expect-error a payload from a newer SDK may carry any number\n      \
                                         const code: ErrorCode = e.errorCode;\n      label(code);\n"
        }
        TypeScriptStyle::Enum => "",
    };
    let reverse = match project.style() {
        TypeScriptStyle::Enum => format!("const reverse: string | undefined = ErrorCode[{}];\n", first.code),
        // Only the const-object style is a closed union for plain numbers:
        // TypeScript lets any `number` into a numeric enum.
        TypeScriptStyle::ConstObject => "// @ts-expect-error a const object has no reverse mapping\nErrorCode[0];\n\
                                         // @ts-expect-error a plain number is not an ErrorCode\nlabel(asNumber);\n"
            .to_owned(),
    };
    format!(
        r#"import {{
  ErrorCategory,
  ErrorCode,
  categoryInfo,
  describeError,
  errorInfo,
  errorCategory,
  errorName,
  isAnyErrorPayload,
  isErrorCode,
  isErrorPayload,
  reasonInfo as reasonInfoOf,
  type CategoryInfo,
  type ErrorDescription,
  type ErrorInfo,
  type ErrorName,
  type ErrorPayload,
  type ErrorType,
  type ReasonInfo,
}} from {specifier};
{reasons}{sdk_enum}
function label(code: ErrorCode): ErrorName {{
  switch (code) {{
{cases}    default: {{
      const unreachable: never = code;
      return unreachable;
    }}
  }}
}}

const first: ErrorCode = ErrorCode.{first_name};
const asNumber: number = ErrorCode.{first_name};
const parsed: unknown = JSON.parse("{first_code}");
if (isErrorCode(parsed)) {{
  const narrowed: ErrorCode = parsed;
  label(narrowed);
}}
// @ts-expect-error a number the catalogue does not list is not an ErrorCode
label({unknown_code});

const info: ErrorInfo | undefined = errorInfo(asNumber);
if (info !== undefined) {{
  const code: ErrorCode = info.code;
  const name: ErrorName = info.name;
  const category: ErrorCategory = info.category;
  const description: string | undefined = info.description;
  const method: string | undefined = info.methods[0];
  const reasonCode: number | undefined = info.reasons[0]?.code;
  const since: string | undefined = info.since;
  // @ts-expect-error ErrorInfo is read-only
  info.code = first;
  // @ts-expect-error so are its lists
  info.methods.push("stream.startAudio");
  label(code);
  [name, category, description, method, reasonCode, since].length;
}}
const maybeName: ErrorName | undefined = errorName(asNumber);
const section: CategoryInfo | undefined = categoryInfo(ErrorCategory.{category});
const parent: ErrorCategory | undefined = section?.parent;
const sectionOf: ErrorCategory | undefined = errorCategory(asNumber);
// A code's info is always there; a plain number's may not be.
const known: ErrorInfo = errorInfo(first);
// @ts-expect-error errorInfo of a plain number may be undefined
errorInfo(asNumber).name;
[known].length;
{reverse}{sdk_comparison}{typed_reasons}
// The payload as the SDK really builds it: `type` one of the catalogue's
// error types or any other string, `subCode` a number.
{error_types}const fromCamera: ErrorPayload = {{ type: "CAN_NOT_DETECT_CAMERA", errorCode: first, subCode: 2 }};
const subCode: number | undefined = fromCamera.subCode;
// @ts-expect-error subCode is a number
const badSubCode: ErrorPayload = {{ errorCode: first, subCode: "2" }};
const described: ErrorDescription | undefined = describeError(JSON.parse("{{}}"));
if (described !== undefined) {{
  const text: string = described.text;
  if (described.known) {{
    const knownName: ErrorName = described.name;
    const knownCategory: ErrorCategory = described.category;
    const numbered: ReasonInfo | undefined = described.reason;
    [knownName, knownCategory, numbered].length;
  }} else {{
    const newer: number = described.code;
    // @ts-expect-error an unknown code has no name
    const noName: ErrorName = described.name;
    [newer, noName].length;
  }}
  // @ts-expect-error the description is frozen
  described.text = "changed";
  [text].length;
}}
[subCode, badSubCode].length;

// The README's pattern: `catch (e)` is `unknown` under --strict.
declare const stream: {{ startAudio(): Promise<void> }};
export async function start(): Promise<string> {{
  try {{
    await stream.startAudio();
    return "started";
  }} catch (e) {{
    if (isErrorPayload(e)) {{
      const payload: ErrorPayload = e;
      const code: ErrorCode = e.errorCode;
      const reason: string | undefined = e.reason;
      return `${{errorInfo(code).name}} ${{payload.type ?? ""}} ${{reason ?? ""}}`;
    }}
    if (isAnyErrorPayload(e)) {{
      const number: number = e.errorCode;
{any_code}      return `unknown code ${{number}}`;
    }}
    // @ts-expect-error `e` is unknown until a guard says otherwise
    return e.reason;
  }}
}}
[sectionOf, parent, maybeName].length;
"#,
        specifier = project.specifier(),
        reasons = reasons.unwrap_or_default(),
        first_name = first.name,
        first_code = first.code,
        unknown_code = catalogue.errors.iter().map(|error| error.code).max().unwrap() + 1,
        category = catalogue.categories[0].id.to_uppercase(),
        typed_reasons = typed_reasons.unwrap_or_default(),
        error_types = error_types(catalogue),
    )
}

#[test]
fn enum_style_type_checks_with_typescript_5() {
    check_types(TypeScriptStyle::Enum, Compiler::TypeScript5);
}

#[test]
fn enum_style_type_checks_with_typescript_7() {
    check_types(TypeScriptStyle::Enum, Compiler::TypeScript7);
}

#[test]
fn const_object_style_type_checks_with_typescript_5() {
    check_types(TypeScriptStyle::ConstObject, Compiler::TypeScript5);
}

#[test]
fn const_object_style_type_checks_with_typescript_7() {
    check_types(TypeScriptStyle::ConstObject, Compiler::TypeScript7);
}

/// The flags are in effect: `--erasableSyntaxOnly` rejects the enum style,
/// and both compilers report it with a non-zero exit.
#[test]
fn erasable_syntax_only_rejects_the_enum_style() {
    let project = Project::new("erasable-enum", with_style(shipped_catalogue(), TypeScriptStyle::Enum));
    for compiler in [Compiler::TypeScript5, Compiler::TypeScript7] {
        let output = Command::new("node")
            .arg(compiler.script())
            .args(["-p", &project.package.join("tsconfig.json").display().to_string()])
            .args(["--noEmit", "--pretty", "false", "--erasableSyntaxOnly"])
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(!output.status.success(), "{compiler:?} accepted an enum under --erasableSyntaxOnly");
        assert!(stdout.contains("TS1294"), "{compiler:?} failed for another reason:\n{stdout}");
    }
}

/// The typing of `info.ts` ties each entry to its key: an entry whose
/// number or name is changed, or a missing entry, fails to compile with both
/// compilers, in both styles.
#[test]
fn a_tampered_info_table_does_not_type_check() {
    let catalogue = shipped_catalogue();
    let error = catalogue.errors.iter().find(|error| error.code == 6010).expect("6010 is in the catalogue");
    let entry = format!("  {}: {{\n    code: {},\n    name: \"{}\",\n", error.name, error.code, error.name);
    let tampering = [
        ("renumbered", format!("  {}: {{\n    code: {},\n    name: \"{}\",\n", error.name, error.code + 1, error.name)),
        ("renamed", format!("  {}: {{\n    code: {},\n    name: \"{}_X\",\n", error.name, error.code, error.name)),
        (
            "missing",
            format!("  REMOVED_{}: {{\n    code: {},\n    name: \"{}\",\n", error.name, error.code, error.name),
        ),
    ];
    for style in [TypeScriptStyle::Enum, TypeScriptStyle::ConstObject] {
        let project = Project::new(&format!("tampered-{}", style_name(style)), with_style(catalogue.clone(), style));
        let info = project.package.join("src/info.ts");
        let original = std::fs::read_to_string(&info).unwrap();
        assert!(original.contains(&entry), "the entry of {} is not where this test expects it", error.name);
        for (what, replacement) in &tampering {
            write(&info, &original.replacen(&entry, replacement, 1));
            for compiler in [Compiler::TypeScript5, Compiler::TypeScript7] {
                let output = Command::new("node")
                    .arg(compiler.script())
                    .args(["-p", &project.package.join("tsconfig.json").display().to_string()])
                    .args(["--noEmit", "--pretty", "false"])
                    .output()
                    .unwrap();
                let stdout = String::from_utf8_lossy(&output.stdout);
                assert!(!output.status.success(), "{compiler:?} accepted a {what} entry ({})", style_name(style));
                assert!(stdout.contains("info.ts"), "{compiler:?} failed elsewhere for a {what} entry:\n{stdout}");
            }
        }
    }
}

/// Runs `tests/node/ts/runtime.mjs` in Node on the package, built with TypeScript 5.
fn check_runtime(project: &Project) {
    write(&project.root.join("expected.json"), &tests::runtime_expectations(&project.catalogue).to_string());
    let script = project.root.join("runtime.mjs");
    std::fs::copy(workspace_root().join("tests/node/ts/runtime.mjs"), &script).unwrap();
    let stdout = run(
        Command::new("node")
            .arg(&script)
            .arg(&project.catalogue.typescript.package)
            .arg("expected.json")
            .current_dir(&project.root),
        "runtime check",
    );
    print!("{stdout}");
    assert!(stdout.starts_with(&format!("checked {} codes", project.catalogue.errors.len())), "{stdout}");
}

#[test]
fn enum_style_runs_in_node_as_the_catalogue_says() {
    check_runtime(shipped_built_with_typescript_5(TypeScriptStyle::Enum));
}

#[test]
fn const_object_style_runs_in_node_as_the_catalogue_says() {
    check_runtime(shipped_built_with_typescript_5(TypeScriptStyle::ConstObject));
}

const HOSTILE: &str =
    "*/ ${x} `tick` \"quote\" 'single' back\\slash @deprecated {@link X} </script> line\u{2028}sep\u{2029}end";

/// The shipped catalogue with hostile text in every kind of field and names
/// that are special in JavaScript in lower case (`__proto__`, `constructor`,
/// `prototype`). Validation guarantees upper-case names, which are ordinary
/// identifiers; these show that the output relies on nothing more.
fn hostile_catalogue(style: TypeScriptStyle) -> Catalogue {
    let mut catalogue = with_style(shipped_catalogue(), style);
    let first = &mut catalogue.errors[0];
    first.description = Some(HOSTILE.to_owned());
    first.details.push(HOSTILE.to_owned());
    first.deprecated = Some(HOSTILE.to_owned());
    first.since = Some(HOSTILE.to_owned());
    catalogue.categories.push(Category {
        id: "prototype".to_owned(),
        title: HOSTILE.to_owned(),
        description: Some(HOSTILE.to_owned()),
        parent: Some(catalogue.categories[0].id.clone()),
    });
    let next = catalogue.errors.iter().map(|error| error.code).max().unwrap() + 1;
    for (offset, name) in (0..).zip(["__PROTO__", "CONSTRUCTOR", "PROTOTYPE"]) {
        catalogue.errors.push(ErrorCode {
            code: next + offset,
            name: name.to_owned(),
            category: "prototype".to_owned(),
            description: Some(HOSTILE.to_owned()),
            methods: vec!["stream.startAudio".to_owned()],
            details: vec![HOSTILE.to_owned()],
            reasons: vec![
                Reason { code: 1, name: "__PROTO__".to_owned(), description: HOSTILE.to_owned() },
                Reason { code: 2, name: "CONSTRUCTOR".to_owned(), description: HOSTILE.to_owned() },
            ],
            deprecated: Some(HOSTILE.to_owned()),
            since: None,
        });
    }
    catalogue
}

#[test]
fn hostile_text_and_names_compile_and_round_trip() {
    for style in [TypeScriptStyle::Enum, TypeScriptStyle::ConstObject] {
        let project = Project::new(&format!("hostile-{}", style_name(style)), hostile_catalogue(style));
        let config = project.package.join("tsconfig.json").display().to_string();
        let mut args = vec!["-p".to_owned(), config, "--noEmit".to_owned(), "--pretty".to_owned(), "false".to_owned()];
        args.extend(flags(style).iter().map(|flag| (*flag).to_owned()));
        run_tsc(Compiler::TypeScript7, &args, "checking the hostile package");
        project.build(Compiler::TypeScript5);
        check_runtime(&project);
        check_consumer(&project, Compiler::TypeScript5);
    }
}

/// The hostile fixture catalogue (loaded through validation, with names
/// such as `CONSTRUCTOR`, `PROTOTYPE`, `NAN` and `VALUE_OF`) in both styles:
/// tsc accepts it and Node reads every text back as the catalogue has it.
#[test]
fn the_hostile_fixture_type_checks_and_reads_back_in_node() {
    let text = std::fs::read_to_string(workspace_root().join("tests/fixtures/valid/hostile.toml")).unwrap();
    let catalogue = codegen::load(&text).unwrap_or_else(|d| panic!("{}", d.render("hostile.toml", &text)));
    for style in [TypeScriptStyle::Enum, TypeScriptStyle::ConstObject] {
        let project =
            Project::new(&format!("hostile-fixture-{}", style_name(style)), with_style(catalogue.clone(), style));
        // The build type-checks with the strict flags, as a `--noEmit` run would.
        project.build(Compiler::TypeScript5);
        check_runtime(&project);
    }
}

/// Bundles an entry that re-exports some of the package, minified, and
/// returns the bundle's text with its raw and gzipped sizes.
fn bundle(project: &Project, name: &str, imports: &str) -> (String, u64, u64) {
    let entry = project.root.join(format!("{name}.mjs"));
    write(&entry, &format!("export {{ {imports} }} from {};\n", project.specifier()));
    let outfile = project.root.join(format!("{name}.bundle.js"));
    let stdout = run(
        Command::new("node")
            .arg(workspace_root().join("tests/node/ts/bundle.mjs"))
            .arg(&entry)
            .arg(&outfile)
            .current_dir(&project.root),
        "bundling with esbuild",
    );
    let sizes: Value = serde_json::from_str(stdout.trim()).unwrap_or_else(|error| panic!("{error}: {stdout}"));
    let text = std::fs::read_to_string(&outfile).unwrap();
    (text, sizes["raw"].as_u64().unwrap(), sizes["gzip"].as_u64().unwrap())
}

fn check_bundles(style: TypeScriptStyle) {
    let project = shipped_built_with_typescript_5(style);
    let texts = catalogue_texts(&project.catalogue);
    assert!(texts.len() > 100, "the shipped catalogue has its texts");

    let (codes_only, raw, gzip) = bundle(project, "codes-only", "ErrorCode, isErrorCode");
    let (with_info, info_raw, info_gzip) = bundle(project, "with-info", "ErrorCode, isErrorCode, errorInfo");
    println!(
        "{} style, minified with esbuild: ErrorCode + isErrorCode {raw} bytes ({gzip} gzipped); \
         with errorInfo {info_raw} bytes ({info_gzip} gzipped)",
        style_name(style)
    );

    let leaked: Vec<&String> = texts.iter().filter(|text| codes_only.contains(text.as_str())).collect();
    assert!(leaked.is_empty(), "an ErrorCode-only bundle holds catalogue texts: {leaked:?}");
    for error in &project.catalogue.errors {
        assert!(codes_only.contains(&error.name), "the bundle lacks {}", error.name);
    }
    // The control: the same search finds the texts of the codes once
    // `errorInfo` is imported (the category texts stay out: they come with
    // `categoryInfo`).
    let error_texts = catalogue_texts(&Catalogue { categories: Vec::new(), ..project.catalogue.clone() });
    let missing: Vec<&String> = error_texts.iter().filter(|text| !with_info.contains(text.as_str())).collect();
    assert!(missing.is_empty(), "a bundle with errorInfo lacks texts: {missing:?}");
    assert!(raw < info_raw);
}

#[test]
fn enum_style_code_only_bundle_has_no_texts() {
    check_bundles(TypeScriptStyle::Enum);
}

#[test]
fn const_object_style_code_only_bundle_has_no_texts() {
    check_bundles(TypeScriptStyle::ConstObject);
}
