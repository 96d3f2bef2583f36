"""The package version, kept in ``VERSION`` and copied from there into the places that must
spell it out: the npm package files. ``make generate`` writes them; ``--check`` only compares.
    python scripts/version.py [--check]
"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NPM_FILES = ("overlays/typescript/package.json", "overlays/typescript/package-lock.json")


def version() -> str:
    return (ROOT / "VERSION").read_text(encoding="utf-8").strip()


def with_version(path: Path, wanted: str) -> str:
    """The file's JSON with its own version (and, in a lockfile, the root package's) set."""
    data = json.loads(path.read_text(encoding="utf-8"))
    data["version"] = wanted
    root = data.get("packages", {}).get("")
    if root is not None:
        root["version"] = wanted
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def main(check: bool) -> int:
    wanted = version()
    stale = []
    for name in NPM_FILES:
        path = ROOT / name
        text = with_version(path, wanted)
        if text != path.read_text(encoding="utf-8"):
            stale.append(name)
            if not check:
                path.write_text(text, encoding="utf-8")
    if check and stale:
        print(f"version: {', '.join(stale)} not at {wanted} (VERSION); run 'make generate'")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main("--check" in sys.argv[1:]))
