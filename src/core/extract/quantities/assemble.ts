/**
 * Turns the numbers of a paragraph into quantities: drops numbers that are not quantities (a role from the
 * number recogniser, or inside a date), finds what each counts, and gives each the interval its qualifier
 * asserts.
 *
 * What a number counts, in order of precedence: a currency sign before it ("$3m", "E£51"); the noun before
 * it when the number follows its noun ("ركابها الـ217"); the counted noun after it, past a few modifiers
 * ("37 more aircraft", "2,289 combat sorties", "seven-day"); the unit of the figure it breaks down ("2,317
 * killed, among them 1,498 in Turkey"); a nearby cue that says what happened to a count of people ("killing
 * 129 people", "لقي 131 شخصاً مصرعهم"); a unit shared with a number it is coordinated with ("3 or 4 weeks").
 * A number with none of these keeps the noun after it, for same-language alignment.
 */
import type { Locale } from "../../lang/types.js";
import { firstTokenAtOrAfter, type Token } from "../../text/tokenize.js";
import { overlapsAnySorted, spanAt, type Span } from "../../text/segment.js";
import { toAsciiDigits } from "../../text/chars.js";
import type { NumberMention } from "../numbers/index.js";
import { intervalOf } from "./interval.js";
import { unitAt, unitLexicons, type UnitLexicons } from "./units.js";
import { MEASURE_UNITS, TIME_UNITS } from "../../align/constants.js";
import { type QuantityMention, type Draft, type UnitFound, mention, tokenHolding } from "./draft.js";
import { findUnit, countedNounAfter, spelledFigureStarts, definiteAdjectival, NO_SENSES, cuedReading, sentenceSenses, senseOf } from "./countedNoun.js";
import { yearBeforeSingular, namedYear, definiteWordAt, exchangedCurrency, periodLabel, designationSpans, spanOfTime, boundOfOtherUnits, isAppositiveAge, afterAgeCue, isAgeBound } from "./designations.js";
import { applyRole } from "./roles.js";
import { inheritWholeUnits, inheritBreakdownUnits, inheritPartitiveWhole, inheritPartitiveUnit, shareUnitsAcrossConjunctions, inheritGappedUnits, inheritParallelGroups, inheritPlaceListUnits } from "./inherit.js";
import { joinCompoundSpans, joinDualSpans, joinDualRanges } from "./joins.js";
import { markGrades, markSpeed, markCapacity, markRemainder } from "./marks.js";
import { dualNouns } from "./duals.js";

/** "10.000": a dot before exactly three digits, which groups thousands in much of the world's copy. */
const DOTTED_THOUSANDS = /^\d{1,3}\.\d{3}$/;

function dottedThousands(text: string): false | "digits" | "zeros" {
  const t = toAsciiDigits(text.trim());
  if (!DOTTED_THOUSANDS.test(t)) return false;
  return t.endsWith(".000") ? "zeros" : "digits";
}

export function assembleQuantities(
  tokens: readonly Token[],
  numbers: readonly NumberMention[],
  excluded: readonly Span[],
  sentences: readonly Span[],
  locale: Locale,
  senses: ReadonlySet<number> = NO_SENSES,
): QuantityMention[] {
  const lex = unitLexicons(locale);
  const out: Draft[] = [];
  const sensesBySentence = new Map<number, ReadonlySet<number>>();
  const models = designationSpans(tokens, numbers);
  const spelled = spelledFigureStarts(tokens, numbers);
  for (const n of numbers) {
    if (n.role || overlapsAnySorted(excluded, n.phraseStart, n.phraseEnd)) continue;
    // A number word with a clitic glued to it («بثلاثة», «الست») starts inside its token: that token is its first.
    const first = tokenHolding(tokens, n.start);
    if (definiteAdjectival(lex, tokens[first], n.start)) continue;
    const last = firstTokenAtOrAfter(tokens, n.end);
    const sentence = spanAt(sentences, n.start) ?? { start: n.phraseStart, end: n.phraseEnd };
    const own = senses.size > 0 ? sentenceSenses(lex, tokens, sentence, senses, sensesBySentence) : senses;
    let found: UnitFound = n.percent ? { unit: "percent" } : findUnit(lex, tokens, first, last, n.start, locale, own, n.value === 1, n.fraction && n.value < 1, models, spelled);
    const cued = lex.cuedReadings.length > 0 && !n.percent ? cuedReading(lex, tokens, tokenHolding(tokens, n.phraseStart), last, n.value) : undefined;
    // "a quarter-point rate cut": a hyphenated adjective of a rate's points is still the move's figure.
    if (found.adjective && !cued) continue;
    // A unit read already (a magnitude after «بقوة») keeps where its claim starts.
    if (cued && cued !== found.unit) found = { unit: cued };
    if (yearBeforeSingular(n, found, lex, tokens, first, last, locale)) continue;
    // «ثلثي أعضاء المجلس»: a share of the members, as «ثلثها» is, not 0.67 members; a share of a span of time
    // («أكثر من نصف القرن»), of a measure or of a point ("a quarter of a percentage point") is still that unit.
    if (n.fraction && !n.percent && n.value < 1 && !(found.unit && WHOLE_UNITS.has(found.unit)) && shareOf(lex, tokens, last)) found = {};
    // «سعر صرف الجنيه 50.85 للدولار»: the dollar of the phrase is what the figure is paid for, not what it counts.
    if (!found.noun && !n.percent && (!found.unit || unitAt(lex, tokens, last)?.unit === found.unit)) {
      const currency = exchangedCurrency(lex, tokens, first, last, sentence, own);
      if (currency) found = { unit: currency };
    }
    if (!found.unit && !found.noun && locale.quantities.appositiveAges && isAppositiveAge(n, tokens, first, last, locale)) found = { unit: "year" };
    if (n.age && !found.unit) found = { unit: "year" };
    // "2:00:35" is a span in seconds whatever noun follows ("a 2:00:35 finish").
    if (n.duration) found = { unit: "second" };
    if (!found.unit && !found.noun && afterAgeCue(n, tokens, first, lex)) found = { unit: "year" };
    if (looksLikeYear(n.text) && !n.qualifier && !n.percent) {
      // «منذ 2011 عائلة المفقود تنتظر»: a year cue makes it the year, whatever follows, but for a span of time.
      if (first > 0 && lex.yearCues.matchEndingAt(tokens, first - 1) && !(found.unit && TIME_UNITS.has(found.unit))) continue;
      // "the 1951 Refugee Convention", "the 2015 budget": a year-like figure before a name or counting nothing;
      // «1891 هزة» counts a noun only a noun can be.
      if ((!found.unit || found.capitalised) && !countedNounAfter(lex, tokens, first, last, found)) continue;
      if (found.unit && TIME_UNITS.has(found.unit) && namedYear(lex, tokens, first, last, sentence, locale)) continue;
      // «في أول اجتماع له في 2026 الشهر الماضي»: a counted noun is indefinite, so a word of time with the article
      // right after the figure opens another phrase, and the figure is the year.
      if (found.unit && TIME_UNITS.has(found.unit) && definiteWordAt(lex, tokens, last)) continue;
    }
    if (found.unit && TIME_UNITS.has(found.unit) && periodLabel(lex, tokens, first, last)) continue;
    if (isAgeBound(n, found, tokens, lex)) continue;
    // "had captained a 737": one of something unnamed is a name, not a count.
    if (!found.unit && !found.noun && !n.percent && !n.qualifier && first > 0 && lex.indefiniteArticles.has((tokens[first - 1] as Token).norm)) continue;
    const qualifier = spanOfTime(n, found, tokens, first, lex, locale) || boundOfOtherUnits(n, found, tokens, first, lex) ? undefined : n.qualifier;
    const phraseStart = qualifier ? n.phraseStart : n.start;
    out.push({
      start: Math.min(phraseStart, found.start ?? phraseStart),
      end: n.phraseEnd,
      // A range stands for its midpoint; its ends are the interval.
      value: qualifier === "range" && n.upper !== undefined ? (n.value + n.upper) / 2 : n.value,
      interval: intervalOf(n.value, qualifier, n.granularity > 0 ? n.granularity : 1, n.upper),
      // Every field present (undefined when unset, never deleted): one object shape for all drafts, so the
      // compiled code that reads them is not thrown away and rebuilt each time a new combination turns up.
      qualifier: qualifier ? qualifier : undefined,
      unit: found.unit ? found.unit : undefined,
      noun: found.noun ? found.noun : undefined,
      percent: n.percent,
      tokenFirst: first,
      tokenLast: last,
      numberStart: n.start,
      sentence,
      person: found.person ? true : undefined,
      partOf: undefined,
      hasPart: undefined,
      dotted: dottedThousands(n.text),
    });
  }
  inheritWholeUnits(out, numbers, tokens, locale);
  inheritBreakdownUnits(out, tokens, lex);
  // Tokens right after a figure: a cue there is that figure's noun ("6 dead").
  const figureEnds = new Set<number>();
  for (const q of out) figureEnds.add(q.tokenLast);
  // First written tokens of figures, qualifiers included: a cue right before one is its verb ("killed 280").
  const figureLeads = new Set<number>();
  for (const q of out) figureLeads.add(Math.min(q.tokenFirst, firstTokenAtOrAfter(tokens, q.start)));
  for (let k = 0; k < out.length; k++) applyRole(out[k]!, lex, tokens, figureEnds, figureLeads, out[k - 1]);
  for (let k = 1; k < out.length; k++) inheritPartitiveWhole(out, k, lex, tokens);
  // People are counted in whole numbers: "10.000 قتيل", "12.500 people" group thousands with the dot.
  for (const q of out) if (q.dotted === "zeros" || (q.dotted && q.unit !== undefined && (q.person || lex.roleUnits.has(q.unit)))) dottedToThousands(q);
  for (const q of out) if (!q.unit && !q.noun && !q.percent) inheritPartitiveUnit(q, lex, tokens);
  shareUnitsAcrossConjunctions(out, tokens, locale);
  inheritGappedUnits(out, tokens, locale);
  inheritParallelGroups(out, tokens, lex);
  inheritPlaceListUnits(out, tokens, locale);
  joinCompoundSpans(out, tokens, locale);
  if (lex.speedOf.size > 0) for (const q of out) markSpeed(q, lex, tokens);
  for (const q of out) markCapacity(q, lex, tokens);
  // Drafts are in text order: the figure before each is the one read for a breakdown (see markRemainder).
  if (lex.remainderWords.size > 0) for (let k = 0; k < out.length; k++) markRemainder(out[k]!, k > 0 ? out[k - 1] : undefined, lex, tokens);
  if (lex.gradeNouns.size > 0) markGrades(out, numbers, tokens, lex);
  // Built by push from an empty literal, as dualNouns builds its own: arrays made by map() and by push() have
  // different element kinds, and meeting a second kind here made the compiled function start again.
  const result: QuantityMention[] = [];
  for (const q of out) result.push(mention(q));
  const dualSense = (norm: string, sentence: Span): string | undefined =>
    senses.size > 0 ? senseOf(lex, sentenceSenses(lex, tokens, sentence, senses, sensesBySentence), norm) : undefined;
  const duals = dualNouns(lex, tokens, withScores(excluded, numbers), result, sentences, dualSense);
  for (const d of duals) result.push(d);
  result.sort((a, b) => a.start - b.start);
  if (duals.length > 0) {
    joinDualSpans(result, tokens, locale);
    joinDualRanges(result, tokens, locale, lex);
  }
  return result;
}

function dottedToThousands(q: Draft): void {
  q.value = Math.round(q.value * 1000);
  q.interval = { ...q.interval, min: q.interval.min * 1000, max: q.interval.max * 1000 };
}

/** Whether the words from tokens[i] make a fraction a share of a definite noun (see QuantityWords.shareOf). */
function shareOf(lex: UnitLexicons, tokens: readonly Token[], i: number): boolean {
  const noun = tokens[i];
  if (!noun || noun.kind !== "word") return false;
  if (lex.shareWords.has(noun.norm)) return true;
  const definite = (t: Token | undefined) =>
    t !== undefined && t.kind === "word" && lex.shareDefinite.some((p) => t.norm.length > p.length + 1 && t.norm.startsWith(p));
  return definite(noun) || (noun.spaceBefore && !lex.shareNotNouns.has(noun.norm) && definite(tokens[i + 1]) && (tokens[i + 1] as Token).spaceBefore);
}

/** Units a fraction of one is still a value of, not a share of things counted (see the share rule in assembleQuantities). */
const WHOLE_UNITS: ReadonlySet<string> = new Set([...TIME_UNITS, ...MEASURE_UNITS, "percentage-point", "basis-point"]);

/** `excluded` and the spans of scores, sorted: a dual inside a score («مقابل هدفين») counts nothing. */
function withScores(excluded: readonly Span[], numbers: readonly NumberMention[]): readonly Span[] {
  const scores = numbers.filter((n) => n.role === "score").map((n) => ({ start: n.start, end: n.phraseEnd }));
  return scores.length === 0 ? excluded : [...excluded, ...scores].sort((a, b) => a.start - b.start);
}

function looksLikeYear(text: string): boolean {
  const digits = text.trim();
  if (!/^\p{Nd}{4}$/u.test(digits)) return false;
  const v = Number(toAsciiDigits(digits));
  return v >= 1800 && v <= 2100;
}
