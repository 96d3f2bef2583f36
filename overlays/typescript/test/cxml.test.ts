// cXML: the shared vectors (tests/vectors/cxml.json), the same ones the Python SDK runs; types
// that reject a wrong attribute, enum value or child; hostile input; and the description's
// reach: every element and attribute of spec/cxml.yaml is a method and an option here.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { SaxesParser } from "saxes";
import {
  CXML_MAX_BYTES,
  CxmlElement,
  FaxResponse,
  InvalidParameterError,
  MessagingResponse,
  VoiceResponse,
  cxml,
  validateCxml,
} from "../src/index.js";
import { PYTHON, ROOT } from "./sandbox.js";

interface Node {
  element: string;
  append?: string; // in errors: this class made on its own, then appended
  text?: string;
  attributes?: { [name: string]: unknown };
  children?: (Node | string)[]; // a string: text after the child before it
}
const VECTORS: any = JSON.parse(readFileSync(join(ROOT, "tests", "vectors", "cxml.json"), "utf8"));
const KIND: { [response: string]: "voice" | "messaging" | "fax" } = { VoiceResponse: "voice", MessagingResponse: "messaging", FaxResponse: "fax" };
const CLASSES: { [id: string]: any } = cxml;
/** The method of a tag: `Say` is `say`, `say-as` is `sayAs`. */
const lowerCamel = (name: string) => name.slice(0, 1).toLowerCase() + name.slice(1).replace(/[-:](.)/g, (_, c: string) => c.toUpperCase());

/** The spec of the child `tag` that `parent` allows. */
function childSpec(parent: any, tag: string): any {
  for (const id of parent.constructor.SPEC.children) {
    if (CLASSES[id].SPEC.xml === tag) return CLASSES[id].SPEC;
  }
  throw new Error(`<${parent.constructor.SPEC.xml}> allows no <${tag}>`);
}

/** The document a vector describes, made with the builders' methods. */
function build(response: string, nodes: Node[]): CxmlElement {
  const root = new CLASSES[response]();
  const add = (parent: any, node: Node | string) => {
    if (typeof node === "string") {
      parent.append(node);
      return;
    }
    if (node.append !== undefined) {
      const cls = CLASSES[node.append];
      parent.append(cls.SPEC.text !== null ? new cls(node.text, node.attributes) : new cls(node.attributes));
      return;
    }
    const spec = childSpec(parent, node.element);
    const args = spec.text !== null ? [node.text, node.attributes] : [node.attributes];
    const child = parent[lowerCamel(node.element)](...args);
    for (const grandchild of node.children ?? []) add(child, grandchild);
  };
  for (const node of nodes) add(root, node);
  return root;
}

describe("cXML document vectors", () => {
  for (const vector of VECTORS.documents) {
    it(vector.name, () => {
      const document = build(vector.response, vector.build);
      assert.equal(document.toXml(), vector.xml);
      assert.equal(String(document), vector.xml);
      assert.deepEqual(validateCxml(vector.xml, { document: KIND[vector.response] }), []);
      assert.deepEqual(validateCxml(new TextEncoder().encode(vector.xml)), []);
    });
  }
  it("are many", () => assert.ok(VECTORS.documents.length >= 40));
  it("use SSML in a dozen or more", () => assert.ok(VECTORS.documents.filter((v: any) => /<Say[^>]*>[^<]*<[a-z]/.test(v.xml)).length >= 12));
});

describe("cXML builder errors", () => {
  for (const vector of VECTORS.errors) {
    it(vector.name, () => {
      assert.throws(
        () => build(vector.response, vector.build),
        (error: unknown) => error instanceof InvalidParameterError && error.field === vector.field && error.message.startsWith(`${vector.field}: `),
      );
    });
  }
});

describe("cXML validator vectors", () => {
  for (const vector of VECTORS.validate) {
    it(vector.name, () => {
      const problems = validateCxml(vector.xml, { document: vector.document ?? undefined, maxBytes: vector.maxBytes ?? CXML_MAX_BYTES });
      assert.deepEqual(problems.map((p) => [p.code, p.path]), vector.problems);
      assert.ok(problems.every((p) => p.message.length > 0));
    });
  }
});

describe("cXML builders", () => {
  it("nest as the feature's examples read", () => {
    const response = new VoiceResponse();
    response.gather({ input: ["speech", "dtmf"], numDigits: 1 }).say("Press 1");
    response.dial({ callerId: "+15551230000" }).number("+15551239999");
    assert.equal(
      response.toString(),
      '<?xml version="1.0" encoding="UTF-8"?><Response><Gather input="speech dtmf" numDigits="1"><Say>Press 1</Say></Gather>' +
        '<Dial callerId="+15551230000"><Number>+15551239999</Number></Dial></Response>',
    );
    assert.ok(response.toXml(false).startsWith("<Response>"));
  });

  it("take the options alone where the text is optional, as they take them after the text", () => {
    const alone = new VoiceResponse();
    alone.dial({ callerId: "+15551230000", timeout: 20 });
    alone.append(new cxml.Dial({ callerId: "+15551230000" }));
    const after = new VoiceResponse();
    after.dial(undefined, { callerId: "+15551230000", timeout: 20 });
    after.append(new cxml.Dial(undefined, { callerId: "+15551230000" }));
    assert.equal(alone.toXml(), after.toXml());
    assert.match(alone.toXml(), /<Dial callerId="\+15551230000" timeout="20" \/>/);
    assert.throws(() => new MessagingResponse().message({ nope: 1 } as any), (e: unknown) => e instanceof InvalidParameterError && e.field === "nope");
  });

  it("append an element made on its own, and refuse one not allowed", () => {
    const dial = new cxml.Dial(undefined, { callerId: "+15551230000" }).append(new cxml.Number("+15551239999"));
    assert.match(String(new VoiceResponse().append(dial)), /<Dial callerId/);
    const number: any = new cxml.Number("+15551239999");
    assert.throws(() => new VoiceResponse().append(number), (e: unknown) => e instanceof InvalidParameterError && e.field === "child" && /<Response> does not allow <Number>/.test(e.message));
    assert.throws(() => dial.append("<Hangup/>" as any), InvalidParameterError);
    assert.throws(() => new VoiceResponse().append(new cxml.FaxReject() as any), InvalidParameterError);
    assert.match(String(new FaxResponse().append(new cxml.FaxReject())), /<Response><Reject \/><\/Response>$/);
  });

  it("are typed: tsc rejects a wrong attribute, enum value, child or text", () => {
    const response = new VoiceResponse();
    const fails = (call: () => unknown) => assert.throws(call, InvalidParameterError);
    // @ts-expect-error an unknown attribute
    fails(() => response.say("Hi", { vioce: "alice" }));
    // @ts-expect-error a misspelt list attribute
    fails(() => response.dial().number("+15551230000", { statusCallbackEvents: ["answered"] }));
    // @ts-expect-error a value outside the enum
    fails(() => response.gather({ input: ["voice"] }));
    // @ts-expect-error a method outside its enum
    fails(() => response.redirect("https://example.com/next.xml", { method: "PUT" }));
    // @ts-expect-error text for an integer
    fails(() => response.gather({ numDigits: "1" }));
    // @ts-expect-error a required attribute left out
    fails(() => response.pay().prompt({}));
    // @ts-expect-error text outside the enum
    fails(() => response.denoise("maybe"));
    // @ts-expect-error a child the element does not allow
    fails(() => response.append(new cxml.Number("+15551230000")));
    // @ts-expect-error a messaging element in a voice document
    fails(() => response.append(new MessagingResponse().message("Hi")));
    // @ts-expect-error a noun at the top level: no such method
    assert.throws(() => response.number("+15551230000"), TypeError);
    // @ts-expect-error a verb inside <Say>: no such method
    assert.throws(() => response.say("Hi").play("https://example.com/a.mp3"), TypeError);
    // @ts-expect-error text for an element that takes none
    fails(() => new cxml.Hangup("now"));
    const say = response.say("Hi");
    // @ts-expect-error a misspelt SSML attribute
    fails(() => say.break({ strenght: "weak" }));
    // @ts-expect-error interpret-as outside its enum
    fails(() => say.sayAs("1234", { "interpret-as": "digitz" }));
    // @ts-expect-error a language the reference does not list
    fails(() => say.lang("bonjour", { "xml:lang": "fr-CA" }));
    // @ts-expect-error a role outside its enum
    fails(() => say.w("read", { role: "verb" }));
    // @ts-expect-error a number for a break's time
    fails(() => say.break({ time: 1 }));
    // @ts-expect-error say-as needs its text
    fails(() => say.sayAs());
    // @ts-expect-error nothing nests in say-as: no such method
    assert.throws(() => say.sayAs("1234").break(), TypeError);
    // @ts-expect-error a paragraph inside w: no such method
    assert.throws(() => say.w("read").p("x"), TypeError);
    // @ts-expect-error a verb appended inside say
    fails(() => say.append(new cxml.Hangup()));
    // @ts-expect-error text appended to a dial
    fails(() => response.dial().append("+15551230000"));
    // @ts-expect-error SSML at the top level: no such method
    assert.throws(() => response.break(), TypeError);
  });

  it("take SSML as twilio-node's calls do, the options by their XML names", () => {
    const response = new VoiceResponse();
    const say = response.say("Your code is ", { voice: "Polly.Joanna" });
    say.sayAs("1234", { "interpret-as": "digits", format: "ymd" });
    say.append(" and ").addText("then ").break({ strength: "x-strong", time: "1s" });
    say.prosody({ rate: "slow" }).lang("bonjour", { "xml:lang": "fr-FR" }).w("read", { role: "amazon:VBD" });
    say.p().s("One.").sub("W3C", { alias: "World Wide Web Consortium" });
    say.emphasis("now", { level: "strong" }).phoneme("pecan", { alphabet: "ipa", ph: "x" });
    assert.equal(
      response.toXml(false),
      '<Response><Say voice="Polly.Joanna">Your code is <say-as format="ymd" interpret-as="digits">1234</say-as> and then <break strength="x-strong" time="1s" />' +
        '<prosody rate="slow"><lang xml:lang="fr-FR">bonjour<w role="amazon:VBD">read</w></lang></prosody><p><s>One.<sub alias="World Wide Web Consortium">W3C</sub></s></p>' +
        '<emphasis level="strong">now<phoneme alphabet="ipa" ph="x">pecan</phoneme></emphasis></Say></Response>',
    );
    assert.deepEqual(validateCxml(response.toXml()), []);
  });

  it("run text on between SSML children, and only where the text runs around them", () => {
    const byAppend = new VoiceResponse();
    const byAddText = new VoiceResponse();
    for (const [response, add] of [[byAppend, "append"], [byAddText, "addText"]] as const) {
      const say = response.say("Please hold");
      say.break({ time: "1s" });
      assert.equal(say[add](" thank you"), say);
      say[add](""); // nothing to write: no text node
      say.emphasis({ level: "strong" }).append("now");
    }
    assert.equal(byAppend.toString(), byAddText.toString());
    assert.ok(byAppend.toString().endsWith('<Say>Please hold<break time="1s" /> thank you<emphasis level="strong">now</emphasis></Say></Response>'));
    const empty = new VoiceResponse();
    empty.say().append("");
    assert.ok(empty.toString().endsWith("<Response><Say /></Response>"));
    const response = new VoiceResponse();
    const dial: any = response.dial();
    assert.throws(() => dial.append("+15551230000"), (e: unknown) => e instanceof InvalidParameterError && e.field === "child" && /<Dial> does not allow string/.test(e.message));
    assert.equal(dial.addText, undefined);
    assert.throws(() => response.say("Hi").append("a\u0007b"), (e: unknown) => e instanceof InvalidParameterError && e.field === "text" && e.message.includes("U+0007"));
    assert.throws(() => response.say("Hi").append(42 as any), (e: unknown) => e instanceof InvalidParameterError && e.field === "child");
    assert.ok(response.toString().endsWith("<Dial /><Say>Hi</Say><Say>Hi</Say></Response>"));
  });

  it("add no child when an attribute fails", () => {
    const response = new VoiceResponse();
    assert.throws(() => response.say("Hi", { voice: "\u0000" }), InvalidParameterError);
    assert.match(String(response), /<Response \/>$/);
  });
});

/** A document read back with saxes: what a parser sees (tags, attributes, text). */
function tree(xml: string): unknown[][] {
  const events: unknown[][] = [];
  const parser = new SaxesParser();
  parser.on("opentag", (tag) => events.push(["start", tag.name, ...Object.entries(tag.attributes).flat()]));
  parser.on("closetag", (tag) => events.push(["end", tag.name]));
  parser.on("text", (text) => {
    const last = events.at(-1);
    if (last?.[0] === "text") last[1] += text;
    else events.push(["text", text]);
  });
  parser.on("error", (error) => {
    throw error;
  });
  parser.write(xml).close();
  return events;
}

/** Deterministic text drawn from characters XML can carry, markup's own among them. */
function* samples(count: number): Generator<string> {
  const alphabet = ["<", ">", "&", '"', "'", "]]>", "<![CDATA[", "\n", "\t", " ", "a", "é", "日", "😀", "&amp;", "</Say>", "\u007f", "\u0085", "\ufffd"];
  let seed = 20240611;
  for (let n = 0; n < count; n++) {
    let text = "";
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    for (let i = seed % 12; i > 0; i--) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      text += alphabet[seed % alphabet.length];
    }
    yield text;
  }
}

describe("cXML hostile input", () => {
  it("never changes the document's structure", () => {
    for (const text of samples(500)) {
      const response = new VoiceResponse();
      response.say(text, { voice: text });
      response.redirect(`x${text}`, { method: "GET" });
      assert.deepEqual(tree(String(response)), [
        ["start", "Response"],
        ["start", "Say", "voice", text],
        ...(text ? [["text", text]] : []),
        ["end", "Say"],
        ["start", "Redirect", "method", "GET"],
        ["text", `x${text}`],
        ["end", "Redirect"],
        ["end", "Response"],
      ]);
    }
  });

  it("refuses characters XML cannot carry", () => {
    for (const code of [0, 1, 8, 11, 12, 14, 31, 0xd800, 0xdfff, 0xfffe, 0xffff]) {
      const char = String.fromCharCode(code);
      const hex = code.toString(16).toUpperCase().padStart(4, "0");
      assert.throws(() => new VoiceResponse().say(`a${char}b`), (e: unknown) => e instanceof InvalidParameterError && e.field === "text" && e.message.includes(`U+${hex}`));
      assert.throws(() => new VoiceResponse().play(undefined, { digits: char }), (e: unknown) => e instanceof InvalidParameterError && e.field === "digits");
    }
  });

  it("never changes the document's structure around SSML", () => {
    const run = (value: string) => (value ? [["text", value.replace(/\r\n?/g, "\n")]] : []);
    for (const text of samples(300)) {
      const response = new VoiceResponse();
      const say = response.say(text);
      say.break({ time: text });
      say.append(text);
      say.sub(`x${text}`, { alias: text });
      assert.deepEqual(tree(String(response)), [
        ["start", "Response"],
        ["start", "Say"],
        ...run(text),
        ["start", "break", "time", text],
        ["end", "break"],
        ...run(text),
        ["start", "sub", "alias", text],
        ...run(`x${text}`),
        ["end", "sub"],
        ["end", "Say"],
        ["end", "Response"],
      ]);
      assert.deepEqual(validateCxml(String(response)), []);
    }
  });

  it("keeps a megabyte of text one text node", () => {
    const text = "<Say>&]]>".repeat(120_000).slice(0, 1024 * 1024);
    const response = new VoiceResponse();
    response.say(text);
    assert.deepEqual(tree(String(response)), [["start", "Response"], ["start", "Say"], ["text", text], ["end", "Say"], ["end", "Response"]]);
  });
});

describe("cXML validator bounds", () => {
  it("refuses entity expansion at the DOCTYPE, however deep", () => {
    const entities = Array.from({ length: 29 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join("");
    const document = `<!DOCTYPE R [<!ENTITY l0 "lol">${entities}]><Response><Say>&l29;</Say></Response>`;
    assert.deepEqual(validateCxml(document).map((p) => p.code), ["doctype"]);
  });

  it("does not read a document over the cap", () => {
    const big = `<Response>${"<Hangup/>".repeat(200_000)}</Response>`;
    assert.deepEqual(validateCxml(big).map((p) => [p.code, p.path]), [["too-large", ""]]);
    assert.deepEqual(validateCxml(new TextEncoder().encode(big)).map((p) => p.code), ["too-large"]);
    assert.deepEqual(validateCxml(big, { maxBytes: big.length }), []);
    const wide = `<Response><Say>${"日".repeat(400_000)}</Say></Response>`; // 1.2 MB of UTF-8 in 400 k units
    assert.deepEqual(validateCxml(wide).map((p) => p.code), ["too-large"]);
  });

  it("refuses what is not a document", () => {
    assert.throws(() => validateCxml(42 as any), (e: unknown) => e instanceof InvalidParameterError && e.field === "text");
    assert.throws(() => validateCxml("<Response/>", { document: "sms" as any }), InvalidParameterError);
    for (const bad of [0, -1, 1.5, Number.NaN]) assert.throws(() => validateCxml("<Response/>", { maxBytes: bad }), InvalidParameterError);
    assert.deepEqual(validateCxml("<Response>\ud800</Response>").map((p) => p.code), ["not-well-formed"]);
    assert.deepEqual(validateCxml(new Uint8Array([0x3c, 0xff, 0x3e])).map((p) => p.code), ["not-well-formed"]);
  });
});

// The description as JSON (Node reads no YAML; the Python environment does).
const DESCRIPTION: any = JSON.parse(
  execFileSync(PYTHON, ["-c", "import json, sys, yaml; json.dump(yaml.safe_load(open(sys.argv[1])), sys.stdout)", join(ROOT, "spec", "cxml.yaml")], { encoding: "utf8" }),
);

describe("every element and attribute of spec/cxml.yaml is reachable", () => {
  const described: [string, any][] = [
    ...Object.entries(DESCRIPTION.documents).map(([name, node]: [string, any]): [string, any] => [name, { ...node, xml: "Response" }]),
    ...Object.entries(DESCRIPTION.elements),
  ];
  for (const [name, node] of described) {
    it(name, () => {
      const cls = CLASSES[name];
      const spec = cls.SPEC;
      assert.equal(spec.xml, node.xml ?? name);
      assert.deepEqual(spec.children, node.children ?? []);
      assert.equal(spec.text === null, node.text === undefined);
      for (const child of node.children ?? []) {
        const tag = DESCRIPTION.elements[child].xml ?? child;
        assert.equal(typeof cls.prototype[lowerCamel(tag)], "function", `${name}.${lowerCamel(tag)}`);
      }
      const attributes = node.attributes ?? {};
      assert.deepEqual(spec.attributes.map((a: any) => a.xml), Object.keys(attributes));
      for (const attribute of spec.attributes) {
        const described = attributes[attribute.xml];
        assert.equal(attribute.kind, described.type);
        assert.deepEqual(attribute.values ?? [], described.values ?? []);
        assert.equal(attribute.list ?? false, described.list ?? false);
        assert.equal(attribute.separator ?? " ", described.separator ?? " ");
        assert.equal(attribute.required ?? false, described.required ?? false);
      }
    });
  }
  it("every class is used by the vectors", () => {
    const used = new Set<string>();
    const walk = (parent: any, nodes: (Node | string)[]) => {
      for (const node of nodes) {
        if (typeof node === "string") continue;
        const spec = childSpec(parent.prototype ? { constructor: parent } : parent, node.element);
        used.add(spec.id);
        walk(CLASSES[spec.id], node.children ?? []);
      }
    };
    for (const vector of VECTORS.documents) {
      used.add(vector.response);
      walk(CLASSES[vector.response], vector.build);
    }
    assert.deepEqual([...used].sort(), [...Object.keys(DESCRIPTION.documents), ...Object.keys(DESCRIPTION.elements)].sort());
  });
});
