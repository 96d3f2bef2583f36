// @hey-api/openapi-ts settings for generated/typescript/ (committed; `make generate` rewrites it).
// Run through `make generate` (scripts/generate.sh): SIGNALWIRE_SPEC is the copy of the spec that
// scripts/naming.py annotated with the SDK's names; SIGNALWIRE_TS_OUT where to write.
// Types and zod schemas come from hey-api's plugins; the operations table from our own.
import { readFileSync } from "node:fs";
import { $, definePluginConfig } from "@hey-api/openapi-ts";
import { operationsPlugin } from "../../templates/typescript/operations-plugin.mjs";

// The version of both packages, kept in the repository's VERSION file.
const version = readFileSync(new URL("../../VERSION", import.meta.url), "utf8").trim();

function missing(name) {
  throw new Error(`${name} is not set: generate with \`make generate\`, which runs scripts/generate.sh`);
}

export default {
  input: process.env.SIGNALWIRE_SPEC ?? missing("SIGNALWIRE_SPEC"),
  output: {
    path: process.env.SIGNALWIRE_TS_OUT ?? "../../generated/typescript",
    importFileExtension: ".js",
    postProcess: [],
  },
  plugins: ["@hey-api/typescript", "zod", operationsPlugin({ $, definePluginConfig, version })],
};
