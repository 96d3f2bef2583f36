"""Give the generator parameter names that stay distinct in snake_case.

openapi-python-client turns ``StartTime``, ``StartTime<`` and ``StartTime>`` all into
``start_time`` and then refuses the operation. This writes a copy of the spec in which a
name ending in ``<`` or ``>`` ends in ``<Before`` or ``>After`` instead, so the Python names
are ``start_time_before`` and ``start_time_after``; the templates strip the suffix again to
send the name as the spec spells it.
    python scripts/python_names.py SPEC OUT
"""

import json
import sys

import yaml

SUFFIXES = {"<": "<Before", ">": ">After"}


def rename(node: object) -> None:
    if isinstance(node, dict):
        name = node.get("name")
        if node.get("in") == "query" and isinstance(name, str) and name[-1:] in SUFFIXES:
            node["name"] = name[:-1] + SUFFIXES[name[-1]]
        for value in node.values():
            rename(value)
    elif isinstance(node, list):
        for value in node:
            rename(value)


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as source:
        document = yaml.safe_load(source)
    rename(document)
    with open(sys.argv[2], "w", encoding="utf-8") as target:
        json.dump(document, target)
