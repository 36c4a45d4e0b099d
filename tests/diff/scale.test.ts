/**
 * Big and degenerate inputs: the matcher must stay near linear (an all-pairs comparison here would take
 * minutes, well past the test timeout) and still pair claims correctly.
 */
import { describe, expect, it } from "vitest";
import { diffSnapshots } from "../../src/core/diff/index.js";
import type { Claim } from "../../src/core/types.js";
import { article, snapshot, type SentenceSpec } from "./helpers.js";

const WORDS = ["ministry", "army", "border", "village", "convoy", "airport", "factory", "bridge", "port", "camp", "school", "market"];

/** A distinct sentence per i, with one figure of one unit: a big block for the matcher. */
function sentence(i: number, value: number): SentenceSpec {
  const w = (k: number) => WORDS[(i * 7 + k * 5 + Math.floor(i / WORDS.length)) % WORDS.length]!;
  const text = `Report ${i} from the ${w(1)} near the ${w(2)} and the ${w(3)} said ${value} people were killed by ${w(4)} fire on day ${i}.`;
  return { sentence: text, claims: [{ text: String(value), value, unit: "killed", nth: text.indexOf(` ${value} `) >= 0 ? countBefore(text, String(value)) : 0 }] };
}

function countBefore(text: string, needle: string): number {
  // The figure's occurrence among equal digit runs earlier in the sentence ("Report 12 … said 12 …").
  const at = text.indexOf(` ${needle} people`);
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0 && i < at; i = text.indexOf(needle, i + 1)) n++;
  return n;
}

describe("diff at scale", () => {
  it("10,000 claims in one block: every tenth corrected, every twentieth removed, some added, the rest moved down", () => {
    const n = 10_000;
    const before: SentenceSpec[] = Array.from({ length: n }, (_, i) => sentence(i, 100 + (i % 50)));
    const after: SentenceSpec[] = [];
    const ADDED = ["An airstrike on a hospital in Idlib left", "Separately, the shelling of a bakery in Homs left", "Rescuers in Aleppo said the collapse of a building left"];
    for (let i = 0; i < 30; i++) after.push({ sentence: `${ADDED[i % 3]} ${i + 2} dead.`, claims: [{ text: String(i + 2), value: i + 2, unit: "killed" }] });
    for (let i = 0; i < n; i++) {
      if (i % 20 === 5) continue;
      after.push(i % 10 === 3 ? sentence(i, 100 + (i % 50) + 1) : before[i]!);
    }
    const result = diffSnapshots(snapshot(article("big", before)), snapshot(article("big", after)));
    const count = (c: string) => result.changes.filter((x) => x.change === c).length;
    expect({ changed: count("changed"), removed: count("removed"), added: count("added") }).toEqual({ changed: n / 10, removed: n / 20, added: 30 });
    for (const ch of result.changes.filter((x) => x.change === "changed")) expect(Number(ch.after!.value) - Number(ch.before!.value)).toBe(1);
  });

  it("30,000 copies of one sentence, every figure changed: paired in order, one to one", () => {
    const n = 30_000;
    const make = (v: number): Claim[] => article("rep", Array.from({ length: n }, () => ({ sentence: `Officials said ${v} people were killed.`, claims: [{ text: String(v), value: v, unit: "killed" }] })));
    const result = diffSnapshots(snapshot(make(12)), snapshot(make(13)));
    expect(result.changes).toHaveLength(n);
    expect(result.changes.every((c) => c.change === "changed" && c.before!.line === c.after!.line)).toBe(true);
    expect(diffSnapshots(snapshot(make(12)), snapshot(make(12))).changes).toEqual([]);
  });
});
