/** `client.calls`, `client.calls.recordings` and every other resource, built from the generated
 * resource tree and operations table: one method per operation, typed from the table itself. */

import { operations, resources } from "../../../generated/typescript/operations.gen.js";
import type { Models } from "../../../generated/typescript/models.gen.js";
import type { BulkOptions, BulkRun } from "./bulk.js";
import type { ExtraValue } from "./extras.js";
import type { Operation } from "./operation.js";

type Table = typeof operations;
type OpName = keyof Table;

type Scalar<F> = F extends { kind: "enum"; choices: readonly (infer C)[] }
  ? C
  : F extends { kind: "integer" | "number" }
    ? number
    : F extends { kind: "boolean" }
      ? boolean
      : F extends { kind: "date" }
        ? string | Date
        : string;
type Value<F> = F extends { array: true } ? readonly Scalar<F>[] : Scalar<F>;
type FieldOf<O> = O extends { query: readonly (infer Q)[]; body: readonly (infer B)[] } ? Q | B : never;
type NameOf<F> = F extends { name: infer N extends string } ? N : never;

/** The fields of an operation: the spec's names with the first letter lowered. */
export type Params<O> = { [F in FieldOf<O> as F extends { required: true } ? NameOf<F> : never]: Value<F> } & {
  [F in FieldOf<O> as F extends { required: true } ? never : NameOf<F>]?: Value<F>;
};

/** Per-call settings, next to the fields of every method. */
export interface CallOptions {
  /** Defaults to the Project ID. */
  accountSid?: string;
  timeoutMs?: number;
  maxRetries?: number;
  retryUnknownOutcome?: boolean;
  /** Headers to add; those the client sets itself (`Authorization`, `Content-Type`, ...) are
   * refused. */
  extraHeaders?: Readonly<Record<string, string>>;
  /** Query parameters the spec does not list, appended after its own; a field's name is refused. */
  extraQuery?: Readonly<Record<string, ExtraValue>>;
  /** Form fields the spec does not list, appended after its own; a field's name is refused. */
  extraBody?: Readonly<Record<string, ExtraValue>>;
  /** Aborting it ends the call (a pager: its current page) with `APIUserAbortError`, which
   * says whether the request may have been sent; nothing is retried after it. */
  signal?: AbortSignal;
}

/** The generated type of a result, by its schema's name (`Call` -> the generated `Call`, the
 * type its zod schema checks): a plain type, so that checking a program that uses the package
 * does not make the compiler work through zod's types. */
export type Model<N> = N extends string ? (N extends keyof Models ? Models[N] : unknown) : undefined;

/** A result together with the HTTP response it came from. */
export interface APIResponse<T> {
  parsed: T;
  status: number;
  headers: Headers;
  body: string;
}

/** The items of a paged list; `for await` fetches page after page, following `next_page_uri`. */
export interface Pager<Item, Page> extends AsyncIterable<Item> {
  /** Each page, the first one first. */
  pages(): AsyncIterable<Page>;
}

/** An operation whose path does not start with the account (`/Accounts/{AccountSid}` names
 * one by its id) takes no `accountSid`. */
type Options<O> = Params<O> & (O extends { account: true } ? CallOptions : Omit<CallOptions, "accountSid">);
/** One string per path parameter, in URL order. */
type IdsOf<P> = P extends readonly [unknown, ...infer Rest] ? [string, ...IdsOf<Rest>] : [];
/** The path's ids after the account (where the path starts with it). */
type Ids<O> = O extends { pathParams: readonly [unknown, ...infer Rest]; account: true }
  ? IdsOf<Rest>
  : O extends { pathParams: infer P }
    ? IdsOf<P>
    : [];
type Parents<O> = Ids<O> extends [...infer P, string] ? P : [];
type Args<O> = {} extends Params<O> ? [...Ids<O>, options?: Options<O>] : [...Ids<O>, options: Options<O>];
type ItemOf<O> = O extends { items: infer I extends string; result: infer R }
  ? Model<R> extends { [K in I]?: readonly (infer T)[] | null } ? T : never
  : never;
type Method<O> = O extends { items: string; result: infer R }
  ? (...args: Args<O>) => Pager<ItemOf<O>, Model<R>>
  : O extends { result: infer R }
    ? (...args: Args<O>) => Promise<Model<R>>
    : never;
type RawMethod<O> = O extends { result: infer R } ? (...args: Args<O>) => Promise<APIResponse<Model<R>>> : never;
type ManyIds = Iterable<string> | AsyncIterable<string>;
type ManyOptions<O> = Options<O> & { bulk?: BulkOptions };
type ManyArgs<O> = {} extends Params<O>
  ? [...Parents<O>, ids: ManyIds, options?: ManyOptions<O>]
  : [...Parents<O>, ids: ManyIds, options: ManyOptions<O>];
type ManyMethod<O> = O extends { result: infer R } ? (...args: ManyArgs<O>) => BulkRun<Model<R>> : never;

type Node = { readonly operations: readonly OpName[]; readonly children: { readonly [child: string]: Node } };
type OpsOf<N extends Node> = N["operations"][number];

/** One resource: its methods (`create`, `createWithResponse`, `list`, `updateMany`, ...) and
 * its child resources (`calls.recordings`). */
export type Resource<N extends Node> = { readonly [O in OpsOf<N> as Table[O]["verb"]]: Method<Table[O]> } & {
  readonly [O in OpsOf<N> as `${Table[O]["verb"]}WithResponse`]: RawMethod<Table[O]>;
} & {
  readonly [O in OpsOf<N> as Table[O]["many"] extends true ? `${Table[O]["verb"]}Many` : never]: ManyMethod<Table[O]>;
} & { readonly [C in keyof N["children"]]: Resource<N["children"][C]> };

type Tree = typeof resources;
/** Every root resource of the spec: `calls`, `conferences`, ... */
export type Resources = { readonly [R in keyof Tree]: Resource<Tree[R]> };

/** What a resource needs from its client. */
export interface Sender {
  request(operation: Operation, ids: readonly unknown[], options: Record<string, unknown>): Promise<APIResponse<unknown>>;
  pager(operation: Operation, ids: readonly unknown[], options: Record<string, unknown>): Pager<unknown, unknown>;
  many(operation: Operation, parents: readonly unknown[], ids: ManyIds, options: Record<string, unknown>): BulkRun<unknown>;
}

interface TreeNode {
  readonly operations: readonly string[];
  readonly children: Readonly<Record<string, TreeNode>>;
}

/** Puts the root resources on `target` (the client), sending through `sender`; each resource
 * is made on first use. */
export function attachResources(target: object, sender: Sender): void {
  for (const [name, node] of Object.entries(resources as Readonly<Record<string, TreeNode>>)) {
    lazy(target, name, () => makeResource(sender, [name], node));
  }
}

function lazy(target: object, name: string, make: () => object): void {
  let value: object | undefined;
  Object.defineProperty(target, name, { enumerable: true, get: () => (value ??= make()) });
}

/** The resource at `chain` (its methods and its children), sending through `sender`. */
function makeResource(sender: Sender, chain: readonly string[], node: TreeNode): object {
  const resource: Record<string | symbol, unknown> = {};
  const table = operations as Readonly<Record<string, Operation>>;
  for (const name of node.operations) {
    const operation = table[name]!;
    const count = operation.pathParams.length - (operation.account ? 1 : 0);
    const split = (args: unknown[]): [unknown[], Record<string, unknown>] => [
      args.slice(0, count),
      (args[count] ?? {}) as Record<string, unknown>,
    ];
    resource[operation.verb] = operation.items
      ? (...args: unknown[]) => sender.pager(operation, ...split(args))
      : async (...args: unknown[]) => (await sender.request(operation, ...split(args))).parsed;
    resource[`${operation.verb}WithResponse`] = (...args: unknown[]) => sender.request(operation, ...split(args));
    if (operation.many) {
      resource[`${operation.verb}Many`] = (...args: unknown[]) =>
        sender.many(operation, args.slice(0, count - 1), args[count - 1] as ManyIds, (args[count] ?? {}) as Record<string, unknown>);
    }
  }
  for (const [child, childNode] of Object.entries(node.children)) {
    lazy(resource, child, () => makeResource(sender, [...chain, child], childNode));
  }
  const shown = chain.join(".");
  resource[Symbol.for("nodejs.util.inspect.custom")] = () => shown;
  return Object.freeze(resource);
}
