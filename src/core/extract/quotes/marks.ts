/**
 * Pairs quotation marks inside one paragraph, in one linear pass, and returns the outermost quoted spans.
 *
 * Marks: « » and ‹ ›; “ ” (also ” … ”, the German „ … “, and “ … ″ after a digit, see below); ‘ ’ (’ between letters is an apostrophe); straight
 * " (the same character opens and closes, so its role comes from its neighbours: an opener follows a space,
 * the paragraph start or punctuation and precedes a non-space; a closer the reverse; when the neighbours do not
 * tell, as in و"مركز, it closes an open straight quote or else opens one). Straight ' is left alone: it is an
 * apostrophe far more often than a quotation mark.
 *
 * Nesting: quotes inside a quote stay part of it («… إرهابيي «داعش» في …» is one span). A closer that matches an
 * opener deeper in the stack closes that one and abandons the unclosed marks above it; a closer with no opener
 * is ignored. Brackets count too: a quote opened inside ( … ) cannot outlive the bracket.
 *
 * Unclosed quotes end at the first of:
 * - the closing bracket of a bracket opened before the quote;
 * - the paragraph end, when the next paragraph opens with a mark of the same family (the convention for a
 *   quotation running over several paragraphs: no closer until its last paragraph);
 * - otherwise, the end of the first sentence that ends outside any complete quote or bracket nested in it
 *   (a missing closer most often belongs at the end of the sentence), or the paragraph end.
 *
 * Every mark is pushed and popped at most once, and the end search walks forward only, so the pass is linear
 * even on 200,000 unbalanced «.
 */
import type { Span } from "../../text/segment.js";

export type QuoteFamily = "guillemet" | "singleGuillemet" | "curly" | "low" | "single" | "straight";

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the first non-space character inside the marks. */
  start: number;
  /** Offset after the last non-space character inside the marks (before the closing mark or the bound). */
  end: number;
  /** Offset after the closing mark; when unclosed, the offset where the quote was bounded. */
  close: number;
  /** Offset of the closing mark, -1 when the quote was never closed. */
  closeMark: number;
  family: QuoteFamily;
}

type BracketType = "paren" | "square" | "brace";
type StackKind = QuoteFamily | BracketType;

interface Entry {
  pos: number;
  kind: StackKind;
}

interface Pair {
  open: number;
  /** Offset after the closing character. */
  closeEnd: number;
}

interface Candidate {
  open: number;
  family: QuoteFamily;
  /** Offset of the closing mark, or -1. */
  closeMark: number;
  /** Where the quote was bounded when unclosed; -1 while unknown (unclosed at the paragraph end). */
  bound: number;
}

const BRACKET_OPEN: Record<string, BracketType> = { "(": "paren", "[": "square", "{": "brace" };
const BRACKET_CLOSE: Record<string, BracketType> = { ")": "paren", "]": "square", "}": "brace" };

/** First characters of a paragraph that continue a quote of each family from the paragraph before. */
const CONTINUES: Record<QuoteFamily, string> = {
  guillemet: "«",
  singleGuillemet: "‹",
  curly: "“„”",
  low: "„",
  single: "‘",
  straight: '"',
};

/** Every character the pass below acts on. */
const MARKS = /[()[\]{}«»‹›„“”‘’"″′']/g;
const BIDI = /[\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;
const SPACE = /\s/;
const WORD = /[\p{L}\p{N}\p{M}]/u;

/**
 * The outermost quotes of paragraph `para`, in order. `sentenceEnds` are the end offsets of the paragraph's
 * sentences, ascending; `nextParagraphStart` is the first character of the next paragraph, if any.
 */
export function findQuoteSpans(text: string, para: Span, sentenceEnds: readonly number[], nextParagraphStart?: string): QuoteSpan[] {
  const stack: Entry[] = [];
  const open: Record<StackKind, number> = {
    guillemet: 0, singleGuillemet: 0, curly: 0, low: 0, single: 0, straight: 0, paren: 0, square: 0, brace: 0,
  };
  const candidates: Candidate[] = [];
  // Complete quotes and brackets: a sentence end inside one of them does not end an unclosed quote around it.
  const pairs: Pair[] = [];

  const push = (pos: number, kind: StackKind) => {
    stack.push({ pos, kind });
    open[kind]++;
  };
  // Pop down to the nearest entry of `kind` (the caller checked there is one). Quotes popped on the way
  // were opened inside it and never closed; a bracket bounds them, a closing quote swallows them.
  const popTo = (kind: StackKind, at: number): Entry => {
    for (;;) {
      const e = stack.pop() as Entry;
      open[e.kind]--;
      if (e.kind === kind) return e;
      if (isBracket(kind) && !isBracket(e.kind)) candidates.push({ open: e.pos, family: e.kind as QuoteFamily, closeMark: -1, bound: at });
    }
  };
  const closeQuote = (family: QuoteFamily, at: number) => {
    const e = popTo(family, at);
    candidates.push({ open: e.pos, family, closeMark: at, bound: -1 });
    pairs.push({ open: e.pos, closeEnd: at + 1 });
  };

  // Only quotation marks and brackets matter; jump from one to the next (searching the paragraph alone, so
  // a paragraph without marks never scans the text after it).
  const body = text.slice(para.start, para.end);
  const marks = MARKS;
  for (let i = para.start; i < para.end; i++) {
    marks.lastIndex = i - para.start;
    const next = marks.exec(body);
    if (!next) break;
    i = para.start + next.index;
    const c = text[i] as string;
    const bracketOpen = BRACKET_OPEN[c];
    if (bracketOpen) {
      push(i, bracketOpen);
      continue;
    }
    const bracketClose = BRACKET_CLOSE[c];
    if (bracketClose) {
      if (open[bracketClose] > 0) {
        const e = popTo(bracketClose, i);
        pairs.push({ open: e.pos, closeEnd: i + 1 });
      }
      continue;
    }
    switch (c) {
      case "«":
        push(i, "guillemet");
        break;
      case "»":
        if (open.guillemet > 0) closeQuote("guillemet", i);
        break;
      case "‹":
        push(i, "singleGuillemet");
        break;
      case "›":
        if (open.singleGuillemet > 0) closeQuote("singleGuillemet", i);
        break;
      case "„":
        push(i, "low");
        break;
      case "“": {
        const { canOpen, canClose } = flanks(text, i, para);
        // „…“ closes with this mark; so does “…“ from writers who use one mark for both.
        if (open.low > 0 && canClose && !canOpen) closeQuote("low", i);
        else if (open.curly > 0 && canClose && !canOpen) closeQuote("curly", i);
        else if (canOpen || !canClose) push(i, "curly");
        break;
      }
      case "”": {
        const { canOpen, canClose } = flanks(text, i, para);
        if (open.curly > 0) closeQuote("curly", i);
        else if (open.low > 0) closeQuote("low", i);
        else if (canOpen && !canClose) push(i, "curly"); // ”…” style: the same mark opens and closes
        break;
      }
      case "‘": {
        const { canOpen } = flanks(text, i, para);
        const prev = neighbour(text, i, -1, para);
        if (canOpen && (prev === undefined || !WORD.test(prev))) push(i, "single");
        break;
      }
      case "'":
      case "’": {
        // Two apostrophes close a double quote in copy typed the old way ("… alive,'' the admiral said").
        if (text[i + 1] === c && (open.curly > 0 || open.straight > 0) && flanks(text, i + 1, para).canClose) {
          closeQuote(open.curly > 0 ? "curly" : "straight", i);
          i++;
          break;
        }
        if (c === "'") break;
        const next = neighbour(text, i, 1, para);
        const prev = neighbour(text, i, -1, para);
        if (open.single > 0 && prev !== undefined && !SPACE.test(prev) && (next === undefined || !WORD.test(next))) closeQuote("single", i);
        break;
      }
      // Publishing software that curls straight quotes takes a " after a digit for inches and a ' for feet
      // (“إف-16″): after a digit, with a quote open and nothing but a space or punctuation next, the prime
      // is that quote's closer. Elsewhere it stays a prime (12″ screens).
      case "″":
      case "′": {
        const prev = neighbour(text, i, -1, para);
        const { canClose } = flanks(text, i, para);
        if (prev === undefined || !/\p{Nd}/u.test(prev) || !canClose) break;
        if (c === "″") {
          if (open.curly > 0) closeQuote("curly", i);
          else if (open.straight > 0) closeQuote("straight", i);
        } else if (open.single > 0) closeQuote("single", i);
        break;
      }
      case '"': {
        const { canOpen, canClose } = flanks(text, i, para);
        if (canOpen && !canClose) push(i, "straight");
        else if (canClose && !canOpen) {
          if (open.straight > 0) closeQuote("straight", i);
        } else if (open.straight > 0) closeQuote("straight", i);
        else push(i, "straight");
        break;
      }
      default:
        break;
    }
  }
  for (const e of stack) if (!isBracket(e.kind)) candidates.push({ open: e.pos, family: e.kind as QuoteFamily, closeMark: -1, bound: -1 });

  candidates.sort((a, b) => a.open - b.open);
  pairs.sort((a, b) => a.open - b.open);

  const out: QuoteSpan[] = [];
  const ends = new EndFinder(sentenceEnds, pairs, para.end);
  let covered = para.start;
  for (const q of candidates) {
    if (q.open < covered) continue; // nested in the previous outermost quote
    let close: number;
    let innerEnd: number;
    if (q.closeMark >= 0) {
      innerEnd = q.closeMark;
      close = q.closeMark + 1;
    } else {
      const continued = nextParagraphStart !== undefined && CONTINUES[q.family].includes(nextParagraphStart);
      innerEnd = q.bound >= 0 ? q.bound : continued ? para.end : ends.after(q.open);
      close = innerEnd;
    }
    covered = close;
    let start = q.open + 1;
    let end = innerEnd;
    while (start < end && isBlank(text[start] as string)) start++;
    while (end > start && isBlank(text[end - 1] as string)) end--;
    if (end <= start) continue;
    out.push({ open: q.open, start, end, close, closeMark: q.closeMark, family: q.family });
  }
  return out;
}

/** Where an unclosed quote ends: walks sentence ends and nested pairs forward only, across all calls. */
class EndFinder {
  private s = 0;
  private p = 0;

  constructor(
    private readonly sentenceEnds: readonly number[],
    private readonly pairs: readonly Pair[],
    private readonly paragraphEnd: number,
  ) {}

  /** Calls must come with increasing `open`, each past the end returned before. */
  after(open: number): number {
    let pos = open + 2; // the quote holds at least one character
    let reach = -1;
    for (;;) {
      while (this.s < this.sentenceEnds.length && (this.sentenceEnds[this.s] as number) < pos) this.s++;
      if (this.s >= this.sentenceEnds.length) return this.paragraphEnd;
      const e = this.sentenceEnds[this.s] as number;
      while (this.p < this.pairs.length && (this.pairs[this.p] as Pair).open < e) {
        const pair = this.pairs[this.p] as Pair;
        if (pair.open > open && pair.closeEnd > reach) reach = pair.closeEnd;
        this.p++;
      }
      if (reach > e) pos = reach;
      else return Math.min(e, this.paragraphEnd);
    }
  }
}

function isBracket(kind: StackKind): kind is BracketType {
  return kind === "paren" || kind === "square" || kind === "brace";
}

function isBlank(c: string): boolean {
  return SPACE.test(c) || BIDI.test(c);
}

/** The nearest visible character before (-1) or after (+1) offset i inside the paragraph. */
function neighbour(text: string, i: number, dir: 1 | -1, para: Span): string | undefined {
  // Invisible direction marks sit next to quotes in right-to-left copy; look through a few of them.
  for (let j = i + dir, n = 0; j >= para.start && j < para.end && n < 8; j += dir, n++) {
    const c = text[j] as string;
    if (!BIDI.test(c)) return c;
  }
  return undefined;
}

/** Whether a mark at i stands where an opener can (before a word) and where a closer can (after one). */
function flanks(text: string, i: number, para: Span): { canOpen: boolean; canClose: boolean } {
  const prev = neighbour(text, i, -1, para);
  const next = neighbour(text, i, 1, para);
  const canOpen = next !== undefined && !SPACE.test(next) && (prev === undefined || SPACE.test(prev) || !WORD.test(prev));
  const canClose = prev !== undefined && !SPACE.test(prev) && (next === undefined || SPACE.test(next) || !WORD.test(next));
  return { canOpen, canClose };
}
