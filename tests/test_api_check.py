"""The public-API check on a copy of the project: a renamed request property is named as a
break in both languages; an added one is additive; either is recorded only with a new minor
version and its CHANGELOG section."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from ._scratch import regenerated_copy
from .conftest import ROOT

ADDED = """        TimeLimit:
          type: integer
          minimum: 1
          description: The longest the call may last, in seconds.
"""


def _api(root: Path, command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(root / "scripts/api.py"), command],
        capture_output=True, text=True, check=False,
    )  # fmt: skip


def _rename(spec: str) -> str:
    """UpdateCallRequest's StatusCallback becomes StatusCallbackUrl."""
    start = spec.index("    UpdateCallRequest:\n")
    at = spec.index("        StatusCallback:\n", start)
    return (
        spec[:at] + "        StatusCallbackUrl:\n" + spec[at + len("        StatusCallback:\n") :]
    )


def _add(spec: str) -> str:
    """UpdateCallRequest gains TimeLimit."""
    at = spec.index("    SubresourceUris:\n")
    return spec[:at] + ADDED + spec[at:]


@pytest.fixture(scope="module")
def renamed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return regenerated_copy(tmp_path_factory.mktemp("renamed"), _rename)


@pytest.fixture(scope="module")
def added(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return regenerated_copy(tmp_path_factory.mktemp("added"), _add)


def test_a_renamed_property_is_a_break_in_both_languages(renamed: Path) -> None:
    done = _api(renamed, "check")
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert any(
        line.startswith("  python: BREAKING")
        and "UpdateACallParams.status_callback: removed" in line
        for line in lines
    ), done.stdout
    assert any(
        line.startswith("  typescript: BREAKING") and "calls.update.statusCallback: removed" in line
        for line in lines
    ), done.stdout
    assert any("additive" in line and "status_callback_url" in line for line in lines)
    refused = _api(renamed, "snapshot")
    assert refused.returncode == 1 and "breaking changes need a new version" in refused.stdout


def _versions() -> tuple[str, str]:
    """The next patch and the next minor version after the current one (below 1.0)."""
    major, minor, patch = (int(n) for n in (ROOT / "VERSION").read_text().strip().split("."))
    assert major == 0, "these checks assume a version below 1.0"
    return f"{major}.{minor}.{patch + 1}", f"{major}.{minor + 1}.0"


def _release(root: Path, version: str) -> None:
    changelog = root / "CHANGELOG.md"
    section = f"## [Unreleased]\n\n## [{version}]"
    changelog.write_text(changelog.read_text().replace("## [Unreleased]", section))


def test_a_break_is_recorded_with_a_new_minor_version_and_changelog(renamed: Path) -> None:
    patch, minor = _versions()
    (renamed / "VERSION").write_text(f"{patch}\n")
    assert "need a new version" in _api(renamed, "snapshot").stdout  # a patch is not enough
    (renamed / "VERSION").write_text(f"{minor}\n")
    assert f"CHANGELOG.md has no section for {minor}" in _api(renamed, "snapshot").stdout
    _release(renamed, minor)
    assert _api(renamed, "snapshot").returncode == 0
    assert _api(renamed, "check").returncode == 0


def test_an_added_property_is_additive(added: Path) -> None:
    done = _api(added, "diff")
    assert done.returncode == 0
    assert "BREAKING" not in done.stdout
    params = "signalwire_compat_client.api.calls.update_a_call.UpdateACallParams"
    assert f"python: additive  {params}.time_limit: added" in done.stdout
    assert "typescript: additive  SignalWire.calls.update.timeLimit: added" in done.stdout
    assert _api(added, "check").returncode == 1
    assert "additive changes need a new version" in _api(added, "snapshot").stdout
    patch, minor = _versions()
    (added / "VERSION").write_text(f"{patch}\n")
    assert "need a new version" in _api(added, "snapshot").stdout  # a patch is for fixes
    (added / "VERSION").write_text(f"{minor}\n")
    _release(added, minor)
    assert _api(added, "snapshot").returncode == 0
    assert _api(added, "check").returncode == 0


def test_a_required_member_of_a_new_type_is_additive() -> None:
    spec = importlib.util.spec_from_file_location("api_tool", ROOT / "scripts" / "api.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    differences = tool.differences
    member = {"kind": "attribute", "required": True}
    new_type = differences({}, {"A": {"kind": "class"}, "A.x": member})
    assert new_type == [(False, "A: added"), (False, "A.x: added (required)")]
    old_type = differences({"A": {"kind": "class"}}, {"A": {"kind": "class"}, "A.x": member})
    assert old_type == [(True, "A.x: added (required)")]


def test_the_snapshots_hold_no_path_of_this_machine() -> None:
    """A type printed with the module it comes from names it by its path in the package."""
    for snapshot in (ROOT / "api").glob("*.json"):
        text = snapshot.read_text()
        assert str(ROOT) not in text and 'import(\\"/' not in text, snapshot.name
