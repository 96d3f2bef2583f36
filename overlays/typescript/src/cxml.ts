/**
 * cXML documents as trees: the generic element, its checks, escaping and serialization.
 *
 * It knows no element: each generated class of `generated/typescript/cxml.gen.ts` carries its
 * `SPEC` (tag, text, attributes, children), written from `spec/cxml.yaml`. Every value is
 * checked when the element is made, so a built document is always well-formed.
 */

import { InvalidParameterError } from "./errors.js";

/** One attribute: its XML name (the option's name too) and kind of value. */
export interface AttributeSpec {
  readonly xml: string;
  readonly kind: "string" | "integer" | "number" | "boolean" | "enum" | "boolean-or-string";
  readonly values?: readonly string[];
  readonly list?: boolean;
  readonly separator?: string;
  readonly required?: boolean;
}

/** An element's text: required or not, one of `values` if given; `mixed` when the children
 * are markup inside it (SSML in `<Say>`), so text may come between them too. */
export interface TextSpec {
  readonly required?: boolean;
  readonly values?: readonly string[];
  readonly mixed?: boolean;
}

/** One element of the description: `id` is its class name, `xml` its tag; `children` are the
 * ids of the elements it allows inside it. */
export interface ElementSpec {
  readonly id: string;
  readonly xml: string;
  readonly text: TextSpec | null;
  readonly attributes: readonly AttributeSpec[];
  readonly children: readonly string[];
}

// Characters XML 1.0 cannot hold (C0 controls but tab, newline and carriage return; U+FFFE
// and U+FFFF), and lone surrogates, which are not text.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const TEXT_ESCAPES: Readonly<{ [c: string]: string }> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;" };
const ATTRIBUTE_ESCAPES: Readonly<{ [c: string]: string }> = { ...TEXT_ESCAPES, '"': "&quot;", "\n": "&#10;", "\t": "&#09;" };
const TEXT_SPECIAL = /[&<>\r]/g;
const ATTRIBUTE_SPECIAL = /[&<>"\r\n\t]/g;
/** The XML declaration every document starts with. */
export const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/** A cXML element: its text, attributes (checked and written out) and children, with runs of
 * text between them where its text is mixed. */
export abstract class CxmlElement {
  readonly #spec: ElementSpec;
  readonly #text: string | undefined;
  readonly #attributes: readonly (readonly [string, string])[];
  readonly #children: (CxmlElement | string)[] = [];

  protected constructor(spec: ElementSpec, text: unknown, attributes: unknown) {
    if (spec.text && !spec.text.required && typeof text === "object" && text !== null && attributes === undefined) {
      [text, attributes] = [undefined, text]; // the options alone, where the text is optional
    }
    this.#spec = spec;
    this.#text = checkElementText(spec, text);
    this.#attributes = checkAttributes(spec, attributes);
  }

  /** Adds `child` (already checked when it was made) and returns it. */
  protected nest<T extends CxmlElement>(child: T): T {
    this.add(child);
    return child;
  }

  /** Adds a run of text after the last child (where the text is mixed). */
  protected addTextRun(text: unknown): void {
    if (!this.#spec.text?.mixed) throw new InvalidParameterError("text", `<${this.#spec.xml}> takes no text among children`);
    const run = checkedText("text", text);
    if (run) this.#children.push(run); // an empty run writes nothing, so it is not kept
  }

  protected add(child: unknown): void {
    if (typeof child === "string" && this.#spec.text?.mixed) {
      this.addTextRun(child);
      return;
    }
    if (!(child instanceof CxmlElement) || !this.#spec.children.includes(child.#spec.id)) {
      const what = child instanceof CxmlElement ? `<${child.#spec.xml}>` : typeof child;
      const allowed = this.#spec.children.map((c) => `<${c}>`).join(", ") || "no children";
      throw new InvalidParameterError("child", `<${this.#spec.xml}> does not allow ${what} inside it (it allows ${allowed})`);
    }
    this.#children.push(child);
  }

  /** The document (or this element) as XML text, with the declaration by default. */
  toXml(xmlDeclaration = true): string {
    const parts = xmlDeclaration ? [DECLARATION] : [];
    this.#write(parts);
    return parts.join("");
  }

  toString(): string {
    return this.toXml();
  }

  #write(parts: string[]): void {
    const tag = this.#spec.xml;
    parts.push(`<${tag}`);
    for (const [name, value] of this.#attributes) parts.push(` ${name}="${escape(value, ATTRIBUTE_SPECIAL, ATTRIBUTE_ESCAPES)}"`);
    if (!this.#text && this.#children.length === 0) {
      parts.push(" />");
      return;
    }
    parts.push(">");
    if (this.#text) parts.push(escape(this.#text, TEXT_SPECIAL, TEXT_ESCAPES));
    for (const child of this.#children) {
      if (typeof child === "string") parts.push(escape(child, TEXT_SPECIAL, TEXT_ESCAPES));
      else child.#write(parts);
    }
    parts.push(`</${tag}>`);
  }
}

function escape(text: string, special: RegExp, escapes: Readonly<{ [c: string]: string }>): string {
  return text.replace(special, (c) => escapes[c] ?? c);
}

/** `value` if it is text XML can hold, else `InvalidParameterError`. */
export function checkedText(field: string, value: unknown): string {
  if (typeof value !== "string") throw new InvalidParameterError(field, `must be text, not ${kindOf(value)}`);
  const bad = FORBIDDEN.exec(value);
  if (bad) {
    const code = bad[0].charCodeAt(0);
    const what = code >= 0xd800 && code <= 0xdfff ? "a lone surrogate" : "a control character";
    const hex = code.toString(16).toUpperCase().padStart(4, "0");
    throw new InvalidParameterError(field, `holds ${what} (U+${hex}) that XML cannot carry`);
  }
  return value;
}

function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value;
}

function checkElementText(spec: ElementSpec, value: unknown): string | undefined {
  if (spec.text === null) {
    if (value !== undefined && value !== null) throw new InvalidParameterError("text", `<${spec.xml}> takes no text`);
    return undefined;
  }
  if (value === undefined || value === null || value === "") {
    if (spec.text.required) throw new InvalidParameterError("text", `<${spec.xml}> needs its text`);
    return undefined;
  }
  const text = checkedText("text", value);
  const values = spec.text.values ?? [];
  if (values.length > 0 && !values.includes(text)) {
    throw new InvalidParameterError("text", `<${spec.xml}> takes one of ${values.join(", ")}, not ${JSON.stringify(text)}`);
  }
  return text;
}

function checkAttributes(spec: ElementSpec, given: unknown): (readonly [string, string])[] {
  if (given === undefined || given === null) given = {};
  if (typeof given !== "object" || Array.isArray(given)) {
    throw new InvalidParameterError("attributes", `must be an object of <${spec.xml}>'s attributes, not ${kindOf(given)}`);
  }
  const written: (readonly [string, string])[] = [];
  for (const [name, value] of Object.entries(given as object)) {
    const attribute = spec.attributes.find((a) => a.xml === name);
    if (attribute === undefined) {
      const known = spec.attributes.map((a) => a.xml).join(", ") || "none";
      throw new InvalidParameterError(name, `<${spec.xml}> has no attribute ${JSON.stringify(name)} (it has: ${known})`);
    }
    if (value === undefined || value === null) continue;
    written.push([attribute.xml, writeValue(spec, attribute, value)]);
  }
  const present = new Set(written.map(([xml]) => xml));
  for (const attribute of spec.attributes) {
    if (attribute.required && !present.has(attribute.xml)) throw new InvalidParameterError(attribute.xml, `<${spec.xml}> needs ${attribute.xml}`);
  }
  return written.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)); // by XML name, as twilio-python writes them
}

function writeValue(spec: ElementSpec, attribute: AttributeSpec, value: unknown): string {
  if (!attribute.list) return writeOne(spec, attribute, value);
  const items: unknown[] = Array.isArray(value) ? value : [value];
  if (items.length === 0) throw new InvalidParameterError(attribute.xml, "needs at least one value");
  return items.map((item) => writeOne(spec, attribute, item)).join(attribute.separator ?? " ");
}

function writeOne(spec: ElementSpec, attribute: AttributeSpec, value: unknown): string {
  const { xml: name, kind } = attribute;
  if (kind === "boolean" || (kind === "boolean-or-string" && typeof value === "boolean")) {
    if (typeof value !== "boolean") throw new InvalidParameterError(name, `must be true or false, not ${JSON.stringify(value) ?? typeof value}`);
    return value ? "true" : "false";
  }
  if (kind === "integer") return formatInteger(name, value);
  if (kind === "number") return formatNumber(name, value);
  const text = checkedText(name, value);
  const values = attribute.values ?? [];
  if (kind === "enum" && !values.includes(text)) {
    throw new InvalidParameterError(name, `<${spec.xml}> takes one of ${values.join(", ")}, not ${JSON.stringify(text)}`);
  }
  return text;
}

/** A whole number, written plainly. */
export function formatInteger(name: string, value: unknown): string {
  if (typeof value !== "number" || !Number.isInteger(value)) {
    throw new InvalidParameterError(name, `must be a whole number, not ${JSON.stringify(value) ?? typeof value}`);
  }
  if (!Number.isSafeInteger(value)) throw new InvalidParameterError(name, `must be at most ${Number.MAX_SAFE_INTEGER} in size`);
  return String(value === 0 ? 0 : value); // -0 is 0
}

/** A finite number in plain decimal notation (no exponent), its shortest exact digits. */
export function formatNumber(name: string, value: unknown): string {
  if (typeof value !== "number" || Number.isNaN(value)) {
    throw new InvalidParameterError(name, `must be a number, not ${JSON.stringify(value) ?? typeof value}`);
  }
  if (Number.isInteger(value)) return formatInteger(name, value);
  if (!Number.isFinite(value)) throw new InvalidParameterError(name, `must be a finite number, not ${value}`);
  const shortest = String(value);
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(shortest);
  if (!match) return shortest;
  const [, sign, whole = "", fraction = "", exponent = "0"] = match;
  const digits = whole + fraction;
  const point = whole.length + Number(exponent);
  const plain =
    point <= 0
      ? `0.${"0".repeat(-point)}${digits}`
      : point >= digits.length
        ? digits + "0".repeat(point - digits.length)
        : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return sign + plain;
}
