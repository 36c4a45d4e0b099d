/**
 * The scan: one left-to-right pass over a paragraph's tokens that reads every number expression, in digits or in
 * words, with its scale words, fractions and sign. Context (percent, qualifiers, ranges, roles that depend on the
 * words around) is added afterwards by context.ts. Every step moves forward; nothing is re-read.
 */
import type { Token } from "../../text/tokenize.js";
import { isLatinLetter } from "../../text/chars.js";
import type { CompiledNumbers } from "./compile.js";
import { gluedRunEnd, isDash, readRun, readSpaceGroups, type DigitNumber, type DigitPiece } from "./digits.js";
import type { Expr } from "./expr.js";
import { stemStart } from "./stem.js";
import { isReportable, tidy, trailingZerosStep } from "./value.js";
import type { FractionWord, ScaleWord } from "./words.js";

/** Token flags: never part of a number (inside a URL), or a word that is not a number word here. */
const URL = 1;
const NOT_NUMBER_WORD = 2;

const VULGAR: Record<string, number> = {
  "½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5, "⅗": 3 / 5, "⅘": 4 / 5,
  "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8, "⅐": 1 / 7, "⅑": 1 / 9, "⅒": 1 / 10,
};
const VULGAR_DENOMINATOR: Record<string, number> = {
  "½": 2, "⅓": 3, "⅔": 3, "¼": 4, "¾": 4, "⅕": 5, "⅖": 5, "⅗": 5, "⅘": 5, "⅙": 6, "⅚": 6, "⅛": 8, "⅜": 8, "⅝": 8,
  "⅞": 8, "⅐": 7, "⅑": 9, "⅒": 10,
};

const MINUS_SIGNS = new Set(["-", "\u2212"]);
const MINUS_OR_PLUS = new Set(["-", "\u2212", "+"]);
/** Punctuation after which a glued minus sign is a sign, not a hyphen. */
const SIGN_CONTEXT = new Set(["(", "[", "{", "<", ">", "=", ":", ";", "/", "«", "\u201C", "\"", "'", "\u2018", "$", "~"]);

interface Prefix {
  raw: string;
  conj: boolean;
  definite: boolean;
  /** A clitic other than a conjunction or the article (ب، ل، ك). */
  prep: boolean;
}

interface WordHit<T> {
  value: T;
  prefix: Prefix;
}

interface Denominator {
  den: number;
  word: FractionWord;
  /** Token index after the denominator. */
  end: number;
  compound: boolean;
  prefix: Prefix;
}

/** The state of a spelled (or digit-seeded) number being read. */
interface State {
  total: number;
  hundreds: number;
  rest: number;
  sH: boolean;
  sT: boolean;
  sU: boolean;
  lastScale: number;
  lastTerm: number;
  lastTermConj: boolean;
  /** The group takes no more additive parts (after a fraction, a decimal point, a dozen). */
  closed: boolean;
  /** The group is a digit figure ("322" hundred, "2.5" million). */
  digitAtom: boolean;
  /** The last thing read was a multiplier (a digit part may follow: "4 آلاف و500"). */
  afterMultiplier: boolean;
  article: boolean;
  spelled: boolean;
  digits: boolean;
  fraction: boolean;
  multiplier: number;
  groupFine: number;
  totalFine: number;
  decimals: number;
  atoms: number;
  last: number;
  definite: boolean;
  intPart: number;
  fracDigits: string;
  /** The last step added a part to the group (not a scale or fraction). */
  added: boolean;
}

function newState(last: number): State {
  return {
    total: 0, hundreds: 0, rest: 0, sH: false, sT: false, sU: false, lastScale: Infinity, lastTerm: 0,
    lastTermConj: false, closed: false, digitAtom: false, afterMultiplier: false, article: false, spelled: false,
    digits: false, fraction: false, multiplier: 1, groupFine: Infinity, totalFine: Infinity, decimals: 0, atoms: 0,
    last, definite: false, intPart: 0, fracDigits: "", added: false,
  };
}

const groupOf = (s: State): number => s.hundreds + s.rest;
const isEmptyGroup = (s: State): boolean => !s.sH && !s.sT && !s.sU && s.hundreds === 0 && s.rest === 0;

/** Slots a value occupies within a group below a thousand: hundreds, tens, units. */
function slotsOf(v: number): { h: boolean; t: boolean; u: boolean } {
  const h = v >= 100;
  const r = v % 100;
  return { h, t: r >= 10, u: r % 10 !== 0 || (r > 10 && r < 20) };
}

export function scanExpressions(text: string, tokens: readonly Token[], lex: CompiledNumbers): Expr[] {
  return new Scanner(text, tokens, lex).run();
}

class Scanner {
  private readonly flags: Uint8Array;
  private readonly splitCache: (readonly (readonly [string, string])[] | undefined)[] = [];
  private readonly out: Expr[] = [];
  private lastEnd = -1;
  private listCounter = 0;

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    private readonly lex: CompiledNumbers,
  ) {
    this.flags = new Uint8Array(tokens.length);
    this.markUrls();
    this.markNotNumberWords();
  }

  run(): Expr[] {
    const tokens = this.tokens;
    let i = 0;
    while (i < tokens.length) {
      if (this.flags[i] === URL) {
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

  // ——— Marking ———

  /** Numbers inside URLs and e-mail addresses are not claims ("%20", "id=2015"). */
  private markUrls(): void {
    const tokens = this.tokens;
    let chunkStart = 0;
    for (let i = 0; i <= tokens.length; i++) {
      const t = tokens[i];
      if (i === tokens.length || (i > chunkStart && t?.spaceBefore)) {
        let url = false;
        for (let k = chunkStart; k < i && !url; k++) {
          const c = tokens[k] as Token;
          const n1 = tokens[k + 1];
          const n2 = tokens[k + 2];
          if (c.text === "@" && k > chunkStart && k + 1 < i) url = true;
          if (c.text === ":" && n1?.text === "/" && n2?.text === "/") url = true;
          if (k === chunkStart && c.norm === "www" && n1?.text === ".") url = true;
        }
        if (url) for (let k = chunkStart; k < i; k++) this.flags[k] = URL;
        chunkStart = i;
      }
    }
  }

  /** Weekday names that look like numbers (الاثنين، الأحد), idioms ("في آن واحد"), percent words. */
  private markNotNumberWords(): void {
    const { tokens, lex } = this;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.kind === "word" && this.isWeekday(i)) this.flags[i] = (this.flags[i] as number) | NOT_NUMBER_WORD;
      const idiom = lex.idioms.matchAt(tokens, i);
      if (idiom) for (let k = idiom.first; k < idiom.last; k++) if ((tokens[k] as Token).kind === "word") this.flags[k] = (this.flags[k] as number) | NOT_NUMBER_WORD;
      const pct = lex.percentAfter.matchAt(tokens, i);
      if (pct) for (let k = pct.first; k < pct.last; k++) this.flags[k] = (this.flags[k] as number) | NOT_NUMBER_WORD;
    }
  }

  private isWeekday(k: number): boolean {
    const { weekdays, definitePrefixes, weekdayCores } = this.lex;
    const norm = (this.tokens[k] as Token).norm;
    let possible = false;
    for (const [length, cores] of weekdayCores) if (norm.length >= length && cores.has(norm.slice(norm.length - length))) possible = true;
    if (!possible) return false;
    for (const [p, rest] of this.splits(k)) {
      if (weekdays.has(rest)) return true;
      for (const d of definitePrefixes) if (p && p.endsWith(d) && weekdays.has(d + rest)) return true;
    }
    return false;
  }

  private wordOk(k: number): boolean {
    const t = this.tokens[k];
    return !!t && t.kind === "word" && this.flags[k] === 0;
  }

  // ——— Lookups ———

  private prefixOf(raw: string): Prefix {
    const { conjunctionPrefixes, definitePrefixes } = this.lex;
    let rest = raw;
    let conj = false;
    for (const c of conjunctionPrefixes) {
      if (c && rest.startsWith(c)) {
        conj = true;
        rest = rest.slice(c.length);
        break;
      }
    }
    let definite = false;
    let prep = rest.length > 0;
    for (const d of definitePrefixes) {
      if (d && rest.endsWith(d)) {
        definite = true;
        prep = rest.length > d.length;
        break;
      }
    }
    return { raw, conj, definite, prep };
  }

  /**
   * The ways to read token `k` as clitic + stem, exact form first, then longer clitics first (as WordLexicon
   * tries them); a stem of two letters never takes a clitic ("لست" is not "ل" + "ست"). Computed once per token.
   */
  private splits(k: number): readonly (readonly [string, string])[] {
    const cached = this.splitCache[k];
    if (cached) return cached;
    const norm = (this.tokens[k] as Token).norm;
    const out: [string, string][] = [["", norm]];
    for (const p of this.lex.prefixList) if (norm.length - p.length > 2 && norm.startsWith(p)) out.push([p, norm.slice(p.length)]);
    this.splitCache[k] = out;
    return out;
  }

  /** A word looked up with clitic prefixes but no suffixes. */
  private lookup<T>(lexicon: { get(norm: string): T | undefined }, k: number): WordHit<T> | undefined {
    if (!this.wordOk(k)) return undefined;
    for (const [prefix, stem] of this.splits(k)) {
      const value = lexicon.get(stem);
      if (value !== undefined) return { value, prefix: this.prefixOf(prefix) };
    }
    return undefined;
  }

  private stemStart(k: number, prefix: string): number {
    return stemStart(this.tokens[k] as Token, prefix);
  }

  private isDefiniteWord(k: number): boolean {
    const t = this.tokens[k];
    if (!t || t.kind !== "word") return false;
    const { definitePrefixes, clitics } = this.lex;
    for (const p of ["", ...clitics.prefixes]) {
      if (!t.norm.startsWith(p)) continue;
      const rest = t.norm.slice(p.length);
      for (const d of definitePrefixes) if (d && rest.startsWith(d) && rest.length > d.length + 1) return true;
    }
    return false;
  }

  // ——— Entry points ———

  private readAt(i: number): Expr[] | null {
    const t = this.tokens[i] as Token;
    if (t.kind === "digits") return this.readDigits(i, i, false);
    if (t.kind === "punct") return this.readPunct(i);
    return this.readWord(i);
  }

  private readPunct(i: number): Expr[] | null {
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

  private readWord(i: number): Expr[] | null {
    const { tokens, lex } = this;
    const t = tokens[i] as Token;
    if (this.flags[i] !== 0) return null;
    if (lex.negatives.has(t.norm)) {
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

  // ——— Digits ———

  private readDigits(i: number, signTok: number, negative: boolean): Expr[] | null {
    const { tokens } = this;
    const runEnd = gluedRunEnd(tokens, i);
    let pieces = readRun(tokens, i, runEnd);
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

  /** Space grouping is not read right after a month name ("Nov 13 130 people") or a digit figure. */
  private spaceGroupsAllowed(i: number): boolean {
    const prev = this.tokens[i - 1];
    if (!prev) return true;
    if (prev.kind === "digits") return false;
    return !this.lex.months.matchEndingAt(this.tokens, i - 1);
  }

  private fromPiece(piece: DigitPiece, startTok: number, negative: boolean): Expr[] {
    const { tokens } = this;
    const start = (tokens[startTok] as Token).start;
    const end = (tokens[piece.last - 1] as Token).end;
    const nums = piece.numbers;
    if (piece.kind === "identifier") {
      const n0 = nums[0] as DigitNumber;
      const e = this.baseExpr(startTok, piece.last, start, end, isReportable(n0.value) ? n0.value : 0, 1);
      e.role = "identifier";
      e.kind = "identifier";
      e.digits = true;
      return [e];
    }
    if (piece.kind === "clock") {
      const h = (nums[0] as DigitNumber).value;
      const m = (nums[1] as DigitNumber).value;
      const e = this.baseExpr(startTok, piece.last, start, end, h + m / 60, 1 / 60);
      e.role = "clock";
      e.kind = "clock";
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
      e.kind = "fraction";
      return [e];
    }
    // A list: each item is its own number.
    const listId = ++this.listCounter;
    const out: Expr[] = [];
    nums.forEach((n, k) => {
      const e = this.plainDigitExpr(n, k === 0 ? startTok : n.first, k === 0 && negative);
      if (e) {
        e.listId = listId;
        e.kind = "list";
        out.push(e);
      }
    });
    return out;
  }

  private plainDigitExpr(num: DigitNumber, startTok: number, negative: boolean): Expr | null {
    if (!isReportable(num.value)) return null;
    const { tokens } = this;
    const e = this.baseExpr(startTok, num.last, (tokens[startTok] as Token).start, (tokens[num.last - 1] as Token).end, negative ? -num.value : num.value, num.granularity);
    e.digits = true;
    e.negative = negative;
    e.decimals = num.fracDigits.length;
    e.intPart = Number(num.intDigits);
    e.fracDigits = num.fracDigits;
    if (num.last - num.first === 1 && (tokens[num.first] as Token).kind === "digits" && !negative) e.bareDigits = num.intDigits;
    e.kind = "number";
    return e;
  }

  /** A digit number that may go on with scale words, abbreviations, a fraction, or be a designation or ordinal. */
  private fromDigitNumber(num: DigitNumber, startTok: number, negative: boolean): Expr[] | null {
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
    if (!after || after.kind !== "word") return [base];
    const st = newState(num.last);
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
    const grown = this.grow(st, startTok);
    if (grown.last === num.last) return [base];
    const e = this.finish(grown, startTok, (tokens[startTok] as Token).start, negative, false);
    return e ? [e] : [base];
  }

  /**
   * Scientific and power notation, glued: "1e10", "12.32e+14", "1.1^23", "2.5^-1", "1.3x10^6". Signs after "^"
   * multiply ("^--23" is ^23).
   */
  private exponentAt(num: DigitNumber, negative: boolean): { value: number; end: number } | null {
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
  private gluedAfter(k: number): boolean {
    const t = this.tokens[k + 1];
    return !!t && !t.spaceBefore && (t.kind === "word" || t.kind === "digits");
  }

  private scaleSuffixAt(k: number, startTok: number): { value: number; end: number } | null {
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
      if (s.afterCurrency && !currency) continue;
      return { value: s.value, end: k + 1 };
    }
    return null;
  }

  /**
   * Model and type designations: digits glued to Latin letters ("A321", "MH17", "22M3", "4G"), a short
   * letters-hyphen-digits code ("Tu-160", "SCP-173", "تو- 160"), or a number right after a model word
   * ("Boeing 737", "سوخوي 34", "إف – 16").
   */
  private isDesignation(first: number, last: number): boolean {
    const { tokens, lex } = this;
    const head = tokens[first] as Token;
    const prev = tokens[first - 1];
    if (prev && prev.kind === "word" && !head.spaceBefore) {
      if (isLatinLetter(prev.text.charCodeAt(0))) return true;
      if (!this.isCliticOnly(prev.norm)) return true;
    }
    const after = tokens[last];
    if (after && after.kind === "word" && !after.spaceBefore && isLatinLetter(after.text.charCodeAt(0))) {
      const beyond = tokens[last + 1];
      if (beyond && !beyond.spaceBefore && beyond.kind === "digits") return true;
      const isSuffix = lex.scaleSuffixes.some((s) => (s.caseSensitive ? s.form === after.text : s.form.toLowerCase() === after.norm));
      if (!isSuffix && after.text.length === 1 && after.text !== after.norm && !lex.ordinalSuffixes.has(after.norm)) return true;
    }
    if (prev && isDash(prev)) {
      const word = tokens[first - 2];
      const beforeWord = tokens[first - 3];
      const partOfNumber = !!word && !word.spaceBefore && beforeWord?.kind === "digits";
      if (word && word.kind === "word" && this.flags[first - 2] === 0 && !partOfNumber) {
        const glued = !prev.spaceBefore;
        const latin = isLatinLetter(word.text.charCodeAt(0));
        const short = latin ? word.text.length <= 5 : word.norm.length <= 3;
        const known = !!lex.modelWords.match(word.norm, { suffixes: false });
        const excluded = lex.notCodePrefixes.has(word.norm) || this.isNumberWord(first - 2);
        if (!excluded && ((glued && short) || known) && (!head.spaceBefore || known || !latin)) return true;
      }
    }
    if (prev && prev.kind === "word" && head.spaceBefore && lex.modelWords.match(prev.norm, { suffixes: false })) return true;
    return false;
  }

  private isCliticOnly(norm: string): boolean {
    const { clitics, definitePrefixes, conjunctionPrefixes } = this.lex;
    return clitics.prefixes.includes(norm) || definitePrefixes.includes(norm) || conjunctionPrefixes.includes(norm);
  }

  private isNumberWord(k: number): boolean {
    const { lex } = this;
    return !!(this.lookup(lex.cardinals, k) || this.lookup(lex.scales, k) || this.lookup(lex.fractions, k));
  }

  private readPhone(i: number): Expr | null {
    const { tokens, text } = this;
    let k = i + 1;
    let groups = 0;
    let digits = 0;
    for (;;) {
      const t = tokens[k];
      if (!t || t.kind !== "digits") break;
      groups++;
      digits += t.norm.length;
      const sep = tokens[k + 1];
      const next = tokens[k + 2];
      if (sep && !sep.spaceBefore && (isDash(sep) || sep.text === "/" || sep.text === ".") && next?.kind === "digits" && !next.spaceBefore) {
        k += 2;
        continue;
      }
      if (sep && sep.kind === "digits" && sep.spaceBefore && text.slice(t.end, sep.start) === " ") {
        k += 1;
        continue;
      }
      break;
    }
    if (groups < 2 && digits < 7) return null;
    const e = this.baseExpr(i, k + 1, (tokens[i] as Token).start, (tokens[k] as Token).end, Number((tokens[i + 1] as Token).norm), 1);
    e.role = "identifier";
    e.kind = "identifier";
    e.digits = true;
    return e;
  }

  // ——— Words ———

  private readSpelled(i: number): Expr | null {
    const { tokens, lex } = this;
    const t = tokens[i] as Token;
    if (!this.wordOk(i)) return null;
    const st = newState(i);
    let startOffset = t.start;
    let conjBefore = false;
    if (lex.articles.has(t.norm)) {
      if (!this.articleLeadsNumber(i + 1)) return null;
      const den = this.denominatorAt(i + 1);
      if (den && !this.lookup(lex.scales, i + 1) && this.danglingConjunction(i, { raw: "", conj: false, definite: false, prep: false })) return null;
      st.article = true;
      st.last = i + 1;
    } else {
      // The first word: its clitics tell where the number starts and whether it is definite.
      const first = this.firstAtom(st, i);
      if (!first) return null;
      startOffset = this.stemStart(i, first.raw);
      conjBefore = first.conj;
    }
    const grown = this.grow(st, i);
    if (grown.atoms === 0) return null;
    const e = this.finish(grown, i, startOffset, false, conjBefore);
    if (!e) return null;
    if (!this.spelledAllowed(e, grown)) return null;
    return e;
  }

  /** "a"/"an" is one only before a scale word or a fraction ("a hundred", "a dozen", "a half", "a third of"). */
  private articleLeadsNumber(k: number): boolean {
    const { lex } = this;
    const scale = this.lookup(lex.scales, k);
    if (scale && !scale.value.plural && !scale.value.dual) return true;
    const den = this.denominatorAt(k);
    if (den && !den.word.plural && !this.hyphenatedWord(den.end)) return den.word.ordinal ? this.fractionConfirmed(den.end) : true;
    return false;
  }

  /** Reads the first atom at `i` into `st`; returns its clitic prefix, or null when no number starts here. */
  private firstAtom(st: State, i: number): Prefix | null {
    const { lex, tokens } = this;
    // A fraction spelled like a cardinal is the fraction before a definite word ("خمس الميزانية").
    const frac = this.lookup(lex.fractions, i);
    if (frac && frac.value.cardinalTwin && !frac.prefix.definite && this.isDefiniteWord(i + 1)) {
      this.setFraction(st, 1 / frac.value.denominator, frac.value.denominator);
      st.last = i + 1;
      return frac.prefix;
    }
    const teen = this.teenAt(i);
    if (teen) {
      this.addTerm(st, teen.value, false);
      st.spelled = true;
      st.last = teen.end;
      st.definite = teen.prefix.definite;
      return teen.prefix;
    }
    const card = this.lookup(lex.cardinals, i);
    if (card) {
      if (card.value !== 0 || !card.prefix.raw) {
        this.addTerm(st, card.value, false);
        if (card.value === 0) st.closed = true;
        st.spelled = true;
        st.last = i + 1;
        st.definite = card.prefix.definite;
        return card.prefix;
      }
    }
    const scale = this.lookup(lex.scales, i);
    if (scale) {
      const sw = scale.value;
      if (sw.dual) {
        this.applyDual(st, sw, false);
        st.last = i + 1;
        st.spelled = true;
        st.definite = scale.prefix.definite;
        return scale.prefix;
      }
      if (!sw.plural && lex.words.bareScales) {
        if (sw.value === 100) {
          st.hundreds = 100;
          st.sH = true;
        } else if (sw.value === 12) {
          st.rest = 12;
          st.sT = st.sU = true;
          st.closed = true;
        } else {
          st.total = sw.value;
          st.lastScale = sw.value;
          st.multiplier = sw.value;
          st.afterMultiplier = true;
        }
        st.atoms++;
        st.spelled = true;
        st.last = i + 1;
        st.definite = scale.prefix.definite;
        return scale.prefix;
      }
      return null;
    }
    const den = this.denominatorAt(i);
    if (den && !den.compound && (den.word.bare || den.word.dual) && !den.word.plural) {
      if (this.fractionNounBefore(i) || this.danglingConjunction(i, den.prefix)) return null;
      if (this.hyphenatedWord(den.end)) return null;
      this.setFraction(st, (den.word.dual ? 2 : 1) / den.den, den.den);
      st.last = den.end;
      st.definite = den.prefix.definite;
      return den.prefix;
    }
    if (den && !den.compound && !den.word.plural && !den.word.ordinal && !den.word.compoundOnly) {
      // "quarter million": a fraction that is not a number alone may still multiply a scale.
      const scaleAfter = this.lookup(lex.scales, den.end);
      if (scaleAfter && !scaleAfter.value.plural && !scaleAfter.value.dual && scaleAfter.value.value >= 1000) {
        this.setFraction(st, 1 / den.den, den.den);
        st.last = den.end;
        return den.prefix;
      }
    }
    return null;
  }

  /**
   * "عام ونصف", "a year and a half": a fraction joined by a conjunction to something that is not a number
   * belongs to that noun; alone it would be a wrong value.
   */
  private danglingConjunction(i: number, prefix: Prefix): boolean {
    if (prefix.conj) return this.lastEnd !== i;
    let k = i - 1;
    if (this.tokens[k] && this.lex.articles.has((this.tokens[k] as Token).norm)) k--;
    const prev = this.tokens[k];
    return !!prev && prev.kind === "word" && this.lex.conjunctions.has(prev.norm) && this.lastEnd !== k;
  }

  /** "half-brother", "half-time": the fraction word starts a hyphenated word, it is not a number. */
  private hyphenatedWord(end: number): boolean {
    const { tokens } = this;
    const after = tokens[end];
    const word = tokens[end + 1];
    return !!after && isDash(after) && !after.spaceBefore && word?.kind === "word" && !word.spaceBefore;
  }

  private fractionNounBefore(i: number): boolean {
    const prev = this.tokens[i - 1];
    return !!prev && prev.kind === "word" && this.lex.fractionNouns.has(prev.norm);
  }

  /** The ordinal fraction "a third" is one only before "of", punctuation, a scale word or the end. */
  private fractionConfirmed(k: number): boolean {
    const t = this.tokens[k];
    if (!t) return true;
    if (t.kind === "punct") return !isDash(t);
    if (this.lex.fractionFollowers.has(t.norm)) return true;
    const scale = this.lookup(this.lex.scales, k);
    return !!scale && scale.value.value >= 1000;
  }

  private teenAt(k: number): { value: number; end: number; prefix: Prefix } | null {
    const { lex, tokens } = this;
    const tail = tokens[k + 1];
    if (!tail || tail.kind !== "word" || !tail.spaceBefore || this.flags[k + 1] !== 0) return null;
    const tailValue = lex.teenTails.get(tail.norm);
    if (tailValue === undefined) return null;
    const head = this.lookup(lex.teenHeads, k) ?? this.lookup(lex.cardinals, k);
    if (!head || head.value < 1 || head.value > 9) return null;
    return { value: head.value + tailValue, end: k + 2, prefix: head.prefix };
  }

  /** A denominator at `k`: a fraction word, or tens + unit ordinal ("twenty-fifth", "thirty fifths"). */
  private denominatorAt(k: number): Denominator | null {
    const { lex, tokens } = this;
    const frac = this.lookup(lex.fractions, k);
    if (frac) {
      if (frac.value.compoundOnly) return null;
      return { den: frac.value.denominator, word: frac.value, end: k + 1, compound: false, prefix: frac.prefix };
    }
    if (!lex.words.compoundDenominators) return null;
    const tens = this.lookup(lex.cardinals, k);
    if (!tens || tens.value < 20 || tens.value > 90 || tens.value % 10 !== 0) return null;
    let u = k + 1;
    if (isDash(tokens[u])) u++;
    const unit = this.lookup(lex.fractions, u);
    if (!unit || unit.value.denominator >= 10 || !(unit.value.ordinal || unit.value.plural)) return null;
    return { den: tens.value + unit.value.denominator, word: unit.value, end: u + 1, compound: true, prefix: tens.prefix };
  }

  private setFraction(st: State, value: number, den: number): void {
    st.rest = value;
    st.sH = st.sT = st.sU = true;
    st.closed = true;
    st.fraction = true;
    st.spelled = true;
    st.groupFine = Math.min(st.groupFine, 1 / den);
    st.atoms++;
  }

  /** Adds a value below a thousand to the group, occupying its slots. */
  private addTerm(st: State, v: number, conj: boolean): void {
    const s = slotsOf(v);
    if (v >= 100) st.hundreds += v - (v % 100);
    st.rest += v >= 100 ? v % 100 : v;
    st.sH ||= s.h;
    st.sT ||= s.t;
    st.sU ||= s.u || v === 0;
    st.lastTerm = v;
    st.lastTermConj = conj;
    st.afterMultiplier = false;
    st.added = true;
    st.atoms++;
  }

  /** Whether `v` may join the current group, given how it is joined. */
  private canAdd(st: State, v: number, conj: boolean, hyphen: boolean): boolean {
    const w = this.lex.words;
    if (v === 0 || st.closed) return false;
    if (isEmptyGroup(st)) {
      if (st.atoms === 0) return true;
      // After a scale word: "two thousand three hundred", "ألف وخمسمائة".
      return st.afterMultiplier && v < st.lastScale && (conj || !!w.adjacentJoins) && !hyphen;
    }
    const s = slotsOf(v);
    if ((s.h && st.sH) || (s.t && st.sT) || (s.u && st.sU)) return false;
    if (s.h && (st.sT || st.sU)) return false;
    if (hyphen) return !!w.hyphenJoins && st.sT && !st.sU && !s.h && !s.t && s.u && st.lastTerm >= 20 && st.lastTerm % 10 === 0;
    if (s.t && st.sU) return !!w.unitsBeforeTens && conj;
    return conj || !!w.adjacentJoins;
  }

  private applyDual(st: State, sw: ScaleWord, conj: boolean): boolean {
    if (sw.value === 100) {
      if (!this.canAdd(st, 200, conj, false)) return false;
      this.addTerm(st, 200, conj);
      return true;
    }
    if (sw.value === 12) {
      if (!this.canAdd(st, 24, conj, false)) return false;
      this.addTerm(st, 24, conj);
      st.closed = true;
      return true;
    }
    if (!isEmptyGroup(st) || sw.value >= st.lastScale) return false;
    if (st.atoms > 0 && !conj) return false;
    st.total += 2 * sw.value;
    st.lastScale = sw.value;
    st.multiplier = sw.value;
    st.afterMultiplier = true;
    st.atoms++;
    return true;
  }

  /** Multiplies by a scale word: hundred, thousand …, dozen. */
  private applyScale(st: State, sw: ScaleWord): boolean {
    const count = groupOf(st);
    const hasCount = !isEmptyGroup(st) && count > 0;
    if (sw.value === 100) {
      if (hasCount) {
        if (st.sH && !st.digitAtom) return false;
        st.hundreds = count * 100;
        st.rest = 0;
      } else {
        if (sw.plural || !(this.lex.words.bareScales || st.article) || !(st.atoms === 0 || st.afterMultiplier)) return false;
        st.hundreds = 100;
      }
      st.sH = true;
      st.sT = st.sU = false;
      st.closed = false;
      st.digitAtom = false;
      st.groupFine = st.groupFine * 100;
      st.afterMultiplier = true;
      st.multiplier = 100;
      st.lastTerm = st.hundreds;
      st.lastTermConj = false;
      st.atoms++;
      return true;
    }
    if (sw.value === 12) {
      if (hasCount) {
        if (st.rest > 0) st.rest *= 12;
        else st.hundreds *= 12;
      } else if (!sw.plural && st.article && st.atoms === 0) {
        st.rest = 12;
      } else return false;
      st.sH = st.sT = st.sU = true;
      st.closed = true;
      st.digitAtom = false;
      st.groupFine *= 12;
      st.atoms++;
      return true;
    }
    if (hasCount) {
      if (sw.value >= st.lastScale) return false;
      st.total += count * sw.value;
      st.totalFine = Math.min(st.totalFine, st.groupFine * sw.value);
    } else if (st.total > 0 && st.afterMultiplier && !sw.plural && sw.value > st.multiplier) {
      // "three lakh crore", "ثلاثة آلاف مليون": a larger scale multiplies everything before it.
      st.total *= sw.value;
      st.totalFine *= sw.value;
    } else if (st.atoms === 0 && !sw.plural && (this.lex.words.bareScales || st.article)) {
      st.total = sw.value;
    } else return false;
    st.hundreds = 0;
    st.rest = 0;
    st.sH = st.sT = st.sU = false;
    st.closed = false;
    st.digitAtom = false;
    st.groupFine = Infinity;
    st.lastScale = Math.min(st.lastScale, sw.value);
    st.multiplier = sw.value;
    st.afterMultiplier = true;
    st.lastTerm = 0;
    st.atoms++;
    return true;
  }

  /**
   * Reads as much of a number as follows the state's last token: parts joined by conjunctions or hyphens,
   * scale words, fractions, a spelled decimal part. Returns the longest valid reading.
   */
  private grow(start: State, firstTok: number): State {
    const { tokens, lex } = this;
    let st = { ...start };
    let best = { ...start };
    void firstTok;
    for (let guard = 0; guard < tokens.length; guard++) {
      let k = st.last;
      const t = tokens[k];
      if (!t || this.flags[k] === URL) break;
      let conj = false;
      let hyphen = false;
      if (t.kind === "word" && lex.conjunctions.has(t.norm) && this.flags[k] === 0) {
        conj = true;
        k++;
      } else if (lex.words.hyphenJoins && isDash(t)) {
        hyphen = true;
        k++;
      }
      const next = this.step({ ...st, added: false }, k, conj, hyphen);
      if (!next) break;
      // "3 hundred and 2 hundred": a part that the next scale word cannot take belongs to the next number.
      if (next.added && this.scaleRefuses(next)) break;
      st = next;
      best = { ...st };
    }
    return best;
  }

  private scaleRefuses(st: State): boolean {
    const sc = this.lookup(this.lex.scales, st.last);
    if (!sc || sc.prefix.raw || sc.value.dual) return false;
    return !this.applyScale({ ...st }, sc.value);
  }

  /** One step of `grow`: the part at token `k`, or null. */
  private step(st: State, k: number, conj: boolean, hyphen: boolean): State | null {
    const { tokens, lex } = this;
    const t = tokens[k];
    if (!t) return null;
    if (t.kind === "digits") return this.stepDigits(st, k, conj, hyphen);
    if (t.kind !== "word" || this.flags[k] !== 0) return null;

    // A teen compound first: "وخمسة عشر" is fifteen, not five tenths.
    const teen = this.teenAt(k);
    if (teen && this.prefixFits(st, teen.prefix)) {
      const c = conj || teen.prefix.conj;
      if (!this.canAdd(st, teen.value, c, hyphen)) return null;
      this.addTerm(st, teen.value, c);
      st.spelled = true;
      st.last = teen.end;
      return st;
    }
    // A fraction with the number before as its count ("three quarters", "ثلاثة أرباع", "twenty-three fifths").
    if (!conj) {
      const f = this.stepFractionOfCount(st, k, hyphen);
      if (f) return f;
    }
    // "and a half", "ونصف", "and three quarters": a fraction added to what came before.
    if ((conj || this.conjGlued(k)) && st.atoms > 0) {
      const card = this.lookup(lex.cardinals, k);
      const addable = !!card && !(conj && card.prefix.conj) && !card.prefix.prep && !card.prefix.definite && this.canAdd(st, card.value, true, false);
      if (!addable || this.denominatorAt(k + 1)) {
        const f = this.stepMixedFraction(st, k, addable);
        if (f) return f;
      }
    }
    if (!conj && !hyphen) {
      const p = this.stepPoint(st, k);
      if (p) return p;
    }
    // A conjunction glued to the word ("وثلاثة") counts as one.
    const card = this.lookup(lex.cardinals, k);
    if (card && this.prefixFits(st, card.prefix)) {
      const c = conj || card.prefix.conj;
      if (conj && card.prefix.conj) return null;
      // "ألف خمس مائة": a count right after a scale word, when a hundred follows it.
      const beforeHundred = !c && !hyphen && st.afterMultiplier && isEmptyGroup(st) && card.value < 10 && this.lookup(lex.scales, k + 1)?.value.value === 100;
      if (!this.canAdd(st, card.value, c || beforeHundred, hyphen)) return null;
      this.addTerm(st, card.value, c);
      st.spelled = true;
      st.last = k + 1;
      return st;
    }
    const scale = this.lookup(lex.scales, k);
    if (scale && this.prefixFits(st, scale.prefix)) {
      const sw = scale.value;
      const c = conj || scale.prefix.conj;
      if (sw.dual) {
        if (hyphen || !this.applyDual(st, sw, c)) return null;
      } else {
        if (c || hyphen) return null;
        if (!this.applyScale(st, sw)) return null;
      }
      if (!st.digits || sw.dual) st.spelled = true;
      st.last = k + 1;
      return st;
    }
    // "half a million", "half a dozen", "two thirds of a million".
    if (!conj && !hyphen && st.fraction && st.total === 0) {
      const of = lex.fractionOf.matchAt(tokens, k);
      const skip = of ? of.last : lex.articles.has(t.norm) ? k + 1 : -1;
      if (skip > 0) {
        const sc = this.lookup(lex.scales, skip);
        if (sc && !sc.value.plural && !sc.value.dual && (sc.value.value >= 1000 || sc.value.value === 12) && this.applyScale(st, sc.value)) {
          st.last = skip + 1;
          return st;
        }
      }
    }
    return null;
  }

  /** The word at `k` carries a conjunction clitic and is a fraction or a count ("ونصف", "وثلاثة"). */
  private conjGlued(k: number): boolean {
    const den = this.denominatorAt(k);
    if (den) return den.prefix.conj;
    const card = this.lookup(this.lex.cardinals, k);
    return !!card && card.prefix.conj;
  }

  private prefixFits(st: State, p: Prefix): boolean {
    if (p.prep) return false;
    if (p.definite) return st.definite;
    return true;
  }

  private stepDigits(st: State, k: number, conj: boolean, hyphen: boolean): State | null {
    const { tokens } = this;
    if (hyphen || !st.afterMultiplier || st.digitAtom) return null;
    if (gluedRunEnd(tokens, k) !== k + 1) return null;
    const t = tokens[k] as Token;
    if (t.norm.length > 3) return null;
    const v = Number(t.norm);
    // Adjacent digits after a scale only when a scale word follows them ("٤ آلاف ٣ مائة").
    if (!conj) {
      const sc = this.lookup(this.lex.scales, k + 1);
      if (!sc || sc.value.plural || sc.value.dual) return null;
    }
    if (!this.canAdd(st, v, true, false)) return null;
    this.addTerm(st, v, conj);
    st.digits = true;
    st.last = k + 1;
    return st;
  }

  private stepFractionOfCount(st: State, k: number, hyphen: boolean): State | null {
    if (st.atoms === 0 && !st.article) return null;
    if (st.closed && !st.digitAtom) return null;
    if (st.decimals > 0 || st.fraction) return null;
    const den = this.denominatorAt(k);
    if (!den || den.prefix.conj || den.prefix.prep || den.word.dual) return null;
    if (hyphen && !this.lex.words.hyphenJoins) return null;
    const n = st.total + groupOf(st) + (st.article && st.atoms === 0 ? 1 : 0);
    if (n <= 0) return null;
    const w = den.word;
    if (w.ordinal && !w.plural) {
      if (n !== 1 || !this.fractionConfirmed(den.end)) return null;
    }
    if (!w.ordinal && !w.plural && !w.bare && !w.cardinalTwin && n !== 1) return null;
    if (w.cardinalTwin && st.digitAtom) return null;
    if (st.digitAtom && !w.plural) return null;
    let value: number;
    if (st.lastTermConj && st.lastTerm > 0 && st.lastTerm < 10 && n > st.lastTerm) value = n - st.lastTerm + st.lastTerm / den.den;
    else value = n / den.den;
    const next: State = { ...st, total: 0, hundreds: 0 };
    this.setFraction(next, tidy(value), den.den);
    next.lastScale = st.lastScale;
    next.digitAtom = false;
    next.last = den.end;
    next.afterMultiplier = false;
    return next;
  }

  /** After a conjunction: "a half", "one half", "three quarters", or a bare fraction ("ونصف", "وثلثان"). */
  private stepMixedFraction(st: State, k: number, addable: boolean): State | null {
    const { lex, tokens } = this;
    if (st.fraction || st.decimals > 0) return null;
    let numerator = 1;
    let d = k;
    let den: Denominator | null = null;
    const t = tokens[k] as Token;
    if (lex.articles.has(t.norm)) {
      den = this.denominatorAt(k + 1);
      if (!den || den.word.plural) return null;
    } else {
      den = this.denominatorAt(k);
      if (den && !den.word.plural && (den.word.bare || den.word.dual || den.word.cardinalTwin) && !den.compound) {
        numerator = den.word.dual ? 2 : 1;
        if (den.prefix.prep || den.prefix.definite) return null;
      } else {
        den = null;
        const card = this.lookup(lex.cardinals, k);
        if (!card || card.prefix.prep || card.prefix.definite || card.value === 0 || card.value >= 100) return null;
        // "one hundred and thirty fifths" is 130/5; "one hundred and three quarters" is 100¾.
        if (addable && card.value >= 10) return null;
        numerator = card.value;
        d = k + 1;
        if (lex.words.hyphenJoins && isDash(tokens[d]) && card.value >= 20) {
          const unit = this.lookup(lex.cardinals, d + 1);
          if (unit && unit.value > 0 && unit.value < 10) {
            numerator += unit.value;
            d += 2;
          }
        }
        if (lex.words.hyphenJoins && isDash(tokens[d])) d++;
        den = this.denominatorAt(d);
        if (!den || den.prefix.raw || den.word.dual) return null;
        if (!den.word.plural && numerator !== 1 && den.word.ordinal) return null;
      }
    }
    if (den.word.ordinal && !den.word.plural && !this.fractionConfirmed(den.end)) return null;
    const f = numerator / den.den;
    const scaleAfter = this.lookup(lex.scales, den.end);
    if (isEmptyGroup(st)) {
      if (st.total <= 0 || !st.afterMultiplier) return null;
      if (scaleAfter && !scaleAfter.value.plural && !scaleAfter.value.dual && scaleAfter.value.value < st.lastScale && scaleAfter.value.value >= 1000) {
        const next: State = { ...st };
        this.setFraction(next, f, den.den);
        next.last = den.end;
        next.afterMultiplier = false;
        return next;
      }
      const next: State = { ...st };
      next.total += f * st.lastScale;
      next.totalFine = Math.min(next.totalFine, st.lastScale / den.den);
      next.fraction = true;
      next.spelled = true;
      next.closed = true;
      next.sH = next.sT = next.sU = true;
      next.atoms++;
      next.last = den.end;
      next.afterMultiplier = false;
      return next;
    }
    if (st.closed && !st.digitAtom) return null;
    if (st.digitAtom && st.decimals > 0) return null;
    const next: State = { ...st };
    const whole = groupOf(st);
    next.hundreds = 0;
    next.rest = whole + f;
    next.sH = next.sT = next.sU = true;
    next.closed = true;
    next.digitAtom = false;
    next.fraction = true;
    next.spelled = true;
    next.groupFine = Math.min(next.groupFine, 1 / den.den);
    next.atoms++;
    next.last = den.end;
    next.afterMultiplier = false;
    return next;
  }

  /** "two point five", "nought point nought three", "خمس فاصلة خمسة". */
  private stepPoint(st: State, k: number): State | null {
    const { lex, tokens } = this;
    const t = tokens[k] as Token;
    if (!lex.decimalPoints.has(t.norm) || st.total > 0 || st.fraction || st.decimals > 0 || st.digitAtom || st.atoms === 0) return null;
    let d = k + 1;
    let digits = "";
    const first = this.lookup(lex.cardinals, d);
    if (!first || first.prefix.raw) return null;
    if (first.value >= 10 && first.value < 100) {
      let v = first.value;
      d++;
      if (first.value >= 20 && first.value % 10 === 0) {
        const j = lex.words.hyphenJoins && isDash(tokens[d]) ? d + 1 : d;
        const unit = this.lookup(lex.cardinals, j);
        if (unit && !unit.prefix.raw && unit.value > 0 && unit.value < 10) {
          v += unit.value;
          d = j + 1;
        }
      }
      digits = String(v);
    } else if (first.value < 10) {
      for (;;) {
        const u = this.lookup(lex.cardinals, d);
        if (!u || u.prefix.raw || u.value >= 10) break;
        digits += String(u.value);
        d++;
      }
    }
    if (!digits) return null;
    const next: State = { ...st };
    const whole = groupOf(st);
    next.hundreds = 0;
    next.rest = Number(`${whole}.${digits}`);
    next.sH = next.sT = next.sU = true;
    next.closed = true;
    next.decimals = digits.length;
    next.groupFine = 10 ** -digits.length;
    next.atoms++;
    next.last = d;
    next.spelled = true;
    return next;
  }

  // ——— Results ———

  private finish(st: State, firstTok: number, startOffset: number, negative: boolean, conjBefore: boolean): Expr | null {
    const { tokens } = this;
    if (st.atoms === 0 || st.last <= firstTok) return null;
    let value = st.total + groupOf(st);
    if (!isReportable(value)) return null;
    value = tidy(value);
    const fine = Math.min(st.totalFine, st.groupFine * (st.total > 0 && !isEmptyGroup(st) ? 1 : 1));
    const granularity = granularityOf(value, fine, st.fraction);
    const e = this.baseExpr(firstTok, st.last, startOffset, (tokens[st.last - 1] as Token).end, negative ? -value : value, granularity);
    e.spelled = st.spelled;
    e.digits = st.digits;
    e.scale = st.multiplier;
    e.decimals = st.decimals;
    e.intPart = st.intPart;
    e.fracDigits = st.fracDigits;
    e.fraction = st.fraction;
    e.definite = st.definite;
    e.negative = negative;
    e.conjBefore = conjBefore;
    e.kind = st.spelled ? "spelled" : "number";
    return e;
  }

  /** Context rules for numbers in words: pronouns ("the one"), definite numbers, names (قمة العشرين). */
  private spelledAllowed(e: Expr, st: State): boolean {
    const { tokens, lex } = this;
    const single = e.last - e.first === 1;
    const word = tokens[e.first] as Token;
    if (single && lex.pronounWords.has(this.stemNorm(e.first))) {
      const prev = tokens[e.first - 1];
      if (prev && prev.kind === "word" && lex.pronounPrecededBy.has(prev.norm)) return false;
      if (!lex.ratios.matchAt(tokens, e.last) && lex.pronounFollowedBy.matchAt(tokens, e.last)) return false;
    }
    if (st.definite) {
      if (lex.nameHeads.matchEndingAt(tokens, e.first - 1)) {
        e.role = "designation";
        return true;
      }
      const qualified = !!lex.qualifiersBefore.matchEndingAt(tokens, e.first - 1);
      if (qualified) return true;
      const isTens = e.value >= 20 && e.value < 100 && e.value % 10 === 0 && single;
      if (isTens || e.fraction) return false;
      return this.isDefiniteWord(e.first - 1);
    }
    if (e.spelled && !word.spaceBefore && tokens[e.first - 1]?.kind === "digits") return false;
    if (lex.nameHeads.matchEndingAt(tokens, e.first - 1) && e.spelled) e.role = "designation";
    return true;
  }

  private stemNorm(k: number): string {
    const t = this.tokens[k] as Token;
    const hit = this.lookup(this.lex.cardinals, k);
    return hit ? t.norm.slice(hit.prefix.raw.length) : t.norm;
  }

  private baseExpr(first: number, last: number, start: number, end: number, value: number, granularity: number): Expr {
    return {
      first, last, start, end, value, granularity, spelled: false, digits: false, scale: 1, decimals: 0, intPart: 0,
      fracDigits: "", kind: "number", conjBefore: false, definite: false, negative: false, percent: false,
      fraction: false, phraseStart: start, phraseEnd: end, phraseFirst: first, phraseLast: last,
    };
  }
}


function decimalScale(num: DigitNumber, scale: number, negative: boolean): number {
  const v = num.fracDigits ? Number(`${num.intDigits}.${num.fracDigits}`) * scale : num.value * scale;
  const exact = num.fracDigits && Number.isSafeInteger(Number(num.intDigits + num.fracDigits) * scale)
    ? (Number(num.intDigits + num.fracDigits) * scale) / 10 ** num.fracDigits.length
    : v;
  return negative ? -exact : exact;
}

/** See index.ts: trailing zeros for whole numbers, the written unit otherwise; a fraction's unit always. */
function granularityOf(value: number, fine: number, fraction: boolean): number {
  if (fraction && Number.isFinite(fine)) return tidy(fine);
  if (Number.isInteger(value)) return trailingZerosStep(value);
  return Number.isFinite(fine) ? tidy(fine) : 1;
}
