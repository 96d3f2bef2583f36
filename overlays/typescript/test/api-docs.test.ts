// The API reference page (docs/api.md, written by scripts/api_docs.py) names what the
// TypeScript package really has: every call it shows resolves on `SignalWire`, through the
// generated `resources` tree, with the page's positional ids, fields and results.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { resources } from "../../../generated/typescript/operations.gen.js";
import * as schemas from "../../../generated/typescript/zod.gen.js";
import * as sdk from "../src/index.js";
import { type Operation, SignalWire, operations } from "../src/index.js";
import { ROOT } from "./sandbox.js";

const PAGE = readFileSync(join(ROOT, "docs", "api.md"), "utf8");

interface Row {
  typescript: string;
  wire: string;
  where: string;
  required: boolean;
}

interface Shown {
  name: string;
  lines: Map<string, string[]>;
  rows: Row[];
}

interface TreeNode {
  readonly operations: readonly string[];
  readonly children: Readonly<Record<string, TreeNode>>;
}

const table = operations as Readonly<Record<string, Operation>>;
const models = schemas as unknown as Readonly<Record<string, unknown>>;
const exported = sdk as unknown as Readonly<Record<string, unknown>>;

function cells(line: string): string[] {
  return line.trim().replace(/^\||\|$/g, "").split(/(?<!\\)\|/).map((cell) => cell.trim());
}

/** The operations of `page`, in its order: each one's labelled lines (their code) and table. */
function shown(page: string): Shown[] {
  const found: Shown[] = [];
  for (const line of page.split("\n")) {
    const heading = /^### `([\w.]+)`$/.exec(line);
    const current = found.at(-1);
    if (heading) found.push({ name: heading[1]!, lines: new Map(), rows: [] });
    else if (line.startsWith("## ")) found.push({ name: "", lines: new Map(), rows: [] });
    else if (!current?.name) continue;
    else if (/^- [^:`]+: /.test(line)) {
      const [, label, rest] = /^- ([^:`]+): (.*)$/.exec(line)!;
      current.lines.set(label!, [...rest!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
    } else if (line.startsWith("| `")) {
      const row = cells(line);
      const [, wire, where] = /^`(.+)` \((\w+)\)$/.exec(row[3]!) ?? [];
      current.rows.push({ typescript: row[1]!.replace(/`/g, ""), wire: wire!, where: where!, required: row[5] === "yes" });
    }
  }
  return found.filter((op) => op.name);
}

/** `sw.a.b.verb(x, y, { k, ... })`: the chain, the method, the ids and the fields named. */
function call(code: string): { chain: string[]; verb: string; ids: string[]; named: string[] } {
  const match = /sw\.([\w.]+)\.(\w+)\((.*)\)/.exec(code);
  assert.ok(match, code);
  const args = match[3]!;
  const open = args.indexOf("{");
  const ids = (open < 0 ? args : args.slice(0, open)).split(",").map((a) => a.trim()).filter(Boolean);
  const named = open < 0 ? [] : args.slice(open + 1, args.indexOf("}")).split(",").map((a) => a.trim());
  return { chain: match[1]!.split("."), verb: match[2]!, ids, named: named.filter((n) => n && n !== "...") };
}

/** The zod schema's element type of a page's items, unwrapped of `.nullish()`. */
function element(page: unknown, items: string): unknown {
  let field = (page as { shape?: Record<string, unknown> } | undefined)?.shape?.[items] as { unwrap?: () => unknown; element?: unknown } | undefined;
  while (field && !field.element && field.unwrap) field = field.unwrap() as typeof field;
  return field?.element;
}

function countNodes(nodes: Readonly<Record<string, TreeNode>>): number {
  return Object.values(nodes).reduce((sum, node) => sum + 1 + countNodes(node.children), 0);
}

/** Every way `page` and the TypeScript package disagree. */
function problemsOf(page: string): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => ok || problems.push(what);
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const client = new SignalWire({ projectId: "AC", apiToken: "token", spaceUrl: "example" }) as unknown as Record<string, unknown>;
  const seen = new Set<string>();
  for (const op of shown(page)) {
    const lines = op.lines.get("TypeScript") ?? [];
    const { chain, verb, ids, named } = call(lines[0] ?? "");
    const where = `${op.name}: sw.${chain.join(".")}.${verb}`;
    let node: TreeNode | undefined = { operations: [], children: resources as Readonly<Record<string, TreeNode>> };
    for (const segment of chain) node = node?.children[segment];
    const operation = node?.operations.map((name) => table[name]!).find((o) => o.verb === verb);
    if (!operation) {
      problems.push(`${where}: not in the resources tree`);
      continue;
    }
    seen.add(operation.name);
    let resource = client as Record<string, unknown> | undefined;
    for (const segment of chain) resource = resource?.[segment] as Record<string, unknown> | undefined;
    check(typeof resource?.[verb] === "function", `${where}: not a method of SignalWire`);
    check(typeof resource?.[`${verb}WithResponse`] === "function", `${where}WithResponse`);
    const real = operation.pathParams.slice(operation.account ? 1 : 0).map((p) => p.name);
    check(same(ids, real), `${where}: ids ${ids}, not ${real}`);
    const fields = [...operation.query, ...operation.body];
    const rows = op.rows.filter((r) => r.where !== "path");
    check(same(op.rows.filter((r) => r.where === "path").map((r) => r.typescript), real), `${where}: ids in the table`);
    check(same(rows.map((r) => [r.typescript, r.wire, r.required]), fields.map((f) => [f.name, f.wire, Boolean(f.required)])), `${where}: fields`);
    check(same(named, fields.filter((f) => f.required).map((f) => f.name)), `${where}: required fields ${named}`);
    const result = lines.at(-1) ?? "";
    if (operation.items) {
      check(lines[0]!.startsWith("for await (const item of sw."), `${where}: a list is iterated`);
      const [, item, listing] = /^Pager<(\w+), (\w+)>$/.exec(result) ?? [];
      check(listing === operation.result, `${where}: the page type ${listing}`);
      const ok = item !== undefined && models[`z${item}`] !== undefined && element(models[`z${listing}`], operation.items) === models[`z${item}`];
      check(ok, `${where}: the item type ${item}`);
    } else {
      check(lines[0]!.startsWith("await sw."), `${where}: awaited`);
      check(result === (operation.result ?? "undefined"), `${where}: resolves to ${result}`);
      check(result === "undefined" || models[`z${result}`] !== undefined, `${where}: no type ${result}`);
    }
    const many = op.lines.get("Many ids, TypeScript");
    check((many !== undefined) === Boolean(operation.many), `${where}: ${verb}Many shown or not`);
    check((many !== undefined) === (typeof resource?.[`${verb}Many`] === "function"), `${where}Many`);
    if (many) {
      const bulk = call(many[0]!);
      check(bulk.verb === `${verb}Many` && same(bulk.chain, chain), `${where}: ${bulk.verb}`);
      check(same(bulk.ids.slice(0, -1), real.slice(0, -1)) && bulk.ids.length === real.length, `${where}Many: ids ${bulk.ids}`);
      check(many.at(-1) === `BulkRun<${operation.result ?? "undefined"}>`, `${where}Many: ${many.at(-1)}`);
    }
  }
  const missing = Object.keys(table).filter((name) => !seen.has(name));
  check(missing.length === 0, `operations not shown: ${missing}`);
  const count = ` ${Object.keys(table).length} operations in ${countNodes(resources as Readonly<Record<string, TreeNode>>)} resources`;
  check(page.includes(count), `the page does not say${count}`);
  const hooks = [...page.matchAll(/^\| `(\w+)` \| `\w+\(form\)` returns `\w+` \| `(\w+)\(form\)` returns `(\w+)` \|/gm)];
  check(page.includes(`, and ${hooks.length} webhooks.`), `the page does not say ${hooks.length} webhooks`);
  for (const [, key, name, payload] of hooks) {
    const parse = exported[name!];
    check(typeof parse === "function", `webhook ${key}: no ${name} in the package`);
    check(models[`z${payload}`] !== undefined, `webhook ${key}: no type ${payload}`);
    if (typeof parse === "function") check(same(parse(new URLSearchParams("A=b")), { A: "b" }), `webhook ${key}: ${name} reads no form`);
  }
  return problems;
}

describe("the API reference page, in TypeScript", () => {
  it("names every operation with the package's ids, fields and results", () => {
    assert.deepEqual(problemsOf(PAGE), []);
    assert.equal(shown(PAGE).length, Object.keys(table).length);
  });

  it("fails when a name on the page is not the package's", () => {
    const broken: Record<string, [string, string]> = {
      "an id": ["update(callSid, recordingSid,", "update(callSid, recordingId,"],
      "a method": ["`await sw.queues.members.update(queueSid", "`await sw.queues.members.edit(queueSid"],
      "a result": ["fetch(callSid)` resolves to `Call`", "fetch(callSid)` resolves to `Calls`"],
      "a field": ["| `pauseBehavior` |", "| `pauseMode` |"],
      "a list": ["`Pager<Call, CallList>`", "`Pager<Call, Calls>`"],
      "a bulk form": ["deleteMany(messageSid, mediaSids", "deleteMany(messageId, mediaSids"],
      "a webhook": ["`parseCallStatus(form)`", "`parseCallState(form)`"],
      "the count": [" operations in ", " operations across "],
    };
    for (const [what, [old, replacement]] of Object.entries(broken)) {
      assert.ok(PAGE.includes(old), what);
      assert.notDeepEqual(problemsOf(PAGE.replace(old, replacement)), [], what);
    }
  });
});
