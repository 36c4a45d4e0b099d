/**
 * Splits a span of text into words, digit runs and single punctuation marks, keeping offsets into the
 * original string. Every recogniser that reads words (numbers, units, dates, speakers) works on these tokens,
 * so the text is scanned once per paragraph instead of once per pattern.
 */
import { fold } from "./normalize.js";
import { toAsciiDigits } from "./chars.js";

export type TokenKind = "word" | "digits" | "punct";

export interface Token {
  kind: TokenKind;
  /** Offset of the first character in the original text. */
  start: number;
  /** Offset after the last character. */
  end: number;
  /** The characters as written. */
  text: string;
  /**
   * The folded form used for lookups: lower case, Arabic letters unified, marks and tatweel removed,
   * digits in ASCII (for digit runs, the ASCII digits).
   */
  norm: string;
  /** True when whitespace (or the start of the span) precedes the token; invisible bidi marks do not count. */
  spaceBefore: boolean;
}

// One alternative per token kind; sticky so the scan never backtracks over text it has passed.
// Letters and combining marks (tatweel is a letter) with joiners; digit runs in any script; whitespace;
// invisible direction marks (skipped, neither token nor space); anything else is one punctuation token.
const TOKEN_RE = /([\p{L}\p{M}\u200C\u200D]+)|(\p{Nd}+)|(\s+)|([\u061C\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]+)|([\s\S])/uy;

// News vocabulary is small and repetitive, so words are folded once and looked up after that. The cache is
// dropped whole when full, which bounds memory on text made of endless distinct words.
const FOLD_CACHE_LIMIT = 65_536;
let foldCache = new Map<string, string>();

function foldWord(raw: string): string {
  let folded = foldCache.get(raw);
  if (folded === undefined) {
    folded = fold(raw);
    if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache = new Map();
    foldCache.set(raw, folded);
  }
  return folded;
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
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
    if (m[1] !== undefined) tokens.push({ kind: "word", start, end, text: raw, norm: foldWord(raw), spaceBefore: space });
    else if (m[2] !== undefined) tokens.push({ kind: "digits", start, end, text: raw, norm: toAsciiDigits(raw), spaceBefore: space });
    else tokens.push({ kind: "punct", start, end, text: raw, norm: raw, spaceBefore: space });
    space = false;
  }
  return tokens;
}
