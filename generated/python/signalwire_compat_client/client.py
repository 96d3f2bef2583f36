"""Requests are sent by ``signalwire_compat``'s clients; the generator's own client is not
used."""
