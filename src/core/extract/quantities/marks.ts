/**
 * Marks on a quantity that change what it is compared with: the grade of a product it prices («لتر بنزين 92»),
 * a speed ("85 miles (140 kilometers) per hour"), a capacity, the rest of a count («و9 آخرين»).
 */
import type { Token } from "../../text/tokenize.js";
import { fold } from "../../text/normalize.js";
import { toAsciiDigits } from "../../text/chars.js";
import type { NumberMention } from "../numbers/index.js";
import type { UnitLexicons } from "./units.js";
import { CAPACITY_SUFFIX, REMAINDER_SUFFIX } from "../../align/constants.js";
import { type Draft, insideNumber, tokenHolding } from "./draft.js";
import { joinedClause, CLOSING_QUOTE, LIST_COMMA, HYPHENS, CLAUSE_END } from "./clauses.js";

/** Tokens a capacity cue may span (see QuantityWords.capacityCues). */
const MAX_CAPACITY_CUE_TOKENS = 5;

/**
 * "licensed to carry 50", «حمولتها القصوى 50 راكبا»: a cue ending right before the figure makes it a capacity;
 * so does a verb of holding with only its subject between («يتسع الملعب لـ40 ألف متفرج») and a word glued after
 * it ("a 40,000-capacity stadium").
 */
/** How many tokens before a figure the grade it is given for may stand («بنزين 92 أوكتين من 15 جنيها إلى 17.25»). */
const GRADE_WINDOW = 8;

/**
 * A figure with a unit given in the clause of a graded product («رفع سعر لتر بنزين 92 إلى 17.25 جنيه») counts
 * that grade: its noun names the product and grade, the nearest before it, within GRADE_WINDOW tokens of its
 * sentence, with no clause punctuation or other clause («والسولار إلى 13.5 جنيه») between.
 */
export function markGrades(qs: Draft[], numbers: readonly NumberMention[], tokens: readonly Token[], lex: UnitLexicons): void {
  const grades = new Map<number, string>();
  for (const n of numbers) {
    if (n.role !== "designation") continue;
    const at = tokenHolding(tokens, n.start);
    const digits = tokens[at] as Token;
    const product = tokens[at - 1];
    if (at < 1 || digits.kind !== "digits" || digits.start !== n.start || !product || product.kind !== "word" || !digits.spaceBefore) continue;
    const m = lex.gradeNouns.match(product.norm);
    if (m) grades.set(at, `${m.value} ${toAsciiDigits(digits.text)}`);
  }
  if (grades.size === 0) return;
  for (const q of qs) {
    if (q.unit === undefined || q.noun !== undefined) continue;
    for (let i = q.tokenFirst - 1; i >= 0 && i >= q.tokenFirst - GRADE_WINDOW; i--) {
      const t = tokens[i] as Token;
      if (t.start < q.sentence.start || (t.kind === "punct" && CLAUSE_END.test(t.text) && !insideNumber(tokens, i))) break;
      const grade = grades.get(i);
      if (grade === undefined) continue;
      if (!joinedClause(lex, tokens, i + 1, q.tokenFirst)) q.noun = grade;
      break;
    }
  }
}

/** Tokens a length's own conversion in brackets may span ("(140 kilometers)", "(140 km)"). */
const MAX_BRACKETED_CONVERSION = 6;

/**
 * "85 miles (140 kilometers) per hour": a length whose time comes after its conversion in brackets is a speed,
 * and so is the length in the brackets, not a distance to set against "70 miles south of Tampa".
 */
export function markSpeed(q: Draft, lex: UnitLexicons, tokens: readonly Token[]): void {
  const speed = q.unit === undefined ? undefined : lex.speedOf.get(q.unit);
  if (speed === undefined) return;
  // tokens[q.tokenLast] is the unit's word, one word for every length that has a speed.
  let k = q.tokenLast + 1;
  const t = tokens[k];
  if (t?.text === ")") k++;
  else if (t?.text === "(") {
    let close = k + 1;
    while (close < tokens.length && close <= k + MAX_BRACKETED_CONVERSION && tokens[close]!.text !== ")") close++;
    if (tokens[close]?.text !== ")") return;
    k = close + 1;
  } else return;
  if (lex.speedAfter.matchAt(tokens, k)) q.unit = speed;
}

export function markCapacity(q: Draft, lex: UnitLexicons, tokens: readonly Token[]): void {
  if (q.percent) return;
  if (isCapacity(q, lex, tokens)) {
    q.unit = q.unit ? q.unit + CAPACITY_SUFFIX : CAPACITY_SUFFIX.slice(1);
    q.noun = undefined;
  }
}

function isCapacity(q: Draft, lex: UnitLexicons, tokens: readonly Token[]): boolean {
  const hyphen = tokens[q.tokenLast];
  const word = tokens[q.tokenLast + 1];
  if (lex.capacityAfter.size > 0 && hyphen && word && hyphen.kind === "punct" && HYPHENS.test(hyphen.text) && !hyphen.spaceBefore && word.kind === "word" && !word.spaceBefore && lex.capacityAfter.has(word.norm)) return true;
  const at = tokenHolding(tokens, q.start);
  let between = 0;
  // Tokens of a relative clause passed between the verb's subject and the figure (see relativeClauseBefore).
  let passed = 0;
  for (let i = at - 1; i >= 0 && i >= at - MAX_CAPACITY_CUE_TOKENS - passed; i--) {
    const t = tokens[i] as Token;
    if (t.start < q.sentence.start) return false;
    const cue = lex.capacityCues.matchAt(tokens, i);
    if (cue && cue.last === at) return true;
    const verb = lex.capacityVerbs.matchAt(tokens, i);
    if (verb && verb.last <= at && between <= MAX_CAPACITY_SUBJECT_WORDS) return true;
    if (t.kind !== "word") {
      // «ويتسع الملعب، الذي أعيد تأهيله العام الماضي بغلاف مالي قدره 2,5 مليار دينار، لـ40 ألف متفرج»: a
      // relative clause between commas after the subject is passed whole, once, as if it were not there.
      const open = passed > 0 ? undefined : relativeClauseBefore(tokens, i, q.sentence.start, lex);
      if (open === undefined) return false;
      passed = i - open + 1;
      i = open;
      continue;
    }
    between++;
  }
  return false;
}

/** Most tokens a relative clause between commas may hold to be passed (see relativeClauseBefore). */
export const MAX_RELATIVE_CLAUSE_TOKENS = 24;

/**
 * The index of the comma opening a relative clause («، الذي …،», ", which …,") whose closing comma is
 * tokens[close], or undefined: the word after the opening comma is a relative pronoun, and no other comma (but
 * one inside a figure, "2,5") stands between, within MAX_RELATIVE_CLAUSE_TOKENS, inside the sentence.
 */
function relativeClauseBefore(tokens: readonly Token[], close: number, sentenceStart: number, lex: UnitLexicons): number | undefined {
  if (!LIST_COMMA.test(tokens[close]!.text)) return undefined;
  for (let k = close - 1; k > 0 && k >= close - MAX_RELATIVE_CLAUSE_TOKENS; k--) {
    const t = tokens[k]!;
    if (t.start < sentenceStart) return undefined;
    if (t.kind !== "punct" || !LIST_COMMA.test(t.text) || insideNumber(tokens, k)) continue;
    const first = tokens[k + 1];
    return first?.kind === "word" && lex.relatives.has(first.norm) ? k : undefined;
  }
  return undefined;
}

/**
 * "Israel and eight other countries", «وعارضته إسرائيل و8 دول أخرى», "the driver and 12 others were killed": a
 * figure joined by "and" to names, not to another figure, and followed by "other" (before or after its noun) is
 * what the names leave out. Read as the whole it would be set against another article's whole (8 against the
 * ten countries that voted against); its unit gets REMAINDER_SUFFIX instead. After another figure ("two
 * soldiers and three others", «مقتل 3 أشخاص و9 آخرين») the rest is left as it was read.
 */
export function markRemainder(q: Draft, before: Draft | undefined, lex: UnitLexicons, tokens: readonly Token[]): void {
  if (q.percent || q.unit?.endsWith(CAPACITY_SUFFIX)) return;
  const at = tokenHolding(tokens, q.start);
  const own = tokens[at];
  if (!own) return;
  // The conjunction: glued to the figure's first word («وثماني») or the word right before it («و 8», "and eight").
  let conj: number;
  if (own.start < q.start && lex.remainderConjunctions.has(fold(own.text.slice(0, q.start - own.start)))) conj = at;
  else if (at > 0 && tokens[at - 1]!.kind === "word" && lex.remainderConjunctions.has(tokens[at - 1]!.norm)) conj = at - 1;
  else return;
  const conjStart = conj === at ? own.start : tokens[conj]!.start;
  // "Austria, Israel, the US, and eight other countries": a comma before the conjunction is looked past.
  let li = conj - 1;
  if (tokens[li]?.kind === "punct" && LIST_COMMA.test(tokens[li]!.text)) li--;
  const left = tokens[li];
  if (!left || left.start < q.sentence.start || !(left.kind === "word" || (left.kind === "punct" && CLOSING_QUOTE.test(left.text)))) return;
  // No figure in the words right before the conjunction: "two soldiers and three others" is a breakdown.
  const from = tokens[Math.max(0, li - REMAINDER_LEFT_TOKENS + 1)]!.start;
  if (before !== undefined && before.end > from && before.end <= conjStart) return;
  // A cue of what happened before the conjunction makes the left a clause of its own: "two people have died and
  // 77 others were injured" gives all the injured, not the rest of a list.
  for (let i = Math.max(0, li - REMAINDER_CUE_TOKENS); i <= li; i++) if (tokens[i]!.start >= q.sentence.start && lex.roles.matchAt(tokens, i)) return;
  let found = false;
  for (let k = Math.max(at + 1, q.tokenLast), seen = 0; k < tokens.length && seen < REMAINDER_AFTER_WORDS; k++) {
    const t = tokens[k]!;
    if (t.start >= q.sentence.end || t.kind !== "word") break;
    if (lex.remainderWords.has(t.norm)) {
      found = true;
      break;
    }
    seen++;
  }
  if (!found) return;
  q.unit = q.unit ? q.unit + REMAINDER_SUFFIX : REMAINDER_SUFFIX.slice(1);
  q.noun = undefined;
}

/** Tokens before the conjunction read for a cue of what happened (a clause of its own). */
const REMAINDER_CUE_TOKENS = 5;
/** Tokens before the conjunction read for a figure the rest would break down. */
const REMAINDER_LEFT_TOKENS = 3;
/** Words after the figure read for "other": "other" itself, or its noun and then "other" («دول أخرى», "8 others"). */
const REMAINDER_AFTER_WORDS = 2;
/** Words a verb of holding may have between it and the figure: its subject («الملعب», «ملعب المدينة»). */
const MAX_CAPACITY_SUBJECT_WORDS = 3;
