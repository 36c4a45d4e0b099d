import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/core/extract/index.js";
import { chunkParagraph, MAX_CLAIMS, MAX_PARAGRAPH, MAX_SOURCE_CHARS } from "../../src/core/extract/limits.js";
import { getLocale } from "../../src/core/lang/registry.js";
import { sentences } from "../../src/core/text/segment.js";
import type { SourceInput } from "../../src/core/types.js";

const input = (text: string, lang: string): SourceInput => ({ id: "x", path: "src/x.txt", text, bodyStart: 0, meta: { lang } });
const extract = (text: string, lang: string) => extractClaims(input(text, lang), getLocale(lang)!);

function chunksOf(text: string): string[] {
  const para = { start: 0, end: text.length };
  return chunkParagraph(text, para, sentences(text, para)).map((s) => text.slice(s.start, s.end));
}

describe("very long paragraphs are read in pieces", () => {
  it("a paragraph of ordinary length is one piece", () => {
    const text = "The ministry said 2,289 sorties were flown. ".repeat(100).trim();
    expect(chunksOf(text)).toEqual([text]);
  });

  it.each([
    ["sentences", "The ministry said 2,289 sorties were flown since September 30. ", /\.$/],
    ["Arabic sentences", "قالت الوزارة إن الطائرات نفذت 2289 طلعة قتالية منذ 30 أيلول. ", /\.$/],
    ["words without a sentence end", "and 2,289 sorties ", /sorties$/],
    ["a run with no space", "1,", /,$/],
  ])("%s: pieces within the bound, cut at sentence ends or spaces, nothing lost", (_name, unit, ending) => {
    const text = unit.repeat(Math.ceil((MAX_PARAGRAPH * 3.5) / unit.length)).trim();
    const pieces = chunksOf(text);
    expect(pieces.length).toBeGreaterThanOrEqual(4);
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(MAX_PARAGRAPH);
      expect(p).toMatch(ending);
    }
    expect(pieces.join("").replace(/\s+/g, "")).toBe(text.replace(/\s+/g, ""));
  });

  it("one token longer than the bound stays whole", () => {
    const text = `عدد ${"7".repeat(MAX_PARAGRAPH * 3)} طلعة`;
    const pieces = chunksOf(text);
    expect(pieces.some((p) => p.includes("7".repeat(MAX_PARAGRAPH * 3)))).toBe(true);
  });

  it.each([
    ["en", "The ministry said 2,289 sorties were flown since September 30. "],
    ["ar", "قالت الوزارة إن الطائرات نفذت 2289 طلعة قتالية منذ 30 أيلول. "],
  ])("a pasted line of %s sentences gives every figure, as short paragraphs would", (lang, sentence) => {
    const copies = Math.ceil((MAX_PARAGRAPH * 2.5) / sentence.length);
    const oneLine = extract(sentence.repeat(copies), lang).claims;
    const separate = extract(Array(copies).fill(sentence.trim()).join("\n"), lang).claims;
    const figures = (cs: typeof oneLine) => cs.filter((c) => c.kind === "quantity").map((c) => [c.value, c.unit ?? c.noun]);
    expect(figures(oneLine)).toHaveLength(copies);
    expect(figures(oneLine)).toEqual(figures(separate));
  });
});

describe("what cannot be held is skipped, with a warning naming the file", () => {
  it.each([
    ["a million-digit run", `مقدمة\n\nوقالت الوزارة إن الطائرات نفذت ${"7".repeat(1_000_000)} طلعة.`, "ar", "a number too large to check at line 3; skipped"],
    ["a 100,000-digit run", `مقدمة\n\nوقالت الوزارة إن الطائرات نفذت ${"7".repeat(100_000)} طلعة.`, "ar", "a number too large to check at line 3; skipped"],
    ["several", `The ministry said ${"9".repeat(40)} sorties were flown.\nIt said ${"8".repeat(30)} sorties and 12 sorties were flown.`, "en", "2 numbers too large to check (the first at line 1); skipped"],
  ])("%s", (_name, text, lang, message) => {
    const r = extract(text, lang);
    expect(r.warnings?.[0]).toEqual({ path: "src/x.txt", message });
    // A file of a million digits is also longer than any article.
    expect(r.warnings?.slice(1).every((w) => w.message.startsWith("longer than any article"))).toBe(true);
    for (const c of r.claims) if (typeof c.value === "number") expect(Number.isFinite(c.value)).toBe(true);
  });

  it("a number with leading zeros that is small is not reported", () => {
    const r = extract(`${"0".repeat(40)}12 sorties were flown.`, "en");
    expect(r.warnings).toBeUndefined();
  });

  it("claims beyond the limit are skipped from a line on, and the first ones kept in order", () => {
    const text = "On September 26, 2015 officials met.\n".repeat(MAX_CLAIMS + 500);
    const r = extract(text, "en");
    expect(r.claims).toHaveLength(MAX_CLAIMS);
    expect(r.claims.at(-1)!.line).toBe(MAX_CLAIMS);
    expect(r.warnings).toEqual([
      { path: "src/x.txt", message: `more claims than an article holds; the first ${MAX_CLAIMS} are kept, the rest (from line ${MAX_CLAIMS + 1}) skipped` },
    ]);
  });

  it("text beyond the length of any article is not read, from a line on", () => {
    const para = "The ministry said 2,289 sorties were flown. " + "Officials gave no other details about the flights. ".repeat(100).trim();
    const count = Math.ceil(MAX_SOURCE_CHARS / para.length) + 3;
    const text = Array(count).fill(para).join("\n");
    const r = extract(text, "en");
    const kept = Math.ceil(MAX_SOURCE_CHARS / para.length);
    expect(r.claims.at(-1)!.line).toBe(kept);
    expect(r.warnings).toEqual([
      { path: "src/x.txt", message: `longer than any article; the first ${MAX_SOURCE_CHARS} characters were read, the rest (from line ${kept + 1}) skipped` },
    ]);
  });
});

