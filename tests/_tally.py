"""Counts kept by the reliability suite, printed as one line by ``make reliability``."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass
class Tally:
    fault_scenarios: int = 0
    fault_survived: int = 0
    bad_inputs: int = 0
    bad_inputs_handled: int = 0
    load_updates: int = 0
    load_lost: int = 0
    load_duplicated: int = 0
    hostile_tried: int = 0
    hostile_typed: int = 0
    secrets_leaked: int = 0
    texts_scanned: int = 0
    bulk_scenarios: int = 0
    bulk_sent_twice: int = 0
    bulk_refused_unknown: int = 0

    def line(self) -> str:
        return (
            f"faults: {self.fault_scenarios} scenarios, {self.fault_survived} survived; "
            f"bad inputs: {self.bad_inputs} tried, {self.bad_inputs_handled} rejected or safely "
            f"escaped; load: {self.load_updates} updates, {self.load_lost} lost, "
            f"{self.load_duplicated} duplicated; hostile responses: {self.hostile_tried} tried, "
            f"{self.hostile_typed} typed; bulk runs: {self.bulk_scenarios} scenarios, "
            f"{self.bulk_sent_twice} ids sent twice, {self.bulk_refused_unknown} refused left "
            f"unknown; secrets leaked: {self.secrets_leaked}"
        )

    def write(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({**asdict(self), "line": self.line()}, indent=2) + "\n")


TALLY = Tally()
