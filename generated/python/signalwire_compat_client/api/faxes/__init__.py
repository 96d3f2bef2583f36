"""One resource's operations, a module each; its methods are in
``signalwire_compat_client.resources``."""
