// Loads the package with require(), as a CommonJS application does, and
// compares it with the catalogue. Run with `--no-experimental-require-module`
// where Node has it, so that Node cannot fall back on loading the ES module
// build (as Node 18 and Node 20 before 20.19 cannot): every module must come
// from the CommonJS build.
// Usage: node require.cjs <package specifier> <expected.json>

const assert = require("node:assert/strict");
const { readFileSync } = require("node:fs");
const path = require("node:path");

const [specifier, expectedPath] = process.argv.slice(2);
const expected = JSON.parse(readFileSync(expectedPath, "utf8"));
const pkg = require(specifier);
const constants = require(`${specifier}/constants`);

// Both entry points resolve into the CommonJS build, whose folder says so.
for (const entry of [specifier, `${specifier}/constants`]) {
  const file = require.resolve(entry);
  const scope = JSON.parse(readFileSync(path.join(path.dirname(file), "package.json"), "utf8"));
  assert.equal(scope.type, "commonjs", `${entry} resolves to ${file}, in a CommonJS folder`);
}
const loaded = Object.keys(require.cache).filter((file) => file.includes(`${path.sep}node_modules${path.sep}`));
assert.ok(loaded.length > 2, `the package's modules are in require.cache: ${loaded}`);

for (const error of expected.errors) {
  assert.equal(pkg.ErrorCode[error.name], error.code, `ErrorCode.${error.name}`);
  assert.equal(constants[error.name], error.code, `constants.${error.name}`);
  assert.equal(pkg.errorName(error.code), error.name, `errorName(${error.code})`);
  assert.equal(pkg.errorCategory(error.code), error.category, `errorCategory(${error.code})`);
  assert.equal(pkg.isErrorPayload({ errorCode: error.code }), true, `isErrorPayload(${error.code})`);
  assert.equal(pkg.describeError({ errorCode: error.code }).name, error.name, `describeError(${error.code})`);
}
console.log(`required ${expected.errors.length} codes from ${path.relative(process.cwd(), require.resolve(specifier))} on Node ${process.version}`);
