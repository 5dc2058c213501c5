//! Helpers shared by the integration tests in `tests/tests/`.

use std::path::{Path, PathBuf};

/// The workspace root (the folder holding `catalogue.toml`).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("tests/ lives inside the workspace").to_path_buf()
}

/// The shipped catalogue, loaded and checked.
pub fn shipped_catalogue() -> codegen::Catalogue {
    let path = workspace_root().join("catalogue.toml");
    let text = std::fs::read_to_string(&path).expect("catalogue.toml is readable");
    match codegen::load(&text) {
        Ok(catalogue) => catalogue,
        Err(diagnostics) => panic!("catalogue.toml is invalid:\n{}", diagnostics.render("catalogue.toml", &text)),
    }
}

/// The folder of the pinned Node tools (`tests/node`), installed with
/// `npm ci` on first use. Test binaries run in parallel processes, so the
/// install is serialised with a file lock and skipped once the lockfile's
/// packages are present.
pub fn node_tooling() -> PathBuf {
    let dir = workspace_root().join("tests").join("node");
    let lock = std::fs::File::create(std::env::temp_dir().join("error-catalogue-npm-ci.lock"))
        .expect("can create the npm install lock file");
    lock.lock().expect("can take the npm install lock");
    let installed = dir.join("node_modules").join(".package-lock.json");
    let fresh = installed.exists()
        && dir.join("node_modules/typescript7/bin/tsc").exists()
        && dir.join("node_modules/ajv/package.json").exists()
        && dir.join("node_modules/.bin/esbuild").exists()
        && dir.join("node_modules/rollup/package.json").exists()
        && dir.join("node_modules/@rollup/plugin-node-resolve/package.json").exists()
        && dir.join("node_modules/@rollup/plugin-terser/package.json").exists()
        && dir.join("node_modules/rolldown/package.json").exists()
        && dir.join("node_modules/jest/package.json").exists()
        && dir.join("node_modules/@arethetypeswrong/cli/package.json").exists()
        && dir.join("node_modules/publint/package.json").exists();
    if !fresh {
        let status = std::process::Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(&dir)
            .status()
            .expect("npm is installed (Node 20 or newer)");
        assert!(status.success(), "`npm ci` in tests/node failed");
    }
    dir
}

/// The folder holding the pinned TOML language tools (`taplo`, `tombi`,
/// from `tests/python/requirements.txt`), installed into a project-local
/// virtual environment (`tests/.venv`, git-ignored) on first use, under a
/// file lock like [`node_tooling`].
pub fn python_tooling() -> PathBuf {
    let root = workspace_root();
    let venv = root.join("tests").join(".venv");
    let bin = venv.join(if cfg!(windows) { "Scripts" } else { "bin" });
    let requirements = root.join("tests").join("python").join("requirements.txt");
    let lock = std::fs::File::create(std::env::temp_dir().join("error-catalogue-pip-install.lock"))
        .expect("can create the pip install lock file");
    lock.lock().expect("can take the pip install lock");
    // The venv records the requirements it was installed from; a change to
    // the pins reinstalls.
    let stamp = venv.join("installed-requirements.txt");
    let wanted = std::fs::read_to_string(&requirements).expect("tests/python/requirements.txt is readable");
    let fresh = std::fs::read_to_string(&stamp).is_ok_and(|installed| installed == wanted)
        && ["taplo", "tombi"]
            .iter()
            .all(|tool| bin.join(tool).with_extension(std::env::consts::EXE_EXTENSION).exists());
    if !fresh {
        let python = if cfg!(windows) { "python" } else { "python3" };
        let status =
            std::process::Command::new(python).args(["-m", "venv"]).arg(&venv).status().expect("Python 3 is installed");
        assert!(status.success(), "`python3 -m venv tests/.venv` failed");
        let status = std::process::Command::new(bin.join("python"))
            .args(["-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-r"])
            .arg(&requirements)
            .status()
            .expect("the virtual environment has pip");
        assert!(status.success(), "`pip install -r tests/python/requirements.txt` failed");
        std::fs::write(&stamp, wanted).expect("can record the installed requirements");
    }
    bin
}

/// The README, whose `rust` code blocks rustdoc compiles and runs as the
/// doctests of this crate, so that an example that stops compiling fails
/// `cargo test`. (`tests/tests/readme.rs` does the same for its TypeScript
/// and JavaScript blocks.)
#[doc = include_str!("../../README.md")]
#[cfg(doctest)]
pub struct Readme;

/// A temporary folder for a test's scratch project, removed when the test
/// passes and kept (its path printed) when it fails.
#[derive(Debug)]
pub struct Scratch(pub PathBuf);

impl Scratch {
    /// `error-catalogue-{label}-{pid}` in the temporary folder, emptied first.
    pub fn new(label: &str) -> Self {
        let root = std::env::temp_dir().join(format!("error-catalogue-{label}-{}", std::process::id()));
        if root.exists() {
            std::fs::remove_dir_all(&root).expect("can clear the scratch folder");
        }
        std::fs::create_dir_all(&root).expect("can create the scratch folder");
        Self(root)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        if std::thread::panicking() {
            eprintln!("kept {} for inspection", self.0.display());
        } else {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}

/// Emits the TypeScript package of `catalogue` into `scratch/package` and
/// packs it with `npm pack` (whose `prepack` builds the ES module and
/// CommonJS outputs with the pinned `tsc`), as it would be published.
/// Returns the tarball.
pub fn pack_typescript(scratch: &Path, catalogue: &codegen::Catalogue) -> PathBuf {
    let package = scratch.join("package");
    for file in codegen::typescript::emit(catalogue) {
        let relative = file.path.strip_prefix("typescript/").expect("TypeScript files live under typescript/");
        write(&package.join(relative), &file.contents);
    }
    // The pinned tools first on PATH, so `prepack` finds `tsc` as it would
    // in the package's own dev dependencies.
    let mut paths = vec![node_tooling().join("node_modules").join(".bin")];
    paths.extend(std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()));
    let packed = run(
        std::process::Command::new("npm")
            .args(["pack", "--json", "--pack-destination"])
            .arg(scratch)
            .current_dir(&package)
            .env("PATH", std::env::join_paths(paths).expect("PATH entries join")),
        "npm pack",
    );
    let packed: serde_json::Value =
        serde_json::from_str(&packed).unwrap_or_else(|error| panic!("npm pack --json: {error}: {packed}"));
    let files: Vec<&str> = packed[0]["files"]
        .as_array()
        .expect("npm pack lists the files")
        .iter()
        .filter_map(|file| file["path"].as_str())
        .collect();
    for wanted in
        ["README.md", "dist/index.js", "dist/index.d.ts", "cjs/index.js", "cjs/index.d.ts", "cjs/package.json"]
    {
        assert!(files.contains(&wanted), "the tarball lacks {wanted}: {files:?}");
    }
    assert!(files.iter().all(|file| !file.starts_with("src/")), "sources without declaration maps: {files:?}");
    scratch.join(packed[0]["filename"].as_str().expect("npm pack names the tarball"))
}

/// A scratch application at `app` with the given `package.json`, with
/// `tarball` installed from the file, offline, as a dependency.
pub fn install_tarball(tarball: &Path, app: &Path, package_json: &str) {
    write(&app.join("package.json"), package_json);
    run(
        std::process::Command::new("npm")
            .args(["install", "--no-audit", "--no-fund", "--ignore-scripts", "--offline"])
            .arg(tarball)
            .current_dir(app),
        "installing the packed package",
    );
}

/// Writes a file, creating its folder.
pub fn write(path: &Path, contents: &str) {
    std::fs::create_dir_all(path.parent().expect("a file has a folder")).expect("can create the folder");
    std::fs::write(path, contents).unwrap_or_else(|error| panic!("cannot write {}: {error}", path.display()));
}

/// Runs cargo in the scratch crate at `dir`, a workspace of its own in a
/// folder directly under the test's `CARGO_TARGET_TMPDIR`; returns all it
/// printed, as `Err` when it failed.
///
/// The crate gets this workspace's `Cargo.lock`, so its dependencies are
/// the versions tested here. What cargo produces (docs, test binaries) goes
/// to `dir/target`; what it compiles on the way goes to one build folder
/// that every scratch crate shares, `scratch-build` beside `dir`: serde and
/// the other dependencies are compiled once, not once per crate. Cargo
/// locks that folder, so crates built by tests running in parallel take
/// turns rather than compiling the same dependencies side by side.
pub fn scratch_cargo(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Result<String, String> {
    if !dir.join("Cargo.lock").exists() {
        std::fs::copy(workspace_root().join("Cargo.lock"), dir.join("Cargo.lock")).expect("can copy Cargo.lock");
    }
    let build_dir = dir.parent().expect("a scratch crate lives in a folder").join("scratch-build");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let (subcommand, rest) = args.split_first().expect("a cargo subcommand");
    let output = std::process::Command::new(cargo)
        .arg(subcommand)
        .arg("--target-dir")
        .arg(dir.join("target"))
        .arg("--config")
        .arg(format!("build.build-dir={}", toml_string(&build_dir)))
        .args(rest)
        .current_dir(dir)
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_TARGET_DIR")
        .env_remove("CARGO_BUILD_BUILD_DIR")
        .envs(env.iter().copied())
        .output()
        .expect("cargo runs");
    let text = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    if output.status.success() { Ok(text) } else { Err(text) }
}

/// A path as a TOML string, for a `--config` value.
fn toml_string(path: &Path) -> String {
    serde_json::to_string(path.to_str().expect("a UTF-8 path")).expect("a string serializes")
}

/// Runs a command that must succeed; returns its standard output.
pub fn run(command: &mut std::process::Command, what: &str) -> String {
    let output = command.output().unwrap_or_else(|error| panic!("{what}: cannot start: {error}"));
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{what} failed ({}):\n{stdout}\n{stderr}", output.status);
    stdout
}

/// The catalogue as JSON for `tests/node/ts/runtime.mjs`, which reads every
/// text back from the generated TypeScript, plus numbers that are not codes.
pub fn runtime_expectations(catalogue: &codegen::Catalogue) -> serde_json::Value {
    use serde_json::{Value, json};
    let codes: std::collections::BTreeSet<u64> = catalogue.errors.iter().map(|error| u64::from(error.code)).collect();
    let max = codes.last().copied().unwrap_or(0);
    let mut unknown: std::collections::BTreeSet<u64> =
        [0, 3, 99, max + 1, max + 1000, u64::from(u32::MAX), u64::from(u32::MAX) + 1].into();
    unknown.extend(codes.iter().map(|code| code + 1).take(40));
    unknown.retain(|code| !codes.contains(code));
    let mut unknown: Vec<Value> = unknown.into_iter().map(Value::from).collect();
    unknown.push(json!(-1));
    json!({
        "style": match catalogue.typescript.style {
            codegen::model::TypeScriptStyle::Enum => "enum",
            codegen::model::TypeScriptStyle::ConstObject => "const-object",
        },
        "errors": catalogue.errors.iter().map(|error| json!({
            "code": error.code,
            "name": error.name,
            "category": error.category,
            "description": error.description,
            "methods": error.methods,
            "details": error.details,
            "reasons": error.reasons.iter().map(|reason| json!({
                "code": reason.code,
                "name": reason.name,
                "description": reason.description,
            })).collect::<Vec<_>>(),
            "deprecated": error.deprecated,
            "since": error.since,
            "reasonEnum": error.reason_enum_name(),
        })).collect::<Vec<_>>(),
        "categories": catalogue.categories.iter().map(|category| json!({
            "id": category.id,
            "member": category.id.to_uppercase(),
            "title": category.title,
            "description": category.description,
            "parent": category.parent,
        })).collect::<Vec<_>>(),
        "unknownCodes": unknown,
    })
}

/// Every text of the catalogue as it would appear in a JS string: for
/// asserting that a bundle carries none of them.
pub fn catalogue_texts(catalogue: &codegen::Catalogue) -> Vec<String> {
    let mut texts = Vec::new();
    for error in &catalogue.errors {
        texts.extend(error.description.clone());
        texts.extend(error.details.iter().cloned());
        texts.extend(error.reasons.iter().map(|reason| reason.description.clone()));
    }
    for category in &catalogue.categories {
        texts.push(category.title.clone());
        texts.extend(category.description.clone());
    }
    // A minifier may re-quote a string; compare the text between the quotes.
    texts.iter().map(|text| serde_json::to_string(text).unwrap().trim_matches('"').to_owned()).collect()
}
