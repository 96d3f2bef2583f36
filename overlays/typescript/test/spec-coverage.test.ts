// A spec change cannot be forgotten in TypeScript: every operation, field, enum and response
// property of spec/openapi.yaml is reachable from the client with the spec's names and values.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import * as schemas from "../../../generated/typescript/zod.gen.js";
import { type Field, type Operation, SignalWire, operations } from "../src/index.js";
import { PYTHON, ROOT } from "./sandbox.js";

// The spec as JSON (Node reads no YAML; the Python environment does).
const spec: any = JSON.parse(
  execFileSync(PYTHON, ["-c", "import json, sys, yaml; json.dump(yaml.safe_load(open(sys.argv[1])), sys.stdout)", join(ROOT, "spec", "openapi.yaml")], { encoding: "utf8" }),
);

function resolve(node: any): any {
  while (node?.$ref) node = node.$ref.replace(/^#\//, "").split("/").reduce((at: any, key: string) => at[key], spec);
  return node;
}

function enumOf(node: any): string[] | undefined {
  node = resolve(node);
  return node.enum ?? node.allOf?.map(enumOf).find(Boolean);
}

function sameFields(fields: readonly Field[], properties: Record<string, any>, required: Set<string>, limits = true) {
  assert.deepEqual(fields.map((f) => f.wire), Object.keys(properties));
  for (const field of fields) {
    const schema = resolve(properties[field.wire]);
    const items = schema.type === "array" ? resolve(schema.items) : undefined;
    assert.equal(Boolean(field.array), items !== undefined, field.wire);
    assert.deepEqual(field.choices ?? [], enumOf(items ?? schema) ?? [], field.wire);
    assert.equal(Boolean(field.required), required.has(field.wire), field.wire);
    assert.equal(field.kind === "uri", (items ?? schema).format === "uri", field.wire);
    assert.equal(field.kind === "date", (items ?? schema).format === "date", field.wire);
    if (!limits) continue; // query limits are the service's to check, in both languages
    assert.equal(field.minimum, schema.minimum, field.wire);
    assert.equal(field.maximum, schema.maximum, field.wire);
    assert.equal(field.pattern, schema.pattern, field.wire);
  }
}

const table = operations as Record<string, Operation>;
const client = new SignalWire({ projectId: "AC", apiToken: "token", spaceUrl: "example" }) as unknown as Record<string, Record<string, unknown>>;

describe("the spec, reachable from TypeScript", () => {
  for (const [path, item] of Object.entries(spec.paths as Record<string, Record<string, any>>)) {
    for (const [method, op] of Object.entries(item)) {
      if (method === "parameters") continue;
      it(`${op.operationId}`, () => {
        const operation = table[op.operationId];
        assert.ok(operation, `${op.operationId} is not in the operations table`);
        assert.equal(operation.method, method.toUpperCase());
        const shape = (template: string) => template.replace(/\{[^}]+\}/g, "{}");
        assert.equal(shape(operation.path), shape(path));
        let resource: Record<string, unknown> | undefined = client;
        for (const segment of operation.resource) resource = resource?.[segment] as Record<string, unknown> | undefined;
        const where = operation.resource.join(".");
        for (const name of [operation.verb, `${operation.verb}WithResponse`]) {
          assert.equal(typeof resource?.[name], "function", `${where}.${name}`);
        }
        const parameters = [...(item.parameters ?? []), ...(op.parameters ?? [])].map(resolve);
        const query = Object.fromEntries(parameters.filter((p) => p.in === "query").map((p) => [p.name, p.schema]));
        sameFields(operation.query, query, new Set(parameters.filter((p) => p.in === "query" && p.required).map((p) => p.name)), false);
        const [mediaType, media] = op.requestBody ? Object.entries(resolve(op.requestBody).content as Record<string, any>)[0]! : [];
        assert.equal(operation.contentType, mediaType);
        const form = media && resolve(media.schema);
        sameFields(operation.body, form?.properties ?? {}, new Set(form?.required ?? []));
      });
    }
  }

  for (const [name, schema] of Object.entries(spec.components.schemas as Record<string, any>)) {
    it(`schema ${name}`, () => {
      const zod = (schemas as Record<string, any>)[`z${name}`];
      assert.ok(zod, `z${name} is not generated`);
      if (schema.enum) assert.deepEqual(zod.options, schema.enum);
      if (schema.properties) assert.deepEqual(Object.keys(zod.shape).sort(), Object.keys(schema.properties).sort());
    });
  }
});

// SignalWire's reference, operation by operation: each is in the operations table on the same
// method and path (or the path the list says the spec uses instead), and reachable from the client.
const reference: { operations: { method: string; path: string; operationId: string; ours?: string }[] } = JSON.parse(
  readFileSync(join(ROOT, "tests", "data", "reference_operations.json"), "utf8"),
);

describe("the reference, reachable from TypeScript", () => {
  it("lists 79 operations", () => assert.equal(reference.operations.length, 79));
  for (const listed of reference.operations) {
    it(`${listed.method} ${listed.path}`, () => {
      const path = listed.ours ?? listed.path;
      const shape = (template: string) => template.replace(/\{[^}]+\}/g, "{}");
      const found = Object.values(table).find((op) => op.method === listed.method && shape(op.path) === shape(path));
      assert.ok(found, `${listed.method} ${path} (${listed.operationId}) is not in the operations table`);
      let resource: Record<string, unknown> | undefined = client;
      for (const segment of found.resource) resource = resource?.[segment] as Record<string, unknown> | undefined;
      assert.equal(typeof resource?.[found.verb], "function", `${found.resource.join(".")}.${found.verb}`);
    });
  }
});
