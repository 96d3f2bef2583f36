"""Print the parity table: one row per shared vector, one column per language; the generated
vectors of every operation (operations.json) one row per operation, naming any that fail."""

from __future__ import annotations

import json
import sys
from pathlib import Path

VECTORS = Path(__file__).resolve().parent.parent / "tests" / "vectors"
LANGUAGES = ("python", "typescript")


def vector_ids() -> list[str]:
    ids = []
    kinds = (
        ("request", "requests"),
        ("response", "responses"),
        ("error", "errors"),
        ("signature", "signatures"),
        ("payload", "payloads"),
    )
    for kind, name in kinds:
        document = json.loads((VECTORS / f"{name}.json").read_text())
        ids += [f"{kind}:{vector['id']}" for vector in document["vectors"]]
    return ids


def operation_groups() -> dict[str, list[str]]:
    """The ids of operations.json's vectors, by operation, in the file's order."""
    groups: dict[str, list[str]] = {}
    for vector in json.loads((VECTORS / "operations.json").read_text())["vectors"]:
        groups.setdefault(vector["operation"], []).append(f"operation:{vector['id']}")
    return groups


def main(paths: list[str]) -> int:
    results = []
    for path in paths:
        file = Path(path)
        results.append(json.loads(file.read_text()) if file.exists() else {})
    ids = vector_ids()
    groups = operation_groups()
    rows = [f"operation:{name} ({len(members)})" for name, members in groups.items()]
    width = max(len(i) for i in [*ids, *rows])
    print(f"{'vector':<{width}}  " + "  ".join(f"{lang:<10}" for lang in LANGUAGES))
    for vector_id in ids:
        cells = ["pass" if result.get(vector_id) else "FAIL" for result in results]
        print(f"{vector_id:<{width}}  " + "  ".join(f"{cell:<10}" for cell in cells))
    for row, members in zip(rows, groups.values(), strict=True):
        passed = [sum(1 for m in members if result.get(m)) for result in results]
        cells = ["pass" if n == len(members) else f"FAIL {n}/{len(members)}" for n in passed]
        print(f"{row:<{width}}  " + "  ".join(f"{cell:<10}" for cell in cells))
        for member in members:
            if not all(result.get(member) for result in results):
                cells = ["pass" if result.get(member) else "FAIL" for result in results]
                print(f"  {member:<{width - 2}}  " + "  ".join(f"{cell:<10}" for cell in cells))
    ids += [member for members in groups.values() for member in members]
    passed = [sum(1 for i in ids if result.get(i)) for result in results]
    counts = ", ".join(f"{lang} {n}/{len(ids)}" for lang, n in zip(LANGUAGES, passed, strict=True))
    print(f"parity: {len(ids)} vectors ({len(groups)} operations), {counts}")
    return 0 if all(n == len(ids) for n in passed) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
