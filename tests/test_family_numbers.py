"""The phone-number family through the public client against the sandbox: the countries and
searches of numbers to buy (whose filters filter its small inventory), buying a number (which
takes it out of the inventory; a second purchase is refused), its fetch, list, update and
release (which puts it back), importing one, and a search from the command line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from urllib.parse import parse_qsl

import pytest

from signalwire_compat import BadRequestError, NotFoundError, SignalWire
from signalwire_compat.testing import Sandbox
from signalwire_compat_client.models import AvailablePhoneNumberList

from .test_cli import run

SEATTLE = ["+12065550101", "+12065550123"]
CHICAGO = ["+13125550142", "+13125550177"]
AUSTIN = ["+15125550199"]
TOLL_FREE = ["+18005550111", "+18885550122"]
LONDON = ["+442079460123", "+442079460456"]


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as sandbox:
        yield sandbox


@pytest.fixture
def sw(sandbox: Sandbox) -> Iterator[SignalWire]:
    with sandbox.client() as client:
        yield client


def _numbers(found: AvailablePhoneNumberList) -> list[str]:
    return sorted(n.phone_number for n in found.available_phone_numbers)


def test_the_countries_with_numbers_to_buy(sw: SignalWire, sandbox: Sandbox) -> None:
    countries = sw.available_phone_numbers.list().countries
    assert sorted(c.country_code for c in countries) == ["GB", "US"]
    us = sw.available_phone_numbers.fetch("US")
    assert us.country == "United States"
    assert us.subresource_uris is not None and us.subresource_uris.local is not None
    assert us.subresource_uris.local.endswith(
        f"/{sandbox.project_id}/AvailablePhoneNumbers/US/Local.json"
    )
    with pytest.raises(NotFoundError):
        sw.available_phone_numbers.fetch("XX")
    assert sandbox.response_problems == []


def test_the_search_filters_filter_the_inventory(sw: SignalWire, sandbox: Sandbox) -> None:
    local, toll_free = (
        sw.available_phone_numbers.local.list,
        sw.available_phone_numbers.toll_free.list,
    )
    assert _numbers(local("US")) == sorted(SEATTLE + CHICAGO + AUSTIN)
    assert _numbers(local("US", area_code="312")) == CHICAGO
    assert _numbers(local("US", in_region="TX")) == AUSTIN
    assert _numbers(local("US", area_code="206", in_region="IL")) == []
    assert _numbers(local("US", contains="0123")) == ["+12065550123"]
    assert _numbers(local("US", contains="01PP")) == ["+13125550177"]  # P is 7 on a keypad
    assert _numbers(local("US", contains="5*50")) == sorted(
        SEATTLE + CHICAGO + AUSTIN
    )  # * is any digit
    assert _numbers(local("US", beta=False)) == sorted(SEATTLE + CHICAGO + AUSTIN)  # none is beta
    # what the service accepts but does not filter on
    assert _numbers(local("US", sms_enabled=False, in_locality="Nowhere")) == sorted(
        SEATTLE + CHICAGO + AUSTIN
    )
    assert _numbers(toll_free("US")) == TOLL_FREE
    assert _numbers(toll_free("US", area_code="888")) == ["+18885550122"]
    assert _numbers(local("GB")) == LONDON
    assert _numbers(local("GB", area_code="207")) == []  # area codes are for the US and Canada
    [seattle] = local("US", contains="0101").available_phone_numbers
    assert (seattle.friendly_name, seattle.region, seattle.iso_country) == (
        "(206) 555-0101",
        "WA",
        "US",
    )
    assert seattle.capabilities is not None and seattle.capabilities.sms is True
    assert sandbox.response_problems == []


def test_buy_fetch_list_update_release_a_number(sw: SignalWire, sandbox: Sandbox) -> None:
    local = sw.available_phone_numbers.local.list
    number = sw.incoming_phone_numbers.create(
        phone_number="+13125550142", voice_url="https://example.com/voice.xml"
    )
    assert (number.phone_number, number.friendly_name) == ("+13125550142", "(312) 555-0142")
    assert (number.origin, number.country_code, number.account_sid) == (
        "signalwire",
        "US",
        sandbox.project_id,
    )
    assert number.voice_url == "https://example.com/voice.xml"
    assert _numbers(local("US", area_code="312")) == ["+13125550177"]  # bought: no longer on offer
    assert sw.incoming_phone_numbers.fetch(number.sid).phone_number == "+13125550142"
    assert [n.sid for n in sw.incoming_phone_numbers.list(phone_number="+1312")] == [number.sid]
    assert [n.sid for n in sw.incoming_phone_numbers.list(phone_number="555*142")] == [number.sid]
    assert list(sw.incoming_phone_numbers.list(phone_number="+1206")) == []
    renamed = sw.incoming_phone_numbers.update(number.sid, friendly_name="Support line")
    assert renamed.friendly_name == "Support line"
    assert [n.sid for n in sw.incoming_phone_numbers.list(friendly_name="Support line")] == [
        number.sid
    ]
    sw.incoming_phone_numbers.delete(number.sid)  # the release
    with pytest.raises(NotFoundError):
        sw.incoming_phone_numbers.fetch(number.sid)
    assert _numbers(local("US", area_code="312")) == CHICAGO  # on offer again
    assert sw.incoming_phone_numbers.create(phone_number="+13125550142").phone_number
    assert sandbox.response_problems == []


def test_a_number_bought_once_cannot_be_bought_again(sw: SignalWire, sandbox: Sandbox) -> None:
    toll_free = sw.available_phone_numbers.toll_free.list
    bought = sw.incoming_phone_numbers.create(phone_number="+18005550111")
    assert bought.friendly_name == "(800) 555-0111"
    assert bought.verification_status == "Unverified"
    assert _numbers(toll_free("US")) == ["+18885550122"]
    for number in ("+18005550111", "+15550000000"):  # bought, and never on offer
        with pytest.raises(BadRequestError) as refused:
            sw.incoming_phone_numbers.create(phone_number=number)
        assert (refused.value.status_code, refused.value.code) == (400, 21422)
        assert number in refused.value.message
    assert [n.phone_number for n in sw.incoming_phone_numbers.list()] == ["+18005550111"]
    assert sandbox.response_problems == []


def test_moving_a_number_to_another_project_sends_account_sid(
    sw: SignalWire, sandbox: Sandbox
) -> None:
    number = sw.incoming_phone_numbers.create(phone_number="+15125550199")
    sw.incoming_phone_numbers.update(number.sid, transfer_to_account_sid="subproject-sid")
    sent = sandbox.requests[-1]
    assert sent.path == (
        f"/api/laml/2010-04-01/Accounts/{sandbox.project_id}/IncomingPhoneNumbers/{number.sid}"
    )
    assert parse_qsl((sent.body or b"").decode()) == [("AccountSid", "subproject-sid")]


def test_an_imported_number_is_one_of_the_projects_numbers(
    sw: SignalWire, sandbox: Sandbox
) -> None:
    local = sw.available_phone_numbers.local.list
    imported = sw.imported_phone_numbers.create(
        number="+4915223433333", number_type="longcode", capabilities=["sms", "voice"]
    )
    assert (imported.phone_number, imported.origin) == ("+4915223433333", "hosted")
    assert imported.capabilities is not None
    assert (imported.capabilities.sms, imported.capabilities.voice) == (True, True)
    assert (imported.capabilities.mms, imported.capabilities.fax) == (False, False)
    assert sw.incoming_phone_numbers.fetch(imported.sid).phone_number == "+4915223433333"
    sw.incoming_phone_numbers.delete(imported.sid)
    with pytest.raises(NotFoundError):
        sw.incoming_phone_numbers.fetch(imported.sid)
    assert _numbers(local("US")) == sorted(SEATTLE + CHICAGO + AUSTIN)  # not SignalWire's to offer
    assert sandbox.response_problems == []


def test_search_from_the_command_line(sandbox: Sandbox) -> None:
    """A search comes in one answer, not in pages; it prints as a list does."""
    search = ("available-phone-numbers", "local", "list", "US", "--area-code", "206")
    done = run(sandbox, *search, "--json")
    assert done.returncode == 0, done.stderr
    found = [json.loads(line) for line in done.stdout.splitlines()]  # one number a line
    assert sorted(n["phone_number"] for n in found) == SEATTLE
    assert sandbox.requests[-1].path.endswith("/AvailablePhoneNumbers/US/Local?AreaCode=206")
    table = run(sandbox, *search)
    assert table.returncode == 0, table.stderr
    header, *lines = table.stdout.splitlines()
    assert header.split() == ["phone_number", "beta"]  # its id, then the fields it filters on
    assert sorted(line.split() for line in lines) == [[n, "false"] for n in SEATTLE]
    countries = run(sandbox, "available-phone-numbers", "list")
    assert countries.returncode == 0, countries.stderr
    assert [line.split()[0] for line in countries.stdout.splitlines()[1:]] == ["GB", "US"]
