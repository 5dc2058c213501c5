// A Jest 29 test as a CommonJS project writes it: Jest's default transform
// (babel-jest, CommonJS output) and its resolver, which follows the
// package's `require` conditions. The catalogue's data comes from
// $ERROR_CODES_EXPECTED.

const { readFileSync } = require("node:fs");
const { ErrorCode, describeError, errorName, isErrorPayload } = require(process.env.ERROR_CODES_PACKAGE);
const constants = require(`${process.env.ERROR_CODES_PACKAGE}/constants`);

const expected = JSON.parse(readFileSync(process.env.ERROR_CODES_EXPECTED, "utf8"));

test.each(expected.errors.map((error) => [error.name, error]))("%s", (name, error) => {
  expect(ErrorCode[name]).toBe(error.code);
  expect(constants[name]).toBe(error.code);
  expect(errorName(error.code)).toBe(name);
  expect(isErrorPayload({ type: "INVALID_OPERATION", reason: "", errorCode: error.code })).toBe(true);
  const description = describeError({ type: "INVALID_OPERATION", reason: "", errorCode: error.code });
  expect(description).toMatchObject({ code: error.code, known: true, name, category: error.category });
  expect(description.text.length).toBeGreaterThan(0);
});

test("resolves to the CommonJS build", () => {
  expect(require.resolve(process.env.ERROR_CODES_PACKAGE)).toMatch(/[\\/]cjs[\\/]index\.js$/);
});
