/**
 * A claim's keyword vector (align/features.ts keywordsOf) is built through stem ids. Checked against the
 * map-keyed computation it replaced (closeness weights by stem, times rarity, normalizeWeights), bit for bit,
 * on every claim of the seed reports and on random marks in their sentences, with random rarities.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KeywordVectors, keywordsOf, normalizeWeights, StemIds, stemList, type StemList } from "../../src/core/align/features.js";
import { ar } from "../../src/core/lang/ar/index.js";
import type { Claim } from "../../src/core/types.js";

function reference(mark: readonly [number, number], list: StemList, rarity: Float64Array, table: StemIds) {
  const [markStart, markEnd] = mark;
  let claimIndex = list.starts.findIndex((start) => start >= markStart);
  if (claimIndex < 0) claimIndex = list.starts.length;
  const raw = new Map<string, number>();
  for (let i = 0; i < list.stems.length; i++) {
    const start = list.starts[i]!;
    if (start >= markStart && start < markEnd) continue;
    const distance = i < claimIndex ? claimIndex - i : Math.max(0, i - claimIndex);
    const w = 1 / (1 + distance / 6);
    raw.set(list.stems[i]!, Math.max(raw.get(list.stems[i]!) ?? 0, w));
  }
  const weighted = new Map<string, number>();
  for (const [stem, w] of raw) weighted.set(stem, w * rarity[table.id(stem)]!);
  return normalizeWeights(weighted, table);
}

const claims = (JSON.parse(readFileSync(new URL("../../reports/claims.json", import.meta.url), "utf8")) as { claims: Claim[] }).claims;

describe("keyword vectors through stem ids", () => {
  it("equal the map-keyed computation on every claim of the seed reports", () => {
    const table = new StemIds();
    const lists = claims.map((c) => stemList(c.sentence, ar, table));
    const rarity = Float64Array.from({ length: table.size }, (_, id) => Math.log(1 + 500 / (1 + (id % 7))));
    expect(claims.length).toBeGreaterThan(50);
    claims.forEach((c, k) => {
      const got = keywordsOf(c, lists[k]!, rarity, table);
      const want = reference(c.sentenceMark, lists[k]!, rarity, table);
      expect(got.ids).toEqual(want.ids);
      expect(got.weights).toEqual(want.weights);
      expect(got.size).toBe(want.size);
    });
  });

  it("equal it for random marks and rarities (repeated stems, marks past the end, all words marked)", () => {
    const table = new StemIds();
    const sentences = [...new Set(claims.map((c) => c.sentence))].slice(0, 40).map((s) => s + " " + s.slice(0, 60));
    const lists = sentences.map((s) => stemList(s, ar, table));
    fc.assert(
      fc.property(fc.nat(), fc.nat({ max: 2000 }), fc.nat({ max: 400 }), fc.array(fc.double({ min: 0.01, max: 9, noNaN: true }), { minLength: 1 }), (k, start, length, r) => {
        const list = lists[k % lists.length]!;
        const rarity = Float64Array.from({ length: table.size }, (_, id) => r[id % r.length]!);
        const claim = { ...claims[0]!, sentenceMark: [start, start + length] as [number, number] };
        const got = keywordsOf(claim, list, rarity, table);
        const want = reference(claim.sentenceMark, list, rarity, table);
        expect(got.ids).toEqual(want.ids);
        expect(got.weights).toEqual(want.weights);
      }),
      { numRuns: 500 },
    );
  });

  it("are the same when kept per text and mark (KeywordVectors): random marks in and past a few texts, many claims per mark", () => {
    const table = new StemIds();
    const sentences = [...new Set(claims.map((c) => c.sentence))].slice(0, 6);
    const lists = sentences.map((s) => stemList(s, ar, table));
    const rarity = Float64Array.from({ length: table.size }, (_, id) => 1 + (id % 5));
    const kept = new KeywordVectors(rarity, table);
    const shared = new Set<unknown>();
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: -3, max: 400 }), fc.integer({ min: -3, max: 60 }), (k, start, length) => {
        const s = k % sentences.length;
        const claim = { ...claims[0]!, sentence: sentences[s]!, sentenceMark: [start, start + length] as [number, number] };
        const got = kept.of(claim, lists[s]!);
        const want = keywordsOf(claim, lists[s]!, rarity, table);
        expect(got.ids).toEqual(want.ids);
        expect(got.weights).toEqual(want.weights);
        if (kept.of({ ...claim }, lists[s]!) === got) shared.add(got);
      }),
      { numRuns: 2000 },
    );
    // Vectors were kept and handed out again.
    expect(shared.size).toBeGreaterThan(10);
  });

  it("are shared by texts that differ only in their figures, and equal keywordsOf() there (wire copy rewritten with other numbers)", () => {
    const table = new StemIds();
    // Each seed sentence with digits and its copy with every figure written longer: the same words at other offsets.
    const sentences = [...new Set(claims.map((c) => c.sentence))].filter((s) => /\p{Nd}/u.test(s)).slice(0, 30);
    expect(sentences.length).toBeGreaterThan(10);
    const copies = sentences.map((s) => s.replace(/\p{Nd}+/gu, (d) => String(Number(d.replace(/\D/g, "") || "0") * 7 + 1013)));
    const rarity = Float64Array.from({ length: 4096 }, (_, id) => 1 + (id % 5) / 3);
    const kept = new KeywordVectors(rarity, table);
    let shared = 0;
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.integer({ min: 0, max: 4 }), fc.boolean(), (k, w, span, inside) => {
        const s = k % sentences.length;
        const a = stemList(sentences[s]!, ar, table);
        const b = stemList(copies[s]!, ar, table);
        expect(b.ids).toEqual(a.ids);
        // A mark over `span` words from word `first` (or inside a word), placed alike in both texts.
        const first = w % (a.ids.length + 1);
        const markOf = (list: StemList, text: string): [number, number] => {
          const start = first < list.starts.length ? list.starts[first]! + (inside ? 1 : 0) : text.length;
          const end = first + span < list.starts.length ? list.starts[first + span]! : text.length;
          return [Math.min(start, text.length), Math.max(Math.min(start, text.length), end)];
        };
        const ca = { ...claims[0]!, sentence: sentences[s]!, sentenceMark: markOf(a, sentences[s]!) };
        const cb = { ...claims[0]!, sentence: copies[s]!, sentenceMark: markOf(b, copies[s]!) };
        const va = kept.of(ca, a);
        const vb = kept.of(cb, b);
        for (const [claim, list, got] of [[ca, a, va], [cb, b, vb]] as const) {
          const want = keywordsOf(claim, list, rarity, table);
          expect(got.ids).toEqual(want.ids);
          expect(got.weights).toEqual(want.weights);
        }
        if (va === vb) shared++;
      }),
      { numRuns: 1500 },
    );
    // The copies were handed their originals' vectors.
    expect(shared).toBeGreaterThan(1000);
  });
});
