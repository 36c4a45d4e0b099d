/**
 * Whether a quoted span is a statement someone made or a quoted name or term («داعش», “الحلفاء”, «تو- 160»,
 * "Defense News"). A statement has at least three words, counted so that codes and designations count once:
 * - tokens written together, or joined by a hyphen or en dash even with spaces around it, are one word
 *   ("تو- 160", "اف – 18", "Tu-160", "جان-ايف");
 * - a word of at most two letters (digits aside) right after a word holding digits continues that code
 *   ("تو- 95 إم إس", "تو- 22 إم3", "Tu-22 M3") — model suffixes, not words of a sentence;
 * - punctuation alone is no word; a digit run is one.
 * In scripts with capitals, a span whose words are all capitalised (function words aside) is a name
 * ("Syria Support Group", "Operation Inherent Resolve"), whatever its length. A span of at most
 * SHORT_NAME_WORDS words that opens or closes on a number or code is a name too: operations, products and
 * models are numbered («الفارس الشهم ٣», «2030 عام الحسم», "operation shield 3") where a statement that short
 * seldom ends on a bare number.
 */
import type { Token } from "../../text/tokenize.js";

const MIN_STATEMENT_WORDS = 3;
const SHORT_NAME_WORDS = 3;
const JOINING_DASHES = new Set(["-", "\u2010", "\u2011", "\u2013"]);
const LETTER = /\p{L}/u;

interface Group {
  letters: number;
  digits: boolean;
  /** First letter of the group as written, for the capitalisation test. */
  initial?: string;
  /** Folded form of the group's first word. */
  norm?: string;
}

/** Words of tokens[first..last] (inclusive) as counted for the statement test, as groups. */
function wordGroups(tokens: readonly Token[], first: number, last: number): Group[] {
  const groups: Group[] = [];
  let current: Group | undefined;
  let prevDash = false;
  for (let i = first; i <= last; i++) {
    const t = tokens[i] as Token;
    const dash = t.kind === "punct" && JOINING_DASHES.has(t.text);
    if (!current || (t.spaceBefore && !prevDash && !dash)) {
      current = { letters: 0, digits: false };
      groups.push(current);
    }
    if (t.kind === "word") {
      current.letters += countLetters(t.text);
      if (current.initial === undefined) {
        current.initial = firstLetter(t.text);
        current.norm = t.norm;
      }
    } else if (t.kind === "digits") current.digits = true;
    prevDash = dash;
  }
  const words: Group[] = [];
  for (const g of groups) {
    if (g.letters === 0 && !g.digits) continue;
    const before = words[words.length - 1];
    if (before && before.digits && g.letters <= 2) {
      before.letters += g.letters;
      continue;
    }
    words.push(g);
  }
  return words;
}

/** How many words tokens[first..last] hold, as counted for the statement test. */
export function countQuotedWords(tokens: readonly Token[], first: number, last: number): number {
  return wordGroups(tokens, first, last).length;
}

/**
 * True when tokens[first..last] (the inside of a quote) read as a statement rather than a quoted name or
 * term. `stopwords` are the folded function words a capitalised name may contain ("of", "the").
 */
export function isQuotedStatement(tokens: readonly Token[], first: number, last: number, stopwords: ReadonlySet<string>): boolean {
  const words = wordGroups(tokens, first, last);
  if (words.length < MIN_STATEMENT_WORDS) return false;
  if (words.length <= SHORT_NAME_WORDS && ((words[0] as Group).digits || (words[words.length - 1] as Group).digits)) return false;
  return !isCapitalisedName(words, stopwords);
}

function isCapitalisedName(words: readonly Group[], stopwords: ReadonlySet<string>): boolean {
  let capitals = 0;
  for (const w of words) {
    if (w.initial === undefined) continue;
    const c = w.initial;
    const upper = c !== c.toLowerCase();
    const lower = c !== c.toUpperCase();
    if (upper) capitals++;
    else if (!lower || !stopwords.has(w.norm ?? "")) return false; // uncased script, or a lower-case content word
  }
  return capitals >= 2;
}

/** Letters (code points of \p{L}) in s; asked of every word inside quotation marks. */
export function countLetters(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        if (LETTER.test(s.slice(i, i + 2))) n++;
        i++;
        continue;
      }
    }
    if (isBmpLetter(c)) n++;
  }
  return n;
}

/** Per BMP code unit: 0 not yet known, 1 no letter, 2 a letter (a lone surrogate is none, as the pattern says). */
const bmpLetters = new Uint8Array(0x10000);

function isBmpLetter(c: number): boolean {
  let v = bmpLetters[c]!;
  if (v === 0) bmpLetters[c] = v = LETTER.test(String.fromCharCode(c)) ? 2 : 1;
  return v === 2;
}

function firstLetter(s: string): string | undefined {
  for (const ch of s) if (LETTER.test(ch)) return ch;
  return undefined;
}
