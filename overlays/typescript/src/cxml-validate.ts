/**
 * The cXML validator's engine: reads a document and checks it against a description table.
 *
 * It never resolves an entity or loads anything: a document with a DOCTYPE is refused at once
 * (so no entity can be declared, and none expands), the size is capped before parsing, and the
 * parser (saxes, a non-validating streaming parser that expands only XML's five predefined
 * entities and character references) reads from memory. The table, generated from
 * `spec/cxml.yaml`, is the only thing that names elements.
 */

import { SaxesParser } from "saxes";
import type { AttributeSpec, ElementSpec } from "./cxml.js";
import { InvalidParameterError } from "./errors.js";

/** The largest document `validateCxml` reads, in bytes of UTF-8 (1 MiB). */
export const CXML_MAX_BYTES = 1024 * 1024;

/** One thing wrong with a document: what (`code`), where (`path`, e.g.
 * `/Response/Dial[1]/@timeout`) and a sentence saying it.
 *
 * Codes: `too-large`, `not-well-formed`, `doctype`, `encoding`, `unknown-element`,
 * `not-allowed-here`, `unknown-attribute`, `missing-attribute`, `invalid-value`,
 * `text-not-allowed`, `missing-text`. */
export interface CxmlProblem {
  readonly code: string;
  readonly path: string;
  readonly message: string;
}

const INTEGER = /^-?[0-9]+$/;
const NUMBER = /^-?[0-9]+(\.[0-9]+)?$/;
const SPACE = /^[ \t\n\r]+|[ \t\n\r]+$/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const MISPLACED = new Set(["not-allowed-here", "unknown-element"]);

class Stop extends Error {
  constructor(readonly problem: CxmlProblem) {
    super(problem.message);
  }
}

interface Frame {
  readonly spec: ElementSpec | undefined; // undefined: not described (its inside is not checked)
  readonly path: string;
  readonly counts: Map<string, number>;
  readonly text: string[];
}

/** The problems of `text` as the `document` kind (a key of `documents`), or, when it is not
 * given, as the kind whose `<Response>` allows the most of what is in it. */
export function validate(
  text: unknown,
  documents: Readonly<{ [kind: string]: ElementSpec }>,
  elements: ReadonlyMap<string, ElementSpec>,
  document: string | undefined,
  maxBytes: number,
): CxmlProblem[] {
  if (typeof maxBytes !== "number" || !Number.isSafeInteger(maxBytes) || maxBytes < 1) {
    throw new InvalidParameterError("maxBytes", `must be a whole number above 0: ${String(maxBytes)}`);
  }
  if (document !== undefined && !Object.hasOwn(documents, document)) {
    throw new InvalidParameterError("document", `must be one of ${Object.keys(documents).join(", ")}`);
  }
  const source = decode(text, maxBytes);
  if (typeof source !== "string") return [source];
  if (document !== undefined) return new Reader(documents[document]!, elements).read(source);
  let best: [number, number, CxmlProblem[]] | undefined;
  for (const root of Object.values(documents)) {
    const problems = new Reader(root, elements).read(source);
    const misplaced = problems.filter((p) => MISPLACED.has(p.code) && p.path.split("/").length === 3).length;
    if (best === undefined || misplaced < best[0] || (misplaced === best[0] && problems.length < best[1])) {
      best = [misplaced, problems.length, problems];
    }
    if (problems.length === 0) break;
  }
  return best![2];
}

function decode(text: unknown, maxBytes: number): string | CxmlProblem {
  let source: string;
  if (typeof text === "string") {
    if (text.length > maxBytes) return tooLarge(maxBytes); // each UTF-16 unit is one byte of UTF-8 or more
    if (LONE_SURROGATE.test(text)) return { code: "not-well-formed", path: "", message: "the text is not valid Unicode" };
    source = text;
  } else if (text instanceof Uint8Array) {
    if (text.length > maxBytes) return tooLarge(maxBytes);
    try {
      source = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(text);
    } catch {
      return { code: "not-well-formed", path: "", message: "the bytes are not UTF-8" };
    }
  } else {
    throw new InvalidParameterError("text", `must be a string or a Uint8Array, not ${text === null ? "null" : typeof text}`);
  }
  if (Buffer.byteLength(source, "utf8") > maxBytes) return tooLarge(maxBytes);
  return source;
}

function tooLarge(maxBytes: number): CxmlProblem {
  return { code: "too-large", path: "", message: `the document is larger than ${maxBytes} bytes` };
}

/** One pass of saxes over a document, checking each element against the table. */
class Reader {
  readonly #known: Set<string>;
  readonly #problems: CxmlProblem[] = [];
  readonly #stack: Frame[] = [];

  constructor(
    readonly root: ElementSpec,
    readonly elements: ReadonlyMap<string, ElementSpec>,
  ) {
    this.#known = new Set([...[...elements.values()].map((spec) => spec.xml), root.xml]);
  }

  read(source: string): CxmlProblem[] {
    const parser = new SaxesParser({ position: true });
    parser.on("xmldecl", (declaration) => {
      const encoding = declaration.encoding;
      if (encoding !== undefined && !["UTF-8", "UTF8"].includes(encoding.toUpperCase().replace(/_/g, "-"))) {
        this.#problem("encoding", "", `the declaration names ${JSON.stringify(encoding)}; cXML is UTF-8`);
      }
    });
    parser.on("doctype", () => {
      throw new Stop({ code: "doctype", path: "", message: "a DOCTYPE is not allowed (no DTD, no entities)" });
    });
    parser.on("opentag", (tag) => this.#start(tag.name, tag.attributes as { [name: string]: string }));
    parser.on("closetag", () => this.#end());
    parser.on("text", (data) => this.#characters(data));
    parser.on("cdata", (data) => this.#characters(data));
    parser.on("error", (error) => {
      throw error;
    });
    try {
      parser.write(source.startsWith("\uFEFF") ? source.slice(1) : source).close();
    } catch (error) {
      if (error instanceof Stop) return [error.problem];
      const message = error instanceof Error ? error.message : String(error);
      return [{ code: "not-well-formed", path: "", message: `not well-formed XML: ${message}` }];
    }
    return this.#problems;
  }

  #problem(code: string, path: string, message: string): void {
    this.#problems.push({ code, path, message });
  }

  #start(tag: string, attributes: { [name: string]: string }): void {
    const parent = this.#stack.at(-1);
    let path: string;
    let spec: ElementSpec | undefined;
    if (parent === undefined) {
      path = `/${tag}`;
      spec = tag === this.root.xml ? this.root : undefined;
      if (spec === undefined) this.#problem("unknown-element", path, `the root must be <${this.root.xml}>`);
    } else {
      const count = (parent.counts.get(tag) ?? 0) + 1;
      parent.counts.set(tag, count);
      path = `${parent.path}/${tag}[${count}]`;
      spec = this.#child(parent, tag, path);
    }
    if (spec !== undefined) this.#attributes(spec, path, attributes);
    this.#stack.push({ spec, path, counts: new Map(), text: [] });
  }

  #child(parent: Frame, tag: string, path: string): ElementSpec | undefined {
    if (parent.spec === undefined) return undefined; // inside an element already reported
    for (const id of parent.spec.children) {
      const spec = this.elements.get(id)!;
      if (spec.xml === tag) return spec;
    }
    const allowed = parent.spec.children.map((id) => `<${this.elements.get(id)!.xml}>`).join(", ");
    if (this.#known.has(tag)) {
      const where = allowed ? `(it allows ${allowed})` : "(it allows no elements)";
      this.#problem("not-allowed-here", path, `<${parent.spec.xml}> does not allow <${tag}> ${where}`);
    } else {
      this.#problem("unknown-element", path, `cXML has no element <${tag}>`);
    }
    return undefined;
  }

  #attributes(spec: ElementSpec, path: string, attributes: { [name: string]: string }): void {
    for (const [name, value] of Object.entries(attributes)) {
      const attribute = spec.attributes.find((a) => a.xml === name);
      const where = `${path}/@${name}`;
      if (attribute === undefined) {
        this.#problem("unknown-attribute", where, `<${spec.xml}> has no attribute ${name}`);
        continue;
      }
      const problem = valueProblem(attribute, value);
      if (problem !== undefined) this.#problem("invalid-value", where, `${name} ${problem}`);
    }
    for (const attribute of spec.attributes) {
      if (attribute.required && !Object.hasOwn(attributes, attribute.xml)) {
        this.#problem("missing-attribute", path, `<${spec.xml}> needs the ${attribute.xml} attribute`);
      }
    }
  }

  #characters(data: string): void {
    const frame = this.#stack.at(-1);
    if (frame?.spec !== undefined) frame.text.push(data);
  }

  #end(): void {
    const frame = this.#stack.pop();
    const spec = frame?.spec;
    if (frame === undefined || spec === undefined) return;
    const text = frame.text.join("").replace(SPACE, "");
    const where = `${frame.path}/text()`;
    if (spec.text === null) {
      if (text) this.#problem("text-not-allowed", where, `<${spec.xml}> takes no text`);
    } else if (!text && spec.text.required && frame.counts.size === 0) {
      this.#problem("missing-text", where, `<${spec.xml}> needs its text`);
    } else if (text && (spec.text.values ?? []).length > 0 && !spec.text.values!.includes(text)) {
      this.#problem("invalid-value", where, `must be one of ${spec.text.values!.join(", ")}: ${JSON.stringify(text)}`);
    }
  }
}

/** What is wrong with an attribute's written value, or undefined. */
export function valueProblem(attribute: AttributeSpec, value: string): string | undefined {
  let items = [value];
  if (attribute.list) {
    const sep = attribute.separator ?? " ";
    items = sep === " " ? value.split(/[ \t\n\r]+/).filter((item) => item !== "") : value.split(sep).map((item) => item.replace(SPACE, ""));
    if (items.length === 0 || items.some((item) => item === "")) return `must list one or more values separated by ${JSON.stringify(sep)}: ${JSON.stringify(value)}`;
  }
  for (const item of items) {
    const problem = itemProblem(attribute, item);
    if (problem !== undefined) return problem;
  }
  return undefined;
}

function itemProblem(attribute: AttributeSpec, item: string): string | undefined {
  const kind = attribute.kind;
  if (kind === "boolean" && item !== "true" && item !== "false") return `must be true or false: ${JSON.stringify(item)}`;
  if (kind === "integer" && !INTEGER.test(item)) return `must be a whole number: ${JSON.stringify(item)}`;
  if (kind === "number" && !NUMBER.test(item)) return `must be a decimal number: ${JSON.stringify(item)}`;
  if (kind === "enum" && !(attribute.values ?? []).includes(item)) return `must be one of ${(attribute.values ?? []).join(", ")}: ${JSON.stringify(item)}`;
  return undefined;
}
