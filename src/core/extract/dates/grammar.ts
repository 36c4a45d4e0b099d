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
 *
 * Each parse starts at one token and reads a bounded number of tokens ahead, except a run of day numbers
 * longer than a list, which is then skipped whole; so the scan stays linear whatever the input.
 */
import type { Token } from "../../text/tokenize.js";
import type { PhraseLexicon } from "../../lang/lexicon.js";
import type { CompiledDateWords, MonthName } from "./compile.js";
import type { DateDirection } from "./words.js";
import { isValidDate } from "./calendarMath.js";

/** Years outside this span written after a month or a cue are counts, not years. */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 2199;
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
  /** A weekday pinned by a relative word ("الخميس المقبل"). */
  weekday?: { day: number; direction: "past" | "future" };
}

export interface Parse {
  /** Items to report (several for a list of days or a year range); empty for a name such as "ثورة 25 يناير". */
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
  prefix: string;
}

interface Start {
  first: number;
  prefix: string;
  direction?: DateDirection;
}

export class DateGrammar {
  constructor(
    private readonly tokens: readonly Token[],
    private readonly w: CompiledDateWords,
  ) {}

  /** The date starting at token `i`, if any. */
  parseAt(i: number): Parse | undefined {
    const t = this.tokens[i];
    if (!t) return undefined;
    if (t.kind === "digits") {
      return this.numeric(i) ?? this.yearRange(i) ?? this.dayFirst(i, { first: i, prefix: "" }) ?? this.yearAlone(i);
    }
    if (t.kind === "word" && this.w.mayStartDate(t.norm)) {
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
    if (!this.capitalised(k, m.prefix)) return undefined;
    return { ...m.value, first: k, last: m.last, prefix: m.prefix };
  }

  private day(k: number): DayHit | undefined {
    const t = this.tokens[k];
    if (t?.kind === "word") {
      const m = this.w.spelledDays.matchAt(this.tokens, k);
      return m ? { day: m.value, first: k, last: m.last, spelled: true, prefix: m.prefix } : undefined;
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

  /** A four-digit year at `k` with its era word; undefined for a count or another calendar's year. */
  private year(k: number): { year: number; last: number } | undefined {
    const t = this.tokens[k];
    if (!t || t.kind !== "digits" || t.norm.length !== 4) return undefined;
    const year = Number(t.norm);
    if (year < MIN_YEAR || year > MAX_YEAR || this.insideNumber(k)) return undefined;
    // "2014-2015" and "2015/11/26" are read elsewhere, as a range and a numeric date.
    if (this.glued(k + 1) && this.isPunct(k + 1, YEAR_RANGE_SEPARATORS) && this.tokens[k + 2]?.kind === "digits") return undefined;
    let last = k + 1;
    const era = this.w.eraWords.matchAt(this.tokens, last);
    if (era) return { year, last: era.last };
    if (this.w.otherEraWords.matchAt(this.tokens, last)) return undefined;
    if (this.tokens[last]?.kind === "word" && this.glued(last)) return undefined;
    return { year, last };
  }

  /** A year after a month or day: "2015", "عام 2015", ", 2015" (with `daySeparator`). */
  private yearAfter(k: number, daySeparator: boolean): { year: number; last: number } | undefined {
    let j = k;
    if (daySeparator) {
      const sep = this.w.dayYearSeparators.matchAt(this.tokens, j);
      if (sep && this.year(sep.last)) j = sep.last;
    }
    const link = this.w.yearLinks.matchAt(this.tokens, j);
    return (link && this.year(link.last)) || this.year(j);
  }

  /** Past the full stop of an abbreviated month when a year follows it ("Dec. 2015"); a sentence's stop stays out. */
  private abbreviationDot(k: number): number {
    return this.isPunct(k, ".") && this.glued(k) && this.year(k + 1) ? k + 1 : k;
  }

  /** The same month again, in parentheses or after a slash: "(نوفمبر)", "/تشرين الثاني". */
  private gloss(k: number, month: number): number {
    if (this.isPunct(k, "/")) {
      const m = this.month(k + 1, true);
      if (m && m.month === month) return m.last;
    }
    const open = this.tokens[k];
    const close = open?.kind === "punct" ? OPEN_GLOSS.get(open.text) : undefined;
    if (close) {
      const m = this.month(k + 1, true);
      if (m && m.month === month && this.isPunct(m.last, close)) return m.last + 1;
    }
    return k;
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
    if (lastDay.spelled && (!link || start.first !== i || !this.endsWith(this.w.spelledDayCues, i - 1))) return undefined;
    if (start.first === i && days[0]?.prefix) start = { ...start, prefix: days[0].prefix };
    for (const k of link ? (lastDay.spelled ? [link.last] : [link.last, lastDay.last]) : [lastDay.last]) {
      // No clitic on a month after its day: "30 باب" is not "30 August".
      const month = this.w.dayMonthFirst ? this.month(k, true) : undefined;
      if (month) {
        let j = this.gloss(month.last, month.month);
        const year = this.yearAfter(this.abbreviationDot(j), false);
        if (year) j = year.last;
        const tail = this.tail(j, !!year);
        const fields = { month: month.month, year: year?.year, ...tail, direction: tail.direction ?? start.direction };
        return this.listParse(start, days, tail.last, fields);
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
      if (lastDay) {
        const year = this.yearAfter(lastDay.last, true);
        const tail = this.tail(year ? year.last : lastDay.last, !!year);
        const fields = { month: month.month, year: year?.year, ...tail, direction: tail.direction ?? direction };
        return this.listParse(head, days, tail.last, fields);
      }
    }
    if (needDay) return undefined;

    let j = this.gloss(month.last, month.month);
    const glossed = j > month.last;
    const year = this.yearAfter(this.abbreviationDot(j), false);
    if (year) {
      const tail = this.tail(year.last, true);
      return { items: [{ first: start.first, last: tail.last, prefix, month: month.month, year: year.year }], next: tail.last };
    }
    // "آب (أغسطس)": the gloss shows the ambiguous word is the month.
    if (month.ambiguous && !glossed) return undefined;
    const tail = this.tail(j, false);
    j = tail.last;
    const cued = this.endsWith(this.w.monthCues, i - 1);
    if (!(cued || part || before || glossed || tail.direction || tail.yearOffset !== undefined)) return undefined;
    const item: DateItem = { first: start.first, last: j, prefix, month: month.month, direction: tail.direction ?? direction };
    if (tail.yearOffset !== undefined) item.yearOffset = tail.yearOffset;
    return { items: [item], next: j };
  }

  /** A weekday before a date ("الثلاثاء المقبل 15 كانون الأول"), or pinned by a relative word ("الخميس المقبل"). */
  private weekdayFirst(i: number): Parse | undefined {
    const rel = this.w.weekdayRelativeBefore.matchAt(this.tokens, i);
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
    if (!direction) return undefined;
    const last = after ? after.last : wd.last;
    return { items: [{ first: i, last, prefix, weekday: { day: wd.value, direction } }], next: last };
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
    return { items: [{ first: i, last: i + 5, prefix: "", year: y, month: m, day: d }], next: i + 5 };
  }

  /**
   * One item per day of a list; the first carries the start (weekday, month in month-first order), the
   * last carries the end (month, year, direction), so the mentions tile the expression. A day and month
   * after a name head with nothing to place its year ("ثورة 25 يناير", "قوى 14 آذار") is a name: consumed,
   * not reported, since the year a publication date would give it is wrong.
   */
  private listParse(start: Start, days: DayHit[], end: number, fields: Partial<DateItem>): Parse {
    const implicitYear = fields.year === undefined && fields.direction === undefined && fields.yearOffset === undefined;
    if (implicitYear && this.endsWith(this.w.nameHeads, start.first - 1)) return { items: [], next: end };
    const shared: Partial<DateItem> = {};
    if (fields.month !== undefined) shared.month = fields.month;
    if (fields.year !== undefined) shared.year = fields.year;
    if (fields.direction !== undefined) shared.direction = fields.direction;
    if (fields.yearOffset !== undefined) shared.yearOffset = fields.yearOffset;
    if (fields.monthOffset !== undefined) shared.monthOffset = fields.monthOffset;
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
