// A small @hey-api/openapi-ts plugin: `operations.gen.ts`, a description of every operation
// of the spec (method, path, each field's wire name, TypeScript name, kind and limits, in the
// spec's order, and the media type of its body) that the hand-written runtime sends, checks and types from, and
// `resources`, the tree of resources (`calls`, `calls.recordings` ...) with their operations.
// Every name (resource, method, ids, fields) is the one scripts/naming.py decided and wrote
// into the spec's `x-sdk` annotations, for Python's generator too; this file decides none.
// The hey-api exports it needs are passed in (this folder has no node_modules of its own).

const METHODS = ["get", "put", "post", "delete", "patch"];

function resolve(spec, node) {
  while (node && node.$ref) {
    node = node.$ref.replace(/^#\//, "").split("/").reduce((at, key) => at[key], spec);
  }
  return node;
}

function enumOf(spec, schema) {
  schema = resolve(spec, schema);
  if (schema.enum) return schema.enum;
  for (const part of schema.allOf ?? []) {
    const found = enumOf(spec, part);
    if (found) return found;
  }
  return undefined;
}

function typeOf(spec, schema) {
  schema = resolve(spec, schema);
  if (schema.type) return schema.type;
  for (const part of schema.allOf ?? []) {
    const found = typeOf(spec, part);
    if (found) return found;
  }
  return "string";
}

function field(spec, names, wire, schema, required, limits = true) {
  schema = resolve(spec, schema);
  const array = typeOf(spec, schema) === "array";
  const base = array ? resolve(spec, schema.items) : schema;
  const choices = enumOf(spec, base);
  const type = typeOf(spec, base);
  const kind = choices ? "enum"
    : type === "integer" ? "integer"
    : type === "number" ? "number"
    : type === "boolean" ? "boolean"
    : base.format === "uri" ? "uri"
    : base.format === "date" ? "date" : "string";
  const out = { wire, name: names[wire].typescript, kind };
  if (choices) out.choices = choices;
  if (array) out.array = true;
  if (required) out.required = true;
  for (const key of limits ? ["minimum", "maximum", "minLength", "maxLength", "pattern"] : []) {
    if (schema[key] !== undefined) out[key] = schema[key];
  }
  return out;
}

/** The names of the secret properties (`format: password`) a schema and the schemas it holds
 * have: what an error about an answer must not show. */
function secrets(spec, schema, seen = new Set()) {
  schema = resolve(spec, schema);
  if (!schema || typeof schema !== "object" || seen.has(schema)) return [];
  seen.add(schema);
  const found = [];
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    if (resolve(spec, property).format === "password") found.push(name);
    found.push(...secrets(spec, property, seen));
  }
  for (const part of [...(schema.allOf ?? []), ...(schema.anyOf ?? []), ...(schema.oneOf ?? []), schema.items]) {
    if (part) found.push(...secrets(spec, part, seen));
  }
  return [...new Set(found)].sort();
}

function success(spec, operation) {
  const [code, response] = Object.entries(operation.responses).find(([status]) => status.startsWith("2"));
  const media = resolve(spec, response).content?.["application/json"];
  if (!media) return { status: Number(code), result: null, items: null };
  const name = media.schema.$ref.split("/").pop();
  const schema = resolve(spec, media.schema);
  const paged = "next_page_uri" in (schema.properties ?? {});
  const items = paged ? Object.keys(schema.properties).find((key) => schema.properties[key].type === "array") : null;
  const hidden = secrets(spec, media.schema);
  return { status: Number(code), result: name, items: items ?? null, ...(hidden.length ? { secrets: hidden } : {}) };
}

/** The resource tree: each node's operations (by name) and child resources, in the spec's order. */
function tree(table) {
  const root = { operations: [], children: {} };
  for (const operation of Object.values(table)) {
    let node = root;
    for (const segment of operation.resource) {
      node.children[segment] ??= { operations: [], children: {} };
      node = node.children[segment];
    }
    node.operations.push(operation.name);
  }
  return root.children;
}

function describe(spec) {
  const table = {};
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const sdk = operation["x-sdk"];
      if (!sdk) throw new Error(`${operation.operationId}: no x-sdk names; generate with \`make generate\``);
      const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((p) => resolve(spec, p));
      const idNames = Object.fromEntries(sdk.ids.map((id) => [id.wire, id.typescript]));
      const pathParams = parameters.filter((p) => p.in === "path").map((p, index) => ({
        wire: p.name,
        name: index === 0 && sdk.account ? "accountSid" : idNames[p.name],
      }));
      // Limits of query parameters are left to the service, as in Python, whose generator
      // does not keep them.
      const query = parameters.filter((p) => p.in === "query").map((p) => field(spec, sdk.fields, p.name, p.schema, p.required, false));
      // The body's one media type (scripts/naming.py allows a form or JSON) and its fields.
      const [contentType, media] = operation.requestBody ? Object.entries(resolve(spec, operation.requestBody).content)[0] : [];
      const form = media && resolve(spec, media.schema);
      const required = new Set(form?.required ?? []);
      const body = form ? Object.entries(form.properties).map(([wire, schema]) => field(spec, sdk.fields, wire, schema, required.has(wire))) : [];
      const id = operation.operationId;
      table[id] = {
        name: id,
        resource: sdk.resource.typescript,
        verb: sdk.verb,
        // Whether the path's first parameter is the account (`accountSid`, defaulting to the
        // Project ID); the others are the method's positional ids.
        account: sdk.account,
        summary: operation.summary,
        method: method.toUpperCase(),
        path,
        pathParams,
        query,
        body,
        bodyRequired: Boolean(operation.requestBody && resolve(spec, operation.requestBody).required),
        ...(contentType ? { contentType } : {}),
        many: sdk.many,
        ...success(spec, operation),
      };
    }
  }
  return table;
}

/** The plugin's config, given hey-api's `$` (code builder) and `definePluginConfig`, and the
 * package version to write next to the table. */
export function operationsPlugin({ $, definePluginConfig, version }) {
  const handler = ({ plugin }) => {
    plugin.node($.const(plugin.symbol("VERSION")).export().assign($.fromValue(version)));
    const symbol = plugin.symbol("operations");
    const table = describe(plugin.context.spec);
    plugin.node($.const(symbol).export().assign($($.fromValue(table, { layout: "pretty" })).as("const")));
    const resources = plugin.symbol("resources");
    plugin.node($.const(resources).export().assign($($.fromValue(tree(table), { layout: "pretty" })).as("const")));
  };
  return definePluginConfig({ config: {}, handler, name: "operations", output: "operations" })();
}
