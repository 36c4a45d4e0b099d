/**
 * Work done once per repeated paragraph. Newsrooms run wire copy that many outlets publish word for word, so
 * in a run over many articles most paragraphs have been read before. What is a pure function of a
 * paragraph's text and its locale is kept here per distinct paragraph and handed to each later article with
 * its offsets moved by where the paragraph starts there:
 *
 * - whether the paragraph is page furniture (`isFurniture` reads the paragraph's text and the locale);
 * - its tokens (`tokenize` reads the span's characters; word ids are the same while `wordIdEpoch()` is, and
 *   the memo is emptied when it changes);
 * - its numbers (`findNumbers` reads the tokens, the characters between them and the locale);
 * - its date items before resolution (`dateItems`: the publication date is read only when the items are
 *   resolved, so that step runs for every article);
 * - its quantities (`assembleQuantities` reads the paragraph's tokens, numbers and sentences, which its text
 *   decides, and two things it does not: where the paragraph's dates are, which may depend on the publication
 *   date, and the senses the whole article calls for, in their order). Those two are written into a string
 *   kept with the quantities, which are reused only for an article where the string is the same.
 *
 * - its sentences (`splitSentences` reads the paragraph's characters and the locale's abbreviations);
 * - its speech reading (quote spans, attributions, opening subjects: quotes/index.ts's SharedSpeech), which
 *   also reads the names the article met before the paragraph, the first character of the next paragraph
 *   and the character after it, and the names the article spells apart. All of that is kept with the
 *   reading, which is reused only for an article where it is the same; the carry-over of speakers from
 *   earlier sentences and paragraphs is resolved per article from it.
 *
 * What reads across paragraphs (speakers carried over, the units an article uses, the claims' sentences) is
 * worked out per article as before. Each article gets its own token and mention objects:
 * nothing handed out is shared, so later steps may keep them, change them or use them as keys.
 *
 * Bounded: the memo holds at most MEMO_CHARS characters of paragraph text (with their tokens, about 9
 * bytes of heap per character: some 9 MB per thread) and is emptied whole when full. Keys are copied out
 * of the article's string, and cached strings long enough to be slices of it are copied too, so no article
 * is kept alive. Each worker thread has its own memo (module state).
 */
import type { Locale } from "../lang/types.js";
import { sentences as splitSentences, type Span } from "../text/segment.js";
import { tokenize, wordIdEpoch, type Token } from "../text/tokenize.js";
import { findNumbers, withOptionalFields, type NumberMention } from "./numbers/index.js";
import { dateItems, resolveDateItems, type DateMention } from "./dates/index.js";
import type { DateItem } from "./dates/grammar.js";
import { isFurniture } from "./furniture.js";
import { assembleQuantities } from "./quantities/assemble.js";
import type { QuantityMention } from "./quantities/draft.js";
import type { SharedSpeech, SpeechSlot } from "./quotes/index.js";

/** The switch tests turn off to hold the shared results to a fresh reading of every paragraph. */
export const repeats = { on: true };

/** Characters of paragraph text the memo holds at most: the distinct text of a few thousand articles. */
const MEMO_CHARS = 1_000_000;

export interface Entry extends SpeechSlot {
  /** The paragraph's text (a copy: no article is kept alive) and the locale it was read with: the entry's key. */
  text: string;
  locale: string;
  /** The next entry whose text has the same hash. */
  sameHash: Entry | undefined;
  furniture: boolean | undefined;
  /** Offsets from the paragraph's start. */
  tokens: Token[] | undefined;
  numbers: NumberMention[] | undefined;
  /** Token indices, so nothing to move. */
  dates: DateItem[] | undefined;
  /** The quantities of the last reading, offsets from the paragraph's start, and what else they were read from. */
  quantities: QuantityMention[] | undefined;
  quantitiesFrom: string | undefined;
  /** Offsets from the paragraph's start. */
  sentences: Span[] | undefined;
  /** The last speech reading and what it read beyond the paragraph (see analyzeSpeech). */
  speech: SharedSpeech | undefined;
}

// Entries by the hash of their text: a paragraph is found by comparing its characters where they stand in the
// article, so no key string is cut out of the article, joined to the locale's code and hashed again per lookup.
let memo = new Map<number, Entry>();
let memoChars = 0;
let memoEpoch = -1;

/** Empties the memo (a run's start; tests and measurements that compare runs). */
export function clearParagraphMemo(): void {
  memo = new Map();
  memoChars = 0;
  seenHash.fill(0);
  seenArticle.fill(0);
}

/**
 * A copy of `s` that does not share the characters of the string it was cut from. V8 keeps a slice of 13
 * characters or more as a view into its parent (the whole article); cutting one from a joined string makes
 * the joined string flat first, so the slice views only that copy.
 */
function detached(s: string): string {
  return s.length < 13 ? s : ("\u0000" + s).slice(1);
}

// Paragraphs seen once cost nothing but a hash: an entry is made only for text seen in an earlier article
// (most text of a run that repeats at all has been seen by the second copy). Per slot of a direct-mapped table:
// the hash of the last paragraph that fell there and the article it was first seen in. A collision forgets the
// older paragraph, which only makes it wait for its next copy; equal hashes of different texts only make an
// entry too early (entries are found by the whole text).
const SEEN_BITS = 16;
const SEEN_MASK = (1 << SEEN_BITS) - 1;
const seenHash = new Int32Array(1 << SEEN_BITS);
const seenArticle = new Int32Array(1 << SEEN_BITS);
/** The article being read, from 1 (0 marks an empty slot). */
let article = 0;

/** Called once per article before its paragraphs are read. */
export function nextArticle(): void {
  article++;
  if (memoEpoch !== wordIdEpoch()) {
    clearParagraphMemo();
    memoEpoch = wordIdEpoch();
  }
}

/**
 * The shared readings of text[span] read with `locale`, or undefined while the text has not been seen in
 * another article (or its tokens may not be shared). Asked once per paragraph of an article; the answer is
 * passed to furnitureOf and readParagraph.
 */
export function sharedEntry(text: string, span: Span, locale: Locale): Entry | undefined {
  if (!repeats.on || !shareable(text, span)) return undefined;
  const { start, end } = span;
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  const slot = h & SEEN_MASK;
  if (seenHash[slot] !== h || seenArticle[slot] === 0) {
    seenHash[slot] = h;
    seenArticle[slot] = article;
    return undefined;
  }
  if (seenArticle[slot] === article) return undefined;
  const code = locale.code;
  const first = memo.get(h);
  for (let e = first; e !== undefined; e = e.sameHash) if (e.locale === code && sameText(text, start, end, e.text)) return e;
  // As many characters as the locale's code, a separator and the text (the bound's measure since round ten).
  const size = code.length + 1 + end - start;
  if (memoChars + size > MEMO_CHARS) clearParagraphMemo();
  const entry: Entry = {
    text: detached(text.slice(start, end)),
    locale: code,
    sameHash: memo.get(h),
    furniture: undefined,
    tokens: undefined,
    numbers: undefined,
    dates: undefined,
    quantities: undefined,
    quantitiesFrom: undefined,
    sentences: undefined,
    speech: undefined,
  };
  memo.set(h, entry);
  memoChars += size;
  return entry;
}

/** Whether text[start, end) is `s`. */
function sameText(text: string, start: number, end: number, s: string): boolean {
  if (s.length !== end - start) return false;
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/** Whether a span's tokens may be shared: one starting inside a surrogate pair reads the character before it. */
function shareable(text: string, span: Span): boolean {
  const c = text.charCodeAt(span.start);
  if (c < 0xdc00 || c > 0xdfff || span.start === 0) return true;
  const before = text.charCodeAt(span.start - 1);
  return before < 0xd800 || before > 0xdbff;
}

/** `isFurniture(text.slice(span.start, span.end), locale)`; `entry` is sharedEntry's for the span. */
export function furnitureOf(text: string, span: Span, locale: Locale, entry: Entry | undefined): boolean {
  if (entry === undefined) return isFurniture(text.slice(span.start, span.end), locale);
  return (entry.furniture ??= isFurniture(text.slice(span.start, span.end), locale));
}

/**
 * `splitSentences(text, span, isAbbreviation)`, whose answer is a function of the span's characters and the
 * locale's abbreviations (`isAbbreviation` is the locale's); `entry` is sharedEntry's for the span.
 */
export function sentencesIn(text: string, span: Span, entry: Entry | undefined, isAbbreviation: (word: string) => boolean): Span[] {
  if (entry === undefined) return splitSentences(text, span, isAbbreviation);
  const kept = entry.sentences;
  if (kept === undefined) {
    const sentences = splitSentences(text, span, isAbbreviation);
    const relative: Span[] = [];
    for (const s of sentences) relative.push({ start: s.start - span.start, end: s.end - span.start });
    entry.sentences = relative;
    return sentences;
  }
  const out: Span[] = [];
  for (const s of kept) out.push({ start: s.start + span.start, end: s.end + span.start });
  return out;
}

/** What one paragraph of an article shares with the other copies of its text. */
export interface ParagraphReading {
  entry: Entry | undefined;
  /** Where the paragraph starts in this article. */
  start: number;
  tokens: Token[];
}

/** `tokenize(text, span.start, span.end)`, with the entry (sharedEntry's for the span) later steps read from. */
export function readParagraph(text: string, span: Span, entry: Entry | undefined): ParagraphReading {
  if (entry === undefined) return { entry, start: span.start, tokens: tokenize(text, span.start, span.end) };
  if (entry.tokens === undefined) {
    const tokens = tokenize(text, span.start, span.end);
    entry.tokens = moveTokens(tokens, -span.start, true);
    return { entry, start: span.start, tokens };
  }
  return { entry, start: span.start, tokens: moveTokens(entry.tokens, span.start, false) };
}

/** `findNumbers(text, tokens, locale)` of a paragraph read by readParagraph. */
export function numbersOf(text: string, reading: ParagraphReading, locale: Locale): NumberMention[] {
  const { entry, start, tokens } = reading;
  if (entry === undefined) return findNumbers(text, tokens, locale);
  if (entry.numbers === undefined) {
    const numbers = findNumbers(text, tokens, locale);
    entry.numbers = moveNumbers(numbers, text, -start, true);
    return numbers;
  }
  return moveNumbers(entry.numbers, text, start, false);
}

/** `findDates(text, tokens, locale, { published })` of a paragraph read by readParagraph. */
export function datesOf(text: string, reading: ParagraphReading, locale: Locale, published: string | undefined): DateMention[] {
  const { entry, tokens } = reading;
  if (entry === undefined) return resolveDateItems(text, tokens, dateItems(tokens, locale), published);
  const items = (entry.dates ??= dateItems(tokens, locale));
  return resolveDateItems(text, tokens, items, published);
}

/** Tokens with their offsets moved by `by`, as new objects (fields in tokenize's order: one object shape). */
function moveTokens(tokens: readonly Token[], by: number, keep: boolean): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const text = keep ? detached(t.text) : t.text;
    const norm = keep ? (t.norm === t.text ? text : detached(t.norm)) : t.norm;
    out.push({ kind: t.kind, start: t.start + by, end: t.end + by, text, norm, spaceBefore: t.spaceBefore, id: t.id });
  }
  return out;
}

/**
 * Number mentions with their offsets moved by `by`, as new objects with the fields findNumbers sets, in its
 * order. Kept copies hold no text (it is cut from the article they are handed to).
 */
function moveNumbers(numbers: readonly NumberMention[], text: string, by: number, keep: boolean): NumberMention[] {
  const out: NumberMention[] = [];
  for (const n of numbers) {
    const start = n.start + by;
    const end = n.end + by;
    const m: NumberMention = {
      start,
      end,
      text: keep ? "" : text.slice(start, end),
      value: n.value,
      granularity: n.granularity,
      percent: n.percent,
      spelled: n.spelled,
      phraseStart: n.phraseStart + by,
      phraseEnd: n.phraseEnd + by,
    };
    out.push(withOptionalFields(m, n, by));
  }
  return out;
}

/**
 * `assembleQuantities(tokens, numbers, dates, sentences, locale, senses)` of a paragraph read by readParagraph,
 * with its numbers from numbersOf and its dates from datesOf.
 */
export function quantitiesOf(
  reading: ParagraphReading,
  numbers: readonly NumberMention[],
  dates: readonly Span[],
  sentences: readonly Span[],
  locale: Locale,
  senses: ReadonlySet<number>,
): QuantityMention[] {
  const { entry, start, tokens } = reading;
  if (entry === undefined) return assembleQuantities(tokens, numbers, dates, sentences, locale, senses);
  let from = "";
  for (const s of senses) from += `${s},`;
  from += "|";
  for (const d of dates) from += `${d.start - start}-${d.end - start},`;
  if (entry.quantities !== undefined && entry.quantitiesFrom === from) return moveQuantities(entry.quantities, start);
  const quantities = assembleQuantities(tokens, numbers, dates, sentences, locale, senses);
  entry.quantities = moveQuantities(quantities, -start);
  entry.quantitiesFrom = from;
  return quantities;
}

/** Quantity mentions with their offsets moved by `by`, as new objects with the fields the assembler sets, in its order. */
function moveQuantities(quantities: readonly QuantityMention[], by: number): QuantityMention[] {
  const out: QuantityMention[] = [];
  for (const q of quantities) {
    const m: QuantityMention = { start: q.start + by, end: q.end + by, value: q.value, interval: { min: q.interval.min, max: q.interval.max, minOpen: q.interval.minOpen, maxOpen: q.interval.maxOpen }, percent: q.percent };
    if (q.qualifier !== undefined) m.qualifier = q.qualifier;
    if (q.unit !== undefined) m.unit = q.unit;
    if (q.noun !== undefined) m.noun = q.noun;
    out.push(m);
  }
  return out;
}
