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
const { errorCategory, isErrorPayload, isAnyErrorPayload, reasonInfo, describeError } = pkg;
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
    "describeError",
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
  // The root's `ErrorCode` is the namespace of `./constants`, re-exported:
  // one object, whose keys a module namespace lists in code-unit order.
  assert.equal(ErrorCode, constants, "ErrorCode is the ./constants namespace");
  assert.deepEqual(Object.keys(ErrorCode), [...names].sort(), "ErrorCode keys");
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

// `subCode`: the SDK adds the number of a numbered reason, or a device's own
// error number, with `Object.assign`; when present it is an unsigned 32-bit
// integer, as `errorCode` is.
for (const subCode of [0, 1, 7, 0xffffffff]) {
  assert.equal(isErrorPayload({ errorCode: first.code, subCode }), true, `subCode ${subCode}`);
  assert.equal(isAnyErrorPayload({ errorCode: unknown, subCode }), true, `subCode ${subCode}, unknown code`);
}
// `undefined` counts as absent, as JSON has it: the SDK's audio failure
// sets `reason: undefined` when its inner error has no type.
assert.equal(isErrorPayload({ errorCode: first.code, type: undefined, reason: undefined, subCode: undefined }), true);
for (const subCode of [-1, 1.5, 0x100000000, NaN, "3", null, {}, [3]]) {
  assert.equal(isErrorPayload({ errorCode: first.code, subCode }), false, `subCode ${show(subCode)}`);
  assert.equal(isAnyErrorPayload({ errorCode: unknown, subCode }), false, `subCode ${show(subCode)}, unknown code`);
}

// describeError, on objects built the way the SDK's bundle (2.5.0,
// dist/index.esm.js) builds its rejections. The audio capture failure:
//   const { errorCode: o, ...i } = inner ?? {}, n = { ...i };
//   void 0 !== o && Object.assign(n, { subCode: o });
//   reject({ type, reason: innerType, errorCode: AUDIO_CAPTURE_FAILED, ...n })
// and the camera failures:
//   const { errorCode: t, type: r, ...o } = inner ?? {}, i = { ...o };
//   void 0 !== t && Object.assign(i, { subCode: t });
//   Object.assign(i, { errorCode: VIDEO_..., type: r })
function audioShaped(type, inner, errorCode) {
  const { type: innerType, ...rest } = inner;
  const { errorCode: subCode, ...others } = rest ?? {};
  const n = { ...others };
  if (subCode !== undefined) Object.assign(n, { subCode });
  return { type, reason: innerType, errorCode, ...n };
}
function cameraShaped(inner, errorCode) {
  const { errorCode: subCode, type, ...others } = inner ?? {};
  const i = { ...others };
  if (subCode !== undefined) Object.assign(i, { subCode });
  Object.assign(i, { errorCode, type });
  return i;
}
// The rules for `text`, written out again as the test's oracle.
function expectedText(error, given, reason) {
  const completion = reason?.description ?? (given?.trim() ? given : undefined);
  const description = error.description;
  if (description) {
    return description.endsWith(":") && completion !== undefined ? `${description} ${completion}` : description;
  }
  return completion ?? `${error.name} (${error.code})`;
}
let described = 0;
for (const error of expected.errors) {
  const reasonsOf = [undefined, ...error.reasons];
  for (const reason of reasonsOf) {
    for (const given of ["", "   ", "DEVICE_BUSY", undefined]) {
      // The audio failure's inner error: its type becomes the payload's
      // `reason` (`undefined` when it has none), its number the `subCode`.
      const audioInner = { type: given, errorCode: reason?.code, extra: { frame: 1 } };
      // The camera failure's: the device's type stays `type`; a reason, if
      // the inner error has one, rides along with the rest.
      const cameraInner = { type: "CAN_NOT_DETECT_CAMERA", errorCode: reason?.code, reason: given };
      for (const inner of [audioInner, cameraInner]) {
        if (reason === undefined) delete inner.errorCode;
      }
      if (given === undefined) delete cameraInner.reason;
      for (const payload of [
        audioShaped("INSUFFICIENT_PRIVILEGES", audioInner, error.code),
        cameraShaped(cameraInner, error.code),
      ]) {
        const description = describeError(payload);
        const where = `describeError(${JSON.stringify(payload)})`;
        assert.ok(Object.isFrozen(description), `${where} is frozen`);
        assert.deepEqual(
          { ...description },
          {
            code: error.code,
            known: true,
            name: error.name,
            category: error.category,
            reason: reason === undefined ? undefined : reasonInfo(error.code, reason.code),
            text: expectedText(error, given, reason),
          },
          where,
        );
        assert.notEqual(description.text.trim(), "", `${where}: text is never empty`);
        described += 1;
      }
    }
  }
  // A subCode that names no reason of the code resolves to nothing.
  const noReason = Math.max(0, ...error.reasons.map((reason) => reason.code)) + 1;
  const stray = describeError({ errorCode: error.code, subCode: noReason });
  assert.equal(stray.reason, undefined, `subCode ${noReason} of ${error.code}`);
  assert.equal(stray.text, expectedText(error, undefined, undefined), `subCode ${noReason} of ${error.code}`);
}
// A code from a newer SDK: the SDK's reason, or a line naming the code.
for (const [payload, text] of [
  [{ type: "NEW_KIND", reason: "later", errorCode: unknown, subCode: 1 }, "later"],
  [{ type: "NEW_KIND", reason: "", errorCode: unknown }, `Error code ${unknown}`],
  [{ errorCode: unknown }, `Error code ${unknown}`],
]) {
  const description = describeError(payload);
  assert.deepEqual(
    { ...description },
    { code: unknown, known: false, name: undefined, category: undefined, reason: undefined, text },
    `describeError(${JSON.stringify(payload)})`,
  );
  assert.ok(Object.isFrozen(description));
}
// Anything that is not an error payload: undefined.
for (const value of [...junk, new Error("boom"), { errorCode: -1 }, { errorCode: first.code, reason: 1 }]) {
  assert.equal(describeError(value), undefined, `describeError(${show(value)})`);
}

console.log(
  `checked ${expected.errors.length} codes, ${reasonEnums.length} reason enums, ${expected.categories.length} categories, ` +
    `${unknownNumbers.length} unknown numbers, ${junk.length} non-numbers and ${described} SDK-shaped payloads ` +
    `(${expected.style} style)`,
);
