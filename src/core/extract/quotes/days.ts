/**
 * Outlets quoting one statement write its days their own way: the day in words or digits, before or after its
 * month ("the twenty-seventh of July", "July 27th", «السابع والعشرين من يوليو», «27 يوليو»). A date the
 * recogniser found inside a quotation is written as "27 July" (its year after it when the year was written)
 * before the statement is normalised, so that the wordings of one day are one, as figures are.
 *
 * Only a date made of nothing but its day, its month, its year and the words that join them is rewritten: a date
 * with a weekday, a direction ("last year", «الماضي») or a month named by reference («الشهر الجاري») keeps its
 * words, since writing it as a day would drop a word one outlet quoted and the other did not. A date computed
 * from the publication date is never rewritten either: two outlets published on different days would differ.
 */
import { firstTokenAtOrAfter, type Token } from "../../text/tokenize.js";
import type { Locale } from "../../lang/types.js";
import type { DateMention } from "../dates/index.js";
import { fold } from "../../text/normalize.js";

/** A span of the text to be read as `text` in a quoted statement. */
export interface Rewrite {
  start: number;
  end: number;
  text: string;
}

interface DayWords {
  /** Folded words a rewritten date may hold besides digits and punctuation. */
  allowed: ReadonlySet<string>;
  /** Folded month names (single words). */
  months: ReadonlySet<string>;
  /** Month number → its first listed name, as written. */
  firstName: ReadonlyMap<number, string>;
  prefixes: readonly string[];
  /** Folded articles a day takes in when right before it (DateWords.dayArticles). */
  articles: ReadonlySet<string>;
}

const cache = new WeakMap<Locale, DayWords>();

function dayWords(locale: Locale): DayWords {
  let words = cache.get(locale);
  if (words) return words;
  const w = locale.dates;
  const allowed = new Set<string>();
  const months = new Set<string>();
  const firstName = new Map<number, string>();
  const addWords = (phrase: string, into: Set<string>) => {
    for (const part of fold(phrase).split(/[\s\-]+/u)) if (part) into.add(part);
  };
  for (const [name, month] of locale.calendar.months) {
    if (!firstName.has(month)) firstName.set(month, name);
    addWords(name, months);
  }
  for (const [phrase] of w.spelledDays) addWords(phrase, allowed);
  for (const [phrase] of w.monthDays ?? []) addWords(phrase, allowed);
  for (const list of [w.ordinalSuffixes, w.dayMonthLinks, w.yearLinks, w.dayYearSeparators, w.eraWords]) {
    for (const phrase of list) addWords(phrase, allowed);
  }
  const prefixes = locale.clitics.prefixes.map(fold);
  const articles = new Set((w.dayArticles ?? []).map(fold));
  cache.set(locale, (words = { allowed, months, firstName, prefixes, articles }));
  return words;
}

const DAY_VALUE = /^(\d{4}|-)-(\d{2})-(\d{2})$/;

/**
 * The dates wholly inside [start, end) that say only a day of a named month (and its year), each with the text it
 * is read as; `tokens` are the paragraph's, `dates` sorted by start.
 */
export function daysWritten(
  start: number,
  end: number,
  dates: readonly DateMention[],
  tokens: readonly Token[],
  locale: Locale,
): Rewrite[] {
  const out: Rewrite[] = [];
  for (const d of dates) {
    if (d.start < start || d.relative) continue;
    if (d.end > end) break;
    const m = DAY_VALUE.exec(d.value);
    if (!m) continue;
    const words = dayWords(locale);
    const name = words.firstName.get(Number(m[2]));
    if (name === undefined || !onlyDayWords(d, tokens, words)) continue;
    const year = d.yearInferred || m[1] === "-" ? "" : ` ${m[1]}`;
    out.push({ start: articleBefore(d.start, start, tokens, words), end: d.end, text: `${Number(m[3])} ${name}${year}` });
  }
  return out;
}

/** The start of an article right before the day at `offset` ("the 27th of July"), or `offset`; never before `floor`. */
function articleBefore(offset: number, floor: number, tokens: readonly Token[], words: DayWords): number {
  if (words.articles.size === 0) return offset;
  const t = tokens[firstTokenAtOrAfter(tokens, offset) - 1];
  return t && t.kind === "word" && t.start >= floor && t.end < offset && words.articles.has(t.norm) ? t.start : offset;
}

/** Whether every word of the date is a day, month, year or joining word, and one of them names the month. */
function onlyDayWords(d: DateMention, tokens: readonly Token[], words: DayWords): boolean {
  let month = false;
  // The token holding the date's start may begin before it (a clitic glued to the day).
  for (let k = Math.max(0, firstTokenAtOrAfter(tokens, d.start) - 1); k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.end <= d.start) continue;
    if (t.start >= d.end) break;
    if (t.kind !== "word") continue;
    const norm = stripPrefix(t.norm, words);
    if (words.months.has(norm)) month = true;
    else if (!words.allowed.has(norm)) return false;
  }
  return month;
}

/** A folded word without one clitic it may carry («ويوليو», «والعشرين»), when the rest is a known word. */
function stripPrefix(norm: string, words: DayWords): string {
  if (words.months.has(norm) || words.allowed.has(norm)) return norm;
  for (const p of words.prefixes) {
    if (norm.length <= p.length + 1 || !norm.startsWith(p)) continue;
    const rest = norm.slice(p.length);
    if (words.months.has(rest) || words.allowed.has(rest)) return rest;
  }
  return norm;
}
