// @hey-api/openapi-ts settings for generated/typescript/ (committed; `make generate` rewrites it).
// SIGNALWIRE_SPEC and SIGNALWIRE_TS_OUT let `make check-generated` generate elsewhere to compare.
// Types and zod schemas come from hey-api's plugins; the operations table from our own.
import { $, definePluginConfig } from "@hey-api/openapi-ts";
import { operationsPlugin } from "../../templates/typescript/operations-plugin.mjs";

export default {
  input: process.env.SIGNALWIRE_SPEC ?? "../../spec/openapi.yaml",
  output: {
    path: process.env.SIGNALWIRE_TS_OUT ?? "../../generated/typescript",
    importFileExtension: ".js",
    postProcess: [],
  },
  plugins: ["@hey-api/typescript", "zod", operationsPlugin({ $, definePluginConfig })],
};
