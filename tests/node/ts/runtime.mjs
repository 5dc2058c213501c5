// Runs the compiled TypeScript package in Node and compares it with the
// catalogue. Usage: node runtime.mjs <package specifier> <expected.json>
//
// The test copies this file next to the `node_modules` folder that holds the
// package, so the bare specifier resolves through the package's `exports`,
// as it does for a user. The expected data comes from the Rust model.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

const [specifier, expectedPath] = process.argv.slice(2);
const expected = JSON.parse(readFileSync(expectedPath, "utf8"));
const pkg = await import(specifier);
const { ErrorCode, ErrorCategory, errorInfo, errorName, isErrorCode, categoryInfo } = pkg;
const { errorCategory, isErrorPayload, isAnyErrorPayload, reasonInfo } = pkg;
const constants = await import(`${specifier}/constants`);
const enumStyle = expected.style === "enum";

// JSON has no `undefined`; the package uses it for absent texts.
const orUndefined = (value) => (value === null ? undefined : value);

const reasonEnums = expected.errors.filter((error) => error.reasonEnum !== null).map((error) => error.reasonEnum);
assert.deepEqual(
  Object.keys(pkg).sort(),
  [
    "ErrorCategory",
    "ErrorCode",
    "categoryInfo",
    "errorCategory",
    "errorInfo",
    "errorName",
    "isAnyErrorPayload",
    "isErrorCode",
    "isErrorPayload",
    "reasonInfo",
    ...reasonEnums,
  ].sort(),
  "the package's value exports",
);

// A numeric TypeScript enum also maps each number back to its name; a const
// object holds the names only, in catalogue order.
const names = expected.errors.map((error) => error.name);
if (enumStyle) {
  const numbers = expected.errors.map((error) => String(error.code));
  assert.deepEqual(Object.keys(ErrorCode).sort(), [...names, ...numbers].sort(), "ErrorCode keys");
} else {
  assert.deepEqual(Object.keys(ErrorCode), names, "ErrorCode keys");
}

for (const error of expected.errors) {
  const { code, name } = error;
  assert.equal(ErrorCode[name], code, `ErrorCode.${name}`);
  if (enumStyle) {
    assert.equal(ErrorCode[code], name, `ErrorCode[${code}]`);
  }
  assert.equal(errorName(code), name, `errorName(${code})`);
  assert.equal(isErrorCode(code), true, `isErrorCode(${code})`);
  assert.equal(constants[name], code, `constants.${name}`);
  assert.equal(errorCategory(code), error.category, `errorCategory(${code})`);
  const noReason = Math.max(0, ...error.reasons.map((reason) => reason.code)) + 1;
  assert.equal(reasonInfo(code, noReason), undefined, `reasonInfo(${code}, ${noReason})`);
  assert.equal(isErrorPayload({ errorCode: code }), true, `isErrorPayload({ errorCode: ${code} })`);
  assert.deepEqual(
    errorInfo(code),
    {
      code,
      name,
      category: error.category,
      description: orUndefined(error.description),
      methods: error.methods,
      details: error.details,
      reasons: error.reasons,
      deprecated: orUndefined(error.deprecated),
      since: orUndefined(error.since),
    },
    `errorInfo(${code})`,
  );
  if (error.reasonEnum !== null) {
    const reasons = pkg[error.reasonEnum];
    const reasonNames = error.reasons.map((reason) => reason.name);
    const reasonKeys = enumStyle ? [...reasonNames, ...error.reasons.map((reason) => String(reason.code))] : reasonNames;
    assert.deepEqual(Object.keys(reasons).sort(), reasonKeys.sort(), `${error.reasonEnum} keys`);
    for (const reason of error.reasons) {
      assert.equal(reasons[reason.name], reason.code, `${error.reasonEnum}.${reason.name}`);
      assert.deepEqual(reasonInfo(code, reason.name), reason, `reasonInfo(${code}, ${reason.name})`);
      assert.deepEqual(reasonInfo(code, reason.code), reason, `reasonInfo(${code}, ${reason.code})`);
      assert.equal(reasonInfo(code, String(reason.code)), undefined, `reasonInfo(${code}, "${reason.code}")`);
      assert.equal(reasonInfo(code, reason.name.toLowerCase()), undefined, "names match exactly");
    }
  }
}

assert.deepEqual(
  Object.keys(ErrorCategory).filter((key) => !enumStyle || Number.isNaN(Number(key))),
  expected.categories.map((category) => category.member),
  "ErrorCategory keys",
);
for (const category of expected.categories) {
  assert.equal(ErrorCategory[category.member], category.id, `ErrorCategory.${category.member}`);
  assert.deepEqual(
    categoryInfo(category.id),
    {
      id: category.id,
      title: category.title,
      description: orUndefined(category.description),
      parent: orUndefined(category.parent),
    },
    `categoryInfo(${JSON.stringify(category.id)})`,
  );
}
assert.deepEqual(Object.keys(constants).sort(), [...names].sort(), "the constants module's exports");

// The info objects are shared: they come out frozen, lists and reasons too.
for (const error of expected.errors) {
  const info = errorInfo(error.code);
  assert.ok(Object.isFrozen(info), `errorInfo(${error.code}) is frozen`);
  for (const list of [info.methods, info.details, info.reasons, ...info.reasons]) {
    assert.ok(Object.isFrozen(list), `errorInfo(${error.code}) lists are frozen`);
  }
  assert.throws(() => info.reasons.push({ code: 99, name: "X", description: "x" }), TypeError);
  assert.throws(() => info.methods.push("client.init"), TypeError);
  assert.throws(() => {
    "use strict";
    info.description = "changed";
  }, TypeError);
  assert.equal(errorInfo(error.code).reasons.length, error.reasons.length, "the table is unchanged");
}
for (const category of expected.categories) {
  assert.ok(Object.isFrozen(categoryInfo(category.id)), `categoryInfo(${category.id}) is frozen`);
}

for (const junk of ["", "COMMON", "constructor", "__proto__", "toString", 1]) {
  assert.equal(categoryInfo(junk), undefined, `categoryInfo(${JSON.stringify(junk)})`);
}

// Numbers that are not codes, from the catalogue's gaps, plus every code
// nudged off the integers.
const unknownNumbers = [
  ...expected.unknownCodes,
  ...expected.errors.map((error) => error.code + 0.5),
  NaN,
  Infinity,
  -Infinity,
  Number.MAX_VALUE,
  Number.EPSILON,
];
for (const number of unknownNumbers) {
  assert.equal(errorCategory(number), undefined, `errorCategory(${number})`);
  assert.equal(isErrorPayload({ errorCode: number }), false, `isErrorPayload({ errorCode: ${number} })`);
  const integral = Number.isInteger(number) && number >= 0 && number <= 0xffffffff;
  assert.equal(isAnyErrorPayload({ errorCode: number }), integral, `isAnyErrorPayload({ errorCode: ${number} })`);
  assert.equal(errorInfo(number), undefined, `errorInfo(${number})`);
  assert.equal(errorName(number), undefined, `errorName(${number})`);
  assert.equal(isErrorCode(number), false, `isErrorCode(${number})`);
}

// What JavaScript callers may pass despite the types: codes and names as
// strings, boxed and big numbers, arrays holding a code, objects.
const first = expected.errors[0];
const junk = [
  ...expected.errors.flatMap((error) => [String(error.code), error.name]),
  `${first.code}.0`,
  ` ${first.code}`,
  "constructor",
  "__proto__",
  "toString",
  "",
  null,
  undefined,
  true,
  false,
  {},
  [],
  [first.code],
  { valueOf: () => first.code },
  new Number(first.code),
  BigInt(first.code),
  Symbol("code"),
  Object.create(null),
  () => first.code,
];
// `String()` throws for a null-prototype object.
const show = (value) => (typeof value === "object" && value !== null ? Object.prototype.toString.call(value) : String(value));
for (const value of junk) {
  assert.equal(isErrorPayload(value), false, `isErrorPayload(${show(value)})`);
  assert.equal(isErrorPayload({ errorCode: value }), false, `isErrorPayload({ errorCode: ${show(value)} })`);
  assert.equal(isAnyErrorPayload({ errorCode: value }), false, `isAnyErrorPayload({ errorCode: ${show(value)} })`);
  assert.equal(isErrorCode(value), false, `isErrorCode(${show(value)})`);
  assert.equal(errorInfo(value), undefined, `errorInfo(${show(value)})`);
  assert.equal(errorName(value), undefined, `errorName(${show(value)})`);
}

// A batch of reports, as a server receives them: a known code with its
// texts, an unknown code (a newer SDK), a string code and a missing code.
const unknown = expected.unknownCodes.find((code) => code > 0 && code <= 0xffffffff);
const batch = JSON.parse(
  JSON.stringify([
    { type: "INVALID_OPERATION", reason: "denied", errorCode: first.code },
    { type: "NEW_KIND", errorCode: unknown, addedLater: { x: 1 } },
    { errorCode: String(first.code) },
    { type: "INVALID_OPERATION", reason: "no code" },
    { errorCode: first.code, reason: 42 },
    { errorCode: first.code, type: null },
  ]),
);
assert.deepEqual(batch.map(isErrorPayload), [true, false, false, false, false, false], "isErrorPayload over a batch");
assert.deepEqual(batch.map(isAnyErrorPayload), [true, true, false, false, false, false], "isAnyErrorPayload over a batch");

console.log(
  `checked ${expected.errors.length} codes, ${reasonEnums.length} reason enums, ${expected.categories.length} categories, ` +
    `${unknownNumbers.length} unknown numbers and ${junk.length} non-numbers (${expected.style} style)`,
);
