/**
 * End to end on copies of the five seed articles: four claim edits (a figure corrected, a sentence with a
 * figure removed, a paragraph with a new figure inserted at the top, a quote reworded) and one layout-only
 * change (CRLF and trailing spaces), diffed from folders and from a claims.json snapshot.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { execute, type Io } from "../../src/cli/execute.js";
import { analyze } from "../../src/core/analyze.js";
import { diffSnapshots } from "../../src/core/diff/index.js";
import { loadSources } from "../../src/node/sources.js";

const here = path.dirname(new URL(import.meta.url).pathname);
const seeds = path.resolve(here, "../../sources");

const S000 = "000_0d8cddbdda6761d7";
const S001 = "001_200334908de8b7f5";
const S003 = "003_0fafb6c3e901b041";
const S004 = "004_7134a8dc5dcca6b8";

/** Replace `from` by `to` in a file, exactly once. */
function edit(file: string, from: string | RegExp, to: string): void {
  const text = readFileSync(file, "utf8");
  const count = typeof from === "string" ? text.split(from).length - 1 : (text.match(new RegExp(from.source, "g")) ?? []).length;
  if (count !== 1) throw new Error(`${path.basename(file)}: expected one "${String(from)}", found ${count}`);
  writeFileSync(file, text.replace(from, to));
}

const QUOTE_BEFORE = "هناك بعض المسائل ومن الواضح وفقاً لتقييمنا";
const QUOTE_AFTER = "هناك بعض المسائل ومن البيّن بحسب تقييمنا";
const REMOVED_SENTENCE = " ومن ثمة قامت طائرات «تو- 160» و«تو- 95 إم إس» بإطلاق 34 صاروخاً مجنحاً على مواقع الإرهابيين في ريفي حلب وإدلب.";
const INSERTED = "وذكرت مصادر ميدانية أن 17 طائرة حربية روسية شاركت في الغارات على ريف اللاذقية.\n";

let dir = "";

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const sink = { out: "", err: "" };
  const io: Io = { cwd: dir, env: {}, stdout: (t) => void (sink.out += t), stderr: (t) => void (sink.err += t) };
  const code = await execute(argv, io);
  return { code, ...sink };
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "crosscheck-seeds-"));
  const v1 = path.join(dir, "v1");
  const v2 = path.join(dir, "v2");
  cpSync(seeds, v1, { recursive: true });
  cpSync(seeds, v2, { recursive: true });
  const f = (id: string) => path.join(v2, `${id}.txt`);
  // 1. A figure corrected: 2289 → 2298 sorties.
  edit(f(S000), "بـ 2289 طلعة قتالية", "بـ 2298 طلعة قتالية");
  // 2. A sentence with a figure removed from the middle of a paragraph.
  edit(f(S000), REMOVED_SENTENCE, "");
  // 3. A paragraph with a new figure inserted at the top of an article: every line below moves down.
  const text003 = readFileSync(f(S003), "utf8");
  const bodyStart = text003.indexOf("\n---\n") + 5;
  writeFileSync(f(S003), text003.slice(0, bodyStart) + INSERTED + text003.slice(bodyStart));
  // 4. A quote reworded.
  edit(f(S004), QUOTE_BEFORE, QUOTE_AFTER);
  // 5. Layout only: CRLF line endings and trailing spaces.
  writeFileSync(f(S001), readFileSync(f(S001), "utf8").replace(/\n/g, "  \r\n"));
  expect((await run(["report", "v1", "--out", "snapshot"])).code).toBe(0);
});

interface JsonChange {
  change: string;
  kind: string;
  source: string;
  before: { value: number | string; text: string; line: number } | null;
  after: { value: number | string; text: string; line: number } | null;
}

function described(changes: JsonChange[]): string[] {
  return changes.map((c) => {
    const v = (x: JsonChange["before"]) => (x ? (c.kind === "quote" ? x.text.slice(0, 24) : String(x.value)) : "");
    return `${c.change} ${c.kind} ${c.source.slice(0, 3)}: ${v(c.before)} → ${v(c.after)}`;
  });
}

describe("diff on the seed articles", () => {
  it("a folder against itself exits 0 with no change", async () => {
    expect(await run(["diff", "v1", "v1"])).toEqual({ code: 0, out: "# Crosscheck diff\n\n`v1` → `v1`\n\nNo claim changed.\n", err: "" });
    expect((await run(["diff", "snapshot/claims.json", "v1"])).code).toBe(0);
  });

  it("the CRLF article with trailing spaces gives no change, nor does any article left alone", async () => {
    const { out } = await run(["diff", "v1", "v2", "--format", "json", "--fail-on", "none"]);
    const sources = new Set((JSON.parse(out) as { changes: JsonChange[] }).changes.map((c) => c.source));
    expect(sources.has(S001)).toBe(false);
    expect(sources.has("002_d0c9e97734a90cd3")).toBe(false);
  });

  it("re-wrapping every paragraph at 72 columns gives the same claims and no change", async () => {
    const { inputs } = await loadSources([path.join(seeds, `${S000}.txt`)], dir);
    const original = inputs[0]!;
    const body = original.text.slice(original.bodyStart);
    const wrapped = body
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => wrap(l, 72))
      .join("\n\n");
    const rewrapped = { ...original, text: original.text.slice(0, original.bodyStart) + wrapped + "\n", path: "rewrapped.txt" };
    expect(rewrapped.text.split("\n").length).toBeGreaterThan(original.text.split("\n").length * 2);
    const a = analyze([original]);
    const b = analyze([rewrapped]);
    const shape = (claims: typeof a.claims) => claims.map((c) => [c.kind, c.value, c.unit, c.speaker, c.sentence, c.text.replace(/\s+/g, " ")]);
    expect(shape(b.claims)).toEqual(shape(a.claims));
    expect(a.claims.length).toBeGreaterThan(0);
    expect(diffSnapshots(a, b).changes).toEqual([]);
  });

  it(`reports exactly the four claim edits, from folders`, async () => {
    const r = await run(["diff", "v1", "v2", "--format", "json"]);
    expect(r.code).toBe(1);
    const changes = (JSON.parse(r.out) as { changes: JsonChange[] }).changes;
    expect(described(changes)).toEqual([
      `removed quantity 000: 34 → `,
      `changed quantity 000: 2289 → 2298`,
      `added quantity 003:  → 17`,
      `changed quote 004: ${QUOTE_BEFORE.slice(0, 24)} → ${QUOTE_AFTER.slice(0, 24)}`,
    ]);
    // The inserted paragraph moved every later line of 003 down, and none of them is reported.
    const added = changes[2]!;
    expect(added.after!.line).toBe(readFileSync(path.join(dir, "v2", `${S003}.txt`), "utf8").split("\n").indexOf(INSERTED.trimEnd()) + 1);
  });

  it(`reports the same four edits from a claims.json snapshot`, async () => {
    const fromFolder = await run(["diff", "v1", "v2", "--format", "json"]);
    const fromSnapshot = await run(["diff", "snapshot/claims.json", "v2", "--format", "json"]);
    expect(fromSnapshot.code).toBe(1);
    expect(fromSnapshot.out).toBe(fromFolder.out);
    expect(described((JSON.parse(fromSnapshot.out) as { changes: JsonChange[] }).changes)).toHaveLength(4);
  });

  it(`sees the sorties discrepancy change (2289 vs 2299 → 2298 vs 2299) and fails --fail-on discrepancy`, async () => {
    const json = JSON.parse((await run(["diff", "v1", "v2", "--format", "json"])).out) as { groups: { change: string; unit?: string }[] };
    expect(json.groups.map((g) => `${g.change} ${g.unit ?? ""}`)).toContain("discrepancy-changed sortie");
    const github = await run(["diff", "snapshot/claims.json", "v2", "--format", "github", "--fail-on", "discrepancy"]);
    expect(github.code).toBe(1);
    expect(github.out).toContain(`::error file=v2/${S000}.txt,line=30,title=crosscheck%3A discrepancy changed::`);
    expect(github.out).toContain(`::warning file=v2/${S000}.txt,line=30,`);
    expect(github.out.trimEnd().split("\n").filter((l) => l.startsWith("::warning")).length).toBe(4);
  });

  it("the seed copies are what the tests think they are", () => {
    expect(readdirSync(path.join(dir, "v2")).sort()).toEqual(readdirSync(seeds).sort());
  });
});

/** Greedy word wrap at `width` characters. */
function wrap(line: string, width: number): string {
  const out: string[] = [];
  let current = "";
  for (const word of line.split(" ")) {
    if (current && current.length + 1 + word.length > width) {
      out.push(current);
      current = word;
    } else current = current ? current + " " + word : word;
  }
  if (current) out.push(current);
  return out.join("\n");
}
