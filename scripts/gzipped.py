"""The generated package's gzipped JSON files: writing one the same way every time, and the
drift check's comparison, which is of the unzipped bytes, since another zlib may zip the same
bytes otherwise.

    python scripts/gzipped.py COMMITTED_DIR GENERATED_DIR   # exit 1 if any *.gz differs
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path
from typing import Any


def write_json(path: Path, document: Any) -> None:  # noqa: ANN401 (any JSON document)
    """``document`` as compact JSON, gzipped without a timestamp."""
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    path.write_bytes(gzip.compress(text.encode() + b"\n", compresslevel=9, mtime=0))


def differing(committed: Path, generated: Path) -> list[str]:
    """The names of the ``*.gz`` files that differ, or are in one folder only."""
    names = sorted(
        {p.name for p in committed.glob("*.gz")} | {p.name for p in generated.glob("*.gz")}
    )
    found = []
    for name in names:
        a, b = committed / name, generated / name
        if not (a.exists() and b.exists()) or gzip.decompress(a.read_bytes()) != gzip.decompress(
            b.read_bytes()
        ):
            found.append(name)
    return found


if __name__ == "__main__":
    committed, generated = map(Path, sys.argv[1:])
    found = differing(committed, generated)
    for name in found:
        print(
            f"{committed / name} and {generated / name} differ (gunzip both to compare)",
            file=sys.stderr,
        )
    sys.exit(1 if found else 0)
