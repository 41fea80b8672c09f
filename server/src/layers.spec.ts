import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ts from "typescript";
import { CLIENT_SOURCES, FREE, LAYERS, type Layer } from "./layers";

/**
 * The import rules of server/src/layers.ts, checked on the source: every import (type-only ones,
 * re-exports, dynamic `import()` and `require()` included) points to the importing file's own
 * layer or below, and no chain of imports comes back to where it started.
 */
const SERVER_SRC = __dirname;
const ROOT = path.resolve(SERVER_SRC, "..", "..");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" || entry.name === "gql" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

/** Every module specifier a file names: imports, re-exports, `import("...")`, `require("...")`, `import("...").T` in types. */
export function specifiersOf(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const expression = node.moduleReference.expression;
      if (ts.isStringLiteral(expression)) found.push(expression.text);
    } else if (ts.isCallExpression(node)) {
      const isImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === "require";
      const [first] = node.arguments;
      if ((isImport || isRequire) && first && ts.isStringLiteralLike(first)) found.push(first.text);
    } else if (ts.isImportTypeNode(node)) {
      const argument = node.argument;
      if (ts.isLiteralTypeNode(argument) && ts.isStringLiteral(argument.literal)) found.push(argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The file a relative specifier names; undefined for packages. */
function resolve(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  const base = path.resolve(path.dirname(from), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")];
  return candidates.find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile()) ?? base;
}

const belongs = {
  file: (layer: Layer, relative: string) => layer.files?.includes(relative) ?? false,
  suffix: (layer: Layer, relative: string) => layer.suffixes?.some((suffix) => relative.endsWith(suffix)) ?? false,
  folder: (layer: Layer, relative: string) =>
    Math.max(-1, ...(layer.folders ?? []).filter((folder) => relative.startsWith(folder)).map((f) => f.length)),
};

/** The index of a file's layer in LAYERS, "free" for specs and test helpers, undefined when no layer names it. */
export function layerOf(relative: string): number | "free" | undefined {
  const all = [...LAYERS, FREE];
  const pick = (index: number) => (all[index] === FREE ? "free" : index);
  const byFile = all.findIndex((layer) => belongs.file(layer, relative));
  if (byFile >= 0) return pick(byFile);
  if (belongs.suffix(FREE, relative)) return "free";
  const bySuffix = all.findIndex((layer) => belongs.suffix(layer, relative));
  if (bySuffix >= 0) return pick(bySuffix);
  const depths = all.map((layer) => belongs.folder(layer, relative));
  const deepest = Math.max(...depths);
  return deepest >= 0 ? pick(depths.indexOf(deepest)) : undefined;
}

const relativeToSrc = (file: string) => path.relative(SERVER_SRC, file).split(path.sep).join("/");

/** The server's import graph: file (relative to server/src) to the server files it imports. */
function serverGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SERVER_SRC)) {
    const targets = specifiersOf(file)
      .map((specifier) => resolve(file, specifier))
      .filter((target): target is string => target !== undefined && target.startsWith(SERVER_SRC + path.sep))
      .map(relativeToSrc);
    graph.set(relativeToSrc(file), [...new Set(targets)]);
  }
  return graph;
}

/** Each cycle once, as the files along it (Tarjan's strongly connected components, then one loop in each). */
export function cyclesOf(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let next = 0;
  const connect = (node: string): void => {
    index.set(node, next);
    low.set(node, next);
    next++;
    stack.push(node);
    onStack.add(node);
    for (const target of graph.get(node) ?? []) {
      if (!index.has(target)) {
        connect(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node)!, index.get(target)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) components.push(component.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) connect(node);
  return components;
}

describe("the server's layers (server/src/layers.ts)", () => {
  const graph = serverGraph();

  it("place every file of server/src", () => {
    expect([...graph.keys()].filter((file) => layerOf(file) === undefined)).toEqual([]);
  });

  it("are imported only downwards", () => {
    const upwards: string[] = [];
    for (const [file, targets] of graph) {
      const from = layerOf(file);
      if (from === "free" || from === undefined) continue;
      for (const target of targets) {
        const to = layerOf(target);
        if (to === "free") upwards.push(`${file} -> ${target} (a test file)`);
        else if (to !== undefined && to > from)
          upwards.push(`${file} (${LAYERS[from]!.name}) -> ${target} (${LAYERS[to]!.name})`);
      }
    }
    expect(upwards).toEqual([]);
  });

  it("have no import cycle, type-only imports included", () => {
    expect(cyclesOf(graph)).toEqual([]);
  });

  it("finds cycles, and every kind of import", () => {
    expect(
      cyclesOf(
        new Map([
          ["a", ["b"]],
          ["b", ["c"]],
          ["c", ["a"]],
          ["d", ["d"]],
          ["e", ["a"]],
        ]),
      ),
    ).toEqual([["a", "b", "c"], ["d"]]);
    const sample = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "layers-")), "sample.ts");
    fs.writeFileSync(
      sample,
      [
        `import a from "./a";`,
        `import type { B } from "./b";`,
        `export { c } from "./c";`,
        `export * from "./d";`,
        `import e = require("./e");`,
        `const f = () => import("./f");`,
        `type G = import("./g").G;`,
        `import "./h";`,
      ].join("\n"),
    );
    expect(specifiersOf(sample)).toEqual(["./a", "./b", "./c", "./d", "./e", "./f", "./g", "./h"]);
    expect([layerOf("db/page.ts"), layerOf("modules/workers/worker.entity.ts")]).toEqual([2, 2]);
    expect(layerOf("modules/workers/worker.resolver.ts")).toBe(LAYERS.findIndex((l) => l.name === "graphql"));
    expect(layerOf("modules/workers/worker.spec.ts")).toBe("free");
  });
});

describe("the console and the SDK", () => {
  it("never import server code", () => {
    const server = path.join(ROOT, "server") + path.sep;
    const imports = CLIENT_SOURCES.flatMap((folder) =>
      sourceFiles(path.join(ROOT, folder))
        .filter((file) => !file.endsWith(".spec.ts"))
        .flatMap((file) =>
          specifiersOf(file)
            .filter(
              (specifier) => specifier.startsWith("@flexi/server") || resolve(file, specifier)?.startsWith(server),
            )
            .map((specifier) => `${path.relative(ROOT, file)} -> ${specifier}`),
        ),
    );
    expect(imports).toEqual([]);
  });
});
