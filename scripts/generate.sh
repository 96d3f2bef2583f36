#!/usr/bin/env bash
# Generate the Python client from spec/openapi.yaml (and its cXML builders from spec/cxml.yaml)
# into a directory.
#   scripts/generate.sh OUT_DIR [SPEC]
# Writes OUT_DIR/signalwire_compat_client, with the templates in templates/python. Uses the
# pinned generator and ruff from .venv, so the output is byte-for-byte reproducible.
set -euo pipefail
out=$1
spec=${2:-spec/openapi.yaml}
root=$(cd "$(dirname "$0")/.." && pwd)
venv="$root/.venv/bin"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$venv/python" "$root/scripts/python_names.py" "$spec" "$work/openapi.json"
# The package version comes from VERSION, the one place it is kept.
{ cat "$root/generator-config.yaml"; echo "package_version_override: \"$(cat "$root/VERSION")\""; } > "$work/config.yaml"
PATH="$venv:$PATH" "$venv/openapi-python-client" generate \
  --path "$work/openapi.json" \
  --custom-template-path "$root/templates/python" \
  --config "$work/config.yaml" \
  --meta none \
  --output-path "$work/signalwire_compat_client" >/dev/null
rm -rf "$out/signalwire_compat_client"
mkdir -p "$out"
cp -R "$work/signalwire_compat_client" "$out/"
# The cXML builders and validator table, from spec/cxml.yaml, into the same package.
"$venv/python" "$root/scripts/cxml_generate.py" python "$out/signalwire_compat_client/cxml.py"
