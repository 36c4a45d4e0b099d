/**
 * What the words around a number say about it: a percent sign or word, a role (clock time, year, reference,
 * name), the qualifier before or after it, and whether two numbers form a range ("between 20 and 30", "20-30",
 * "more than 10 and less than 40") or a ratio ("one out of three").
 */
import type { Token } from "../../text/tokenize.js";
import { isCapitalised, isCurrencyLetters } from "../../text/chars.js";
import { fold } from "../../text/normalize.js";
import { nameHeadEndsAt, type CompiledNumbers } from "./compile.js";
import { gluedRunEnd, isDash } from "./digits.js";
import type { Expr } from "./expr.js";
import { stemStart } from "./stem.js";
import { tidy } from "./value.js";
import type { PhraseMatch } from "../../lang/lexicon.js";
import type { ClockMark, QualifierWord, RatioRule } from "./words.js";

/** After "by", an upper end this many times the lower one is the level a change reached, not a range's end. */
const LEVEL_RATIO = 5;
/** How far apart the ends of a range may be once a short first end is read in thousands ("70-100,000"). */
const SHARED_THOUSANDS_RATIO = 10;

/** How many words back a word of reaching or bounding may lead a figure noun. */
const FIGURE_LEAD_WINDOW = 3;
/** Most words of a subject after its count noun, before the figure («عدد [المصابين في البلدين] 500»). */
const SUBJECT_WORDS = 4;
/** Words and commas between a part and the part-of words before its whole (see Context.partsAfterPhrase). */
const PART_PHRASE_WORDS = 6;

const TILDES = new Set(["~", "\u223C", "\u301C"]);
const COMPARISON_SIGNS = new Set(["<", ">", "=", "!"]);
/** Most words of a date line's place, and of the outlet's name before its number. */
const MAX_CREDIT_WORDS = 3;
/** Tokens an aside in brackets may span between a figure and what follows it ("($1.67 per share)"). */
const ASIDE_TOKENS = 8;
// Tokens back from a pronoun of comparison ("which is", «وهو») to the figure it stands for: the figure, its unit
// and a conversion in brackets («1.31 تريليون ريال (نحو 349.7 مليار دولار) وهو أقل من»).
const COMPARED_FIGURE_TOKENS = 8;
const SENTENCE_END = /^[.!?؟;؛]$/u;
const CLOSING = new Set([")", "]", "»", "\u201D", "\""]);
const OPENING_QUOTES = new Set(["«", "\u201C", "\"", "\u2018", "'"]);
const CLOSING_QUOTES = new Set(["»", "\u201D", "\"", "\u2019", "'"]);
/** Most words a quoted name may put before its closing figure («الفارس الشهم ٣»). */
const QUOTED_NAME_WORDS = 4;
/** Most tokens between a service's number and its service word ("Indore - Patna Mail": four). */
const SERVICE_NAME_TOKENS = 5;
/** Most capitalised words between a year and the noun that closes a name ("1951 Refugee Convention"). */
const YEAR_NAME_WORDS = 4;

/** Dashes of a score: "2-1", "2–1". */
const SCORE_DASHES = new Set(["-", "\u2013", "/"]);
/** The first year a mark of decades ("s" of "1990s") is read for: marks of eras (AH, BC) start lower. */
const DECADE_MARK_FROM = 1800;
/** A run of tatweels, which Arabic type stretches a join with: «3ـ2». */
const TATWEEL = /^\u0640+$/u;
/** Most words between a word of a match's result and the score ("beat [Mouloudia du Sahel] 2-1"). */
const SCORE_REACH = 6;
/** Most goals one side scores in a match as reported: larger pairs are tallies (a vote of 51-49). */
const MAX_GOALS = 15;

/** One side of a score: a whole number in digits, no percent, small. */
function isGoals(e: Expr, spelled = false): boolean {
  // «1-صفر», "won 2-nil": a side that scored nothing is written as a word; with a joiner word between the sides
  // («بثلاثة أهداف مقابل هدف») either side may be spelled out.
  return (e.digits || e.value === 0 || spelled) && !e.percent && !e.negative && Number.isInteger(e.value) && e.value >= 0 && e.value <= MAX_GOALS;
}

export function applyContext(text: string, tokens: readonly Token[], lex: CompiledNumbers, exprs: Expr[]): Expr[] {
  void text;
  const ctx = new Context(tokens, lex);
  for (const e of exprs) ctx.percent(e);
  for (let k = 0; k < exprs.length; k++) ctx.roles(exprs, k);
  let out = ctx.ranges(exprs.filter((e) => !e.absorbed));
  out = ctx.ratios(out);
  for (const e of out) ctx.qualifyBefore(e);
  out.forEach((e, k) => ctx.qualifyAfter(e, out[k + 1]));
  out = ctx.bounds(out);
  return out;
}

class Context {
  private readonly starts = new Set<number>();

  constructor(
    private readonly tokens: readonly Token[],
    private readonly lex: CompiledNumbers,
  ) {}

  // ——— Percent ———

  percent(e: Expr): void {
    const { tokens, lex } = this;
    if (e.role === "identifier" || e.role === "designation" || e.role === "clock" || e.role === "ordinal") return;
    const after = lex.percentAfter.matchAt(tokens, e.last);
    if (after) {
      if (after.value) {
        e.percent = true;
        e.last = after.last;
        e.end = (tokens[after.last - 1] as Token).end;
        e.phraseEnd = e.end;
        e.phraseLast = e.last;
      }
      return;
    }
    const before = lex.percentBefore.matchEndingAt(tokens, e.first - 1);
    if (before && !this.followsNumber(before.first)) {
      e.percent = true;
      e.phraseStart = (tokens[before.first] as Token).start;
      e.phraseFirst = before.first;
      return;
    }
    const cue = tokens[e.first - 1];
    if (cue && cue.kind === "word" && lex.percentCues.match(cue.norm, { suffixes: false }) && this.endsClause(e.last)) {
      e.percent = true;
      e.phraseStart = cue.start;
      e.phraseFirst = e.first - 1;
    }
  }

  private endsSentence(k: number): boolean {
    const t = this.tokens[k];
    return !t || (t.kind === "punct" && !isDash(t));
  }

  /** A percent word right after another number belongs to it ("20 بالمائة 10" gives it to 20). */
  private followsNumber(k: number): boolean {
    const prev = this.tokens[k - 1];
    return !!prev && prev.kind === "digits";
  }

  /** Nothing but punctuation, a function word or the end follows. */
  private endsClause(k: number): boolean {
    const t = this.tokens[k];
    if (!t) return true;
    if (t.kind === "punct") return true;
    return this.lex.stopwords.has(t.norm) || this.lex.conjunctions.has(t.norm);
  }

  // ——— Roles ———

  roles(exprs: Expr[], k: number): void {
    const e = exprs[k] as Expr;
    const { tokens, lex } = this;
    if (e.role === "clock") {
      // "17:00 GMT", "5:30 p.m.": the mark after a written time.
      const mark = lex.clockMarks.matchAt(tokens, e.last);
      if (mark) {
        const hours = Math.floor(e.value);
        if (mark.value === "zone" || hours <= 12) e.value = tidy(shiftHours(hours, mark.value) + (e.value - hours));
        e.phraseEnd = (tokens[mark.last - 1] as Token).end;
        e.phraseLast = mark.last;
      }
      const cue = lex.clockCues.matchEndingAt(tokens, e.first - 1);
      if (cue) {
        e.phraseStart = (tokens[cue.first] as Token).start;
        e.phraseFirst = cue.first;
      }
    }
    if (e.role) return;
    // "10:51:23 a.m.": a time of day written to the second after all.
    if (e.duration) {
      if (lex.clockMarks.matchAt(tokens, e.last)) e.role = "clock";
      return;
    }
    if (!e.percent && !e.negative && !e.fraction && this.clock(e)) {
      this.gluedMinutes(exprs, k);
      return;
    }
    if (!e.percent && !e.negative && !e.fraction && this.clockMinutes(exprs, k)) return;
    if (this.periodOfPlay(e)) {
      e.role = "ordinal";
      return;
    }
    if (this.score(exprs, k)) return;
    if (this.moment(e)) {
      e.role = "ordinal";
      return;
    }
    const ref = lex.referenceCues.matchEndingAt(tokens, e.first - 1);
    const named = !ref || ref.value !== "capital" || isCapitalised((tokens[ref.first] as Token).text);
    if (ref && named && !e.percent && !this.namesFigure(ref.first, ref.last)) {
      e.role = "reference";
      if (e.listId !== undefined) for (const o of exprs) if (o.listId === e.listId) o.role = "reference";
      // «في الدقيقتين 48 و68»: a cue naming two takes the number joined after the first too.
      const tail = this.stoppageTail(exprs, k);
      const next = exprs[tail + 1];
      const joiner = tokens[(exprs[tail] as Expr).last];
      if (ref.value === "pair" && next && next.first === (exprs[tail] as Expr).last + 1 && joiner?.kind === "word" && lex.conjunctions.has(joiner.norm)) {
        next.role = "reference";
        this.stoppageTail(exprs, tail + 1);
      }
      // "Law 110-14", "Resolution 2254/2015": the rest of a glued run names the same text.
      const runEnd = gluedRunEnd(tokens, e.first);
      for (let j = k + 1; j < exprs.length && (exprs[j] as Expr).first < runEnd; j++) (exprs[j] as Expr).role = "reference";
      return;
    }
    if (this.isYear(exprs, k)) {
      e.role = "year";
      return;
    }
    if (this.decadeGroup(e)) {
      e.role = "designation";
      return;
    }
    // "مجموعة الـ20", "Group of 20": a number inside a name.
    const prev = tokens[e.first - 1];
    const headEnd = prev && prev.kind === "word" && lex.definitePrefixes.includes(prev.norm) && !tokens[e.first]?.spaceBefore ? e.first - 2 : e.first - 1;
    if (e.digits && !e.percent && nameHeadEndsAt(lex, tokens, headEnd)) e.role = "designation";
    else if (this.endsQuotedName(e)) e.role = "designation";
    else if (this.namesService(e)) e.role = "designation";
    else if (e.digits && this.endsCredit(e)) e.role = "designation";
    else if (e.digits && !e.percent && prev && prev.kind === "word" && lex.definitePrefixes.includes(prev.norm) && this.afterOrdinalHead(e.first - 2)) e.role = "ordinal";
  }

  /**
   * «الدقيقة 90+2», «في الدقيقتين 45+2 و90+3»: added time glued by a plus to a referenced number is the same point
   * (a minute of play), not a count. Marks each such number after exprs[k] and answers the index of the last.
   */
  private stoppageTail(exprs: Expr[], k: number): number {
    const { tokens } = this;
    let i = k;
    for (;;) {
      const a = exprs[i] as Expr;
      const b = exprs[i + 1];
      const plus = tokens[a.last];
      if (!b || b.first !== a.last + 1 || plus?.kind !== "punct" || plus.text !== "+" || plus.spaceBefore || (tokens[b.first] as Token).spaceBefore || !b.bareDigits) return i;
      b.role = "reference";
      i++;
    }
  }

  /**
   * «أربيل (كوردستان 24)- قتل 23 شخصا», "PARIS (France 24) -": a paragraph opening with a place and a bracketed
   * outlet before a dash or a colon is a wire's date line, and a number closing the bracket is in the outlet's
   * name. Held to the first words of the paragraph and to words alone in the bracket, so «(1.084.289) ناخب» and a
   * figure glossed in brackets later in a sentence still count.
   */
  private endsCredit(e: Expr): boolean {
    const { tokens } = this;
    const close = tokens[e.last];
    const after = tokens[e.last + 1];
    if (close?.kind !== "punct" || close.text !== ")" || !after || !(isDash(after) || after.text === ":")) return false;
    let open = e.first - 1;
    while (open >= 0 && open >= e.first - MAX_CREDIT_WORDS && tokens[open]!.kind === "word") open--;
    if (open === e.first - 1 || open < 0 || tokens[open]!.text !== "(" || open > MAX_CREDIT_WORDS) return false;
    for (let i = 0; i < open; i++) if (tokens[i]!.kind !== "word") return false;
    return true;
  }

  /**
   * "beat Mouloudia 2-1", "a 2-1 win", «بنتيجة 2-1»: two small whole numbers in digits joined by a dash with no
   * space, after a word of a match's result (within a team's name's worth of words, not across punctuation) or
   * right before one. Both take the role: a score counts nothing, and it is no range.
   */
  private score(exprs: Expr[], k: number): boolean {
    const e = exprs[k] as Expr;
    const { tokens, lex } = this;
    const joiner = lex.scoreJoiners.matchAt(tokens, e.last);
    // «بثلاثة أهداف مقابل هدف»: a figure spelled out (or in digits) before a joiner and the other side told by its
    // noun alone, with no figure of its own.
    const side = joiner ? lex.scoreSides.matchAt(tokens, joiner.last) : undefined;
    const f = side ? undefined : exprs[k + 1];
    if (side) {
      if (!isGoals(e, true)) return false;
    } else {
      if (!f || f.role || !isGoals(e, joiner !== undefined) || !isGoals(f, joiner !== undefined)) return false;
      if (!this.dashed(e, f) && joiner?.last !== f.first) return false;
    }
    const last = side ? side.last : (f as Expr).last;
    let cue = lex.scoreCues.matchAt(tokens, last) !== undefined;
    // "a 2-0 Champions League final victory": the cue may close the noun phrase the score opens.
    for (let j = last, words = 0; !cue && j < tokens.length && words < SCORE_REACH; j++) {
      const t = tokens[j] as Token;
      if (t.kind !== "word" || lex.stopwords.has(t.norm)) break;
      words++;
      cue = lex.scoreCues.matchAt(tokens, j) !== undefined;
    }
    for (let j = e.first - 1, words = 0; !cue && j >= 0 && words < SCORE_REACH; j--) {
      const t = tokens[j] as Token;
      // «بفوز الهلال (3-1) على النصر»: the score in brackets after the result's words.
      if (j === e.first - 1 && t.kind === "punct" && t.text === "(") continue;
      if (t.kind === "punct") break;
      words++;
      cue = lex.scoreCues.matchEndingAt(tokens, j) !== undefined;
    }
    if (!cue) return false;
    e.role = "score";
    if (f) f.role = "score";
    // The other side told by its noun is part of the score: «هدفين» there is no count of goals.
    if (side) e.phraseEnd = Math.max(e.phraseEnd, (tokens[side.last - 1] as Token).end);
    return true;
  }

  /**
   * Two numbers joined by a dash or a slash glued to both ("2-1") or spaced on both sides («تغلب عليه 2 / 1»,
   * "won 3 - 0"); the word of a match's result asked for next keeps ranges ("10 - 20") and dates out.
   */
  private dashed(e: Expr, f: Expr): boolean {
    const { tokens } = this;
    const dash = tokens[e.last] as Token;
    const after = tokens[f.first] as Token;
    // «3ـ2»: a tatweel (a word of no letters) glued to both sides stands for the dash.
    const dashLike = dash.kind === "punct" ? SCORE_DASHES.has(dash.text) : TATWEEL.test(dash.text) && !dash.spaceBefore;
    if (f.first !== e.last + 1 || !dashLike) return false;
    // «تغلبه على الفتح 1/ صفر», «خسارته من النصر 1 /4»: typed between two directions of writing, the dash or slash
    // often keeps a space on one side only; a slash stands between two sides of a score whatever the spacing.
    return dash.spaceBefore === after.spaceBefore || dash.text === "/";
  }

  /** The word at k, or the one before it with k its adjective, is a noun counted in order (see NumberWords.ordinalHeads). */
  private afterOrdinalHead(k: number): boolean {
    for (let j = k; j >= 0 && j >= k - 1; j--) {
      const t = this.tokens[j];
      if (!t || t.kind !== "word") return false;
      if (this.lex.ordinalHeads.match(t.norm)) return true;
    }
    return false;
  }

  /**
   * «الفارس الشهم ٣», "Operation «Shield 2»": a bare figure that closes a short quoted name, right after a word of
   * it, numbers the name. A quotation of speech is longer, or puts more than words before its last figure.
   */
  private endsQuotedName(e: Expr): boolean {
    const { tokens, lex } = this;
    if (!e.bareDigits || e.percent || e.negative) return false;
    const close = tokens[e.last];
    if (!close || close.kind !== "punct" || close.spaceBefore || !CLOSING_QUOTES.has(close.text)) return false;
    const word = tokens[e.first - 1];
    if (!word || word.kind !== "word" || lex.stopwords.has(word.norm) || lex.qualifiersBefore.matchEndingAt(tokens, e.first - 1)) return false;
    for (let k = e.first - 1; k >= 0 && k >= e.first - 1 - QUOTED_NAME_WORDS; k--) {
      const t = tokens[k] as Token;
      if (t.kind === "word") continue;
      return t.kind === "punct" && OPENING_QUOTES.has(t.text) && k < e.first - 1 && !tokens[k + 1]?.spaceBefore;
    }
    return false;
  }

  /**
   * "the Patna-bound 19321 Indore-Patna express", "12951 Mumbai Rajdhani Express": a bare four- or five-digit
   * number right before a capitalised name that ends in a word of a service (NumberWords.serviceNames) is the
   * service's number. The name must be joined by a hyphen (two termini) or end in the service word written with a
   * capital, so a count before a name ("15000 Rohingya", "2000 Delhi police") and "the Daily Express" in
   * lower-case prose stay counts.
   */
  private namesService(e: Expr): boolean {
    const { tokens, lex } = this;
    if (lex.serviceNames.size === 0 || !e.bareDigits || e.bareDigits.length < 4 || e.bareDigits.length > 5 || e.percent || e.negative) return false;
    const first = tokens[e.last];
    if (!first || first.kind !== "word" || !isCapitalised(first.text)) return false;
    let hyphen = false;
    for (let k = e.last + 1; k < tokens.length && k <= e.last + SERVICE_NAME_TOKENS; k++) {
      const t = tokens[k] as Token;
      if (t.kind === "punct" && isDash(t) && tokens[k + 1]?.kind === "word") hyphen = true;
      else if (t.kind !== "word") return false;
      else if (lex.serviceNames.has(t.norm)) return hyphen || isCapitalised(t.text);
      else if (!isCapitalised(t.text)) return false;
    }
    return false;
  }

  /**
   * «الرابعة وسبع عشرة دقيقة»: minutes joined by a conjunction to an hour (a word naming one, or a clock time
   * just read) and followed by a minutes word are the minutes of that time, not a count of minutes.
   */
  private clockMinutes(exprs: Expr[], k: number): boolean {
    const e = exprs[k] as Expr;
    const { tokens, lex } = this;
    if (e.scale !== 1 || e.decimals > 0 || !Number.isInteger(e.value) || e.value < 1 || e.value > 59) return false;
    const unit = tokens[e.last];
    if (!unit || unit.kind !== "word" || !lex.minuteWords.match(unit.norm)) return false;
    let hourEnd: number;
    // The conjunction is glued to a spelled first word ("وسبع"), or a word of its own ("و 17", "و17").
    if (e.conjBefore && tokens[e.first]?.kind === "word") hourEnd = e.first - 1;
    else {
      const conj = tokens[e.first - 1];
      if (!conj || conj.kind !== "word" || !lex.conjunctions.has(conj.norm)) return false;
      hourEnd = e.first - 2;
    }
    let hour: number | undefined;
    let hourFirst = hourEnd;
    let hourStart = 0;
    const word = lex.clockHours.matchEndingAt(tokens, hourEnd);
    // "الساعة 4 و17 دقيقة": the hour is a clock time already read, which takes the minutes in.
    const before = word ? undefined : exprs[k - 1];
    if (word) {
      hour = word.value;
      hourFirst = word.first;
      hourStart = stemStart(tokens[word.first] as Token, word.prefix);
    } else if (before && before.role === "clock" && before.last === hourEnd + 1 && Number.isInteger(before.value)) {
      hour = before.value;
    } else return false;
    let value = hour + e.value / 60;
    let phraseLast = e.last + 1;
    const mark = lex.clockMarks.matchAt(tokens, phraseLast);
    if (mark && (mark.value === "zone" || hour <= 12)) {
      value = shiftHours(hour, mark.value) + e.value / 60;
      phraseLast = mark.last;
    }
    if (before) {
      before.value = tidy(value);
      before.granularity = 1 / 60;
      before.last = e.last;
      before.end = e.end;
      before.phraseLast = phraseLast;
      before.phraseEnd = (tokens[phraseLast - 1] as Token).end;
      e.absorbed = true;
      e.role = "clock";
      return true;
    }
    e.role = "clock";
    e.value = tidy(value);
    e.granularity = 1 / 60;
    e.first = hourFirst;
    e.start = hourStart;
    e.phraseFirst = Math.min(e.phraseFirst, hourFirst);
    e.phraseStart = Math.min(e.phraseStart, hourStart);
    const cue = lex.clockCues.matchEndingAt(tokens, hourFirst - 1);
    if (cue) {
      e.phraseFirst = cue.first;
      e.phraseStart = (tokens[cue.first] as Token).start;
    }
    e.phraseLast = phraseLast;
    e.phraseEnd = (tokens[phraseLast - 1] as Token).end;
    return true;
  }

  /**
   * The cue is a noun naming the figure after it ("تخطى الرقم 1000"), not a label ("رقم 5", "على الرقم 112"):
   * a figure noun led by a word of reaching or bounding.
   */
  private namesFigure(first: number, last: number): boolean {
    const t = this.tokens[first];
    if (last - first !== 1 || !t || t.kind !== "word" || !this.lex.figureNouns.match(t.norm, { suffixes: false })) return false;
    // The leading word may stand a few words back: "تخطى عدد اللاجئين الرقم 4000".
    for (let k = first - 1; k >= 0 && k >= first - FIGURE_LEAD_WINDOW; k--) {
      const lead = this.tokens[k] as Token;
      if (lead.kind !== "word") return false;
      if (this.lex.figureLeads.match(lead.norm)) return true;
    }
    return false;
  }

  /**
   * «الساعة 3،15», "at 3,15": minutes glued after a clock hour by a comma or a colon the recogniser did not join
   * (the Arabic comma is no time separator of its own) are the time's, not a figure.
   */
  private gluedMinutes(exprs: Expr[], k: number): void {
    const e = exprs[k] as Expr;
    const next = exprs[k + 1];
    const { tokens } = this;
    const sep = tokens[e.last];
    const hour = tokens[e.last - 1];
    if (!next || !sep || !hour || next.first !== e.last + 1 || next.role) return;
    if (sep.kind !== "punct" || !(sep.text === "،" || sep.text === "," || sep.text === ":")) return;
    if (sep.start !== hour.end || (tokens[next.first] as Token).start !== sep.end) return;
    if (!next.digits || next.spelled || next.decimals !== 0 || next.bareDigits?.length !== 2 || next.value >= 60) return;
    next.role = "clock";
    e.value = tidy(e.value + next.value / 60);
    e.phraseEnd = next.phraseEnd;
    e.phraseLast = next.phraseLast;
  }

  private clock(e: Expr): boolean {
    const { tokens, lex } = this;
    let hours: number;
    let minutes = 0;
    let mark = lex.clockMarks.matchAt(tokens, e.last);
    const hhmm = e.digits && !e.spelled && e.scale === 1 && e.bareDigits?.length === 4;
    if (mark && (mark.value === "hhmm" || mark.value === "hhmm0")) {
      // A mark only of military hhmm leaves any other figure as it was ("2 hrs", "1500 hours" of work).
      if (!hhmm || (mark.value === "hhmm0" && !e.bareDigits?.startsWith("0"))) mark = undefined;
    }
    if (e.digits && !e.spelled) {
      if (e.decimals === 2 && e.scale === 1) {
        minutes = Number(e.fracDigits);
        hours = e.intPart;
        if (minutes >= 60) return false;
      } else if (e.decimals === 0 && e.scale === 1 && e.bareDigits && e.bareDigits.length <= 2) hours = e.value;
      else if (hhmm && e.bareDigits && mark && (mark.value === "zone" || mark.value === "hhmm" || mark.value === "hhmm0")) {
        // "0117 GMT", "2100 local time": military-style hhmm, which only a time zone makes a time.
        hours = Number(e.bareDigits.slice(0, 2));
        minutes = Number(e.bareDigits.slice(2));
        if (minutes >= 60) return false;
      } else return false;
    } else if (e.spelled && Number.isInteger(e.value) && e.scale === 1) hours = e.value;
    else return false;
    if (hours > 24) return false;
    const cue = lex.clockCues.matchEndingAt(tokens, e.first - 1);
    if (!mark && !cue) return false;
    if (e.spelled && !mark) return false;
    if (mark && (mark.value === "am" || mark.value === "pm" || mark.value === "night") && hours > 12) return false;
    e.role = "clock";
    e.value = tidy(shiftHours(hours, mark?.value) + minutes / 60);
    e.granularity = 1 / 60;
    if (mark) {
      e.phraseEnd = (tokens[mark.last - 1] as Token).end;
      e.phraseLast = mark.last;
    }
    if (cue) {
      e.phraseStart = (tokens[cue.first] as Token).start;
      e.phraseFirst = cue.first;
    }
    return true;
  }

  /**
   * "the 1950s and 60s": a decade of two digits, with the mark of a decade (whose years start at `from`), joined by
   * a conjunction to a decade written in full before it.
   */
  private shortDecade(exprs: Expr[], k: number, from: number): boolean {
    const e = exprs[k] as Expr;
    const prev = exprs[k - 1];
    if (from < DECADE_MARK_FROM || e.bareDigits?.length !== 2 || e.value % 10 !== 0 || !prev || prev.role !== "year" || prev.value % 10 !== 0) return false;
    const joiner = this.tokens[prev.phraseLast];
    return prev.phraseLast === e.first - 1 && !!joiner && this.lex.conjunctions.has(joiner.norm);
  }

  /**
   * "the over-65s", "in their 70s", "the 90s": two digits with the glued mark of a decade name a group of ages or
   * years, never a count.
   */
  private decadeGroup(e: Expr): boolean {
    if (e.bareDigits?.length !== 2 || e.percent || e.negative) return false;
    const mark = this.lex.yearMarks.matchAt(this.tokens, e.last);
    return !!mark && mark.value[0] >= DECADE_MARK_FROM && !(this.tokens[e.last] as Token).spaceBefore;
  }

  private isYear(exprs: Expr[], k: number): boolean {
    const e = exprs[k] as Expr;
    const { tokens, lex } = this;
    if (!e.bareDigits || e.percent || e.negative) return false;
    if (gluedYearPair(e.bareDigits)) return true;
    if (e.bareDigits.length > 4) return false;
    // "1446هـ", "2025م", "44 BC": an era mark says it.
    const era = lex.yearMarks.matchAt(tokens, e.last);
    if (era && (e.value >= era.value[0] && e.value <= era.value[1] || this.shortDecade(exprs, k, era.value[0]))) {
      e.phraseLast = era.last;
      e.phraseEnd = (tokens[era.last - 1] as Token).end;
      return true;
    }
    // «للعام المالي 1447 / 1448هـ», "2025/2026م": a fiscal year of two years, the era mark written once after both.
    const next = exprs[k + 1];
    if (next?.bareDigits && next.value === e.value + 1 && next.first === e.last + 1 && tokens[e.last]?.text === "/") {
      const mark = lex.yearMarks.matchAt(tokens, next.last);
      if (mark && e.value >= mark.value[0] && e.value <= mark.value[1]) return true;
    }
    if (e.bareDigits.length !== 4 || e.value < 1800 || e.value > 2100) return false;
    if (this.namesEvent(e.last)) return true;
    // "the 2025 to 2026 financial year": two consecutive years before the words of a fiscal year are one.
    if (next?.bareDigits?.length === 4 && next.value === e.value + 1 && lex.fiscalYearsAfter.matchAt(tokens, next.last)) {
      const joiner = tokens[e.last];
      if (next.first === e.last + 1 && joiner && (isDash(joiner) || joiner.text === "/")) return true;
      if (lex.rangeTo.matchAt(tokens, e.last)?.last === next.first) return true;
    }
    let cueEnd = e.first - 1;
    if (isDash(tokens[cueEnd])) cueEnd--;
    if (lex.yearCues.matchEndingAt(tokens, cueEnd)) return true;
    let monthEnd = e.first - 1;
    if (tokens[monthEnd] && CLOSING.has((tokens[monthEnd] as Token).text)) monthEnd--;
    if (lex.months.matchEndingAt(tokens, monthEnd)) return true;
    if (lex.weakYearCues.matchEndingAt(tokens, e.first - 1) && this.endsClause(e.last)) return true;
    // "عامي 2014 و2015", "in 2014 and 2015", "2014-2015" after a year.
    const prev = exprs[k - 1];
    if (prev && prev.role === "year") {
      const between = e.first - prev.last;
      const joiner = tokens[prev.last];
      if (between === 0 && e.conjBefore) return true;
      if (between === 1 && joiner && (lex.conjunctions.has(joiner.norm) || isDash(joiner) || lex.boundJoiners.has(joiner.norm))) return true;
      if (lex.rangeTo.matchAt(tokens, prev.last)?.last === e.first) return true;
    }
    return false;
  }

  /** "the 1951 Refugee Convention": capitalised words after a year-like figure, closed by a treaty or event noun. */
  private namesEvent(k: number): boolean {
    const { tokens, lex } = this;
    if (lex.yearNameHeads.size === 0) return false;
    for (let j = k; j < tokens.length && j < k + YEAR_NAME_WORDS; j++) {
      const t = tokens[j] as Token;
      if (t.kind !== "word" || !isCapitalised(t.text)) return false;
      if (lex.yearNameHeads.has(t.norm)) return true;
    }
    return false;
  }

  // ——— Ranges ———

  ranges(exprs: Expr[]): Expr[] {
    const out: Expr[] = [];
    for (let k = 0; k < exprs.length; k++) {
      const a = exprs[k] as Expr;
      const b = exprs[k + 1];
      const merged = b ? this.range(a, b) : null;
      if (merged) {
        out.push(merged);
        k++;
      } else out.push(a);
    }
    for (const e of out) this.starts.add(e.phraseFirst);
    return out;
  }

  private range(a: Expr, b: Expr): Expr | null {
    const { tokens, lex } = this;
    if (a.listId !== undefined || b.listId !== undefined) return null;
    // "in 2014-2015", "عامي 2014 و2015", and "from 2011 to 2015," with nothing counted after: a span of years.
    const yearLike = (x: Expr) => x.bareDigits?.length === 4 && x.value >= 1800 && x.value <= 2100;
    const years =
      (a.role === "year" && (b.role === "year" || (b.bareDigits?.length === 2 && !b.role))) ||
      (!a.role && !b.role && yearLike(a) && yearLike(b) && b.value > a.value && b.value - a.value <= 50 && this.endsClause(b.last));
    if (!years && (a.role || b.role)) return null;
    if (a.negative && !a.digits && b.negative) return null;
    let phraseFirst = a.first;
    let kind: "dash" | "to" | "and" | null = null;
    // "between $2 and $5", "$2-$5": a currency sign before either end is part of the range's wording.
    const aFirst = this.signBefore(a.first, 0);
    const bFirst = this.signBefore(b.first, a.last);
    const between = bFirst - a.last;
    const joiner = tokens[a.last];
    // «15ـ20 شخصا»: a tatweel glued to both ends stands for the dash (copy set in Arabic type stretches the line).
    const tatweel = joiner !== undefined && joiner.kind === "word" && TATWEEL.test(joiner.text) && !joiner.spaceBefore && !(tokens[bFirst] as Token).spaceBefore;
    if (between === 1 && joiner && (isDash(joiner) || TILDES.has(joiner.text) || tatweel) && a.digits && b.digits && !a.spelled && !b.spelled) kind = "dash";
    else if (between >= 1 && lex.rangeTo.matchAt(tokens, a.last)?.last === bFirst) kind = "to";
    else if ((between === 1 && joiner && lex.rangeAnd.has(joiner.norm)) || (between === 0 && b.conjBefore)) {
      const opener = lex.rangeBetween.matchEndingAt(tokens, aFirst - 1);
      if (!opener) return null;
      kind = "and";
      phraseFirst = opener.first;
    }
    if (!kind) return null;
    if (kind === "to") {
      const from = lex.rangeFrom.matchEndingAt(tokens, aFirst - 1);
      if (from) {
        if (this.changeBefore(from.first)) return null;
        phraseFirst = from.first;
      } else if (joiner && lex.rangeAnd.has(joiner.norm)) return null;
      // "rose 5% to 30%" is a change and a new level; "rose by 5 to 10 percent" is a range of changes.
      else if (this.changeBefore(aFirst) && !lex.rangeBy.has(tokens[aFirst - 1]?.norm ?? "")) return null;
      // "by 2% to 18.25%", «بنسبة 2% إلى 18.25%»: each end with its own percent mark after "by", the second
      // many times the first, is the change and the level it reached, however far back the verb of change
      // stands; "by 5% to 10%" stays a range of changes.
      else if (lex.rangeBy.has(tokens[aFirst - 1]?.norm ?? "") && this.percentWritten(a) && this.percentWritten(b) && b.value >= a.value * LEVEL_RATIO) return null;
      // "rose by 366,000 to 5.6 million": a scale word the first end does not share, as a range would, makes
      // the second a new level, not a bigger change.
      else if (a.scale === 1 && b.scale > 1 && Math.abs(a.value) >= Math.abs(b.value / b.scale)) return null;
    }
    // "falling by 6% to 12,791 million dollars": a first end with its own percent mark and a second without one
    // are a change and a level ("5 to 10%" puts the mark on the last end only).
    if (kind === "to" && this.percentWritten(a) && !this.percentWritten(b)) return null;
    // "rose 0.2% to $35.07 an hour": a share and an amount of money measure different things, never one range.
    if (kind !== "and" && ((a.percent && !b.percent && bFirst !== b.first) || (aFirst !== a.first && b.percent))) return null;
    let lo = a.value;
    let hi = b.value;
    let gran = Math.min(a.granularity, b.granularity);
    if (years && b.bareDigits?.length === 2) {
      const century = Math.floor(a.value / 100) * 100;
      hi = century + b.value;
      if (hi <= lo) return null;
    }
    // "20-30 ألف", "between 2 and 3 million": the scale of the second end is the first's too.
    if (a.scale === 1 && b.scale > 1 && !years) {
      const base = b.value / b.scale;
      if (Math.abs(a.value) < Math.abs(base)) {
        lo = tidy(a.value * b.scale);
        gran = Math.min(a.granularity * b.scale, b.granularity);
      }
    }
    // "70-100,000", "5-10,000": a short first end written against thousands counts thousands too, when that
    // puts both ends within a factor of ten ("1-10,000" stays one to ten thousand).
    if (kind === "dash" && !years && a.scale === 1 && b.scale === 1 && !a.percent && !b.percent && Number.isInteger(lo) && lo > 0 && lo < 1000 && hi % 1000 === 0 && lo * 1000 <= hi && lo * 1000 * SHARED_THOUSANDS_RATIO > hi && this.groupedThousands(b)) {
      lo *= 1000;
      gran = Math.min(a.granularity * 1000, b.granularity);
    }
    if (!(lo < hi)) return null;
    const start = a.start;
    const phraseStart = (tokens[phraseFirst] as Token).start;
    return {
      ...a,
      last: b.last,
      end: b.end,
      value: lo,
      upper: hi,
      granularity: gran,
      spelled: a.spelled || b.spelled,
      digits: a.digits || b.digits,
      percent: a.percent || b.percent,
      fraction: a.fraction || b.fraction,
      role: years ? "year" : undefined,
      qualifier: "range",
      start,
      phraseStart,
      phraseFirst,
      phraseEnd: b.phraseEnd,
      phraseLast: b.phraseLast,
      listId: undefined,
      scale: b.scale,
    };
  }

  /** The figure is written with a thousands separator before three zeros ("100,000"). */
  private groupedThousands(e: Expr): boolean {
    const last = this.tokens[e.last - 1];
    const sep = this.tokens[e.last - 2];
    return !!last && !!sep && last.kind === "digits" && last.text === "000" && sep.kind === "punct" && !sep.spaceBefore && !last.spaceBefore;
  }

  /** Index of a currency sign right before token `k` (not before `floor`), else `k`. */
  private signBefore(k: number, floor: number): number {
    const t = this.tokens[k - 1];
    return k - 1 >= floor && t && this.lex.currencySigns.has(t.norm) ? k - 1 : k;
  }

  /** The number carries its own percent mark or word after it ("2%", «10 في المئة»), not only a cue before it. */
  private percentWritten(e: Expr): boolean {
    if (!e.percent) return false;
    for (let k = e.first + 1; k < e.last; k++) if (this.lex.percentAfter.matchAt(this.tokens, k)?.last === e.last) return true;
    return false;
  }

  /**
   * "rose from 20 to 30": a change of value is two figures, not a range. A word of change before "and" is
   * another item's ("60 seconds of free fall and 4 to 6 minutes of canopy flight").
   */
  private changeBefore(k: number): boolean {
    const { tokens, lex } = this;
    for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
      const t = tokens[j] as Token;
      if (t.kind === "punct" && t.text !== "," && t.text !== "\u060C") return false;
      if (t.kind === "word" && lex.rangeAnd.has(t.norm)) return false;
      if (t.kind === "word" && lex.changeWords.match(t.norm, { suffixes: false })) return true;
    }
    return false;
  }

  // ——— Ratios ———

  ratios(exprs: Expr[]): Expr[] {
    const out: Expr[] = [];
    for (let k = 0; k < exprs.length; k++) {
      const a = exprs[k] as Expr;
      const b = exprs[k + 1];
      let m = b ? this.lex.ratios.matchAt(this.tokens, a.last) : undefined;
      // "17 مقعداً من أصل 41 مقعداً", "1,756,318 voters out of 5,061,430": the part's noun may come first.
      if (b && !m && this.isNoun(a.last)) {
        const parts = this.lex.ratios.matchAt(this.tokens, a.last + 1);
        if (parts?.value.parts) m = parts;
      }
      // «صوت 89 نائبا على مشروع القانون، من أصل 114»: the part-of words may follow a short phrase of the part's.
      if (b && !m) m = this.partsAfterPhrase(a.last, b.first);
      // "three of the stadium's 12 gates": a possessive between the part-of words and the whole.
      if (b && m?.value.parts && m.last !== b.first && this.possessiveAt(m.last) === b.first) m = { ...m, last: b.first };
      // "50 of the roughly 240 hostages": the whole's own qualifier stands between the part-of words and its figure;
      // it bounds the whole and leaves the two a part and its whole.
      // (Qualifiers are read after ratios: the words before the whole are matched here.)
      if (b && m?.value.parts && m.last < b.first && this.lex.qualifiersBefore.matchEndingAt(this.tokens, b.first - 1)?.first === m.last) {
        m = { ...m, last: b.first };
      }
      const fits =
        !!b && !!m && m.last === b.first && !a.role && !b.role && !a.percent && !b.percent && !a.qualifier && !b.qualifier &&
        a.value !== 0 && b.value > 0 &&
        (!!m.value.always || (!!m.value.proper && Math.abs(a.value) < b.value) || (!!m.value.clauseEnd && this.endsSentence(b.last)));
      if (b && m && fits && m.value.parts) {
        // "17 out of 41 seats": two figures; the part names its whole.
        a.partOf = { start: b.start, end: b.end, value: b.value };
        out.push(a, b);
        k++;
      } else if (b && fits) {
        out.push({ ...a, last: b.last, end: b.end, phraseEnd: b.phraseEnd, phraseLast: b.phraseLast, value: tidy(a.value / b.value), granularity: tidy(1 / b.value), fraction: true, spelled: a.spelled || b.spelled });
        k++;
      } else out.push(a);
    }
    return out;
  }

  /**
   * Part-of words ("out of", «من أصل») ending right before the whole at `whole`, after a few words and commas that
   * follow the part from `from` («89 نائبا على مشروع القانون، من أصل 114»): a vote's tally and the members present.
   */
  private partsAfterPhrase(from: number, whole: number): PhraseMatch<RatioRule> | undefined {
    const { tokens, lex } = this;
    for (let j = from + 1; j < whole && j <= from + PART_PHRASE_WORDS; j++) {
      const t = tokens[j - 1] as Token;
      if (t.kind !== "word" && !(t.kind === "punct" && (t.text === "," || t.text === "\u060C"))) return undefined;
      const m = lex.ratios.matchAt(tokens, j);
      if (m?.value.parts) return m.last === whole && m.value.distant ? m : undefined;
    }
    return undefined;
  }

  /** Index after a possessive ("stadium's") starting at `k`, or -1. */
  private possessiveAt(k: number): number {
    const { tokens, lex } = this;
    const word = tokens[k];
    const mark = tokens[k + 1];
    const s = tokens[k + 2];
    if (lex.possessiveEndings.size === 0 || !word || !mark || !s || word.kind !== "word" || mark.spaceBefore || s.spaceBefore) return -1;
    return lex.possessiveEndings.has(fold(mark.text + s.text)) ? k + 3 : -1;
  }

  // ——— Qualifiers ———

  private readonly before = new Map<Expr, QualifierWord>();

  qualifyBefore(e: Expr): void {
    const { tokens, lex } = this;
    if (e.role) return;
    // "more than $3bn", "over £20 million": a currency sign may stand between the qualifier and the figure.
    const sign = tokens[e.phraseFirst - 1];
    let end = sign && e.phraseFirst === e.first && lex.currencySigns.has(sign.norm) ? e.phraseFirst - 2 : e.phraseFirst - 1;
    // Letters glued before the sign belong to it ("about E£51", "nearly US$2 billion").
    const mark = tokens[end];
    if (end === e.phraseFirst - 2 && mark?.kind === "word" && !(sign as Token).spaceBefore && isCurrencyLetters(mark.text)) end--;
    let before = lex.qualifiersBefore.matchEndingAt(tokens, end);
    // "deaths passed 1,000 this year", not "parliament passed 100 laws": a milestone is round and counts no noun.
    // A count noun as the verb's subject makes any figure one ("the death toll has crossed 126").
    if (!before && this.endsClause(e.phraseLast)) {
      const m = lex.milestoneQualifiers.matchEndingAt(tokens, end);
      if (m && (isMilestone(e) || this.countSubjectBefore(m.first))) before = m;
    }
    if (!before && this.thresholdAround(end, e.phraseLast)) {
      before = lex.qualifiersBefore.matchEndingAt(tokens, end - 1) ?? lex.milestoneQualifiers.matchEndingAt(tokens, end - 1);
    }
    if (!before) {
      // «تجاوز عدد المصابين 12 ألفاً»: the verb before its subject bounds the figure after it.
      const verb = this.verbBeforeSubject(e.phraseFirst) ?? this.verbBeforeThreshold(e.phraseFirst);
      if (verb) this.before.set(e, verb);
      return;
    }
    // "edged up to 4.3%", "shot up to 50": a bound that opens with a word of change, after a verb of change, is
    // where a figure moved, not how far it may go.
    if (before && (this.movedTo(before.first) || this.changedFrom(before.first, e))) before = undefined;
    if (before && this.comparedWith(before.first)) before = undefined;
    if (before && this.symbolsFit(before.first, before.last)) {
      this.before.set(e, before.value);
      e.phraseConj = before.prefix !== "" && lex.conjunctionPrefixes.some((c) => before.prefix.startsWith(c));
      e.phraseStart = e.phraseConj ? stemStart(tokens[before.first] as Token, lex.conjunctionPrefixes.find((c) => before.prefix.startsWith(c)) as string) : (tokens[before.first] as Token).start;
      e.phraseFirst = before.first;
    }
  }

  /**
   * "crossed the Dh1 trillion mark", "exceeds the one trillion dirhams barrier": an article at `article`, right
   * before the figure, and a threshold noun after the figure's end `after`, a word or two on (its unit, "death").
   */
  private thresholdAround(article: number, after: number): boolean {
    const { tokens, lex } = this;
    const the = tokens[article];
    if (lex.thresholdNounsAfter.size === 0 || the?.kind !== "word" || !lex.thresholdArticles.has(the.norm)) return false;
    for (let k = after; k < after + 3; k++) {
      const t = tokens[k];
      // "the Dh300 billion-mark": the noun glued on by a hyphen.
      if (t && isDash(t) && !t.spaceBefore && tokens[k + 1]?.spaceBefore === false) continue;
      if (t?.kind !== "word" || this.starts.has(k)) return false;
      if (lex.thresholdNounsAfter.has(t.norm)) return true;
    }
    return false;
  }

  /**
   * «نفقات بقيمة 1.31 تريليون ريال وهو أقل من 1.33 تريليون ريال»: a bound after a pronoun that stands for a figure
   * given a few tokens before, in the same sentence, compares that figure with this one; this one is exact.
   */
  private comparedWith(first: number): boolean {
    const { tokens, lex } = this;
    const subject = lex.comparisonSubjects.matchEndingAt(tokens, first - 1);
    if (!subject) return false;
    for (let k = subject.first - 1; k >= 0 && k >= subject.first - COMPARED_FIGURE_TOKENS; k--) {
      const t = tokens[k] as Token;
      if (t.kind === "digits") return true;
      if (t.kind === "punct" && SENTENCE_END.test(t.text)) return false;
    }
    return false;
  }

  /**
   * "Net income was up to $8.72 billion ($1.67 per share) from $7.80 billion": a bound that opens with a word of
   * change and is followed, past an aside in brackets, by "from" and another figure is where the figure moved.
   */
  private changedFrom(first: number, e: Expr): boolean {
    const { tokens, lex } = this;
    const opener = tokens[first];
    if (!opener || !lex.changeWords.match(opener.norm, { suffixes: false })) return false;
    let k = e.phraseLast;
    if (tokens[k]?.text === "(") {
      let close = k + 1;
      while (close < tokens.length && close <= k + ASIDE_TOKENS && tokens[close]!.text !== ")") close++;
      if (tokens[close]?.text !== ")") return false;
      k = close + 1;
    }
    const from = lex.rangeFrom.matchAt(tokens, k);
    if (!from) return false;
    const next = tokens[from.last];
    const figure = next && (next.kind === "digits" || lex.currencySigns.has(next.norm)) ? next : undefined;
    return !!figure;
  }

  /**
   * "second-half goals", "first-half chances": a fraction glued by a hyphen after a word of order names a part of
   * a match (or of a year), not a share.
   */
  /** "on 74 minutes": a whole figure in digits between moment cues (NumberWords.momentCues) names a moment. */
  private moment(e: Expr): boolean {
    const { tokens, lex } = this;
    if (!e.digits || e.percent || e.qualifier || !Number.isInteger(e.value)) return false;
    return lex.momentBefore.matchEndingAt(tokens, e.first - 1) !== undefined && lex.momentAfter.matchAt(tokens, e.last) !== undefined;
  }

  private periodOfPlay(e: Expr): boolean {
    const { tokens, lex } = this;
    if (!e.fraction || e.digits || lex.periodOrdinals.size === 0) return false;
    const hyphen = tokens[e.first - 1];
    const order = tokens[e.first - 2];
    const head = tokens[e.first] as Token;
    if (!hyphen || !order || hyphen.text !== "-" || hyphen.spaceBefore || head.spaceBefore) return false;
    return order.kind === "word" && lex.periodOrdinals.has(order.norm);
  }

  private movedTo(first: number): boolean {
    const { tokens, lex } = this;
    const opener = tokens[first];
    const verb = tokens[first - 1];
    return !!opener && !!verb && verb.kind === "word" && !!lex.changeWords.match(opener.norm, { suffixes: false }) && !!lex.movedVerbs.match(verb.norm, { suffixes: false });
  }

  /** Whether a count noun ends within two words before token `first` ("the toll has crossed", "the tally passed"). */
  private countSubjectBefore(first: number): boolean {
    const { tokens, lex } = this;
    for (let c = first - 1; c >= 0 && c >= first - 2; c--) {
      const t = tokens[c] as Token;
      if (t.kind !== "word") return false;
      if (lex.countNouns.match(t.norm)) return true;
    }
    return false;
  }

  /**
   * The qualifier of a verb of bounding that stands before its subject, when the subject starts with a count noun
   * («عدد», «حصيلة», «قيمتها») and no more than a few words, none of them a number, lead from it to the figure at `k`.
   */
  private verbBeforeSubject(k: number): QualifierWord | undefined {
    const { tokens, lex } = this;
    if (lex.countNouns.size === 0) return undefined;
    for (let c = k - 1; c >= 0 && c >= k - 1 - SUBJECT_WORDS; c--) {
      const t = tokens[c] as Token;
      if (t.kind !== "word" || (c < k - 1 && this.starts.has(c + 1))) return undefined;
      if (!lex.countNouns.match(t.norm)) continue;
      // «عدد من الجنود» is "a number of soldiers", not the count of them.
      const next = tokens[c + 1] as Token;
      if (c + 1 < k && next.kind === "word" && lex.stopwords.has(next.norm)) return undefined;
      const verb = lex.subjectQualifiers.matchEndingAt(tokens, c - 1);
      if (verb) return verb.value;
    }
    return undefined;
  }

  /**
   * The qualifier of a verb of bounding whose object is a threshold noun right before the figure at `k` (its
   * article between): «تجاوز الذهب يوم الأربعاء مستوى 5200 دولار», «اخترقت حاجز الـ 5200» are over the figure,
   * however many words (a subject, a day) stand between the verb and its object, up to SUBJECT_WORDS, none a number.
   */
  private verbBeforeThreshold(k: number): QualifierWord | undefined {
    const { tokens, lex } = this;
    if (lex.thresholdNouns.size === 0) return undefined;
    let n = k - 1;
    const art = tokens[n];
    if (art?.kind === "word" && lex.definitePrefixes.includes(art.norm)) n--;
    // In construct before its figure: «كسرت الشرطة الحاجز 12 مرة» broke the barrier twelve times.
    const noun = tokens[n];
    const m = noun?.kind === "word" ? lex.thresholdNouns.match(noun.norm) : undefined;
    if (!m || lex.definitePrefixes.some((d) => m.prefix.endsWith(d))) return undefined;
    for (let c = n - 1; c >= 0 && c >= n - 1 - SUBJECT_WORDS; c--) {
      const t = tokens[c] as Token;
      if (t.kind !== "word" || this.starts.has(c + 1)) return undefined;
      const verb = lex.subjectQualifiers.matchEndingAt(tokens, c);
      if (verb) return verb.value;
    }
    return undefined;
  }

  qualifyAfter(e: Expr, next: Expr | undefined): void {
    const { tokens, lex } = this;
    if (e.role) return;
    const q = this.before.get(e);
    let a: QualifierWord | undefined;
    // Right after the number, or after the counted noun ("50 شخصا على الأقل", "18 عاما فأكثر", "20 people or more").
    let after = lex.qualifiersAfter.matchAt(tokens, e.phraseLast);
    if (!after && this.isNoun(e.phraseLast)) after = lex.qualifiersAfter.matchAt(tokens, e.phraseLast + 1);
    // …or after the noun and one adjective of it («30 شخصا آخرين على الأقل», «12 جنديا إسرائيليا على الأقل»,
    // «16 مليون دولار أمريكي تقريبا»).
    if (!after && this.isNoun(e.phraseLast) && this.isNoun(e.phraseLast + 1)) after = lex.qualifiersAfter.matchAt(tokens, e.phraseLast + 2);
    // Not when the words lead into the next number ("less than 10 and more than 40", "5000 or equal to 6000").
    const intoNext = !!after && !!next && after.last > next.phraseFirst;
    if (after && !intoNext && !this.starts.has(after.last) && !this.startsNumber(after.last)) {
      a = after.value;
      e.phraseEnd = (tokens[after.last - 1] as Token).end;
      e.phraseLast = after.last;
    }
    if (e.qualifier === "range") return;
    let qualifier: QualifierWord | undefined = q === "exact" ? undefined : q;
    let exact = q === "exact";
    if (a === "orEqual") {
      if (qualifier === "over") qualifier = "atLeast";
      else if (qualifier === "under") qualifier = "atMost";
    } else if (a === "exact") exact = !qualifier;
    else if (a === "atLeast" || a === "atMost") {
      qualifier = a;
      exact = false;
    } else if (a === "approx" && !qualifier) qualifier = "approx";
    if (qualifier && qualifier !== "orEqual") {
      e.qualifier = qualifier;
      exact = false;
    }
    if (exact) e.exact = true;
  }

  /** "<>30", "=>30": a comparison sign glued to another sign is not the qualifier it looks like. */
  private symbolsFit(first: number, last: number): boolean {
    const { tokens } = this;
    let symbolic = true;
    for (let k = first; k < last; k++) if ((tokens[k] as Token).kind !== "punct") symbolic = false;
    if (!symbolic) return true;
    const prev = tokens[first - 1];
    const head = tokens[first] as Token;
    if (!prev || head.spaceBefore) return true;
    return !(prev.kind === "digits" || (prev.kind === "punct" && COMPARISON_SIGNS.has(prev.text)));
  }

  /** A word that can be the counted noun: not a function word, not a conjunction. */
  private isNoun(k: number): boolean {
    const t = this.tokens[k];
    if (!t || t.kind !== "word") return false;
    return !this.lex.stopwords.has(t.norm) && !this.lex.conjunctions.has(t.norm) && !this.starts.has(k);
  }

  private startsNumber(k: number): boolean {
    const t = this.tokens[k];
    return !!t && t.kind === "digits";
  }

  // ——— Bounds joined into a range ———

  bounds(exprs: Expr[]): Expr[] {
    const out: Expr[] = [];
    for (let k = 0; k < exprs.length; k++) {
      const a = exprs[k] as Expr;
      const b = exprs[k + 1];
      const merged = b ? this.bound(a, b) : null;
      if (merged) {
        out.push(merged);
        k++;
      } else out.push(a);
    }
    return out;
  }

  private bound(a: Expr, b: Expr): Expr | null {
    if (a.role || b.role || !a.qualifier || !b.qualifier) return null;
    const lower = (q: string) => q === "over" || q === "atLeast";
    const upper = (q: string) => q === "under" || q === "atMost";
    let lo: Expr;
    let hi: Expr;
    if (lower(a.qualifier) && upper(b.qualifier)) [lo, hi] = [a, b];
    else if (upper(a.qualifier) && lower(b.qualifier)) [lo, hi] = [b, a];
    else return null;
    const { tokens, lex } = this;
    const gap = b.phraseFirst - a.phraseLast;
    if (gap > 2 || (gap === 0 && !b.phraseConj)) return null;
    for (let k = a.phraseLast; k < b.phraseFirst; k++) if (!lex.boundJoiners.has((tokens[k] as Token).norm)) return null;
    if (a.percent !== b.percent && !b.percent) return null;
    if (!(lo.value < hi.value)) return null;
    return {
      ...a,
      last: b.last,
      end: b.end,
      value: lo.value,
      upper: hi.value,
      granularity: Math.min(a.granularity, b.granularity),
      qualifier: "range",
      lowerOpen: lo.qualifier === "over",
      upperOpen: hi.qualifier === "under",
      percent: a.percent || b.percent,
      spelled: a.spelled || b.spelled,
      phraseEnd: b.phraseEnd,
      phraseLast: b.phraseLast,
    };
  }
}

/** A round figure that a milestone verb may bound: "1,000", "2 million", "300"; not "30" or "12". */
function isMilestone(e: Expr): boolean {
  return !e.percent && !e.fraction && e.value >= 100 && e.granularity >= 100;
}

function shiftHours(h: number, mark: ClockMark | undefined): number {
  switch (mark) {
    case "am":
      return h === 12 ? 0 : h;
    case "pm":
      return h < 12 ? h + 12 : h;
    case "night":
      return h >= 6 && h < 12 ? h + 12 : h;
    case "noon":
      return h <= 4 ? h + 12 : h;
    default:
      return h;
  }
}

/**
 * «للسنة المالية 20152016», «منذ السنة المالية 19981999»: a fiscal year whose slash or dash the copy lost, two
 * consecutive years glued into eight digits. A count is almost never written as eight bare digits that split
 * into a year and the next one.
 */
function gluedYearPair(digits: string): boolean {
  if (digits.length !== 8) return false;
  const a = Number(digits.slice(0, 4));
  const b = Number(digits.slice(4));
  return a >= 1900 && a < 2100 && b === a + 1;
}
