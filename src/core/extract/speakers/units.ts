/**
 * Speaker phrases are read in units: a word with what is glued to it ("Russia's", "U.S.", "جان-ايف"), a quoted
 * name taken whole («البنتاغون» in "متحدث باسم «البنتاغون»"), a punctuation mark, or a reporting phrase. Each
 * unit is classified once from the locale's lists: what can be part of a name or title, and what ends one.
 */
import type { Token } from "../../text/tokenize.js";
import { collapseSpaces } from "../../text/normalize.js";
import type { QuoteSpan } from "../quotes/marks.js";
import { unmarked, type SpeechLexicon, type TitleKind } from "./lexicon.js";

/** An outermost quote of a paragraph, located in its tokens. */
export interface QuoteRef {
  span: QuoteSpan;
  /** True for a quoted statement; false for a quoted name or term. */
  statement: boolean;
  /** Token index of the opening mark. */
  openTok: number;
  /** Token index of the closing mark, -1 when unclosed. */
  closeTok: number;
  /** Token indices of the first and last token inside the marks (last < first when empty). */
  firstTok: number;
  lastTok: number;
}

/** One paragraph as the speaker recogniser sees it. */
export interface ParagraphView {
  text: string;
  tokens: readonly Token[];
  /** For each token, the index in `quotes` of the outermost quote holding it (marks included), or -1. */
  quoteOf: readonly number[];
  quotes: readonly QuoteRef[];
  /** Names whose preposition the document writes its own way (see namesSpelledApart). */
  spelledApart?: ReadonlySet<string>;
}

export type UnitKind =
  /** Can be part of a name or title. */
  | "word"
  | "link"
  | "det"
  | "pronoun"
  | "comp"
  | "trigger"
  | "punct"
  /** A quoted statement, which ends a speaker phrase. */
  | "statement"
  /** Anything else that ends a speaker phrase. */
  | "break";

/** A word token of tatweels only: written apart, it is a dash. */
const LONE_TATWEEL = /^\u0640+$/u;

export interface Unit {
  kind: UnitKind;
  /** Token indices, inclusive. */
  first: number;
  last: number;
  /** Folded text (for punctuation, the mark). */
  norm: string;
  /** A person's title or role. */
  person: boolean;
  /** A body, document or source. */
  body: boolean;
  /** Shaped like a name: capitalised, or without a definite prefix, by the locale's marking. */
  named: boolean;
  /** A determined word glued to a conjunction ("والسكان"): a coordinated genitive in a title chain. */
  coordinated?: boolean;
  /**
   * A determined word with an adjective's ending (see SpeechWords.adjectiveEndings); undefined when the locale
   * gives no endings.
   */
  adjective?: boolean;
  /**
   * A determined event or thing (see SpeechWords.nonSpeakers): after a determined word it can be no genitive
   * of a title, only the verb's object («وأعلنت الحكومة الهدنة»).
   */
  thing?: boolean;
  /** Opens a part of a personal name (see SpeechWords.namePrefixes). */
  namePrefix?: boolean;
  /** A personal name written solid with its name prefix (see SpeechWords.solidNamePrefixes). */
  solidName?: boolean;
  /** A link that may only follow a title ("officials in Paris"). */
  titleLink?: boolean;
  /** A preposition, or a word with one glued to it (a "break" unit). */
  preposition?: boolean;
  /** For a quoted name or term: its quote, whose marks the speaker string leaves out. */
  quote?: QuoteRef;
  /** Characters at the start of the unit that are not part of the speaker (a glued preposition). */
  skip?: number;
  /** What replaces the skipped characters in the speaker string. */
  replacement?: string;
}

// Marks that join two parts of one word when written without spaces.
const JOINERS = new Set(["-", "\u2010", "\u2011", "'", "\u2019", ".", "&"]);
// A word glued from more tokens than this is not a name; the rest is read as further units.
const MAX_UNIT_TOKENS = 12;
/** Letters a solid name must hold past its prefix: «عبدالله», not «عبدت» (paved). */
const MIN_SOLID_NAME_REST = 3;
const LETTER = /\p{L}/u;
/** One capital, or capitals each followed by a dot ("D.D"): initials before their last dot. */
const INITIALS = /^(?:\p{Lu}\.)*\p{Lu}$/u;

/**
 * The folded words of the names of speakers found so far in a document, as the readers ask and add to it (a
 * Set, or the paragraph's view of one that notes what is asked: see quotes/index.ts).
 */
export interface KnownNames {
  has(norm: string): boolean;
  add(norm: string): unknown;
}

/** Reads units of one sentence, tokens lo..hi (inclusive) of a paragraph. */
export class UnitReader {
  /**
   * @param knownNames folded words of the names of speakers found so far in the document; the reader adds
   * to it as attributions are found.
   */
  constructor(
    readonly view: ParagraphView,
    readonly lex: SpeechLexicon,
    readonly lo: number,
    readonly hi: number,
    readonly knownNames: KnownNames = new Set<string>(),
    /** False: every word classified from the lists directly, without the profile memo (the tests' reference). */
    private readonly profiled = true,
  ) {}

  // Phrase reading looks at the same few units from both sides of a reporting word. Kept by token index from
  // lo, in an array made on first use (most sentences hold no reporting word and read no unit).
  private cache: (Unit | undefined)[] | undefined;

  /** The unit starting at token i (lo <= i <= hi). */
  at(i: number): Unit {
    let cache = this.cache;
    if (cache === undefined) this.cache = cache = new Array<Unit | undefined>(Math.max(0, this.hi - this.lo + 1));
    const k = i - this.lo;
    let u = cache[k];
    if (!u) {
      u = this.read(i);
      cache[k] = u;
    }
    return u;
  }

  private read(i: number): Unit {
    const { tokens, quoteOf, quotes } = this.view;
    const t = tokens[i] as Token;
    const q = quoteOf[i] as number;
    if (q >= 0) {
      const ref = quotes[q] as QuoteRef;
      if (i !== ref.openTok) return plain("break", i, i, t.norm);
      const last = Math.min(ref.closeTok >= 0 ? ref.closeTok : Math.max(ref.lastTok, i), this.hi);
      if (ref.statement || ref.firstTok > ref.lastTok) return plain("statement", i, last, "");
      const inner = tokens[ref.firstTok] as Token;
      const u = this.classifyWord(inner.norm, inner.text, i, last);
      u.quote = ref;
      return u;
    }
    if (t.kind === "punct") {
      // A body's short name, read as a capitalised word of the name it closes ("the World Health Organization (WHO)").
      if (this.acronymInParens(i)) return { ...plain("word", i, i + 2, "(" + (tokens[i + 1] as Token).norm + ")"), named: true, body: true };
      return this.ampersandInName(i) ? plain("word", i, i, t.norm) : plain("punct", i, i, t.text);
    }
    if (t.kind === "digits") {
      // «الرجل الرقم 2 في الحزب»: a rank after its word is part of the description.
      // "the group's No. 2 official": the word may end in an abbreviation's full stop.
      const dot = this.view.tokens[i - 1];
      const prev = dot && dot.kind === "punct" && dot.text === "." && i - 1 > this.lo ? this.view.tokens[i - 2] : dot;
      if (i > this.lo && prev && prev.kind === "word" && this.lex.rankWords.has(prev.norm)) return plain("word", i, i, t.norm);
      if (this.numberInName(i)) return plain("word", i, i, t.norm);
      return plain("break", i, i, t.norm);
    }
    // A tatweel standing alone is a dash («نيسان ـ قال …», «عمان ـ »: a date line's place or outlet), not a word.
    if (t.spaceBefore && LONE_TATWEEL.test(t.text) && (i + 1 >= tokens.length || (tokens[i + 1] as Token).spaceBefore)) return plain("punct", i, i, t.text);
    const trigger = this.lex.triggers.matchAt(tokens, i);
    if (trigger && trigger.last - 1 <= this.hi && this.outsideQuotes(i, trigger.last - 1) && !this.continuesName(i)) {
      return plain("trigger", i, trigger.last - 1, t.norm);
    }
    let k = i;
    let norm = t.norm;
    while (k + 1 <= this.hi && k - i < MAX_UNIT_TOKENS) {
      const n = tokens[k + 1] as Token;
      if (n.spaceBefore || (quoteOf[k + 1] as number) >= 0) break;
      if (n.kind !== "punct") {
        norm += n.norm;
        k++;
        continue;
      }
      const after = tokens[k + 2];
      if (JOINERS.has(n.text) && after && k + 2 <= this.hi && !after.spaceBefore && after.kind !== "punct" && (quoteOf[k + 2] as number) < 0) {
        norm += n.text + after.norm;
        k += 2;
        continue;
      }
      if (n.text === "." && (this.lex.abbreviations.has(norm) || this.initials(i, k))) {
        norm += ".";
        k++;
      }
      break;
    }
    // "al-Nuaimi", "el-Sisi", "bin-Salman": a short particle joined to a capitalised name is written in lower case.
    const tail = tokens[k] as Token;
    const raw = k > i && t.text.length <= 3 && !isCapitalised(t.text) && isCapitalised(tail.text) ? tail.text : t.text;
    return this.classifyWord(norm, raw, i, k);
  }

  /**
   * "the United Nations Office for the Coordination of Humanitarian Affairs (OCHA) said": a body's acronym in
   * brackets right after its capitalised name is part of the name, not a break before the verb.
   */
  private acronymInParens(i: number): boolean {
    if (this.lex.words.nameMarking !== "case" || i - 1 < this.lo || i + 2 > this.hi) return false;
    const { tokens, quoteOf } = this.view;
    const open = tokens[i] as Token;
    const prev = tokens[i - 1] as Token;
    const acronym = tokens[i + 1] as Token;
    const close = tokens[i + 2] as Token;
    if (open.text !== "(" || close.text !== ")" || prev.kind !== "word" || acronym.kind !== "word") return false;
    if (!/^[A-Z][A-Za-z]{1,7}$/.test(acronym.text) || acronym.text.replace(/[^A-Z]/g, "").length < 2) return false;
    return (quoteOf[i + 1] as number) < 0 && isCapitalised(prev.text);
  }

  /**
   * "Florida Power & Light Company", "Procter & Gamble": an ampersand standing between two capitalised words joins
   * them in one name.
   */
  private ampersandInName(i: number): boolean {
    if (this.lex.words.nameMarking !== "case" || i - 1 < this.lo || i + 1 > this.hi) return false;
    const { tokens, quoteOf } = this.view;
    const t = tokens[i] as Token;
    const prev = tokens[i - 1] as Token;
    const next = tokens[i + 1] as Token;
    if (t.text !== "&" || !t.spaceBefore || !next.spaceBefore || prev.kind !== "word" || next.kind !== "word") return false;
    return (quoteOf[i - 1] as number) < 0 && (quoteOf[i + 1] as number) < 0 && isCapitalised(prev.text) && isCapitalised(next.text);
  }

  /**
   * "IAM District 751 President Jon Holden": a number between two capitalised words, the one before it no function
   * word, numbers a body in its name ("Local 1245", "Unit 8200"). Not "In 2024 President Biden".
   */
  private numberInName(i: number): boolean {
    if (this.lex.words.nameMarking !== "case" || i - 1 < this.lo || i + 1 > this.hi) return false;
    const { tokens, quoteOf } = this.view;
    const prev = tokens[i - 1] as Token;
    const next = tokens[i + 1] as Token;
    if (prev.kind !== "word" || next.kind !== "word" || !next.spaceBefore || !(tokens[i] as Token).spaceBefore) return false;
    if ((quoteOf[i - 1] as number) >= 0 || (quoteOf[i + 1] as number) >= 0 || !isCapitalised(prev.text) || !isCapitalised(next.text)) return false;
    const lex = this.lex;
    return !lex.links.has(prev.norm) && !lex.determiners.has(prev.norm) && this.breakClass(prev.norm) === NEITHER && !lex.clauseStarts.has(prev.norm);
  }

  /**
   * "district official D.D. Kale", "Shannon N. Gilreath": capitals each followed by a dot, before a capitalised
   * word, are a name's initials, and their last dot is part of them rather than the end of the phrase.
   */
  private initials(first: number, last: number): boolean {
    if (this.lex.words.nameMarking !== "case" || last + 2 > this.hi) return false;
    const { tokens, text } = this.view;
    const next = tokens[last + 2] as Token;
    const written = text.slice((tokens[first] as Token).start, (tokens[last] as Token).end);
    return INITIALS.test(written) && next.kind === "word" && next.spaceBefore && isCapitalised(next.text);
  }

  /** The unit ending at token j (lo <= j <= hi). */
  endingAt(j: number): Unit {
    const { tokens, quoteOf, quotes } = this.view;
    const q = quoteOf[j] as number;
    if (q >= 0) {
      const ref = quotes[q] as QuoteRef;
      const last = ref.closeTok >= 0 ? ref.closeTok : ref.lastTok;
      if (j !== last) return plain("break", j, j, (tokens[j] as Token).norm);
      if (ref.openTok >= this.lo) return this.at(ref.openTok);
      // A quote that opened in an earlier sentence ("\"… continue. We have …,\" said Shoigu").
      return plain(ref.statement ? "statement" : "break", this.lo, j, "");
    }
    let k = j;
    while (k - 1 >= this.lo && j - k < MAX_UNIT_TOKENS && !(tokens[k] as Token).spaceBefore && (quoteOf[k - 1] as number) < 0) k--;
    let u = this.at(k);
    while (u.last < j) u = this.at(u.last + 1);
    return u.last === j ? u : plain("break", j, j, (tokens[j] as Token).norm);
  }

  /**
   * The word at token i read without a glued prefix (folded), which `replacement` stands for in the speaker
   * string: the noun after a source phrase ("وفقاً لوزارة" → "وزارة", "للمتحدث" → "المتحدث").
   */
  withoutPrefix(i: number, prefix: string, replacement: string): Unit | undefined {
    const t = this.view.tokens[i] as Token;
    const u = this.at(i);
    if (t.kind !== "word" || u.quote || !t.norm.startsWith(prefix)) return undefined;
    const rest = replacement + t.norm.slice(prefix.length);
    let skip = 0;
    for (let letters = 0; skip < t.text.length && letters < prefix.length; skip++) {
      if (LETTER.test(t.text[skip] as string) && t.text[skip] !== "\u0640") letters++;
    }
    // Tatweel and marks left after the prefix ("لـ") belong to it.
    while (skip < t.text.length && /[\p{M}\u0640]/u.test(t.text[skip] as string)) skip++;
    const raw = t.text.slice(skip);
    const stripped = this.classifyWord(rest, raw, u.first, u.last);
    stripped.skip = skip;
    stripped.replacement = replacement;
    return stripped;
  }

  /**
   * Where names are capitalised, a capitalised word right after a capitalised word continues a name, whatever
   * else it may spell: "the United States Geological Survey" holds no "states".
   */
  private continuesName(i: number): boolean {
    if (this.lex.words.nameMarking !== "case" || i - 1 < this.lo) return false;
    const { tokens, quoteOf } = this.view;
    const t = tokens[i] as Token;
    const prev = tokens[i - 1] as Token;
    return t.spaceBefore && prev.kind === "word" && (quoteOf[i - 1] as number) < 0 && isCapitalised(t.text) && isCapitalised(prev.text);
  }

  private outsideQuotes(first: number, last: number): boolean {
    for (let k = first; k <= last; k++) if ((this.view.quoteOf[k] as number) >= 0) return false;
    return true;
  }

  private classifyWord(norm: string, raw: string, first: number, last: number): Unit {
    if (!this.profiled) return this.classifyWordDirect(norm, raw, first, last);
    const lex = this.lex;
    const w = this.profile(norm);
    let kind: UnitKind = "word";
    let titleLink = false;
    if (w.fixed === COMP) kind = "comp";
    else if (w.fixed === LINK) kind = "link";
    else if (w.fixed === TITLE_LINK) {
      kind = "link";
      titleLink = true;
    } else if (w.fixed === DET) kind = "det";
    else if (w.pronoun && !isAcronym(raw)) kind = "pronoun";
    else if (w.nameLikePreposition && lex.namesLikePrepositions.has(unmarked(raw)) && this.nameFollows(unmarked(raw), first, last)) kind = "word";
    else {
      if (w.breakClass === PREPOSITION) return { kind: "break", first, last, norm, person: false, body: false, named: false, preposition: true };
      if (w.breakClass === BREAKER && !this.adjectiveOfTitle(norm, first)) kind = "break";
    }
    if (kind !== "word") {
      const u: Unit = { kind, first, last, norm, person: false, body: false, named: false, titleLink };
      if (kind === "link" && w.namePrefix) u.namePrefix = true;
      return u;
    }
    const title = w.title;
    const named = lex.words.nameMarking === "case" ? isCapitalised(raw) : w.undetermined;
    const u: Unit = { kind, first, last, norm, person: title === "person", body: title === "body", named };
    if (w.namePrefix) u.namePrefix = true;
    else if (named && w.solidPrefix) u.solidName = true;
    if (!named && w.coordinated) u.coordinated = true;
    if (!named && lex.adjectiveEndings) u.adjective = w.adjective;
    if (!named && title === undefined && w.thing) u.thing = true;
    return u;
  }

  /** classifyWord asking the lists directly, as it did before profiles were kept: the reference for the tests. */
  private classifyWordDirect(norm: string, raw: string, first: number, last: number): Unit {
    const lex = this.lex;
    let kind: UnitKind = "word";
    let titleLink = false;
    if (lex.complementisers.has(norm)) kind = "comp";
    else if (lex.links.has(norm)) kind = "link";
    else if (lex.titleLinks.has(norm)) {
      kind = "link";
      titleLink = true;
    } else if (lex.determiners.has(norm)) kind = "det";
    else if (lex.pronouns.has(norm) && !isAcronym(raw)) kind = "pronoun";
    else if (lex.namesLikePrepositionsFolded.has(norm) && lex.namesLikePrepositions.has(unmarked(raw)) && this.nameFollows(unmarked(raw), first, last)) kind = "word";
    else {
      const cls = this.isPreposition(norm) ? PREPOSITION : this.isBreaker(norm) ? BREAKER : NEITHER;
      if (cls === PREPOSITION) return { kind: "break", first, last, norm, person: false, body: false, named: false, preposition: true };
      if (cls === BREAKER && !this.adjectiveOfTitle(norm, first)) kind = "break";
    }
    if (kind !== "word") {
      const u: Unit = { kind, first, last, norm, person: false, body: false, named: false, titleLink };
      if (kind === "link" && lex.namePrefixes.has(norm)) u.namePrefix = true;
      return u;
    }
    const title = lex.titles.match(norm)?.value;
    const named = lex.words.nameMarking === "case" ? isCapitalised(raw) : !lex.definitePrefixes.some((p) => norm.startsWith(p) && norm.length >= p.length + 2);
    const u: Unit = { kind, first, last, norm, person: title === "person", body: title === "body", named };
    if (lex.namePrefixes.has(norm)) u.namePrefix = true;
    else if (named && lex.solidNamePrefixes.some((p) => norm.length >= p.length + MIN_SOLID_NAME_REST && norm.startsWith(p))) u.solidName = true;
    if (!named && lex.coordinatedPrefixes.some((p) => norm.startsWith(p))) u.coordinated = true;
    if (!named && lex.adjectiveEndings) u.adjective = lex.adjectiveEndings.some((e) => norm.endsWith(e));
    if (!named && title === undefined && lex.nonSpeakers.match(norm)) u.thing = true;
    return u;
  }

  /**
   * What the locale's lists say of a folded word, whatever stands around it: asked of every unit of every
   * sentence read (a dozen set lookups, prefix and ending searches, two clitic matches), so it is kept per
   * word and lexicon (none of it depends on anything else).
   */
  private profile(norm: string): WordProfile {
    let memo = profiles.get(this.lex);
    if (!memo) profiles.set(this.lex, (memo = new Map()));
    let w = memo.get(norm);
    if (w === undefined) {
      w = this.profileOf(norm);
      if (memo.size >= PROFILE_LIMIT) memo.clear();
      memo.set(norm, w);
    }
    return w;
  }

  private profileOf(norm: string): WordProfile {
    const lex = this.lex;
    const fixed = lex.complementisers.has(norm) ? COMP : lex.links.has(norm) ? LINK : lex.titleLinks.has(norm) ? TITLE_LINK : lex.determiners.has(norm) ? DET : NONE;
    return {
      fixed,
      pronoun: lex.pronouns.has(norm),
      nameLikePreposition: lex.namesLikePrepositionsFolded.has(norm),
      breakClass: this.isPreposition(norm) ? PREPOSITION : this.isBreaker(norm) ? BREAKER : NEITHER,
      title: lex.titles.match(norm)?.value,
      namePrefix: lex.namePrefixes.has(norm),
      undetermined: !lex.definitePrefixes.some((p) => norm.startsWith(p) && norm.length >= p.length + 2),
      solidPrefix: lex.solidNamePrefixes.some((p) => norm.length >= p.length + MIN_SOLID_NAME_REST && norm.startsWith(p)),
      coordinated: lex.coordinatedPrefixes.some((p) => norm.startsWith(p)),
      adjective: lex.adjectiveEndings !== undefined && lex.adjectiveEndings.some((e) => norm.endsWith(e)),
      thing: lex.nonSpeakers.match(norm) !== undefined,
    };
  }

  /**
   * Whether the word after tokens[last] continues a personal name: a name prefix («علي بن ناصر»), or a word
   * that is no function word right after a person's title (tokens[first - 1]: «الوزير علي الشامي») or where
   * the document spells the preposition apart («وقال علي حسن إن»).
   */
  private nameFollows(name: string, first: number, last: number): boolean {
    if (last + 1 > this.hi) return false;
    const { tokens, quoteOf } = this.view;
    const next = tokens[last + 1] as Token;
    if (next.kind !== "word" || (quoteOf[last + 1] as number) >= 0) return false;
    const lex = this.lex;
    const norm = next.norm;
    if (lex.namePrefixes.has(norm)) return true;
    if (lex.complementisers.has(norm) || lex.links.has(norm) || this.isBreaker(norm) || this.isPreposition(norm) || lex.titles.match(norm)) return false;
    const prev = first - 1 >= this.lo ? (tokens[first - 1] as Token) : undefined;
    if (prev !== undefined && prev.kind === "word" && lex.titles.match(prev.norm)?.value === "person") return true;
    return this.view.spelledApart?.has(name) === true;
  }

  /** «عام» right after a person's title («مدير عام»): the title's adjective (see SpeechWords.titleAdjectives). */
  private adjectiveOfTitle(norm: string, first: number): boolean {
    const lex = this.lex;
    if (!lex.titleAdjectives.has(norm) || first - 1 < this.lo) return false;
    const prev = this.view.tokens[first - 1] as Token;
    return prev.kind === "word" && (this.view.quoteOf[first - 1] as number) < 0 && lex.titles.match(prev.norm)?.value === "person";
  }

  /** isPreposition, else isBreaker, of a folded word (see profile). */
  private breakClass(norm: string): number {
    if (!this.profiled) return this.isPreposition(norm) ? PREPOSITION : this.isBreaker(norm) ? BREAKER : NEITHER;
    return this.profile(norm).breakClass;
  }

  private isBreaker(norm: string): boolean {
    const lex = this.lex;
    return lex.breakers.has(norm) || lex.adverbs.has(norm) || lex.negations.has(norm);
  }

  /** A preposition, alone or glued: "في", "لـ", "بالأسلحة", "للصحفيين", "لوكالة". */
  private isPreposition(norm: string): boolean {
    const lex = this.lex;
    if (lex.prepositions.has(norm)) return true;
    if (lex.breakerPrefixes.some((p) => norm.length > p.length + 1 && norm.startsWith(p))) return true;
    for (const p of lex.prepositionPrefixes) {
      if (norm === p) return true;
      if (norm.length > p.length + 1 && norm.startsWith(p) && lex.titles.get(norm.slice(p.length)) !== undefined) return true;
    }
    return false;
  }
}

export function isClauseBoundary(u: Unit | undefined, lex: SpeechLexicon): boolean {
  if (!u) return true; // the sentence start
  if (u.kind === "punct" || u.kind === "comp" || u.kind === "statement") return true;
  return u.kind !== "trigger" && lex.clauseStarts.has(u.norm);
}

/** Break classes of a word. */
const NEITHER = 0;
const PREPOSITION = 1;
const BREAKER = 2;
/** Kinds a word takes wherever it stands (WordProfile.fixed), in the order classifyWord asks. */
const NONE = 0;
const COMP = 1;
const LINK = 2;
const TITLE_LINK = 3;
const DET = 4;

/** What the lists say of one folded word (see UnitReader.profile); every field is read from the word alone. */
interface WordProfile {
  /** A complementiser, link, title link or determiner (in that order), or NONE. */
  fixed: number;
  pronoun: boolean;
  /** Folded like one of SpeechWords.namesLikePrepositions (the written form decides). */
  nameLikePreposition: boolean;
  /** isPreposition, else isBreaker: PREPOSITION, BREAKER or NEITHER. */
  breakClass: number;
  title: TitleKind | undefined;
  namePrefix: boolean;
  /** No definite prefix with a stem after it: named, where names are told by their article. */
  undetermined: boolean;
  /** Opens with a solid name prefix and keeps enough letters past it. */
  solidPrefix: boolean;
  /** Opens with a definite prefix that carries a conjunction. */
  coordinated: boolean;
  /** Ends with an adjective's ending (false when the locale gives none). */
  adjective: boolean;
  /** One of SpeechWords.nonSpeakers, clitics allowed. */
  thing: boolean;
}

/** Most words whose profile is kept per lexicon; the memo starts again past it (text of endless distinct words). */
const PROFILE_LIMIT = 65_536;
const profiles = new WeakMap<SpeechLexicon, Map<string, WordProfile>>();

function plain(kind: UnitKind, first: number, last: number, norm: string): Unit {
  return { kind, first, last, norm, person: false, body: false, named: false };
}

function isCapitalised(raw: string): boolean {
  for (const ch of raw) {
    if (LETTER.test(ch)) return ch !== ch.toLowerCase();
  }
  return false;
}

/** "US", "UN": capitals throughout, so not the pronoun "us". */
function isAcronym(raw: string): boolean {
  return raw.length >= 2 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
}

/**
 * What ends a phrase that no object can precede: a complementiser, a quoted statement, a colon ("وأكد رئيس
 * الهيئة زياد العدوان أن …"). The end of the sentence is not one: "وأعلن الرئيس انتهاء العمليات." ends on its
 * object.
 */
export function opensComplement(stop: Unit | undefined): boolean {
  if (!stop) return false;
  return stop.kind === "comp" || stop.kind === "statement" || (stop.kind === "punct" && isColon(stop.norm));
}

export function isComma(s: string): boolean {
  return s === "," || s === "\u060C";
}

export function isColon(s: string): boolean {
  return s === ":";
}

/** The speaker as written: the phrase's text without the marks of quoted names inside it, spaces collapsed. */
export function speakerText(view: ParagraphView, units: readonly Unit[]): string {
  const first = units[0] as Unit;
  const last = units[units.length - 1] as Unit;
  const start = (view.tokens[first.first] as Token).start + (first.skip ?? 0);
  const end = (view.tokens[last.last] as Token).end;
  const drop = new Set<number>();
  for (const u of units) {
    if (!u.quote) continue;
    drop.add(u.quote.span.open);
    if (u.quote.span.closeMark >= 0) drop.add(u.quote.span.closeMark);
  }
  let s = first.replacement ?? "";
  let from = start;
  for (const d of [...drop].sort((a, b) => a - b)) {
    if (d < start || d >= end) continue;
    s += view.text.slice(from, d);
    from = d + 1;
  }
  s += view.text.slice(from, end);
  return collapseSpaces(s);
}
