// The JavaScript half of tests/tests/payload_corpus.rs: each corpus text
// parsed by JSON.parse, then judged by the TypeScript package's guards
// (isErrorPayload, isAnyErrorPayload) and by Ajv (strict mode) against the
// schema's strict root and its lenient $defs/AnyErrorPayload.
//
// stdin:  {"schema": <the schema>, "packageSrc": <the package's src folder>, "texts": [<JSON text>]}
// stdout: {"warnings": [...], "verdicts": [{"parsed", "ts": [strict, lenient], "ajv": [strict, lenient],
//          "strictErrors": [<instancePath of each error of the strict schema>]}]}
//
// Ajv reports every error (allErrors), so that the test can bound how many
// a rejection carries.
//
// The package's sources are transpiled one file at a time (no type check:
// the TypeScript tests do that), so the guards run as the package ships them.

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import ts from "typescript";

const warnings = [];
const logger = {
  log: (...args) => warnings.push(`log: ${args.join(" ")}`),
  warn: (...args) => warnings.push(`warn: ${args.join(" ")}`),
  error: (...args) => warnings.push(`error: ${args.join(" ")}`),
};

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const { schema, packageSrc, texts } = JSON.parse(Buffer.concat(chunks).toString("utf8"));

const out = mkdtempSync(join(tmpdir(), "payload-corpus-"));
let guards;
try {
  writeFileSync(join(out, "package.json"), '{ "type": "module" }\n');
  for (const file of readdirSync(packageSrc)) {
    if (!file.endsWith(".ts") || file.endsWith(".d.ts")) continue;
    const { outputText } = ts.transpileModule(readFileSync(join(packageSrc, file), "utf8"), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      fileName: file,
    });
    writeFileSync(join(out, file.replace(/\.ts$/, ".js")), outputText);
  }
  guards = await import(pathToFileURL(join(out, "index.js")).href);
} finally {
  rmSync(out, { recursive: true, force: true });
}
const { isErrorPayload, isAnyErrorPayload } = guards;
if (typeof isErrorPayload !== "function" || typeof isAnyErrorPayload !== "function") {
  throw new Error("the package exports no isErrorPayload / isAnyErrorPayload");
}

const ajv = new Ajv2020({ strict: true, allErrors: true, logger });
ajv.addSchema(schema);
const strictSchema = ajv.getSchema(schema.$id);
const lenientSchema = ajv.getSchema(`${schema.$id}#/$defs/AnyErrorPayload`);

const verdicts = texts.map((text) => {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return { parsed: false, ts: [false, false], ajv: [false, false], strictErrors: [] };
  }
  const strict = strictSchema(value);
  return {
    parsed: true,
    ts: [isErrorPayload(value), isAnyErrorPayload(value)],
    ajv: [strict, lenientSchema(value)],
    strictErrors: strict ? [] : strictSchema.errors.map((error) => error.instancePath),
  };
});

process.stdout.write(JSON.stringify({ warnings, verdicts }));
