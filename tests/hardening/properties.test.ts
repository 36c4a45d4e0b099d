/**
 * Property-based tests: extraction over random text never throws and gives well-formed claims, and the same
 * claims whatever the whitespace and line endings. Documents are built from every word the locales know
 * (months, number words, units, speech verbs …), digits in both scripts, punctuation and quotation marks,
 * invisible marks and arbitrary characters, so random documents reach deep into every recogniser.
 * Runs are bounded to keep CI fast; FC_RUNS raises them for a longer local search.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/core/extract/index.js";
import { analyze } from "../../src/core/analyze.js";
import { renderMarkdown } from "../../src/core/report/markdown.js";
import { renderJson } from "../../src/core/report/json.js";
import { getLocale } from "../../src/core/lang/registry.js";
import type { Locale } from "../../src/core/lang/types.js";
import { LineIndex } from "../../src/core/text/lineIndex.js";
import type { Claim, SourceInput } from "../../src/core/types.js";
import { foreignHtml, schemeLinks, strayBlocks, tableProblems } from "./markdownCheck.js";

const RUNS = Number(process.env.FC_RUNS ?? 60);
// A longer local search (FC_RUNS=2000) needs more time than CI's default allows.
const TIMEOUT = Math.max(30_000, RUNS * 400);

/** Every string a locale holds (word lists, phrases, tuple keys), as the vocabulary of random documents. */
function vocabulary(locale: Locale): string[] {
  const out = new Set<string>();
  const seen = new Set<unknown>();
  const walk = (v: unknown, depth: number) => {
    if (depth > 6 || v === null || v === undefined || seen.has(v)) return;
    if (typeof v === "string") {
      if (v.length > 0 && v.length < 40 && !/[\r\n]/.test(v)) out.add(v);
      return;
    }
    if (typeof v !== "object") return;
    seen.add(v);
    if (v instanceof Set || v instanceof Map || Array.isArray(v)) for (const x of v as Iterable<unknown>) walk(x, depth + 1);
    else for (const x of Object.values(v as Record<string, unknown>)) walk(x, depth + 1);
  };
  walk(locale, 0);
  return [...out].sort();
}

const PUNCTUATION = [".", ",", "،", "؛", ":", "«", "»", '"', "“", "”", "‘", "’", "(", ")", "-", "–", "—", "/", "%", "٪", "؟", "?", "!", "…", "'", "٫", "٬"];
// What a hostile or careless article could hold that means something to Markdown or HTML.
const MARKUP = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "|", "||", "`", "```", "[x](javascript:alert(1))", "![i](https://e.vil/i.png)", "<https://e.vil>", "# ", "> ", "- ", "1. ", "www.e.vil", "https://e.vil/a", "&lt;b&gt;", "**", "_", "~~", "$", "\\", "<!--", "-->", "---", "==="];
const INVISIBLE = ["\u200f", "\u200e", "\u202a", "\u202c", "\u061c", "\u200b", "\ufeff", "\u0640"];
const ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩";

const digits = fc
  .tuple(fc.oneof(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 99_999_999 })), fc.constantFrom("plain", "comma", "arabic", "decimal", "arabic-sep"))
  .map(([n, style]) => {
    const s = String(n);
    if (style === "comma") return n.toLocaleString("en-US");
    if (style === "arabic") return [...s].map((d) => ARABIC_DIGITS[Number(d)]).join("");
    if (style === "decimal") return `${Math.floor(n / 100)}.${n % 100}`;
    if (style === "arabic-sep") return [...n.toLocaleString("en-US")].map((d) => (d === "," ? "٬" : ARABIC_DIGITS[Number(d)])).join("");
    return s;
  });

/** A date in one of the orders the locales write: "26 تشرين الثاني 2015", "November 26, 2015", "26 November". */
function date(months: string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.integer({ min: 1, max: 31 }), fc.constantFrom(...months), fc.option(fc.integer({ min: 1990, max: 2030 })), fc.boolean())
    .map(([d, m, y, dayFirst]) => (dayFirst ? `${d} ${m}${y ? ` ${y}` : ""}` : `${m} ${d}${y ? `, ${y}` : ""}`));
}

/** One line of text without line breaks. */
function fragment(words: string[], months: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...words) },
    { weight: 1, arbitrary: date(months) },
    { weight: 3, arbitrary: digits },
    { weight: 2, arbitrary: fc.constantFrom(...PUNCTUATION) },
    { weight: 1, arbitrary: fc.constantFrom(...INVISIBLE) },
    { weight: 1, arbitrary: fc.constantFrom(...MARKUP) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 3 }).map((s) => s.replace(/[\r\n\u2028\u2029\u0085]/g, " ")) },
  );
}

function paragraph(words: string[], months: string[]): fc.Arbitrary<string> {
  const sentence = fc
    .array(fc.tuple(fragment(words, months), fc.constantFrom(" ", " ", " ", "")), { minLength: 1, maxLength: 8 })
    .map((parts) => parts.map(([f, sep]) => f + sep).join("").trim());
  return fc
    .array(fc.tuple(sentence, fc.constantFrom(". ", "، ", " ", "? ", "؟ ", ". «", "» ")), { minLength: 1, maxLength: 3 })
    .map((ss) => ss.map(([s, end]) => s + end).join("").trim())
    .filter((p) => p.length > 0);
}

const LANGS = ["ar", "en"] as const;
const VOCAB = Object.fromEntries(LANGS.map((l) => [l, vocabulary(getLocale(l)!)])) as Record<(typeof LANGS)[number], string[]>;
const MONTHS = Object.fromEntries(LANGS.map((l) => [l, [...new Set(getLocale(l)!.calendar.months.map(([m]) => m))].sort()])) as Record<(typeof LANGS)[number], string[]>;

/** A document: a language and its paragraphs (each one line). */
const documents = fc.constantFrom(...LANGS).chain((lang) =>
  fc.array(paragraph(VOCAB[lang], MONTHS[lang]), { minLength: 1, maxLength: 6 }).map((paras) => ({ lang, paras })),
);

function source(text: string, lang: string): SourceInput {
  return { id: "doc", path: "src/doc.txt", text, bodyStart: 0, meta: { lang } };
}

function extract(text: string, lang: string): Claim[] {
  return extractClaims(source(text, lang), getLocale(lang)!).claims;
}

const flat = (s: string | undefined) => (s ?? "").replace(/[\s\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]+/g, " ").trim();

/** What a claim says, independent of where its bytes are. */
function meaning(c: Claim): unknown[] {
  return [c.kind, c.value, c.unit, c.noun, c.qualifier, c.min, c.max, flat(c.speaker), flat(c.text), flat(c.sentence)];
}

/** The claim's text starts on its line at its column (columns in code points). */
function placedRight(text: string, c: Claim): boolean {
  const line = new LineIndex(text).lineText(c.line);
  const head = flat(c.text.split(/\r\n|\r|\n/)[0]).split(" ")[0] ?? "";
  return [...line].slice(c.column - 1).join("").replace(/^[\s\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]+/, "").startsWith(head);
}

function wellFormed(text: string, claims: Claim[]): void {
  for (const c of claims) {
    expect(c.start).toBeGreaterThanOrEqual(0);
    expect(c.end).toBeGreaterThan(c.start);
    expect(c.end).toBeLessThanOrEqual(text.length);
    expect(c.text).toBe(text.slice(c.start, c.end));
    expect(c.line).toBeGreaterThanOrEqual(1);
    expect(c.column).toBeGreaterThanOrEqual(1);
    expect(placedRight(text, c)).toBe(true);
    for (const n of [c.value, c.min, c.max]) if (typeof n === "number") expect(Number.isFinite(n)).toBe(true);
    const [a, b] = c.sentenceMark;
    expect(0 <= a && a <= b && b <= c.sentence.length).toBe(true);
  }
}

describe("extraction over random text", () => {
  it.each(LANGS)("never throws on arbitrary Unicode (%s)", (lang) => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => {
        wellFormed(text, extract(text, lang));
      }),
      { numRuns: RUNS * 3 },
    );
  }, TIMEOUT);

  it("never throws on documents of locale words, digits and marks, and gives well-formed claims", () => {
    fc.assert(
      fc.property(documents, fc.constantFrom("\n", "\n\n"), ({ lang, paras }, sep) => {
        const text = paras.join(sep);
        wellFormed(text, extract(text, lang));
      }),
      { numRuns: RUNS * 3 },
    );
  }, TIMEOUT);

  it("gives a report whose tables keep their columns and hold no HTML from the text", () => {
    fc.assert(
      fc.property(documents, documents, (a, b) => {
        const inputs = [
          { ...source(a.paras.join("\n\n"), a.lang), id: "a", path: "src/a.txt" },
          { ...source(b.paras.join("\n\n"), b.lang), id: "b", path: "src/b.txt" },
        ];
        const analysis = analyze(inputs);
        const report = renderMarkdown(analysis, { sourceLink: (s) => `../${s.path}` });
        expect(tableProblems(report)).toEqual([]);
        expect(foreignHtml(report)).toEqual([]);
        expect(schemeLinks(report)).toEqual([]);
        expect(strayBlocks(report)).toEqual([]);
        expect(() => JSON.parse(renderJson(analysis))).not.toThrow();
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});

/** Ways to change a document's whitespace that must not change its claims; `sameLines` when line numbers stay. */
const VARIANTS: [string, (paras: string[], sep: string) => string, { sameLines: boolean; sameColumns: boolean }][] = [
  ["CRLF line endings", (p, sep) => p.join(sep).replace(/\n/g, "\r\n"), { sameLines: true, sameColumns: true }],
  ["lone CR line endings", (p, sep) => p.join(sep).replace(/\n/g, "\r"), { sameLines: true, sameColumns: true }],
  ["trailing spaces and tabs", (p, sep) => p.map((x) => x + " \t ").join(sep), { sameLines: true, sameColumns: true }],
  ["indented lines", (p, sep) => p.map((x) => "   " + x).join(sep), { sameLines: true, sameColumns: false }],
  ["more blank lines between paragraphs", (p) => p.join("\n\n\n"), { sameLines: false, sameColumns: true }],
  ["a final line break", (p, sep) => p.join(sep) + "\n", { sameLines: true, sameColumns: true }],
];

describe("claims do not change with whitespace and line endings", () => {
  it.each(VARIANTS)("%s", (_name, variant, { sameLines, sameColumns }) => {
    fc.assert(
      fc.property(documents, fc.constantFrom("\n", "\n\n"), ({ lang, paras }, sep) => {
        // Blank lines only change claims' lines when paragraphs are separated by them.
        const base = paras.join(sep === "\n" && !sameLines ? "\n\n" : sep);
        const changed = variant(paras, sep === "\n" && !sameLines ? "\n\n" : sep);
        const before = extract(base, lang);
        const after = extract(changed, lang);
        expect(after.map(meaning)).toEqual(before.map(meaning));
        if (sameLines) expect(after.map((c) => c.line)).toEqual(before.map((c) => c.line));
        if (sameLines && sameColumns) expect(after.map((c) => c.column)).toEqual(before.map((c) => c.column));
        wellFormed(changed, after);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});
