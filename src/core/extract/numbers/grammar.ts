/**
 * Numbers in words, and what follows a figure: one grammar for both, driven by the locale's word lists. A number
 * is read part by part (counts, teens, tens, hundreds joined by conjunctions, hyphens or nothing as the language
 * allows; multipliers; fractions; a spelled decimal part), each part checked against the slots it fills (hundreds,
 * tens, units) so that "twenty thirty" or "ثلاثة وخمسة" are two numbers, not one. The longest valid reading wins.
 */
import type { Token } from "../../text/tokenize.js";
import { gluedRunEnd, isDash } from "./digits.js";
import type { Expr } from "./expr.js";
import { nameHeadEndsAt } from "./compile.js";
import { TokenReader, IN_URL, type Prefix } from "./reader.js";
import { isReportable, tidy, trailingZerosStep } from "./value.js";
import type { FractionWord, ScaleWord } from "./words.js";

interface Denominator {
  den: number;
  word: FractionWord;
  /** Token index after the denominator. */
  end: number;
  compound: boolean;
  prefix: Prefix;
}

/** The state of a spelled (or digit-seeded) number being read. */
export interface State {
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
  /** The number's first token. */
  first: number;
}

export function newState(last: number, first = last): State {
  return {
    first,
    total: 0, hundreds: 0, rest: 0, sH: false, sT: false, sU: false, lastScale: Infinity, lastTerm: 0,
    lastTermConj: false, closed: false, digitAtom: false, afterMultiplier: false, article: false, spelled: false,
    digits: false, fraction: false, multiplier: 1, groupFine: Infinity, totalFine: Infinity, decimals: 0, atoms: 0,
    last, definite: false, intPart: 0, fracDigits: "", added: false,
  };
}

const groupOf = (s: State): number => s.hundreds + s.rest;
// Letters of the shortest counted noun after a definite number («يوما»); shorter words ending the same way are
// verbs («بدا», «دعا»).
const MIN_COUNTED_NOUN = 4;
const isEmptyGroup = (s: State): boolean => !s.sH && !s.sT && !s.sU && s.hundreds === 0 && s.rest === 0;

/** Slots a value occupies within a group below a thousand: hundreds, tens, units. */
function slotsOf(v: number): { h: boolean; t: boolean; u: boolean } {
  const h = v >= 100;
  const r = v % 100;
  return { h, t: r >= 10, u: r % 10 !== 0 || (r > 10 && r < 20) };
}

export abstract class WordGrammar extends TokenReader {
  protected readSpelled(i: number): Expr | null {
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
    const grown = this.grow(st);
    if (grown.atoms === 0) return null;
    const e = this.finish(grown, i, startOffset, false, conjBefore);
    if (!e) return null;
    if (!this.spelledAllowed(e, grown)) return null;
    return e;
  }

  /** "a"/"an" is one only before a scale word or a fraction ("a hundred", "a dozen", "a half", "a third of"). */
  protected articleLeadsNumber(k: number): boolean {
    const { lex } = this;
    const scale = this.lookup(lex.scales, k);
    if (scale && !scale.value.plural && !scale.value.dual) return true;
    const den = this.denominatorAt(k);
    if (den && !den.word.plural && !this.hyphenatedWord(den.end)) return den.word.ordinal ? this.fractionConfirmed(den.end) : true;
    return false;
  }

  /** Reads the first atom at `i` into `st`; returns its clitic prefix, or null when no number starts here. */
  protected firstAtom(st: State, i: number): Prefix | null {
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
      if (sw.dual || (sw.constructDual && this.nounFollows(i + 1))) {
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
  protected danglingConjunction(i: number, prefix: Prefix): boolean {
    if (prefix.conj) return this.lastEnd !== i;
    let k = i - 1;
    if (this.tokens[k] && this.lex.articles.has((this.tokens[k] as Token).norm)) k--;
    const prev = this.tokens[k];
    return !!prev && prev.kind === "word" && this.lex.conjunctions.has(prev.norm) && this.lastEnd !== k;
  }

  /**
   * "half-brother", "half-time": the fraction word starts a hyphenated word, it is not a number; unless the word
   * glued after it is one a fraction measures ("a quarter-point cut", NumberWords.hyphenFractionWords).
   */
  protected hyphenatedWord(end: number): boolean {
    const { tokens } = this;
    const after = tokens[end];
    const word = tokens[end + 1];
    return !!after && isDash(after) && !after.spaceBefore && word?.kind === "word" && !word.spaceBefore && !this.lex.hyphenFractionWords.has(word.norm);
  }

  protected fractionNounBefore(i: number): boolean {
    const prev = this.tokens[i - 1];
    return !!prev && prev.kind === "word" && this.lex.fractionNouns.has(prev.norm);
  }

  /** The ordinal fraction "a third" is one only before "of", punctuation, a scale word or the end. */
  protected fractionConfirmed(k: number): boolean {
    const t = this.tokens[k];
    if (!t) return true;
    if (t.kind === "punct") return !isDash(t);
    if (this.lex.fractionFollowers.has(t.norm)) return true;
    const scale = this.lookup(this.lex.scales, k);
    return !!scale && scale.value.value >= 1000;
  }

  protected teenAt(k: number): { value: number; end: number; prefix: Prefix } | null {
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
  protected denominatorAt(k: number): Denominator | null {
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

  protected setFraction(st: State, value: number, den: number): void {
    st.rest = value;
    st.sH = st.sT = st.sU = true;
    st.closed = true;
    st.fraction = true;
    st.spelled = true;
    st.groupFine = Math.min(st.groupFine, 1 / den);
    st.atoms++;
  }

  /** Adds a value below a thousand to the group, occupying its slots. */
  protected addTerm(st: State, v: number, conj: boolean): void {
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
  protected canAdd(st: State, v: number, conj: boolean, hyphen: boolean): boolean {
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

  /** A noun at token k: a word that is no function word, conjunction or number word. */
  protected nounFollows(k: number): boolean {
    const { tokens, lex } = this;
    const t = tokens[k];
    if (!t || t.kind !== "word" || !(t as Token).spaceBefore) return false;
    if (lex.stopwords.has(t.norm) || lex.conjunctions.has(t.norm)) return false;
    return !this.lookup(lex.cardinals, k) && !this.lookup(lex.scales, k) && !this.lookup(lex.fractions, k);
  }

  protected applyDual(st: State, sw: ScaleWord, conj: boolean): boolean {
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
  protected applyScale(st: State, sw: ScaleWord): boolean {
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
    if (hasCount && sw.value > st.lastScale && this.countsOfThousands(st, sw, count)) {
      // "ألف وثلاثمائة واثني عشر مليارًا", "two thousand three hundred million": thousands and a group below
      // them, then a larger scale, count that scale (1,312 billion), as the official budget statements write it.
      st.total = (st.total + count) * sw.value;
      st.totalFine = Math.min(st.totalFine, st.groupFine) * sw.value;
      st.lastScale = Infinity;
    } else if (hasCount) {
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

  /** The state so far is a count of thousands below a million, which a singular scale of millions or more may take. */
  protected countsOfThousands(st: State, sw: ScaleWord, count: number): boolean {
    return st.lastScale === 1000 && !sw.plural && !sw.dual && sw.value >= 1e6 && st.total >= 1000 && st.total + count < 1e6;
  }

  /**
   * Reads as much of a number as follows the state's last token: parts joined by conjunctions or hyphens,
   * scale words, fractions, a spelled decimal part. Returns the longest valid reading.
   */
  protected grow(start: State): State {
    const { tokens, lex } = this;
    let st = { ...start };
    let best = { ...start };
    for (let guard = 0; guard < tokens.length; guard++) {
      let k = st.last;
      const t = tokens[k];
      if (!t || this.flags[k] === IN_URL) break;
      let conj = false;
      let hyphen = false;
      if (t.kind === "word" && lex.conjunctions.has(t.norm) && this.flags[k] === 0) {
        conj = true;
        k++;
      } else if (lex.words.hyphenJoins && isDash(t) && this.hyphenedConjunction(k)) {
        // "two-and-a-half": a conjunction written between hyphens joins as one written apart does.
        conj = true;
        k += 3;
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

  /** A conjunction glued between two hyphens at tokens[k+1] ("-and-" in "two-and-a-half"). */
  protected hyphenedConjunction(k: number): boolean {
    const { tokens, lex } = this;
    const word = tokens[k + 1];
    const dash = tokens[k + 2];
    const after = tokens[k + 3];
    return !!word && !!dash && !!after && word.kind === "word" && !word.spaceBefore && lex.conjunctions.has(word.norm) && this.flags[k + 1] === 0 && isDash(dash) && !dash.spaceBefore && !after.spaceBefore;
  }

  /** A singular scale of a thousand or more glued by a hyphen at tokens[k-1] to the part before it. */
  protected gluedScale(k: number, sw: ScaleWord): boolean {
    const dash = this.tokens[k - 1];
    const word = this.tokens[k];
    return !sw.plural && !sw.dual && sw.value >= 1000 && !!dash && !!word && !dash.spaceBefore && !word.spaceBefore;
  }

  protected scaleRefuses(st: State): boolean {
    const sc = this.lookup(this.lex.scales, st.last);
    if (!sc || sc.prefix.raw || sc.value.dual) return false;
    return !this.applyScale({ ...st }, sc.value);
  }

  /** One step of `grow`: the part at token `k`, or null. */
  protected step(st: State, k: number, conj: boolean, hyphen: boolean): State | null {
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
        // "a $5-million deal", "a two-billion-dollar plan": a scale of thousands glued by a hyphen joins the figure.
        // «ألف ومائة» (1,100), «مليون ومئة ألف»: a bare hundred may be joined to the scale word before it.
        const hundredAfterScale = sw.value === 100 && !sw.plural && st.afterMultiplier && isEmptyGroup(st) && st.lastScale > 100;
        if ((c && !hundredAfterScale) || (hyphen && !this.gluedScale(k, sw))) return null;
        if (!this.applyScale(st, sw)) return null;
      }
      if (!st.digits || sw.dual) st.spelled = true;
      st.last = k + 1;
      return st;
    }
    // A definite scale word after a fraction: "ربع المليون" is a quarter of the million, 250,000; "مليون ونصف
    // المليون" repeats the scale the half was taken of.
    if (scale && !conj && !hyphen && st.fraction && this.definiteOnly(scale.prefix)) {
      const sw = scale.value;
      if (!sw.plural && !sw.dual && sw.value >= 1000) {
        if (st.total === 0 && this.applyScale(st, sw)) {
          st.last = k + 1;
          return st;
        }
        if (st.total > 0 && groupOf(st) === 0 && sw.value === st.lastScale) {
          st.last = k + 1;
          return st;
        }
      }
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
  protected conjGlued(k: number): boolean {
    const den = this.denominatorAt(k);
    // A fraction listed with its conjunction («ونص») carries one.
    if (den) return den.prefix.conj || den.word.joinedOnly === true;
    const card = this.lookup(this.lex.cardinals, k);
    return !!card && card.prefix.conj;
  }

  /** The word carries the article and nothing else ("المليون", not "بالمليون" or "والمليون"). */
  protected definiteOnly(p: Prefix): boolean {
    return p.definite && !p.conj && !p.prep;
  }

  protected prefixFits(st: State, p: Prefix): boolean {
    if (p.prep) return false;
    if (p.definite) return st.definite;
    return true;
  }

  protected stepDigits(st: State, k: number, conj: boolean, hyphen: boolean): State | null {
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

  protected stepFractionOfCount(st: State, k: number, hyphen: boolean): State | null {
    if (st.atoms === 0 && !st.article) return null;
    if (st.closed && !st.digitAtom) return null;
    if (st.decimals > 0 || st.fraction) return null;
    const den = this.denominatorAt(k);
    if (!den || den.prefix.conj || den.prefix.prep || den.word.dual || den.word.joinedOnly) return null;
    if (hyphen && !this.lex.words.hyphenJoins) return null;
    const n = st.total + groupOf(st) + (st.article && st.atoms === 0 ? 1 : 0);
    if (n <= 0) return null;
    const w = den.word;
    if (w.period && this.sequenceWordBefore(st.first)) return null;
    if (w.ordinal && !w.plural) {
      if (n !== 1 || !this.fractionConfirmed(den.end)) return null;
    }
    if (!w.ordinal && !w.plural && !w.bare && !w.cardinalTwin && n !== 1) return null;
    if (w.cardinalTwin && st.digitAtom) return null;
    // "ألف خمس مائة": before a scale word the twin is the cardinal.
    if (w.cardinalTwin && this.lookup(this.lex.scales, den.end)) return null;
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

  /** "the first three quarters": a word of sequence right before the number's first token. */
  private sequenceWordBefore(first: number): boolean {
    const t = this.tokens[first - 1];
    return t !== undefined && t.kind === "word" && this.lex.sequenceWords.has(t.norm);
  }

  /** After a conjunction: "a half", "one half", "three quarters", or a bare fraction ("ونصف", "وثلثان"). */
  protected stepMixedFraction(st: State, k: number, addable: boolean): State | null {
    const { lex, tokens } = this;
    if (st.fraction || st.decimals > 0) return null;
    let numerator = 1;
    let d = k;
    let den: Denominator | null = null;
    const t = tokens[k] as Token;
    if (lex.articles.has(t.norm)) {
      // "a-half" inside "two-and-a-half".
      const glued = lex.words.hyphenJoins && isDash(tokens[k + 1]) && !(tokens[k + 1] as Token).spaceBefore;
      den = this.denominatorAt(glued ? k + 2 : k + 1);
      if (!den || den.word.plural) return null;
    } else {
      den = this.denominatorAt(k);
      if (den?.word.tensTwin && !this.tensTwinIsFraction(st, k, den, addable)) den = null;
      // «3 ونص القرار على …»: before a definite word «ونص» is "and the text of", not a half.
      if (den?.word.joinedOnly && this.isDefiniteWord(den.end)) return null;
      if (den && !den.word.plural && (den.word.bare || den.word.dual || den.word.cardinalTwin || den.word.joinedOnly) && !den.compound) {
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

  /**
   * "مئة وثلاثون وخمسين": the tens are taken, so "خمسين" cannot be fifty added to them; it is the dual of the
   * fraction (two fifths). Only when the number before is a compound larger than the cardinal would be: "X و50"
   * with X below 50 is read as two numbers ("بين ثلاثة وعشرين وخمسين"), as is a tens word counting a scale word.
   */
  protected tensTwinIsFraction(st: State, k: number, den: Denominator, addable: boolean): boolean {
    if (addable || st.atoms < 2 || !st.sT || st.digitAtom) return false;
    const card = this.lookup(this.lex.cardinals, k);
    if (card && st.total + groupOf(st) <= card.value) return false;
    return !this.lookup(this.lex.scales, den.end);
  }

  /** "two point five", "nought point nought three", "خمس فاصلة خمسة". */
  protected stepPoint(st: State, k: number): State | null {
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

  protected finish(st: State, firstTok: number, startOffset: number, negative: boolean, conjBefore: boolean): Expr | null {
    const { tokens } = this;
    if (st.atoms === 0 || st.last <= firstTok) return null;
    let value = st.total + groupOf(st);
    if (!isReportable(value)) return null;
    value = tidy(value);
    const fine = Math.min(st.totalFine, st.groupFine);
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
    return e;
  }

  /** Context rules for numbers in words: pronouns ("the one"), definite numbers, names (قمة العشرين). */
  protected spelledAllowed(e: Expr, st: State): boolean {
    const { tokens, lex } = this;
    const single = e.last - e.first === 1;
    const word = tokens[e.first] as Token;
    if (single && lex.pronounWords.has(this.stemNorm(e.first))) {
      const prev = tokens[e.first - 1];
      if (prev && prev.kind === "word" && lex.pronounPrecededBy.has(prev.norm) && !(lex.pronounUnlessNounAfter.has(prev.norm) && this.nounAfter(e.last))) return false;
      // "one of the 12 jurors" is a part of a whole; "one of the attackers" a pronoun.
      const ratio = lex.ratios.matchAt(tokens, e.last);
      const whole = ratio ? tokens[ratio.last] : undefined;
      const partOfWhole = !!whole && (whole.kind === "digits" || !!this.lookup(lex.cardinals, ratio!.last));
      if (!partOfWhole && lex.pronounFollowedBy.matchAt(tokens, e.last)) return false;
    }
    if (single && lex.adjectiveOnes.has(word.norm) && this.afterNoun(e.first)) return false;
    // "الثالث عشر", "الحادية عشرة": the teen tail of an ordinal.
    const prev = tokens[e.first - 1];
    if (single && lex.teenTails.get(word.norm) !== undefined && prev?.kind === "word" && lex.ordinalTeenHeads.match(prev.norm, { suffixes: false })) return false;
    if (st.definite) {
      if (nameHeadEndsAt(lex, tokens, e.first - 1) || lex.nameTails.matchAt(tokens, e.last)) {
        e.role = "designation";
        return true;
      }
      const qualified = !!lex.qualifiersBefore.matchEndingAt(tokens, e.first - 1);
      if (qualified) return true;
      if (!this.isDefiniteWord(e.first - 1) && this.countedNounAfter(e.last, e.value)) return true;
      const isTens = e.value >= 20 && e.value < 100 && e.value % 10 === 0 && single;
      if (isTens && this.isAge(e.first, e.last)) {
        e.age = true;
        return true;
      }
      if (isTens || e.fraction) return false;
      return this.isDefiniteWord(e.first - 1);
    }
    if (e.spelled && !word.spaceBefore && tokens[e.first - 1]?.kind === "digits") return false;
    if (nameHeadEndsAt(lex, tokens, e.first - 1) && e.spelled) e.role = "designation";
    return true;
  }

  /** The token at `k` is a word that may be a noun: spaced, not a function word, a number word or a scale. */
  protected nounAfter(k: number): boolean {
    const { tokens, lex } = this;
    const t = tokens[k];
    if (!t || t.kind !== "word" || !t.spaceBefore || this.flags[k] !== 0) return false;
    return !lex.stopwords.has(t.norm) && !this.lookup(lex.cardinals, k) && !this.lookup(lex.scales, k) && !lex.pronounFollowedBy.matchAt(tokens, k);
  }

  /** «أكبرهم في الثمانين», «في الستين من عمره»: an age lead before tokens[first], an age tail or a clause end at `last`. */
  protected isAge(first: number, last: number): boolean {
    const { tokens, lex } = this;
    const lead = tokens[first - 1];
    if (!lead || lead.kind !== "word" || !lex.ageLeads.has(lead.norm)) return false;
    const next = tokens[last];
    return !next || (next.kind === "punct" && next.text !== "-" && next.text !== "/") || !!lex.ageTails.matchAt(tokens, last);
  }

  /**
   * The word at `k` is an indefinite counted noun by its ending (see NumberWords.countedNounEndings): not a
   * function word, a number word or a definite word, and longer than a short verb ending the same way («بدا»).
   */
  protected countedNounAfter(k: number, value: number): boolean {
    const { tokens, lex } = this;
    const t = tokens[k];
    if (!t || t.kind !== "word" || !t.spaceBefore || this.flags[k] !== 0 || t.norm.length < MIN_COUNTED_NOUN) return false;
    if (lex.stopwords.has(t.norm) || this.isDefiniteWord(k) || this.lookup(lex.cardinals, k) || this.lookup(lex.scales, k)) return false;
    return lex.countedNounEndings.some(([e, min, max]) => value >= min && value <= max && t.norm.endsWith(e) && t.norm.length > e.length + 1);
  }

  /**
   * The word before `k` is a noun that a following «واحدة» qualifies («لليلة واحدة»): a word, not a function word, a
   * conjunction, a number word, or a word that leads a figure (a qualifier, a clock or reference cue, a percent cue).
   */
  protected afterNoun(k: number): boolean {
    const { tokens, lex } = this;
    const prev = tokens[k - 1];
    if (!prev || prev.kind !== "word" || !(tokens[k] as Token).spaceBefore || this.flags[k - 1] !== 0) return false;
    if (lex.stopwords.has(prev.norm) || lex.conjunctions.has(prev.norm)) return false;
    if (this.lookup(lex.cardinals, k - 1) || this.lookup(lex.scales, k - 1) || this.lookup(lex.fractions, k - 1)) return false;
    if (lex.qualifiersBefore.matchEndingAt(tokens, k - 1) || lex.clockCues.matchEndingAt(tokens, k - 1)) return false;
    if (lex.referenceCues.matchEndingAt(tokens, k - 1) || lex.percentCues.match(prev.norm, { suffixes: false })) return false;
    if (lex.negatives.has(prev.norm) || lex.ratios.matchAt(tokens, k + 1)) return false;
    // An adjective agrees with its noun: after a definite noun an indefinite «واحد» is what the noun is ("الناتج
    // واحد", the result is one). A doubled-letter article («لل») also spells a clitic before a word starting with
    // that letter («لليلة» is ل + ليلة), so only the other articles count.
    for (const p of ["", ...lex.clitics.prefixes]) {
      if (!prev.norm.startsWith(p)) continue;
      const rest = prev.norm.slice(p.length);
      for (const d of lex.definitePrefixes) if (d.length >= 2 && d[0] !== d[1] && rest.startsWith(d) && rest.length > d.length + 1) return false;
    }
    return true;
  }

  protected stemNorm(k: number): string {
    const t = this.tokens[k] as Token;
    const hit = this.lookup(this.lex.cardinals, k);
    return hit ? t.norm.slice(hit.prefix.raw.length) : t.norm;
  }
}

/** See index.ts: trailing zeros for whole numbers, the written unit otherwise; a fraction's unit always. */
export function granularityOf(value: number, fine: number, fraction: boolean): number {
  if (fraction && Number.isFinite(fine)) return tidy(fine);
  if (Number.isInteger(value)) return trailingZerosStep(value);
  return Number.isFinite(fine) ? tidy(fine) : 1;
}
