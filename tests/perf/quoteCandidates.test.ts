/**
 * Quote candidates (align/candidates.ts quotePairs) read each quote's words as small numbers, its neighbours in a
 * word's list found by a binary search instead of a map of places. The pairs must be the ones the rule itself
 * gives, worked out here the long way, pair by pair, by the words as strings: two quotes of one language from two
 * sources that share at least two words few quotes use (at most MAX_POSTING quotes each); and each quote's next
 * NEIGHBOURS quotes, in the order of their wording then index, in the lists of its RAREST_WORDS rarest common
 * words (rarest first, ties in the order of the words as strings). Checked on the seeds' quotes and on quotes of
 * a few statements copied by many articles with words left out, where many common words tie: a rank taken from
 * the words' order of first sight, or a neighbour list not in wording order, fails here.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/types.js";
import type { Locale } from "../../src/core/lang/types.js";
import type { Features } from "../../src/core/align/features.js";
import { ar } from "../../src/core/lang/ar/index.js";
import { en } from "../../src/core/lang/en/index.js";
import { candidatePairs } from "../../src/core/align/candidates.js";
import { contentStems } from "../../src/core/align/features.js";

const MAX_POSTING = 64;
const NEIGHBOURS = 24;
const RAREST_WORDS = 3;

const seedFile = JSON.parse(readFileSync(new URL("../../reports/claims.json", import.meta.url), "utf8")) as { sources: { id: string; lang: string }[]; claims: Claim[] };
const langOf = new Map(seedFile.sources.map((s) => [s.id, s.lang]));

function quote(source: string, value: string): Claim {
  return { id: `${source}:q`, source, kind: "quote", value, text: value, line: 1, column: 1, start: 0, end: value.length, sentence: value, sentenceMark: [0, value.length] } as Claim;
}

const featuresOf = (claims: [Claim, Locale][]): Features[] => claims.map(([claim, locale]) => ({ claim, locale, kind: claim.kind }) as unknown as Features);

/** The pairs the rule gives, each as "i j" (i < j), sorted. */
function longWay(features: readonly Features[]): string[] {
  const pairs = new Set<string>();
  const add = (i: number, j: number) => {
    if (i !== j && features[i]!.claim.source !== features[j]!.claim.source) pairs.add(i < j ? `${i} ${j}` : `${j} ${i}`);
  };
  for (const locale of new Set(features.map((f) => f.locale))) {
    const members = features.flatMap((f, i) => (f.claim.kind === "quote" && f.locale === locale ? [i] : []));
    const words = new Map(members.map((i) => [i, new Set(contentStems(String(features[i]!.claim.value), locale).map((s) => s.stem))]));
    const holders = new Map<string, number[]>();
    for (const i of members) for (const w of words.get(i)!) holders.set(w, [...(holders.get(w) ?? []), i]);
    const holding = (w: string) => [...holders.get(w)!];
    const rare = (w: string) => holding(w).length <= MAX_POSTING;
    for (const i of members) for (const j of members) if (i < j && [...words.get(i)!].filter((w) => rare(w) && words.get(j)!.has(w)).length >= 2) add(i, j);
    const wording = (i: number) => String(features[i]!.claim.value);
    for (const i of members) {
      const common = [...words.get(i)!].filter((w) => !rare(w));
      common.sort((a, b) => holding(a).length - holding(b).length || (a < b ? -1 : a > b ? 1 : 0));
      for (const w of common.slice(0, RAREST_WORDS)) {
        const list = holding(w).sort((a, b) => (wording(a) < wording(b) ? -1 : wording(a) > wording(b) ? 1 : a - b));
        const at = list.indexOf(i);
        for (const j of list.slice(at + 1, at + 1 + NEIGHBOURS)) add(i, j);
      }
    }
  }
  return [...pairs].sort();
}

function shortWay(features: readonly Features[]): string[] {
  const n = features.length;
  return [...candidatePairs(features, features.map(() => 0))].map((p) => `${Math.floor(p / n)} ${p % n}`).sort();
}

const STATEMENTS = [
  "we will not stop until every family knows what happened to its sons and daughters in the flood",
  "the government is ready to discuss any proposal that keeps the factories open and the workers paid",
  "nobody expected the river to rise so fast in the night while the villages were asleep",
];

/** Many articles quoting a few statements, each copy with some words left out. */
const copies = fc.array(fc.record({ statement: fc.nat(STATEMENTS.length - 1), drop: fc.array(fc.nat(17), { maxLength: 4 }), source: fc.nat(120) }), { minLength: 150, maxLength: 260 });

describe("quote candidates", () => {
  it("the seeds' quotes", () => {
    const claims: [Claim, Locale][] = seedFile.claims.filter((c) => c.kind === "quote").map((c) => [c, langOf.get(c.source) === "ar" ? ar : en]);
    expect(claims.length).toBeGreaterThan(40);
    const features = featuresOf(claims);
    expect(shortWay(features)).toEqual(longWay(features));
  });

  it("statements copied by more articles than MAX_POSTING, with words left out", () => {
    fc.assert(
      fc.property(copies, (list) => {
        const claims: [Claim, Locale][] = list.map(({ statement, drop, source }) => {
          const words = STATEMENTS[statement]!.split(" ").filter((_, k) => !drop.includes(k));
          return [quote(`s${source}`, words.join(" ")), en];
        });
        const features = featuresOf(claims);
        const pairs = shortWay(features);
        expect(pairs.length).toBeGreaterThan(0);
        expect(pairs).toEqual(longWay(features));
      }),
      { numRuns: 8, endOnFailure: true },
    );
  });
});
