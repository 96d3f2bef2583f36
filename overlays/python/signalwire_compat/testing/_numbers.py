"""The sandbox's phone numbers: a small inventory of numbers to buy, which the searches
filter; buying one (creating an incoming phone number) takes it out of the inventory, and
releasing it (deleting that number) puts it back. An imported number joins the project's
numbers but was never SignalWire's to offer."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime

from ._resources import Resource
from ._store import Form, Hooks, Record, RecordStore, ServiceError

COUNTRIES = {"US": "United States", "GB": "United Kingdom"}
NOT_AVAILABLE = 21422
"""Twilio's code for a number that cannot be bought (no longer, or never, on offer)."""
CAPABILITIES = ("voice", "sms", "mms", "fax")
_KEYPAD = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "22233344455566677778889999")


def _offer(
    number: str, friendly: str, region: str | None = None, rate_center: str | None = None,
    *, mms: bool = True,
) -> Record:  # fmt: skip
    return {
        "phone_number": number,
        "friendly_name": friendly,
        "region": region,
        "rate_center": rate_center,
        "capabilities": {"voice": True, "SMS": True, "MMS": mms},
        "beta": False,
    }


LOCAL: Mapping[str, tuple[Record, ...]] = {
    "US": (
        _offer("+12065550101", "(206) 555-0101", "WA", "SEATTLE"),
        _offer("+12065550123", "(206) 555-0123", "WA", "SEATTLE"),
        _offer("+13125550142", "(312) 555-0142", "IL", "CHICAGO"),
        _offer("+13125550177", "(312) 555-0177", "IL", "CHICAGO"),
        _offer("+15125550199", "(512) 555-0199", "TX", "AUSTIN"),
    ),
    "GB": (
        _offer("+442079460123", "020 7946 0123"),
        _offer("+442079460456", "020 7946 0456"),
    ),
}
"""The local numbers on offer, by country (numbers kept for fiction and drama)."""
TOLL_FREE: Mapping[str, tuple[Record, ...]] = {
    "US": (
        _offer("+18005550111", "(800) 555-0111", mms=False),
        _offer("+18885550122", "(888) 555-0122", mms=False),
    ),
}
"""The toll-free numbers on offer, by country."""


def _only(resource: Resource, fields: Mapping[str, object]) -> Record:
    """``fields`` that ``resource``'s records may hold."""
    return {name: value for name, value in fields.items() if resource.has(name)}


def contains(number: str, pattern: str) -> bool:
    """Whether ``number``'s digits contain ``pattern``: digits, letters (each its digit on a
    phone keypad) and ``*`` (any one digit); a leading ``+`` anchors it at the start."""
    anchored = pattern.startswith("+")
    wanted = pattern.removeprefix("+").upper().translate(_KEYPAD)
    if not re.fullmatch(r"[0-9*]+", wanted):
        return False
    regex = ("^" if anchored else "") + wanted.replace("*", "[0-9]")
    return re.search(regex, number.removeprefix("+")) is not None


class CountryHooks(Hooks):
    """The countries with numbers on offer."""

    def __init__(self, resource: Resource) -> None:
        self._resource = resource

    def initial(self) -> Iterable[tuple[Mapping[str, str], Record]]:
        for code, name in COUNTRIES.items():
            fields = {self._resource.key: code, "country": name, "beta": False}
            yield {}, _only(self._resource, fields)


class OfferHooks(Hooks):
    """The numbers of one kind on offer, by country, searched by ``AreaCode`` (US and Canada),
    ``Contains``, ``InRegion`` and ``Beta``; the other filters change nothing, as the
    service's do not."""

    searched = frozenset({"AreaCode", "Contains", "InRegion", "Beta"})

    def __init__(self, resource: Resource, inventory: Mapping[str, tuple[Record, ...]]) -> None:
        self._resource = resource
        self._inventory = inventory

    def initial(self) -> Iterable[tuple[Mapping[str, str], Record]]:
        country = self._resource.parents[-1]
        for code, offers in self._inventory.items():
            for offer in offers:
                yield {country: code}, _only(self._resource, offer)

    def matches(self, record: Record, query: Mapping[str, str]) -> bool:
        number = str(record.get("phone_number") or "")
        area = query.get("AreaCode")
        if area is not None and not (number.startswith("+1") and number[2:5] == area):
            return False
        pattern = query.get("Contains")
        if pattern is not None and not contains(number, pattern):
            return False
        region = query.get("InRegion")
        if region is not None and str(record.get("region") or "").upper() != region.upper():
            return False
        return not (query.get("Beta") == "false" and record.get("beta") is True)


class IncomingNumberHooks(Hooks):
    """The project's numbers: buying one takes it out of the numbers on offer (one no longer
    or never on offer is a 400 with code 21422), releasing it puts it back; ``PhoneNumber``
    lists those containing its digits."""

    searched = frozenset({"PhoneNumber"})

    def __init__(
        self, store: RecordStore, resource: Resource, offers: Sequence[tuple[Resource, bool]]
    ) -> None:
        self._store = store
        self._resource = resource
        self._offers = offers
        self._bought: dict[str, tuple[Resource, dict[str, str], Record]] = {}
        """Each number bought: where it was on offer, to put it back on release."""

    def creating(self, record: Record, form: Form, ids: Mapping[str, str], now: datetime) -> None:
        number = form.get("PhoneNumber", [""])[-1]
        account = ids["AccountSid"]
        for offer, toll_free in self._offers:
            for parents, found in self._store.held(offer, account):
                if found.get(offer.key) == number:
                    self._store.remove(offer, parents, number)
                    self._bought[str(record[self._resource.key])] = (offer, parents, found)
                    record.update(self._bought_fields(found, parents[offer.parents[-1]], form))
                    if toll_free and self._resource.has("verification_status"):
                        record["verification_status"] = "Unverified"
                    record.update(_only(self._resource, {"account_id": account}))
                    return
        raise ServiceError(400, NOT_AVAILABLE, f"Phone number {number} is not available")

    def _bought_fields(self, offer: Record, country: str, form: Form) -> Record:
        given = offer.get("capabilities")
        can = given if isinstance(given, dict) else {}
        fields: Record = {
            "capabilities": {
                name: can.get(name, can.get(name.upper())) is True for name in CAPABILITIES
            },
            "country_code": country,
            "origin": "signalwire",
            "beta": False,
        }
        if "FriendlyName" not in form:
            fields["friendly_name"] = offer.get("friendly_name") or offer.get("phone_number")
        return _only(self._resource, fields)

    def deleting(self, record: Record) -> None:
        bought = self._bought.pop(str(record.get(self._resource.key)), None)
        if bought is not None:
            offer, parents, found = bought
            self._store.add(offer, parents, **found)

    def matches(self, record: Record, query: Mapping[str, str]) -> bool:
        wanted = query.get("PhoneNumber")
        return wanted is None or contains(str(record.get("phone_number") or ""), wanted)


class ImportHooks(Hooks):
    """An imported number: a hosted number of the project, with the capabilities asked for
    (all four by default)."""

    def __init__(self, store: RecordStore, incoming: Resource) -> None:
        self._store = store
        self._incoming = incoming

    def creating(self, record: Record, form: Form, ids: Mapping[str, str], now: datetime) -> None:
        number = form.get("number", [""])[-1]
        wanted = set(form.get("capabilities") or CAPABILITIES)
        fields = {
            "phone_number": number,
            "friendly_name": number,
            "origin": "hosted",
            "capabilities": {name: name in wanted for name in CAPABILITIES},
            "country_code": None,
            "account_id": ids["AccountSid"],
        }
        record.update(_only(self._incoming, fields))
        kept = self._store.add(self._incoming, {"AccountSid": ids["AccountSid"]}, **record)
        if "uri" in kept:
            record["uri"] = kept["uri"]


def hook_numbers(store: RecordStore) -> None:
    """Hook the numbers on offer, the project's numbers and their imports into ``store``,
    where its spec has them."""
    countries = store.resources.get("/AvailablePhoneNumbers")
    if countries is not None:
        store.hook(countries, CountryHooks(countries))
    offers: list[tuple[Resource, bool]] = []
    for kind, inventory, toll_free in (("Local", LOCAL, False), ("TollFree", TOLL_FREE, True)):
        resource = store.resources.get(f"/AvailablePhoneNumbers/{{IsoCountry}}/{kind}")
        if resource is not None:
            store.hook(resource, OfferHooks(resource, inventory))
            offers.append((resource, toll_free))
    incoming = store.resources.get("/IncomingPhoneNumbers")
    if incoming is not None:
        store.hook(incoming, IncomingNumberHooks(store, incoming, offers))
        imported = store.resources.get("/ImportedPhoneNumbers")
        if imported is not None:
            store.hook(imported, ImportHooks(store, incoming))
