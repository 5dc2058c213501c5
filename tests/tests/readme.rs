//! The README's TypeScript and JavaScript examples, run the way rustdoc
//! runs its Rust ones (which are the doctests of this crate's library):
//! every `ts` block, and every one of the generated package's README, is compiled by tsc under the strict flags against the
//! generated package, installed as `node_modules/<package>`, and the output
//! is run in Node; every `js` block (the JSON Schema example) runs in Node
//! from the workspace root with the pinned tools (Ajv) resolvable. An
//! example that stops compiling or throws fails the test.

use std::path::PathBuf;
use std::process::Command;

use tests::{Scratch, node_tooling, run, shipped_catalogue, workspace_root, write};

/// The fenced code blocks of a Markdown text with their info strings,
/// read by the CommonMark parser the Markdown tests use.
fn code_blocks(markdown: &str) -> Vec<(String, String)> {
    use pulldown_cmark::{CodeBlockKind, Event, Parser, Tag, TagEnd};

    let mut blocks = Vec::new();
    let mut current: Option<(String, String)> = None;
    for event in Parser::new(markdown) {
        match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => {
                current = Some((info.to_string(), String::new()))
            }
            Event::Text(text) => {
                if let Some((_, code)) = &mut current {
                    code.push_str(&text);
                }
            }
            Event::End(TagEnd::CodeBlock) => blocks.extend(current.take()),
            _ => {}
        }
    }
    blocks
}

fn readme_blocks(language: &str) -> Vec<String> {
    let readme = std::fs::read_to_string(workspace_root().join("README.md")).expect("README.md is readable");
    code_blocks(&readme).into_iter().filter(|(info, _)| info == language).map(|(_, code)| code).collect()
}

fn tsc() -> PathBuf {
    node_tooling().join("node_modules/typescript/bin/tsc")
}

#[test]
fn the_readme_typescript_examples_compile_under_strict_and_run() {
    let blocks = readme_blocks("ts");
    assert!(blocks.len() >= 2, "the README shows the catch pattern and the esbuild import form");
    assert!(blocks.iter().any(|block| block.contains("catch (e)")), "the README shows a catch (e) example");

    let catalogue = shipped_catalogue();
    let scratch = Scratch::new("readme-ts");
    let package = scratch.0.join("node_modules").join(&catalogue.typescript.package);
    let mut blocks = blocks;
    for file in codegen::typescript::emit(&catalogue) {
        if file.path == "typescript/README.md" {
            // The package's own README, which npm shows: its examples too.
            let own: Vec<String> = code_blocks(&file.contents)
                .into_iter()
                .filter(|(info, _)| info == "ts")
                .map(|(_, code)| code)
                .collect();
            assert!(own.len() >= 2, "the package README shows the catch pattern and the esbuild import form");
            blocks.extend(own);
        }
        write(&package.join(file.path.strip_prefix("typescript/").unwrap()), &file.contents);
    }
    run(Command::new("node").arg(tsc()).arg("-p").arg(package.join("tsconfig.json")), "building the package");
    let mut files = Vec::new();
    for (index, block) in blocks.iter().enumerate() {
        let name = format!("example{index}.ts");
        write(&scratch.0.join(&name), block);
        files.push(format!("\"{name}\""));
    }
    write(
        &scratch.0.join("tsconfig.json"),
        &format!(
            r#"{{
  "compilerOptions": {{
    "target": "es2022",
    "lib": ["es2022", "dom"],
    "module": "nodenext",
    "moduleResolution": "nodenext",
    "types": [],
    "strict": true,
    "isolatedModules": true,
    "verbatimModuleSyntax": true,
    "noUncheckedIndexedAccess": true,
    "exactOptionalPropertyTypes": true,
    "outDir": "out"
  }},
  "files": [{}]
}}
"#,
            files.join(", ")
        ),
    );
    write(&scratch.0.join("package.json"), "{ \"type\": \"module\" }\n");
    run(
        Command::new("node").arg(tsc()).args(["-p", "tsconfig.json", "--pretty", "false"]).current_dir(&scratch.0),
        "compiling the README's TypeScript examples",
    );
    for index in 0..blocks.len() {
        run(
            Command::new("node").arg(format!("out/example{index}.js")).current_dir(&scratch.0),
            &format!("running README TypeScript example {index}"),
        );
    }

    // The catch example does what it says with a stream that fails: the
    // SDK's own capture failure (its `subCode` naming a numbered reason), a
    // code without a description and with an empty reason, a code from a
    // newer SDK, and something that is no payload.
    write(
        &scratch.0.join("out/drive.mjs"),
        r#"import assert from "node:assert/strict";
import { startAudio } from "./example0.js";

const warnings = [];
console.warn = (...args) => warnings.push(args.join(" "));
const failing = (error) => ({ startAudio: () => Promise.reject(error) });
const captureFailure = { type: "INSUFFICIENT_PRIVILEGES", reason: "USER_FORBIDDEN_MICROPHONE", errorCode: 6010 };
await startAudio(failing(Object.assign(captureFailure, { subCode: 3 })));
await startAudio(failing({ type: "INTERNAL_ERROR", reason: "", errorCode: 2 }));
await startAudio(failing({ type: "NEW_KIND", reason: "later", errorCode: 99999 }));
await assert.rejects(startAudio(failing(new Error("not a payload"))), /not a payload/);
assert.deepEqual(warnings, [
  "microphone unavailable: DEVICE_IN_USE",
  "INTERNAL_ERROR (2)",
  "error 99999 from a newer SDK: later",
]);
"#,
    );
    run(Command::new("node").arg("out/drive.mjs").current_dir(&scratch.0), "driving the catch example");
}

#[test]
fn the_readme_schema_example_runs() {
    let blocks = readme_blocks("js");
    assert!(!blocks.is_empty(), "the README shows how to validate with the schema");
    let scratch = Scratch::new("readme-js");
    // The example imports the pinned tools as an application would import
    // its own: through a `node_modules` folder next to it.
    let tools = node_tooling().join("node_modules");
    #[cfg(unix)]
    std::os::unix::fs::symlink(&tools, scratch.0.join("node_modules")).expect("can link the Node tools");
    #[cfg(not(unix))]
    panic!("the README example test links node_modules, which needs a Unix file system");
    for (index, block) in blocks.iter().enumerate() {
        let script = scratch.0.join(format!("example{index}.mjs"));
        write(&script, block);
        // Paths in the example are relative to the repository root.
        run(
            Command::new("node").arg(&script).current_dir(workspace_root()),
            &format!("running README JavaScript example {index}"),
        );
    }
}
