/**
 * The gates (src/core/extract/gates.ts) skip paragraphs and words that cannot hold a number, a date or a quote.
 * They must never change an answer: on random paragraphs and articles assembled from every entry of the
 * locales' word lists (as written and with each clitic glued on), digits in both scripts and punctuation, the
 * gated and the full readings give the same mentions and the same claims.
 */
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { ar } from "../../src/core/lang/ar/index.js";
import { en } from "../../src/core/lang/en/index.js";
import type { Locale } from "../../src/core/lang/types.js";
import { tokenize } from "../../src/core/text/tokenize.js";
import { findNumbers } from "../../src/core/extract/numbers/index.js";
import { findDates } from "../../src/core/extract/dates/index.js";
import { extractClaims } from "../../src/core/extract/index.js";
import { mayHoldNumber, mayStartNumber } from "../../src/core/extract/numbers/gate.js";
import { compileNumbers } from "../../src/core/extract/numbers/compile.js";
import { gates } from "../../src/core/extract/gates.js";

/** Every string in a locale's word lists (keys and values of any depth), each whole and word by word. */
function wordListPieces(locale: Locale): string[] {
  const out = new Set<string>();
  const walk = (x: unknown, depth: number): void => {
    if (depth > 6 || x === null || x === undefined) return;
    if (typeof x === "string") {
      if (x.length === 0 || x.length > 60) return;
      out.add(x);
      for (const t of tokenize(x)) {
        out.add(t.text);
        if (t.kind === "word") for (const p of locale.clitics.prefixes) out.add(p + t.text);
      }
      return;
    }
    if (x instanceof Map) {
      for (const [k, v] of x) {
        walk(k, depth + 1);
        walk(v, depth + 1);
      }
      return;
    }
    if (x instanceof Set || Array.isArray(x)) {
      for (const v of x) walk(v, depth + 1);
      return;
    }
    if (typeof x === "object") for (const [k, v] of Object.entries(x as object)) {
      walk(v, depth + 1);
      // Records keyed by word ("million": …) carry words in their keys.
      if (/\D/.test(k) && k.length > 1) walk(k, depth + 1);
    }
  };
  walk([locale.numbers, locale.dates, locale.calendar, locale.speech, locale.quantities], 0);
  return [...out].sort();
}

const COMMON = [
  "3", "12", "2015", "1446", "2,289", "4.5", "0117", "٣", "١٢", "٢٠١٥", "٢٬٢٨٩", "½", "¾", "%", "٪", ".", ",", "،", ":", "/",
  "-", "–", "+", "(", ")", "«", "»", "\"", "\u201C", "\u201D", "'", "؟", "!", "$", "\u200F",
];

/** Long paragraphs from everything, and short ones without digits (which the gates judge by words alone). */
function paragraph(pieces: readonly string[]) {
  const words = pieces.filter((p) => !/\p{Nd}/u.test(p));
  const of = (from: readonly string[], maxLength: number) =>
    fc
      .array(fc.tuple(fc.constantFrom(...from), fc.constantFrom(" ", " ", "", ", ", ". ")), { minLength: 1, maxLength })
      .map((parts) => parts.map(([p, gap]) => p + gap).join("").trim());
  return fc.oneof(of(pieces, 24), of(words, 6));
}

function both<T>(f: () => T): [T, T] {
  gates.on = true;
  const gated = f();
  gates.on = false;
  const full = f();
  gates.on = true;
  return [gated, full];
}

afterEach(() => {
  gates.on = true;
});

// Numbers and dates written without a digit: the gates must let each through.
describe("digitless numbers and dates pass the gates", () => {
  it.each<[string, "ar" | "en", string, "number" | "date"]>([
    ["a spelled count", "ar", "قتل ثلاثة آلاف شخص في المدينة", "number"],
    ["a fraction", "ar", "غادر نصف السكان المدينة", "number"],
    ["a dual scale", "ar", "نزح مليونا شخص", "number"],
    ["a relative weekday", "ar", "وصل الوزير الخميس المقبل إلى موسكو", "date"],
    ["a weekday and its direction", "ar", "قال الوزير يوم الخميس الماضي إن الغارات مستمرة", "date"],
    ["a spelled count", "en", "Three thousand people fled the town", "number"],
    ["a fraction after an article", "en", "The strikes hit a third of the targets", "number"],
    ["a negative", "en", "The temperature fell to minus five", "number"],
    ["an article before a scale word", "en", "The strikes hit a hundred targets", "number"],
    ["a negative", "ar", "انخفضت إلى سالب خمسة", "number"],
    ["a weekday read by tense", "en", "The minister said on Thursday that strikes would go on", "date"],
  ])("%s (%s)", (_what, lang, text, kind) => {
    const locale = lang === "ar" ? ar : en;
    const tokens = tokenize(text);
    const read = () => (kind === "number" ? findNumbers(text, tokens, locale) : findDates(text, tokens, locale, { published: "2015-11-26" }));
    const [gated, full] = both(read);
    expect(full.length).toBeGreaterThan(0);
    expect(gated).toEqual(full);
  });
});

describe.each([
  ["ar", ar],
  ["en", en],
] as const)("gates (%s)", (_lang, locale) => {
  const lexicon = wordListPieces(locale);
  const pieces = [...lexicon, ...COMMON];

  it("the word lists give the generator something to work with", () => {
    expect(lexicon.length).toBeGreaterThan(300);
  });

  it("every cardinal, scale and fraction, with each clitic, may start a number", () => {
    const lex = compileNumbers(locale);
    const words = [...locale.numbers.cardinals.map(([w]) => w), ...locale.numbers.scales.map(([w]) => w), ...locale.numbers.fractions.map(([w]) => w)];
    for (const w of words) {
      const token = tokenize(w)[0]!;
      expect(mayStartNumber(lex, token), w).toBe(true);
      // Without its word id, the same answer through the map.
      expect(mayStartNumber(lex, { ...token, id: -1 }), w).toBe(true);
      for (const p of locale.clitics.prefixes) {
        const glued = tokenize(p + w)[0]!;
        if (glued.norm.length - tokenize(p)[0]!.norm.length > 2) expect(mayStartNumber(lex, glued), p + w).toBe(true);
      }
    }
  });

  it("a paragraph of ordinary words holds no number", () => {
    const lex = compileNumbers(locale);
    // An article or a negative alone opens no number ("a statement").
    const text = locale.code === "ar" ? "قالت الوزارة في بيان إن الطائرات قصفت مواقع التنظيم" : "The ministry said in a statement that aircraft struck the group's positions";
    expect(mayHoldNumber(tokenize(text), lex)).toBe(false);
    expect(mayHoldNumber(tokenize(text + " 7"), lex)).toBe(true);
    const spelled = locale.code === "ar" ? " ثلاثة" : " a hundred times";
    expect(mayHoldNumber(tokenize(text + spelled), lex)).toBe(true);
  });

  it("numbers and dates: gated and full readings agree on random paragraphs", () => {
    fc.assert(
      fc.property(paragraph(pieces), (text) => {
        const tokens = tokenize(text);
        const [gn, fn] = both(() => findNumbers(text, tokens, locale));
        expect(gn).toEqual(fn);
        const [gd, fd] = both(() => findDates(text, tokens, locale, { published: "2015-11-26" }));
        expect(gd).toEqual(fd);
      }),
      { numRuns: 1500, seed: 5 },
    );
  });

  it("claims: gated and full extraction agree on random articles", () => {
    fc.assert(
      fc.property(fc.array(paragraph(pieces), { minLength: 1, maxLength: 6 }), fc.boolean(), (paras, dated) => {
        const text = paras.join("\n\n") + "\n";
        const source = { id: "a", path: "a.txt", text, bodyStart: 0, meta: dated ? { published: "2015-11-26" } : {} };
        const [gated, full] = both(() => extractClaims(source, locale));
        expect(gated).toEqual(full);
      }),
      { numRuns: 150, seed: 7 },
    );
  });
});
