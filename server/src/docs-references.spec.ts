/**
 * The repository explains itself: every reference in its code, comments and documents points at
 * something inside it. Two kinds of reference fail here:
 * - references to documents the repository does not hold: the old design, domain, stack and
 *   style notes (by name or by section sign), the folder they lived in beside the checkout, and
 *   issue numbers of the project's tracker;
 * - references to repository paths (`docs/domain-rules.md#the-annual-ceiling`, `server/src/...`) whose
 *   file is missing, or whose anchor matches no heading of that markdown file.
 * What belongs in the repository is written in docs/ (docs/README.md is the index).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");

/** Folders scanned, and what inside them is generated or built rather than written. */
const SCANNED_FOLDERS = ["server", "console", "sdk", "bench", "scripts", "schema", "docs", "deploy", ".ci"];
const SCANNED_ROOT_FILES = ["README.md", "codegen.yml", "Dockerfile", "docker-compose.yml"];
const SKIPPED = new Set(["node_modules", "dist", "gql", ".data", "artifacts"]);
const TEXT_FILE = /\.(ts|tsx|js|cjs|mjs|md|graphql|yml|yaml|conf)$|^run$|^Dockerfile$/;

/** Top folders a rooted repository path starts with. */
const ROOTED_PATH =
  /(?<![\w./@-])((?:server|console|sdk|bench|scripts|schema|docs|deploy)\/[A-Za-z0-9_./-]*[A-Za-z0-9_/])(#[A-Za-z0-9_-]+)?/g;
/** Paths that name build output or data, which a clean checkout does not hold. */
const NOT_IN_CHECKOUT = /(^|\/)(dist|node_modules|\.data|artifacts)(\/|$)/;
/** A markdown link's target: `[text](target)`. */
const MARKDOWN_LINK = /\]\(([^)\s]+)\)/g;

/** The notes the project was started from, which live outside the repository. */
const OUTSIDE_NOTE = /(?<![\w-])((?:[\w./-]*\/)?)(design|domain|stack|style)\.md\b/g;

interface Finding {
  file: string;
  line: number;
  text: string;
  problem: string;
}

/** Patterns that always name something outside the repository. */
const OUTSIDE_REFERENCES: { pattern: RegExp; problem: string }[] = [
  { pattern: /\bdesign ?§/i, problem: "a section of the design notes, which are not in the repository" },
  { pattern: /\bdesign,? section\b/i, problem: "a section of the design notes, which are not in the repository" },
  {
    pattern: /(?:\.\.\/)+shared(?:\/(?:design|domain|stack|style|contract|seed|hooks|peer-bench|README)|(?![\w/-]))/,
    problem: "the notes folder beside the checkout",
  },
  { pattern: /\/work\/shared\b/, problem: "the notes folder beside the checkout" },
  { pattern: /\bissues? #?\d/i, problem: "an issue number of the tracker" },
  { pattern: /(?<![\w&#/"'-])#\d{1,3}(?![\w-])/, problem: "an issue number of the tracker" },
];

function scannedFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      if (SKIPPED.has(name)) continue;
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (TEXT_FILE.test(name)) files.push(full);
    }
  };
  for (const folder of SCANNED_FOLDERS) if (existsSync(path.join(ROOT, folder))) walk(path.join(ROOT, folder));
  for (const file of SCANNED_ROOT_FILES) if (existsSync(path.join(ROOT, file))) files.push(path.join(ROOT, file));
  return files.filter((file) => file !== __filename);
}

/**
 * The anchor GitHub gives a heading: inline markup and punctuation dropped, lowercase, spaces to
 * hyphens; a repeated heading gets -1, -2, ...
 */
export function headingAnchor(heading: string): string {
  return heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .trim()
    .replace(/\s/g, "-");
}

/** Every anchor of a markdown text, duplicates numbered as GitHub does. */
export function markdownAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  let inFence = false;
  for (const line of markdown.split("\n")) {
    if (/^\s*```/.test(line)) inFence = !inFence;
    const heading = !inFence && /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const base = headingAnchor(heading[1]!);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

const anchorCache = new Map<string, Set<string>>();
function anchorsOf(file: string): Set<string> {
  let anchors = anchorCache.get(file);
  if (!anchors) {
    anchors = markdownAnchors(readFileSync(file, "utf8"));
    anchorCache.set(file, anchors);
  }
  return anchors;
}

/** A module path as imports write it: without its extension. */
const MODULE_EXTENSIONS = [".ts", ".tsx", ".js"];

/** What is wrong with a reference to `target` (a file or folder, with an optional anchor), if anything. */
function checkTarget(target: string, anchor: string | undefined): string | null {
  const clean = target.replace(/\/$/, "");
  const relative = path.relative(ROOT, clean);
  if (!existsSync(clean)) {
    if (!anchor && MODULE_EXTENSIONS.some((extension) => existsSync(clean + extension))) return null;
    return `${relative} does not exist`;
  }
  if (!anchor) return null;
  if (!clean.endsWith(".md")) return `${path.relative(ROOT, clean)} is not a markdown file with headings`;
  if (!anchorsOf(clean).has(anchor.slice(1)))
    return `${path.relative(ROOT, clean)} has no heading with the anchor ${anchor}`;
  return null;
}

/** The problems of one file's text; `file` decides what relative links are relative to. */
export function referenceProblems(file: string, text: string): Finding[] {
  const findings: Finding[] = [];
  const relative = path.relative(ROOT, file);
  const inDocs = relative.startsWith(`docs${path.sep}`);
  const isMarkdown = file.endsWith(".md");
  text.split("\n").forEach((line, index) => {
    const add = (problem: string): void => {
      findings.push({ file: relative, line: index + 1, text: line.trim(), problem });
    };
    for (const { pattern, problem } of OUTSIDE_REFERENCES) if (pattern.test(line)) add(`names ${problem}`);
    for (const match of line.matchAll(OUTSIDE_NOTE)) {
      const [whole, prefix] = match;
      const resolved = path.resolve(path.dirname(file), whole!);
      const insideDocs =
        prefix === "docs/" ||
        (inDocs && resolved.startsWith(path.join(ROOT, `docs${path.sep}`)) && existsSync(resolved));
      if (!insideDocs) add(`names ${whole}, a note outside the repository (its content belongs in docs/)`);
    }
    for (const match of line.matchAll(ROOTED_PATH)) {
      const [, target, anchor] = match;
      if (NOT_IN_CHECKOUT.test(target!)) continue;
      const problem = checkTarget(path.join(ROOT, target!), anchor);
      if (problem) add(problem);
    }
    if (!isMarkdown) return;
    for (const match of line.matchAll(MARKDOWN_LINK)) {
      const link = match[1]!;
      if (/^[a-z]+:/i.test(link)) continue;
      const [target, anchor] = link.split("#", 2) as [string, string | undefined];
      const resolved = target === "" ? file : path.resolve(path.dirname(file), target);
      if (!resolved.startsWith(ROOT)) {
        add(`links ${link}, outside the repository`);
        continue;
      }
      const problem = checkTarget(resolved, anchor === undefined ? undefined : `#${anchor}`);
      if (problem) add(problem);
    }
  });
  return findings;
}

describe("references in the repository", () => {
  it("point only at files and headings inside it", () => {
    const findings = scannedFiles().flatMap((file) => referenceProblems(file, readFileSync(file, "utf8")));
    const report = findings.map((f) => `${f.file}:${f.line}: ${f.problem}\n    ${f.text}`);
    expect(report).toEqual([]);
  });

  it("scans the code, the schema and the documents", () => {
    const files = scannedFiles().map((file) => path.relative(ROOT, file));
    for (const expected of ["README.md", "server/src/server.ts", "console/src/App.tsx", "sdk/src/client.ts"])
      expect(files).toContain(expected);
    expect(files).toContain("schema/contract.graphql");
    expect(files.some((file) => file.startsWith("docs/"))).toBe(true);
    expect(files.some((file) => /\/gql\//.test(file))).toBe(false);
  });
});

describe("the reference checker", () => {
  const here = path.join(ROOT, "server/src/example.ts");
  const problems = (text: string, file = here): string[] => referenceProblems(file, text).map((f) => f.problem);
  // The outside names are assembled here so that this file does not contain them itself.
  const note = (name: string): string => `${name}.md`;

  it("refuses references to outside notes, their sections and issue numbers", () => {
    expect(problems(`// see ${"design"} §5`)).toHaveLength(1);
    expect(problems(`// the ${"design"}, section 2`)).toHaveLength(1);
    expect(problems(`// (${note("domain")} §4)`)).toHaveLength(1);
    expect(problems(`// ${note("stack")} trap 7`)).toHaveLength(1);
    expect(problems(`// ${note("style")} §6`)).toHaveLength(1);
    expect(problems(`// read ../${"shared"}/${note("design")}`)).not.toHaveLength(0);
    expect(problems(`// beside the checkout at ../${"shared"}`)).toHaveLength(1);
    expect(problems(`// (${"issue"} 7)`)).toHaveLength(1);
    expect(problems(`// (${"Issue"} 5 ${"#"}6)`)).toHaveLength(2);
  });

  it("lets through what is not such a reference", () => {
    expect(problems(`import { useFormats } from "../shared/format";`)).toEqual([]);
    expect(problems(`const black = "#000";`)).toEqual([]);
    expect(problems(`// the design of the status log keeps commit order`)).toEqual([]);
    expect(problems(`// docs/domain-rules.md#identifiers says how`)).toEqual([]);
    expect(problems(`// built into server/dist/main.js`)).toEqual([]);
  });

  it("checks that a referenced path exists and that its anchor names a heading", () => {
    expect(problems("// see server/src/server.ts")).toEqual([]);
    expect(problems("// see server/src/no-such-file.ts")).toEqual(["server/src/no-such-file.ts does not exist"]);
    expect(problems("// see docs/README.md#no-such-heading")).toEqual([
      "docs/README.md has no heading with the anchor #no-such-heading",
    ]);
    expect(problems("// see server/src/server.ts#anything")).toHaveLength(1);
    const doc = path.join(ROOT, "docs/example.md");
    expect(problems("[index](README.md) and [missing](nowhere.md)", doc)).toEqual(["docs/nowhere.md does not exist"]);
  });

  it("makes anchors as GitHub does", () => {
    expect(headingAnchor("The annual ceiling")).toBe("the-annual-ceiling");
    expect(headingAnchor("SSIN (INSZ / NISS): 11 digits")).toBe("ssin-insz--niss-11-digits");
    expect(headingAnchor("`npm start` and the e-Box")).toBe("npm-start-and-the-e-box");
    expect([...markdownAnchors("# A\n```\n# not a heading\n```\n## A\n### B_c")]).toEqual(["a", "a-1", "b_c"]);
  });
});
