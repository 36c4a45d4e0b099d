/**
 * Date recognition: day-month-year dates in Arabic (Levantine and Gregorian month names, glosses such as
 * "26 تشرين الثاني (نوفمبر)") and English ("Nov. 26", "26 November", "September 30, 2015"), numeric dates,
 * years after a cue ("عام 2014"), Hijri dates ("15 ذو الحجة 1446هـ"), the clock time of a date line, and,
 * with a publication date, year-less and relative dates ("أمس الخميس", "said on Thursday", "on the 7th").
 *
 * The engine knows no words: month and weekday names come from `locale.calendar`, everything written around
 * them from `locale.dates` (see words.ts); the shapes are in grammar.ts, the values in resolve.ts.
 */
import type { Locale } from "../../lang/types.js";
import type { Token } from "../../text/tokenize.js";
import { fold } from "../../text/normalize.js";
import { compileDateWords, type CompiledDateWords } from "./compile.js";
import { gates } from "../gates.js";
import { DateGrammar, type DateItem } from "./grammar.js";
import { resolveDate } from "./resolve.js";
import { parseIsoDate, type YMD } from "./calendarMath.js";

export interface DateMention {
  /** Offset of the first character of the date expression. */
  start: number;
  /** Offset after the expression, glosses included ("26 تشرين الثاني (نوفمبر)" is one date). */
  end: number;
  text: string;
  /**
   * ISO "YYYY-MM-DD", "YYYY-MM", "--MM-DD" (year unknown) or "YYYY" (a year alone, not a claim); or, for a
   * date of the Hijri calendar, "hijri:" and its Hijri fields in the same forms ("hijri:1446-12-15",
   * "hijri:--09", "hijri:1446"). Hijri dates are not converted (the months begin on a sighting of the moon,
   * which arithmetic cannot place exactly): they are recognised so their numbers are not read as figures,
   * and callers that want Gregorian dates ignore every value that is not ISO. "name" for a day that names
   * something («ثورة 25 يناير», «ملعب 17 أكتوبر 1961»): no date, and its numbers are no figures.
   */
  value: string;
  /** True when the year was not written but taken from the publication date. */
  yearInferred: boolean;
  /**
   * True when the whole date was computed from the publication date: "الخميس المقبل" (the coming Thursday),
   * "أمس الخميس" (yesterday, a Thursday), "said on Thursday" (the last Thursday on or before publication),
   * "on the 7th"; exact only if the publication date is.
   */
  relative?: true;
  /**
   * True when the date is all its paragraph holds but punctuation ("Sat 5 Jul 2025 10.30 BST", "Feb. 4, 2025,
   * updated 6:12 p.m. ET"): a page's date line, which says when the page was written, not what happened, and
   * is no claim.
   */
  dateLine?: true;
}

export interface DateContext {
  /** Publication date of the article, ISO YYYY-MM-DD, to infer missing years. */
  published?: string;
}

/** Every date among `tokens` (the tokens of one paragraph of `text`), in order, non-overlapping. */
export function findDates(text: string, tokens: readonly Token[], locale: Locale, context: DateContext = {}): DateMention[] {
  return resolveDateItems(text, tokens, dateItems(tokens, locale), context.published);
}

/**
 * What the dates among `tokens` say, before the publication date completes them: the reading of the words,
 * which depends on nothing else (extract/repeats.ts keeps it per repeated paragraph).
 */
export function dateItems(tokens: readonly Token[], locale: Locale): DateItem[] {
  const words = compileDateWords(locale);
  const items: DateItem[] = [];
  if (gates.on && !mayHoldDate(tokens, words)) return items;
  const grammar = new DateGrammar(tokens, words);
  let i = 0;
  let floor = 0;
  while (i < tokens.length) {
    const parse = grammar.parseAt(i, floor);
    if (!parse) {
      i++;
      continue;
    }
    for (const item of parse.items) items.push(item);
    i = Math.max(parse.next, i + 1);
    floor = i;
  }
  return items;
}

/** The mentions of `items` (from dateItems over the same tokens), with the publication date for what they leave unsaid. */
export function resolveDateItems(text: string, tokens: readonly Token[], items: readonly DateItem[], publishedIso: string | undefined): DateMention[] {
  const out: DateMention[] = [];
  if (items.length === 0) return out;
  const published = publishedDate(publishedIso);
  for (const item of items) {
    const resolved = resolveDate(item, published);
    const first = tokens[item.first];
    const last = tokens[item.last - 1];
    if (!resolved || !first || !last) continue;
    const start = first.start + prefixLength(first.text, item.prefix);
    const mention: DateMention = { start, end: last.end, text: text.slice(start, last.end), ...resolved };
    out.push(mention);
  }
  const only = out.length === 1 ? out[0] : undefined;
  if (only && tokens.every((t) => t.kind === "punct" || (t.start >= only.start && t.end <= only.end))) only.dateLine = true;
  return out;
}

// Every paragraph of an article passes the same publication date: it is read once (callers only read it).
let lastPublished: string | undefined;
let lastPublishedDate: YMD | undefined;

function publishedDate(iso: string | undefined): YMD | undefined {
  if (iso !== lastPublished) {
    lastPublishedDate = parseIsoDate(iso);
    lastPublished = iso;
  }
  return lastPublishedDate;
}

/** Characters of `raw` taken by the folded clitic `prefix` (tatweel and marks after it included: "بـ"). */
function prefixLength(raw: string, prefix: string): number {
  if (!prefix) return 0;
  let folded = "";
  let k = 0;
  while (k < raw.length && folded.length < prefix.length) folded += fold(raw[k++] as string);
  while (k < raw.length && fold(raw[k] as string) === "") k++;
  return k;
}

/**
 * Whether any token could start a date: DateGrammar.parseAt reads one only from a digit run or a word that
 * may start a date (a month, weekday, direction, part of a month or spelled day, see mayStartDate); every
 * other shape it knows starts at one of these and looks back for its lead words.
 */
function mayHoldDate(tokens: readonly Token[], words: CompiledDateWords): boolean {
  for (const t of tokens) if (t.kind === "digits" || (t.kind === "word" && words.mayStartDate(t))) return true;
  return false;
}
