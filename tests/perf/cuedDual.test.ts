/**
 * cuedDual asks every word whether some cued reading's duals hold it; the answer is kept by word id
 * (UnitLexicons.cuedDualWords). It must be what asking each reading's `duals` lexicon gives, clitics and all,
 * for every word, also after the word ids start again.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ar } from "../../src/core/lang/ar/index.js";
import { en } from "../../src/core/lang/en/index.js";
import type { Locale } from "../../src/core/lang/types.js";
import { renewWordIds, tokenize } from "../../src/core/text/tokenize.js";
import { unitLexicons } from "../../src/core/extract/quantities/units.js";

/** A second reading with duals, so that a word held by the second reading only is asked too. */
const arTwo: Locale = {
  ...ar,
  quantities: {
    ...ar.quantities,
    cuedReadings: [
      ...(ar.quantities.cuedReadings ?? []),
      { forms: ["هدف", "أهداف"], cues: ["سجل", "أحرز"], units: [[0, "goal"]], duals: ["هدفين", "هدفان"] },
    ],
  },
};

const SEEDS = readdirSync("sources")
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(`sources/${f}`, "utf8"));

// Sentences in the shapes the duals take: bare, with a glued preposition or conjunction, with the article,
// with an accusative ending, with marks, and near misses.
const SHAPES = [
  "رفع البنك المركزي سعر الفائدة نقطتين، وخفضها بنقطتين العام الماضي.",
  "قال المحافظ إن الفائدة زادت بواقع نقطتين مئويتين والنقطتان الأخيرتان كانتا في مارس.",
  "وارتفعت الفائدة ونقطتي الأساس، ثم فنقطتين، ولنقطتين، وبالنقطتين، ونقطتيْن.",
  "سجل اللاعب هدفين وأحرز زميله الهدفان، وبهدفين فاز الفريق، نقطة واحدة فقط.",
  "The central bank raised rates by two points; a quarter-point cut followed.",
];

describe.each([
  ["ar", ar],
  ["ar with two readings holding duals", arTwo],
  ["en", en],
] as const)("cuedDualWords (%s)", (_name, locale) => {
  const lex = unitLexicons(locale);
  const byReadings = (norm: string) => (lex.cuedReadings.some((r) => r.duals.size > 0 && r.duals.match(norm) !== undefined) ? 1 : 0);
  const check = (text: string) => {
    let found = 0;
    for (const t of tokenize(text)) {
      if (t.kind !== "word") continue;
      const want = byReadings(t.norm);
      expect(lex.cuedDualWords.get(t), t.norm).toBe(want);
      found += want;
    }
    return found;
  };

  it("answers every word as the readings' duals do, seeds and hand-made shapes", () => {
    let found = 0;
    for (const text of [...SEEDS, ...SHAPES]) found += check(text);
    if (locale !== en) expect(found).toBeGreaterThan(5);
  });

  it("answers the same after the word ids start again", () => {
    check(SHAPES.join("\n"));
    renewWordIds(true);
    // Other words first, so the ids the shapes had now belong to other words.
    check("وقال الوزير إن المفاوضات مستمرة، the talks go on");
    check(SHAPES.join("\n"));
  });
});
