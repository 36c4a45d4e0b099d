/**
 * Where a paragraph's clauses and lists break, read on its tokens: the tests that keep a cue, a unit or a
 * role from reaching a figure of another clause.
 */
import type { Locale } from "../../lang/types.js";
import type { Token } from "../../text/tokenize.js";
import { fold } from "../../text/normalize.js";
import type { UnitLexicons } from "./units.js";
import type { Draft } from "./draft.js";

/** A bare figure with a breakdown cue right after it («33 منهم», "33 of them"): a part of a figure named before. */
export function partitiveAfter(q: Draft, lex: UnitLexicons, tokens: readonly Token[]): boolean {
  // "half of them", «نصفهم»: a share of the whole, not a count of it.
  if (q.unit !== undefined || q.noun !== undefined || q.percent || !Number.isInteger(q.value) || q.value < 1) return false;
  const t = tokens[q.tokenLast];
  return t !== undefined && t.start < q.sentence.end && lex.breakdowns.matchAt(tokens, q.tokenLast) !== undefined;
}

/** A word opening a subordinate clause ("when", "after"; not a joiner such as "and") among tokens[from, to). */
export function subordinateBetween(lex: UnitLexicons, tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.kind === "word" && lex.clauseStarts.has(t.norm) && !lex.clauseJoiners.has(t.norm)) return true;
  }
  return false;
}

/** A comma or other clause punctuation among tokens[from, to): the breakdown has ended. */
export function clauseBreak(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.kind === "punct" && /[,،;؛:.(]/u.test(t.text)) return true;
  }
  return false;
}

/**
 * Whether a word between two tokens opens another clause ("killed 41 people and destroyed 6,000 buildings",
 * «قتل 41 شخصا ودمر 300 مدرسة»): a joiner, or a word that starts with a joining prefix (a figure's own
 * glued conjunction, «و300», is a digit token and never counts).
 */
export function joinedClause(lex: UnitLexicons, tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== "word") continue;
    if (lex.clauseJoiners.has(t.norm)) return true;
    for (const p of lex.clauseJoinerPrefixes) if (t.norm.length - p.length >= 3 && t.norm.startsWith(p)) return true;
  }
  return false;
}

/** Whether a word that only opens a clause (see UnitLexicons.clauseOpeners) stands among tokens[from, to). */
export function clauseOpener(lex: UnitLexicons, tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.kind === "word" && lex.clauseOpeners.has(t.norm)) return true;
  }
  return false;
}

/** A bare figure that is the subject of the verb right after it ("one was airlifted"): see QuantityWords.subjectVerbs. */
export function subjectOfVerb(lex: UnitLexicons, tokens: readonly Token[], q: Draft): boolean {
  if (q.unit !== undefined || lex.subjectVerbs.size === 0) return false;
  const t = tokens[q.tokenLast];
  return t !== undefined && t.kind === "word" && lex.subjectVerbs.has(t.norm) && (t.start < q.sentence.end);
}

const conjunctionSets = new WeakMap<Locale, ReadonlySet<string>>();

/** The locale's conjunctions between figures, folded once. */
export function conjunctionsOf(locale: Locale): ReadonlySet<string> {
  let set = conjunctionSets.get(locale);
  if (!set) conjunctionSets.set(locale, (set = new Set(locale.quantities.conjunctions.map(fold))));
  return set;
}

/** A quotation mark closing a name before the conjunction («"إسرائيل" و8 دول أخرى»). */
export const CLOSING_QUOTE = /^["'\u201d\u2019»)]$/u;
export const LIST_COMMA = /^[,،]$/u;

export const HYPHENS = /^[-‐‑]$/u;
/** Punctuation that ends a clause; a quotation mark or a bracket may open what the figure counts («سوخوي 27»). */
export const CLAUSE_END = /^[,،;؛:.]$/u;
