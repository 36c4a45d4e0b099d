/**
 * Figures joined into one: a span of time in two units ("11 years and 3 months", «سنتين و6 أشهر») and Arabic
 * ranges with a dual at one end («بين ساعة وساعتين», «من يومين إلى 5 أيام»).
 */
import type { Locale } from "../../lang/types.js";
import type { Token } from "../../text/tokenize.js";
import { fold } from "../../text/normalize.js";
import { intervalOf } from "./interval.js";
import type { UnitLexicons } from "./units.js";
import { type QuantityMention, type Draft, tokenHolding } from "./draft.js";
import { conjunctionsOf } from "./clauses.js";

/** How many of each smaller unit of time make one of the larger, where the count is exact. */
const SMALLER_TIME_UNITS: ReadonlyMap<string, ReadonlyMap<string, number>> = new Map([
  ["century", new Map([["year", 100]])],
  ["decade", new Map([["year", 10]])],
  ["year", new Map([["month", 12]])],
  ["week", new Map([["day", 7]])],
  ["day", new Map([["hour", 24]])],
  ["hour", new Map([["minute", 60]])],
]);

/**
 * "11 years and 3 months", "two hours and 30 minutes": one span of time written in two units is one figure in
 * the larger (11.25 years), so another outlet's "11.25 years" or "more than 11 years" meets it; read as two
 * figures, the bare "11 years" contradicted them. Only a conjunction stands between the first unit and the
 * second figure, which is exact (the first figure's qualifier holds for the whole).
 */
export function joinCompoundSpans(qs: Draft[], tokens: readonly Token[], locale: Locale): void {
  const conj = conjunctionsOf(locale);
  for (let k = qs.length - 2; k >= 0; k--) {
    const a = qs[k]!;
    const b = qs[k + 1]!;
    const per = a.unit === undefined || b.unit === undefined ? undefined : SMALLER_TIME_UNITS.get(a.unit)?.get(b.unit);
    if (per === undefined || a.percent || b.percent || b.qualifier !== undefined || a.qualifier === "range") continue;
    if (!joinedByConjunction(a, b, tokens, conj)) continue;
    if (b.value >= per || !Number.isInteger(b.value)) continue;
    const add = b.value / per;
    a.value += add;
    a.interval = { ...a.interval, min: a.interval.min + add, max: a.interval.max + add };
    a.end = b.end;
    a.tokenLast = b.tokenLast;
    qs.splice(k + 1, 1);
  }
}

/**
 * «سنتين و6 أشهر», «عامين وستة أشهر»: a dual span of time followed by a smaller unit is one figure, as "2 years and 6
 * months" is (joinCompoundSpans); duals are read after the figures, so they are joined here, on the mentions.
 */
export function joinDualSpans(ms: QuantityMention[], tokens: readonly Token[], locale: Locale): void {
  const conj = conjunctionsOf(locale);
  for (let k = ms.length - 2; k >= 0; k--) {
    const a = ms[k]!;
    const b = ms[k + 1]!;
    const per = a.unit === undefined || b.unit === undefined ? undefined : SMALLER_TIME_UNITS.get(a.unit)?.get(b.unit);
    if (per === undefined || a.value !== 2 || a.qualifier !== undefined || a.percent || b.percent || b.qualifier !== undefined) continue;
    if (b.value >= per || !Number.isInteger(b.value)) continue;
    const at = tokenHolding(tokens, a.start);
    const dual = tokens[at];
    if (!dual || dual.start !== a.start || dual.end !== a.end) continue;
    if (!conj.has(joinerBefore(tokens, at, b))) continue;
    const add = b.value / per;
    ms[k] = { ...a, end: b.end, value: a.value + add, interval: { ...a.interval, min: a.interval.min + add, max: a.interval.max + add } };
    ms.splice(k + 1, 1);
  }
}

/** Single words of a locale's range wording: [from, to, between, and], folded. */
const rangeWordSets = new WeakMap<Locale, readonly ReadonlySet<string>[]>();

export function rangeWordsOf(locale: Locale): readonly ReadonlySet<string>[] {
  let sets = rangeWordSets.get(locale);
  if (!sets) {
    const w = locale.numbers;
    const single = (xs: readonly string[] | undefined) => new Set((xs ?? []).filter((x) => !/\s/u.test(x)).map(fold));
    sets = [single(w.rangeFrom), single(w.rangeTo), single(w.rangeBetween), single(w.rangeAnd)];
    rangeWordSets.set(locale, sets);
  }
  return sets;
}

/**
 * «من ساعة إلى ساعتين», «بين ساعة وساعتين»: a bare noun (one of it) and its dual (two) as the ends of a range
 * are 1–2 of the unit; «بين ساعتين و3 ساعات», «من يومين إلى 5 أيام»: a dual and a figure of the same unit are
 * 2–N. Duals are read after the figures, so the ranges are joined here, on the mentions, as joinDualSpans does.
 */
export function joinDualRanges(ms: QuantityMention[], tokens: readonly Token[], locale: Locale, lex: UnitLexicons): void {
  const [from, to, between, and] = rangeWordsOf(locale) as [ReadonlySet<string>, ReadonlySet<string>, ReadonlySet<string>, ReadonlySet<string>];
  // The opener the joiner asks for: «إلى» after «من», «و» after «بين».
  const opens = (joiner: string, opener: Token | undefined): boolean =>
    opener !== undefined && opener.kind === "word" && ((to.has(joiner) && from.has(opener.norm)) || (and.has(joiner) && between.has(opener.norm)));
  const range = (m: QuantityMention, start: number, low: number, high: number, end: number): QuantityMention => ({
    ...m,
    start,
    end,
    value: (low + high) / 2,
    qualifier: "range",
    interval: intervalOf(low, "range", 1, high),
  });
  for (let k = ms.length - 1; k >= 0; k--) {
    const d = ms[k]!;
    if (d.value !== 2 || d.qualifier !== undefined || d.percent || d.unit === undefined) continue;
    const at = tokenHolding(tokens, d.start);
    const dual = tokens[at];
    if (!dual || dual.start !== d.start || dual.end !== d.end) continue;
    // The dual as the upper end: «إلى ساعتين» or «وساعتين» (the joiner glued, or a token of its own).
    const hit = lex.duals.get(dual.norm);
    const glued = hit === undefined ? and.has(dual.norm.slice(0, 1)) && lex.duals.get(dual.norm.slice(1)) !== undefined : false;
    const joinerTok = glued ? undefined : tokens[at - 1];
    const joiner = glued ? dual.norm.slice(0, 1) : joinerTok?.kind === "word" ? joinerTok.norm : "";
    const nounAt = glued ? at - 1 : at - 2;
    const noun = tokens[nounAt];
    if (noun?.kind === "word" && (to.has(joiner) || and.has(joiner)) && lex.words.get(noun.norm)?.id === d.unit && opens(joiner, tokens[nounAt - 1]) && !ms.some((m) => m.start <= noun.start && m.end >= noun.end)) {
      ms[k] = range(d, noun.start, 1, 2, d.end);
      continue;
    }
    // The dual as the lower end: «بين ساعتين و3 ساعات», «من يومين إلى 5 أيام».
    const f = ms[k + 1];
    if (!f || f.unit !== d.unit || f.qualifier !== undefined || f.percent || f.value <= 2 || !opens(joinerBefore(tokens, at, f), tokens[at - 1])) continue;
    ms[k] = range(d, d.start, 2, f.value, f.end);
    ms.splice(k + 1, 1);
  }
}

/** The range joiner between a dual at token `at` and figure `f`: a token of its own, or «و» glued to the figure. */
function joinerBefore(tokens: readonly Token[], at: number, f: QuantityMention): string {
  const next = tokens[at + 1];
  if (!next) return "";
  if (tokens[at + 2]?.start === f.start && next.kind === "word") return next.norm;
  if (next.start < f.start && next.end > f.start) return fold(next.text.slice(0, f.start - next.start));
  return "";
}

/**
 * Whether only a conjunction stands between `a`'s last token and figure `b`: a token of its own ("and 3 months",
 * «و 6 أشهر», «و6 أشهر») or glued to a number word («3 سنوات وستة أشهر», the figure starting after the «و»).
 */
function joinedByConjunction(a: Draft, b: Draft, tokens: readonly Token[], conj: ReadonlySet<string>): boolean {
  if (b.tokenFirst === a.tokenLast + 2) return conj.has(tokens[a.tokenLast + 1]!.norm);
  if (b.tokenFirst !== a.tokenLast + 1) return false;
  const t = tokens[b.tokenFirst]!;
  return b.numberStart > t.start && conj.has(fold(t.text.slice(0, b.numberStart - t.start)));
}
