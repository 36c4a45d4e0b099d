/**
 * Which tokens can open a number, decided from the same word lists the scan reads, so a paragraph (or a word)
 * that cannot hold one is passed over without building a reader. The scan reads a number only from a token
 * where `Scanner.readAt` starts one: a digit run (a sign, a decimal point or a plus opens one only before a
 * digit run), a vulgar fraction sign, or a word that is a negative, an article, or (with a clitic stripped as
 * `TokenReader.splits` strips it) a cardinal, a teen head, a scale word or a fraction. Each test below is a
 * superset of the matching test there; tests/perf/gate.test.ts holds gated and full readings to the same answer.
 */
import type { Token } from "../../text/tokenize.js";
import { stemFits, type CompiledNumbers } from "./compile.js";
import { VULGAR } from "./vulgar.js";
import { WordMemo } from "../../text/wordMemo.js";

/** Answer bits per folded word: it may open a number; it is a number word itself (a stem below). */
const STARTS = 1;
const STEM = 2;

const memos = new WeakMap<CompiledNumbers, WordMemo>();
// The memo of the locale asked last: articles come one language at a time, so most calls skip the WeakMap.
let lastLex: CompiledNumbers | undefined;
let lastMemo: WordMemo | undefined;

/** The answer bits of a word: asked of every word, worked out once per word. */
function classOf(lex: CompiledNumbers, t: Token): number {
  if (lex !== lastLex || lastMemo === undefined) {
    let memo = memos.get(lex);
    if (!memo) memos.set(lex, (memo = new WordMemo((norm) => (isNumberWord(lex, norm) ? STARTS | STEM : lex.negatives.has(norm) || lex.articles.has(norm) ? STARTS : 0))));
    lastLex = lex;
    lastMemo = memo;
  }
  return lastMemo.get(t);
}

/** Whether a word could be the first word of a number. */
export function mayStartNumber(lex: CompiledNumbers, t: Token): boolean {
  return (classOf(lex, t) & STARTS) !== 0;
}

/** A cardinal, teen head, scale word or fraction, as written or after a clitic the reader strips. */
function isNumberWord(lex: CompiledNumbers, norm: string): boolean {
  if (isNumberStem(lex, norm)) return true;
  // The clitic splits TokenReader.splits tries.
  for (const p of lex.prefixList) if (stemFits(lex, p, norm.length - p.length) && norm.startsWith(p) && isNumberStem(lex, norm.slice(p.length))) return true;
  return false;
}

function isNumberStem(lex: CompiledNumbers, stem: string): boolean {
  return lex.cardinals.get(stem) !== undefined || lex.teenHeads.get(stem) !== undefined || lex.scales.get(stem) !== undefined || lex.fractions.get(stem) !== undefined;
}

/**
 * Whether any token of a paragraph could open a number. A negative or an article opens one only before a
 * number ("minus five", "a hundred", "a third": readWord reads the word after a negative, articleLeadsNumber
 * looks for a scale word or a fraction after an article), so a paragraph with neither digits nor a number
 * word holds none, whatever negatives and articles it has ("a" is in most English paragraphs).
 */
export function mayHoldNumber(tokens: readonly Token[], lex: CompiledNumbers): boolean {
  for (const t of tokens) {
    if (t.kind === "digits") return true;
    if (t.kind === "word" ? (classOf(lex, t) & STEM) !== 0 : VULGAR[t.text] !== undefined) return true;
  }
  return false;
}
