"""Print the parity table: one row per shared vector, one column per language."""

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


def main(paths: list[str]) -> int:
    results = []
    for path in paths:
        file = Path(path)
        results.append(json.loads(file.read_text()) if file.exists() else {})
    ids = vector_ids()
    width = max(len(i) for i in ids)
    print(f"{'vector':<{width}}  " + "  ".join(f"{lang:<10}" for lang in LANGUAGES))
    for vector_id in ids:
        cells = ["pass" if result.get(vector_id) else "FAIL" for result in results]
        print(f"{vector_id:<{width}}  " + "  ".join(f"{cell:<10}" for cell in cells))
    passed = [sum(1 for i in ids if result.get(i)) for result in results]
    counts = ", ".join(f"{lang} {n}/{len(ids)}" for lang, n in zip(LANGUAGES, passed, strict=True))
    print(f"parity: {len(ids)} vectors, {counts}")
    return 0 if all(n == len(ids) for n in passed) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
