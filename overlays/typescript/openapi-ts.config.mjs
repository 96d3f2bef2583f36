// @hey-api/openapi-ts settings for generated/typescript/ (committed; `make generate` rewrites it).
// SIGNALWIRE_SPEC and SIGNALWIRE_TS_OUT let `make check-generated` generate elsewhere to compare.
export default {
  input: process.env.SIGNALWIRE_SPEC ?? "../../spec/openapi.yaml",
  output: {
    path: process.env.SIGNALWIRE_TS_OUT ?? "../../generated/typescript",
    importFileExtension: ".js",
    postProcess: [],
  },
  plugins: ["@hey-api/client-fetch", "@hey-api/typescript", "@hey-api/sdk", "zod"],
};
