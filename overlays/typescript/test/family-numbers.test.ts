// The phone-number family through the TypeScript client against the sandbox started from
// Python: the countries and searches of numbers to buy (whose filters filter its inventory),
// buying a number (taken off offer; a second purchase is refused), its fetch, list, update and
// release (put back on offer), moving it to another project, and importing one.

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { BadRequestError, NotFoundError, SignalWire } from "../src/index.js";
import { all, recording, useSandbox } from "./sandbox.js";

const info = useSandbox();
const client = (fetch?: (request: Request) => Promise<Response>) =>
  new SignalWire({ projectId: info.project_id, apiToken: info.api_token, baseUrl: info.base_url, ...(fetch ? { fetch } : {}) });
const notFound = (error: unknown) => error instanceof NotFoundError;

const SEATTLE = ["+12065550101", "+12065550123"];
const CHICAGO = ["+13125550142", "+13125550177"];
const AUSTIN = ["+15125550199"];
const US_LOCAL = [...SEATTLE, ...CHICAGO, ...AUSTIN].sort();

const numbers = (found: { available_phone_numbers: readonly { phone_number: string }[] }) =>
  found.available_phone_numbers.map((n) => n.phone_number).sort();

describe("the phone numbers, against the sandbox", () => {
  it("the countries with numbers to buy, and an unknown one", async () => {
    const sw = client();
    const { countries } = await sw.availablePhoneNumbers.list();
    assert.deepEqual(countries.map((c) => c.country_code).sort(), ["GB", "US"]);
    const us = await sw.availablePhoneNumbers.fetch("US");
    assert.equal(us.country, "United States");
    assert.ok(us.subresource_uris?.toll_free?.endsWith("/AvailablePhoneNumbers/US/TollFree.json"));
    await assert.rejects(sw.availablePhoneNumbers.fetch("XX"), notFound);
  });

  it("the search filters filter the inventory", async () => {
    const { local, tollFree } = client().availablePhoneNumbers;
    assert.deepEqual(numbers(await local.list("US")), US_LOCAL);
    assert.deepEqual(numbers(await local.list("US", { areaCode: "206" })), SEATTLE);
    assert.deepEqual(numbers(await local.list("US", { inRegion: "IL" })), CHICAGO);
    assert.deepEqual(numbers(await local.list("US", { areaCode: "512", inRegion: "WA" })), []);
    assert.deepEqual(numbers(await local.list("US", { contains: "0199" })), AUSTIN);
    assert.deepEqual(numbers(await local.list("US", { contains: "01PP" })), ["+13125550177"]); // P is 7
    assert.deepEqual(numbers(await local.list("US", { beta: false, smsEnabled: false, inLocality: "Nowhere" })), US_LOCAL);
    assert.deepEqual(numbers(await tollFree.list("US", { contains: "800" })), ["+18005550111"]);
    assert.deepEqual(numbers(await local.list("GB")), ["+442079460123", "+442079460456"]);
  });

  it("buy, fetch, list, update, release a number, then 404", async () => {
    const sw = client();
    const { local } = sw.availablePhoneNumbers;
    const number = await sw.incomingPhoneNumbers.create({ phoneNumber: "+12065550123", smsUrl: "https://example.com/sms.xml" });
    assert.equal(number.friendly_name, "(206) 555-0123");
    assert.equal(number.origin, "signalwire");
    assert.equal(number.sms_url, "https://example.com/sms.xml");
    assert.deepEqual(numbers(await local.list("US", { areaCode: "206" })), ["+12065550101"]);
    assert.equal((await sw.incomingPhoneNumbers.fetch(number.sid)).phone_number, "+12065550123");
    const listed = await all(sw.incomingPhoneNumbers.list({ phoneNumber: "0123" }));
    assert.deepEqual(listed.map((n) => n.sid), [number.sid]);
    const updated = await sw.incomingPhoneNumbers.update(number.sid, { voiceUrl: "https://example.com/voice.xml", voiceMethod: "GET" });
    assert.equal(updated.voice_url, "https://example.com/voice.xml");
    assert.equal(updated.voice_method, "GET");
    await sw.incomingPhoneNumbers.delete(number.sid);
    await assert.rejects(sw.incomingPhoneNumbers.fetch(number.sid), notFound);
    assert.deepEqual(numbers(await local.list("US", { areaCode: "206" })), SEATTLE);
  });

  it("a number bought once cannot be bought again: a 400 with code 21422", async () => {
    const sw = client();
    const bought = await sw.incomingPhoneNumbers.create({ phoneNumber: "+18885550122" });
    await assert.rejects(sw.incomingPhoneNumbers.create({ phoneNumber: "+18885550122" }), (error: unknown) => {
      assert.ok(error instanceof BadRequestError);
      assert.equal(error.statusCode, 400);
      assert.equal(error.code, 21422);
      return true;
    });
    await sw.incomingPhoneNumbers.delete(bought.sid);
    assert.deepEqual(numbers(await sw.availablePhoneNumbers.tollFree.list("US")), ["+18005550111", "+18885550122"]);
  });

  it("moving a number to another project sends AccountSid, the path keeps the owner", async () => {
    const sent: Request[] = [];
    const sw = client(recording(sent));
    const number = await sw.incomingPhoneNumbers.create({ phoneNumber: "+15125550199" });
    await sw.incomingPhoneNumbers.update(number.sid, { transferToAccountSid: "subproject-sid" });
    const update = sent.at(-1)!;
    assert.ok(new URL(update.url).pathname.endsWith(`/Accounts/${info.project_id}/IncomingPhoneNumbers/${number.sid}`));
    assert.equal(await update.text(), "AccountSid=subproject-sid");
    await sw.incomingPhoneNumbers.delete(number.sid);
  });

  it("an imported number is one of the project's numbers, and never on offer", async () => {
    const sw = client();
    const imported = await sw.importedPhoneNumbers.create({ number: "+4915223433333", numberType: "tollfree", capabilities: ["voice"] });
    assert.equal(imported.origin, "hosted");
    assert.deepEqual(imported.capabilities, { voice: true, sms: false, mms: false, fax: false });
    assert.equal((await sw.incomingPhoneNumbers.fetch(imported.sid)).phone_number, "+4915223433333");
    await sw.incomingPhoneNumbers.delete(imported.sid);
    await assert.rejects(sw.incomingPhoneNumbers.fetch(imported.sid), notFound);
    assert.deepEqual(numbers(await sw.availablePhoneNumbers.local.list("US")), US_LOCAL);
  });
});
