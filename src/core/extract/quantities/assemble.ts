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
import type { Qualifier } from "../../types.js";
import type { Locale } from "../../lang/types.js";
import { firstTokenAtOrAfter, type Token } from "../../text/tokenize.js";
import type { PhraseLexicon } from "../../lang/lexicon.js";
import { overlapsAnySorted, spanAt, type Span } from "../../text/segment.js";
import { fold } from "../../text/normalize.js";
import { isCapitalised, isCurrencyLetters, toAsciiDigits } from "../../text/chars.js";
import type { NumberMention } from "../numbers/index.js";
import { intervalOf, type Interval } from "./interval.js";
import { unitAt, unitLexicons, type UnitLexicons, type UnitValue } from "./units.js";
import { subjectHead } from "./subject.js";
import { CAPACITY_SUFFIX, CURRENCY_UNITS, MEASURE_UNITS, REMAINDER_SUFFIX, TIME_UNITS } from "../../align/constants.js";

export interface QuantityMention {
  /** Span of the claim: the number with its qualifier, currency sign and percent words, not the unit. */
  start: number;
  end: number;
  value: number;
  interval: Interval;
  qualifier?: Qualifier;
  unit?: string;
  noun?: string;
  percent: boolean;
}

/**
 * How far around a number a cue such as "killed" or "مقتل" is looked for, in tokens: further before it ("the
 * death toll from Monday's earthquake climbed to 2,371") than after it.
 */
const ROLE_WINDOW_BEFORE = 14;
const ROLE_WINDOW_AFTER = 6;

interface Draft extends QuantityMention {
  tokenFirst: number;
  tokenLast: number;
  sentence: Span;
  person?: boolean;
  /** Set on a figure that breaks down an earlier one: the unit of the whole. */
  partOf?: string;
  /**
   * Set on the whole of a part named against it («نجاة 25 من أصل 72 شخصا»), to that part: what happened, said by a
   * cue, happened to the part, and the whole is the count of them all.
   */
  hasPart?: Draft;
  /** Offset of the number itself (not its qualifier), to find it from its NumberMention. */
  numberStart: number;
  /**
   * Written as digits, a dot and three digits ("10.000", "12.500"), with no scale word: "zeros" when the three
   * digits are zeros, which groups thousands whatever is counted (nobody writes 15.000 for fifteen).
   */
  dotted: false | "digits" | "zeros";
}

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

interface UnitFound {
  unit?: string;
  /** A generic count of people: a nearby cue may say what happened to them. */
  person?: boolean;
  noun?: string;
  /** Where the claim starts when a currency sign before the number belongs to it. */
  start?: number;
  /** The unit word is written with a capital, as in a name ("the 1951 Refugee Convention"). */
  capitalised?: boolean;
  /** The number is part of an adjective and counts nothing ("a two-story home"). */
  adjective?: boolean;
}

function dottedToThousands(q: Draft): void {
  q.value = Math.round(q.value * 1000);
  q.interval = { ...q.interval, min: q.interval.min * 1000, max: q.interval.max * 1000 };
}

/** Whether the figure ending before token `after` and starting at `numberStart` is written alone in brackets. */
function bracketedAlone(tokens: readonly Token[], after: number, numberStart: number): boolean {
  const close = tokens[after];
  const next = tokens[after + 1];
  if (!close || close.kind !== "punct" || close.text !== ")" || close.spaceBefore || !next || next.kind !== "word") return false;
  let k = after - 1;
  while (k >= 0 && (tokens[k] as Token).start >= numberStart) k--;
  const open = tokens[k];
  return !!open && open.kind === "punct" && open.text === "(" && open.end === numberStart;
}

/** The mention of a draft: its fields that are set, without the assembler's own. */
function mention(q: Draft): QuantityMention {
  const m: QuantityMention = { start: q.start, end: q.end, value: q.value, interval: q.interval, percent: q.percent };
  if (q.qualifier !== undefined) m.qualifier = q.qualifier;
  if (q.unit !== undefined) m.unit = q.unit;
  if (q.noun !== undefined) m.noun = q.noun;
  return m;
}

function findUnit(lex: UnitLexicons, tokens: readonly Token[], first: number, after: number, numberStart: number, locale: Locale, senses: ReadonlySet<number>, single = false, fraction = false, models: ReadonlyMap<number, number> = NO_MODELS, spelled: ReadonlySet<number> = NO_STARTS): UnitFound {
  const currency = first > 0 ? lex.prefixUnits.matchEndingAt(tokens, first - 1) : undefined;
  if (currency) {
    // Letters glued before a sign the lexicon knows make another currency ("HK$", "NZ$" are not "$"): it is
    // kept as written, so that it meets only itself.
    const sign = tokens[currency.first] as Token;
    const mark = tokens[currency.first - 1];
    if (mark && mark.kind === "word" && !sign.spaceBefore && isCurrencyLetters(mark.text)) {
      const written = tokens.slice(currency.first - 1, first).map((t) => t.text).join("");
      return { unit: fold(written), start: mark.start };
    }
    // «بقوة 500 جندي»: a word before the number («بقوة», "with a force of") names a measure only when no people
    // are counted right after the number; «بقوة 7.7 درجات» stays a magnitude.
    if (sign.kind === "word") {
      const counted = unitAt(lex, tokens, after);
      if (counted?.person) return { unit: counted.unit, person: true };
    }
    return { unit: currency.value, start: sign.start };
  }
  // A number marked as following its noun counts that noun, whatever comes after it; unless an indefinite noun
  // the lexicon counts follows it, which the definite number opens («مهلة الستين يوما» is sixty days).
  const opened = definiteBeforeNoun(lex, tokens, first, after, numberStart);
  if (opened) return opened;
  const before = postNominalUnit(lex, tokens, first, after, numberStart, locale);
  if (before) return before;
  const q = locale.quantities;
  let j = after;
  // "11+ years": a plus sign glued after the number is its bound (see the locale's qualifiers), not the noun.
  const plus = tokens[j];
  if (plus && plus.kind === "punct" && plus.text === "+" && !plus.spaceBefore) j++;
  // "20°C", "104 °F": a unit that opens with a sign is what the figure measures.
  const sign = tokens[j];
  const signed = sign && sign.kind === "punct" ? unitAt(lex, tokens, j) : undefined;
  if (signed) return { unit: signed.unit };
  // "seven-day", "12-member": a hyphen glued between the number and its noun.
  const hyphen = tokens[j];
  if (hyphen && hyphen.kind === "punct" && hyphen.text === "-" && !hyphen.spaceBefore && tokens[j + 1] && !tokens[j + 1]!.spaceBefore) {
    j++;
    // The hyphen makes the number and its noun one adjective, closed after the noun: "a two-week state of
    // emergency" is two weeks, whatever noun the adjective goes with.
    const hit = unitAt(lex, tokens, j);
    if (hit) {
      const sense = senseOf(lex, senses, (tokens[j] as Token).norm);
      return sense ? { unit: sense } : { unit: hit.unit, person: hit.person };
    }
    if (hyphenAdjective(lex, tokens, j, locale)) return { adjective: true };
  }
  // «(10.898.327) ناخب», "(1,200) voters": a figure alone in brackets still counts the noun right after them; only a
  // noun the lexicon counts, so a bracketed year before a word ("(2023) figures") stays bare.
  if (bracketedAlone(tokens, after, numberStart)) {
    const hit = unitAt(lex, tokens, after + 1);
    if (hit) {
      const sense = hit.last === after + 2 ? senseOf(lex, senses, (tokens[after + 1] as Token).norm) : undefined;
      return sense ? { unit: sense } : { unit: hit.unit, person: hit.person };
    }
  }
  let gap = 0;
  const words: string[] = [];
  let best: UnitFound | undefined;
  // Where the unit found last ends, when it is one singular word that could be a modifier (see below).
  let modifierEnd = -1;
  // The counted noun may come after a few modifiers ("37 more aircraft"); where several words are units
  // ("4,111 terrorist targets"), the last one of the phrase is its head.
  while (j < tokens.length) {
    // "65 Boeing 737-9 aircraft", "79 737 MAX 9 jets": a model's designation, with its maker's name, is one
    // modifier between the number and its noun.
    const model = modelEnd(tokens, j, models);
    if (model > j) {
      if (gap >= q.maxGap) break;
      gap++;
      j = model;
      continue;
    }
    const t = tokens[j] as Token;
    if (t.kind !== "word") break;
    // "Euro 2020 three years ago": another figure, spelled out, starts its own phrase; what it counts is its own.
    if (spelled.has(j)) break;
    const code = codeEnd(tokens, j);
    if (code > j + 1) {
      // A model designation between the number and its noun ("12 Tu-22M3 bombers") is a modifier.
      if (gap >= q.maxGap) break;
      gap++;
      j = code;
      continue;
    }
    // "20 water-bombing planes", "12 Russian-made jets": words glued by hyphens before another word are one
    // modifier of it; at the phrase's end ("5 air-strikes") their last word is the head.
    const compound = q.headFinal ? compoundEnd(tokens, j) : j + 1;
    // "a 10,000 square-foot building": a unit of measure written with a hyphen is what the figure measures, not
    // a modifier of the noun after it.
    const glued = compound > j + 1 && !best ? unitAt(lex, tokens, j) : undefined;
    if (glued && glued.last === compound && MEASURE_UNITS.has(glued.unit)) return { unit: glued.unit };
    if (compound > j + 1) {
      const next = tokens[compound];
      if (next && next.kind === "word" && next.spaceBefore && !locale.stopwords.has(next.norm) && !isCapitalised(next.text)) {
        if (gap >= q.maxGap) break;
        gap++;
        j = compound;
        continue;
      }
      if (gap >= q.maxGap) break;
      gap++;
      j = compound - 1;
      continue;
    }
    // "half a mile", "a quarter of a percentage point": a fraction takes the indefinite article before the one
    // thing it is part of.
    if (fraction && !best && words.length === 0 && lex.indefiniteArticles.has(t.norm)) {
      j++;
      continue;
    }
    // "42 per dollar": the noun after a rate marker is the rate's denominator.
    if (lex.rateMarkers.has(t.norm)) break;
    // «٢٢ منهم», "22 of them": a breakdown cue names no noun; the figure is part of what came before.
    if (!best && words.length === 0 && lex.breakdowns.matchAt(tokens, j)) break;
    // "sold 300 last year", "killed 12 last month": a word of direction before a span of time dates the figure;
    // the span is not what it counts (300 years).
    if (!best && words.length === 0 && datedAfter(lex, tokens, j, locale)) break;
    const hit = unitAt(lex, tokens, j);
    // «بلغ عدد الشهداء 10,251 والمصابين 42,865»: a noun glued to a conjunction right after the figure is the
    // next item of a list, not what the figure counts.
    if (hit && !best && words.length === 0 && gap === 0 && coordinatedNoun(lex, t.norm)) break;
    if (hit && hit.adjacent && (best || words.length > 0 || gap > 0)) break;
    if (hit && hit.cued && !cuedAround(tokens, hit.cued, first, hit.last)) {
      words.push(t.norm);
      break;
    }
    if (hit) {
      // A sense is read of a single word ("pounds" in an article on Egypt), never of a phrase ("pounds sterling").
      const sense = hit.last === j + 1 ? senseOf(lex, senses, t.norm) : undefined;
      best = sense ? { unit: sense } : { unit: hit.unit, person: hit.person, ...(isCapitalised(t.text) ? { capitalised: true } : {}) };
      modifierEnd = q.headFinal && !single && !sense && hit.last === j + 1 && !isCapitalised(t.text) && (!lex.isPlural(t.norm) || lex.invariantNouns.has(t.norm)) && !isCurrencyUnit(locale, hit.unit) && !MEASURE_UNITS.has(hit.unit) ? hit.last : -1;
      // A singular noun that may modify a plural after it is looked past, whatever the modifiers before it.
      if (gap >= q.maxGap && modifierEnd < 0) break;
      gap += hit.last - j;
      j = hit.last;
      continue;
    }
    if (lex.fillers.has(t.norm) && !best && words.length === 0) {
      j++;
      // "51 of its passengers": one determiner after the filler, before a word (not "10 of the 2015 contests").
      const det = tokens[j];
      const noun = tokens[j + 1];
      if (det && det.kind === "word" && lex.partitiveDeterminers.has(det.norm) && noun && noun.kind === "word") j++;
      continue;
    }
    // "73 million current and former customers", "new or existing users": adjectives joined by a conjunction
    // before the noun modify it; the figure counts the noun after them.
    const prev = tokens[j - 1];
    if (q.headFinal && !best && j > after && prev?.kind === "word" && conjunctionsOf(locale).has(t.norm) && !rangeWordsOf(locale)[1]!.has(t.norm) && coordinatedAdjective(lex, tokens, j, prev.norm, locale)) {
      // The two adjectives take one place of the phrase, so the noun after them is still reached.
      if (gap > 0) gap--;
      j++;
      continue;
    }
    // Function words end the phrase ("49 a year earlier", "1,000 this year"), except the few that modify a
    // count ("37 more aircraft").
    if (locale.stopwords.has(t.norm) && !lex.modifiers.has(t.norm)) break;
    // "two passenger trains", "40 refugee boats": a singular noun after a count other than one modifies the
    // plural noun after it, which is what the figure counts.
    if (best && modifierEnd === j && pluralHead(lex, t)) {
      words.push(t.norm);
      best = undefined;
      break;
    }
    // "two major plane assembly plants": one more singular noun may stand between them.
    const head = tokens[j + 1];
    if (best && modifierEnd === j && plainSingular(lex, t, locale) && head && head.spaceBefore && (pluralHead(lex, head) || (unitAt(lex, tokens, j + 1) !== undefined && lex.isPlural(head.norm)))) {
      modifierEnd = j + 1;
      j++;
      continue;
    }
    // "two German Cup titles", "two British Airways jets": a nationality in the singular before another
    // capitalised word opens a name; what the figure counts is the noun after the name.
    const named = tokens[j - 1];
    if (best?.capitalised && isCapitalised(t.text) && named && !lex.isPlural(named.norm) && gap < q.maxGap) {
      best = undefined;
      gap++;
      j++;
      continue;
    }
    if (best) break;
    // "Fewer than 100 remained": a verb after the figure ends the phrase; before a noun the same form is an
    // adjective ("412 confirmed cases"), but only where adjectives come before their noun: «من أصل 114 كانوا
    // حاضرين» is 114 who were present.
    if (lex.isVerb(t.norm)) {
      const next = tokens[j + 1];
      if (!next || next.kind !== "word" || locale.stopwords.has(next.norm) || !q.headFinal) break;
    }
    // «346,214 بنسبة 21%»: a share of the whole follows the figure; it is not what the figure counts.
    if (!best && lex.shareCues.match(t.norm)) break;
    if (words.length === 0 && opensClause(lex, t.norm, locale)) break;
    // A capitalised word after a figure names something ("31,000 Italy"), it is not what the figure counts.
    if (!lex.modifiers.has(t.norm) && !lex.notNouns.has(t.norm) && !isCapitalised(t.text)) {
      words.push(t.norm);
      // "10 firms fell": the plural noun is the head; what follows it is the clause, not the phrase. A noun
      // written the same in both numbers modifies a plural after it ("five police stations").
      const next = tokens[j + 1];
      const modifies = lex.invariantNouns.has(t.norm) && !!next && next.spaceBefore && pluralHead(lex, next);
      if (q.headFinal && lex.isPlural(t.norm) && !modifies) break;
    }
    if (gap >= q.maxGap) break;
    gap++;
    j++;
  }
  if (best) return best;
  // The head of the phrase: the last word in a head-final language, the first in a head-initial one.
  const head = q.headFinal ? words[words.length - 1] : words[0];
  const noun = head ? nounStem(head, lex, false) : undefined;
  return noun && noun.length >= 2 ? { noun } : {};
}

/**
 * «1891 هزة», «1500 عائلة»: whether the noun found for the figure at tokens [first, after) is the indefinite
 * word right after it, with an ending only nouns have (QuantityWords.countedNounEndings). Not when such a noun
 * stands right before the figure, which then names it («رؤية 2030 طموحة», «موازنة 2024»).
 */
function countedNounAfter(lex: UnitLexicons, tokens: readonly Token[], first: number, after: number, found: UnitFound): boolean {
  const c = lex.countedNounEndings;
  if (!c || !found.noun || found.unit) return false;
  const indefiniteNoun = (t: Token | undefined) =>
    !!t && t.kind === "word" && !lex.notNouns.has(t.norm) && !c.notPrefixes.some((p) => t.norm.startsWith(p)) &&
    c.endings.some((e) => t.norm.length > e.length + 1 && t.norm.endsWith(e));
  return indefiniteNoun(tokens[after]) && !indefiniteNoun(tokens[first - 1]);
}

/**
 * "The 1982 strike", "its 2019 report": a year-like figure after a determiner and before a singular noun is the
 * year of that one thing, not a count of them (which would be plural: "the 2000 soldiers"). Not a span of time, a
 * currency or an abbreviated measure ("the 2000 km route" is a distance).
 */
function yearBeforeSingular(n: NumberMention, found: UnitFound, lex: UnitLexicons, tokens: readonly Token[], first: number, last: number, locale: Locale): boolean {
  if (!lex.headFinal || n.qualifier || n.percent || !/^\d{4}$/u.test(n.text) || n.value < YEAR_MIN || n.value > YEAR_MAX) return false;
  const det = tokens[first - 1];
  if (!det || det.kind !== "word" || !lex.partitiveDeterminers.has(det.norm)) return false;
  const t = tokens[last];
  if (!t || t.kind !== "word" || !t.spaceBefore || isCapitalised(t.text) || t.text.length <= 3) return false;
  if (lex.isPlural(t.norm) || lex.isVerb(t.norm) || locale.stopwords.has(t.norm) || lex.modifiers.has(t.norm) || lex.notNouns.has(t.norm)) return false;
  if (found.unit && isCurrencyUnit(locale, found.unit)) return false;
  // "The 2025 fiscal year", "the 2024 school year": a describing word, then the time word in the singular, which a
  // count of years would not be; so is the time word itself in the singular ("the 2023 season"). Elsewhere a
  // time word keeps its count ("the 1000 days").
  if (found.unit && TIME_UNITS.has(found.unit)) {
    if (lex.words.get(t.norm)?.id === found.unit) return true;
    const noun = tokens[last + 1];
    return !!noun && noun.kind === "word" && noun.spaceBefore && !lex.isPlural(noun.norm) && lex.words.get(noun.norm)?.id === found.unit;
  }
  return true;
}

/**
 * «كانت 2024 سنة صعبة», «2024 سنة صعبة»: the figure at tokens [first, after), written like a year before a word of a
 * year that another word describes, names that year (see QuantityWords.namedYears).
 */
function namedYear(lex: UnitLexicons, tokens: readonly Token[], first: number, after: number, sentence: Span, locale: Locale): boolean {
  const y = lex.namedYears;
  const year = tokens[after];
  const word = tokens[after + 1];
  if (!y || !year || year.kind !== "word" || !y.yearWords.has(year.norm) || !word || word.kind !== "word" || !word.spaceBefore) return false;
  if (locale.stopwords.has(word.norm) || lex.isVerb(word.norm) || lex.notNouns.has(word.norm) || y.spanAdjectives.has(word.norm)) return false;
  const prev = tokens[first - 1];
  if (prev && prev.kind === "word" && prev.start >= sentence.start && y.before.match(prev.norm)) return true;
  // Sentence-initial: only an indefinite adjective agreeing with its feminine noun («2024 سنة صعبة»).
  const opens = !prev || prev.end <= sentence.start || (prev.kind === "punct" && !CLAUSE_END.test(prev.text) && (tokens[first - 2]?.end ?? 0) <= sentence.start);
  const c = lex.countedNounEndings;
  if (!opens || !c || c.notPrefixes.some((p) => word.norm.startsWith(p))) return false;
  const feminine = (norm: string) => c.endings.some((e) => norm.endsWith(e));
  return feminine(year.norm) && feminine(word.norm) && word.norm.length > 3;
}

/** Whether tokens[i] is a word written apart with the article (QuantityWords.countedNounEndings.notPrefixes). */
function definiteWordAt(lex: UnitLexicons, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prefixes = lex.countedNounEndings?.notPrefixes;
  return !!prefixes && !!t && t.kind === "word" && t.spaceBefore && prefixes.some((p) => t.norm.startsWith(p) && t.norm.length > p.length + 1);
}

/** The years a figure before a singular noun may name (see yearBeforeSingular). */
const YEAR_MIN = 1900;
const YEAR_MAX = 2100;

/** A lower-case word that reads as a plural noun, not a verb, a weekday or a count's modifier. */
function pluralHead(lex: UnitLexicons, t: Token): boolean {
  return t.kind === "word" && !isCapitalised(t.text) && lex.isPlural(t.norm) && !lex.isVerb(t.norm) && !lex.notNouns.has(t.norm) &&
    !lex.modifiers.has(t.norm) && !lex.shareCues.match(t.norm);
}

/** A lower-case word that reads as a singular noun: no function word, verb, plural or count modifier. */
function plainSingular(lex: UnitLexicons, t: Token, locale: Locale): boolean {
  return t.kind === "word" && !isCapitalised(t.text) && !locale.stopwords.has(t.norm) && !lex.isPlural(t.norm) && !lex.isVerb(t.norm) &&
    !lex.notNouns.has(t.norm) && !lex.modifiers.has(t.norm);
}

/** Tokens before a figure its clause's currency may stand at ("the Egyptian pound weakened to 50.85 to the dollar"). */
const EXCHANGE_SUBJECT_TOKENS = 8;

/**
 * "The pound traded at 50.85 to the dollar": a figure right before a phrase of exchange (QuantityWords.exchangeAfter)
 * counts the currency named before it in its clause, read in the sense the article calls for (the pound of an
 * article on Egypt); undefined when none is.
 */
function exchangedCurrency(lex: UnitLexicons, tokens: readonly Token[], first: number, after: number, sentence: Span, senses: ReadonlySet<number>): string | undefined {
  if (lex.exchangeAfter.maxTokens === 0 || !lex.exchangeAfter.matchAt(tokens, after)) return undefined;
  for (let j = first - 1; j >= 0 && j >= first - EXCHANGE_SUBJECT_TOKENS; j--) {
    const t = tokens[j] as Token;
    if (t.start < sentence.start || (t.kind === "punct" && CLAUSE_END.test(t.text)) || t.kind === "digits") return undefined;
    const hit = unitAt(lex, tokens, j);
    if (!hit) continue;
    const unit = (hit.last === j + 1 ? senseOf(lex, senses, t.norm) : undefined) ?? hit.unit;
    return CURRENCY_UNITS.has(unit) ? unit : undefined;
  }
  return undefined;
}

/** A currency's unit: "5 billion dollar loans" are still dollars. */
function isCurrencyUnit(locale: Locale, unit: string): boolean {
  return locale.quantities.prefixUnits.some(([, id]) => id === unit);
}

/** Adjectives a period label may take before its noun of reporting ("half year financial performance"). */
const MAX_LABEL_GAP = 2;

/**
 * A singular span of time used as a label, not a duration: before a noun of reporting ("half year results", "a
 * six-month report"), or capitalised inside a name after a word that is not ("the 10th Five-Year Development
 * Plan"; a headline in title case, "Gets Five-Year Sentence", keeps its term).
 */
function periodLabel(lex: UnitLexicons, tokens: readonly Token[], first: number, after: number): boolean {
  let j = after;
  const dash = tokens[j];
  if (dash && dash.kind === "punct" && HYPHENS.test(dash.text) && !dash.spaceBefore) j++;
  const period = tokens[j];
  const hit = unitAt(lex, tokens, j);
  if (!period || period.kind !== "word" || !hit || hit.last !== j + 1 || lex.isPlural(period.norm)) return false;
  for (let k = hit.last; k <= hit.last + MAX_LABEL_GAP && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== "word") break;
    if (lex.periodLabelNouns.has(t.norm)) return true;
  }
  const number = tokens[first] as Token;
  const next = tokens[hit.last];
  const before = tokens[first - 1];
  return (
    capitalisedWord(number) && capitalisedWord(period) && !!next && next.kind === "word" && capitalisedWord(next) &&
    !!before && before.kind === "word" && !capitalisedWord(before)
  );
}

function capitalisedWord(t: Token): boolean {
  const c = t.text.charAt(0);
  return c !== c.toLowerCase();
}

/**
 * "a two-story home", "a three-judge panel", "10-man Arsenal": a singular noun the lexicon does not count, glued by
 * a hyphen after the number and followed by another word, makes an adjective of them; the figure counts nothing.
 */
function hyphenAdjective(lex: UnitLexicons, tokens: readonly Token[], j: number, locale: Locale): boolean {
  if (!locale.quantities.hyphenAdjectives) return false;
  const t = tokens[j] as Token;
  const next = tokens[j + 1];
  if (t.kind !== "word" || !next || next.kind !== "word" || !next.spaceBefore) return false;
  if (locale.stopwords.has(t.norm) || lex.hyphenCounts.has(t.norm) || lex.capacityAfter.has(t.norm) || lex.isPlural(t.norm)) return false;
  return !locale.stopwords.has(next.norm);
}

/**
 * «إلى 12 وذلك بعد», «30 ويتوقع»: a word right after a figure that is a glued conjunction and a function word or a
 * present-tense verb (QuantityWords.verbPrefixes) starts a new clause; a noun the lexicon knows («وحدة», «وقتيلين»)
 * does not.
 */
function opensClause(lex: UnitLexicons, norm: string, locale: Locale): boolean {
  const joiner = lex.clauseJoinerPrefixes.find((c) => norm.startsWith(c));
  if (joiner === undefined || lex.wholeNouns.has(norm) || lex.words.match(norm) || lex.duals.get(norm.slice(joiner.length))) return false;
  const rest = norm.slice(joiner.length);
  return locale.stopwords.has(rest) || lex.verbPrefixes.some((v) => rest.startsWith(v) && rest.length >= MIN_PRESENT_VERB);
}

/** A cue read with a conjunction glued to its first word («والمصابين»). */
function gluedToConjunction(lex: UnitLexicons, m: { last: number; prefix?: string }): boolean {
  const prefix = m.prefix ?? "";
  return prefix !== "" && lex.clauseJoinerPrefixes.some((c) => prefix.startsWith(c));
}

/** Letters of the shortest present-tense verb read after a glued conjunction («يقع»: «ويقع»). */
const MIN_PRESENT_VERB = 3;

/** A word the lexicon knows only with a conjunction glued before it («والمصابين»; not «وفاة», a word of its own). */
function coordinatedNoun(lex: UnitLexicons, norm: string): boolean {
  const m = lex.words.match(norm);
  return !!m && m.prefix !== "" && lex.clauseJoinerPrefixes.some((c) => m.prefix.startsWith(c));
}

/**
 * A counted noun as a comparable key: without "و"/"ال" and the accusative ending ("والمقاعد" → "مقاعد"). A noun
 * whose first letter only looks like the conjunction («وزراء», «وجبة») keeps it (UnitLexicons.wholeNouns). Right
 * after its figure (`joined` false) no conjunction is glued to the noun counted, so any word's own first letter
 * stays: «45 ألف فريق» counts «فريق» (a team), not «ريق».
 */
function nounStem(norm: string, lex: UnitLexicons, joined = true): string {
  let w = norm;
  const whole = lex.wholeNouns.has(w) || lex.nounEndings.some((e) => w.endsWith(e) && lex.wholeNouns.has(w.slice(0, w.length - e.length)));
  for (const p of whole ? [] : lex.nounPrefixes) {
    if (!joined && lex.clauseJoinerPrefixes.includes(p)) continue;
    if (w.length - p.length >= 3 && w.startsWith(p)) {
      w = w.slice(p.length);
      break;
    }
  }
  for (const e of lex.nounEndings) {
    if (w.length - e.length >= 3 && w.endsWith(e)) {
      w = w.slice(0, w.length - e.length);
      break;
    }
  }
  return w;
}

/** Tokens before a figure (a qualifier's words) and after its noun ("were lost") where a unit's cue may stand. */
const CUED_BEFORE = 4;
const CUED_AFTER = 3;

/** Whether one of `cued` stands just before the figure or just after its noun, within the clause. */
function cuedAround(tokens: readonly Token[], cued: ReadonlySet<string>, first: number, after: number): boolean {
  for (let i = first - 1; i >= 0 && i >= first - CUED_BEFORE; i--) {
    const t = tokens[i] as Token;
    if (t.kind !== "word") break;
    if (cued.has(t.norm)) return true;
  }
  for (let i = after; i < tokens.length && i < after + CUED_AFTER; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== "word") break;
    if (cued.has(t.norm)) return true;
  }
  return false;
}

/** End of words joined by glued hyphens from tokens[j] ("water-bombing", "search-and-rescue"); j + 1 if none. */
function compoundEnd(tokens: readonly Token[], j: number): number {
  let k = j + 1;
  while (k + 1 < tokens.length) {
    const dash = tokens[k] as Token;
    const word = tokens[k + 1] as Token;
    if (dash.kind !== "punct" || !HYPHENS.test(dash.text) || dash.spaceBefore || word.kind !== "word" || word.spaceBefore) break;
    k += 2;
  }
  return k;
}

/** End of a glued code such as "Tu-22M3" or "F-16" starting at tokens[j]: letters joined to a hyphen or digits. */
const NO_MODELS: ReadonlyMap<number, number> = new Map();

/** The numbers read as model designations, as token spans: first token → the token after the designation. */
function designationSpans(tokens: readonly Token[], numbers: readonly NumberMention[]): ReadonlyMap<number, number> {
  let out: Map<number, number> | undefined;
  for (const n of numbers) {
    if (n.role !== "designation") continue;
    out ??= new Map();
    // Letters glued on after the number are the designation's ("A321neo", "777-300ER").
    let end = firstTokenAtOrAfter(tokens, n.end);
    while (end < tokens.length && !(tokens[end] as Token).spaceBefore && (tokens[end] as Token).kind !== "punct") end++;
    out.set(tokenHolding(tokens, n.start), end);
  }
  return out ?? NO_MODELS;
}

const NO_STARTS: ReadonlySet<number> = new Set();

/**
 * First tokens of the figures spelled out as words ("three"), but for those glued by a hyphen to the word after
 * them, which modify a noun ("1,000 one-bedroom flats").
 */
function spelledFigureStarts(tokens: readonly Token[], numbers: readonly NumberMention[]): ReadonlySet<number> {
  let out: Set<number> | undefined;
  for (const n of numbers) {
    if (!n.spelled) continue;
    const first = tokenHolding(tokens, n.start);
    const last = firstTokenAtOrAfter(tokens, n.end);
    const after = tokens[last];
    if (after && after.kind === "punct" && after.text === "-" && !after.spaceBefore) continue;
    out ??= new Set();
    out.add(first);
  }
  return out ?? NO_STARTS;
}

/**
 * Where a model designation starting at `j` ends ("737-9", "737 MAX 9"), with a capitalised maker's name before
 * it ("Boeing 737-9"); `j` itself when none starts there.
 */
function modelEnd(tokens: readonly Token[], j: number, models: ReadonlyMap<number, number>): number {
  if (models.size === 0) return j;
  let k = j;
  const maker = tokens[k];
  if (maker && maker.kind === "word" && isCapitalised(maker.text) && models.has(k + 1)) k++;
  if (!models.has(k)) return j;
  for (;;) {
    k = models.get(k) as number;
    // A code word between two numbers of one designation ("MAX" of "737 MAX 9").
    const word = tokens[k];
    if (word && word.kind === "word" && word.text !== word.text.toLowerCase() && models.has(k + 1)) k++;
    else if (!models.has(k)) return k;
  }
}

function codeEnd(tokens: readonly Token[], j: number): number {
  let k = j + 1;
  let digits = false;
  while (k < tokens.length) {
    const t = tokens[k] as Token;
    if (t.spaceBefore && !(t.kind === "digits" && (tokens[k - 1] as Token).text === "-")) break;
    if (t.kind === "digits") digits = true;
    else if (t.kind === "punct" && t.text !== "-") break;
    k++;
  }
  return digits ? k : j + 1;
}

/**
 * "ركابها الـ217", "الساعات الـ24", "الدول الست": a number marked as following its noun (the marker written apart
 * or glued to a number word) takes the noun before it. `after` is the token after the number.
 */
function postNominalUnit(lex: UnitLexicons, tokens: readonly Token[], first: number, after: number, numberStart: number, locale: Locale): UnitFound | undefined {
  const own = tokens[first];
  // Only the number word alone follows its noun: a compound («على متن الطائرة اثنان وستون راكبا») counts the noun
  // after it.
  if (own && own.kind === "word" && own.start === numberStart && after === first + 1 && lex.adjectivalNumbers.has(own.norm)) {
    const adjectival = nounBeforeNumberWord(lex, tokens[first - 1], locale);
    if (adjectival) return adjectival;
  }
  const glued = own !== undefined && own.kind === "word" && own.start < numberStart && endsWithMarker(lex, fold(own.text.slice(0, numberStart - own.start)));
  const marker = glued ? own : tokens[first - 1];
  const noun = tokens[glued ? first - 1 : first - 2];
  if (!marker || !noun || marker.kind !== "word" || noun.kind !== "word") return undefined;
  if (!glued && !lex.postNominal.has(marker.norm)) return undefined;
  // «تجاوز عدد سكان السعودية الـ 32 مليون نسمة»: a marker written apart opens a figure of its own when a noun the
  // lexicon counts follows it; the word before is then only what comes before.
  if (!glued && indefiniteUnitAt(lex, tokens, after)) return undefined;
  const hit = lex.words.match(noun.norm);
  if (hit) return { unit: hit.value.id, person: hit.value.person };
  // A number word agrees with its noun as an adjective does: any noun before it is what it counts.
  if (!glued || locale.stopwords.has(noun.norm) || lex.notNouns.has(noun.norm)) return undefined;
  // «دول مجلس التعاون لدول الخليج العربية الست», «أعضاء مجلس الأمن الخمسة عشر»: the head of a definite phrase
  // (its genitive and adjectives between) is what the number word counts, when the lexicon counts it.
  const head = headBeforeDefinite(lex, tokens, glued ? first - 1 : first - 2);
  if (head) return head;
  const stem = nounStem(noun.norm, lex);
  return stem.length >= 2 ? { noun: stem } : undefined;
}

/** Definite words a number word glued to its marker may follow its head past (see headBeforeDefinite). */
const MAX_DEFINITE_TAIL = 2;

/**
 * The unit of a noun the lexicon counts right before the definite words ending at tokens[last] (each carrying a
 * postNominal marker: a genitive, adjectives), at most MAX_DEFINITE_TAIL of them, inside one run of words.
 */
function headBeforeDefinite(lex: UnitLexicons, tokens: readonly Token[], last: number): UnitFound | undefined {
  for (let k = last; k >= 0 && k > last - MAX_DEFINITE_TAIL; k--) {
    const t = tokens[k]!;
    if (t.kind !== "word" || ![...lex.postNominal].some((m) => t.norm.startsWith(m))) return undefined;
    const before = tokens[k - 1];
    if (!before || before.kind !== "word") return undefined;
    const hit = lex.words.match(before.norm);
    if (hit) return { unit: hit.value.id, person: hit.value.person };
  }
  return undefined;
}

/** A word the lexicon counts at tokens[j], written without the article or a glued «و» («نسمة», not «الأعضاء», «وطاقمها»). */
function indefiniteUnitAt(lex: UnitLexicons, tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (!t || t.kind !== "word" || [...lex.postNominal].some((m) => t.norm.startsWith(m))) return false;
  const hit = unitAt(lex, tokens, j);
  return hit !== undefined && !lex.clauseJoinerPrefixes.some((p) => t.norm.startsWith(p) && !lex.words.get(t.norm));
}

/**
 * «الستين يوما», «الخمس سنوات»: a number word glued to the marker of a following number, right before a counted
 * noun the lexicon knows that does not carry the marker itself («الأيام الخمسة الأولى» does), counts that noun.
 */
function definiteBeforeNoun(lex: UnitLexicons, tokens: readonly Token[], first: number, after: number, numberStart: number): UnitFound | undefined {
  const own = tokens[first];
  if (!own || own.kind !== "word" || own.start >= numberStart || !endsWithMarker(lex, fold(own.text.slice(0, numberStart - own.start)))) return undefined;
  const next = tokens[after];
  if (!next || next.kind !== "word" || [...lex.postNominal].some((m) => next.norm.startsWith(m))) return undefined;
  const hit = unitAt(lex, tokens, after);
  return hit ? { unit: hit.unit, person: hit.person } : undefined;
}

/**
 * What a number word written after its noun counts («جنديين اثنين», «طيارين اثنين»): a unit the noun is a form
 * or a dual of, or else the noun itself when it reads as a plural (a dual's ending is a plural's).
 */
function nounBeforeNumberWord(lex: UnitLexicons, noun: Token | undefined, locale: Locale): UnitFound | undefined {
  if (!noun || noun.kind !== "word") return undefined;
  const hit = lex.words.match(noun.norm) ?? lex.duals.match(noun.norm);
  if (hit) return { unit: hit.value.id, person: hit.value.person };
  if (!lex.isPlural(noun.norm) || lex.isVerb(noun.norm) || locale.stopwords.has(noun.norm) || lex.notNouns.has(noun.norm)) return undefined;
  const stem = nounStem(noun.norm, lex);
  return stem.length >= 2 ? { noun: stem } : undefined;
}

/**
 * «للدولار الواحد», «اليوم الواحد»: a number word with the article after its noun is "the single one" of it, a
 * rate's unit, not a count anyone reports.
 */
function definiteAdjectival(lex: UnitLexicons, own: Token | undefined, numberStart: number): boolean {
  if (!own || own.kind !== "word" || own.start >= numberStart) return false;
  const cut = numberStart - own.start;
  return lex.adjectivalNumbers.has(fold(own.text.slice(cut))) && endsWithMarker(lex, fold(own.text.slice(0, cut)));
}

function endsWithMarker(lex: UnitLexicons, prefix: string): boolean {
  for (const m of lex.postNominal) if (prefix.endsWith(m)) return true;
  return false;
}

/** "17 من أصل 41 مقعداً", "9 out of 10 seats": a part named against its whole counts what the whole counts. */
function inheritWholeUnits(qs: Draft[], numbers: readonly NumberMention[], tokens: readonly Token[], locale: Locale): void {
  const byStart = new Map(qs.map((q) => [q.numberStart, q]));
  for (const n of numbers) {
    if (!n.partOf) continue;
    const part = byStart.get(n.start);
    const whole = byStart.get(n.partOf.start);
    // "48 seats out of 329": a bare whole counts what its part names. Not people: a whole of people takes the
    // sentence's cues, which the part's own words may not share ("48 people out of 329 on board were killed").
    if (part && whole && !whole.unit && !whole.noun && !whole.percent && (part.unit || part.noun) && !part.person) {
      whole.unit = part.unit;
      whole.noun = part.noun;
      continue;
    }
    if (!part || !whole || (!whole.unit && !whole.noun)) continue;
    // "a fifth of the company's 314 planes": a fraction of a whole is a share of it, not a count.
    if (n.fraction && n.value < 1 && !n.percent) continue;
    // The part's own noun stands right after it («17 مقعداً من أصل 41»); one found past the part-of words is
    // the possessor's ("three of the stadium's 12 gates", "32 of the state's 35 districts"), not what it counts.
    const after = tokens[part.tokenLast];
    const ownNoun = (part.unit || part.noun) && !(after && after.kind === "word" && locale.stopwords.has(after.norm));
    if (ownNoun) continue;
    part.unit = whole.unit;
    part.noun = whole.unit ? undefined : whole.noun;
    // A count of people as a whole leaves the part a count of people too, which a cue may name («نجاة 25»).
    if (whole.person) {
      part.person = true;
      whole.hasPart = part;
    }
  }
}

/**
 * "2,317 killed, among them 1,498 in Turkey and 819 in Syria", "بينهم 1498 في تركيا و819 في سورية": figures
 * without a unit after a breakdown cue count what the figure before the cue counts.
 */
function inheritBreakdownUnits(qs: Draft[], tokens: readonly Token[], lex: UnitLexicons): void {
  for (let k = 1; k < qs.length; k++) {
    const q = qs[k]!;
    if (q.unit || q.percent) continue;
    // The nearest earlier figure of the sentence with a unit (or, for a figure that names nothing, a counted
    // noun: "3,000 applications, of which 1,500 were approved"), and a breakdown cue between it and this one.
    let whole: Draft | undefined;
    for (let m = k - 1; m >= 0; m--) {
      const p = qs[m]!;
      if (p.sentence.start !== q.sentence.start) break;
      if ((p.unit || (p.noun && !q.noun)) && !p.percent) {
        whole = p;
        break;
      }
    }
    if (!whole) continue;
    // A cue between the whole and this figure, or the previous figure already a part of the same breakdown
    // ("بينهم 1498 في تركيا و819 في سورية").
    let cue = whole.partOf !== undefined && !clauseBreak(tokens, whole.tokenLast, q.tokenFirst);
    let cueAt = whole.tokenLast;
    for (let i = whole.tokenLast; i < q.tokenFirst && !cue; i++) {
      if (lex.breakdowns.matchAt(tokens, i)) {
        cue = true;
        cueAt = i;
      }
    }
    if (!cue) continue;
    // "200 injured, many of them grievously, when 14 coaches derailed": a subordinate clause after the cue has
    // left the breakdown; its figure is not a part of the whole (a list's "and 819 in Syria" still is).
    if (subordinateBetween(lex, tokens, cueAt, q.tokenFirst)) continue;
    if (whole.unit) {
      q.unit = whole.unit;
      q.noun = undefined;
    } else q.noun = whole.noun;
    q.partOf = whole.partOf ?? whole.unit ?? "~" + whole.noun;
  }
}

/** A bare figure with a breakdown cue right after it («33 منهم», "33 of them"): a part of a figure named before. */
function partitiveAfter(q: Draft, lex: UnitLexicons, tokens: readonly Token[]): boolean {
  // "half of them", «نصفهم»: a share of the whole, not a count of it.
  if (q.unit !== undefined || q.noun !== undefined || q.percent || !Number.isInteger(q.value) || q.value < 1) return false;
  const t = tokens[q.tokenLast];
  return t !== undefined && t.start < q.sentence.end && lex.breakdowns.matchAt(tokens, q.tokenLast) !== undefined;
}

/**
 * «بلغت 54 مصابا، جرى نقل 33 منهم إلى مستشفى الضبعة»: a part named after its figure, with no cue of its own clause,
 * counts what the nearest earlier figure of its sentence counts (run once every figure has its role).
 */
function inheritPartitiveWhole(qs: Draft[], k: number, lex: UnitLexicons, tokens: readonly Token[]): void {
  const q = qs[k]!;
  if (!partitiveAfter(q, lex, tokens)) return;
  for (let m = k - 1; m >= 0; m--) {
    const p = qs[m]!;
    if (p.sentence.start !== q.sentence.start) return;
    if (p.percent) continue;
    if (!p.unit) return;
    q.unit = p.unit;
    q.partOf = p.unit;
    return;
  }
}

/**
 * "4,111 targets in 2,299 sorties over 48 days", "raised pay by 25% over four years": a qualifier word right after
 * what was counted or a figure's percent mark, before a span of time, names the span rather than bounding it
 * ("lasted for over 48 hours" still bounds it).
 */
function spanOfTime(n: NumberMention, found: UnitFound, tokens: readonly Token[], first: number, lex: UnitLexicons, locale: Locale): boolean {
  if (n.qualifier !== "over" && n.qualifier !== "under") return false;
  if (!found.unit || !TIME_UNITS.has(found.unit)) return false;
  const start = firstTokenAtOrAfter(tokens, n.phraseStart);
  const m = lex.spanWords.matchAt(tokens, start);
  if (m === undefined || m.last !== first) return false;
  const before = tokens[start - 1];
  return before !== undefined && (before.kind === "digits" || before.text === "%" || (before.kind === "word" && !locale.stopwords.has(before.norm)));
}

/** "as far as" before a figure that is no distance: the phrase bounds only the units it names. */
function boundOfOtherUnits(n: NumberMention, found: UnitFound, tokens: readonly Token[], first: number, lex: UnitLexicons): boolean {
  if (!n.qualifier) return false;
  const m = lex.unitBounds.matchAt(tokens, firstTokenAtOrAfter(tokens, n.phraseStart));
  return m !== undefined && m.last === first && !(found.unit !== undefined && m.value.has(found.unit));
}

/** A word opening a subordinate clause ("when", "after"; not a joiner such as "and") among tokens[from, to). */
function subordinateBetween(lex: UnitLexicons, tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.kind === "word" && lex.clauseStarts.has(t.norm) && !lex.clauseJoiners.has(t.norm)) return true;
  }
  return false;
}

/** A comma or other clause punctuation among tokens[from, to): the breakdown has ended. */
function clauseBreak(tokens: readonly Token[], from: number, to: number): boolean {
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
function joinedClause(lex: UnitLexicons, tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== "word") continue;
    if (lex.clauseJoiners.has(t.norm)) return true;
    for (const p of lex.clauseJoinerPrefixes) if (t.norm.length - p.length >= 3 && t.norm.startsWith(p)) return true;
  }
  return false;
}

/** Whether a word that only opens a clause (see UnitLexicons.clauseOpeners) stands among tokens[from, to). */
function clauseOpener(lex: UnitLexicons, tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.kind === "word" && lex.clauseOpeners.has(t.norm)) return true;
  }
  return false;
}

/**
 * A count of people, or of nothing named, near a cue ("killed", "مقتل", "survived") counts what the cue says.
 * A count of a noun the lexicon does not know ("2,300 homes", "villagers") takes a cue only from its own
 * clause: in "1.2 million people were displaced, and nearly 2,300 homes were destroyed" the homes were not.
 */
function applyRole(q: Draft, lex: UnitLexicons, tokens: readonly Token[], figureEnds: ReadonlySet<number>, figureLeads: ReadonlySet<number>, prev?: Draft): void {
  const counter = q.unit !== undefined && lex.counters.has(q.unit);
  if (q.percent) return;
  // A part of a breakdown, or a tally of cases, whose own verb stands right before it says what happened to
  // that part: «25 ألف إصابة، شفيت منها 22027» recovered, «أصيب 300، توفي منهم 20» died.
  if ((counter || q.partOf !== undefined) && Number.isInteger(q.value)) {
    const own = cueRightBefore(lex.roles, lex, tokens, q.start, q.sentence);
    if (own) {
      q.unit = own;
      q.noun = undefined;
      return;
    }
  }
  if (q.unit && !q.person && !counter) {
    // «توفي ثلاثة مصابين في المستشفى»: the injured a verb of dying right before them names have died.
    const befallen = LATER_ROLES.get(q.unit);
    const verb = befallen && Number.isInteger(q.value) ? cueRightBefore(lex.roles, lex, tokens, q.start, q.sentence) : undefined;
    if (verb !== undefined && befallen!.has(verb)) {
      q.unit = verb;
      return;
    }
    // «وخمسة من أفراد الطاقم ما زالوا في عداد المفقودين»: a state closing their clause is theirs, as a verb of their own is.
    const own = ownVerbRole(lex, tokens, q) ?? (lex.ownVerbGroups.has(q.unit) ? clauseEndRole(lex, tokens, q.tokenLast, q.sentence, figureLeads) : undefined);
    if (own) {
      q.unit = own;
      q.noun = undefined;
    }
    return;
  }
  // "1,411 people were killed and 3,124 people were injured": people with a verb of their own right after them
  // are what it says, nearer to them than the cue of the clause before.
  if (q.unit === GENERIC_PEOPLE && !counter) {
    const own = ownVerbRole(lex, tokens, q);
    if (own) {
      q.unit = own;
      q.noun = undefined;
      return;
    }
  }
  if (q.hasPart) {
    partRoleAfterWhole(q, q.hasPart, lex, tokens, figureLeads);
    return;
  }
  // Billions of nothing named are money, not people ("ساهمت بـ4 مليارات ونصف لمساعدة اللاجئين والنازحين").
  if (!q.unit && q.value >= MAX_PEOPLE) return;
  // What a count noun or a cue names is counted whole: "6.8" in "13 deaths after 6.8 quake" is a magnitude.
  // (A range's value is its middle: its ends are what was written.)
  const whole = q.qualifier === "range" ? Number.isInteger(q.interval.min) && Number.isInteger(q.interval.max) : Number.isInteger(q.value);
  // A dot that groups thousands ("12.500 dead") is read as such once the figure is known to count people.
  if (!whole && !q.dotted) return;
  // «قضى تسعة أشخاص»: a verb read as a cue only right before its figure, unless what follows gives it its other
  // sense («قضى 200 شخص ليلتهم في العراء», «فقد 300 شخص منازلهم»): then the figure is that verb's subject, and a
  // cue of another clause («مصرع شخصين وفقد 300 …») is not what happened to it either.
  const rightBefore = rightBeforeRole(lex, tokens, q.start, q.tokenLast, q.sentence);
  if (rightBefore) {
    if (rightBefore.unit !== undefined && !keepsGroup(lex, tokens, q, rightBefore.unit)) {
      q.unit = rightBefore.unit;
      q.noun = undefined;
    }
    return;
  }
  // «غرق قارب كان يقل 160 شخصا», "a boat carrying 160 people capsized": the load of a vessel, whatever befell it.
  if (cueRightBefore(lex.loadVerbs, lex, tokens, q.start, q.sentence)) return;
  const counted = countedBefore(lex, tokens, q.tokenFirst, q.sentence) ?? labelBefore(lex, tokens, firstTokenAtOrAfter(tokens, q.start), q.sentence);
  if (counted) {
    q.unit = counted;
    q.noun = undefined;
    return;
  }
  if (counter) return;
  const lead = Math.min(q.tokenFirst, firstTokenAtOrAfter(tokens, q.start));
  if (q.unit === undefined && q.noun === undefined && countedBySubject(q, lex, tokens, lead)) return;
  const ownClause = q.noun !== undefined || subjectOfVerb(lex, tokens, q);
  // «الحصيلة بلغت 54 مصابا، جرى نقل 33 منهم إلى المستشفى»: a part named after its figure takes no cue from before
  // the figure it is a part of; that cue was the whole's (see inheritPartitiveWhole).
  const from = prev && prev.sentence.start === q.sentence.start && partitiveAfter(q, lex, tokens) ? tokens[prev.tokenLast] : undefined;
  const span = from ? { start: from.start, end: q.sentence.end } : q.sentence;
  // A cue after the figure that ends right before another figure is that figure's verb, for things the lexicon
  // does not know and for people alike: «300 شخص كانوا على متن القارب ونجا 50 منهم» saved 50, not 300.
  const role = roleNear(lex, tokens, q.tokenFirst, q.tokenLast, span, ownClause, q.unit !== undefined, figureEnds, lead, q.noun !== undefined || q.person ? figureLeads : undefined, figureLeads);
  if (!role || keepsGroup(lex, tokens, q, role)) return;
  q.unit = role;
  q.noun = undefined;
}

/**
 * "Passengers rose to 52.7 million", "Aircraft movements reached 279,000": the subject of the verb before a bare
 * figure names what it counts (see subjectHead), as it would after the figure: a role, a unit the lexicon counts
 * (not money or a measure, which a bare figure does not count), or the plural noun itself.
 */
function countedBySubject(q: Draft, lex: UnitLexicons, tokens: readonly Token[], lead: number): boolean {
  const head = subjectHead(lex, tokens, lead, q.sentence);
  if (head < 0) return false;
  const role = lex.roles.matchAt(tokens, head);
  if (role && role.last === head + 1) {
    q.unit = role.value;
    return true;
  }
  const unit = unitAt(lex, tokens, head);
  if (unit) {
    if (unit.last !== head + 1 || CURRENCY_UNITS.has(unit.unit) || MEASURE_UNITS.has(unit.unit) || TIME_UNITS.has(unit.unit)) return false;
    q.unit = unit.unit;
    q.person = unit.person;
    return true;
  }
  const stem = nounStem((tokens[head] as Token).norm, lex);
  if (stem.length < 2) return false;
  q.noun = stem;
  return true;
}

/** Tokens after a whole its part's verb may stand at ("the 181 aboard a crashed Jeju Air Boeing 737-800 died"). */
const PART_VERB_WINDOW = 12;

/**
 * "179 of the 181 aboard a crashed Jeju Air Boeing 737-800 died", "two of the 181 people on board survived": the
 * verb after a part named against its whole agrees with the part, which it gives its role; the whole stays everyone
 * counted. Only in the whole's clause (no clause punctuation, joiner or other figure before the verb), and only for
 * a part with no role of its own ("killed 179 of the 181 aboard").
 */
function partRoleAfterWhole(whole: Draft, part: Draft, lex: UnitLexicons, tokens: readonly Token[], figureLeads: ReadonlySet<number>): void {
  if (part.unit !== whole.unit) return;
  const end = Math.min(tokens.length, whole.tokenLast + PART_VERB_WINDOW);
  for (let i = whole.tokenLast; i < end; i++) {
    const t = tokens[i] as Token;
    if (t.start >= whole.sentence.end || (t.kind === "punct" && CLAUSE_END.test(t.text)) || figureLeads.has(i) || joinedClause(lex, tokens, i, i + 1)) return;
    const role = lex.roles.matchAt(tokens, i);
    if (role && !compoundTail(tokens, i)) {
      part.unit = role.value;
      part.noun = undefined;
      return;
    }
  }
}

/**
 * Roles that may befall people counted by another role's noun, and so say what happened to them: the injured
 * may die («توفي ثلاثة مصابين», "two injured later died"). Not the other way: the dead are not injured after.
 */
const LATER_ROLES: ReadonlyMap<string, ReadonlySet<string>> = new Map([["injured", new Set(["killed"])]]);

/**
 * The role a verb of its own gives a named group whose count stands on its own, right after its noun and the
 * words allowed between (QuantityWords.ownVerbGroups): "76 passengers were seriously injured" are injured.
 */
function ownVerbRole(lex: UnitLexicons, tokens: readonly Token[], q: Draft): string | undefined {
  if (q.unit === undefined || !lex.ownVerbGroups.has(q.unit)) return undefined;
  // "150 passengers and six crew were killed": the verb is the list's, and a list's last group is only a part.
  // Not after a cue ("20 people were killed and 45 people were injured"): that "and" joins two clauses. Nor when
  // the group before it had its verb before it ("killed 12 people and 30 people were left homeless"): a verb after
  // the group is then its own, not the list's.
  const at = Math.min(q.tokenFirst, firstTokenAtOrAfter(tokens, q.start)) - 1;
  const joiner = tokens[at];
  if (joiner && joiner.kind === "word" && lex.clauseJoiners.has(joiner.norm) && !lex.clauseOpeners.has(joiner.norm) && !cueEndsAt(lex, tokens, at) && !cueInSentenceBefore(lex, tokens, at, q.sentence)) return undefined;
  for (let j = q.tokenLast; j < tokens.length && j <= q.tokenLast + MAX_PHRASE_WORDS; j++) {
    const hit = unitAt(lex, tokens, j);
    if (!hit || hit.unit !== q.unit) continue;
    let k = hit.last;
    while (k < tokens.length && (tokens[k] as Token).kind === "word" && lex.ownVerbBetween.has((tokens[k] as Token).norm)) k++;
    const t = tokens[k];
    if (!t || t.start >= q.sentence.end) return undefined;
    // «وقتل 3 ركاب وأصيب 20 آخرون»: a verb with a conjunction glued on opens the next clause.
    const cue = lex.roles.matchAt(tokens, k);
    return cue && !gluedToConjunction(lex, cue) ? cue.value : undefined;
  }
  return undefined;
}

/** Whether a role cue starts in the sentence a few words before token `end` (the group before and its verb). */
function cueInSentenceBefore(lex: UnitLexicons, tokens: readonly Token[], end: number, sentence: Span): boolean {
  const from = Math.max(0, end - MAX_CUE_TOKENS - 2 * MAX_PHRASE_WORDS);
  for (let i = end - 1; i >= from && (tokens[i] as Token).start >= sentence.start; i--) if (lex.roles.matchAt(tokens, i)) return true;
  return false;
}

/** Whether a role cue ends right before token `end`, within the same sentence's few tokens. */
function cueEndsAt(lex: UnitLexicons, tokens: readonly Token[], end: number): boolean {
  for (let i = end - 1; i >= 0 && i >= end - MAX_CUE_TOKENS; i--) if (lex.roles.matchAt(tokens, i)?.last === end) return true;
  return false;
}

/**
 * Whether the figure counts a named group that a cue of `role` leaves as it is (RoleCue.keepsGroup): a group the
 * lexicon knows other than people in general, or a noun it does not know ("120 students arrived").
 */
function keepsGroup(lex: UnitLexicons, tokens: readonly Token[], q: Draft, role: string): boolean {
  if (!lex.groupKeepingRoles.has(role)) return false;
  if (q.unit !== undefined) return q.person === true && q.unit !== GENERIC_PEOPLE;
  // A noun found past the cue ("4,714 arrived via seaports") is not the figure's own: the cue fills it in.
  return q.noun !== undefined && lex.roles.matchAt(tokens, firstTokenAtOrAfter(tokens, q.end)) === undefined;
}

/**
 * A role cue that ends right before the figure (its qualifier included), with at most a breakdown cue between
 * («شفيت منها 22027», "of whom 20 died" has its verb after and is not read here).
 */
function cueRightBefore<T>(cues: PhraseLexicon<T>, lex: UnitLexicons, tokens: readonly Token[], start: number, sentence: Span): T | undefined {
  let end = firstTokenAtOrAfter(tokens, start);
  // A figure in brackets (Saudi and other official copy: «وصل (60251) حاجا») has its cue before the bracket.
  const open = tokens[end - 1];
  if (open && open.kind === "punct" && open.text === "(") end--;
  for (let i = end - 1; i >= 0 && i >= end - MAX_CUE_TOKENS; i--) {
    const b = lex.breakdowns.matchAt(tokens, i);
    if (b && b.last === end) {
      end = i;
      break;
    }
  }
  for (let i = end - 1; i >= 0 && i >= end - MAX_CUE_TOKENS; i--) {
    if ((tokens[i] as Token).start < sentence.start) return undefined;
    const m = cues.matchAt(tokens, i);
    if (m && m.last === end) return m.value;
  }
  return undefined;
}

/** Whether a word that undoes a right-before cue stands within two tokens after the figure's last token. */
function unlessAfter(lex: UnitLexicons, tokens: readonly Token[], last: number): boolean {
  for (let i = last; i < tokens.length && i < last + 3; i++) {
    const t = tokens[i] as Token;
    if (t.kind === "word" && lex.rightBeforeUnless.match(t.norm)) return true;
  }
  return false;
}

/** What a right-before cue makes a figure count: `unit`, or no role when what follows undoes the cue. */
interface Undone {
  unit: string | undefined;
}

const NO_ROLE: Undone = { unit: undefined };

/**
 * The role a verb read only right before its figure gives it (RoleCue.cuesRightBefore), weighed against what
 * follows the figure's last token `last`: undefined when there is no such verb.
 */
function rightBeforeRole(lex: UnitLexicons, tokens: readonly Token[], start: number, last: number, sentence: Span): Undone | undefined {
  if (lex.rolesRightBefore.maxTokens === 0) return undefined;
  const verb = cueRightBefore(lex.rolesRightBefore, lex, tokens, start, sentence);
  if (verb === undefined) return undefined;
  if (unlessAfter(lex, tokens, last)) return NO_ROLE;
  return senseLater(lex, tokens, last, verb, sentence) ?? { unit: verb };
}

/**
 * Whether a word later in the sentence begins as one that undoes the right-before cue of `unit`, and what the
 * figure then counts (see RoleCue.rightBeforeUnlessInSentence and rightBeforeInSentenceAs).
 */
function senseLater(lex: UnitLexicons, tokens: readonly Token[], last: number, unit: string, sentence: Span): Undone | undefined {
  const stems = lex.rightBeforeUnlessStems.get(unit);
  if (!stems) return undefined;
  // The whole rest of the sentence: the object may come after the figure's whole («من بين 41 شخصا حياتهم»), and
  // a word of another clause read here only leaves the figure without a role, never with a wrong one.
  for (let i = last; i < tokens.length && (tokens[i] as Token).start < sentence.end; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== "word") continue;
    const hit = stems.find(([s]) => t.norm.startsWith(s));
    if (hit) return hit[1] === undefined ? NO_ROLE : { unit: hit[1] };
  }
  return undefined;
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

/** Tokens a role or breakdown cue may span. */
const MAX_CUE_TOKENS = 4;

const NO_SENSES: ReadonlySet<number> = new Set();

/** Words read back from a figure for a word of its subject (QuantityWords.cuedReadings). */
const READING_CUE_WORDS = 5;

/**
 * "cut rates by a quarter point", «خفض سعر الفائدة بمقدار 50 نقطة», «الهزات الارتدادية أقواها 6.6 درجة»: the
 * unit of the figure written from token `first` to before `after`, when its word is read another way after a
 * word of its subject (see QuantityWords.cuedReadings).
 */
function cuedReading(lex: UnitLexicons, tokens: readonly Token[], first: number, after: number, value: number): string | undefined {
  let k = after;
  // "a quarter-point cut": the word glued by a hyphen makes an adjective of the figure.
  const dash = tokens[k];
  const glued = !!dash && dash.kind === "punct" && HYPHENS.test(dash.text) && !dash.spaceBefore && !!tokens[k + 1] && !tokens[k + 1]!.spaceBefore;
  if (glued) k++;
  // "half a point", "a quarter of a point".
  else while (k < after + 2 && tokens[k]?.kind === "word" && (lex.fillers.has(tokens[k]!.norm) || lex.indefiniteArticles.has(tokens[k]!.norm))) k++;
  const word = tokens[k];
  if (!word || word.kind !== "word") return undefined;
  for (const r of lex.cuedReadings) {
    if (!r.forms.match(word.norm)) continue;
    // «درجة مئوية»: a longer unit phrase names its unit itself.
    const hit = unitAt(lex, tokens, k);
    if (hit && hit.last > k + 1) return undefined;
    const reading = () => r.units.find(([from]) => value >= from)?.[1] || undefined;
    const before = tokens[first - 1];
    if (before && before.kind === "word" && r.notRightAfter.match(before.norm)) continue;
    for (let i = first - 1; i >= 0 && i >= first - READING_CUE_WORDS; i--) {
      const t = tokens[i] as Token;
      if (t.kind !== "word") break;
      if (r.cues.match(t.norm)) return reading();
    }
    if (glued && rateAfter(r, tokens, k + 1)) return reading();
  }
  return undefined;
}

/** Words a hyphenated reading looks ahead for its cue ("a half-point cut in the federal funds rate"). */
const HYPHEN_CUE_WORDS = 6;

/** A cue of `r` from tokens[from] on, past only words of its hyphenThrough ("cut in its key rate"). */
function rateAfter(r: UnitLexicons["cuedReadings"][number], tokens: readonly Token[], from: number): boolean {
  for (let i = from; i < tokens.length && i < from + HYPHEN_CUE_WORDS; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== "word") return false;
    if (r.cues.match(t.norm)) return true;
    if (!r.hyphenThrough.has(t.norm)) return false;
  }
  return false;
}

/**
 * The article's senses less those the sentence rules out by naming one of their unlessInSentence words (a fire in
 * an article on an epidemic); asked once per sentence, and only of articles that call for a sense.
 */
function sentenceSenses(lex: UnitLexicons, tokens: readonly Token[], sentence: Span, senses: ReadonlySet<number>, memo: Map<number, ReadonlySet<number>>): ReadonlySet<number> {
  let own = memo.get(sentence.start);
  if (own) return own;
  own = senses;
  for (const i of senses) {
    const unless = lex.senses[i]!.unless;
    if (unless.size === 0) continue;
    for (let k = firstTokenAtOrAfter(tokens, sentence.start); k < tokens.length && (tokens[k] as Token).start < sentence.end; k++) {
      const t = tokens[k] as Token;
      if (t.kind === "word" && unless.match(t.norm)) {
        own = new Set([...own].filter((j) => j !== i));
        break;
      }
    }
  }
  memo.set(sentence.start, own);
  return own;
}

/** The unit a word stands for in the sense the article calls for, if it has one there. */
function senseOf(lex: UnitLexicons, senses: ReadonlySet<number>, norm: string): string | undefined {
  for (const i of senses) {
    const s = lex.senses[i]!;
    if (s.forms.match(norm)) return s.unit;
  }
  return undefined;
}

/**
 * "Of the suspected cases, 412 have been confirmed": a bare figure right after a clause that opens its sentence
 * with a partitive lead counts the unit that clause names.
 */
function inheritPartitiveUnit(q: Draft, lex: UnitLexicons, tokens: readonly Token[]): void {
  const comma = tokens[q.tokenFirst - 1];
  if (!comma || comma.kind !== "punct" || !CLAUSE_END.test(comma.text)) return;
  let open = q.tokenFirst - 2;
  while (open >= 0 && (tokens[open] as Token).start >= q.sentence.start && (tokens[open] as Token).kind === "word") open--;
  const first = open + 1;
  if (first >= q.tokenFirst - 1 || (tokens[first] as Token).start !== q.sentence.start) return;
  const lead = lex.partitiveLeads.matchAt(tokens, first);
  if (!lead) return;
  // The clause's last unit word is its head ("the suspected cases").
  for (let i = q.tokenFirst - 2; i >= lead.last; i--) {
    const hit = unitAt(lex, tokens, i);
    if (hit && !hit.person) {
      q.unit = hit.unit;
      return;
    }
  }
}

/**
 * "Salem al-Kaabi, 58, the former …": a bare whole number between commas right after a capitalised word and
 * before a lower-case word that is no conjunction ("Italy, 21, and Britain, 9" are counts).
 */
function isAppositiveAge(n: NumberMention, tokens: readonly Token[], first: number, last: number, locale: Locale): boolean {
  if (n.qualifier || !Number.isInteger(n.value) || n.value < 1 || n.value > MAX_AGE || last !== first + 1) return false;
  const number = tokens[first] as Token;
  const comma = tokens[first - 1];
  const name = tokens[first - 2];
  const close = tokens[last];
  const next = tokens[last + 1];
  if (number.kind !== "digits" || !comma || comma.text !== "," || !close || close.text !== ",") return false;
  if (!name || name.kind !== "word" || !isCapitalised(name.text)) return false;
  return !!next && next.kind === "word" && /^\p{Ll}/u.test(next.text) && !conjunctionsOf(locale).has(next.norm);
}

/** "aged 32", "at age 32": a bare whole number of a lifetime's size right after an age word is an age in years. */
function afterAgeCue(n: NumberMention, tokens: readonly Token[], first: number, lex: UnitLexicons): boolean {
  if (lex.ageCues.size === 0 || n.qualifier || n.percent || !Number.isInteger(n.value) || n.value < 1 || n.value > MAX_AGE) return false;
  const before = tokens[first - 1];
  return !!before && before.kind === "word" && lex.ageCues.has(before.norm);
}

/** The oldest age a bound names. */
const MAX_AGE = 120;
const AGE_BOUNDS: ReadonlySet<string> = new Set(["over", "under", "atLeast", "atMost", "range"]);

/** "children under five", "people over 65": a bound of a lifetime's size right after people is their age. */
function isAgeBound(n: NumberMention, found: UnitFound, tokens: readonly Token[], lex: UnitLexicons): boolean {
  if (!n.qualifier || !AGE_BOUNDS.has(n.qualifier) || n.percent || n.value > MAX_AGE || !Number.isInteger(n.value)) return false;
  if (found.unit && found.unit !== "year") return false;
  const before = tokens[firstTokenAtOrAfter(tokens, n.phraseStart) - 1];
  return !!before && before.kind === "word" && !!lex.ageHolders.match(before.norm);
}

/**
 * "the number of displaced reached 1.7 million", «ارتفع عدد القتلى إلى 150 وأصيب 300»: a count noun earlier in
 * the figure's clause, with no other figure between, names what the figure counts (a unit or a role cue right
 * after it). A generic count of people there ("the number of people") says nothing by itself.
 */
function countedBefore(lex: UnitLexicons, tokens: readonly Token[], first: number, sentence: Span): string | undefined {
  let reach = first - ROLE_WINDOW_BEFORE;
  for (let i = first - 1; i >= 0 && i >= reach; i--) {
    const t = tokens[i] as Token;
    if (t.start < sentence.start || t.kind === "digits") return undefined;
    if (t.kind === "punct" && CLAUSE_END.test(t.text)) {
      const relative = first - i <= VERB_AFTER_RELATIVE + 1 ? relativeClosedAt(lex, tokens, i, sentence) : undefined;
      // A cue on either side of the comma («، وأصيب 300», "who crossed") is read as before, nearer the figure.
      if (relative === undefined || cueBetween(lex, tokens, relative, first)) return undefined;
      reach -= i - relative + 1;
      i = relative;
      continue;
    }
    const lead = lex.countNouns.matchAt(tokens, i);
    if (!lead || lead.last >= first) continue;
    // "the number of cholera cases": where modifiers come first, the noun may come after one or two.
    const modifiers = lex.headFinal ? COUNT_NOUN_MODIFIERS : 0;
    for (let j = lead.last; j < first && j <= lead.last + modifiers; j++) {
      const t = tokens[j] as Token;
      if (t.kind !== "word") break;
      const role = lex.roles.matchAt(tokens, j);
      if (role && role.last <= first) return role.value;
      const unit = unitAt(lex, tokens, j);
      if (!unit) continue;
      if (!unit.person) return unit.unit;
      // A named group of people ("the number of pilgrims reached 1,833,164", «عدد اللاجئين») is what the figure
      // counts, as the noun would be after the figure, unless what happened to them follows ("the number of
      // pilgrims who died"): then the cue is read as before. People in general say nothing.
      if (unit.unit === GENERIC_PEOPLE || roleAfterGroup(lex, tokens, unit.last, first)) return undefined;
      return unit.unit;
    }
    return undefined;
  }
  return undefined;
}

/** The most words between the comma closing a relative clause and the figure its count noun's verb reaches. */
const VERB_AFTER_RELATIVE = 2;

/**
 * «ارتفاع عدد قتلى الزلزال الذي ضرب المملكة …، ارتفع إلى 2122», "the death toll from the quake that struck on
 * Friday, rose to 2,122": a relative clause opened without a comma and closed by the comma at tokens[close] stands
 * between the count noun and its verb. The index of its relative pronoun, with no figure or other clause break
 * inside; else undefined.
 */
function relativeClosedAt(lex: UnitLexicons, tokens: readonly Token[], close: number, sentence: Span): number | undefined {
  if (!LIST_COMMA.test((tokens[close] as Token).text) || insideNumber(tokens, close)) return undefined;
  for (let k = close - 1; k > 0 && k >= close - MAX_RELATIVE_CLAUSE_TOKENS; k--) {
    const t = tokens[k] as Token;
    if (t.start < sentence.start || t.kind === "digits" || t.kind === "punct") return undefined;
    if (lex.relatives.has(t.norm)) return (tokens[k - 1] as Token).kind === "word" ? k : undefined;
  }
  return undefined;
}

/** Whether a role cue or a unit stands in tokens[from..to). */
function cueBetween(lex: UnitLexicons, tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if ((tokens[k] as Token).kind === "word" && lex.roles.matchAt(tokens, k)) return true;
  return false;
}

/** The unit id of people in general ("people", «أشخاص»), which a count noun names without saying who they are. */
const GENERIC_PEOPLE = "person";

/** The most words between a named group and what happened to it ("pilgrims who died", "refugees killed"). */
const GROUP_ROLE_GAP = 2;

/** Whether a role cue stands right after a named group of people, before the figure. */
function roleAfterGroup(lex: UnitLexicons, tokens: readonly Token[], after: number, first: number): boolean {
  for (let k = after; k < first && k <= after + GROUP_ROLE_GAP; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== "word") return false;
    // Pilgrims who landed are still pilgrims: a cue of how people came leaves a named group its unit (RoleCue.keepsGroup).
    const role = lex.roles.matchAt(tokens, k);
    if (role) return !lex.groupKeepingRoles.has(role.value);
  }
  return false;
}

/** Words that may stand between a count noun and what it counts ("the number of cholera cases"). */
const COUNT_NOUN_MODIFIERS = 2;

/** The most words a label before a colon may have ("Evacuees:", "Confirmed deaths:"). */
const MAX_LABEL_WORDS = 3;

/**
 * "Evacuees: 4,403 people", "Dead: 12": a label of a few words opening the sentence, then a colon right before
 * the figure, names what the figure counts when it names a role or a group of people.
 */
function labelBefore(lex: UnitLexicons, tokens: readonly Token[], at: number, sentence: Span): string | undefined {
  const colon = tokens[at - 1];
  if (!colon || colon.kind !== "punct" || colon.text !== ":") return undefined;
  const open = at - 2 - MAX_LABEL_WORDS;
  let k = at - 2;
  while (k >= 0 && k > open && (tokens[k] as Token).kind === "word" && (tokens[k] as Token).start >= sentence.start) k--;
  const first = k + 1;
  if (first > at - 2 || (k >= 0 && (tokens[k] as Token).start >= sentence.start)) return undefined;
  const head = at - 2;
  for (let i = first; i <= head; i++) {
    const role = lex.roles.matchAt(tokens, i);
    if (role && role.last === head + 1) return role.value;
  }
  const unit = unitAt(lex, tokens, head);
  return unit && unit.last === head + 1 && (unit.person || lex.roleUnits.has(unit.unit)) && !unit.cued ? unit.unit : undefined;
}

/** No count of people in the news reaches this; a figure this large that names nothing is an amount. */
const MAX_PEOPLE = 1e9;

/** What a clause break between a figure and a cue adds to their distance, in tokens. */
const CLAUSE_DISTANCE = 3;

function roleNear(
  lex: UnitLexicons,
  tokens: readonly Token[],
  first: number,
  after: number,
  sentence: Span,
  sameClause: boolean,
  /**
   * The figure names the people it counts ("12 defendants"): a cue after it across a clause break belongs to
   * the next clause's figure («المتهمين الاثني عشر أحكام أخف، وبرأت المحكمة اثنين منهم»).
   */
  named = false,
  /** Tokens right after a figure (see ownedCue). */
  figureEnds?: ReadonlySet<number>,
  /**
   * The figure's first written token, its qualifier included: "killing at least 115 and injuring about 150
   * people" has "killing" right before its figure, nearer than "injuring" after it.
   */
  lead = first,
  /** Where the sentence's figures begin (see joinedFigureBefore). */
  figureLeads?: ReadonlySet<number>,
  /**
   * Where every other figure begins: a cue after this figure, in a clause joined on («42 غريقا فيما ارتفع عدد
   * الناجين إلى 163», "12 died while the number of injured rose to 40"), with a figure of its own after it, is
   * that figure's.
   */
  allLeads?: ReadonlySet<number>,
): string | undefined {
  const from = windowStart(lex, tokens, first, sentence);
  // "Nine more residents, including three children, were found dead": past a breakdown between commas, the
  // figure's clause goes on, and its cue after the closing comma is as near as one right after the figure.
  const resume = breakdownAppositionEnd(lex, tokens, after, sentence);
  const to = Math.min(tokens.length, Math.max(after, resume) + ROLE_WINDOW_AFTER);
  let best: { unit: string; distance: number } | undefined;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.start < sentence.start || t.start >= sentence.end || (i >= first && i < after)) continue;
    const m = lex.roles.matchAt(tokens, i) ?? beforeName(lex, tokens, i);
    if (!m || compoundTail(tokens, i)) continue;
    // A cue read as the figure's own qualifier ("the toll has crossed 126": over 126), or one that right before its
    // figure has another sense (RoleCue.cuesNotRightBefore), says nothing of what the figure counts.
    if (i < first && (m.last > lead || (m.last === lead && lex.rolesNotRightBefore.matchAt(tokens, i)?.last === m.last))) continue;
    // «تسجيل 32 وفاة وإصابة 66 آخرين»: a cue of several words whose first is another figure's noun is read from its
    // next word on («وإصابة»), not as one cue («وفاة وإصابة», the dead and injured together).
    if (i < first && m.last - i > 1 && figureEnds?.has(i)) continue;
    // "unknown if the six are alive or dead": a cue offered as one of two states says neither happened.
    if (disjoined(lex, tokens, i, m.last)) continue;
    const tail = resume > 0 && i >= resume ? resume : after;
    const broken = i < first ? clauseBreak(tokens, m.last, first) : clauseBreak(tokens, tail, i);
    if (sameClause && (broken || (i < first && joinedClause(lex, tokens, m.last, first)))) continue;
    // "97 people were killed when 14 coaches derailed": a figure naming what it counts is not what a cue before
    // a word opening its clause happened to.
    if (sameClause && i < first && clauseOpensBetween(lex, tokens, m.last, lead)) continue;
    if (named && broken && i >= after) continue;
    if (i >= after && figureLeads?.has(m.last)) continue;
    if (i >= after && allLeads && clauseOpener(lex, tokens, after, i) && figureFollows(tokens, m.last, sentence, allLeads)) continue;
    if (i >= after && allLeads && figureOfLaterClause(lex, tokens, after, i, allLeads)) continue;
    // «ارتفع عدد قتلى الزلزال ... إلى 2122 والمصابين إلى 2421»: a cue glued to a conjunction right after the
    // figure, with a figure of its own after it, is the next item of the list, as such a noun is (coordinatedNoun).
    if (i === after && allLeads && gluedToConjunction(lex, m) && figureFollows(tokens, m.last, sentence, allLeads)) continue;
    // «توفي 40 شخصا وتم نقل 50 شخصا إلى المستشفى», «لقي 30 شخصا حتفهم وقد نقل 45»: a cue next to another figure,
    // with a clause joined on between them and this one, is that figure's. A joiner right before this figure only lists it ("killed 41
    // people and 12 children").
    if (i < first && allLeads && cueOfOtherFigure(lex, tokens, i, m.last, lead, allLeads)) continue;
    // "One man was killed, while 300 people were without power": a word that only opens a clause (not "and",
    // which also lists) between a cue and this figure leaves the cue to the clause before.
    if (i < first && clauseOpener(lex, tokens, m.last, lead)) continue;
    // «وقال الشهود الذين وصلوا مع أقاربهم المصابين، إن أكثر من 1000 شخص كانوا داخل القاعة»: a cue in the words
    // that say who speaks is not what the statement after the comma and its complementiser counts.
    if (i < first && reportedAfter(lex, tokens, m.last, lead)) continue;
    // "12 more dead, over 40 lakh residents affected": a cue before a clause break with another figure after it
    // is that figure's, not the named people's of the next clause.
    // A breakdown cue between them makes the figure part of that clause's ("among the dead, including 8 Americans").
    if (named && broken && i < first && figureInClause(tokens, i, m.last, first, sentence) && !breakdownBetween(lex, tokens, m.last, first)) continue;
    // "The death toll rose to 28 even as 150 people were feared trapped": so is a cue whose figure comes after it,
    // with a word opening another clause (not "and": "killed 28 civilians and 150 soldiers") before this one.
    if (named && !broken && i < first && figureThenClause(lex, tokens, m.last, lead)) continue;
    // "Women, children among the dead; 22 in critical condition": a semicolon parts two statements.
    if (semicolonBetween(tokens, i < first ? m.last : after, i < first ? lead : i)) continue;
    // "At least 6 dead as the storm cuts power to almost 2 million": a cue that is the noun of the figure right
    // before it, with a new clause opening after it, is that figure's.
    if (i < first && figureEnds?.has(i) && ownedCue(lex, tokens, m.last, first)) continue;
    // A cue in the figure's own clause wins over one as near across a comma ("500 were evacuated, and 12 to
    // 15 people were arrested").
    const distance = (i < first ? Math.max(0, lead - m.last) : i - tail) + (broken ? CLAUSE_DISTANCE : 0);
    if (!best || distance < best.distance) best = { unit: m.value, distance };
  }
  return best?.unit ?? (allLeads ? clauseEndRole(lex, tokens, after, sentence, allLeads) : undefined);
}

/** Tokens after a figure within which a cue closing its clause is read (RoleCue.clauseEndCues). */
const CLAUSE_END_REACH = 12;

/**
 * The role a cue closing the figure's clause gives it (RoleCue.clauseEndCues), read up to CLAUSE_END_REACH tokens
 * after the figure ending before token `after`: «لكن 181 مهاجرا وخمسة يمنيين من أفراد الطاقم ما زالوا في عداد
 * المفقودين». Not past a clause break or a word opening a clause, nor past another figure unless a conjunction
 * lists it with this one («وخمسة»): «300 شخص كانوا على متن القارب ونجا 50 … في عداد المفقودين» leaves the 300 alone.
 */
function clauseEndRole(lex: UnitLexicons, tokens: readonly Token[], after: number, sentence: Span, leads: ReadonlySet<number>): string | undefined {
  const cues = lex.rolesAtClauseEnd;
  if (!cues) return undefined;
  for (let i = after; i < tokens.length && i < after + CLAUSE_END_REACH; i++) {
    const t = tokens[i] as Token;
    if (t.start >= sentence.end || (t.kind === "punct" && CLAUSE_END.test(t.text))) return undefined;
    const m = cues.matchAt(tokens, i);
    if (m) return m.value;
    if (t.kind === "word" && lex.clauseOpeners.has(t.norm)) return undefined;
    if (leads.has(i) && !listedFigure(lex, tokens, i)) return undefined;
  }
  return undefined;
}

/** Whether the figure beginning at token `k` is listed by a conjunction before it, glued («وخمسة») or apart. */
function listedFigure(lex: UnitLexicons, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  if (lex.clauseJoinerPrefixes.some((c) => t.norm.length > c.length && t.norm.startsWith(c))) return true;
  const before = tokens[k - 1];
  return before !== undefined && before.kind === "word" && lex.clauseJoiners.has(before.norm) && !lex.clauseOpeners.has(before.norm);
}

/** Words of a figure's own phrase that may stand between it and the comma opening a breakdown ("more residents"). */
const MAX_PHRASE_WORDS = 3;

/**
 * The token after the closing comma of a breakdown set between commas right after a figure's phrase (", including
 * 26 women and three children,"); -1 when there is none, or the breakdown ends its sentence or clause otherwise.
 */
function breakdownAppositionEnd(lex: UnitLexicons, tokens: readonly Token[], after: number, sentence: Span): number {
  let k = after;
  while (k < tokens.length && k < after + MAX_PHRASE_WORDS && (tokens[k] as Token).kind === "word") k++;
  const open = tokens[k];
  if (!open || open.kind !== "punct" || open.text !== ",") return -1;
  const cue = lex.breakdowns.matchAt(tokens, k + 1);
  if (!cue) return -1;
  for (let j = cue.last; j < tokens.length && j <= cue.last + MAX_APPOSITION; j++) {
    const t = tokens[j] as Token;
    if (t.start >= sentence.end) return -1;
    if (t.kind !== "punct" || insideNumber(tokens, j)) continue;
    if (t.text === "," || t.text === "،") return j + 1;
    if (CLAUSE_END.test(t.text) || t.text === "(") return -1;
  }
  return -1;
}

/**
 * Whether another figure stands between a figure ending before token `after` and a cue at `cue`, in a clause
 * joined after the figure's own and not as one more item of a list: the cue is that figure's («تضرر نحو 10
 * آلاف شخص وتسببت في 15 حالة وفاة», "affecting 10,000 people and causing 15 deaths"). Figures joined by the
 * conjunction itself share the cue after both ("3 Americans and 2 Britons were killed").
 */
function figureOfLaterClause(lex: UnitLexicons, tokens: readonly Token[], after: number, cue: number, leads: ReadonlySet<number>): boolean {
  for (let k = after; k < cue; k++) {
    if (!leads.has(k)) continue;
    const before = tokens[k - 1] as Token;
    return before.kind === "word" && !lex.clauseJoiners.has(before.norm) && joinedClause(lex, tokens, after, k);
  }
  return false;
}

/**
 * Whether another figure stands next to the cue at tokens[cue, cueEnd) (before it, «لقي 30 شخصا حتفهم», or between
 * it and this figure), with a clause joined on after both and short of tokens[lead - 1].
 */
function cueOfOtherFigure(lex: UnitLexicons, tokens: readonly Token[], cue: number, cueEnd: number, lead: number, leads: ReadonlySet<number>): boolean {
  for (let k = Math.max(0, cue - MAX_CUE_TOKENS); k < lead - 1; k++) {
    if (!leads.has(k)) continue;
    const from = Math.max(k + 1, cueEnd);
    // «قتل 10 أشخاص، وكان بينهم 3 أطفال»: a part of the first figure's people.
    return clauseOpener(lex, tokens, from, lead - 1) && !breakdownBetween(lex, tokens, from, lead);
  }
  return false;
}

/** Whether a comma right before a complementiser («، إن», ", that") stands among tokens[from, to). */
function reportedAfter(lex: UnitLexicons, tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++) {
    const t = tokens[k] as Token;
    const next = tokens[k + 1] as Token;
    if (t.kind === "punct" && (t.text === "," || t.text === "،") && next.kind === "word" && lex.complementisers.has(next.norm)) return true;
  }
  return false;
}

/** Whether a figure begins within a few tokens after a cue ending at `from`, in the cue's clause. */
function figureFollows(tokens: readonly Token[], from: number, sentence: Span, leads: ReadonlySet<number>): boolean {
  for (let k = from; k < tokens.length && k < from + MAX_CUE_TOKENS; k++) {
    const t = tokens[k] as Token;
    if (t.start >= sentence.end || (t.kind === "punct" && CLAUSE_END.test(t.text))) return false;
    if (leads.has(k)) return true;
  }
  return false;
}

/**
 * Whether, after a cue that follows a figure of its own ("6 dead") and ends at cueEnd, a word opening another
 * clause stands before the figure at `first`, with no breakdown cue ("6 dead, among them 2 children").
 */
function ownedCue(lex: UnitLexicons, tokens: readonly Token[], cueEnd: number, first: number): boolean {
  if (breakdownBetween(lex, tokens, cueEnd, first)) return false;
  for (let i = cueEnd; i < first; i++) {
    const t = tokens[i] as Token;
    if (t.kind === "word" && lex.clauseStarts.has(t.norm)) return true;
  }
  return false;
}

/** A figure among tokens[from, to), then a word opening a clause that is no joiner ("even as", "when") after it. */
function figureThenClause(lex: UnitLexicons, tokens: readonly Token[], from: number, to: number): boolean {
  let figure = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.kind === "digits") figure = true;
    else if (figure && t.kind === "word" && lex.clauseStarts.has(t.norm) && !lex.clauseJoiners.has(t.norm)) return true;
  }
  return false;
}

function semicolonBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.kind === "punct" && (t.text === ";" || t.text === "؛")) return true;
  }
  return false;
}

function clauseOpensBetween(lex: UnitLexicons, tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.kind === "word" && lex.clauseStarts.has(t.norm)) return true;
  }
  return false;
}

/**
 * A cue at tokens[first, last) offered by a disjunction against a word that is no cue ("alive or dead", "dead or
 * alive"). Two fates offered together ("died or went missing", "killed or wounded") still count the first.
 */
function disjoined(lex: UnitLexicons, tokens: readonly Token[], first: number, last: number): boolean {
  const isWord = (t: Token | undefined) => t !== undefined && t.kind === "word";
  const or = (t: Token | undefined) => isWord(t) && lex.disjunctions.has((t as Token).norm);
  const cueAt = (from: number, to: number) => {
    for (let i = Math.max(0, from); i < to && i < tokens.length; i++) if (isWord(tokens[i]) && lex.roles.matchAt(tokens, i)) return true;
    return false;
  };
  if (or(tokens[last]) && isWord(tokens[last + 1])) return !cueAt(last + 1, last + 1 + DISJUNCT_WORDS);
  if (or(tokens[first - 1]) && isWord(tokens[first - 2])) return !cueAt(first - 1 - DISJUNCT_WORDS, first - 1);
  return false;
}

/** Words the other side of a disjunction may take before its cue ("or went missing"). */
const DISJUNCT_WORDS = 2;

/** A bare figure that is the subject of the verb right after it ("one was airlifted"): see QuantityWords.subjectVerbs. */
function subjectOfVerb(lex: UnitLexicons, tokens: readonly Token[], q: Draft): boolean {
  if (q.unit !== undefined || lex.subjectVerbs.size === 0) return false;
  const t = tokens[q.tokenLast];
  return t !== undefined && t.kind === "word" && lex.subjectVerbs.has(t.norm) && (t.start < q.sentence.end);
}

/** "crash-landed", "half-dead": a cue glued by a hyphen to the word before it is part of another word. */
function compoundTail(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const dash = tokens[i - 1];
  const word = tokens[i - 2];
  return !t.spaceBefore && !!dash && dash.kind === "punct" && /^[-‐‑]$/u.test(dash.text) && !dash.spaceBefore && !!word && word.kind === "word";
}

/** The longest apposition between commas skipped when looking back for a cue. */
const MAX_APPOSITION = 12;

/**
 * Where to start looking for a cue before a figure: ROLE_WINDOW_BEFORE tokens back, not counting an apposition
 * between commas that opens with a determiner ("The death toll from the floods, the worst in decades, rose to 71").
 */
function windowStart(lex: UnitLexicons, tokens: readonly Token[], first: number, sentence: Span): number {
  let budget = ROLE_WINDOW_BEFORE;
  let i = first - 1;
  while (i >= 0 && budget > 0 && (tokens[i] as Token).start >= sentence.start) {
    const open = lex.appositionOpeners.size > 0 ? appositionOpen(lex, tokens, i, sentence) : -1;
    if (open >= 0) {
      i = open - 1;
      continue;
    }
    budget--;
    i--;
  }
  return i + 1;
}

/** The opening comma of ", the worst in decades," when tokens[close] is its closing comma; else -1. */
function appositionOpen(lex: UnitLexicons, tokens: readonly Token[], close: number, sentence: Span): number {
  if ((tokens[close] as Token).text !== ",") return -1;
  for (let k = close - 1; k >= 0 && k >= close - MAX_APPOSITION - 1; k--) {
    const t = tokens[k] as Token;
    if (t.start < sentence.start || t.kind === "digits") return -1;
    // Words may be joined inside it ("the worst-hit", "the state's").
    if (t.kind !== "punct" || /^[-‐‑–'’]$/u.test(t.text)) continue;
    if (t.text !== ",") return -1;
    const opener = tokens[k + 1];
    return k + 2 < close && opener && opener.kind === "word" && lex.appositionOpeners.has(opener.norm) ? k : -1;
  }
  return -1;
}

function breakdownBetween(lex: UnitLexicons, tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (lex.breakdowns.matchAt(tokens, i)) return true;
  return false;
}

/** Whether the clause of the cue tokens[cue..cueEnd) holds a figure of its own, before the figure at `first`. */
function figureInClause(tokens: readonly Token[], cue: number, cueEnd: number, first: number, sentence: Span): boolean {
  for (let i = cue - 1; i >= 0 && cue - i <= ROLE_WINDOW_BEFORE; i--) {
    const t = tokens[i] as Token;
    if (t.start < sentence.start || (t.kind === "punct" && CLAUSE_END.test(t.text))) break;
    if (t.kind === "digits") return true;
  }
  for (let i = cueEnd; i < first; i++) {
    const t = tokens[i] as Token;
    if (t.kind === "punct" && CLAUSE_END.test(t.text)) break;
    if (t.kind === "digits") return true;
  }
  return false;
}

/** A cue read only before a capitalised name ("reached Greece"), at tokens[i]. */
function beforeName(lex: UnitLexicons, tokens: readonly Token[], i: number): { value: string; last: number } | undefined {
  const m = lex.rolesBeforeName.matchAt(tokens, i);
  const next = m ? tokens[m.last] : undefined;
  return m && next && next.kind === "word" && isCapitalised(next.text) ? m : undefined;
}

const directionSets = new WeakMap<Locale, ReadonlySet<string>>();

/** A one-word direction of time (DateWords.directionsBefore: "last", "next") at tokens[j], a span of time after it. */
function datedAfter(lex: UnitLexicons, tokens: readonly Token[], j: number, locale: Locale): boolean {
  let set = directionSets.get(locale);
  if (!set) directionSets.set(locale, (set = new Set(locale.dates.directionsBefore.map(([w]) => fold(w)).filter((w) => !w.includes(" ")))));
  if (!set.has(tokens[j]!.norm)) return false;
  const span = unitAt(lex, tokens, j + 1);
  return span !== undefined && span.unit !== "times" && TIME_UNITS.has(span.unit);
}

const conjunctionSets = new WeakMap<Locale, ReadonlySet<string>>();

/** The locale's conjunctions between figures, folded once. */
function conjunctionsOf(locale: Locale): ReadonlySet<string> {
  let set = conjunctionSets.get(locale);
  if (!set) conjunctionSets.set(locale, (set = new Set(locale.quantities.conjunctions.map(fold))));
  return set;
}

/** "3 or 4 weeks", "الأسابيع الـ3 أو الـ4": two numbers joined by a conjunction count the same thing. */
function shareUnitsAcrossConjunctions(qs: Draft[], tokens: readonly Token[], locale: Locale): void {
  if (qs.length < 2) return;
  const conj = conjunctionsOf(locale);
  const markers = locale.quantities.postNominalMarkers;
  for (let k = 0; k + 1 < qs.length; k++) {
    const a = qs[k]!;
    const b = qs[k + 1]!;
    if (a.percent !== b.percent || (a.unit && b.unit)) continue;
    // The one token between them, markers aside; two or more (or none) join nothing.
    let only: Token | undefined;
    let count = 0;
    for (let i = a.tokenLast; i < b.tokenFirst && count < 2; i++) {
      const t = tokens[i]!;
      if (markers.includes(t.norm)) continue;
      only = t;
      count++;
    }
    if (count !== 1 || !conj.has(only!.norm)) continue;
    if (!b.unit && a.unit) {
      b.unit = a.unit;
      b.noun = undefined;
    } else if (!a.unit && b.unit) {
      a.unit = b.unit;
      a.noun = undefined;
    }
  }
}

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
function joinCompoundSpans(qs: Draft[], tokens: readonly Token[], locale: Locale): void {
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
function joinDualSpans(ms: QuantityMention[], tokens: readonly Token[], locale: Locale): void {
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

/**
 * Whether the conjunction at token j joins two adjectives before a noun: the word before it (`before`) and the
 * one after it are singular and no unit, and a lower-case word follows them ("current and former customers");
 * "3 dead and 5 injured" or "two boys and girls" (a plural before) are not.
 */
function coordinatedAdjective(lex: UnitLexicons, tokens: readonly Token[], j: number, before: string, locale: Locale): boolean {
  const next = tokens[j + 1];
  const noun = tokens[j + 2];
  const plainWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === "word" && t.spaceBefore && !isCapitalised(t.text) && !locale.stopwords.has(t.norm);
  if (!plainWord(next) || noun === undefined || noun.kind !== "word" || !noun.spaceBefore || locale.stopwords.has(noun.norm)) return false;
  if (lex.isPlural(before) || lex.isPlural(next.norm) || lex.isVerb(next.norm) || unitAt(lex, tokens, j + 1) !== undefined) return false;
  return true;
}

/** Single words of a locale's range wording: [from, to, between, and], folded. */
const rangeWordSets = new WeakMap<Locale, readonly ReadonlySet<string>[]>();

function rangeWordsOf(locale: Locale): readonly ReadonlySet<string>[] {
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
function joinDualRanges(ms: QuantityMention[], tokens: readonly Token[], locale: Locale, lex: UnitLexicons): void {
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
function markGrades(qs: Draft[], numbers: readonly NumberMention[], tokens: readonly Token[], lex: UnitLexicons): void {
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

/** A separator glued between digits ("17.25", "1,500"): part of a figure, not clause punctuation. */
function insideNumber(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return !!before && !!after && before.kind === "digits" && after.kind === "digits" && !tokens[i]!.spaceBefore && !after.spaceBefore;
}

/** Tokens a length's own conversion in brackets may span ("(140 kilometers)", "(140 km)"). */
const MAX_BRACKETED_CONVERSION = 6;

/**
 * "85 miles (140 kilometers) per hour": a length whose time comes after its conversion in brackets is a speed,
 * and so is the length in the brackets, not a distance to set against "70 miles south of Tampa".
 */
function markSpeed(q: Draft, lex: UnitLexicons, tokens: readonly Token[]): void {
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

function markCapacity(q: Draft, lex: UnitLexicons, tokens: readonly Token[]): void {
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
const MAX_RELATIVE_CLAUSE_TOKENS = 24;

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
function markRemainder(q: Draft, before: Draft | undefined, lex: UnitLexicons, tokens: readonly Token[]): void {
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
/** A quotation mark closing a name before the conjunction («"إسرائيل" و8 دول أخرى»). */
const CLOSING_QUOTE = /^["'\u201d\u2019»)]$/u;
const LIST_COMMA = /^[,،]$/u;

const HYPHENS = /^[-‐‑]$/u;
/** Words a verb of holding may have between it and the figure: its subject («الملعب», «ملعب المدينة»). */
const MAX_CAPACITY_SUBJECT_WORDS = 3;


/** Widest ratio between a gapped figure and the figure whose unit it takes: parallel counts are of a size. */
const GAPPED_RATIO = 3;
/** Punctuation that ends a clause; a quotation mark or a bracket may open what the figure counts («سوخوي 27»). */
const CLAUSE_END = /^[,،;؛:.]$/u;

/**
 * "Italy registered 31,529 sea arrivals …, while Greece recorded 17,682 and Spain 21,406": a figure followed by
 * nothing it could count (clause punctuation, a conjunction, a function word, the sentence's end) leaves its noun out because an
 * earlier clause named it. It takes the unit of the sentence's earlier counted figures when they all count
 * one thing, and only when it is of their size.
 */
function inheritGappedUnits(qs: Draft[], tokens: readonly Token[], locale: Locale): void {
  const conj = conjunctionsOf(locale);
  const lex = unitLexicons(locale);
  for (let k = 1; k < qs.length; k++) {
    const q = qs[k]!;
    if (q.unit || q.noun || q.percent || q.person || q.qualifier) continue;
    const next = tokens[q.tokenLast];
    // A function word after the figure ends its phrase as well as punctuation does ("down from 33.64 million in
    // October"): no noun came. Not a capital ("six A320s" is a code).
    // So does a word opening a percent's phrase («ونجح 13975 بنسبة نجاح 91%»).
    const bare = next === undefined || next.start >= q.sentence.end || (next.kind === "punct" && CLAUSE_END.test(next.text)) || conj.has(next.norm) || (next.kind === "word" && ((locale.stopwords.has(next.norm) && !isCapitalised(next.text)) || lex.percentCues.match(next.norm) !== undefined));
    if (!bare && !gapModified(lex, tokens, q, next)) continue;
    // "One died there, one was airlifted": a figure that is its verb's subject left out no noun.
    if (subjectOfVerb(lex, tokens, q)) continue;
    let unit: string | undefined;
    let near = false;
    let single = true;
    for (let m = k - 1; m >= 0; m--) {
      const p = qs[m]!;
      if (p.sentence.start !== q.sentence.start) break;
      if (p.percent || !p.unit) continue;
      if (unit !== undefined && p.unit !== unit) single = false;
      unit = p.unit;
      const [lo, hi] = p.value < q.value ? [p.value, q.value] : [q.value, p.value];
      if (lo > 0 && hi / lo <= GAPPED_RATIO) near = true;
    }
    if (unit === undefined || !single || !near) continue;
    q.unit = unit;
  }
}

/**
 * "the 165 needed for a majority": a figure after a determiner of a known whole (QuantityWords.partitiveDeterminers),
 * then a word of what it is for (QuantityWords.gapModifiers).
 */
function gapModified(lex: UnitLexicons, tokens: readonly Token[], q: Draft, next: Token | undefined): boolean {
  const before = tokens[Math.min(q.tokenFirst, firstTokenAtOrAfter(tokens, q.start)) - 1];
  return next?.kind === "word" && lex.gapModifiers.has(next.norm) && before?.kind === "word" && lex.partitiveDeterminers.has(before.norm);
}

/**
 * "1,546,345 pilgrims came via airports, whilst 60,251 came via land crossings, and 4,714 came through seaports":
 * the rest of a list whose head counts a named group repeats the head's verb and leaves the group out. A figure
 * with no group of its own (no unit, or only what a cue of how people came filled in) whose next word also stands
 * between the figure before it and itself takes that figure's group, so "and 4,714 arrived via seaports" counts
 * pilgrims as the head does, and meets «وصل … 4,714 حاجا» and "4,714 pilgrims arrived" elsewhere.
 */
function inheritParallelGroups(qs: Draft[], tokens: readonly Token[], lex: UnitLexicons): void {
  for (let k = 1; k < qs.length; k++) {
    const q = qs[k]!;
    const prev = qs[k - 1]!;
    if (prev.sentence.start !== q.sentence.start || !prev.person || prev.unit === undefined || prev.unit === GENERIC_PEOPLE || lex.roleUnits.has(prev.unit)) continue;
    if (q.percent || q.person || !Number.isInteger(q.value) || (q.unit !== undefined && !lex.groupKeepingRoles.has(q.unit))) continue;
    const next = tokens[firstTokenAtOrAfter(tokens, q.end)];
    if (!next || next.kind !== "word" || next.start >= q.sentence.end) continue;
    let repeated = false;
    for (let i = prev.tokenLast; i < q.tokenFirst && !repeated; i++) repeated = (tokens[i] as Token).kind === "word" && (tokens[i] as Token).norm === next.norm;
    if (!repeated) continue;
    q.unit = prev.unit;
    q.noun = undefined;
    q.person = true;
  }
}

const placeListWords = new WeakMap<Locale, { places: ReadonlySet<string>; prefixes: readonly string[] }>();

/** The locale's place prepositions and preposition prefixes, folded once (not per paragraph). */
function placeListWordsOf(locale: Locale): { places: ReadonlySet<string>; prefixes: readonly string[] } {
  let words = placeListWords.get(locale);
  if (!words) {
    words = { places: new Set((locale.quantities.placePrepositions ?? []).map(fold)), prefixes: locale.speech.prepositionPrefixes.map(fold) };
    placeListWords.set(locale, words);
  }
  return words;
}

/** Tokens after a figure where the place of its item of a list may stand («180 بحلب», «20 حالة بحلب»). */
const PLACE_WINDOW = 3;

/**
 * «بلغ عدد الإصابات 180 بحلب و29 بدير الزور و25 بالحسكة»: a list of counts broken down by place, each figure
 * followed by a preposition glued to its place. A figure after the conjunction whose only noun is such a word,
 * where the figure before it is followed by a word with the same glued preposition, counts what that figure
 * counts; the place was taken for its noun.
 */
function inheritPlaceListUnits(qs: Draft[], tokens: readonly Token[], locale: Locale): void {
  const conj = conjunctionsOf(locale);
  const { places, prefixes } = placeListWordsOf(locale);
  if (prefixes.length === 0) return;
  const glued = (t: Token | undefined): string | undefined =>
    t && t.kind === "word" ? prefixes.find((p) => t.norm.length > p.length + 2 && t.norm.startsWith(p)) : undefined;
  for (let k = 1; k < qs.length; k++) {
    const q = qs[k]!;
    const prev = qs[k - 1]!;
    if (q.unit || !q.noun || q.percent || !prev.unit || prev.percent || prev.sentence.start !== q.sentence.start) continue;
    const before = tokens[q.tokenFirst - 1];
    if (!before || !conj.has(before.norm)) continue;
    const p = glued(tokens[q.tokenLast]);
    if (p === undefined) continue;
    let parallel = false;
    let free = false;
    for (let i = prev.tokenLast; i < Math.min(prev.tokenLast + PLACE_WINDOW, q.tokenFirst - 1) && !parallel; i++) {
      parallel = glued(tokens[i]) === p;
      free ||= places.has((tokens[i] as Token).norm);
    }
    // «12 شخصا في حلب و5 بدمشق»: the first place may take the preposition written apart. Then the item must be
    // the figure and its place alone, up to the clause's end: «و5 بطانيات في حمص» counts blankets.
    if (!parallel && free) parallel = placeOnly(tokens, q.tokenLast + 1, places, conj);
    if (!parallel) continue;
    q.unit = prev.unit;
    q.noun = undefined;
  }
}

/**
 * Whether the words from tokens[from] up to the clause's end, or the list's next item, name a place only: a
 * few words, none of them a preposition written apart.
 */
function placeOnly(tokens: readonly Token[], from: number, places: ReadonlySet<string>, conj: ReadonlySet<string>): boolean {
  for (let i = from; i < tokens.length && i <= from + PLACE_WINDOW; i++) {
    const t = tokens[i] as Token;
    if (t.kind === "punct") return CLAUSE_END.test(t.text);
    if (t.kind === "digits" || conj.has(t.norm)) return true;
    if (t.kind !== "word" || places.has(t.norm)) return false;
  }
  return from + PLACE_WINDOW >= tokens.length;
}

/** `excluded` and the spans of scores, sorted: a dual inside a score («مقابل هدفين») counts nothing. */
function withScores(excluded: readonly Span[], numbers: readonly NumberMention[]): readonly Span[] {
  const scores = numbers.filter((n) => n.role === "score").map((n) => ({ start: n.start, end: n.phraseEnd }));
  return scores.length === 0 ? excluded : [...excluded, ...scores].sort((a, b) => a.start - b.start);
}

/** "مروحيتين", "شخصان": a dual is two of its noun; two people near a cue ("توفي شخصان") count what the cue says. */
function dualNouns(
  lex: UnitLexicons,
  tokens: readonly Token[],
  excluded: readonly Span[],
  taken: readonly { start: number; end: number }[],
  sentences: readonly Span[],
  senseOfDual: (norm: string, sentence: Span) => string | undefined,
): QuantityMention[] {
  const out: QuantityMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== "word") continue;
    const cued = cuedDual(lex, tokens, i);
    if (cued) {
      if (!overlapsAnySorted(excluded, t.start, cued.end) && !overlapsAnySorted(taken, t.start, cued.end)) {
        out.push({ start: t.start, end: cued.end, value: 2, interval: intervalOf(2, undefined, 1), unit: cued.unit, percent: false });
      }
      continue;
    }
    const hit = dualAt(lex, t.norm);
    if (!hit || overlapsAnySorted(excluded, t.start, t.end) || overlapsAnySorted(taken, t.start, t.end)) continue;
    // «جنديين اثنين»: the number word after the dual is the figure, and counts it.
    const next = tokens[i + 1];
    if (next && next.kind === "word" && lex.adjectivalNumbers.has(next.norm)) continue;
    const sentence = spanAt(sentences, t.start) ?? { start: t.start, end: t.end };
    // A dual counter takes the verb right before it, as a figure of one does («إلى وفاة حالتين»: two deaths).
    const own = lex.counters.has(hit.id) ? cueRightBefore(lex.roles, lex, tokens, t.start, sentence) : undefined;
    // Two people take a verb read only right before its figure as one figure does («وفقدان شخصين»: two missing),
    // and when what follows undoes it («وفقدان شخصين منازلهما») no cue of another clause counts them either.
    const rightBefore = hit.person ? rightBeforeRole(lex, tokens, t.start, i + 1, sentence) : undefined;
    const role = own ?? (rightBefore ? rightBefore.unit : hit.person ? roleNear(lex, tokens, i, i + 1, sentence, false) : undefined);
    // «سجل هدفين» in a match report: the dual takes the sense the article calls for, as a figure's noun does.
    out.push({ start: t.start, end: t.end, value: 2, interval: intervalOf(2, undefined, 1), unit: role ?? senseOfDual(t.norm, sentence) ?? hit.id, percent: false });
  }
  return out;
}

/** The unit a dual names, also with a conjunction glued before it («ثلاثة جرحى وقتيلين»: and two dead). */
function dualAt(lex: UnitLexicons, norm: string): UnitValue | undefined {
  const hit = lex.duals.get(norm);
  if (hit) return hit;
  const joiner = lex.clauseJoinerPrefixes.find((c) => norm.startsWith(c));
  return joiner === undefined ? undefined : lex.duals.get(norm.slice(joiner.length));
}

/**
 * «رفع الفائدة نقطتين», «بواقع نقطتين مئويتين»: a dual of a word read by its cue (QuantityWords.cuedReadings) is two
 * of what the cue makes it; a two-word dual of a unit («نقطتي أساس») is two of that unit wherever it stands.
 */
function cuedDual(lex: UnitLexicons, tokens: readonly Token[], i: number): { unit: string; end: number } | undefined {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  if (next && next.kind === "word" && next.spaceBefore && lex.dualPairHeads.has(t.norm)) {
    const pair = lex.duals.get(t.norm + " " + next.norm);
    if (pair) return { unit: pair.id, end: next.end };
  }
  // Asked of every word: one byte by word id says whether any reading's duals hold it (most words: none).
  if (lex.cuedDualWords.get(t) === 0) return undefined;
  for (const r of lex.cuedReadings) {
    if (r.duals.size === 0 || !r.duals.match(t.norm)) continue;
    for (let k = i - 1; k >= 0 && k >= i - READING_CUE_WORDS; k--) {
      const w = tokens[k] as Token;
      if (w.kind !== "word") break;
      if (r.cues.match(w.norm)) {
        const unit = r.units.find(([from]) => 2 >= from)?.[1];
        return unit ? { unit, end: t.end } : undefined;
      }
    }
  }
  return undefined;
}

function looksLikeYear(text: string): boolean {
  const digits = text.trim();
  if (!/^\p{Nd}{4}$/u.test(digits)) return false;
  const v = Number(toAsciiDigits(digits));
  return v >= 1800 && v <= 2100;
}

/** The token that holds `offset` (a number whose first word carries a clitic starts inside it), or the first after it. */
function tokenHolding(tokens: readonly Token[], offset: number): number {
  const k = firstTokenAtOrAfter(tokens, offset);
  const before = tokens[k - 1];
  return before && before.start < offset && before.end > offset ? k - 1 : k;
}
