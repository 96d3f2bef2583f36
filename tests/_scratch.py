"""A copy of the project with an edited spec, regenerated in both languages, for tests that
show what a spec change does."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

from .conftest import ROOT

COPIED = (
    "spec", "templates", "scripts", "api", "VERSION", "CHANGELOG.md", "generator-config.yaml",
    "overlays/python", "overlays/typescript/src", "overlays/typescript/scripts",
    "overlays/typescript/package.json", "overlays/typescript/tsconfig.json",
    "overlays/typescript/tsconfig.build.json", "overlays/typescript/openapi-ts.config.mjs",
)  # fmt: skip


def regenerated_copy(root: Path, edit: Callable[[str], str]) -> Path:
    """``root`` filled with a copy of the project whose spec ``edit`` changed, and its
    ``generated/`` regenerated from that spec (``make generate``'s steps)."""
    for name in COPIED:
        source, target = ROOT / name, root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        (shutil.copytree if source.is_dir() else shutil.copy)(source, target)
    (root / "overlays/typescript/node_modules").symlink_to(
        ROOT / "overlays/typescript/node_modules"
    )
    spec = root / "spec" / "openapi.yaml"
    spec.write_text(edit(spec.read_text()))
    subprocess.run(
        [str(ROOT / "scripts/generate.sh"), str(root / "generated/python"),
         str(root / "generated/typescript"), str(spec)],
        cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip
    return root
