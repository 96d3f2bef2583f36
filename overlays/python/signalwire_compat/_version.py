"""The package's version, kept in the repository's VERSION file and generated from there."""

from signalwire_compat_client import __version__

__all__ = ["__version__"]
