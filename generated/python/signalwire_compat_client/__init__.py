"""The generated part of signalwire-compat: models, and the operations and resources in
``api`` that ``signalwire_compat``'s runtime sends. Import ``signalwire_compat`` instead."""
