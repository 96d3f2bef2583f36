// The public API of the npm package as JSON, for scripts/api.py to snapshot and compare.
// Reads the package's own entry point (its .d.ts, through the TypeScript compiler) and the
// operations table the resources are built from.
//   node scripts/api.mjs   (after `tsc -p tsconfig.build.json`)
import { readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const here = dirname(fileURLToPath(import.meta.url));
const pkg = JSON.parse(readFileSync(join(here, "..", "package.json"), "utf8"));
const entry = join(here, "..", pkg.types);
const program = ts.createProgram([entry], { strict: true, skipLibCheck: true, types: [] });
const checker = program.getTypeChecker();
const module = checker.getSymbolAtLocation(program.getSourceFile(entry));
const flags = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseFullyQualifiedType;
const entries = {};

const root = join(here, "..");

function text(type) {
  // Types from other files print as import("<absolute path>").Name: keep the name only; a
  // module itself (a namespace export) by its path in the package, the same on every machine.
  return checker
    .typeToString(type, undefined, flags)
    .replace(/import\("[^"]*"\)\./g, "")
    .replace(/import\("([^"]*)"\)/g, (_, path) => `import("${relative(root, path)}")`);
}

for (let symbol of checker.getExportsOfModule(module)) {
  const name = symbol.getName();
  if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const declaration = symbol.declarations?.[0];
  if (!declaration) continue;
  if (symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias)) {
    const type = checker.getDeclaredTypeOfSymbol(symbol);
    const properties = type.getProperties();
    if (properties.length && !(symbol.flags & ts.SymbolFlags.TypeAlias && type.isUnion())) {
      entries[name] = { kind: "type" };
      for (const property of properties) {
        const optional = (property.flags & ts.SymbolFlags.Optional) !== 0;
        entries[`${name}.${property.getName()}`] = {
          kind: "property",
          type: text(checker.getTypeOfSymbolAtLocation(property, declaration)),
          required: !optional,
        };
      }
    } else {
      entries[name] = { kind: "type", type: text(type) };
    }
    continue;
  }
  const type = checker.getTypeOfSymbolAtLocation(symbol, declaration);
  if (symbol.flags & ts.SymbolFlags.Class) {
    entries[name] = { kind: "class" };
    for (const signature of type.getConstructSignatures()) {
      entries[`${name}.constructor`] = { kind: "function", params: signature.parameters.map((p) => param(p, declaration)) };
    }
    const instance = checker.getDeclaredTypeOfSymbol(symbol);
    for (const property of instance.getProperties()) {
      if (property.getName().startsWith("#") || property.getName().startsWith("_")) continue;
      entries[`${name}.${property.getName()}`] = member(property, declaration);
    }
  } else if (type.getCallSignatures().length) {
    const [signature] = type.getCallSignatures();
    entries[name] = { kind: "function", params: signature.parameters.map((p) => param(p, declaration)), returns: text(signature.getReturnType()) };
  } else if (name !== "operations") {
    entries[name] = { kind: "value", type: text(type) };
  }
}

function param(symbol, at) {
  const declaration = symbol.valueDeclaration;
  const optional = Boolean(declaration && (declaration.questionToken || declaration.initializer));
  return [symbol.getName(), text(checker.getTypeOfSymbolAtLocation(symbol, at)), optional];
}

function member(property, at) {
  const type = checker.getTypeOfSymbolAtLocation(property, at);
  const [signature] = type.getCallSignatures();
  if (signature) return { kind: "function", params: signature.parameters.map((p) => param(p, at)), returns: text(signature.getReturnType()) };
  return { kind: "property", type: text(type), required: (property.flags & ts.SymbolFlags.Optional) === 0 };
}

// The resources: one method per operation, with its options (the API's fields).
const table = (await import(join(here, "..", pkg.exports["."].default))).operations;
for (const key of Object.keys(entries)) if (key.includes("#")) delete entries[key];
for (const operation of Object.values(table)) {
  const chain = operation.resource.map((_, depth) => `SignalWire.${operation.resource.slice(0, depth + 1).join(".")}`);
  for (const resource of chain) entries[resource] = { kind: "resource" };
  const at = `${chain.at(-1)}.${operation.verb}`;
  const ids = operation.pathParams.slice(operation.account ? 1 : 0).map((p) => p.name);
  entries[at] = { kind: "method", ids, returns: operation.result ?? "void", paged: Boolean(operation.items) };
  entries[`${at}WithResponse`] = { kind: "method", ids, returns: operation.result ?? "void" };
  if (operation.many) entries[`${at}Many`] = { kind: "method", ids, returns: operation.result ?? "void", bulk: true };
  for (const field of [...operation.query, ...operation.body]) {
    entries[`${at}.${field.name}`] = {
      kind: "option",
      type: field.kind + (field.array ? "[]" : ""),
      ...(field.choices ? { choices: field.choices } : {}),
      required: Boolean(field.required),
    };
  }
}

process.stdout.write(JSON.stringify({ package: pkg.name, version: pkg.version, entries }, null, 1) + "\n");
