// One application that loads the package both ways, as one with ES module
// code and a CommonJS dependency does: the two copies agree on every code,
// and neither holds state the other would miss (the package has none:
// constants, pure functions and frozen results).
// Usage: node dual.mjs <package specifier> <expected.json>

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const [specifier, expectedPath] = process.argv.slice(2);
const expected = JSON.parse(readFileSync(expectedPath, "utf8"));
const esm = await import(specifier);
const cjs = createRequire(`${process.cwd()}/`)(specifier);
assert.notEqual(esm.errorInfo, cjs.errorInfo, "two copies are loaded");

const values = (module) => Object.keys(module).filter((key) => key !== "__esModule" && key !== "default").sort();
assert.deepEqual(values(cjs), values(esm), "the same exports");
const plain = (value) => JSON.parse(JSON.stringify(value ?? null));
for (const error of expected.errors) {
  const { code, name } = error;
  assert.equal(cjs.ErrorCode[name], esm.ErrorCode[name], name);
  for (const lookup of ["errorName", "errorCategory", "isErrorCode", "errorInfo", "describeError"]) {
    const argument = lookup === "describeError" ? { errorCode: code, subCode: 1, reason: "r" } : code;
    // One copy used first must not change what the other returns.
    const first = plain(cjs[lookup](argument));
    assert.deepEqual(plain(esm[lookup](argument)), first, `${lookup}(${code})`);
    assert.deepEqual(plain(cjs[lookup](argument)), first, `${lookup}(${code}) again`);
  }
}
assert.deepEqual(Object.keys(cjs.ErrorCode).sort(), Object.keys(esm.ErrorCode).sort(), "ErrorCode members");
console.log(`the CommonJS and ES module copies agree on ${expected.errors.length} codes`);
