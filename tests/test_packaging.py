"""The distributions: a LICENSE in both, and an sdist of the package's own files only."""

from __future__ import annotations

import re
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

from signalwire_compat.testing import Sandbox

from .conftest import ROOT


def build(kind: str, out: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", kind, "-d", str(out)],
        cwd=ROOT, check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    (built,) = out.iterdir()
    return built


def test_sdist_holds_license_and_no_stray_files(tmp_path: Path) -> None:
    with tarfile.open(build("sdist", tmp_path)) as sdist:
        names = sdist.getnames()
    top = {name.split("/")[1] for name in names if name.count("/") >= 1}
    allowed = {"generated", "overlays", "spec", "README.md", "LICENSE", "VERSION", "CHANGELOG.md"}
    allowed |= {"pyproject.toml", "docs"}  # docs/api.md: the page the README links to
    assert top - {"PKG-INFO", ".gitignore"} == allowed
    assert [name.split("/", 1)[1] for name in names if "/docs/" in name] == ["docs/api.md"]
    assert not [name for name in names if "node_modules" in name or "/typescript/" in name]


def test_wheel_holds_license_and_metadata(tmp_path: Path) -> None:
    with zipfile.ZipFile(build("wheel", tmp_path)) as wheel:
        names = wheel.namelist()
        metadata = next(n for n in names if n.endswith("METADATA"))
        text = wheel.read(metadata).decode()
    assert any(name.endswith("licenses/LICENSE") for name in names)
    assert "License-Expression: MIT" in text
    assert "Project-URL: API reference, https://developer.signalwire.com/" in text
    assert "Requires-Dist: httpx" in text
    readme = (ROOT / "README.md").read_text()
    python = readme[: readme.index("## TypeScript\n")]
    differences = readme[readme.index("### Where the spec differs") :]
    description = text.split("\n\n", 1)[1]  # the long description follows the headers
    assert python in description and differences in description
    typescript = readme[readme.index("## TypeScript\n") : readme.index("## Performance\n")]
    assert typescript.split("\n\n")[1] not in description  # the TypeScript section is left out
    assert "| `templates/python/` |" not in description  # and so is the repository's tour


def test_an_async_client_loads_asyncio_and_its_backend_only() -> None:
    """Making an ``AsyncSignalWire`` loads asyncio, and aiohttp when that is its backend;
    nothing generated, nor attrs or httpcore."""
    code = (
        "import sys, signalwire_compat\n"
        "heavy = ('signalwire_compat_client.api', 'signalwire_compat_client.models', 'attrs',\n"
        "         'httpcore', 'asyncio', 'aiohttp')\n"
        "signalwire_compat.AsyncSignalWire(project_id='p', api_token='t', space_url='example',\n"
        "                                  backend=sys.argv[1])\n"
        "print(' '.join(sorted({h for h in heavy for m in sys.modules if m.startswith(h)})))\n"
    )
    for backend, loaded in (("aiohttp", "aiohttp asyncio"), ("httpx", "asyncio")):
        done = subprocess.run(
            [sys.executable, "-c", code, backend], capture_output=True, text=True, check=True
        )
        assert done.stdout.strip() == loaded, (backend, done.stdout)


def test_import_loads_no_generated_models_attrs_httpcore_or_asyncio() -> None:
    """``import signalwire_compat`` and a client load nothing generated; a first
    ``calls.update`` loads the calls resource's own modules and its result's models only."""
    code = (
        "import sys, signalwire_compat\n"
        "heavy = ('signalwire_compat_client.api', 'signalwire_compat_client.models', 'attrs',\n"
        "         'httpcore', 'asyncio', 'signalwire_compat_client.resources.', 'gzip',\n"
        "         'importlib.resources')\n"
        "def loaded(prefix): return sorted(m for m in sys.modules if m.startswith(prefix))\n"
        "print(loaded(heavy))\n"
        "print(' '.join(loaded('signalwire_compat_client')))\n"
        "base, project, token, sid = sys.argv[1:]\n"
        "sw = signalwire_compat.SignalWire(project_id=project, api_token=token, base_url=base)\n"
        "print(loaded(heavy))\n"
        "sw.calls.update(sid, status='completed')\n"
        "print(' '.join(loaded('signalwire_compat_client.')))\n"
    )
    with Sandbox() as sandbox:
        args = [sandbox.base_url, sandbox.project_id, sandbox.api_token, sandbox.live_call_sid]
        done = subprocess.run(
            [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True
        )
    at_import, generated, with_a_client, first_call = done.stdout.splitlines()
    assert at_import == with_a_client == "[]"
    assert generated == "signalwire_compat_client signalwire_compat_client.resources"
    from signalwire_compat_client.resources import TREE

    calls = dict(TREE)["calls"]
    expected = {"signalwire_compat_client.resources", "signalwire_compat_client.models"}
    expected |= {"signalwire_compat_client.api", "signalwire_compat_client.api.calls"}
    expected |= {"signalwire_compat_client.resources.calls"}
    expected |= {f"signalwire_compat_client.api.{module}" for _, module, _ in calls}
    model = ROOT / "generated/python/signalwire_compat_client/models/call.py"
    held = re.findall(r"^\s*from \.\.models\.(\w+) import", model.read_text(), re.MULTILINE)
    expected |= {f"signalwire_compat_client.models.{module}" for module in ["call", *held]}
    assert set(first_call.split()) == expected  # the resource's own modules, no other's


def test_sdist_holds_only_tracked_files(tmp_path: Path) -> None:
    tracked = set(
        subprocess.run(
            ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.splitlines()
    )
    with tarfile.open(build("sdist", tmp_path)) as sdist:
        names = [name.split("/", 1)[1] for name in sdist.getnames() if name.count("/") >= 1]
    files = [name for name in names if not name.endswith("/") and name != "PKG-INFO"]
    stray = [name for name in files if name not in tracked]
    assert files and stray == []


def test_one_version_everywhere(tmp_path: Path) -> None:
    import json

    from signalwire_compat import USER_AGENT, __version__

    version = (ROOT / "VERSION").read_text().strip()
    package = json.loads((ROOT / "overlays/typescript/package.json").read_text())
    generated_ts = (ROOT / "generated/typescript/operations.gen.ts").read_text()
    with zipfile.ZipFile(build("wheel", tmp_path)) as wheel:
        metadata = next(n for n in wheel.namelist() if n.endswith("METADATA"))
        text = wheel.read(metadata).decode()
    assert __version__ == version
    assert f"signalwire-compat-python/{version} " in USER_AGENT
    assert package["version"] == version
    assert f"export const VERSION = '{version}';" in generated_ts
    assert f"\nVersion: {version}\n" in text
    assert f"## [{version}]" in (ROOT / "CHANGELOG.md").read_text()


def test_the_readme_names_every_public_name() -> None:
    import signalwire_compat
    from signalwire_compat import SignalWireError

    readme = (ROOT / "README.md").read_text()
    section = readme[readme.index("### Public names") : readme.index("## TypeScript")]
    errors = readme[readme.index("### Errors") : readme.index("### Retries")]  # "the errors above"
    missing = [
        name
        for name in signalwire_compat.__all__
        if f"`{name}`" not in section
        and not (isinstance(obj := getattr(signalwire_compat, name), type)
                 and issubclass(obj, SignalWireError) and re.search(rf"\b{name}\b", errors))
    ]  # fmt: skip
    assert missing == []
