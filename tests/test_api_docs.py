"""The API reference page (docs/api.md, written by scripts/api_docs.py) names what the Python
package and the command line really have: every call it shows resolves on both clients with
the page's positional ids, fields and results, and every command line parses."""

from __future__ import annotations

import argparse
import copy
import functools
import importlib.util
import inspect
import re
import sys
from dataclasses import dataclass, field
from importlib import import_module
from typing import Any

import yaml

import signalwire_compat.webhooks
from signalwire_compat import AsyncSignalWire, SignalWire
from signalwire_compat._resource import methods
from signalwire_compat.cli import PROG, build_parser

from .conftest import ROOT
from .test_naming import naming

PAGE = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
METHODS = {(m.chain, m.verb): m for m in methods()}


def _load_api_docs() -> Any:
    spec = importlib.util.spec_from_file_location("api_docs", ROOT / "scripts" / "api_docs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["api_docs"] = module
    spec.loader.exec_module(module)
    return module


api_docs = _load_api_docs()


@dataclass
class Row:
    python: str
    typescript: str
    cli: str
    wire: str
    where: str
    required: bool


@dataclass
class Shown:
    """One operation of the page: its heading, its labelled lines' code, its table."""

    name: str
    lines: dict[str, list[str]] = field(default_factory=dict)
    rows: list[Row] = field(default_factory=list)


def _cells(line: str) -> list[str]:
    return [c.strip() for c in re.split(r"(?<!\\)\|", line.strip().strip("|"))]


def _code(cell: str) -> str:
    return cell.strip().strip("`")


def shown(page: str) -> list[Shown]:
    """The operations of ``page``, in its order."""
    found: list[Shown] = []
    for line in page.splitlines():
        if heading := re.fullmatch(r"### `([\w.]+)`", line):
            found.append(Shown(heading[1]))
        elif line.startswith("## "):
            found.append(Shown(""))  # a resource's or the webhooks' section: not an operation
        elif not found or not found[-1].name:
            continue
        elif item := re.fullmatch(r"- ([^:`]+): (.*)", line):
            found[-1].lines[item[1]] = re.findall(r"`([^`]+)`", item[2])
        elif line.startswith("| `"):
            cells = _cells(line)
            wire = re.fullmatch(r"`(.+)` \((\w+)\)", cells[3])
            assert wire is not None, line
            names = _code(cells[0]), _code(cells[1]), cells[2]
            found[-1].rows.append(Row(*names, wire[1], wire[2], cells[5] == "yes"))
    return [s for s in found if s.name]


def _call(code: str) -> tuple[str, str, list[str], list[str]]:
    """``sw.a.b.verb(x, y, *, k=..., ...)``: the chain, the method, the positional ids, the
    required keywords."""
    match = re.search(r"sw\.([\w.]+)\.(\w+)\((.*)\)", code)
    assert match is not None, code
    args = [a.strip() for a in match[3].split(",") if a.strip()]
    positional = [a for a in args if re.fullmatch(r"\w+", a)]
    keywords = [a.removesuffix("=...") for a in args if a.endswith("=...")]
    return match[1], match[2], positional, keywords


def _positional(method: Any) -> list[str]:
    kinds = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    return [p.name for p in inspect.signature(method).parameters.values() if p.kind in kinds]


def _returns(method: Any) -> str:
    return str(inspect.signature(method).return_annotation)


def _params_class(method: Any) -> Any:
    """The ``TypedDict`` of a generated method's ``**params``."""
    annotation = str(inspect.signature(method).parameters["params"].annotation)
    match = re.fullmatch(r"Unpack\[(\w+)\.(\w+)\]", annotation)
    assert match is not None, annotation
    return getattr(vars(sys.modules[method.__module__])[match[1]], match[2])


def _subcommand(parser: argparse.ArgumentParser, words: list[str]) -> argparse.ArgumentParser:
    for word in words:
        action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        parser = action.choices[word]
    return parser


def _flag_cell(action: argparse.Action) -> str:
    """What the page's table should say of a field's flag, from the parser's own action."""
    cell = ", ".join(f"`{option}`" for option in action.option_strings)
    return cell + (" (repeat it)" if isinstance(action, argparse._AppendAction) else "")


class Problems(list[str]):
    def check(self, ok: bool, what: str) -> None:
        if not ok:
            self.append(what)


def _python_problems(op: Shown, problems: Problems) -> None:
    chain, verb, _, keywords = _call(op.lines["Python"][0])
    where = f"{op.name}: sw.{chain}.{verb}"
    if f"{chain}.{verb}" != op.name:
        problems.append(f"{op.name}: the call shown is sw.{chain}.{verb}")
    found = METHODS.get((tuple(chain.split(".")), verb))
    if found is None:
        problems.append(f"{where}: no such operation in the package")
        return
    for client, label in ((SignalWire, "Python"), (AsyncSignalWire, "Python, async")):
        root = client(project_id="AC", api_token="t", space_url="example")
        try:
            resource = functools.reduce(getattr, chain.split("."), root)
            method = getattr(resource, verb)
        except AttributeError as exc:
            problems.append(f"{where} ({client.__name__}): {exc}")
            continue
        code, result = op.lines[label][0], op.lines[label][-1]
        given = _call(code)[2]
        problems.check(given == _positional(method), f"{where} ({label}): ids {given}")
        problems.check(_returns(method) == result, f"{where}: returns {_returns(method)}")
        awaited = code.startswith("await ")
        problems.check(awaited == inspect.iscoroutinefunction(method), f"{where}: await")
        loop = "async for item in " if client is AsyncSignalWire else "for item in "
        iterated = code.startswith(loop)
        problems.check(iterated == bool(found.operation.items), f"{where}: iterated or not")
        problems.check(hasattr(resource, f"{verb}_with_response"), f"{where}_with_response")
        _many_problems(op, resource, verb, label, problems)
        _field_problems(op, method, found.operation, keywords, problems)


def _many_problems(op: Shown, resource: Any, verb: str, label: str, problems: Problems) -> None:
    many = op.lines.get("Many ids, Python")
    method = getattr(resource, f"{verb}_many", None)
    problems.check((many is None) == (method is None), f"{op.name}: {verb}_many shown or not")
    if many is None or method is None:
        return
    _, name, ids, _ = _call(many[0])
    problems.check(name == f"{verb}_many", f"{op.name}: {name}")
    problems.check(ids == _positional(method), f"{op.name}: {verb}_many ids {ids}")
    result = many[1] if label == "Python" else many[2]
    problems.check(_returns(method) == result, f"{op.name}: {verb}_many returns {result}")


def _field_problems(
    op: Shown, method: Any, operation: Any, keywords: list[str], problems: Problems
) -> None:
    params = _params_class(method)
    fields = {f.name: f for f in (*operation.query, *operation.body)}
    shown_fields = [r for r in op.rows if r.where != "path"]
    problems.check([r.python for r in shown_fields] == list(fields), f"{op.name}: fields")
    keys = params.__required_keys__ | params.__optional_keys__
    for row in shown_fields:
        real = fields.get(row.python)
        problems.check(real is not None and real.wire == row.wire, f"{op.name}: {row.python}")
        problems.check(row.python in keys, f"{op.name}: {row.python} is not a keyword")
        exact = real is not None and real.required == row.required
        problems.check(exact, f"{op.name}: {row.python} required={row.required}")
    required = [r.python for r in shown_fields if r.required]
    problems.check(keywords == required, f"{op.name}: required keywords {keywords}")
    ids = [r.python for r in op.rows if r.where == "path"]
    problems.check(ids == _positional(method), f"{op.name}: ids in the table {ids}")


def _common_flags(page: str) -> tuple[list[str], list[str]]:
    """The flags the page says every subcommand takes, and every one with a many-ids form."""
    line = next((line for line in page.splitlines() if line.startswith("- Every subcommand")), "")
    every, _, many = line.partition("; one with a many-ids form")
    flags = re.compile(r"`(--[a-z-]+)`")
    return flags.findall(every.split(" (`--request-timeout`")[0]), flags.findall(many)


def _cli_problems(
    op: Shown,
    parser: argparse.ArgumentParser,
    common: tuple[list[str], list[str]],
    problems: Problems,
) -> None:
    line = op.lines["Command line"][0].split()
    words = [w for w in line[1:] if re.fullmatch(r"[a-z][a-z0-9-]*", w)]
    if line[0] != PROG:
        problems.append(f"{op.name}: the command is {line[0]}")
    try:
        command = _subcommand(parser, words)
    except (KeyError, StopIteration):
        problems.append(f"{op.name}: no command {' '.join(words)}")
        return
    positional = [a for a in command._actions if not a.option_strings]
    metavars = [w for w in line if re.fullmatch(r"[A-Z][A-Z0-9_]*", w)]
    problems.check(metavars == [a.metavar for a in positional], f"{op.name}: CLI ids {metavars}")
    ids = [r for r in op.rows if r.where == "path"]
    problems.check([f"`{a.metavar}`" for a in positional] == [r.cli for r in ids], op.name)
    options = command._option_string_actions
    problems.check(("[--limit" in line) == ("--limit" in options), f"{op.name}: --limit")
    for flag in (f for w in line for f in w.strip("[]").split("/") if f.startswith("--")):
        problems.check(flag in options, f"{op.name}: {flag} is not a flag of {' '.join(words)}")
    many = op.lines.get("Command line, many ids")
    problems.check((many is not None) == ("--sids-from" in options), f"{op.name}: --sids-from")
    if many is not None:
        where = "--where FIELD=VALUE" in many
        problems.check(where == ("--where" in options), f"{op.name}: --where")
        last = positional[-1].nargs if positional else None
        problems.check(last == "?", f"{op.name}: the last id is not optional")
    every, bulk = common
    timeout = "--request-timeout" if any(r.python == "timeout" for r in op.rows) else "--timeout"
    for flag in [*(timeout if f == "--timeout" else f for f in every), *(bulk if many else [])]:
        problems.check(flag in options, f"{op.name}: {flag} is not a flag of {' '.join(words)}")
    by_dest = {a.dest: a for a in command._actions if a.option_strings}
    for row in (r for r in op.rows if r.where != "path"):
        action = by_dest.get(row.python)
        cell = _flag_cell(action) if action is not None else None
        problems.check(cell == row.cli, f"{op.name}: {row.python} is {cell} on the command line")


def problems_of(page: str) -> list[str]:
    """Every way ``page`` and the package disagree."""
    problems = Problems()
    parser = build_parser()
    ops = shown(page)
    common = _common_flags(page)
    problems.check(all(common), "the page names no flags every subcommand takes")
    for op in ops:
        _python_problems(op, problems)
        _cli_problems(op, parser, common, problems)
    listed = {(tuple(op.name.split(".")[:-1]), op.name.split(".")[-1]) for op in ops}
    problems.check(listed == set(METHODS), f"operations shown and not: {listed ^ set(METHODS)}")
    chains = {chain[:depth] for chain, _ in METHODS for depth in range(1, len(chain) + 1)}
    count = f" {len(METHODS)} operations in {len(chains)} resources"
    problems.check(count in page, f"the page does not say{count}")
    _webhook_problems(page, problems)
    return problems


def _webhook_problems(page: str, problems: Problems) -> None:
    rows = re.findall(r"^\| `(\w+)` \| `(\w+)\(form\)` returns `(\w+)` \|", page, re.M)
    spec = yaml.safe_load((ROOT / "spec" / "openapi.yaml").read_text(encoding="utf-8"))
    problems.check([key for key, _, _ in rows] == list(spec.get("webhooks", {})), "webhooks")
    for key, name, payload in rows:
        function = getattr(signalwire_compat.webhooks, name, None)
        if function is None:
            problems.append(f"webhook {key}: no signalwire_compat.webhooks.{name}")
            continue
        problems.check(_returns(function) == payload, f"webhook {key}: {name} returns {payload}")
        models = import_module("signalwire_compat_client.models")
        problems.check(hasattr(models, payload), f"webhook {key}: no model {payload}")


def test_every_call_on_the_page_is_the_packages() -> None:
    assert problems_of(PAGE) == []


def test_the_page_shows_every_operation_with_a_call_and_a_command() -> None:
    ops = shown(PAGE)
    assert len(ops) == len(METHODS)
    for op in ops:
        assert {"Python", "Python, async", "TypeScript", "Command line"} <= set(op.lines), op.name


def test_a_wrong_name_on_the_page_is_caught() -> None:
    broken = {
        "an id": ("update(call_sid, recording_sid,", "update(call_sid, recording_id,"),
        "a method": ("`sw.queues.members.update(", "`sw.queues.members.edit("),
        "a result": ("fetch(call_sid)` returns `Call`", "fetch(call_sid)` returns `Calls`"),
        "a field": ("| `pause_behavior` |", "| `pause_mode` |"),
        "a flag": ("`--muted`, `--no-muted` |", "`--mute` |"),
        "a command": ("`signalwire-compat queues members", "`signalwire-compat queue members"),
        "a bulk form": ("_many(message_sid, media_sids", "_many(message_sid, media_ids"),
        "a webhook": ("`parse_call_status(form)`", "`parse_call_state(form)`"),
        "a common flag": ("`--ca-bundle`", "`--ca-file`"),
        "the count": (" operations in ", " operations across "),
    }
    for what, (old, new) in broken.items():
        assert old in PAGE, what
        assert problems_of(PAGE.replace(old, new, 1)) != [], what


def test_the_page_grows_with_the_spec() -> None:
    spec = yaml.safe_load((ROOT / "spec" / "openapi.yaml").read_text(encoding="utf-8"))
    before = api_docs.render(naming.annotate(spec, python=False), "spec/openapi.yaml")
    telexes = copy.deepcopy(spec["paths"]["/Accounts/{AccountSid}/Transcriptions"])
    telexes["get"].update(operationId="list_telexes", summary="List telexes")
    spec["paths"]["/Accounts/{AccountSid}/Telexes"] = telexes
    after = api_docs.render(naming.annotate(spec, python=False), "spec/openapi.yaml")
    count = re.compile(r"(\d+) operations in (\d+) resources")
    found_before, found_after = count.search(before), count.search(after)
    assert found_before is not None and found_after is not None
    assert int(found_after[1]) == int(found_before[1]) + 1
    assert int(found_after[2]) == int(found_before[2]) + 1
    assert (
        "### `telexes.list`" in after and "- [`telexes`](#telexes): [`list`](#telexeslist)" in after
    )
    assert "`signalwire-compat telexes list [--limit N]`" in after
