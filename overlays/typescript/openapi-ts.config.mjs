// @hey-api/openapi-ts settings for generated/typescript/ (committed; `make generate` rewrites it).
// SIGNALWIRE_SPEC and SIGNALWIRE_TS_OUT let `make check-generated` generate elsewhere to compare.
// Types and zod schemas come from hey-api's plugins; the operations table from our own.
import { readFileSync } from "node:fs";
import { $, definePluginConfig } from "@hey-api/openapi-ts";
import { operationsPlugin } from "../../templates/typescript/operations-plugin.mjs";

// The version of both packages, kept in the repository's VERSION file.
const version = readFileSync(new URL("../../VERSION", import.meta.url), "utf8").trim();

export default {
  input: process.env.SIGNALWIRE_SPEC ?? "../../spec/openapi.yaml",
  output: {
    path: process.env.SIGNALWIRE_TS_OUT ?? "../../generated/typescript",
    importFileExtension: ".js",
    postProcess: [],
  },
  plugins: ["@hey-api/typescript", "zod", operationsPlugin({ $, definePluginConfig, version })],
};
