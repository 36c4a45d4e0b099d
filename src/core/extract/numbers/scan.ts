/**
 * The scan: one left-to-right pass over a paragraph's tokens that reads every number expression, in digits or in
 * words, with its scale words, fractions and sign. Context (percent, qualifiers, ranges, roles that depend on the
 * words around) is added afterwards by context.ts. Every step moves forward; nothing is re-read.
 */
import type { Token } from "../../text/tokenize.js";
import { isCapitalised, isLatinLetter } from "../../text/chars.js";
import type { CompiledNumbers } from "./compile.js";
import type { PhoneCue } from "./words.js";
import { gluedRunEnd, isDash, makeNumber, readRun, readSpaceGroups, type DigitNumber, type DigitPiece } from "./digits.js";
import type { Expr } from "./expr.js";
import { WordGrammar, granularityOf, newState } from "./grammar.js";
import { IN_URL } from "./reader.js";
import { mayStartNumber } from "./gate.js";
import { gates } from "../gates.js";
import { VULGAR, VULGAR_DENOMINATOR } from "./vulgar.js";
import { isReportable, tidy, trailingZerosStep } from "./value.js";

const MINUS_SIGNS = new Set(["-", "\u2212"]);
/** Punctuation between a telephone cue and its number ("tel: 122", "the line, 122"). */
const PHONE_LINKS = new Set([":", ",", "\u060C"]);
/** Fewest digits of a telephone number in groups ("020 7946 0321"), and most (E.164). */
const MIN_PHONE_DIGITS = 7;
const MAX_PHONE_DIGITS = 15;
/** The smallest scale a full count may repeat after it (see fromDigitNumber): "12,000 thousand" is left alone. */
const REPEATED_SCALE_MIN = 1e6;

/** «32.175.224 مليون»: a whole count of the millions or more, then a scale word it already reaches. */
function repeatsMillions(value: number, scale: number): boolean {
  return scale >= REPEATED_SCALE_MIN && value >= scale;
}

/**
 * "some 600 hundred", «600 مئة»: a count written to its hundreds (its last two digits 0), then "hundred", is the
 * count said again in words; counts of hundreds are written with fewer digits ("15 hundred", "322 hundred").
 */
function repeatsHundreds(value: number, scale: number): boolean {
  return scale === 100 && value >= 100 && value % 100 === 0;
}
const MINUS_OR_PLUS = new Set(["-", "\u2212", "+"]);
/** Two or three Latin capitals: an airline's or a route's code ("ET", "MH"). */
const CAPITALS_CODE = /^[A-Z]{2,3}$/;

/** Punctuation after which a glued minus sign is a sign, not a hyphen. */
const SIGN_CONTEXT = new Set(["(", "[", "{", "<", ">", "=", ":", ";", "/", "«", "\u201C", "\"", "'", "\u2018", "$", "~"]);

export function scanExpressions(text: string, tokens: readonly Token[], lex: CompiledNumbers): Expr[] {
  return new Scanner(text, tokens, lex).run();
}

class Scanner extends WordGrammar {
  private readonly out: Expr[] = [];
  private listCounter = 0;

  run(): Expr[] {
    const tokens = this.tokens;
    let i = 0;
    while (i < tokens.length) {
      if (this.flags[i] === IN_URL) {
        i++;
        continue;
      }
      const found = this.readAt(i);
      if (found && found.length > 0) {
        for (const e of found) this.out.push(e);
        i = (found[found.length - 1] as Expr).last;
        this.lastEnd = i;
      } else i++;
    }
    return this.out;
  }

  protected readAt(i: number): Expr[] | null {
    const t = this.tokens[i] as Token;
    if (t.kind === "digits") return this.readDigits(i, i, false);
    if (t.kind === "punct") return this.readPunct(i);
    return this.readWord(i);
  }

  protected readPunct(i: number): Expr[] | null {
    const { tokens } = this;
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    const signContext = i === 0 || t.spaceBefore || (prev?.kind === "punct" && SIGN_CONTEXT.has(prev.text));
    if (MINUS_SIGNS.has(t.text) && next?.kind === "digits" && !next.spaceBefore && signContext && i !== this.lastEnd) {
      return this.readDigits(i + 1, i, true);
    }
    if (t.text === "." && next?.kind === "digits" && !next.spaceBefore && signContext && gluedRunEnd(tokens, i + 1) === i + 2) {
      // ".25": a decimal with no integer part.
      const n = next.norm;
      const num: DigitNumber = {
        first: i, last: i + 2, intDigits: "0", fracDigits: n, value: Number(`0.${n}`), granularity: 10 ** -n.length, separated: true,
      };
      return this.fromDigitNumber(num, i, false);
    }
    if (t.text === "+" && next?.kind === "digits" && !next.spaceBefore && signContext) {
      const phone = this.readPhone(i);
      if (phone) return [phone];
      return this.readDigits(i + 1, i + 1, false);
    }
    const vulgar = VULGAR[t.text];
    if (vulgar !== undefined) {
      const e = this.baseExpr(i, i + 1, t.start, t.end, vulgar, 1 / (VULGAR_DENOMINATOR[t.text] as number));
      e.fraction = true;
      e.digits = true;
      return [e];
    }
    return null;
  }

  protected readWord(i: number): Expr[] | null {
    const { tokens, lex } = this;
    const t = tokens[i] as Token;
    if (this.flags[i] !== 0 || (gates.on && !mayStartNumber(lex, t))) return null;
    if (lex.negatives.has(t.norm) && !this.afterToleranceLead(i)) {
      const next = tokens[i + 1];
      if (!next) return null;
      let inner: Expr[] | null = null;
      if (next.kind === "digits") inner = this.readDigits(i + 1, i + 1, false);
      else if (next.kind === "word") inner = this.readWord(i + 1);
      const first = inner?.[0];
      if (!inner || inner.length !== 1 || !first || first.role) return null;
      first.value = -first.value;
      first.negative = true;
      first.first = i;
      first.start = t.start;
      return inner;
    }
    const e = this.readSpelled(i);
    return e ? [e] : null;
  }

  /** "plus or minus 2": the words before the negative at `i` make it a margin's ("plus or"). */
  private afterToleranceLead(i: number): boolean {
    const { tokens, lex } = this;
    if (lex.toleranceLeads.size === 0) return false;
    const words: string[] = [];
    for (let k = i - 1; k >= 0 && words.length < 3; k--) {
      const t = tokens[k] as Token;
      if (t.kind !== "word") break;
      words.unshift(t.norm);
      if (lex.toleranceLeads.has(words.join(" "))) return true;
    }
    return false;
  }

  protected readDigits(i: number, signTok: number, negative: boolean): Expr[] | null {
    const { tokens } = this;
    if (!negative && signTok === i) {
      const phone = this.readLocalPhone(i);
      if (phone) return [phone];
    }
    const reversed = this.reversedDecimal(i);
    if (reversed) return this.fromDigitNumber(reversed, signTok, negative);
    const runEnd = gluedRunEnd(tokens, i);
    let pieces = readRun(tokens, i, runEnd);
    const commaDecimal = this.commaDecimalBeforeScale(i, runEnd);
    if (commaDecimal) pieces = [{ kind: "number", first: i, last: runEnd, numbers: [commaDecimal] }];
    if (pieces.length === 1 && runEnd === i + 1 && (pieces[0] as DigitPiece).kind === "number" && this.spaceGroupsAllowed(i)) {
      const sg = readSpaceGroups(this.text, tokens, i);
      if (sg) {
        const num: DigitNumber = {
          first: i, last: sg.last, intDigits: sg.intDigits, fracDigits: sg.fracDigits,
          value: Number(sg.fracDigits ? `${sg.intDigits}.${sg.fracDigits}` : sg.intDigits),
          granularity: sg.fracDigits ? 10 ** -sg.fracDigits.length : trailingZerosStep(Number(sg.intDigits)), separated: true,
        };
        pieces = [{ kind: "number", first: i, last: sg.last, numbers: [num] }];
      }
    }
    // "Boeing 737-800", "A320-200": a glued run opened by a designation is all one designation, not a range
    // or a list.
    const opening = pieces[0];
    if (pieces.length > 1 && opening?.kind === "number" && !negative) {
      const num = opening.numbers[0] as DigitNumber;
      const e = this.plainDigitExpr(num, signTok, false);
      if (e && this.isDesignation(num.first, num.last)) {
        e.role = "designation";
        e.last = runEnd;
        e.end = (tokens[runEnd - 1] as Token).end;
        delete e.bareDigits;
        return [e];
      }
    }
    const out: Expr[] = [];
    for (let p = 0; p < pieces.length; p++) {
      const piece = pieces[p] as DigitPiece;
      const sign = p === 0 && negative;
      const startTok = p === 0 ? signTok : piece.first;
      if (piece.kind === "number") {
        const num = piece.numbers[0] as DigitNumber;
        if (p < pieces.length - 1) {
          const e = this.plainDigitExpr(num, startTok, sign);
          if (e) out.push(e);
        } else {
          const es = this.fromDigitNumber(num, startTok, sign);
          if (es) for (const e of es) out.push(e);
        }
        continue;
      }
      for (const e of this.fromPiece(piece, startTok, sign)) out.push(e);
    }
    return out.length ? out : null;
  }

  /** «1ر13»: digits, a reversed-decimal mark and digits, glued; the fraction comes first in reading order. */
  /**
   * «10,075 مليار دينار» in a paragraph that writes «4,6 مليارات» and «13,63 مليار»: where the paragraph's other
   * figures show the comma as its decimal mark (one or two digits after it) and none uses a decimal point or
   * groups thousands with several commas, "d,ddd" before "million"/"billion" is a decimal too (10.075 billion,
   * not 10,075 billion). Only before a scale of a million or more, where the grouped reading (ten trillion)
   * is the unlikely one; a bare "1,500" keeps its thousands reading.
   */
  protected commaDecimalBeforeScale(i: number, runEnd: number): DigitNumber | null {
    const { tokens, lex } = this;
    if (runEnd !== i + 3 || (tokens[i + 1] as Token).text !== ",") return null;
    const whole = (tokens[i] as Token).norm;
    const frac = (tokens[i + 2] as Token).norm;
    if (frac.length !== 3 || whole.length > 3 || whole === "0") return null;
    const after = tokens[runEnd];
    if (!after || after.kind !== "word" || !after.spaceBefore) return null;
    const scale = this.lookup(lex.scales, runEnd);
    if (!scale || scale.value.value < REPEATED_SCALE_MIN) return null;
    if (this.decimalStyle() !== "comma") return null;
    return makeNumber(tokens, i, runEnd, whole, frac);
  }

  private decimalStyleMemo: "comma" | "other" | null = null;

  /** How this paragraph writes its decimals, read once from its glued runs (see commaDecimalBeforeScale). */
  private decimalStyle(): "comma" | "other" {
    if (this.decimalStyleMemo) return this.decimalStyleMemo;
    const { tokens } = this;
    let comma = false;
    let other = false;
    for (let k = 0; k < tokens.length && !other; k++) {
      if ((tokens[k] as Token).kind !== "digits") continue;
      const end = gluedRunEnd(tokens, k);
      for (let s = k + 1; s < end; s += 2) {
        const sep = (tokens[s] as Token).text;
        if (sep === "." || sep === "\u066B") other = true;
        else if (sep === ",") {
          // "1,234,567" or a list: commas that group; one comma and one or two digits: a decimal comma.
          if (end - k > 3) other = true;
          else if ((tokens[s + 1] as Token).norm.length <= 2) comma = true;
        }
      }
      k = end - 1;
    }
    this.decimalStyleMemo = comma && !other ? "comma" : "other";
    return this.decimalStyleMemo;
  }

  protected reversedDecimal(i: number): DigitNumber | null {
    const { tokens, lex } = this;
    const frac = tokens[i];
    const mark = tokens[i + 1];
    const whole = tokens[i + 2];
    if (!frac || !mark || !whole || mark.kind !== "word" || whole.kind !== "digits" || mark.spaceBefore || whole.spaceBefore) return null;
    if (!lex.reversedDecimalMarks.has(mark.norm) || frac.norm.length > 3) return null;
    const after = tokens[i + 3];
    if (after && !after.spaceBefore && (after.kind === "digits" || after.kind === "word")) return null;
    return {
      first: i, last: i + 3, intDigits: whole.norm, fracDigits: frac.norm,
      value: Number(`${whole.norm}.${frac.norm}`), granularity: 10 ** -frac.norm.length, separated: true,
    };
  }

  /** Space grouping is not read right after a month name ("Nov 13 130 people") or a digit figure. */
  protected spaceGroupsAllowed(i: number): boolean {
    const prev = this.tokens[i - 1];
    if (!prev) return true;
    if (prev.kind === "digits") return false;
    return !this.lex.months.matchEndingAt(this.tokens, i - 1);
  }

  protected fromPiece(piece: DigitPiece, startTok: number, negative: boolean): Expr[] {
    const { tokens } = this;
    const start = (tokens[startTok] as Token).start;
    const end = (tokens[piece.last - 1] as Token).end;
    const nums = piece.numbers;
    if (piece.kind === "identifier") {
      const n0 = nums[0] as DigitNumber;
      const e = this.baseExpr(startTok, piece.last, start, end, isReportable(n0.value) ? n0.value : 0, 1);
      e.role = "identifier";
      e.digits = true;
      return [e];
    }
    if (piece.kind === "clock" && nums.length === 3 && !timestamp(tokens, startTok, nums[0] as DigitNumber)) {
      // "2:00:35": hours, minutes and seconds are a span (a race time), read in seconds; a time of day with
      // seconds is rare in copy and keeps its clock role when a mark follows (see ContextReader.roles).
      const [h, m, sec] = nums.map((n) => n.value) as [number, number, number];
      const e = this.baseExpr(startTok, piece.last, start, end, h * 3600 + m * 60 + sec, 1);
      e.duration = true;
      e.digits = true;
      return [e];
    }
    if (piece.kind === "clock") {
      const h = (nums[0] as DigitNumber).value;
      const m = (nums[1] as DigitNumber).value;
      const e = this.baseExpr(startTok, piece.last, start, end, h + m / 60, 1 / 60);
      e.role = "clock";
      e.digits = true;
      return [e];
    }
    if (piece.kind === "fraction") {
      const a = (nums[0] as DigitNumber).value;
      const b = (nums[1] as DigitNumber).value;
      const e = this.baseExpr(startTok, piece.last, start, end, tidy((negative ? -a : a) / b), 1 / b);
      e.fraction = true;
      e.digits = true;
      e.negative = negative;
      return [e];
    }
    // A list: each item is its own number.
    const listId = ++this.listCounter;
    const out: Expr[] = [];
    nums.forEach((n, k) => {
      const e = this.plainDigitExpr(n, k === 0 ? startTok : n.first, k === 0 && negative);
      if (e) {
        e.listId = listId;
        out.push(e);
      }
    });
    return out;
  }

  protected plainDigitExpr(num: DigitNumber, startTok: number, negative: boolean): Expr | null {
    if (!isReportable(num.value)) return null;
    const { tokens } = this;
    const e = this.baseExpr(startTok, num.last, (tokens[startTok] as Token).start, (tokens[num.last - 1] as Token).end, negative ? -num.value : num.value, num.granularity);
    e.digits = true;
    e.negative = negative;
    e.decimals = num.fracDigits.length;
    e.intPart = Number(num.intDigits);
    e.fracDigits = num.fracDigits;
    if (num.last - num.first === 1 && (tokens[num.first] as Token).kind === "digits" && !negative) e.bareDigits = num.intDigits;
    return e;
  }

  /** "$5-million": a hyphen at tokens[k] glued between the digits and a scale word the grammar may join. */
  protected gluedScaleAfter(k: number): boolean {
    const { tokens, lex } = this;
    const dash = tokens[k];
    const word = tokens[k + 1];
    return !!this.lex.words.hyphenJoins && !!dash && isDash(dash) && !dash.spaceBefore && !!word && word.kind === "word" && !word.spaceBefore && !!this.lookup(lex.scales, k + 1);
  }

  /** A digit number that may go on with scale words, abbreviations, a fraction, or be a designation or ordinal. */
  protected fromDigitNumber(num: DigitNumber, startTok: number, negative: boolean): Expr[] | null {
    const { tokens, lex } = this;
    if (!isReportable(num.value)) return null;
    const base = this.plainDigitExpr(num, startTok, negative);
    if (!base) return null;
    const after = tokens[num.last];
    // Leading zeros on a long figure: a telephone number or a code.
    if (base.bareDigits && base.bareDigits.length >= 6 && base.bareDigits.startsWith("0")) {
      base.role = "identifier";
      return [base];
    }
    const power = this.exponentAt(num, negative);
    if (power) {
      base.value = power.value;
      base.granularity = 1;
      base.last = power.end;
      base.end = (tokens[power.end - 1] as Token).end;
      delete base.bareDigits;
      return isReportable(base.value) ? [base] : null;
    }
    if (after && after.kind === "word" && !after.spaceBefore) {
      if (lex.ordinalSuffixes.has(after.norm) && !this.gluedAfter(num.last)) {
        base.role = "ordinal";
        base.last = num.last + 1;
        base.end = after.end;
        return [base];
      }
    }
    if (this.isDesignation(num.first, num.last)) {
      base.role = "designation";
      return [base];
    }
    const suffix = this.scaleSuffixAt(num.last, startTok);
    if (suffix) {
      base.value = decimalScale(num, suffix.value, negative);
      base.scale = suffix.value;
      base.granularity = granularityOf(base.value, num.fracDigits.length > 0 ? num.granularity * suffix.value : Infinity, false);
      base.last = suffix.end;
      base.end = (tokens[suffix.end - 1] as Token).end;
      delete base.bareDigits;
      if (!isReportable(base.value)) return null;
      return [base];
    }
    // Mixed fractions: "2 1/4", "2½".
    if (num.fracDigits === "" && !num.separated && after) {
      const vulgar = VULGAR[after.text];
      if (vulgar !== undefined && !after.spaceBefore) {
        const whole = num.value + vulgar;
        base.value = negative ? -whole : whole;
        base.granularity = 1 / (VULGAR_DENOMINATOR[after.text] as number);
        base.fraction = true;
        base.last = num.last + 1;
        base.end = after.end;
        delete base.bareDigits;
        return [base];
      }
      if (after.kind === "digits" && after.spaceBefore) {
        const runEnd = gluedRunEnd(tokens, num.last);
        const pieces = readRun(tokens, num.last, runEnd);
        const piece = pieces[0];
        if (pieces.length === 1 && piece?.kind === "fraction") {
          const a = (piece.numbers[0] as DigitNumber).value;
          const b = (piece.numbers[1] as DigitNumber).value;
          const whole = num.value + a / b;
          base.value = tidy(negative ? -whole : whole);
          base.granularity = 1 / b;
          base.fraction = true;
          base.last = runEnd;
          base.end = (tokens[runEnd - 1] as Token).end;
          delete base.bareDigits;
          return [base];
        }
      }
    }
    // Scale words and the rest of a mixed figure: "2.5 million", "4 آلاف", "3 hundred and 21".
    if (!after || (after.kind !== "word" && !this.gluedScaleAfter(num.last))) return [base];
    // «32.175.224 مليون نسمة», «27136977 مليون»: a whole count written out to the millions or more, then the scale
    // word it already reaches, which says its size again and multiplies nothing ("1500 مليون" is still 1.5 billion);
    // so does "hundred" after a count written to its hundreds ("some 600 hundred people").
    if (!num.fracDigits && after.spaceBefore) {
      const scale = this.lookup(lex.scales, num.last);
      if (scale && !scale.prefix.conj && !scale.value.dual && (repeatsMillions(num.value, scale.value.value) || repeatsHundreds(num.value, scale.value.value))) {
        base.last = num.last + 1;
        base.end = after.end;
        return [base];
      }
    }
    const st = newState(num.last, num.first);
    st.rest = num.value;
    st.sH = st.sT = st.sU = true;
    st.closed = true;
    st.digitAtom = true;
    st.digits = true;
    st.atoms = 1;
    st.decimals = num.fracDigits.length;
    st.groupFine = num.fracDigits ? num.granularity : Infinity;
    st.intPart = Number(num.intDigits);
    st.fracDigits = num.fracDigits;
    const grown = this.grow(st);
    if (grown.last === num.last) return [base];
    const e = this.finish(grown, startTok, (tokens[startTok] as Token).start, negative, false);
    return e ? [e] : [base];
  }

  /**
   * Scientific and power notation, glued: "1e10", "12.32e+14", "1.1^23", "2.5^-1", "1.3x10^6". Signs after "^"
   * multiply ("^--23" is ^23).
   */
  protected exponentAt(num: DigitNumber, negative: boolean): { value: number; end: number } | null {
    const { tokens } = this;
    const mantissa = num.value;
    let k = num.last;
    const t = tokens[k];
    if (!t || t.spaceBefore) return null;
    const signsAt = (j: number): { sign: number; next: number } => {
      let sign = 1;
      let n = j;
      while (tokens[n] && !(tokens[n] as Token).spaceBefore && MINUS_OR_PLUS.has((tokens[n] as Token).text)) {
        if ((tokens[n] as Token).text !== "+") sign = -sign;
        n++;
      }
      return { sign, next: n };
    };
    const exponentDigits = (j: number): number | null => {
      const d = tokens[j];
      if (!d || d.kind !== "digits" || d.spaceBefore || d.norm.length > 3 || this.gluedAfter(j)) return null;
      if (tokens[j + 1]?.text === "." || tokens[j + 1]?.text === ",") {
        const more = tokens[j + 2];
        if (more && !more.spaceBefore && more.kind === "digits") return null;
      }
      return Number(d.norm);
    };
    let value: number | null = null;
    if (t.kind === "word" && (t.text === "e" || t.text === "E")) {
      const { sign, next } = signsAt(k + 1);
      const exp = exponentDigits(next);
      if (exp === null || next - (k + 1) > 1) return null;
      value = Number(`${mantissa}e${sign * exp}`);
      k = next + 1;
    } else if (t.text === "^") {
      const { sign, next } = signsAt(k + 1);
      const exp = exponentDigits(next);
      if (exp === null) return null;
      value = mantissa ** (sign * exp);
      k = next + 1;
    } else if ((t.text === "x" || t.text === "X" || t.text === "\u00D7") && tokens[k + 1]?.norm === "10" && !tokens[k + 1]?.spaceBefore && tokens[k + 2]?.text === "^") {
      const { sign, next } = signsAt(k + 3);
      const exp = exponentDigits(next);
      if (exp === null) return null;
      value = Number(`${mantissa}e${sign * exp}`);
      k = next + 1;
    }
    if (value === null) return null;
    return { value: tidy(negative ? -value : value), end: k };
  }

  /** True when a letter or digit is glued right after token index `k` (so a suffix is part of a code). */
  protected gluedAfter(k: number): boolean {
    const t = this.tokens[k + 1];
    return !!t && !t.spaceBefore && (t.kind === "word" || t.kind === "digits");
  }

  /** Whether the word after token `k`, apart from it, is one of `words` (ScaleSuffix.orBefore). */
  private countedNext(k: number, words: readonly string[] | undefined): boolean {
    const next = this.tokens[k + 1];
    return !!words && !!next && next.kind === "word" && next.spaceBefore && words.includes(next.norm);
  }

  protected scaleSuffixAt(k: number, startTok: number): { value: number; end: number } | null {
    const { tokens, lex } = this;
    const t = tokens[k];
    if (!t || t.kind !== "word" || this.gluedAfter(k)) return null;
    if (!isLatinLetter(t.text.charCodeAt(0))) return null;
    const before = tokens[startTok - 1];
    const currency = !!before && lex.currencySigns.has(before.norm);
    for (const s of lex.scaleSuffixes) {
      const same = s.caseSensitive ? t.text === s.form : t.norm === s.form.toLowerCase();
      if (!same) continue;
      if (s.gluedOnly && t.spaceBefore) continue;
      if (s.afterCurrency && !currency && !this.countedNext(k, s.orBefore)) continue;
      return { value: s.value, end: k + 1 };
    }
    return null;
  }

  /** Whether the word right before token `first` opens a range ("between", «بين»). */
  private afterRangeOpener(first: number): boolean {
    const prev = this.tokens[first - 1];
    return !!prev && prev.kind === "word" && this.lex.rangeBetween.matchEndingAt(this.tokens, first - 1) !== undefined;
  }

  /**
   * Model and type designations: digits glued to Latin letters ("A321", "MH17", "22M3", "4G"), a short
   * letters-hyphen-digits code ("Tu-160", "SCP-173", "تو- 160"), or a number right after a model word
   * ("Boeing 737", "سوخوي 34", "إف – 16").
   */
  protected isDesignation(first: number, last: number): boolean {
    const { tokens, lex } = this;
    const head = tokens[first] as Token;
    const prev = tokens[first - 1];
    // A word of no letters (a tatweel, «3ـ2») is no code's letters.
    if (prev && prev.kind === "word" && prev.norm !== "" && !head.spaceBefore) {
      // "SR1.147 trillion", "AED30 million": a currency code glued to its amount writes money, not a model.
      if (isLatinLetter(prev.text.charCodeAt(0))) return !lex.currencySigns.has(prev.norm);
      // A word the locale never writes before a code, glued on by a missing space ("نحو1.2 مليون", "من300"),
      // is the word before a number, not the letters of a designation ("أف16").
      if (!this.isCliticOnly(prev.norm) && !lex.notCodePrefixes.has(prev.norm) && !lex.stopwords.has(prev.norm)) return true;
    }
    const after = tokens[last];
    if (after && after.kind === "word" && !after.spaceBefore && isLatinLetter(after.text.charCodeAt(0))) {
      const beyond = tokens[last + 1];
      if (beyond && !beyond.spaceBefore && beyond.kind === "digits") return true;
      // A suffix only where it scales here: "$26B" is money, "seat 26B" a code like "26A".
      const isSuffix = this.scaleSuffixAt(last, first) !== null;
      const unitLetter = lex.unitLetters.has(after.text);
      if (!isSuffix && !unitLetter && after.text.length === 1 && after.text !== after.norm && !lex.ordinalSuffixes.has(after.norm)) return true;
    }
    if (this.gluedLetterInBrackets(last) || this.subsectionInBrackets(first)) return true;
    // "the company's 737-9 fleet", "a 747-400": a model family's number with its variant glued on by a hyphen.
    const dash = tokens[last];
    const variant = tokens[last + 1];
    // Not after "between", which opens a range ("between 737-800 people").
    if (last === first + 1 && dash && isDash(dash) && !dash.spaceBefore && variant?.kind === "digits" && !variant.spaceBefore && lex.modelFamilyNumbers.has(head.norm) && !this.afterRangeOpener(first)) return true;
    if (prev && isDash(prev)) {
      const word = tokens[first - 2];
      const beforeWord = tokens[first - 3];
      const partOfNumber = !!word && !word.spaceBefore && beforeWord?.kind === "digits";
      if (word && word.kind === "word" && this.flags[first - 2] === 0 && !partOfNumber) {
        const glued = !prev.spaceBefore;
        const latin = isLatinLetter(word.text.charCodeAt(0));
        // "Superjet-100", "Falcon-9": a capitalised Latin name glued to the figure is a designation however long.
        const short = latin ? word.text.length <= 5 || (glued && !head.spaceBefore && isCapitalised(word.text)) : word.norm.length <= 3;
        const known = !!lex.modelWords.match(word.norm, { suffixes: false });
        const cased = glued && !head.spaceBefore && lex.casedCodePrefixes.has(word.text);
        const excluded = (lex.notCodePrefixes.has(word.norm) && !cased) || (this.isNumberWord(first - 2) && !cased);
        if (!excluded && ((glued && short) || known) && (!head.spaceBefore || known || !latin)) return true;
      }
    }
    // A grade word after a number names that number's grade («البنزين 95 أوكتان 19 جنيها»): the number after
    // it is a price, not another grade.
    const model = prev && prev.kind === "word" && head.spaceBefore ? lex.modelWords.match(prev.norm, { suffixes: false }) : undefined;
    const closesGrade = model?.value === "indefinite" && tokens[first - 2]?.kind === "digits" && prev!.spaceBefore;
    if (closesGrade) return false;
    if (model) return true;
    // «البنزين 95 أوكتان»: a number right before a grade word is the grade.
    const grade = tokens[last];
    if (grade && grade.kind === "word" && grade.spaceBefore && lex.modelWords.match(grade.norm, { suffixes: false })?.value === "indefinite") return true;
    // "S&P 500": capitals joined by an ampersand name an index or a firm, and the number after them is its name's.
    if (prev && prev.kind === "word" && head.spaceBefore && ampersandName(tokens, first - 1)) return true;
    // "flight ET 302", "MH 17": a code of two or three capitals before a number names a flight or a route.
    if (prev && prev.kind === "word" && head.spaceBefore && CAPITALS_CODE.test(prev.text) && !lex.currencySigns.has(prev.norm) && !lex.stopwords.has(prev.norm)) return true;
    // "Boeing 737 MAX 8", «بوينغ 737 ماكس 8»: a code word carries a designation on to the number after it …
    const before = this.out[this.out.length - 1];
    if (prev && head.spaceBefore && before?.role === "designation" && before.last === first - 1 && this.isCodeWord(first - 1, false)) return true;
    // … and the number before it is part of one ("737 MAX 8s"), as it is before a listed word that is not written
    // in lower case alone ("the flagship 737 Max aircraft"; "60 max" is a bound).
    const code = tokens[last];
    const more = tokens[last + 1];
    if (code && code.spaceBefore && more?.kind === "digits" && more.spaceBefore && this.isCodeWord(last, true)) return true;
    if (code && code.spaceBefore && code.kind === "word" && !LOWER_ONLY.test(code.text) && this.isCodeWord(last, true)) return true;
    return false;
  }

  /**
   * "401(k)", "403(b)", "501(c)(3)": one Latin letter in brackets glued to the number names a section of a code
   * (a retirement plan, a charity's status), not a count; "5 (a)" with a space is a list item's figure.
   */
  protected gluedLetterInBrackets(last: number): boolean {
    const open = this.tokens[last];
    const letter = this.tokens[last + 1];
    const close = this.tokens[last + 2];
    if (!open || open.kind !== "punct" || open.text !== "(" || open.spaceBefore) return false;
    if (!letter || letter.kind !== "word" || letter.spaceBefore || letter.text.length !== 1 || !isLatinLetter(letter.text.charCodeAt(0))) return false;
    return !!close && close.kind === "punct" && close.text === ")" && !close.spaceBefore;
  }

  /** "501(c)(3)": a number in brackets glued to the bracket that closes a section before it is a subsection. */
  protected subsectionInBrackets(first: number): boolean {
    const open = this.tokens[first - 1];
    const close = this.tokens[first - 2];
    const head = this.tokens[first] as Token;
    if (head.spaceBefore || !open || open.kind !== "punct" || open.text !== "(" || open.spaceBefore) return false;
    return !!close && close.kind === "punct" && close.text === ")";
  }

  /**
   * A word that continues a designation: one of the locale's designation words; unless `listed`, also a model
   * word or a short word in capitals that is not a month ("MAX", "NG", "XWB"). Only listed words make the number
   * before them a designation: "12 سو 34" is twelve Su-34s.
   */
  protected isCodeWord(k: number, listed: boolean): boolean {
    const { tokens, lex } = this;
    const t = tokens[k];
    if (!t || t.kind !== "word" || this.flags[k] !== 0) return false;
    if (lex.designationWords.match(t.norm, { suffixes: false })) return true;
    if (listed) return false;
    if (lex.modelWords.match(t.norm, { suffixes: false })) return true;
    const caps = t.text.length >= 2 && t.text.length <= 5 && t.text === t.text.toUpperCase() && t.text !== t.text.toLowerCase();
    return caps && !lex.stopwords.has(t.norm) && !lex.months.matchAt(tokens, k);
  }

  protected isCliticOnly(norm: string): boolean {
    const { clitics, definitePrefixes, conjunctionPrefixes } = this.lex;
    return clitics.prefixes.includes(norm) || definitePrefixes.includes(norm) || conjunctionPrefixes.includes(norm);
  }

  protected isNumberWord(k: number): boolean {
    const { lex } = this;
    return !!(this.lookup(lex.cardinals, k) || this.lookup(lex.scales, k) || this.lookup(lex.fractions, k));
  }

  /** "+44 20 7946 0321", "+1-800-555-0199": a plus sign and digit groups. */
  protected readPhone(i: number): Expr | null {
    const g = this.phoneGroups(i + 1, true);
    if (g.groups < 2 && g.digits < MIN_PHONE_DIGITS) return null;
    return this.phoneExpr(i, g.last);
  }

  /**
   * A telephone number without a country code: digit groups led by a zero ("020 7946 0321", "0800-123-456"),
   * or any digits after a word for a telephone ("hotline 122", «الخط الساخن 1455»; after a weak cue such as "line"
   * only when nothing but punctuation or a function word follows: "the emergency line, 122, was").
   */
  protected readLocalPhone(i: number): Expr | null {
    const { tokens, lex } = this;
    const head = tokens[i] as Token;
    const zero = head.norm.length >= 2 && head.norm.startsWith("0");
    const cue = this.phoneCueBefore(i);
    // Groups are read only when a zero or a cue leads them, so a run of spaced figures is walked once.
    if (!zero && !cue) return null;
    const g = this.phoneGroups(i, false);
    if (zero && g.groups >= 2 && g.digits >= MIN_PHONE_DIGITS) return this.phoneExpr(i, g.last);
    if (!cue) return null;
    // A decimal or grouped figure after the cue ("line 1.5", "hotline 1,000 calls") is not a number to dial.
    const runEnd = gluedRunEnd(tokens, i);
    if (g.groups === 1 && runEnd !== i + 1) return null;
    if (cue === "weak") {
      const after = tokens[g.last];
      if (after && after.kind !== "punct" && !lex.stopwords.has(after.norm) && !lex.conjunctions.has(after.norm)) return null;
      if (after && isDash(after)) return null;
    }
    return this.phoneExpr(i, g.last);
  }

  /** A telephone cue right before token `i`, or before one comma, colon or function word ("helpline on 122"). */
  protected phoneCueBefore(i: number): PhoneCue | null {
    const { tokens, lex } = this;
    const direct = lex.phoneCues.matchEndingAt(tokens, i - 1);
    if (direct) return direct.value;
    const link = tokens[i - 1];
    if (!link) return null;
    const linking = (link.kind === "punct" && PHONE_LINKS.has(link.text)) || (link.kind === "word" && lex.stopwords.has(link.norm));
    if (!linking) return null;
    return lex.phoneCues.matchEndingAt(tokens, i - 2)?.value ?? null;
  }

  /** Digit groups from token `k` joined by single spaces or glued dashes (and dots or slashes when `loose`). */
  protected phoneGroups(k: number, loose: boolean): { groups: number; digits: number; last: number } {
    const { tokens, text } = this;
    let groups = 0;
    let digits = 0;
    for (;;) {
      const t = tokens[k];
      if (!t || t.kind !== "digits") break;
      groups++;
      digits += t.norm.length;
      const after = tokens[k + 1];
      // No telephone number is longer (E.164): a longer run of spaced figures is not one number.
      if (after?.kind === "digits" && digits + after.norm.length > MAX_PHONE_DIGITS) break;
      const sep = tokens[k + 1];
      const next = tokens[k + 2];
      if (sep && !sep.spaceBefore && (isDash(sep) || (loose && (sep.text === "/" || sep.text === "."))) && next?.kind === "digits" && !next.spaceBefore) {
        k += 2;
        continue;
      }
      if (sep && sep.kind === "digits" && sep.spaceBefore && text.slice(t.end, sep.start) === " ") {
        k += 1;
        continue;
      }
      break;
    }
    return { groups, digits, last: k + 1 };
  }

  protected phoneExpr(first: number, last: number): Expr {
    const { tokens } = this;
    const digitsAt = (tokens[first] as Token).kind === "digits" ? first : first + 1;
    const e = this.baseExpr(first, last, (tokens[first] as Token).start, (tokens[last - 1] as Token).end, Number((tokens[digitsAt] as Token).norm), 1);
    e.role = "identifier";
    e.digits = true;
    return e;
  }
}

function decimalScale(num: DigitNumber, scale: number, negative: boolean): number {
  const v = num.fracDigits ? Number(`${num.intDigits}.${num.fracDigits}`) * scale : num.value * scale;
  const exact = num.fracDigits && Number.isSafeInteger(Number(num.intDigits + num.fracDigits) * scale)
    ? (Number(num.intDigits + num.fracDigits) * scale) / 10 ** num.fracDigits.length
    : v;
  return negative ? -exact : exact;
}

/** A word in lower-case letters only: not a designation's name ("max" is a word, "Max" and "MAX" a model). */
const LOWER_ONLY = /^\p{Ll}+$/u;

/** Capitals, an ampersand and capitals, all glued, ending at tokens[k] ("S&P", "AT&T"). */
function ampersandName(tokens: readonly Token[], k: number): boolean {
  const right = tokens[k];
  const amp = tokens[k - 1];
  const left = tokens[k - 2];
  const capitals = (t: Token | undefined) => t !== undefined && t.kind === "word" && t.text.length <= 4 && t.text === t.text.toUpperCase() && t.text !== t.text.toLowerCase();
  return capitals(right) && capitals(left) && amp !== undefined && amp.kind === "punct" && amp.text === "&" && !amp.spaceBefore && !(right as Token).spaceBefore;
}

/**
 * "2023-09-27 08:00:10", "last updated 08:00:10": a time of day written to the second by a page's furniture. A
 * race time writes its hours without a leading zero, and never right after another run of digits (a date).
 */
function timestamp(tokens: readonly Token[], startTok: number, hours: DigitNumber): boolean {
  if (hours.intDigits.length > 1 && hours.intDigits.startsWith("0")) return true;
  const before = tokens[startTok - 1];
  return !!before && before.kind === "digits";
}
