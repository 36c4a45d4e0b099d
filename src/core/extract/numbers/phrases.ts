/**
 * A phrase lexicon with a cheap first test. The recogniser asks, for every number, a dozen questions of the form
 * "does a qualifier / cue / percent word end right before it or start right after it"; most answers are no, and
 * this wrapper answers those from two sets of words without walking the phrase trie.
 */
import { PhraseLexicon, type CliticRules, type PhraseMatch } from "../../lang/lexicon.js";
import { tokenize, type Token } from "../../text/tokenize.js";
import { fold } from "../../text/normalize.js";
import { WordMemo } from "../../text/wordMemo.js";

export class Phrases<T> {
  private readonly lexicon: PhraseLexicon<T>;
  private readonly firstWords = new Set<string>();
  private readonly lastWords = new Set<string>();
  /** One-word phrases: their only word may carry a clitic at either end of the test. */
  private readonly singleWords = new Set<string>();
  private readonly prefixes: string[];

  constructor(entries: Iterable<readonly [string, T]>, clitics?: CliticRules) {
    const list = [...entries];
    this.lexicon = new PhraseLexicon(list, clitics);
    this.prefixes = (clitics?.prefixes ?? []).map(fold);
    for (const [phrase] of list) {
      const words = tokenize(phrase).map((t) => t.norm);
      if (words.length === 0) continue;
      this.firstWords.add(words[0] as string);
      this.lastWords.add(words[words.length - 1] as string);
      if (words.length === 1) this.singleWords.add(words[0] as string);
    }
  }

  private withClitic(norm: string, words: ReadonlySet<string>): boolean {
    for (const p of this.prefixes) if (norm.length > p.length && norm.startsWith(p) && words.has(norm.slice(p.length))) return true;
    return false;
  }

  /** Per distinct word: 1 when it may open a phrase, 2 when it may close one (answers asked again and again). */
  private readonly ends = new WordMemo(
    (norm) => (this.firstWords.has(norm) || this.withClitic(norm, this.firstWords) ? 1 : 0) | (this.lastWords.has(norm) || this.withClitic(norm, this.singleWords) ? 2 : 0),
  );

  /** The longest phrase starting at tokens[i]. */
  matchAt(tokens: readonly Token[], i: number): PhraseMatch<T> | undefined {
    const t = tokens[i];
    if (!t || !(this.ends.get(t) & 1)) return undefined;
    return this.lexicon.matchAt(tokens, i);
  }

  /** The longest phrase ending at tokens[j] (inclusive). */
  matchEndingAt(tokens: readonly Token[], j: number): PhraseMatch<T> | undefined {
    const t = tokens[j];
    if (!t || !(this.ends.get(t) & 2)) return undefined;
    return this.lexicon.matchEndingAt(tokens, j);
  }
}
