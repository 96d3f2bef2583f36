"""The generated part of signalwire-compat: models, and the operations and resources in
``api`` that ``signalwire_compat``'s runtime sends. Import ``signalwire_compat`` instead."""

__version__ = "0.9.0"
"""The version of both packages (Python and TypeScript), from the repository's VERSION file."""
