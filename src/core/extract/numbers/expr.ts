/** The recogniser's working record of one number expression, before context (qualifiers, ranges) is added. */
import type { Qualifier } from "../../types.js";
import type { NumberRole } from "./index.js";

export interface Expr {
  /** Token span [first, last): the number itself, sign and percent word included once read. */
  first: number;
  last: number;
  start: number;
  end: number;
  value: number;
  granularity: number;
  spelled: boolean;
  /** Any part written in digits. */
  digits: boolean;
  /** The multiplier of a scale word or abbreviation applied last (1 when none): ranges share it ("20-30 ألف"). */
  scale: number;
  /** The one digit token, when the number is nothing but a bare digit run (years, identifiers). */
  bareDigits?: string;
  /** Decimal digits written ("17,00" has 2). */
  decimals: number;
  /** Integer part as written, for clock times. */
  intPart: number;
  /** Fractional digits as written, for clock times. */
  fracDigits: string;
  role?: NumberRole;
  listId?: number;
  /** A conjunction ("و", "and") came right before, glued or not. */
  conjBefore: boolean;
  /** Written definite (Arabic ال): a count only after a definite noun or a qualifier. */
  definite: boolean;
  negative: boolean;
  percent: boolean;
  fraction: boolean;
  /** A person's age written as a definite tens word (see NumberWords.ageLeads). */
  age?: boolean;
  /** A span written as hours, minutes and seconds ("2:00:35"); the value is in seconds (see NumberMention.duration). */
  duration?: boolean;
  /** Context, filled after the scan. */
  qualifier?: Exclude<Qualifier, "exact">;
  exact?: boolean;
  phraseStart: number;
  phraseEnd: number;
  /** First token of the phrase (qualifier included), for joining bounds. */
  phraseFirst: number;
  phraseLast: number;
  upper?: number;
  lowerOpen?: boolean;
  upperOpen?: boolean;
  /** Set when the qualifier phrase before started with a conjunction ("وأقل من"). */
  phraseConj?: boolean;
  /** Taken into the number before it ("الساعة 4 و17 دقيقة": the minutes of the clock time); not reported. */
  absorbed?: boolean;
  /** The whole this figure is a part of ("17 out of 41"): see NumberMention.partOf. */
  partOf?: { start: number; end: number; value: number };
}
