/**
 * Date recognition: day-month-year dates in Arabic (Levantine and Gregorian month names, glosses such as
 * "26 تشرين الثاني (نوفمبر)") and English ("Nov. 26", "26 November", "September 30, 2015").
 */
import type { Locale } from "../../lang/types.js";
import type { Token } from "../../text/tokenize.js";

export interface DateMention {
  /** Offset of the first character of the date expression. */
  start: number;
  /** Offset after the expression, glosses included ("26 تشرين الثاني (نوفمبر)" is one date). */
  end: number;
  text: string;
  /** ISO "YYYY-MM-DD", "YYYY-MM", "--MM-DD" (year unknown) or "YYYY" (a year alone, not a claim). */
  value: string;
  /** True when the year was not written but taken from the publication date. */
  yearInferred: boolean;
}

export interface DateContext {
  /** Publication date of the article, ISO YYYY-MM-DD, to infer missing years. */
  published?: string;
}

/** Every date among `tokens` (the tokens of one paragraph of `text`), in order, non-overlapping. */
export function findDates(text: string, tokens: readonly Token[], locale: Locale, context: DateContext = {}): DateMention[] {
  void text;
  void tokens;
  void locale;
  void context;
  return [];
}
