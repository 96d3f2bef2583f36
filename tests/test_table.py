"""The command's table takes its columns from a model's fields, never from what a model keeps
besides them (``fields_set``, ``additional_properties``)."""

from __future__ import annotations

from signalwire_compat._table import key_fields
from signalwire_compat_client.api.calls.list_calls import OPERATION
from signalwire_compat_client.models.call import Call
from signalwire_compat_client.models.subresource_uris import SubresourceUris


def test_a_model_without_filtered_fields_shows_its_plain_fields() -> None:
    assert key_fields(SubresourceUris, OPERATION) == ["notifications", "recordings"]


def test_calls_show_their_sid_then_the_filtered_fields() -> None:
    columns = key_fields(Call, OPERATION)
    assert columns[0] == "sid" and "to" in columns
    assert "fields_set" not in columns and "additional_properties" not in columns
