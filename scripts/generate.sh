#!/usr/bin/env bash
# Generate both clients from spec/openapi.yaml (and their cXML builders from spec/cxml.yaml).
#   scripts/generate.sh PY_OUT TS_OUT [SPEC [DOCS_OUT]]
# Writes PY_OUT/signalwire_compat_client (openapi-python-client with templates/python, its
# models' index (scripts/models_index.py), the resource tree with templates/tree, the cXML
# builders, the webhooks' parse functions, and the spec as gzipped compact JSON for the
# sandbox) and TS_OUT (@hey-api/openapi-ts with its plugin, the cXML builders, the map of
# result types and the webhooks' parse functions);
# with DOCS_OUT, also the API reference page there (scripts/api_docs.py).
# Both read the copies of the spec that scripts/naming.py annotates with the SDK's names, so
# the two languages name everything by one rule. Uses the pinned tools in .venv and
# overlays/typescript/node_modules, so the output is byte-for-byte reproducible.
set -euo pipefail
py_out=$1
ts_out=$2
docs_out=${4:-}
spec=$(cd "$(dirname "${3:-spec/openapi.yaml}")" && pwd)/$(basename "${3:-spec/openapi.yaml}")
root=$(cd "$(dirname "$0")/.." && pwd)
venv="$root/.venv/bin"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$venv/python" "$root/scripts/naming.py" "$spec" "$work/typescript.json" "$work/python.json"
# The package version comes from VERSION, the one place it is kept.
{ cat "$root/generator-config.yaml"; echo "package_version_override: \"$(cat "$root/VERSION")\""; } > "$work/config.yaml"
PATH="$venv:$PATH" "$venv/openapi-python-client" generate \
  --path "$work/python.json" \
  --custom-template-path "$root/templates/python" \
  --config "$work/config.yaml" \
  --meta none \
  --output-path "$work/signalwire_compat_client" >/dev/null
# Without the request bodies' models, and with a models/__init__.py that imports on first use.
"$venv/python" "$root/scripts/models_index.py" "$work/python.json" "$work/signalwire_compat_client"
"$venv/python" "$root/scripts/tree_generate.py" "$work/python.json" "$work/signalwire_compat_client"
# The cXML builders and validator table, from spec/cxml.yaml, into the same package.
"$venv/python" "$root/scripts/cxml_generate.py" python "$work/signalwire_compat_client/cxml.py"
"$venv/python" "$root/scripts/webhooks_generate.py" python "$work/python.json" "$work/signalwire_compat_client/webhooks.py"
# The spec itself, compacted, for the sandbox to serve by default.
"$venv/python" "$root/scripts/compact_spec.py" "$spec" "$work/signalwire_compat_client/openapi.json.gz"
rm -rf "$py_out/signalwire_compat_client"
mkdir -p "$py_out"
cp -R "$work/signalwire_compat_client" "$py_out/"
mkdir -p "$ts_out"
ts_out=$(cd "$ts_out" && pwd)
(cd "$root/overlays/typescript" && SIGNALWIRE_SPEC="$work/typescript.json" SIGNALWIRE_TS_OUT="$ts_out" npx openapi-ts > /dev/null)
# openapi-ts empties its folder first: the cXML builders go in after it.
"$venv/python" "$root/scripts/cxml_generate.py" typescript "$ts_out/cxml.gen.ts"
"$venv/python" "$root/scripts/models_map.py" "$work/typescript.json" "$ts_out/models.gen.ts"
"$venv/python" "$root/scripts/webhooks_generate.py" typescript "$work/typescript.json" "$ts_out/webhooks.gen.ts"
# The reference page names the spec as given, relative to the repository when inside it.
if [ -n "$docs_out" ]; then
  "$venv/python" "$root/scripts/api_docs.py" "$work/typescript.json" "$docs_out" "${spec#"$root"/}"
fi
