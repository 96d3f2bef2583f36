"""The generated models, loaded on first use.

Importing the generated models (and attrs) costs more than the rest of this package; loading
them when the first response is parsed keeps ``import signalwire_compat`` cheap.
"""

from __future__ import annotations

import functools
import json
from importlib import import_module
from typing import Any


@functools.cache
def model(name: str) -> Any:  # noqa: ANN401 (a generated model class)
    """The generated model class ``name`` (``call.Call``: module and class in ``models``)."""
    module, _, cls = name.partition(".")
    return getattr(import_module(f"signalwire_compat_client.models.{module}"), cls)


def shipped(name: str) -> Any:  # noqa: ANN401 (a JSON document)
    """The gzipped JSON file ``name`` written into the generated package beside its code (the
    sandbox's spec, the cXML builders' table of elements)."""
    import gzip  # here: a client never needs them
    from importlib.resources import files

    return json.loads(
        gzip.decompress(files("signalwire_compat_client").joinpath(name).read_bytes())
    )


def secret_names(name: str) -> frozenset[str]:
    """The body names of the secret fields of the generated model ``name``, its own and those
    of the models it holds."""
    from ._model import secret_names as names

    return names(model(name))
