"""Write each webhook's parse function, from the spec's ``webhooks``: the generated model (the
type, in TypeScript) of the form SignalWire sends, by the webhook's name (``callStatus`` gives
``parse_call_status`` and ``parseCallStatus``).

    python scripts/webhooks_generate.py python SPEC OUT
    python scripts/webhooks_generate.py typescript SPEC OUT
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from naming import model_names, python_name


def webhooks(spec: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(name, schema, summary) of each form-encoded webhook, in the spec's order."""
    found = []
    for name, item in spec.get("webhooks", {}).items():
        operation = item["post"]
        media = operation["requestBody"]["content"]["application/x-www-form-urlencoded"]
        schema = media["schema"]["$ref"].rsplit("/", 1)[1]
        found.append((name, schema, operation.get("summary", name)))
    return found


HEADER = "The parse function of each webhook of the spec (written by scripts/webhooks_generate.py)."


def lowered(summary: str) -> str:
    """A summary inside a sentence: ``Voice request`` as ``voice request``."""
    return summary[0].lower() + summary[1:]


def _module(schema: str) -> str:
    return model_names(schema)[1]


def python(hooks: list[tuple[str, str, str]]) -> str:
    lines = [
        f'"""{HEADER}"""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import TYPE_CHECKING",
        "",
        "from signalwire_compat._params import Params, last_values",
        "",
        "if TYPE_CHECKING:",
    ]
    lines += [f"    from .models.{_module(schema)} import {schema}" for _, schema, _ in hooks]
    lines += [
        "",
        f"__all__ = {[f'parse_{python_name(name)}' for name, _, _ in hooks]!r}".replace("'", '"'),
    ]
    for name, schema, summary in hooks:
        lines += [
            "",
            "",
            f"def parse_{python_name(name)}(params: Params) -> {schema}:",
            f'    """The generated ``{schema}`` of the form of a {lowered(summary)}."""',
            f"    from .models.{_module(schema)} import {schema}",
            "",
            f"    return {schema}.from_dict(last_values(params))",
        ]
    return "\n".join(lines) + "\n"


def typescript(hooks: list[tuple[str, str, str]]) -> str:
    schemas = ", ".join(sorted(schema for _, schema, _ in hooks))
    lines = [
        f"// {HEADER}",
        "",
        'import { lastValues, type Params } from "../../overlays/typescript/src/form-params.js";',
        f'import type {{ {schemas} }} from "./types.gen.js";',
    ]
    for name, schema, summary in hooks:
        lines += [
            "",
            f"/** The payload of the form of a {lowered(summary)}: the spec's field names,"
            " each value a string. */",
            f"export function parse{name[0].upper() + name[1:]}(params: Params): {schema} {{",
            f"  return lastValues(params) as {schema};",
            "}",
        ]
    return "\n".join(lines) + "\n"


def main(language: str, spec: str, out: str) -> None:
    hooks = webhooks(json.loads(Path(spec).read_text(encoding="utf-8")))
    text = python(hooks) if language == "python" else typescript(hooks)
    Path(out).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main(*sys.argv[1:])
