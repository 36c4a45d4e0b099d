/**
 * Figures that name, date or bound rather than count: model numbers ("Su-34"), a year before a singular noun, a
 * named year, the label of a period, an exchange rate, a span of time, an age.
 */
import type { Locale } from "../../lang/types.js";
import { firstTokenAtOrAfter, type Token } from "../../text/tokenize.js";
import type { Span } from "../../text/segment.js";
import { isCapitalised } from "../../text/chars.js";
import type { NumberMention } from "../numbers/index.js";
import { unitAt, type UnitLexicons } from "./units.js";
import { CURRENCY_UNITS, TIME_UNITS } from "../../align/constants.js";
import { type UnitFound, tokenHolding } from "./draft.js";
import { conjunctionsOf, HYPHENS, CLAUSE_END } from "./clauses.js";
import { isCurrencyUnit, NO_MODELS, senseOf } from "./countedNoun.js";

/**
 * "The 1982 strike", "its 2019 report": a year-like figure after a determiner and before a singular noun is the
 * year of that one thing, not a count of them (which would be plural: "the 2000 soldiers"). Not a span of time, a
 * currency or an abbreviated measure ("the 2000 km route" is a distance).
 */
export function yearBeforeSingular(n: NumberMention, found: UnitFound, lex: UnitLexicons, tokens: readonly Token[], first: number, last: number, locale: Locale): boolean {
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
export function namedYear(lex: UnitLexicons, tokens: readonly Token[], first: number, after: number, sentence: Span, locale: Locale): boolean {
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
export function definiteWordAt(lex: UnitLexicons, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prefixes = lex.countedNounEndings?.notPrefixes;
  return !!prefixes && !!t && t.kind === "word" && t.spaceBefore && prefixes.some((p) => t.norm.startsWith(p) && t.norm.length > p.length + 1);
}

/** The years a figure before a singular noun may name (see yearBeforeSingular). */
const YEAR_MIN = 1900;
const YEAR_MAX = 2100;

/** Tokens before a figure its clause's currency may stand at ("the Egyptian pound weakened to 50.85 to the dollar"). */
const EXCHANGE_SUBJECT_TOKENS = 8;

/**
 * "The pound traded at 50.85 to the dollar": a figure right before a phrase of exchange (QuantityWords.exchangeAfter)
 * counts the currency named before it in its clause, read in the sense the article calls for (the pound of an
 * article on Egypt); undefined when none is.
 */
export function exchangedCurrency(lex: UnitLexicons, tokens: readonly Token[], first: number, after: number, sentence: Span, senses: ReadonlySet<number>): string | undefined {
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

/** Adjectives a period label may take before its noun of reporting ("half year financial performance"). */
const MAX_LABEL_GAP = 2;

/**
 * A singular span of time used as a label, not a duration: before a noun of reporting ("half year results", "a
 * six-month report"), or capitalised inside a name after a word that is not ("the 10th Five-Year Development
 * Plan"; a headline in title case, "Gets Five-Year Sentence", keeps its term).
 */
export function periodLabel(lex: UnitLexicons, tokens: readonly Token[], first: number, after: number): boolean {
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

/** The numbers read as model designations, as token spans: first token → the token after the designation. */
export function designationSpans(tokens: readonly Token[], numbers: readonly NumberMention[]): ReadonlyMap<number, number> {
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

/**
 * "4,111 targets in 2,299 sorties over 48 days", "raised pay by 25% over four years": a qualifier word right after
 * what was counted or a figure's percent mark, before a span of time, names the span rather than bounding it
 * ("lasted for over 48 hours" still bounds it).
 */
export function spanOfTime(n: NumberMention, found: UnitFound, tokens: readonly Token[], first: number, lex: UnitLexicons, locale: Locale): boolean {
  if (n.qualifier !== "over" && n.qualifier !== "under") return false;
  if (!found.unit || !TIME_UNITS.has(found.unit)) return false;
  const start = firstTokenAtOrAfter(tokens, n.phraseStart);
  const m = lex.spanWords.matchAt(tokens, start);
  if (m === undefined || m.last !== first) return false;
  const before = tokens[start - 1];
  return before !== undefined && (before.kind === "digits" || before.text === "%" || (before.kind === "word" && !locale.stopwords.has(before.norm)));
}

/** "as far as" before a figure that is no distance: the phrase bounds only the units it names. */
export function boundOfOtherUnits(n: NumberMention, found: UnitFound, tokens: readonly Token[], first: number, lex: UnitLexicons): boolean {
  if (!n.qualifier) return false;
  const m = lex.unitBounds.matchAt(tokens, firstTokenAtOrAfter(tokens, n.phraseStart));
  return m !== undefined && m.last === first && !(found.unit !== undefined && m.value.has(found.unit));
}

/**
 * "Salem al-Kaabi, 58, the former …": a bare whole number between commas right after a capitalised word and
 * before a lower-case word that is no conjunction ("Italy, 21, and Britain, 9" are counts).
 */
export function isAppositiveAge(n: NumberMention, tokens: readonly Token[], first: number, last: number, locale: Locale): boolean {
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
export function afterAgeCue(n: NumberMention, tokens: readonly Token[], first: number, lex: UnitLexicons): boolean {
  if (lex.ageCues.size === 0 || n.qualifier || n.percent || !Number.isInteger(n.value) || n.value < 1 || n.value > MAX_AGE) return false;
  const before = tokens[first - 1];
  return !!before && before.kind === "word" && lex.ageCues.has(before.norm);
}

/** The oldest age a bound names. */
const MAX_AGE = 120;
const AGE_BOUNDS: ReadonlySet<string> = new Set(["over", "under", "atLeast", "atMost", "range"]);

/** "children under five", "people over 65": a bound of a lifetime's size right after people is their age. */
export function isAgeBound(n: NumberMention, found: UnitFound, tokens: readonly Token[], lex: UnitLexicons): boolean {
  if (!n.qualifier || !AGE_BOUNDS.has(n.qualifier) || n.percent || n.value > MAX_AGE || !Number.isInteger(n.value)) return false;
  if (found.unit && found.unit !== "year") return false;
  const before = tokens[firstTokenAtOrAfter(tokens, n.phraseStart) - 1];
  return !!before && before.kind === "word" && !!lex.ageHolders.match(before.norm);
}
