/**
 * The shapes a date takes in the token stream, with every word supplied by the locale:
 *
 *   [weekday [direction] [,]] day [(sep day)…] [link] month [gloss] [[link] year [era]] [direction | year-ref]
 *   spelled-day link month …  after a cue only                                 "في الأول من كانون الأول"
 *   [weekday [,]] [direction] month [.] day [(sep day)…] [[,] year] [direction | year-ref]        (month first)
 *   [direction] [part] month [gloss] [[link] year]  [direction | year-ref]                        (no day)
 *   day [link] month-ref                                                       "13 الشهر الحالي"
 *   weekday relative-word | relative-word weekday                              "الخميس المقبل"
 *   year-cue year [(sep year)…]                                                "عام 2014"
 *   YYYY-MM-DD | D/M/YYYY | YYYY/M/D                                           numeric
 *   YYYY-YYYY                                                                  a year range: two years
 *   day-offset weekday                                                         "أمس الخميس"
 *   lead weekday          dated by the tense of its clause                     "on Thursday", "مساء الأربعاء"
 *   lead day ordinal      dated by the tense of its clause                     "on the 7th"
 *   year hijri-era                                                             "1446هـ"
 *
 * Month names are Gregorian or Hijri ("15 ذو الحجة 1446هـ"); a Hijri date takes only a Hijri year. A date
 * with a day may end with the clock time of a date line ("Sat 5 Jul 2025 10.30 BST").
 *
 * Each parse starts at one token and reads a bounded number of tokens ahead, except a run of day numbers
 * longer than a list, which is then skipped whole; so the scan stays linear whatever the input.
 */
import type { Token } from "../../text/tokenize.js";
import type { PhraseLexicon, PhraseMatch } from "../../lang/lexicon.js";
import type { CompiledDateWords, MonthName } from "./compile.js";
import type { DateDirection, TenseCue } from "./words.js";
import { isValidDate } from "./calendarMath.js";
import { isCapitalised } from "../../text/chars.js";

/** Years outside this span written after a month or a cue are counts, not years. */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 2199;
/** The same for Hijri years (1446 AH is 2024-25). */
const MIN_HIJRI_YEAR = 1300;
const MAX_HIJRI_YEAR = 1600;
/** Tokens after a named day's kind read for another weekday, the day it names («عطلة رسمية يوم الأحد المقبل»). */
const NAMED_DAY_AFTER = 4;
/** Words (numbers included) read around a weekday for the tense of its clause. */
const TENSE_REACH = 12;
/** Tokens, punctuation included, read at most on each side: a run of marks does not make the search long. */
const TENSE_TOKENS = 3 * TENSE_REACH;
/** At most this many days in one list ("13, 14 and 15 November"); longer runs of numbers are not dates. */
const MAX_LIST = 10;
/** A year range "2014-2015" spans at most this many years. */
const MAX_YEAR_RANGE = 10;

/** Marks that join digit runs into one number ("2.5", "10:30", "1,300"): a day or year is not inside one. */
const NUMBER_JOINERS = new Set([".", ",", ":", "\u066B", "\u066C", "/", "'", "’"]);
const NUMERIC_DATE_SEPARATORS = new Set(["/", "-", "."]);
const YEAR_RANGE_SEPARATORS = new Set(["-", "\u2013", "\u2014", "/"]);
const LIST_COMMAS = new Set([",", "\u060C"]);
const OPEN_GLOSS = new Map([["(", ")"], ["[", "]"]]);
const CLOCK_SEPARATORS = new Set([":", "."]);
const APOSTROPHES = new Set(["'", "\u2019"]);
/** Marks that end a sentence; a full stop only before a space and not after a single letter ("a.m."). */
const SENTENCE_ENDS = new Set(["!", "?", "\u061F", ";", "\u061B"]);

/** What one item of a parse says; the values are checked and completed in resolve.ts. */
export interface DateItem {
  /** Token span of the mention, end exclusive. */
  first: number;
  last: number;
  /** Folded clitic glued to the first token and left out of the mention ("و" of "وتشرين"). */
  prefix: string;
  year?: number;
  month?: number;
  day?: number;
  /** A year standing alone ("عام 2014"). */
  yearOnly?: boolean;
  direction?: DateDirection;
  /** Year relative to the publication year ("last year" = -1). */
  yearOffset?: number;
  /** Month relative to the publication month ("الشهر الحالي" = 0); set with `day`. */
  monthOffset?: number;
  /**
   * A weekday pinned by a relative word ("الخميس المقبل": the next one, never the publication day), or by
   * the tense of its clause (`fromTense`: "said on Thursday" is the publication day or one before it).
   */
  weekday?: { day: number; direction: "past" | "future"; fromTense?: true; weekSense?: true; recent?: true };
  /** A weekday named by its distance in days from the publication day ("أمس الخميس" = -1). */
  dayOffset?: { days: number; weekday: number };
  /**
   * A month written alone in a past clause: "started working in October", written in June, is no later October.
   * Only the past is read: "expected" also ends comparisons ("rose less than expected in July"), which would
   * otherwise read as the future.
   */
  pastTense?: true;
  /** A day of the month alone ("on the 7th"), in the month the tense points to. */
  ordinalDay?: { day: number; direction: "past" | "future" };
  /** A date of the Hijri calendar: month, day and year are Hijri and never completed. */
  hijri?: true;
  /** A day that names something («ثورة 25 يناير», «ملعب 17 أكتوبر 1961»): no date, and its numbers no figures. */
  name?: true;
}

export interface Parse {
  /** Items to report (several for a list of days or a year range); one marked `name` for "ثورة 25 يناير". */
  items: DateItem[];
  /** Token index where scanning resumes. */
  next: number;
}

interface Span {
  first: number;
  last: number;
}

interface MonthHit extends Span, MonthName {
  prefix: string;
}

interface DayHit extends Span {
  day: number;
  /** Written as a word ("الأول"): a day only before a link and a month. */
  spelled?: boolean;
  /** A day word read only right before a month («فاتح أكتوبر»). */
  direct?: boolean;
  prefix: string;
}

interface Start {
  first: number;
  prefix: string;
  direction?: DateDirection;
}

interface YearHit {
  year: number;
  last: number;
}

export class DateGrammar {
  /** Tokens before this index belong to an earlier parse: a look back for a lead word stops there. */
  private floor = 0;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly w: CompiledDateWords,
  ) {}

  /** The date starting at token `i` (or at a lead word just before it, at or after `floor`), if any. */
  parseAt(i: number, floor = 0): Parse | undefined {
    const t = this.tokens[i];
    if (!t) return undefined;
    this.floor = floor;
    if (t.kind === "digits") {
      return (
        this.numeric(i) ??
        this.wireDayMonth(i) ??
        this.yearRange(i) ??
        this.dayFirst(i, { first: i, prefix: "" }) ??
        this.hijriYear(i) ??
        this.yearAlone(i) ??
        this.ordinalDay(i)
      );
    }
    if (t.kind === "word" && this.w.mayStartDate(t)) {
      return this.weekdayFirst(i) ?? this.monthFirst(i, { first: i, prefix: "" }, false) ?? this.dayFirst(i, { first: i, prefix: "" });
    }
    return undefined;
  }

  // ---- pieces -------------------------------------------------------------------------------------------

  private glued(k: number): boolean {
    const t = this.tokens[k];
    return !!t && !t.spaceBefore;
  }

  private isPunct(k: number, marks: ReadonlySet<string> | string): boolean {
    const t = this.tokens[k];
    if (!t || t.kind !== "punct") return false;
    return typeof marks === "string" ? t.text === marks : marks.has(t.text);
  }

  /** Digits at `k` glued to a joiner and more digits on either side: part of a larger number. */
  private insideNumber(k: number): boolean {
    return this.continuesNumber(k) || this.numberContinues(k);
  }

  /** Digits at `k` follow other digits and a joiner ("300" of "1,300"). */
  private continuesNumber(k: number): boolean {
    return this.glued(k) && this.isPunct(k - 1, NUMBER_JOINERS) && this.glued(k - 1) && this.tokens[k - 2]?.kind === "digits";
  }

  /** Digits at `k` go on past a joiner ("1" of "1,300"). */
  private numberContinues(k: number): boolean {
    return this.isPunct(k + 1, NUMBER_JOINERS) && this.glued(k + 1) && this.glued(k + 2) && this.tokens[k + 2]?.kind === "digits";
  }

  /** Digits at `k` glued after a word other than a clitic: "A321", "إم3" are designations; "بـ30" is a day. */
  private gluedToWord(k: number): boolean {
    const prev = this.tokens[k - 1];
    return !!prev && this.glued(k) && prev.kind === "word" && !this.w.dayPrefixes.has(prev.norm);
  }

  private capitalised(k: number, prefix: string): boolean {
    if (!this.w.capitalisedNames) return true;
    const c = this.tokens[k]?.text.charAt(prefix.length) ?? "";
    return c !== c.toLowerCase() && c === c.toUpperCase();
  }

  private month(k: number, bare = false): MonthHit | undefined {
    const m = (bare ? this.w.bareMonths : this.w.months).matchAt(this.tokens, k);
    if (!m) return undefined;
    if (m.value.ambiguous && m.prefix) return undefined;
    if (!this.capitalised(k, m.prefix) && !this.lowercaseFits(k, m.last, m.value.ambiguous)) return undefined;
    // One literal shape for every hit (a spread of the entry gave Hijri and other months two).
    const v = m.value;
    return { month: v.month, ambiguous: v.ambiguous, hijri: v.hijri, first: k, last: m.last, prefix: m.prefix };
  }

  /**
   * A month name written in lower case ("on march 10, 2019", "5 november") where names take a capital: a month
   * only with a day number beside it, and, for a name that is also a word ("march", "may"), with the year too:
   * "thousands march 10 miles" is no date.
   */
  private lowercaseFits(first: number, last: number, ambiguous: boolean): boolean {
    const isDay = (t: Token | undefined) => !!t && t.kind === "digits" && t.norm.length <= 2 && Number(t.norm) >= 1 && Number(t.norm) <= 31;
    const isYear = (t: Token | undefined) => !!t && t.kind === "digits" && t.norm.length === 4 && Number(t.norm) >= MIN_YEAR && Number(t.norm) <= MAX_YEAR;
    const after = this.tokens[last];
    // month day[, ] year
    if (isDay(after)) {
      if (!ambiguous) return true;
      const sep = this.isPunct(last + 1, ",") ? last + 2 : last + 1;
      return isYear(this.tokens[sep]);
    }
    // day month [year]
    if (isDay(this.tokens[first - 1])) return !ambiguous || isYear(after);
    return false;
  }

  private day(k: number): DayHit | undefined {
    const t = this.tokens[k];
    if (t?.kind === "word") {
      const m = this.w.spelledDays.matchAt(this.tokens, k);
      if (m) return { day: m.value, first: k, last: m.last, spelled: true, prefix: m.prefix };
      const d = this.w.monthDays.matchAt(this.tokens, k);
      return d ? { day: d.value, first: k, last: d.last, spelled: true, direct: true, prefix: d.prefix } : undefined;
    }
    if (!t || t.kind !== "digits" || t.norm.length > 2) return undefined;
    const day = Number(t.norm);
    if (day < 1 || day > 31) return undefined;
    if (this.gluedToWord(k) || this.insideNumber(k)) return undefined;
    let last = k + 1;
    const after = this.tokens[last];
    if (after && after.kind === "word" && !after.spaceBefore && this.w.ordinalSuffixes.has(after.norm)) last++;
    return { day, first: k, last, prefix: "" };
  }

  /**
   * A list of days starting at `k`: "13", "13 و14", "26, 27 and 28". A run longer than MAX_LIST is not
   * a list of dates anyone writes; `overrun` is then the token after the run, which the caller skips whole.
   */
  private days(k: number): { days: DayHit[]; overrun?: number } {
    const first = this.day(k);
    if (!first) return { days: [] };
    const out = [first];
    if (first.spelled) return { days: out };
    let j = first.last;
    let count = 1;
    for (;;) {
      const sep = this.w.listSeparators.matchAt(this.tokens, j);
      const next = sep && this.day(sep.last);
      if (!next || next.spelled) break;
      if (++count <= MAX_LIST) out.push(next);
      j = next.last;
    }
    return count > MAX_LIST ? { days: out, overrun: j } : { days: out };
  }

  /**
   * A four-digit year at `k` with its era word; undefined for a count or another calendar's year. With
   * `hijri`, a Hijri year: in the Hijri span, with a Hijri era word or none.
   */
  private year(k: number, hijri = false): YearHit | undefined {
    const t = this.tokens[k];
    if (!t || t.kind !== "digits" || t.norm.length !== 4) return undefined;
    const year = Number(t.norm);
    const [min, max] = hijri ? [MIN_HIJRI_YEAR, MAX_HIJRI_YEAR] : [MIN_YEAR, MAX_YEAR];
    if (year < min || year > max || this.insideNumber(k)) return undefined;
    // "2014-2015" and "2015/11/26" are read elsewhere, as a range and a numeric date.
    if (this.glued(k + 1) && this.isPunct(k + 1, YEAR_RANGE_SEPARATORS) && this.tokens[k + 2]?.kind === "digits") return undefined;
    let last = k + 1;
    if (hijri) {
      const era = this.w.hijriEraWords.matchAt(this.tokens, last);
      if (era) return { year, last: era.last };
      if (this.w.eraWords.matchAt(this.tokens, last) || this.w.otherEraWords.matchAt(this.tokens, last)) return undefined;
    } else {
      const era = this.w.eraWords.matchAt(this.tokens, last);
      if (era) return { year, last: era.last };
      if (this.w.otherEraWords.matchAt(this.tokens, last)) return undefined;
    }
    if (this.tokens[last]?.kind === "word" && this.glued(last)) return undefined;
    return { year, last };
  }

  /** A year after a month or day: "2015", "عام 2015", ", 2015" (with `daySeparator`). */
  private yearAfter(k: number, daySeparator: boolean, hijri = false): YearHit | undefined {
    let j = k;
    if (daySeparator) {
      const sep = this.w.dayYearSeparators.matchAt(this.tokens, j);
      if (sep && this.year(sep.last, hijri)) j = sep.last;
    }
    const link = this.w.yearLinks.matchAt(this.tokens, j);
    return (link && this.year(link.last, hijri)) || this.year(j, hijri);
  }

  /** Past the full stop of an abbreviated month when a year follows it ("Dec. 2015"); a sentence's stop stays out. */
  private abbreviationDot(k: number, hijri = false): number {
    return this.isPunct(k, ".") && this.glued(k) && this.year(k + 1, hijri) ? k + 1 : k;
  }

  /**
   * The same month again, in parentheses or after a slash or a dash: "(نوفمبر)", "/تشرين الثاني", «02
   * سبتمبر-أيلول 2025» (a dash between two months is a range only when they differ).
   */
  private gloss(k: number, month: MonthName): number {
    const same = (m: MonthHit | undefined): m is MonthHit => !!m && m.month === month.month && !m.hijri === !month.hijri;
    if (this.isPunct(k, "/") || this.isPunct(k, "-") || this.isPunct(k, "\u2013")) {
      const m = this.month(k + 1, true);
      if (same(m)) return m.last;
    }
    const open = this.tokens[k];
    const close = open?.kind === "punct" ? OPEN_GLOSS.get(open.text) : undefined;
    if (close) {
      const m = this.month(k + 1, true);
      if (same(m) && this.isPunct(m.last, close)) return m.last + 1;
    }
    return k;
  }

  /**
   * The clock time of a date line after a date with a day ("…, 2025, updated 6:12 p.m. ET", "… 2025 10.30
   * BST"): the index after it, or `k` when none follows. "10.30" is a time only with a suffix or a zone.
   */
  private clockAfter(k: number): number {
    let j = k;
    for (let n = 0; n < 2; n++) {
      const link = this.w.timeLinks.matchAt(this.tokens, j);
      if (!link) break;
      j = link.last;
    }
    const h = this.tokens[j];
    const sep = this.tokens[j + 1];
    const m = this.tokens[j + 2];
    if (!h || h.kind !== "digits" || h.norm.length > 2 || this.continuesNumber(j) || this.gluedToWord(j)) return k;
    if (!sep || sep.kind !== "punct" || !CLOCK_SEPARATORS.has(sep.text) || !this.glued(j + 1)) return k;
    if (!m || m.kind !== "digits" || m.norm.length !== 2 || !this.glued(j + 2) || this.numberContinues(j + 2)) return k;
    if (Number(h.norm) > 23 || Number(m.norm) > 59) return k;
    let end = j + 3;
    const suffix = this.w.clockSuffixes.matchAt(this.tokens, end);
    if (suffix) end = suffix.last;
    const zone = this.w.timeZones.matchAt(this.tokens, end);
    if (zone) end = zone.last;
    if (sep.text === "." && !suffix && !zone) return k;
    return end;
  }

  /** What may follow a date: a year reference ("من العام الماضي") or a direction ("الماضي"). */
  private tail(k: number, hasYear: boolean): { last: number; yearOffset?: number; direction?: DateDirection } {
    if (!hasYear) {
      const ref = this.w.yearReferences.matchAt(this.tokens, k);
      if (ref) return { last: ref.last, yearOffset: ref.value };
    }
    const dir = this.w.directionsAfter.matchAt(this.tokens, k);
    if (dir) return { last: dir.last, direction: hasYear ? undefined : dir.value };
    return { last: k };
  }

  /** The day names a place: «ملعب 17 أكتوبر 1961», "the 17 October 1961 Stadium". */
  private namesPlace(first: number, end: number): boolean {
    if (this.endsWith(this.w.placeHeads, first - 1)) return true;
    const next = this.tokens[end];
    return !!next && next.kind === "word" && this.w.placeTails.has(next.norm) && isCapitalised(next.text);
  }

  /** A numbered noun stands right before token `first`, or with one word between (see DateWords.numberedHeads). */
  private afterNumberedHead(first: number): boolean {
    if (this.endsWith(this.w.numberedHeads, first - 1)) return true;
    return this.tokens[first - 1]?.kind === "word" && this.endsWith(this.w.numberedHeads, first - 2);
  }

  /**
   * «في مايو ويونيو», «بين يوليو تموز وديسمبر»: a month glued to a word of a list right after another month's name
   * is the list's next month, cued as the first one was.
   */
  private joinedToMonth(k: number, start: Start, month: MonthHit): boolean {
    return k === start.first && month.prefix !== "" && this.w.listClitics.has(month.prefix) && this.endsWith(this.w.months, k - 1);
  }

  private endsWith(lexicon: PhraseLexicon<unknown>, k: number): boolean {
    return k >= 0 && lexicon.matchEndingAt(this.tokens, k) !== undefined;
  }

  // ---- shapes -------------------------------------------------------------------------------------------

  /** Day first: "30 أيلول الماضي", "26 تشرين الثاني (نوفمبر)", "13 الشهر الحالي", "26th of November 2015". */
  private dayFirst(i: number, start: Start): Parse | undefined {
    const { days, overrun } = this.days(i);
    // Every later start inside an over-long run would read the rest of it again: skip it in one step.
    if (overrun !== undefined) return { items: [], next: overrun };
    const lastDay = days[days.length - 1];
    if (!lastDay) return undefined;
    const link = this.w.dayMonthLinks.matchAt(this.tokens, lastDay.last);
    if (lastDay.direct) {
      if (link || start.first !== i) return undefined;
    } else if (lastDay.spelled && (!link || start.first !== i || !this.endsWith(this.w.spelledDayCues, i - 1))) return undefined;
    if (start.first === i && days[0]?.prefix) start = { ...start, prefix: days[0].prefix };
    for (const k of link ? (lastDay.spelled ? [link.last] : [link.last, lastDay.last]) : [lastDay.last]) {
      // No clitic on a month after its day: "30 باب" is not "30 August".
      const month = this.w.dayMonthFirst ? this.month(k, true) : undefined;
      if (month) {
        let j = this.gloss(month.last, month);
        const year = this.yearAfter(this.abbreviationDot(j, month.hijri), false, month.hijri);
        if (month.hijri && month.ambiguous && !year) return undefined;
        if (year) j = year.last;
        const tail = this.tail(j, !!year);
        const fields = { month: month.month, year: year?.year, ...tail, direction: tail.direction ?? start.direction, hijri: month.hijri };
        return this.listParse(start, days, this.clockAfter(tail.last), fields);
      }
      const ref = this.w.monthReferences.matchAt(this.tokens, k);
      if (ref) return this.listParse(start, days, ref.last, { monthOffset: ref.value });
    }
    return undefined;
  }

  /**
   * Month first: "Nov. 26, 2015", "November 2015", "آذار (مارس) 2014", "تشرين الأول الماضي", "أواخر تشرين
   * الأول". With `needDay`, only a month followed by a day (after a weekday: "Tuesday, Dec. 15").
   */
  private monthFirst(i: number, start: Start, needDay: boolean): Parse | undefined {
    let k = i;
    let prefix = start.prefix;
    let direction = start.direction;
    const before = this.w.directionsBefore.matchAt(this.tokens, k);
    if (before) {
      if (k === start.first) prefix = before.prefix;
      direction = before.value;
      k = before.last;
    }
    const part = needDay ? undefined : this.w.monthParts.matchAt(this.tokens, k);
    if (part) {
      if (k === start.first) prefix = part.prefix;
      k = part.last;
    }
    const month = this.month(k);
    if (!month) return undefined;
    if (k === start.first) prefix = month.prefix;
    const head: Start = { first: start.first, prefix, direction };

    if (this.w.monthDayFirst && !part) {
      const dot = this.isPunct(month.last, ".") && this.glued(month.last) ? month.last + 1 : month.last;
      const { days, overrun } = this.days(dot);
      if (overrun !== undefined) return { items: [], next: overrun };
      const lastDay = days[days.length - 1];
      // "In November 26 people were killed": after a word that takes a month and never a day, a number
      // followed by a word counts it.
      const counted = !!lastDay && this.tokens[lastDay.last]?.kind === "word" && this.endsWith(this.w.monthOnlyCues, i - 1);
      if (lastDay && !counted) {
        const year = this.yearAfter(lastDay.last, true, month.hijri);
        if (month.hijri && month.ambiguous && !year) return undefined;
        const tail = this.tail(year ? year.last : lastDay.last, !!year);
        const fields = { month: month.month, year: year?.year, ...tail, direction: tail.direction ?? direction, hijri: month.hijri };
        return this.listParse(head, days, this.clockAfter(tail.last), fields);
      }
    }
    if (needDay) return undefined;

    let j = this.gloss(month.last, month);
    const glossed = j > month.last;
    const year = this.yearAfter(this.abbreviationDot(j, month.hijri), false, month.hijri);
    if (year) {
      const tail = this.tail(year.last, true);
      const item: DateItem = { first: start.first, last: tail.last, prefix, month: month.month, year: year.year };
      if (month.hijri) item.hijri = true;
      return { items: [item], next: tail.last };
    }
    // "آب (أغسطس)": the gloss shows the ambiguous word is the month.
    if (month.ambiguous && !glossed) return undefined;
    const tail = this.tail(j, false);
    j = tail.last;
    const cued = this.endsWith(this.w.monthCues, i - 1) || this.joinedToMonth(k, start, month);
    if (!(cued || part || before || glossed || tail.direction || tail.yearOffset !== undefined)) return undefined;
    const item: DateItem = { first: start.first, last: j, prefix, month: month.month, direction: tail.direction ?? direction };
    if (tail.yearOffset !== undefined) item.yearOffset = tail.yearOffset;
    else if (!item.direction && !month.hijri) {
      if (this.tense(cued ? i - 1 : start.first, start.first, j) === "past") item.pastTense = true;
    }
    if (month.hijri) item.hijri = true;
    return { items: [item], next: j };
  }

  /**
   * A weekday before a date ("الثلاثاء المقبل 15 كانون الأول"), pinned by a relative word ("الخميس المقبل"),
   * named by a day offset ("أمس الخميس"), or after a lead word and dated by its clause ("said on Thursday").
   */
  private weekdayFirst(i: number): Parse | undefined {
    const pinned = this.w.weekdayRelativeBefore.matchAt(this.tokens, i);
    const week = pinned ? undefined : this.weekRelative(i);
    const rel = pinned ?? week;
    const k = rel ? rel.last : i;
    const wd = this.w.weekdays.matchAt(this.tokens, k);
    if (!wd || !this.capitalised(k, wd.prefix)) return undefined;
    const prefix = rel ? rel.prefix : wd.prefix;
    if (!rel) {
      // The full stop of an abbreviation ("Weds., Sept. 30") belongs to the weekday when a date follows.
      let j = this.isPunct(wd.last, ".") && this.glued(wd.last) ? wd.last + 1 : wd.last;
      const dir = this.w.directionsAfter.matchAt(this.tokens, j);
      if (dir) j = dir.last;
      if (this.isPunct(j, LIST_COMMAS)) j++;
      const start: Start = { first: i, prefix, direction: dir?.value };
      const dated = this.dayFirst(j, start) ?? this.monthFirst(j, start, true);
      if (dated) return dated;
    }
    const after = rel ? undefined : this.w.weekdayRelativeAfter.matchAt(this.tokens, wd.last);
    const direction = rel?.value ?? after?.value;
    if (direction) {
      const last = after ? after.last : wd.last;
      const weekday = week ? { day: wd.value, direction, weekSense: true as const } : { day: wd.value, direction };
      return { items: [{ first: i, last, prefix, weekday }], next: last };
    }
    if (rel || wd.prefix) return undefined;
    const offset = this.lookBack(this.w.dayOffsets, i);
    if (offset) {
      // Consumed even when the weekday proves the publication date is not the writer's day: then no date.
      const dayOffset = { days: offset.value, weekday: wd.value };
      return { items: [{ first: offset.first, last: wd.last, prefix: offset.prefix, dayOffset }], next: wd.last };
    }
    if (this.namedDay(i, wd.last)) {
      return { items: [{ first: i, last: wd.last, prefix: "", weekday: { day: wd.value, direction: "future", fromTense: true } }], next: wd.last };
    }
    const lead = this.lookBack(this.w.weekdayLeads, i);
    // «أعلنت وزارة الصحة، الخميس، أن …», «اتفقت أوبك وحلفاؤها، الخميس، على خفض»: set off by commas, a weekday is
    // an aside that dates its clause, after a subject of any length; its verb's tense says which way.
    if (!lead && this.w.weekdayAfterPastVerb && this.isPunct(i - 1, LIST_COMMAS) && this.isPunct(wd.last, LIST_COMMAS) && !this.named(i, wd.last)) {
      const tense = this.tense(i, i, wd.last) ?? this.openingTense(i);
      if (tense) return { items: [{ first: i, last: wd.last, prefix: "", weekday: { day: wd.value, direction: tense, fromTense: true } }], next: wd.last };
    }
    const needsLead = this.w.weekdaysNeedingLead.has(this.tokens[i]!.norm);
    const reported = !needsLead && this.beforeComplementiser(wd.last);
    if (!lead && this.w.weekdayAfterPastVerb && !needsLead) {
      const verb = this.lookBack(this.w.tenseCues, i);
      if ((verb?.value === "past" || (!verb && this.pastVerbBeforeSubject(i, reported))) && !this.named(i, wd.last)) {
        return { items: [{ first: i, last: wd.last, prefix: "", weekday: { day: wd.value, direction: "past", fromTense: true } }], next: wd.last };
      }
    }
    if (!lead && reported && this.afterDefinite(i)) {
      const tense = this.tense(i, i, wd.last);
      if (tense === "past") return { items: [{ first: i, last: wd.last, prefix: "", weekday: { day: wd.value, direction: tense, fromTense: true } }], next: wd.last };
    }
    // "on Thursday's meeting": the weekday qualifies a noun; "the Mail on Sunday" is a name.
    if (!lead || this.isPunct(wd.last, APOSTROPHES) || this.named(i, wd.last)) return undefined;
    const tense = this.tense(lead.first, i, wd.last);
    if (!tense) {
      if (!this.afterDecision(lead.first)) return undefined;
      return { items: [{ first: i, last: wd.last, prefix: "", weekday: { day: wd.value, direction: "past", fromTense: true, recent: true } }], next: wd.last };
    }
    return { items: [{ first: i, last: wd.last, prefix: "", weekday: { day: wd.value, direction: tense, fromTense: true } }], next: wd.last };
  }

  /**
   * "agreed to cut output on Wednesday": whether the nearest infinitive marker before the lead at `first`, in
   * its sentence and with no other verb between, follows a verb of deciding and starts no event of its own
   * (DateWords.decisionInfinitives).
   */
  private afterDecision(first: number): boolean {
    const d = this.w.decisionInfinitives;
    if (!d) return false;
    let words = 0;
    for (let k = first - 1; k >= this.floor && k >= first - TENSE_TOKENS && words < TENSE_REACH; k--) {
      const t = this.tokens[k]!;
      if (t.kind === "punct") {
        if (this.endsSentence(k)) return false;
        continue;
      }
      words++;
      if (this.infinitive(k)) return !!d.verbs.matchEndingAt(this.tokens, k) && !d.eventVerbs.matchAt(this.tokens, k + 1);
      if (this.w.tenseCues.matchEndingAt(this.tokens, k) || this.pastByEnding(t) || this.w.clauseOpeners.matchEndingAt(this.tokens, k)) return false;
    }
    return false;
  }

  /** "declared Thursday a public holiday": the weekday at [i, last) is the object of a decision naming a day. */
  private namedDay(i: number, last: number): boolean {
    const d = this.w.namedDays;
    const kind = d?.kinds.matchAt(this.tokens, last);
    if (!d || !kind) return false;
    // «أعلنت الحكومة الخميس عطلة رسمية يوم الأحد»: a later weekday is the day off, the first one the announcement's.
    for (let k = kind.last; k < kind.last + NAMED_DAY_AFTER && k < this.tokens.length; k++) {
      if (this.endsSentence(k)) break;
      if (this.w.weekdays.matchAt(this.tokens, k)) return false;
    }
    for (let k = i; k >= i - d.subjectWords; k--) {
      if (this.lookBack(d.verbs, k)) return true;
      const t = this.tokens[k - 1];
      if (k - 1 < this.floor || !t || t.kind !== "word") return false;
    }
    return false;
  }

  /**
   * The tense of the verb that opens the sentence of token `i` («اتفقت مجموعة أوبك ومنتجو النفط المتحالفون معها، في
   * إطار …، الخميس،»): Arabic puts the verb first, and an aside may come after a subject longer than tense() reads.
   */
  private openingTense(i: number): "past" | "future" | undefined {
    const reach = i - 2 * TENSE_TOKENS;
    const stop = Math.max(this.floor, reach, 0);
    let k = i - 1;
    while (k >= stop && !this.endsSentence(k)) k--;
    // Stopped by the reach rather than the sentence's start: the opening verb is out of sight.
    if (k < stop && stop === reach && reach > this.floor) return undefined;
    const cue = this.w.tenseCues.matchAt(this.tokens, k + 1);
    return cue && cue.value !== "other" ? cue.value : undefined;
  }

  /**
   * Whether a past verb and its subject come right before token `i` («وقالت وزارة الصحة الأحد»), see
   * DateWords.weekdayAfterSubject. `reported`: a complementiser follows the weekday, so the subject may be
   * longer and end in a bare word («قال نتنياهو الأحد إن»).
   */
  private pastVerbBeforeSubject(i: number, reported: boolean): boolean {
    const s = this.w.weekdayAfterSubject;
    const last = this.tokens[i - 1];
    if (!s || !last || last.kind !== "word") return false;
    if (!reported && !this.definite(last, this.w.definitePrefixes.slice(0, 1))) return false;
    const maxWords = reported ? Math.max(s.maxWords, s.maxWordsBeforeComplementiser) : s.maxWords;
    for (let words = 1; words <= maxWords; words++) {
      const k = i - words;
      const t = this.tokens[k];
      if (k < this.floor || !t || t.kind !== "word") return false;
      if (s.notSubject.matchEndingAt(this.tokens, k) || this.w.clauseOpeners.matchEndingAt(this.tokens, k)) return false;
      const verb = this.lookBack(this.w.tenseCues, k);
      if (verb) return verb.value === "past";
    }
    return false;
  }

  /** A word with one of `prefixes` (the article) and more than a letter after it. */
  private definite(t: Token, prefixes: readonly string[]): boolean {
    return prefixes.some((p) => t.norm.length > p.length + 1 && t.norm.startsWith(p));
  }

  /** "next" or "last" before a weekday, unless it counts from a day of the story ("the next Thursday"). */
  private weekRelative(i: number): PhraseMatch<"past" | "future"> | undefined {
    const m = this.w.weekdayWeekRelativeBefore.matchAt(this.tokens, i);
    return m && !this.lookBack(this.w.weekdayWeekRelativeNotAfter, i) ? m : undefined;
  }

  /** Whether one of DateWords.weekdayBeforeComplementisers is the word at `last`, right after a weekday. */
  private beforeComplementiser(last: number): boolean {
    const after = this.tokens[last];
    return this.w.weekdayBeforeComplementisers.size > 0 && !!after && after.kind === "word" && this.w.weekdayBeforeComplementisers.has(after.norm);
  }

  /**
   * «قالت الوزارة الأحد إن»: the word before the weekday has the article. A bare noun there would make the
   * weekday a name's second word («خطبة الجمعة»); a bare name needs its verb (pastVerbBeforeSubject).
   */
  private afterDefinite(i: number): boolean {
    const before = this.tokens[i - 1];
    return i - 1 >= this.floor && !!before && before.kind === "word" && this.definite(before, this.w.definitePrefixes);
  }

  /** Whether the weekday at [i, last) is part of a name that ends with it or starts with it. */
  private named(i: number, last: number): boolean {
    const before = this.w.weekdayNames.matchEndingAt(this.tokens, last - 1);
    return (!!before && before.first < i) || !!this.w.weekdayNames.matchAt(this.tokens, i);
  }

  /** A phrase of `lexicon` ending just before token `i` and not reaching into an earlier parse. */
  private lookBack<T>(lexicon: PhraseLexicon<T>, i: number): PhraseMatch<T> | undefined {
    if (i - 1 < this.floor) return undefined;
    const m = lexicon.matchEndingAt(this.tokens, i - 1);
    return m && m.first >= this.floor ? m : undefined;
  }

  /** "on the 7th": a day alone, placed in a month by the tense of its clause. */
  private ordinalDay(i: number): Parse | undefined {
    const d = this.day(i);
    if (!d || d.last !== i + 2) return undefined;
    const lead = this.lookBack(this.w.ordinalDayLeads, i);
    if (!lead) return undefined;
    // "the 7th floor", "the 21st-century": an ordinal before a noun qualifies it.
    const next = this.tokens[d.last];
    if (next && next.kind !== "punct") return undefined;
    if (next && this.glued(d.last) && this.tokens[d.last + 1]?.kind === "word" && this.glued(d.last + 1)) return undefined;
    // The lead is read too: "since the 1st" is past.
    const tense = this.tense(lead.first, i, d.last);
    if (!tense) return undefined;
    return { items: [{ first: i, last: d.last, prefix: "", ordinalDay: { day: d.day, direction: tense } }], next: d.last };
  }

  /** "1446هـ", "1437 AH": a Hijri year alone, which its era word makes a year even without a cue. */
  private hijriYear(i: number): Parse | undefined {
    const y = this.year(i, true);
    if (!y || y.last === i + 1) return undefined;
    return { items: [{ first: i, last: y.last, prefix: "", year: y.year, yearOnly: true, hijri: true }], next: y.last };
  }

  // ---- tense --------------------------------------------------------------------------------------------

  /**
   * The tense of the clause around tokens [first, last), whose lead words start at `lead`: the nearest cue
   * before it within the sentence and the clause, else the nearest after it up to a comma (a trailing "…,
   * officials said" reports, it does not date; the comma after a sentence's opening "On Thursday," is
   * passed). Undefined when no cue is found or the nearest is neither past nor future.
   */
  private tense(lead: number, first: number, last: number): "past" | "future" | undefined {
    let words = 0;
    let opening = true;
    let event = false;
    for (let k = first - 1; k >= 0 && k >= first - TENSE_TOKENS && words < TENSE_REACH; k--) {
      const t = this.tokens[k]!;
      if (t.kind === "punct") {
        if (this.endsSentence(k)) break;
        continue;
      }
      words++;
      // "after the national cup final on Saturday": the event's noun phrase, then its clause's verb.
      if (!event && this.w.eventPrepositions.matchEndingAt(this.tokens, k)) {
        event = true;
        words = 0;
      }
      const cue = this.w.tenseCues.matchEndingAt(this.tokens, k);
      const verb = cue ? cue.first === k : this.pastByEnding(t);
      if (k < lead) opening = false;
      // "will be freed", "لم يصل": the auxiliary before a verb gives its tense.
      if (verb && this.afterAuxiliary(k, cue ? cue.value : "past")) continue;
      if (cue) return cue.value === "other" ? undefined : cue.value;
      if (verb || this.sameFormPastAt(k)) return "past";
      if (this.infinitive(k) && this.w.attemptInfinitives.matchEndingAt(this.tokens, k)) return "past";
      if (this.w.clauseOpeners.matchEndingAt(this.tokens, k) || this.infinitive(k)) break;
    }
    words = 0;
    // After an opening "On Thursday," the subject may take one appositive between commas ("SpaceX, led by Elon
    // Musk, launched"): its words are passed, and the verb after it dates the day.
    let appositive = false;
    let subject = 0;
    for (let k = last; k < this.tokens.length && k < last + TENSE_TOKENS && words < TENSE_REACH; k++) {
      const t = this.tokens[k]!;
      if (t.kind === "punct") {
        if (this.endsSentence(k)) break;
        if (LIST_COMMAS.has(t.text) && !this.insideNumber(k - 1) && !(opening && k === last)) {
          if (appositive) {
            appositive = false;
            subject = -1;
            continue;
          }
          if (!opening || subject <= 0) break;
          appositive = true;
          continue;
        }
        continue;
      }
      words++;
      if (appositive) continue;
      if (subject >= 0) subject++;
      const cue = this.w.tenseCues.matchAt(this.tokens, k);
      if (cue) {
        if (cue.last === k + 1 && this.afterAuxiliary(k, cue.value)) continue;
        return cue.value === "other" ? undefined : cue.value;
      }
      if (this.w.clauseOpeners.matchAt(this.tokens, k)) break;
      if (this.pastByEnding(t) && !this.afterAuxiliary(k, "past")) return "past";
    }
    return undefined;
  }

  /** "to" of "to meet": a marker before a lower-case word that is not a determiner. */
  private infinitive(k: number): boolean {
    const t = this.tokens[k];
    const next = this.tokens[k + 1];
    if (!t || !next || !this.w.infinitiveMarkers.has(t.norm) || next.kind !== "word") return false;
    return next.text === next.text.toLowerCase() && !this.w.determiners.has(next.norm);
  }

  /** Whether the cue at `k`, of kind `kind`, follows an auxiliary that governs that kind. */
  private afterAuxiliary(k: number, kind: TenseCue): boolean {
    return k >= 1 && this.w.tenseAuxiliaries.matchEndingAt(this.tokens, k - 1)?.value === kind;
  }

  private endsSentence(k: number): boolean {
    const t = this.tokens[k]!;
    if (SENTENCE_ENDS.has(t.text)) return true;
    if (t.text !== ".") return false;
    const next = this.tokens[k + 1];
    const prev = this.tokens[k - 1];
    if (next && !next.spaceBefore) return false;
    // "a.m.", "U.S.": a full stop after a single letter is an abbreviation's.
    return !(prev && prev.kind === "word" && prev.norm.length === 1);
  }

  /**
   * A verb whose past is its present form ("burst") right after a singular subject: a word that ends in no "s"
   * unless it is a name inside the sentence, no tense cue or auxiliary ("could burst", "did hit"), no infinitive marker and none of
   * the locale's words that are no such subject ("they", "also").
   */
  private sameFormPastAt(k: number): boolean {
    const same = this.w.sameFormPast;
    const t = this.tokens[k]!;
    if (!same || t.kind !== "word" || t.text !== t.text.toLowerCase() || !same.verbs.has(t.norm)) return false;
    const subject = this.tokens[k - 1];
    if (!subject || subject.kind !== "word" || same.notSubjects.has(subject.norm) || this.w.infinitiveMarkers.has(subject.norm) || this.w.determiners.has(subject.norm)) return false;
    if (this.w.tenseCues.matchEndingAt(this.tokens, k - 1) || this.w.tenseAuxiliaries.matchEndingAt(this.tokens, k - 1)) return false;
    // A capital that opens the sentence makes no name ("Rivers burst their banks").
    const opening = k < 2 || this.tokens[k - 2]!.kind === "punct" && this.endsSentence(k - 2);
    const name = subject.text !== subject.text.toLowerCase() && !opening;
    return name || !subject.norm.endsWith("s");
  }

  /** A lower-case word with a past ending ("agreed"), not one of the words that only look like one. */
  private pastByEnding(t: Token): boolean {
    if (t.kind !== "word" || this.w.pastEndings.length === 0 || t.text !== t.text.toLowerCase()) return false;
    if (this.w.notVerbs.has(t.norm) || this.w.notPastEndings.some((e) => t.norm.endsWith(e))) return false;
    return this.w.pastEndings.some((e) => t.norm.length >= e.length + 2 && t.norm.endsWith(e));
  }

  /** "عام 2014", "in 2014", "عامي 2014 و2015". */
  private yearAlone(i: number): Parse | undefined {
    if (!this.endsWith(this.w.yearCues, i - 1)) return undefined;
    const first = this.year(i);
    if (!first) return undefined;
    const items: DateItem[] = [{ first: i, last: first.last, prefix: "", year: first.year, yearOnly: true }];
    let j = first.last;
    while (items.length < MAX_LIST) {
      const sep = this.w.listSeparators.matchAt(this.tokens, j);
      // "in 2014, 2000 people died": a comma does not join years.
      if (!sep || this.isPunct(j, LIST_COMMAS)) break;
      const next = this.year(sep.last);
      if (!next) break;
      items.push({ first: sep.last, last: next.last, prefix: "", year: next.year, yearOnly: true });
      j = next.last;
    }
    return { items, next: j };
  }

  /** "2014-2015", "2015/16": two years, not a date and not a count. */
  private yearRange(i: number): Parse | undefined {
    const a = this.tokens[i];
    if (!a || a.norm.length !== 4 || !this.isPunct(i + 1, YEAR_RANGE_SEPARATORS)) return undefined;
    const from = Number(a.norm);
    const b = this.tokens[i + 2];
    if (!b || b.kind !== "digits" || (b.norm.length !== 4 && b.norm.length !== 2)) return undefined;
    // A third part makes it a numeric date or something else ("2015-11-26", "2014-2015-2016").
    if (this.isPunct(i + 3, YEAR_RANGE_SEPARATORS) && this.tokens[i + 4]?.kind === "digits") return undefined;
    if (this.glued(i) && this.tokens[i - 1]?.kind === "punct" && this.tokens[i - 2]?.kind === "digits") return undefined;
    if (this.gluedToWord(i) || this.numberContinues(i + 2)) return undefined;
    let to = Number(b.norm);
    if (b.norm.length === 2) {
      to += from - (from % 100);
      if (to < from) to += 100;
    }
    if (from < MIN_YEAR || to > MAX_YEAR || to <= from || to - from > MAX_YEAR_RANGE) return undefined;
    // Without a cue, only modern years: "2000-2005 fighters" is rare, "the 2014-2015 season" common.
    if (!this.endsWith(this.w.yearCues, i - 1) && (from < 1900 || to > 2100)) return undefined;
    return {
      items: [
        { first: i, last: i + 1, prefix: "", year: from, yearOnly: true },
        { first: i + 2, last: i + 3, prefix: "", year: to, yearOnly: true },
      ],
      next: i + 3,
    };
  }

  /** "2015-11-26", "2015/11/26", "26/11/2015", "26.11.2015". */
  /**
   * «الخرطوم - ١٣ - ٧ (كونا) --»: a wire's date line, day and month apart by a spaced dash, after a dash and
   * before the agency's name in brackets. Nothing else there is a day and a month.
   */
  private wireDayMonth(i: number): Parse | undefined {
    if (!this.w.wireDayMonth) return undefined;
    const t = this.tokens;
    const day = t[i];
    const month = t[i + 2];
    if (!day || !month || month.kind !== "digits" || day.norm.length > 2 || month.norm.length > 2) return undefined;
    if (!this.isPunct(i - 1, "-") || !this.isPunct(i + 1, "-") || !this.isPunct(i + 3, "(")) return undefined;
    const d = Number(day.norm);
    const m = Number(month.norm);
    // Any leap year: the publication date gives the year.
    if (!isValidDate(2024, m, d)) return undefined;
    return { items: [{ first: i, last: i + 3, prefix: "", month: m, day: d }], next: i + 3 };
  }

  private numeric(i: number): Parse | undefined {
    const t = this.tokens;
    const sep = t[i + 1];
    if (!sep || sep.kind !== "punct" || !NUMERIC_DATE_SEPARATORS.has(sep.text)) return undefined;
    const parts = [t[i], t[i + 2], t[i + 4]];
    if (!this.isPunct(i + 3, sep.text)) return undefined;
    for (let k = i + 1; k <= i + 4; k++) if (this.tokens[k]?.spaceBefore !== false) return undefined;
    if (parts.some((p) => !p || p.kind !== "digits")) return undefined;
    // A chain of more parts ("1.2.3.2015", "2015-11-26-3") is a version or a code.
    if (this.isPunct(i + 5, NUMBER_JOINERS) && this.glued(i + 5) && t[i + 6]?.kind === "digits" && this.glued(i + 6)) return undefined;
    if (this.isPunct(i - 1, NUMBER_JOINERS) && this.glued(i) && t[i - 2]?.kind === "digits") return undefined;
    if (this.gluedToWord(i)) return undefined;
    const [a, b, c] = parts.map((p) => p?.norm ?? "") as [string, string, string];
    let y: number, m: number, d: number;
    if (a.length === 4 && b.length <= 2 && c.length <= 2) {
      [y, m, d] = [Number(a), Number(b), Number(c)];
    } else if (c.length === 4 && a.length <= 2 && b.length <= 2) {
      y = Number(c);
      const dayFirst = isValidDate(y, Number(b), Number(a));
      const monthFirst = isValidDate(y, Number(a), Number(b));
      if (dayFirst && monthFirst && a !== b) {
        if (!this.w.numericOrder) return undefined;
        [d, m] = this.w.numericOrder === "dm" ? [Number(a), Number(b)] : [Number(b), Number(a)];
      } else if (dayFirst) [d, m] = [Number(a), Number(b)];
      else if (monthFirst) [d, m] = [Number(b), Number(a)];
      else return undefined;
    } else return undefined;
    if (y < MIN_YEAR || y > MAX_YEAR || !isValidDate(y, m, d)) return undefined;
    const end = this.clockAfter(i + 5);
    return { items: [{ first: i, last: end, prefix: "", year: y, month: m, day: d }], next: end };
  }

  /**
   * One item per day of a list; the first carries the start (weekday, month in month-first order), the
   * last carries the end (month, year, direction), so the mentions tile the expression. A day and month
   * after a name head with nothing to place its year ("ثورة 25 يناير", "قوى 14 آذار") is a name: consumed,
   * not reported, since the year a publication date would give it is wrong.
   */
  private listParse(start: Start, days: DayHit[], end: number, fields: Partial<DateItem>): Parse {
    const implicitYear = fields.year === undefined && fields.direction === undefined && fields.yearOffset === undefined;
    if ((implicitYear && this.endsWith(this.w.nameHeads, start.first - 1)) || this.namesPlace(start.first, end)) {
      return { items: [{ first: start.first, last: end, prefix: start.prefix, name: true }], next: end };
    }
    if (fields.month !== undefined && this.afterNumberedHead(start.first)) {
      const month: DateItem = { first: start.first, last: end, prefix: start.prefix, month: fields.month };
      if (fields.year !== undefined) month.year = fields.year;
      if (fields.direction !== undefined) month.direction = fields.direction;
      if (fields.yearOffset !== undefined) month.yearOffset = fields.yearOffset;
      return { items: [month], next: end };
    }
    const shared: Partial<DateItem> = {};
    if (fields.month !== undefined) shared.month = fields.month;
    if (fields.year !== undefined) shared.year = fields.year;
    if (fields.direction !== undefined) shared.direction = fields.direction;
    if (fields.yearOffset !== undefined) shared.yearOffset = fields.yearOffset;
    if (fields.monthOffset !== undefined) shared.monthOffset = fields.monthOffset;
    if (fields.hijri) shared.hijri = true;
    const items = days.map(
      (d, n): DateItem => ({
        ...shared,
        day: d.day,
        first: n === 0 ? start.first : d.first,
        last: n === days.length - 1 ? end : d.last,
        prefix: n === 0 ? start.prefix : "",
      }),
    );
    return { items, next: end };
  }
}
