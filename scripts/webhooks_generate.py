"""Write each webhook's parse function, from the spec's ``webhooks``: the generated model (the
type, in TypeScript) of the form SignalWire sends, by the webhook's name (``callStatus`` gives
``parse_call_status`` and ``parseCallStatus``), with ``templates/tree/*_webhooks.jinja``.

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
from tree_generate import environment, format_python


def webhooks(spec: dict[str, Any]) -> list[dict[str, str]]:
    """Each form-encoded webhook, in the spec's order: its schema, the schema's module, the
    function's names and the webhook's summary as a sentence holds it."""
    found = []
    for name, item in spec.get("webhooks", {}).items():
        operation = item["post"]
        media = operation["requestBody"]["content"]["application/x-www-form-urlencoded"]
        schema = media["schema"]["$ref"].rsplit("/", 1)[1]
        summary = operation.get("summary", name)
        found.append(
            {
                "schema": schema,
                "module": model_names(schema)[1],
                "python": python_name(name),
                "typescript": name[0].upper() + name[1:],
                "summary": summary[0].lower() + summary[1:],  # "Voice request": "voice request"
            }
        )
    return found


def main(language: str, spec: str, out: str) -> None:
    hooks = webhooks(json.loads(Path(spec).read_text(encoding="utf-8")))
    template = environment().get_template(f"{language}_webhooks.jinja")
    Path(out).write_text(template.render(hooks=hooks), encoding="utf-8")
    if language == "python":
        format_python(Path(out))


if __name__ == "__main__":
    main(*sys.argv[1:])
