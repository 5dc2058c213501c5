"""The Python third of tests/tests/payload_corpus.rs: each corpus text parsed
by json.loads, then validated by jsonschema (draft 2020-12) against the
schema's strict root and its lenient $defs/AnyErrorPayload, the schema
registered with `referencing` as a user would.

stdin:  {"schema": <the schema>, "texts": [<JSON text>]}
stdout: {"verdicts": [{"parsed": bool, "python": [strict, lenient],
                       "strictErrors": [<JSON path of each error of the strict schema>]}]}
"""

import json
import sys

from jsonschema import Draft202012Validator
from referencing import Registry, Resource


def main():
    request = json.load(sys.stdin)
    schema = request["schema"]
    registry = Registry().with_resource(schema["$id"], Resource.from_contents(schema))
    strict = Draft202012Validator({"$ref": schema["$id"]}, registry=registry)
    lenient = Draft202012Validator({"$ref": schema["$id"] + "#/$defs/AnyErrorPayload"}, registry=registry)
    verdicts = []
    for text in request["texts"]:
        try:
            value = json.loads(text)
        except ValueError:
            verdicts.append({"parsed": False, "python": [False, False], "strictErrors": []})
            continue
        errors = [error.json_path for error in strict.iter_errors(value)]
        verdicts.append({"parsed": True, "python": [not errors, lenient.is_valid(value)], "strictErrors": errors})
    json.dump({"verdicts": verdicts}, sys.stdout)


if __name__ == "__main__":
    main()
