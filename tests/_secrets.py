"""A check over the whole test session: no credential in any log, output or exception text.

Credentials are the test constants and every token a ``Sandbox`` makes (recorded as they are
made), each alone and as the HTTP Basic pair. Scanned: every log record of every logger at DEBUG,
every exception message this package creates, and each test's captured output and report.
"""

from __future__ import annotations

import base64
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest

import signalwire_compat._errors as errors_module
import signalwire_compat.testing._sandbox as sandbox_module


class SecretScanner(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.secrets: set[str] = set()
        self.texts = 0
        self.leaks: list[str] = []

    def add_credentials(self, project_id: str, token: str) -> None:
        pair = base64.b64encode(f"{project_id}:{token}".encode()).decode()
        self.secrets.update({token, pair})

    def scan(self, where: str, text: str) -> None:
        self.texts += 1
        for secret in self.secrets:
            if secret and secret in text:
                self.leaks.append(f"{where}: a credential of {len(secret)} characters")

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        if record.exc_info and record.exc_info[1] is not None:
            text += f" {record.exc_info[1]}"
        self.scan(f"log {record.name}", text)


@contextmanager
def scanning(project_id: str, token: str) -> Iterator[SecretScanner]:
    """Install the scanner for the duration of the session."""
    scanner = SecretScanner()
    scanner.add_credentials(project_id, token)

    made = sandbox_module._new_secret

    def recording_secret(prefix: str) -> str:
        token = made(prefix)
        scanner.add_credentials(sandbox_module.EXAMPLE_PROJECT_ID, token)
        return token

    original_init: Callable[..., None] = errors_module.SignalWireError.__init__

    def recording_init(self: BaseException, *args: Any) -> None:
        scanner.scan(f"exception {type(self).__name__}", " ".join(map(str, args)))
        original_init(self, *args)

    root = logging.getLogger()
    old_level = root.level
    root.addHandler(scanner)
    root.setLevel(logging.DEBUG)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sandbox_module, "_new_secret", recording_secret)
        patch.setattr(errors_module.SignalWireError, "__init__", recording_init)
        try:
            yield scanner
        finally:
            root.removeHandler(scanner)
            root.setLevel(old_level)
