//! The packed TypeScript package, as CommonJS and ES module users meet it:
//! Are The Types Wrong on its default profile (node10, node16 from CommonJS
//! and from ES modules, bundler) for every entry point, publint, `require()`
//! without Node's fallback to ES modules, a Jest 29 test with Jest's default
//! CommonJS transform, TypeScript consumers in every module mode, and one
//! application that loads both builds. The package is built and packed with
//! `npm pack` and installed from the tarball, as it would be published.

use std::path::{Path, PathBuf};
use std::process::Command;

use codegen::Catalogue;
use codegen::model::TypeScriptStyle;
use serde_json::Value;
use tests::{Scratch, install_tarball, node_tooling, pack_typescript, run, shipped_catalogue, workspace_root, write};

fn tool(path: &str) -> PathBuf {
    node_tooling().join("node_modules").join(path)
}

/// A command's exit status and everything it printed.
fn output(command: &mut Command) -> (bool, String) {
    let output = command.output().unwrap_or_else(|error| panic!("cannot run {command:?}: {error}"));
    let text = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    (output.status.success(), text)
}

/// Node's flag that turns off loading ES modules through `require()`
/// (Node 20.19 and 22.12 turned it on), where this Node has it: with it,
/// `require()` behaves as on Node 18, so only a CommonJS build loads.
fn without_require_of_esm() -> Vec<&'static str> {
    let has = run(
        Command::new("node").args(["-p", "process.allowedNodeEnvironmentFlags.has('--experimental-require-module')"]),
        "asking Node for its flags",
    );
    if has.trim() == "true" { vec!["--no-experimental-require-module"] } else { Vec::new() }
}

struct Packed {
    scratch: Scratch,
    tarball: PathBuf,
    catalogue: Catalogue,
}

impl Packed {
    fn new(style: TypeScriptStyle, label: &str) -> Self {
        let mut catalogue = shipped_catalogue();
        catalogue.typescript.style = style;
        let scratch = Scratch::new(&format!("package-{label}"));
        let tarball = pack_typescript(&scratch.0, &catalogue);
        write(&scratch.0.join("expected.json"), &tests::runtime_expectations(&catalogue).to_string());
        Self { scratch, tarball, catalogue }
    }

    fn name(&self) -> &str {
        &self.catalogue.typescript.package
    }

    fn expected(&self) -> PathBuf {
        self.scratch.0.join("expected.json")
    }

    /// An application folder with the tarball installed: CommonJS (no
    /// `type` in its `package.json`) or ES modules.
    fn app(&self, folder: &str, esm: bool) -> PathBuf {
        let app = self.scratch.0.join(folder);
        let kind = if esm { ", \"type\": \"module\"" } else { "" };
        install_tarball(&self.tarball, &app, &format!("{{ \"name\": \"{folder}\", \"private\": true{kind} }}\n"));
        app
    }
}

/// Are The Types Wrong, default profile, on the tarball: no problem, and
/// every entry point resolves in every mode, CommonJS modes into the
/// CommonJS build. Prints attw's own table.
fn check_attw(packed: &Packed) {
    let attw = tool("@arethetypeswrong/cli/dist/index.js");
    let base = || {
        let mut command = Command::new("node");
        // No @types lookup on the registry: the package ships its types.
        command.arg(&attw).arg(&packed.tarball).arg("--no-definitely-typed").current_dir(&packed.scratch.0);
        command
    };
    let table = run(base().args(["--format", "ascii", "--no-emoji", "--no-color"]), "attw");
    println!("{table}");
    let json = run(base().args(["--format", "json"]), "attw --format json");
    let report: Value = serde_json::from_str(&json).unwrap_or_else(|error| panic!("{error}: {json}"));
    assert_eq!(report["analysis"]["problems"], serde_json::json!([]), "attw problems:\n{table}");
    let entrypoints = report["analysis"]["entrypoints"].as_object().expect("attw lists the entry points");
    let mut names: Vec<&String> = entrypoints.keys().collect();
    names.sort();
    assert_eq!(names, [".", "./constants", "./package.json"], "the package's entry points");
    for (entry, analysis) in entrypoints {
        for mode in ["node10", "node16-cjs", "node16-esm", "bundler"] {
            let file = analysis["resolutions"][mode]["resolution"]["fileName"].as_str();
            let file = file.unwrap_or_else(|| panic!("{entry} does not resolve under {mode}:\n{table}"));
            if entry != "./package.json" {
                let commonjs = matches!(mode, "node10" | "node16-cjs");
                let folder = if commonjs { "/cjs/" } else { "/dist/" };
                assert!(file.contains(folder) && file.ends_with(".d.ts"), "{entry} under {mode}: {file}");
            }
        }
    }
}

/// `require()` of both entry points on this Node, which `engines` must
/// admit, with Node's fallback to ES modules turned off.
fn check_require(packed: &Packed, app: &Path) {
    let manifest: Value = serde_json::from_str(
        &std::fs::read_to_string(app.join("node_modules").join(packed.name()).join("package.json")).unwrap(),
    )
    .unwrap();
    let engines = manifest["engines"]["node"].as_str().expect("the package states its Node versions");
    let lowest: u32 = engines.strip_prefix(">=").and_then(|v| v.split('.').next()?.parse().ok()).expect(">=N");
    let version = run(Command::new("node").args(["-p", "process.versions.node"]), "node's version");
    let major: u32 = version.trim().split('.').next().unwrap().parse().unwrap();
    assert!(major >= lowest, "this Node ({version}) is not one the package admits ({engines})");

    std::fs::copy(workspace_root().join("tests/node/ts/require.cjs"), app.join("require.cjs")).unwrap();
    let stdout = run(
        Command::new("node")
            .args(without_require_of_esm())
            .arg("require.cjs")
            .arg(packed.name())
            .arg(packed.expected())
            .current_dir(app),
        "require() of the package",
    );
    println!("{} (engines: {engines})", stdout.trim());
}

/// TypeScript consumers in every module mode resolve the package's types,
/// and the CommonJS one (`--module node16` in a project without `"type"`,
/// TS1479 for an ES module-only package) compiles to `require()` calls
/// that run.
fn check_typescript_consumers(packed: &Packed, cjs_app: &Path, esm_app: &Path) {
    let canary = &packed.catalogue.errors[packed.catalogue.errors.len() / 2];
    let consumer = format!(
        r#"import {{ ErrorCode, describeError, isErrorPayload, type ErrorPayload, type ErrorType }} from "{package}";
import * as codes from "{package}/constants";

const code: ErrorCode = ErrorCode.{name};
const same: ErrorCode = codes.{name};
const kind: ErrorType = "INVALID_OPERATION";
const payload: ErrorPayload = {{ type: kind, reason: "", errorCode: code, subCode: 1 }};
const parsed: unknown = JSON.parse(JSON.stringify(payload));
if (!isErrorPayload(parsed) || parsed.errorCode !== same) {{
  throw new Error("the payload does not read back");
}}
const text: string = describeError(parsed)?.text ?? "not an error payload";
if (text.length === 0) {{
  throw new Error("empty text");
}}
console.log(`${{ErrorCode.{name}}}: ${{text}}`);
"#,
        package = packed.name(),
        name = canary.name,
    );
    let tsc5 = tool("typescript/bin/tsc");
    let tsc7 = tool("typescript7/bin/tsc");
    let compile = |tsc: &Path, app: &Path, args: &[&str], what: &str| {
        write(&app.join("consumer.ts"), &consumer);
        let (ok, printed) = output(
            Command::new("node")
                .arg(tsc)
                .args(["consumer.ts", "--strict", "--target", "es2022", "--lib", "es2022,dom", "--pretty", "false"])
                .args(["--exactOptionalPropertyTypes", "--noUncheckedIndexedAccess"])
                .args(args)
                .current_dir(app),
        );
        assert!(ok, "{what}:\n{printed}");
    };
    for (tsc, compiler) in [(&tsc5, "TypeScript 5"), (&tsc7, "TypeScript 7")] {
        compile(tsc, cjs_app, &["--module", "node16", "--outDir", "out"], &format!("{compiler}, CommonJS, node16"));
        compile(tsc, esm_app, &["--module", "nodenext", "--noEmit"], &format!("{compiler}, ES modules, nodenext"));
        let bundler = ["--module", "preserve", "--moduleResolution", "bundler", "--noEmit"];
        compile(tsc, esm_app, &bundler, &format!("{compiler}, bundler"));
        let stdout = run(
            Command::new("node").args(without_require_of_esm()).arg("out/consumer.js").current_dir(cjs_app),
            "running the CommonJS consumer",
        );
        assert!(stdout.starts_with(&format!("{}: ", canary.code)), "{stdout}");
    }
    // node10 (`moduleResolution: node`): TypeScript 7 no longer has it.
    compile(&tsc5, cjs_app, &["--module", "commonjs", "--moduleResolution", "node10", "--noEmit"], "node10");
}

/// A Jest 29 test, with Jest's default configuration and transform, in a
/// CommonJS project.
fn check_jest(packed: &Packed, app: &Path) {
    std::fs::copy(workspace_root().join("tests/node/ts/jest/error-codes.test.js"), app.join("error-codes.test.js"))
        .unwrap();
    let (ok, printed) = output(
        Command::new("node")
            .arg(tool("jest/bin/jest.js"))
            .args(["--ci", "--rootDir", "."])
            .arg("--cacheDirectory")
            .arg(packed.scratch.0.join("jest-cache"))
            .env("ERROR_CODES_PACKAGE", packed.name())
            .env("ERROR_CODES_EXPECTED", packed.expected())
            .current_dir(app),
    );
    let summary: Vec<&str> = printed.lines().filter(|line| line.starts_with("Tests:")).collect();
    println!("Jest 29: {summary:?}");
    assert!(ok, "Jest 29:\n{printed}");
    let tests = packed.catalogue.errors.len() + 1;
    assert!(summary.iter().any(|line| line.contains(&format!("{tests} passed, {tests} total"))), "{printed}");
}

/// Both builds loaded in one application agree.
fn check_dual(packed: &Packed, app: &Path) {
    std::fs::copy(workspace_root().join("tests/node/ts/dual.mjs"), app.join("dual.mjs")).unwrap();
    let stdout =
        run(Command::new("node").arg("dual.mjs").arg(packed.name()).arg(packed.expected()).current_dir(app), "dual");
    println!("{}", stdout.trim());
}

#[test]
fn the_const_object_package_is_first_class_from_commonjs_and_es_modules() {
    let packed = Packed::new(TypeScriptStyle::ConstObject, "const-object");
    check_attw(&packed);
    let (ok, printed) = output(
        Command::new("node")
            .arg(tool("publint/src/cli.js"))
            .arg("run")
            .arg(&packed.tarball)
            .args(["--strict", "--level", "suggestion"])
            .current_dir(&packed.scratch.0),
    );
    println!("{printed}");
    assert!(ok && printed.contains("All good!"), "publint:\n{printed}");
    let cjs_app = packed.app("cjs-app", false);
    let esm_app = packed.app("esm-app", true);
    check_require(&packed, &cjs_app);
    check_jest(&packed, &cjs_app);
    check_typescript_consumers(&packed, &cjs_app, &esm_app);
    check_dual(&packed, &esm_app);
}

#[test]
fn the_enum_package_is_first_class_from_commonjs_and_es_modules() {
    let packed = Packed::new(TypeScriptStyle::Enum, "enum");
    check_attw(&packed);
    let cjs_app = packed.app("cjs-app", false);
    let esm_app = packed.app("esm-app", true);
    check_require(&packed, &cjs_app);
    check_typescript_consumers(&packed, &cjs_app, &esm_app);
    check_dual(&packed, &esm_app);
}

/// The checks can fail: the same package with its CommonJS conditions taken
/// out (as it was before it had a CommonJS build) is flagged by attw and
/// cannot be required without Node's fallback.
#[test]
fn an_es_module_only_package_fails_the_same_checks() {
    let packed = Packed::new(TypeScriptStyle::ConstObject, "esm-only");
    let unpacked = packed.scratch.0.join("unpacked");
    std::fs::create_dir_all(&unpacked).unwrap();
    run(Command::new("tar").arg("-xzf").arg(&packed.tarball).current_dir(&unpacked), "unpacking the tarball");
    let manifest_path = unpacked.join("package/package.json");
    let mut manifest: Value = serde_json::from_str(&std::fs::read_to_string(&manifest_path).unwrap()).unwrap();
    for entry in manifest["exports"].as_object_mut().unwrap().values_mut() {
        if let Some(conditions) = entry.as_object_mut() {
            let import = conditions["import"].clone();
            *entry = import;
        }
    }
    manifest["main"] = "./dist/index.js".into();
    manifest["types"] = "./dist/index.d.ts".into();
    std::fs::write(&manifest_path, serde_json::to_string_pretty(&manifest).unwrap()).unwrap();
    let repacked = run(
        Command::new("npm")
            .args(["pack", "--json", "--ignore-scripts", "--pack-destination"])
            .arg(&unpacked)
            .current_dir(unpacked.join("package")),
        "repacking",
    );
    let repacked: Value = serde_json::from_str(&repacked).unwrap();
    let tarball = unpacked.join(repacked[0]["filename"].as_str().unwrap());

    let (ok, printed) = output(
        Command::new("node")
            .arg(tool("@arethetypeswrong/cli/dist/index.js"))
            .arg(&tarball)
            .args(["--no-definitely-typed", "--format", "ascii", "--no-color"])
            .current_dir(&unpacked),
    );
    assert!(!ok && printed.contains("CJSResolvesToESM"), "attw accepted an ES module-only package:\n{printed}");

    let app = packed.scratch.0.join("app");
    install_tarball(&tarball, &app, "{ \"name\": \"app\", \"private\": true }\n");
    let flags = without_require_of_esm();
    if !flags.is_empty() {
        let (ok, printed) = output(
            Command::new("node")
                .args(&flags)
                .args(["-e", &format!("require({})", serde_json::to_string(packed.name()).unwrap())])
                .current_dir(&app),
        );
        assert!(!ok && printed.contains("ERR_REQUIRE_ESM"), "an ES module-only package was required:\n{printed}");
    }
}
