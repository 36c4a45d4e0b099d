/**
 * What every reader of a paragraph's tokens shares: the tokens, the compiled word lists, per-token flags (inside a
 * URL, not a number word), and word lookups that strip Arabic clitics once per token.
 */
import type { Token } from "../../text/tokenize.js";
import { stemFits, type CompiledNumbers } from "./compile.js";
import type { Expr } from "./expr.js";
import { stemStart } from "./stem.js";
import { WordMemo } from "../../text/wordMemo.js";

/** Token flags: never part of a number (inside a URL), or a word that is not a number word here. */
export const IN_URL = 1;
export const NOT_NUMBER_WORD = 2;

export interface Prefix {
  raw: string;
  conj: boolean;
  definite: boolean;
  /** A clitic other than a conjunction or the article (ب، ل، ك). */
  prep: boolean;
}

export interface WordHit<T> {
  value: T;
  prefix: Prefix;
}

const weekdayMemo = new WeakMap<CompiledNumbers, WordMemo>();

/** A weekday name, alone or after clitics (the ways splits() reads a word), with or without the article. */
export function isWeekdayWord(lex: CompiledNumbers, norm: string): boolean {
  const { weekdays, definitePrefixes, weekdayCores } = lex;
  let possible = false;
  for (const [length, cores] of weekdayCores) if (norm.length >= length && cores.has(norm.slice(norm.length - length))) possible = true;
  if (!possible) return false;
  for (const [p, rest] of splitsOf(lex, norm)) {
    if (weekdays.has(rest)) return true;
    for (const d of definitePrefixes) if (p && p.endsWith(d) && weekdays.has(d + rest)) return true;
  }
  return false;
}

/**
 * The ways to read a folded word as clitic + stem, exact form first, then longer clitics first (as WordLexicon
 * tries them); a stem of two letters never takes a clitic ("لست" is not "ل" + "ست").
 */
function splitsOf(lex: CompiledNumbers, norm: string): [string, string][] {
  const out: [string, string][] = [["", norm]];
  for (const p of lex.prefixList) if (stemFits(lex, p, norm.length - p.length) && norm.startsWith(p)) out.push([p, norm.slice(p.length)]);
  return out;
}

export abstract class TokenReader {
  /** Per token; a plain array, as ParagraphView.quoteOf (a typed array per paragraph costs more than it saves). */
  protected readonly flags: number[];
  private readonly splitCache: (readonly (readonly [string, string])[] | undefined)[] = [];
  /** Token index after the last number read; a minus sign there is a dash, not a sign. */
  protected lastEnd = -1;
  /** The locale's weekday memo, looked up once per reader. */
  private weekdays: WordMemo | undefined;

  constructor(
    protected readonly text: string,
    protected readonly tokens: readonly Token[],
    protected readonly lex: CompiledNumbers,
  ) {
    this.flags = [];
    for (let i = 0; i < tokens.length; i++) this.flags.push(0);
    this.markUrls();
    this.markNotNumberWords();
  }

  // ——— Marking ———

  /** Numbers inside URLs and e-mail addresses are not claims ("%20", "id=2015"). */
  protected markUrls(): void {
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
        if (url) for (let k = chunkStart; k < i; k++) this.flags[k] = IN_URL;
        chunkStart = i;
      }
    }
  }

  /** Weekday names that look like numbers (الاثنين، الأحد), idioms ("في آن واحد"), percent words. */
  protected markNotNumberWords(): void {
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

  protected isWeekday(k: number): boolean {
    // Asked of every word: answered once per distinct word (it depends on nothing else), kept by word id.
    let memo = this.weekdays;
    if (!memo) {
      memo = weekdayMemo.get(this.lex);
      if (!memo) {
        const lex = this.lex;
        weekdayMemo.set(lex, (memo = new WordMemo((norm) => (isWeekdayWord(lex, norm) ? 1 : 0))));
      }
      this.weekdays = memo;
    }
    return memo.get(this.tokens[k] as Token) === 1;
  }

  // ——— Lookups ———

  protected wordOk(k: number): boolean {
    const t = this.tokens[k];
    return !!t && t.kind === "word" && this.flags[k] === 0;
  }

  protected prefixOf(raw: string): Prefix {
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
  protected splits(k: number): readonly (readonly [string, string])[] {
    const cached = this.splitCache[k];
    if (cached) return cached;
    const out = splitsOf(this.lex, (this.tokens[k] as Token).norm);
    this.splitCache[k] = out;
    return out;
  }

  /** A word looked up with clitic prefixes but no suffixes. */
  protected lookup<T>(lexicon: { get(norm: string): T | undefined }, k: number): WordHit<T> | undefined {
    if (!this.wordOk(k)) return undefined;
    for (const [prefix, stem] of this.splits(k)) {
      const value = lexicon.get(stem);
      if (value !== undefined) return { value, prefix: this.prefixOf(prefix) };
    }
    return undefined;
  }

  protected stemStart(k: number, prefix: string): number {
    return stemStart(this.tokens[k] as Token, prefix);
  }

  protected isDefiniteWord(k: number): boolean {
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

  protected baseExpr(first: number, last: number, start: number, end: number, value: number, granularity: number): Expr {
    return {
      first, last, start, end, value, granularity, spelled: false, digits: false, scale: 1, decimals: 0, intPart: 0,
      fracDigits: "", conjBefore: false, definite: false, negative: false, percent: false,
      fraction: false, phraseStart: start, phraseEnd: end, phraseFirst: first, phraseLast: last,
    };
  }
}
