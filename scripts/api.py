"""The public API of both packages: snapshot, compare, classify.

    python scripts/api.py check      fail if the API differs from the snapshot in api/
    python scripts/api.py diff       print the differences, each breaking or not
    python scripts/api.py snapshot   write api/*.json; refused for a change unless VERSION has
                                     a new minor version (a new major one for a breaking
                                     change from 1.0 on) and CHANGELOG.md has its section

The Python API is read with griffe (public names and modules of ``signalwire_compat`` and
every public object of the generated ``signalwire_compat_client``); the TypeScript one from the npm
package's declarations and operations table (``overlays/typescript/scripts/api.mjs``). Both
become flat ``{path: description}`` maps, compared by the same rules: something removed or
changed is breaking, something added is not, unless it is a new required argument; a set of
allowed values that only grows is not breaking.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOTS = {"python": ROOT / "api" / "python.json", "typescript": ROOT / "api" / "typescript.json"}
TS = ROOT / "overlays" / "typescript"
Entries = dict[str, dict[str, Any]]


def _python_entries() -> Entries:
    import griffe

    paths = [str(ROOT / "overlays" / "python"), str(ROOT / "generated" / "python")]
    loader = griffe.GriffeLoader(search_paths=paths)
    runtime = loader.load("signalwire_compat")
    generated = loader.load("signalwire_compat_client")
    loader.resolve_aliases(implicit=True, external=False)
    entries: Entries = {}
    for export in runtime.exports or ():
        name = str(export)
        if name in runtime.members:
            _walk(runtime.members[name], f"signalwire_compat.{name}", entries)
    for name, member in runtime.members.items():  # the public modules: webhooks, testing ...
        if not member.is_alias and member.is_module and _public(name):
            _walk(member, f"signalwire_compat.{name}", entries)
    _walk(generated, "signalwire_compat_client", entries)
    return entries


def _public(name: str) -> bool:
    return not name.startswith("_") or name == "__init__"


def _walk(obj: Any, path: str, entries: Entries) -> None:  # noqa: ANN401 (a griffe object)
    if obj.is_alias:
        try:
            obj = obj.final_target
        except Exception:
            entries[path] = {"kind": "alias", "target": obj.target_path}
            return
    if obj.is_module:
        for name, member in obj.members.items():
            # Its own members, and those it re-exports: by ``import *`` (of generated code), or
            # named in its ``__all__``.
            own = not member.is_alias or member.wildcard_imported or member.is_exported
            if _public(name) and own:
                _walk(member, f"{path}.{name}", entries)
    elif obj.is_class:
        entries[path] = {"kind": "class", "bases": sorted(str(b) for b in obj.bases)}
        for name, member in obj.all_members.items():
            if _public(name):
                _walk(member, f"{path}.{name}", entries)
    elif obj.is_function:
        params = [
            [p.name, str(p.kind.value), str(p.annotation), p.default is not None]
            for p in obj.parameters
            if p.name != "self"
        ]
        entries[path] = {"kind": "function", "params": params, "returns": str(obj.returns)}
    elif obj.is_attribute:
        annotation = str(obj.annotation) if obj.annotation is not None else None
        entry: dict[str, Any] = {"kind": "attribute", "type": annotation}
        value = str(obj.value) if obj.value is not None else None
        if value and value.startswith("Literal["):
            entry["choices"] = sorted(
                ast.literal_eval(value[len("Literal") :].replace("[", "(", 1)[:-1] + ",)")
            )
        elif value is not None and any("Enum" in str(b) for b in getattr(obj.parent, "bases", ())):
            entry["value"] = value  # an enum member
        if annotation and annotation.startswith("Required["):
            entry["required"] = True
        entries[path] = entry


def _typescript_entries() -> Entries:
    subprocess.run(
        ["npx", "tsc", "-p", "tsconfig.build.json"], cwd=TS, check=True, capture_output=True
    )
    done = subprocess.run(
        ["node", "scripts/api.mjs"], cwd=TS, check=True, capture_output=True, text=True
    )
    entries: Entries = json.loads(done.stdout)["entries"]
    return entries


def current(language: str) -> Entries:
    return _python_entries() if language == "python" else _typescript_entries()


def version() -> str:
    return (ROOT / "VERSION").read_text(encoding="utf-8").strip()


def _change(old: dict[str, Any], new: dict[str, Any]) -> tuple[bool, str]:
    """Whether changing ``old`` into ``new`` breaks a caller, and how it changed."""
    if old.get("kind") != new.get("kind"):
        return True, f"kind {old.get('kind')} -> {new.get('kind')}"
    if "choices" in old or "choices" in new:
        lost = sorted(set(old.get("choices", [])) - set(new.get("choices", [])))
        gained = sorted(set(new.get("choices", [])) - set(old.get("choices", [])))
        rest = {k: v for k, v in old.items() if k != "choices"} != {
            k: v for k, v in new.items() if k != "choices"
        }
        if lost or rest:
            return True, f"values removed: {lost}" if lost else "changed"
        return False, f"values added: {gained}"
    if old.get("kind") == "function":
        return _signature_change(old, new)
    if not old.get("required") and new.get("required"):
        return True, "now required"
    if old.get("required") and not new.get("required") and _same_but(old, new, "required"):
        return False, "now optional"
    return True, f"changed: {_short(old)} -> {_short(new)}"


def _same_but(old: dict[str, Any], new: dict[str, Any], key: str) -> bool:
    return {k: v for k, v in old.items() if k != key} == {k: v for k, v in new.items() if k != key}


def _signature_change(old: dict[str, Any], new: dict[str, Any]) -> tuple[bool, str]:
    before = {p[0]: p for p in old["params"]}
    after = {p[0]: p for p in new["params"]}
    removed = [name for name in before if name not in after]
    added_required = [name for name in after if name not in before and not after[name][-1]]
    changed = [name for name in before if name in after and before[name] != after[name]]
    if removed or added_required or changed or old.get("returns") != new.get("returns"):
        parts = [f"parameter {n} removed" for n in removed]
        parts += [f"required parameter {n} added" for n in added_required]
        parts += [f"parameter {n} changed" for n in changed]
        if old.get("returns") != new.get("returns"):
            parts.append(f"returns {old.get('returns')} -> {new.get('returns')}")
        return True, "; ".join(parts)
    return False, "optional parameter(s) added: " + ", ".join(n for n in after if n not in before)


def _short(entry: dict[str, Any]) -> str:
    text = json.dumps({k: v for k, v in entry.items() if k != "kind"}, sort_keys=True)
    return text if len(text) < 120 else text[:117] + "..."


def differences(old: Entries, new: Entries) -> list[tuple[bool, str]]:
    """Each difference as (breaking, description), breaking ones first."""
    found: list[tuple[bool, str]] = []
    for path in sorted(old.keys() - new.keys()):
        found.append((True, f"{path}: removed"))
    for path in sorted(new.keys() - old.keys()):
        required = bool(new[path].get("required"))
        # A required member breaks callers of a type they already use, not of a new one.
        breaking = required and path.rpartition(".")[0] in old
        found.append((breaking, f"{path}: added" + (" (required)" if required else "")))
    for path in sorted(old.keys() & new.keys()):
        if old[path] != new[path]:
            breaking, how = _change(old[path], new[path])
            found.append((breaking, f"{path}: {how}"))
    return sorted(found, key=lambda item: not item[0])


def _snapshot(language: str) -> dict[str, Any]:
    path = SNAPSHOTS[language]
    if not path.exists():
        return {"version": None, "entries": {}}
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _report(language: str, found: list[tuple[bool, str]]) -> None:
    for breaking, text in found:
        print(f"  {language}: {'BREAKING' if breaking else 'additive'}  {text}")


def _bumped(old: str | None, new: str, breaking: bool) -> bool:
    """Whether a change may ship in version ``new`` after ``old``: a new minor version for an
    additive change; a new major version for a breaking one (a new minor one below 1.0)."""
    if old is None:
        return True
    o = tuple(int(part) for part in old.split(".")[:3])
    n = tuple(int(part) for part in new.split(".")[:3])
    if breaking and o[0] >= 1:
        return n[0] > o[0]
    return n[:2] > o[:2]


def main(command: str) -> int:
    status = 0
    results = {language: current(language) for language in SNAPSHOTS}
    for language, entries in results.items():
        snapshot = _snapshot(language)
        found = differences(snapshot["entries"], entries)
        breaking = any(b for b, _ in found)
        if command in ("check", "diff"):
            if found:
                _report(language, found)
            if command == "check" and found:
                status = 1
        elif command == "snapshot":
            if found and not _bumped(snapshot["version"], version(), breaking):
                kind = "breaking" if breaking else "additive"
                print(f"{language}: {kind} changes need a new version (now {version()}, "
                      f"snapshot at {snapshot['version']}); edit VERSION")  # fmt: skip
                _report(language, found)
                status = 1
                continue
            changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
            if found and f"## [{version()}]" not in changelog:
                print(f"{language}: CHANGELOG.md has no section for {version()}")
                status = 1
                continue
            SNAPSHOTS[language].parent.mkdir(exist_ok=True)
            data = {"version": version(), "entries": dict(sorted(entries.items()))}
            SNAPSHOTS[language].write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    if command == "check" and status:
        print(
            "api: the public API differs from api/*.json (above); if that is intended, bump "
            "VERSION, add its section to CHANGELOG.md, and run 'make api-snapshot'"
        )
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "check"))
