/**
 * The story corpus: articles nobody tuned the rules on, with what a careful fact-checker expects of them
 * (expect.json, see README.md). Each expectation is its own test so that every failure is visible on its own.
 * What crosscheck cannot do yet is listed in known-failures.json and runs as `it.fails`: when a change makes
 * such a case pass, the test turns red until its entry is removed, so the corpus then demands the fixed
 * behaviour.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildReport } from "../../src/cli/report.js";
import type { Analysis, Claim, ClaimKind, Group } from "../../src/core/types.js";

interface ExpectedGroup {
  kind: ClaimKind;
  unit?: string;
  values?: (number | string)[];
  sources: string[];
  contains?: string[];
  verdict?: "agree" | "compatible";
  note?: string;
}

interface ExpectedClaim {
  source: string;
  text: string;
  kind?: ClaimKind;
  unit?: string;
  value?: number | string;
  speaker?: string;
}

interface ExpectedAbsence {
  source: string;
  text: string;
  kind?: ClaimKind | "any";
  note?: string;
}

interface Expectations {
  discrepancies: ExpectedGroup[];
  agreements: ExpectedGroup[];
  changed: ExpectedGroup[];
  mustClaim: ExpectedClaim[];
  mustNotClaim: ExpectedAbsence[];
}

type Section = "discrepancy" | "agreement" | "changed";

const here = path.dirname(new URL(import.meta.url).pathname);
const knownFailures: Record<string, string[]> = JSON.parse(readFileSync(path.join(here, "known-failures.json"), "utf8"));

const stories = readdirSync(here, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(path.join(here, d.name, "expect.json")))
  .map((d) => d.name)
  .sort();

interface Loaded {
  analysis: Analysis;
  /** Article text by source id, as the offsets of its claims count it. */
  texts: Map<string, string>;
  claimsById: Map<string, Claim>;
}

async function load(dir: string): Promise<Loaded> {
  const { analysis } = await buildReport({ paths: ["sources"], out: "report" }, dir);
  const texts = new Map<string, string>();
  for (const s of analysis.sources) texts.set(s.id, readFileSync(path.resolve(dir, s.path), "utf8"));
  return { analysis, texts, claimsById: new Map(analysis.claims.map((c) => [c.id, c])) };
}

// ---------------------------------------------------------------------------------------------- labels

function showValue(v: number | string): string {
  return typeof v === "number" ? String(v) : v;
}

function groupLabel(section: Section, g: ExpectedGroup): string {
  const unit = g.unit ? ` ${g.unit}` : "";
  const what = g.kind === "quote" ? `quote "${(g.contains ?? []).join(" … ")}"` : `${g.kind}${unit} ${(g.values ?? []).map(showValue).join(" / ")}`;
  return `${section}: ${what} in ${g.sources.join(", ")}`;
}

function claimLabel(c: ExpectedClaim): string {
  const parts = [`claim in ${c.source}: "${c.text}"`];
  if (c.kind) parts.push(c.kind);
  if (c.value !== undefined) parts.push(`= ${showValue(c.value)}`);
  if (c.unit) parts.push(c.unit);
  if (c.speaker) parts.push(`said by ${c.speaker}`);
  return parts.join(" ");
}

function absenceLabel(a: ExpectedAbsence): string {
  return `no ${a.kind && a.kind !== "any" ? a.kind + " " : ""}claim in ${a.source}: "${a.text}"`;
}

// ---------------------------------------------------------------------------------------------- matching

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** A date without its year ("--06-28") does not contradict the full date, so it matches it. */
function sameValue(actual: number | string, expected: number | string): boolean {
  if (typeof actual === "number" || typeof expected === "number") return sameNumber(Number(actual), Number(expected));
  if (actual === expected) return true;
  return actual.startsWith("--") && expected.length === 10 && expected.endsWith(actual.slice(1));
}

function sameSet(actual: readonly (number | string)[], expected: readonly (number | string)[]): boolean {
  return actual.every((a) => expected.some((e) => sameValue(a, e))) && expected.every((e) => actual.some((a) => sameValue(a, e)));
}

function groupClaims(loaded: Loaded, g: Group): Claim[] {
  return g.claims.map((id) => loaded.claimsById.get(id)!);
}

function matchesGroup(loaded: Loaded, g: Group, e: ExpectedGroup): boolean {
  if (g.kind !== e.kind) return false;
  if (e.unit !== undefined && g.unit !== e.unit) return false;
  const claims = groupClaims(loaded, g);
  const sources = [...new Set(claims.map((c) => c.source))];
  if (!sameSet(sources, e.sources)) return false;
  if (e.kind === "quote") return (e.contains ?? []).every((s) => claims.some((c) => c.text.includes(s)));
  return sameSet(
    claims.map((c) => c.value),
    e.values ?? [],
  );
}

/**
 * A discrepancy the report gives with fewer sources or values than expected (a compatible third source left
 * out) is still a true discrepancy: only one outside every expected group is false.
 */
function withinExpected(loaded: Loaded, g: Group, e: ExpectedGroup): boolean {
  if (g.kind !== e.kind) return false;
  if (e.unit !== undefined && g.unit !== e.unit) return false;
  const claims = groupClaims(loaded, g);
  if (!claims.every((c) => e.sources.includes(c.source))) return false;
  if (e.kind === "quote") return (e.contains ?? []).some((s) => claims.some((c) => c.text.includes(s)));
  return claims.every((c) => (e.values ?? []).some((v) => sameValue(c.value, v)));
}

function verdictsOf(section: Section, e: ExpectedGroup): string[] {
  if (section === "discrepancy") return ["discrepancy"];
  if (section === "changed") return ["changed"];
  return e.verdict ? [e.verdict] : ["agree", "compatible"];
}

function describeGroup(loaded: Loaded, g: Group): string {
  const claims = groupClaims(loaded, g)
    .map((c) => `${c.source}:${c.line} ${c.kind === "quote" ? JSON.stringify(c.text.slice(0, 40)) : `${c.qualifier ?? ""} ${String(c.value)}`.trim()}`)
    .join("; ");
  return `${g.verdict} ${g.kind}${g.unit ? " " + g.unit : ""} [${claims}]`;
}

function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

function claimsOver(loaded: Loaded, source: string, text: string): Claim[] {
  const file = loaded.texts.get(source) ?? "";
  const spans = occurrences(file, text).map((s) => [s, s + text.length] as const);
  return loaded.analysis.claims.filter((c) => c.source === source && spans.some(([s, e]) => c.start < e && s < c.end));
}

function showClaim(c: Claim): string {
  const extra = [c.qualifier, c.unit ?? (c.noun ? `~${c.noun}` : undefined), c.speaker ? `speaker ${c.speaker}` : undefined].filter(Boolean).join(", ");
  return `${c.kind} ${JSON.stringify(c.text.slice(0, 60))} = ${String(c.value).slice(0, 40)}${extra ? ` (${extra})` : ""}`;
}

function expectedKind(c: ExpectedClaim): ClaimKind {
  if (c.kind) return c.kind;
  if (c.speaker !== undefined) return "quote";
  return typeof c.value === "string" ? "date" : "quantity";
}

// ---------------------------------------------------------------------------------------------- tests

for (const story of stories) {
  const dir = path.join(here, story);
  const expected: Expectations = JSON.parse(readFileSync(path.join(dir, "expect.json"), "utf8"));
  const failing = new Set(knownFailures[story] ?? []);
  const used = new Set<string>();
  const test = (label: string, fn: () => void) => {
    used.add(label);
    (failing.has(label) ? it.fails : it)(label, fn);
  };

  describe(story, () => {
    let loaded: Loaded;
    beforeAll(async () => {
      loaded = await load(dir);
    });

    // Not an expectation of crosscheck: a check that the corpus itself is sound, so a typo cannot pass as a
    // known failure.
    it("expectations name real sources and text found in them", () => {
      const ids = new Set(loaded.analysis.sources.map((s) => s.id));
      const named = [
        ...expected.discrepancies.flatMap((g) => g.sources),
        ...expected.agreements.flatMap((g) => g.sources),
        ...expected.changed.flatMap((g) => g.sources),
        ...expected.mustClaim.map((c) => c.source),
        ...expected.mustNotClaim.map((c) => c.source),
      ];
      expect(named.filter((s) => !ids.has(s))).toEqual([]);
      const missing = [...expected.mustClaim, ...expected.mustNotClaim].filter((c) => occurrences(loaded.texts.get(c.source) ?? "", c.text).length === 0);
      expect(missing.map((c) => `${c.source}: ${c.text}`)).toEqual([]);
      const labels = [
        ...expected.discrepancies.map((g) => groupLabel("discrepancy", g)),
        ...expected.agreements.map((g) => groupLabel("agreement", g)),
        ...expected.changed.map((g) => groupLabel("changed", g)),
        ...expected.mustClaim.map(claimLabel),
        ...expected.mustNotClaim.map(absenceLabel),
      ];
      expect(labels.filter((l, i) => labels.indexOf(l) !== i)).toEqual([]);
    });

    const sections: [Section, ExpectedGroup[]][] = [
      ["discrepancy", expected.discrepancies],
      ["changed", expected.changed],
      ["agreement", expected.agreements],
    ];
    for (const [section, groups] of sections) {
      for (const e of groups) {
        test(groupLabel(section, e), () => {
          const verdicts = verdictsOf(section, e);
          const found = loaded.analysis.groups.find((g) => verdicts.includes(g.verdict) && matchesGroup(loaded, g, e));
          if (found) return;
          // Show what the report has instead: groups of that kind and unit touching the expected sources.
          const near = loaded.analysis.groups
            .filter((g) => g.kind === e.kind && (e.unit === undefined || g.unit === e.unit))
            .filter((g) => groupClaims(loaded, g).some((c) => e.sources.includes(c.source)))
            .filter((g) => e.kind === "quote" || groupClaims(loaded, g).some((c) => (e.values ?? []).some((v) => sameValue(c.value, v))))
            .map((g) => describeGroup(loaded, g));
          expect.fail(`no ${verdicts.join("/")} group ${JSON.stringify({ unit: e.unit, values: e.values, sources: e.sources })}; related groups: ${near.join(" | ") || "none"}`);
        });
      }
    }

    test("no discrepancy beyond those expected", () => {
      const unexpected = loaded.analysis.groups
        .filter((g) => g.verdict === "discrepancy")
        .filter((g) => !expected.discrepancies.some((e) => withinExpected(loaded, g, e)))
        .map((g) => describeGroup(loaded, g));
      if (unexpected.length > 0) expect.fail(`unexpected: ${unexpected.join(" | ")}`);
    });

    for (const c of expected.mustClaim) {
      test(claimLabel(c), () => {
        const kind = expectedKind(c);
        const over = claimsOver(loaded, c.source, c.text);
        const ok = over.some(
          (x) =>
            x.kind === kind &&
            (c.unit === undefined || x.unit === c.unit) &&
            (c.value === undefined || sameValue(x.value, c.value)) &&
            (c.speaker === undefined || (x.speaker ?? "").includes(c.speaker)),
        );
        if (!ok) expect.fail(`claims over "${c.text}": ${over.map(showClaim).join(" | ") || "none"}`);
      });
    }

    for (const a of expected.mustNotClaim) {
      test(absenceLabel(a), () => {
        const kinds: ClaimKind[] = a.kind === "any" ? ["quantity", "date", "quote"] : a.kind ? [a.kind] : ["quantity", "date"];
        const over = claimsOver(loaded, a.source, a.text).filter((x) => kinds.includes(x.kind));
        if (over.length > 0) expect.fail(`claims over "${a.text}": ${over.map(showClaim).join(" | ")}`);
      });
    }

    it("known-failures.json names only expectations of this story", () => {
      expect([...failing].filter((l) => !used.has(l))).toEqual([]);
    });
  });
}
