"""cXML, the XML a call, a message or a fax runs: typed builders and a validator.

>>> from signalwire_compat.cxml import VoiceResponse
>>> response = VoiceResponse()
>>> response.dial(caller_id="+15551230000").number("+15551239999")
>>> str(response)  # '<?xml version="1.0" encoding="UTF-8"?><Response><Dial callerId=...'

One method per child an element allows, named after the element (``say``, ``gather``,
``dial``, ``number``, ...; SSML inside ``<Say>``: ``break_``, ``say_as``, ``prosody``, ...): the
element's text first, its attributes as keywords (the XML name in snake_case: ``num_digits``,
``interpret_as``, ``xml_lang``). Where text runs around the children, as in ``<Say>``,
``append("...")`` adds text after the last child. Every value is checked and escaped.
``validate_cxml(text)`` checks a document written by other means. All of it is generated from
``spec/cxml.yaml``.
"""

from signalwire_compat_client.cxml import *  # noqa: F403  (the generated builders)
from signalwire_compat_client.cxml import __all__ as __all__
