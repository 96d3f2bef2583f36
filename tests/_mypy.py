"""mypy --strict on a snippet of user code, as the tests of typed surfaces run it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .conftest import ROOT


def mypy(source: str, path: Path) -> str:
    """What ``mypy --strict`` prints for ``source``, written to ``path``, with error codes."""
    path.write_text(source, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--hide-error-context",
         "--show-error-codes", "--config-file", str(ROOT / "pyproject.toml"), str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )  # fmt: skip
    return done.stdout
