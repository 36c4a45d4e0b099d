/**
 * tokenize() scans code points by class instead of running one regex per token; it must cut every text
 * exactly as the regex it replaced: same tokens, offsets, kinds, folded forms and spaceBefore flags. Its word
 * ids must name folded forms one to one.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fold } from "../../src/core/text/normalize.js";
import { toAsciiDigits } from "../../src/core/text/chars.js";
import { renewWordIds, tokenize, wordIdEpoch, type Token } from "../../src/core/text/tokenize.js";

const TOKEN_RE = /([\p{L}\p{M}\u200C\u200D]+)|(\p{Nd}+)|(\s+)|([\u061C\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]+)|([\s\S])/uy;

type Plain = Omit<Token, "id">;

function reference(text: string, from = 0, to = text.length): Plain[] {
  const tokens: Plain[] = [];
  const re = TOKEN_RE;
  re.lastIndex = from;
  let space = true;
  while (re.lastIndex < to) {
    const start = re.lastIndex;
    const m = re.exec(text);
    if (!m) break;
    let end = re.lastIndex;
    if (end > to) {
      end = to;
      re.lastIndex = to;
    }
    if (m[3] !== undefined) {
      space = true;
      continue;
    }
    if (m[4] !== undefined) continue;
    const raw = text.slice(start, end);
    if (m[1] !== undefined) tokens.push({ kind: "word", start, end, text: raw, norm: fold(raw), spaceBefore: space });
    else if (m[2] !== undefined) tokens.push({ kind: "digits", start, end, text: raw, norm: toAsciiDigits(raw), spaceBefore: space });
    else tokens.push({ kind: "punct", start, end, text: raw, norm: raw, spaceBefore: space });
    space = false;
  }
  return tokens;
}

// Characters from every class and the edges between them: Latin, Arabic letters and marks, tatweel, digits in
// three scripts, every kind of space, direction marks, joiners, U+FEFF (both space and invisible), astral
// letters, digits and symbols, lone surrogates, punctuation.
const PIECES = [
  "a", "Z", "é", "ß", "İ", "ق", "ال", "ً", "ـ", "ﻻ", "ﷺ", "٣", "۴", "7", "१", "0", " ", "\t", "\n", "\r\n", "\u00a0", "\u2009", "\u3000",
  "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202e", "\u2066", "\u061c", "\ufeff", "𝐀", "𝟘", "😀", "\ud800", "\udc00",
  ",", "،", ".", "«", "»", "-", "%", "٪", "/", "'", "’", "(", ")",
];

/** The tokens without their ids, after checking the ids: one per folded form, none for digit runs. */
function plain(tokens: readonly Token[]): Plain[] {
  for (const t of tokens) {
    if (t.kind === "digits") expect(t.id).toBe(-1);
    else {
      expect(t.id).toBeGreaterThanOrEqual(0);
      const seen = idOfNorm.get(t.norm);
      if (seen === undefined) {
        expect(normOfId.has(t.id)).toBe(false);
        idOfNorm.set(t.norm, t.id);
        normOfId.set(t.id, t.norm);
      } else expect(t.id).toBe(seen);
    }
  }
  return tokens.map(({ id: _id, ...rest }) => rest);
}
const idOfNorm = new Map<string, number>();
const normOfId = new Map<number, string>();

describe("tokenize", () => {
  it.each([
    ["Arabic with marks, tatweel and digits", "قالَ إنّ الطلعـــات بلغت 2289 طلعة، و٤١١١ هدفاً."],
    ["English with a bidi mark inside a number", "25799\u202a,\u202a52 sorties — U.S. officials"],
    ["an astral letter, digit and emoji", "𝐀𝐁 𝟘𝟙 😀 x"],
    ["a byte order mark between words", "a\ufeffb \ufeff\u200bc"],
    ["lone surrogates", "a\ud800b\udc00 \ud800"],
  ])("%s", (_name, text) => {
    expect(plain(tokenize(text))).toEqual(reference(text));
  });

  it("agrees with the regex scan on random text and random spans", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.nat(), fc.nat(), (pieces, a, b) => {
        const text = pieces.join("");
        const from = text.length ? a % (text.length + 1) : 0;
        const to = from + (text.length - from ? b % (text.length - from + 1) : 0);
        expect(plain(tokenize(text, from, to))).toEqual(reference(text, from, to));
      }),
      { numRuns: 3000 },
    );
  });

  it("gives written forms that fold alike one id, and different folded forms different ids", () => {
    const [a, b, c, d] = tokenize("Sorties SORTIES sorties sortie");
    expect(new Set([a!.id, b!.id, c!.id])).toEqual(new Set([a!.id]));
    expect(d!.id).not.toBe(a!.id);
    const [e, f] = tokenize("الطلعـــات الطلعات");
    expect(e!.id).toBe(f!.id);
  });

  it("reads more distinct words than its memo of written forms holds, as the regex does", () => {
    // 70,000 distinct words, in two scripts and mixed case, with punctuation between: the memo is emptied on the way.
    const words: string[] = [];
    for (let n = 0; n < 70_000; n++) {
      const w = n.toString(26).replace(/[0-9a-p]/g, (c) => String.fromCharCode((parseInt(c, 26) % 26) + (n % 3 === 0 ? 0x627 : n % 3 === 1 ? 0x61 : 0x41)));
      words.push(n % 7 === 0 ? `${w}،` : w);
    }
    const text = words.join(" ");
    const tokens = tokenize(text);
    expect(tokens.map(({ id: _id, ...rest }) => rest)).toEqual(reference(text));
    // Again, from the refilled memo: the same ids.
    expect(tokenize(text).map((t) => t.id)).toEqual(tokens.map((t) => t.id));
  });

  it("starts ids again from 0 when renewed, one per folded form as before", () => {
    const before = wordIdEpoch();
    renewWordIds(true);
    expect(wordIdEpoch()).not.toBe(before);
    const [a, b, c] = tokenize("Moscow said MOSCOW");
    expect(a!.id).toBe(0);
    expect(b!.id).toBe(1);
    expect(c!.id).toBe(0);
    renewWordIds();
    expect(tokenize("said")[0]!.id).toBe(1);
  });
});

