"""One resource's operations; its methods are in ``signalwire_compat_client.resources``."""
