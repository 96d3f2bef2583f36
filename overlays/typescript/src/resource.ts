/** `client.calls` and every other resource, built from the generated operations table: one
 * method per operation (the first word of its operationId), typed from the table itself. */

import type { z } from "zod";
import { operations } from "../../../generated/typescript/operations.gen.js";
import type * as schemas from "../../../generated/typescript/zod.gen.js";
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

type Schemas = typeof schemas;
/** The generated type of a result, by its schema's name (`Call` -> the type of `zCall`). */
export type Model<N> = N extends string ? (`z${N}` extends keyof Schemas ? z.output<Schemas[`z${N}`]> : unknown) : undefined;

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

type Options<O> = Params<O> & CallOptions;
type HasId<O> = O extends { pathParams: readonly [unknown, unknown, ...unknown[]] } ? true : false;
type Args<O> = HasId<O> extends true
  ? {} extends Params<O>
    ? [id: string, options?: Options<O>]
    : [id: string, options: Options<O>]
  : {} extends Params<O>
    ? [options?: Options<O>]
    : [options: Options<O>];
type ItemOf<O> = O extends { items: infer I extends string; result: infer R }
  ? Model<R> extends { [K in I]?: readonly (infer T)[] | null } ? T : never
  : never;
type Method<O> = O extends { items: string; result: infer R }
  ? (...args: Args<O>) => Pager<ItemOf<O>, Model<R>>
  : O extends { result: infer R }
    ? (...args: Args<O>) => Promise<Model<R>>
    : never;
type RawMethod<O> = O extends { result: infer R } ? (...args: Args<O>) => Promise<APIResponse<Model<R>>> : never;
type Ids = Iterable<string> | AsyncIterable<string>;
type ManyOptions<O> = Options<O> & { bulk?: BulkOptions };
type ManyArgs<O> = {} extends Params<O> ? [ids: Ids, options?: ManyOptions<O>] : [ids: Ids, options: ManyOptions<O>];
type ManyMethod<O> = O extends { result: infer R } ? (...args: ManyArgs<O>) => BulkRun<Model<R>> : never;
type OfTag<T> = { [N in OpName]: Table[N]["tag"] extends T ? N : never }[OpName];

/** The methods of one resource: `create`, `createWithResponse`, `list`, `updateMany`, ... */
export type Resource<T extends string> = { readonly [N in OfTag<T> as Table[N]["verb"]]: Method<Table[N]> } & {
  readonly [N in OfTag<T> as `${Table[N]["verb"]}WithResponse`]: RawMethod<Table[N]>;
} & {
  readonly [N in OfTag<T> as Table[N]["many"] extends true ? `${Table[N]["verb"]}Many` : never]: ManyMethod<Table[N]>;
};

/** Every resource of the spec, by tag: `calls`, ... */
export type Resources = { readonly [T in Table[OpName]["tag"]]: Resource<T> };

/** What a resource needs from its client. */
export interface Sender {
  request(operation: Operation, id: string | undefined, options: Record<string, unknown>): Promise<APIResponse<unknown>>;
  pager(operation: Operation, id: string | undefined, options: Record<string, unknown>): Pager<unknown, unknown>;
  many(operation: Operation, ids: Ids, options: Record<string, unknown>): BulkRun<unknown>;
}

/** The operations of the table, grouped by tag. */
export function operationsByTag(): Map<string, Operation[]> {
  const byTag = new Map<string, Operation[]>();
  for (const operation of Object.values(operations) as Operation[]) {
    byTag.set(operation.tag, [...(byTag.get(operation.tag) ?? []), operation]);
  }
  return byTag;
}

/** The resource object of `tag`, sending through `sender`. */
export function makeResource(sender: Sender, tag: string, ops: readonly Operation[]): object {
  const resource: Record<string | symbol, unknown> = {};
  for (const operation of ops) {
    const hasId = operation.pathParams.length > 1;
    const split = (args: unknown[]): [string | undefined, Record<string, unknown>] =>
      hasId ? [args[0] as string, (args[1] ?? {}) as Record<string, unknown>] : [undefined, (args[0] ?? {}) as Record<string, unknown>];
    resource[operation.verb] = operation.items
      ? (...args: unknown[]) => sender.pager(operation, ...split(args))
      : async (...args: unknown[]) => (await sender.request(operation, ...split(args))).parsed;
    resource[`${operation.verb}WithResponse`] = (...args: unknown[]) => sender.request(operation, ...split(args));
    if (operation.many) {
      resource[`${operation.verb}Many`] = (ids: Ids, options?: Record<string, unknown>) => sender.many(operation, ids, options ?? {});
    }
  }
  const name = tag[0]!.toUpperCase() + tag.slice(1);
  resource[Symbol.for("nodejs.util.inspect.custom")] = () => name;
  return Object.freeze(resource);
}
