/**
 * Which tokens can open a number, decided from the same word lists the scan reads, so a paragraph (or a word)
 * that cannot hold one is passed over without building a reader. The scan reads a number only from a token
 * where `Scanner.readAt` starts one: a digit run (a sign, a decimal point or a plus opens one only before a
 * digit run), a vulgar fraction sign, or a word that is a negative, an article, or (with a clitic stripped as
 * `TokenReader.splits` strips it) a cardinal, a teen head, a scale word or a fraction. Each test below is a
 * superset of the matching test there; tests/perf/gate.test.ts holds gated and full readings to the same answer.
 */
import type { Token } from "../../text/tokenize.js";
import type { CompiledNumbers } from "./compile.js";
import { VULGAR } from "./vulgar.js";

const memos = new WeakMap<CompiledNumbers, Map<string, boolean>>();

/** Whether a folded word could be the first word of a number: asked of every word, answered once per word. */
export function mayStartNumber(lex: CompiledNumbers, norm: string): boolean {
  let memo = memos.get(lex);
  if (!memo) memos.set(lex, (memo = new Map()));
  let answer = memo.get(norm);
  if (answer === undefined) {
    answer = startsNumber(lex, norm);
    if (memo.size >= 65_536) memo.clear();
    memo.set(norm, answer);
  }
  return answer;
}

function startsNumber(lex: CompiledNumbers, norm: string): boolean {
  if (lex.negatives.has(norm) || lex.articles.has(norm)) return true;
  if (isNumberStem(lex, norm)) return true;
  // The clitic splits TokenReader.splits tries: a stem of more than two letters after a listed prefix.
  for (const p of lex.prefixList) if (norm.length - p.length > 2 && norm.startsWith(p) && isNumberStem(lex, norm.slice(p.length))) return true;
  return false;
}

function isNumberStem(lex: CompiledNumbers, stem: string): boolean {
  return lex.cardinals.get(stem) !== undefined || lex.teenHeads.get(stem) !== undefined || lex.scales.get(stem) !== undefined || lex.fractions.get(stem) !== undefined;
}

/** Whether any token of a paragraph could open a number. */
export function mayHoldNumber(tokens: readonly Token[], lex: CompiledNumbers): boolean {
  for (const t of tokens) {
    if (t.kind === "digits") return true;
    if (t.kind === "word" ? mayStartNumber(lex, t.norm) : VULGAR[t.text] !== undefined) return true;
  }
  return false;
}
