"""Validation speed of the generated JSON Schema, in Ajv and Python's
`jsonschema`, side by side in one run, against a plain `enum`.

For each validator and each of three schemas, the time to validate one
payload (best of several batches) and what the rejection of an unknown code
says:

- `before`: the payload schema with `$defs/ErrorCode` as a `oneOf` of one
  `const` per code (the shape `$defs/ErrorCodeDocs` keeps for documentation),
- `shipped`: the generated schema's root, `$defs/ErrorPayload`, as it is,
- `plain enum`: the least a validator can do, `errorCode` in an `enum` of
  the codes and nothing else checked.

Run with the test tools installed (`cargo test -p tests --test payload_corpus`,
or .ci/run, installs both: Ajv in tests/node, jsonschema in tests/.venv):

    tests/.venv/bin/python bench/schema-validation.py [SCHEMA]

SCHEMA defaults to generated/schema/error-codes.schema.json.
"""

import copy
import json
import statistics
import subprocess
import sys
import time
from importlib.metadata import version
from pathlib import Path

import jsonschema
from jsonschema.exceptions import best_match
from referencing import Registry, Resource

ROOT = Path(__file__).resolve().parent.parent
# Each timing is the best of BATCHES batches, a batch being as many calls as
# fill BATCH_SECONDS (counted once per case, doubling from one call).
BATCH_SECONDS = 0.1
BATCHES = 5


def codes_of(error_code):
    if "enum" in error_code:
        return error_code["enum"]
    return [entry["const"] for entry in error_code["oneOf"]]


def schemas(shipped):
    """(label, schema, reference) for the three schemas compared."""
    defs = shipped["$defs"]
    codes = codes_of(defs["ErrorCode"])
    before = copy.deepcopy(shipped)
    if "ErrorCodeDocs" in defs:
        before["$defs"]["ErrorCode"] = copy.deepcopy(defs["ErrorCodeDocs"])
    before["$id"] = shipped["$id"].replace(".schema.json", ".before.schema.json")
    plain = {
        "$schema": shipped["$schema"],
        "$id": shipped["$id"].replace(".schema.json", ".plain.schema.json"),
        "type": "object",
        "properties": {"errorCode": {"enum": codes}},
        "required": ["errorCode"],
    }
    return [
        ("before: oneOf of consts", before, before["$id"]),
        ("shipped", shipped, shipped["$id"]),
        ("plain enum", plain, plain["$id"]),
    ]


def payloads(codes):
    unknown = next(code for code in range(99_999, 2**32) if code not in codes)
    known = 6010 if 6010 in codes else codes[-1]
    return [
        ("valid", {"type": "INSUFFICIENT_PRIVILEGES", "reason": "Permission denied by user",
                   "errorCode": known, "subCode": 1}),
        ("unknown code", {"type": "INVALID_OPERATION", "reason": "from a newer SDK", "errorCode": unknown}),
    ]


def batch_ns(function, calls):
    start = time.perf_counter_ns()
    for _ in range(calls):
        function()
    return time.perf_counter_ns() - start


def best_ns(function):
    calls = 1
    while batch_ns(function, calls) < BATCH_SECONDS * 1e9:
        calls *= 2
    return min(batch_ns(function, calls) for _ in range(BATCHES)) / calls


def python_results(cases, payload_list):
    results = {}
    for label, schema, reference in cases:
        registry = Registry().with_resource(schema["$id"], Resource.from_contents(schema))
        validator = jsonschema.Draft202012Validator({"$ref": reference}, registry=registry)
        results[label] = {}
        for payload_label, value in payload_list:
            errors = list(validator.iter_errors(value))
            message = str(best_match(errors)) if errors else ""
            results[label][payload_label] = {
                "valid": validator.is_valid(value),
                "ns": best_ns(lambda: validator.is_valid(value)),
                "errors": len(errors),
                "bytes": len(message.encode()),
                "path": errors[0].json_path if errors else "",
            }
    return results


def ajv_results(cases, payload_list):
    request = {
        "schemas": [{"label": label, "schema": schema, "ref": reference} for label, schema, reference in cases],
        "payloads": [{"label": label, "value": value} for label, value in payload_list],
        "batchSeconds": BATCH_SECONDS,
        "batches": BATCHES,
    }
    output = subprocess.run(
        ["node", str(ROOT / "bench" / "schema-validation.mjs")],
        input=json.dumps(request), capture_output=True, text=True, check=True,
    )
    return json.loads(output.stdout)


def micro(ns):
    return f"{ns / 1000:.2f}"


def main():
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "generated" / "schema" / "error-codes.schema.json"
    shipped = json.loads(path.read_text(encoding="utf-8"))
    cases = schemas(shipped)
    payload_list = payloads(codes_of(shipped["$defs"]["ErrorCode"]))
    ajv = ajv_results(cases, payload_list)
    python = python_results(cases, payload_list)
    for validator, results in (("Ajv", ajv), ("Python", python)):
        for label, _, _ in cases:
            for payload_label, value in payload_list:
                expected = payload_label == "valid"
                assert results[label][payload_label]["valid"] == expected, (validator, label, payload_label)

    node = subprocess.run(["node", "--version"], capture_output=True, text=True, check=True).stdout.strip()
    ajv_version = json.loads((ROOT / "tests/node/node_modules/ajv/package.json").read_text())["version"]
    load = Path("/proc/loadavg").read_text().split()[0] if Path("/proc/loadavg").exists() else "?"
    print(f"Ajv {ajv_version} (node {node}), strict; Python {sys.version.split()[0]}, "
          f"jsonschema {version('jsonschema')}; best of {BATCHES} batches; load average {load} at the end; "
          "in parentheses: the time against the plain enum's")
    print()
    print("| schema | Ajv: valid µs | Ajv: unknown code µs | Python: valid µs | Python: unknown code µs |")
    print("|---|---:|---:|---:|---:|")
    plain = {name: results["plain enum"] for name, results in (("Ajv", ajv), ("Python", python))}
    for label, _, _ in cases:
        cells = []
        for name, results in (("Ajv", ajv), ("Python", python)):
            for payload_label, _ in payload_list:
                ns = results[label][payload_label]["ns"]
                ratio = ns / plain[name][payload_label]["ns"]
                cells.append(f"{micro(ns)} ({ratio:.1f}×)")
        print(f"| {label} | " + " | ".join(cells) + " |")
    print()
    print("An unknown code's rejection (Ajv with allErrors: errors, bytes of JSON; Python: errors, "
          "bytes of the message `validate` raises, and where the first error points):")
    print()
    print("| schema | Ajv | Python |")
    print("|---|---:|---:|")
    for label, _, _ in cases:
        a = ajv[label]["unknown code"]
        p = python[label]["unknown code"]
        print(f"| {label} | {a['errors']} errors, {a['bytes']:,} B | "
              f"{p['errors']} errors, {p['bytes']:,} B, at `{p['path']}` |")


if __name__ == "__main__":
    main()
