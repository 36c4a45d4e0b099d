/**
 * Number recognition: finds every number written in a span of text, in digits (any script, with thousands and
 * decimal separators) or in words (with scale words, duals and conjunctions), with the qualifier or range
 * words around it. It reports numbers that are not quantities too (model designations, clock times,
 * reference numbers), marked with a role, so callers decide what to keep.
 *
 * Granularity, the step a figure's wording implies, is read from the written form: for a whole number,
 * 10^(trailing zeros) of its value ("2,289" → 1, "2,300" → 100, "240" → 10, "4 آلاف" → 1000, "240 ألف" →
 * 10,000, "2.5 million" → 100,000, "1.5bn" → 100,000,000); for a number that is not whole, the last written
 * decimal place or the fraction's unit ("2.5" → 0.1, "4.80" → 0.01, "واحد ونصف" → 0.5, "مليونين ونصف" → 500,000,
 * "two thirds" → 1/3).
 *
 * Values of numbers with a role: a clock time is its hour on the 24-hour clock plus minutes / 60 ("5:30 p.m." →
 * 17.5, "17,00 تغ" → 17); an identifier is its first digit group; a designation, reference, year or ordinal is the
 * number as written. Numbers too large to be a quantity (beyond Number.MAX_SAFE_INTEGER × 10^6, or more than 22
 * significant digits) are not reported at all; dozens of figures glued by commas are one identifier.
 */
import type { Qualifier } from "../../types.js";
import type { Locale } from "../../lang/types.js";
import type { Token } from "../../text/tokenize.js";
import { compileNumbers } from "./compile.js";
import { scanExpressions } from "./scan.js";
import { applyContext } from "./context.js";
import { mayHoldNumber } from "./gate.js";
import { gates } from "../gates.js";

/** Why a number is not a quantity of something. */
export type NumberRole =
  /** Part of a model or type designation: "Tu-160", "A321", "G20", "تو- 22 إم3", "سوخوي 34", "F-18". */
  | "designation"
  /** A clock time: "17,00 GMT", "17:00", "الساعة 5", "0117 GMT", «الرابعة وسبع عشرة دقيقة». */
  | "clock"
  /** An ordinal: "3rd", "21st", "الـ3" is not one ("الأسابيع الـ3" are three weeks). */
  | "ordinal"
  /** A reference number: "Article 51", "المادة 51", "No. 5", "resolution 2249", "page 3". */
  | "reference"
  /** A year: "in 2014", "عام 2014", "1446هـ", "the 1951 Refugee Convention" (years inside full dates are found by the date recogniser). */
  | "year"
  /** Telephone numbers ("020 7946 0321", "hotline 122"), codes and other digit strings that are identifiers. */
  | "identifier"
  /** Both sides of a match's score: "beat Ahly 2-1", «بنتيجة 2-1» (see NumberWords.scoreCues). */
  | "score";

export interface NumberMention {
  /** Offset of the number's first character (for a range, of its first number). */
  start: number;
  /** Offset after the number (for a range, after its second number; with a percent word or sign, after it). */
  end: number;
  /** The text of [start, end). */
  text: string;
  /** The value; for a range, the lower end. Always finite. */
  value: number;
  /** For a range ("between 20 and 30", "20-30", "من 20 إلى 30"): the upper end. */
  upper?: number;
  /**
   * The step the wording implies: 1 for "2,289", 100 for "2,300", 1000 for "4 آلاف" and "4 thousand", 0.1 for
   * "2.5". Approximations widen by it.
   */
  granularity: number;
  /** True when a percent sign or word belongs to the number ("12%", "12٪", "75 في المئة", "12 percent"). */
  percent: boolean;
  /** True when any part is written in words ("twelve", "ثلاثة آلاف", "2.5 million" is false, "4 آلاف" false). */
  spelled: boolean;
  /** Qualifier from the words around the number; absent for a plain figure. */
  qualifier?: Exclude<Qualifier, "exact">;
  /** Start of the whole phrase, qualifier words included (equals `start` when none). */
  phraseStart: number;
  /** End of the whole phrase, qualifier words included (equals `end` when none). */
  phraseEnd: number;
  /** Set when the number is not a quantity. */
  role?: NumberRole;
  /**
   * For a range made of two bounds ("more than 10 and less than 40", "at least 20 and at most 50"): whether
   * each end is excluded. Absent for ranges whose wording does not say ("between 20 and 30", "20-30").
   */
  lowerOpen?: boolean;
  upperOpen?: boolean;
  /** True when a word insists the figure is exact ("exactly 20", "equal to 20", "يساوي 20", "بالضبط"). */
  exact?: boolean;
  /** True when the value is a fraction written as one ("two thirds", "3/4", "ربع", "one in three"). */
  fraction?: boolean;
  /** True for a person's age written without its unit («أكبرهم في الثمانين», «في الستين من عمره»): years. */
  age?: boolean;
  /**
   * True for a span written "h:mm:ss" ("2:00:35", a race time): its value is in seconds. A time of day is
   * written to the minute; news copy gives seconds for a race or a record, not for when something happened.
   */
  duration?: boolean;
  /**
   * Set on the part of "X out of Y" / «X من أصل Y» (X < Y): the span and value of the whole Y, which is a mention
   * of its own. News gives both as figures to check ("17 out of 41 seats" is 17 seats and 41 seats); a reader that
   * wants the share divides. "X in Y" ("one in five") is a rate and stays one fraction mention.
   */
  partOf?: { start: number; end: number; value: number };
}

/**
 * Every number among `tokens` (the tokens of one paragraph of `text`, from text/tokenize.ts), in order of
 * position, non-overlapping. `text` is there to read what lies between tokens (spaces, invisible marks).
 */
export function findNumbers(text: string, tokens: readonly Token[], locale: Locale): NumberMention[] {
  if (tokens.length === 0) return [];
  const lex = compileNumbers(locale);
  if (gates.on && !mayHoldNumber(tokens, lex)) return [];
  const exprs = scanExpressions(text, tokens, lex);
  const final = applyContext(text, tokens, lex, exprs);
  const out: NumberMention[] = [];
  for (const e of final) {
    const m: NumberMention = {
      start: e.start,
      end: e.end,
      text: text.slice(e.start, e.end),
      value: e.value,
      granularity: e.granularity,
      percent: e.percent,
      spelled: e.spelled,
      phraseStart: Math.min(e.phraseStart, e.start),
      phraseEnd: Math.max(e.phraseEnd, e.end),
    };
    out.push(withOptionalFields(m, e, 0));
  }
  return out;
}

/** The fields a plain mention lacks, copied from `from` onto `m` with offsets moved by `by`, in one order (one shape). */
export function withOptionalFields(m: NumberMention, from: Omit<NumberMention, "text"> | NumberMention, by: number): NumberMention {
  if (from.upper !== undefined) m.upper = from.upper;
  if (from.qualifier) m.qualifier = from.qualifier;
  if (from.role) m.role = from.role;
  if (from.lowerOpen !== undefined) m.lowerOpen = from.lowerOpen;
  if (from.upperOpen !== undefined) m.upperOpen = from.upperOpen;
  if (from.exact) m.exact = true;
  if (from.fraction) m.fraction = true;
  if (from.age) m.age = true;
  if (from.duration) m.duration = true;
  if (from.partOf) m.partOf = { ...from.partOf, start: from.partOf.start + by, end: from.partOf.end + by };
  return m;
}
