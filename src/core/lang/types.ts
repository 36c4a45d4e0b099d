/**
 * What a language brings to crosscheck: word lists and rules, grouped by the part of the pipeline that reads
 * them. Each section's shape is defined beside the code that reads it; a new language is a folder under
 * src/core/lang/ that fills every section, plus one line in registry.ts.
 */
import type { LangCode } from "../types.js";
import type { CliticRules } from "./lexicon.js";
import type { NumberWords } from "../extract/numbers/words.js";
import type { QuantityWords } from "../extract/quantities/words.js";
import type { DateWords } from "../extract/dates/words.js";
import type { SpeechWords } from "../extract/quotes/words.js";
import type { AlignWords } from "../align/words.js";

/** Month and weekday names; read by the date recogniser and by the number recogniser (الخميس is not five). */
export interface CalendarWords {
  /** Every spelling of every month, with its number 1-12; multi-word names ("تشرين الثاني") allowed. */
  months: readonly (readonly [string, number])[];
  /** Weekday names with 0 = Sunday … 6 = Saturday. */
  weekdays: readonly (readonly [string, number])[];
}

export interface FurnitureWords {
  /**
   * Whole lines that are page furniture rather than article text ("Back to top", "اترك تعليقاً"), as
   * folded-and-collapsed text compared with the folded line; a line that starts with one of these and is
   * short is furniture too.
   */
  lines: readonly string[];
  /**
   * Words a date or time stamp line is made of besides numbers and month and weekday names ("updated",
   * "GMT", "p.m.", "تحديث", "بتوقيت"): such a line is a timestamp, not article text.
   */
  dateLineWords: readonly string[];
  /**
   * Headings of a list of links to other stories ("Related", "Most read", «الموضوعات المتعلقة»): the short
   * headline lines right after one, up to the first sentence, are furniture too (optional).
   */
  listHeadings?: readonly string[];
}

export interface Locale {
  code: LangCode;
  /** English name, for messages. */
  name: string;
  /**
   * How strongly a text sample looks like this language, 0..1. Detection picks the highest score; languages
   * that share a script tell themselves apart by their common words.
   */
  detect(sample: string): number;
  clitics: CliticRules;
  /** Folded words that a full stop follows without ending the sentence ("nov", "u.s", "mr"). */
  abbreviations: ReadonlySet<string>;
  /** Folded function words, left out when comparing the context of two claims. */
  stopwords: ReadonlySet<string>;
  calendar: CalendarWords;
  numbers: NumberWords;
  quantities: QuantityWords;
  dates: DateWords;
  speech: SpeechWords;
  furniture: FurnitureWords;
  /** Glossary that lets this language's sentences be compared with another language's (optional). */
  align?: AlignWords;
}
