// Validates JSON documents against the generated schema with Ajv's draft
// 2020-12 class in strict mode, for the Rust test tests/tests/schema_ajv.rs.
//
// stdin:  {"schema": <the schema>, "cases": [{"name", "ref", "instance"}]}
//         where `ref` is the schema's $id, optionally with a #/$defs/<Name>
//         fragment.
// stdout: {"warnings": [...], "metaSchemaErrors": [...] | null,
//          "compiled": [<every ref compiled>],
//          "cases": [{"name", "valid", "errors"}]}
//
// The expectations live in the Rust test (one fixture list drives both
// validators); this script only reports what Ajv says. Anything Ajv logs
// (strict-mode warnings included) is captured and returned, so the test can
// fail on it instead of it scrolling past.

import Ajv2020 from "ajv/dist/2020.js";

const warnings = [];
const capture = (level) => (...args) => {
  warnings.push(`${level}: ${args.map((arg) => (typeof arg === "string" ? arg : JSON.stringify(arg))).join(" ")}`);
};
// Ajv reports through its `logger`; anything else that writes to the console
// would be a warning from somewhere we did not expect, so catch that too.
const logger = { log: capture("log"), warn: capture("warn"), error: capture("error") };
console.log = logger.log;
console.info = logger.log;
console.warn = logger.warn;
console.error = logger.error;

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const { schema, cases } = JSON.parse(Buffer.concat(chunks).toString("utf8"));

const ajv = new Ajv2020({ strict: true, allErrors: true, logger });

const metaValid = ajv.validateSchema(schema);
const metaSchemaErrors = metaValid ? null : ajv.errors;

ajv.addSchema(schema);
// Compile the root and every definition, including the ones nothing refers
// to (the reason enums): Ajv applies strict mode only to what it compiles.
const refs = [schema.$id, ...Object.keys(schema.$defs ?? {}).map((name) => `${schema.$id}#/$defs/${name}`)];
const compiled = [];
for (const ref of refs) {
  if (!ajv.getSchema(ref)) throw new Error(`Ajv cannot resolve ${ref}`);
  compiled.push(ref);
}

const results = cases.map(({ name, ref, instance }) => {
  const validate = ajv.getSchema(ref);
  if (!validate) throw new Error(`Ajv cannot resolve ${ref} (case ${name})`);
  const valid = validate(instance);
  return {
    name,
    valid,
    // oneOf over many consts repeats one message per branch: keep each once.
    errors: valid ? [] : [...new Set(validate.errors.map((error) => `${error.instancePath || "/"} ${error.message}`))],
  };
});

process.stdout.write(JSON.stringify({ warnings, metaSchemaErrors, compiled, cases: results }));
