/**
 * Word and phrase lookups over folded tokens, with the clitics a language glues to words (Arabic و ب ل ال,
 * accusative ـاً). Every word list in a locale folder is read through these two classes, so a new language
 * brings its lists and its clitic rules and reuses the matching.
 */
import { fold } from "../text/normalize.js";
import { tokenize, wordIdEpoch, type Token } from "../text/tokenize.js";

export interface CliticRules {
  /** Prefixes that may be glued to a word, folded (e.g. "و", "بال"); tried longest first. */
  prefixes: readonly string[];
  /** Suffixes that may be glued to a word, folded (e.g. "ا" of the accusative); tried longest first. */
  suffixes: readonly string[];
  /** A stripped stem must keep at least this many characters. */
  minStem: number;
}

export const NO_CLITICS: CliticRules = { prefixes: [], suffixes: [], minStem: 1 };

export interface WordMatch<T> {
  value: T;
  /** The folded prefix that was stripped ("" when none). */
  prefix: string;
  /** The folded suffix that was stripped ("" when none). */
  suffix: string;
}

/** Single words mapped to values. Forms are folded when added, so the lists can be written as people spell. */
export class WordLexicon<T> {
  private readonly map = new Map<string, T>();
  private readonly prefixes: string[];
  private readonly suffixes: string[];
  /** match() answers for words not in the list as written, by way of asking (prefixes | suffixes << 1); null: none. */
  private readonly stripped: (Map<string, WordMatch<T> | null> | undefined)[] = [undefined, undefined, undefined, undefined];

  constructor(
    entries: Iterable<readonly [string, T]>,
    private readonly clitics: CliticRules = NO_CLITICS,
  ) {
    for (const [form, value] of entries) {
      const key = fold(form);
      if (!this.map.has(key)) this.map.set(key, value);
    }
    this.prefixes = [...clitics.prefixes].map(fold).sort((a, b) => b.length - a.length);
    this.suffixes = [...clitics.suffixes].map(fold).sort((a, b) => b.length - a.length);
  }

  get size(): number {
    return this.map.size;
  }

  /** Exact lookup of an already folded word. */
  get(norm: string): T | undefined {
    return this.map.get(norm);
  }

  /**
   * Lookup allowing one glued prefix and/or one glued suffix; the exact form wins. A word that is not in the
   * list as written is worked out once (per way of asking) and remembered: the recognisers ask the same words
   * of the same lists over and over, and most are in no list. The answer is shared: callers only read it.
   */
  match(norm: string, options: { prefixes?: boolean; suffixes?: boolean } = {}): WordMatch<T> | undefined {
    const exact = this.map.get(norm);
    if (exact !== undefined) return { value: exact, prefix: "", suffix: "" };
    const usePrefixes = options.prefixes ?? true;
    const useSuffixes = options.suffixes ?? true;
    const way = (usePrefixes ? 1 : 0) | (useSuffixes ? 2 : 0);
    let memo = this.stripped[way];
    if (memo === undefined) this.stripped[way] = memo = new Map();
    const known = memo.get(norm);
    if (known !== undefined) return known ?? undefined;
    const found = this.matchStripped(norm, usePrefixes, useSuffixes);
    if (memo.size >= STRIPPED_LIMIT) memo.clear();
    memo.set(norm, found ?? null);
    return found;
  }

  /** match() for a word that is not in the list as written. */
  matchStripped(norm: string, usePrefixes: boolean, useSuffixes: boolean): WordMatch<T> | undefined {
    const { minStem } = this.clitics;
    const prefixes = this.prefixes;
    for (let p = -1; p < (usePrefixes ? prefixes.length : 0); p++) {
      const prefix = p < 0 ? "" : prefixes[p]!;
      if (prefix && !norm.startsWith(prefix)) continue;
      const rest = norm.slice(prefix.length);
      if (rest.length < minStem) continue;
      const hit = prefix ? this.map.get(rest) : undefined;
      if (hit !== undefined) return { value: hit, prefix, suffix: "" };
      if (!useSuffixes) continue;
      for (const suffix of this.suffixes) {
        if (!rest.endsWith(suffix)) continue;
        const stem = rest.slice(0, rest.length - suffix.length);
        if (stem.length < minStem) continue;
        const found = this.map.get(stem);
        if (found !== undefined) return { value: found, prefix, suffix };
      }
    }
    return undefined;
  }

  has(norm: string): boolean {
    return this.map.has(norm);
  }
}

/** Words remembered per list and way of asking in WordLexicon.match; the memo is dropped whole when full. */
const STRIPPED_LIMIT = 65_536;

const NONE: readonly string[] = [];
/** Distinct words remembered per phrase list; the memo is dropped whole when full. */
const OPENING_CACHE_LIMIT = 65_536;

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  value?: T;
}

export interface PhraseMatch<T> {
  value: T;
  /** Index of the first token of the phrase. */
  first: number;
  /** Index after the last token of the phrase. */
  last: number;
  /** Folded prefix stripped from the first word ("" when none). */
  prefix: string;
}

/**
 * Multi-word phrases ("more than", "أكثر من", "تشرين الثاني", "per cent") matched on token sequences, longest
 * first. Punctuation inside a phrase ("U.S.") is part of it; whitespace is not significant. The first word may
 * carry a clitic prefix ("وأكثر من").
 */
export class PhraseLexicon<T> {
  private readonly root: TrieNode<T> = { next: new Map() };
  private readonly prefixes: string[];
  /** Longest phrase, in tokens. */
  readonly maxTokens: number;
  private readonly openingCache = new Map<string, readonly string[]>();
  /**
   * The same answers by word id (Token.id), as a code per id: 0 not yet known, k the list openingLists[k - 1].
   * matchAt is asked of nearly every token for dozens of lists, and an array read costs far less than a map.
   */
  private openingCodes = new Uint8Array(0);
  private codesEpoch = -1;
  private readonly openingLists: (readonly string[])[] = [];
  private readonly listCodes = new Map<string, number>();

  constructor(entries: Iterable<readonly [string, T]>, clitics: CliticRules = NO_CLITICS) {
    let longest = 0;
    for (const [phrase, value] of entries) {
      const words = tokenize(phrase).map((t) => t.norm);
      if (words.length === 0) continue;
      longest = Math.max(longest, words.length);
      let node = this.root;
      for (const w of words) {
        let child = node.next.get(w);
        if (!child) {
          child = { next: new Map() };
          node.next.set(w, child);
        }
        node = child;
      }
      if (node.value === undefined) node.value = value;
    }
    this.maxTokens = longest;
    this.prefixes = [...clitics.prefixes].map(fold).sort((a, b) => b.length - a.length);
  }

  /** The longest phrase starting at tokens[i], if any. */
  matchAt(tokens: readonly Token[], i: number): PhraseMatch<T> | undefined {
    const first = tokens[i];
    if (!first) return undefined;
    let best: PhraseMatch<T> | undefined;
    for (const prefix of this.openingsOf(first)) {
      const found = this.walk(tokens, i, first.norm.slice(prefix.length));
      if (found && (!best || found.last > best.last)) best = { value: found.value, first: found.first, last: found.last, prefix };
      if (best && !prefix) break;
    }
    return best;
  }

  /** openings() of a token's folded form, kept by its word id when it has one. */
  private openingsOf(t: Token): readonly string[] {
    const id = t.id;
    if (!(id >= 0)) return this.openings(t.norm);
    const epoch = wordIdEpoch();
    if (epoch !== this.codesEpoch) {
      this.openingCodes = new Uint8Array(0);
      this.codesEpoch = epoch;
    }
    let codes = this.openingCodes;
    const code = id < codes.length ? codes[id]! : 0;
    if (code !== 0) return this.openingLists[code - 1]!;
    const found = this.openingsUncached(t.norm);
    // The count first: "" alone (the word as written opens a phrase) must not read as no prefix at all.
    const key = `${found.length}:${found.join("\u0000")}`;
    let next = this.listCodes.get(key);
    if (next === undefined) {
      // A code is a byte: past 255 distinct lists (never seen: a list is a set of clitic prefixes) the map answers.
      if (this.openingLists.length >= 255) return this.openings(t.norm);
      this.openingLists.push(found);
      this.listCodes.set(key, (next = this.openingLists.length));
    }
    if (id >= codes.length) {
      const grown = new Uint8Array(Math.max(id + 1, codes.length * 2, 1024));
      grown.set(codes);
      this.openingCodes = codes = grown;
    }
    codes[id] = next;
    return this.openingLists[next - 1]!;
  }

  /**
   * The clitic prefixes ("" first) whose removal leaves a word that starts some phrase, in the order matchAt
   * tries them; most words start none. Worked out once per distinct word.
   */
  private openings(norm: string): readonly string[] {
    let found = this.openingCache.get(norm);
    if (found === undefined) {
      found = this.openingsUncached(norm);
      if (this.openingCache.size >= OPENING_CACHE_LIMIT) this.openingCache.clear();
      this.openingCache.set(norm, found);
    }
    return found;
  }

  private openingsUncached(norm: string): readonly string[] {
    const list: string[] = [];
    for (const prefix of ["", ...this.prefixes]) {
      if (prefix && (!norm.startsWith(prefix) || norm.length - prefix.length < 2)) continue;
      if (this.root.next.has(norm.slice(prefix.length))) list.push(prefix);
    }
    return list.length > 0 ? list : NONE;
  }

  /** The longest phrase ending at tokens[j] (inclusive), if any; for words that come after a number. */
  matchEndingAt(tokens: readonly Token[], j: number): PhraseMatch<T> | undefined {
    for (let first = Math.max(0, j - this.maxTokens + 1); first <= j; first++) {
      const m = this.matchAt(tokens, first);
      if (m && m.last === j + 1) return m;
    }
    return undefined;
  }

  private walk(tokens: readonly Token[], i: number, firstWord: string): Omit<PhraseMatch<T>, "prefix"> | undefined {
    let node = this.root.next.get(firstWord);
    let best: Omit<PhraseMatch<T>, "prefix"> | undefined;
    let j = i + 1;
    while (node) {
      if (node.value !== undefined) best = { value: node.value, first: i, last: j };
      const t = tokens[j];
      if (!t) break;
      node = node.next.get(t.norm);
      j++;
    }
    return best;
  }
}

const sortedPrefixCache = new WeakMap<CliticRules, string[]>();

/**
 * A rough stem for comparing words in context: the folded word without its longest clitic prefix, when at
 * least three letters remain ("والضربات" → "ضربات"). Not a morphological analysis; good enough to let
 * "الضربات" and "ضربات" count as the same word.
 */
export function stripPrefix(norm: string, clitics: CliticRules): string {
  let prefixes = sortedPrefixCache.get(clitics);
  if (!prefixes) {
    prefixes = [...clitics.prefixes].map(fold).sort((a, b) => b.length - a.length);
    sortedPrefixCache.set(clitics, prefixes);
  }
  for (const p of prefixes) if (norm.length - p.length >= 3 && norm.startsWith(p)) return norm.slice(p.length);
  return norm;
}

/** stripPrefix until nothing more comes off: «الوزارة» and «وزارة» give one stem. */
export function stripPrefixes(norm: string, clitics: CliticRules): string {
  for (;;) {
    const next = stripPrefix(norm, clitics);
    if (next === norm) return norm;
    norm = next;
  }
}
