"""Search toll-free numbers to buy: ``GET /Accounts/{AccountSid}/AvailablePhoneNumbers/{IsoCountry}/TollFree``."""

from __future__ import annotations

from signalwire_compat._operation import Field, Operation, RequestOptions

__all__ = ["OPERATION", "SearchTollFreeAvailablePhoneNumbersParams"]


class SearchTollFreeAvailablePhoneNumbersParams(RequestOptions, total=False):
    """The arguments of ``search_toll_free_available_phone_numbers``."""

    area_code: str
    contains: str
    sms_enabled: bool
    mms_enabled: bool
    voice_enabled: bool
    exclude_all_address_required: bool
    exclude_local_address_required: bool
    exclude_foreign_address_required: bool
    beta: bool
    in_region: str
    in_locality: str
    fax_enabled: bool


OPERATION = Operation(
    name="search_toll_free_available_phone_numbers",
    method="GET",
    path="/Accounts/{AccountSid}/AvailablePhoneNumbers/{IsoCountry}/TollFree",
    path_params=(
        Field("AccountSid", "account_sid"),
        Field("IsoCountry", "iso_country"),
    ),
    query=(
        Field("AreaCode", "area_code", "string"),
        Field("Contains", "contains", "string"),
        Field("SmsEnabled", "sms_enabled", "boolean"),
        Field("MmsEnabled", "mms_enabled", "boolean"),
        Field("VoiceEnabled", "voice_enabled", "boolean"),
        Field("ExcludeAllAddressRequired", "exclude_all_address_required", "boolean"),
        Field(
            "ExcludeLocalAddressRequired", "exclude_local_address_required", "boolean"
        ),
        Field(
            "ExcludeForeignAddressRequired",
            "exclude_foreign_address_required",
            "boolean",
        ),
        Field("Beta", "beta", "boolean"),
        Field("InRegion", "in_region", "string"),
        Field("InLocality", "in_locality", "string"),
        Field("FaxEnabled", "fax_enabled", "boolean"),
    ),
    result="available_phone_number_list.AvailablePhoneNumberList",
)
