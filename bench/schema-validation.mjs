// Ajv's side of bench/schema-validation.py: validation time per payload and
// what an unknown code's rejection says, for each schema the Python script
// hands over.
//
// stdin:  {"schemas": [{"label", "schema", "ref"}], "payloads": [{"label", "value"}],
//          "batchSeconds": S, "batches": M}
// stdout: {"<schema label>": {"<payload label>": {"valid", "ns", "errors", "bytes"}}}
//   ns      the best of M batches, per validation, a batch being as many
//           validations as fill S seconds
//   errors  how many errors Ajv reports with allErrors (0 when valid)
//   bytes   the length of those errors as JSON
//
// Ajv comes from tests/node (the pinned test tools), which must be installed.

import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(fileURLToPath(new URL("../tests/node/package.json", import.meta.url)));
const Ajv2020 = require("ajv/dist/2020.js").default;

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const { schemas, payloads, batchSeconds, batches } = JSON.parse(Buffer.concat(chunks).toString("utf8"));

// Nanoseconds for `calls` calls of `fn`.
function batch(fn, calls) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < calls; i++) fn();
  return Number(process.hrtime.bigint() - start);
}

// The best of `batches` batches, in nanoseconds per call; a batch is as many
// calls as fill `batchSeconds` (doubling from one call to find out).
function best(fn) {
  let calls = 1;
  while (batch(fn, calls) < batchSeconds * 1e9) calls *= 2;
  let fastest = Infinity;
  for (let run = 0; run < batches; run++) fastest = Math.min(fastest, batch(fn, calls) / calls);
  return fastest;
}

const results = {};
for (const { label, schema, ref } of schemas) {
  // As a user compiles it (strict, first error only), and once more with
  // every error, to count what a rejection reports.
  const fast = new Ajv2020({ strict: true });
  fast.addSchema(schema);
  const validate = fast.getSchema(ref);
  const every = new Ajv2020({ strict: true, allErrors: true });
  every.addSchema(schema);
  const validateAll = every.getSchema(ref);
  results[label] = {};
  for (const payload of payloads) {
    const valid = validate(payload.value);
    validateAll(payload.value);
    const errors = validateAll.errors ?? [];
    results[label][payload.label] = {
      valid,
      ns: best(() => validate(payload.value)),
      errors: errors.length,
      bytes: errors.length ? JSON.stringify(errors).length : 0,
    };
  }
}
process.stdout.write(JSON.stringify(results));
