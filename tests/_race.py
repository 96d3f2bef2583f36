"""A Python bulk run that starts on a word, for the test of runs that start at the same instant
(``python -m tests._race SETTING``, as ``bulk-run.ts`` in race mode): for each line of stdin
(a JSON list of ids), start a run on them and print ``{"refused": message}`` or, once it has
ended, ``{"held": counts}``. Credentials come from the environment."""

from __future__ import annotations

import json
import sys

from signalwire_compat import ConfigurationError, SignalWire


def main() -> None:
    setting = json.loads(sys.argv[1])
    with SignalWire(base_url=setting["baseUrl"]) as client:
        for line in sys.stdin:
            try:
                run = client.calls.update_many(
                    json.loads(line), **setting["fields"], bulk=setting["bulk"]
                )
            except ConfigurationError as error:
                print(json.dumps({"refused": str(error)}), flush=True)
                continue
            for _ in run:
                pass
            summary = run.summary
            held = {"applied": summary.applied, "skipped": summary.skipped}
            print(json.dumps({"held": held}), flush=True)


if __name__ == "__main__":
    main()
