"""Exit 1 unless two folders' gzipped files (``*.gz``, by name) hold the same bytes once
unzipped; the drift check compares them so, since another zlib may zip the same bytes otherwise.

    python scripts/gzip_same.py COMMITTED_DIR GENERATED_DIR
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path


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
