"""Write ``models.gen.ts``: the generated TypeScript type of each schema of the spec, by its
name, for the runtime to type an operation's result with (the operations table names its
result's schema). A plain map of types, so that a program using the package is checked
without the compiler working through the zod schemas' types.

    python scripts/models_map.py SPEC OUT
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HEADER = """\
// Written by scripts/models_map.py from the spec (do not edit; run `make generate`).
// The generated type of each schema, by the schema's name.

import type * as types from "./types.gen.js";

export interface Models {
"""


def main(spec: str, out: str) -> None:
    document = json.loads(Path(spec).read_text(encoding="utf-8"))
    names = document.get("components", {}).get("schemas", {})
    lines = [f"    {name}: types.{name};\n" for name in names]
    Path(out).write_text(HEADER + "".join(lines) + "}\n", encoding="utf-8")


if __name__ == "__main__":
    main(*sys.argv[1:])
