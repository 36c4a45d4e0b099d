/**
 * Page furniture: what a copy-paste from a web page drags along (comment prompts, "back to top", share
 * buttons, ad-blocker notices, "read also" links, print-edition notes, bylines, date lines, lone section
 * labels). It is not article text and must yield no claim.
 */
import type { Locale } from "../lang/types.js";
import { collapseSpaces, fold, hasCompatibilityForms } from "../text/normalize.js";

interface FurnitureLexicon {
  phrases: ReadonlySet<string>;
  /** The phrases by their first word, with their word counts: a line can only start with those of its first word. */
  phrasesByFirst: ReadonlyMap<string, readonly { phrase: string; words: number }[]>;
  /** Words a date line is made of besides digits: months, weekdays, time zones, "updated". */
  dateLineWords: ReadonlySet<string>;
  /** Words in the longest phrase. */
  phraseWords: number;
  /** First words of the phrases specific enough to make any line they open furniture. */
  specificStarts: ReadonlySet<string>;
  /**
   * Most words a line can have and still be furniture by a rule that reads all of its folded form (a phrase
   * alone, a phrase and a label's worth of words, a lone label, pagination).
   */
  maxWords: number;
}

const cache = new WeakMap<Locale, FurnitureLexicon>();

function lexicon(locale: Locale): FurnitureLexicon {
  let lex = cache.get(locale);
  if (!lex) {
    const dateWords = [...locale.calendar.months, ...locale.calendar.weekdays].flatMap(([w]) => clean(w).split(" "));
    const phrases = new Set(locale.furniture.lines.map((l) => clean(l)));
    let phraseWords = 0;
    for (const p of phrases) phraseWords = Math.max(phraseWords, wordCount(p));
    const specificStarts = new Set([...phrases].filter((p) => wordCount(p) >= SPECIFIC_PHRASE_WORDS).map((p) => p.split(" ")[0]!));
    const phrasesByFirst = new Map<string, { phrase: string; words: number }[]>();
    for (const p of phrases) {
      const first = p.split(" ")[0]!;
      let list = phrasesByFirst.get(first);
      if (!list) phrasesByFirst.set(first, (list = []));
      list.push({ phrase: p + " ", words: wordCount(p) });
    }
    lex = {
      phrases,
      phrasesByFirst,
      specificStarts,
      dateLineWords: new Set([...dateWords, ...locale.furniture.dateLineWords.map((w) => clean(w))]),
      phraseWords,
      maxWords: Math.max(phraseWords + LABEL_WORDS, PAGINATION_WORDS),
    };
    cache.set(locale, lex);
  }
  return lex;
}

/** Folded, with punctuation and whitespace runs reduced to single spaces. */
function clean(s: string): string {
  return collapseSpaces(fold(s).replace(/[^\p{L}\p{N}]+/gu, " "));
}

/** Words in a cleaned line, counting digit runs as words. */
function wordCount(s: string): number {
  return s.split(" ").filter(Boolean).length;
}

const SENTENCE_PUNCTUATION = /[.!?؟:;،,«»"“”]/u;
/** A line made only of digits, separators and symbols: pagination, counters, rules. */
const NO_LETTERS = /^[^\p{L}]*$/u;
/** Words a two-word phrase may be followed by ("Share this: Facebook Twitter Email WhatsApp"). */
const LABEL_WORDS = 4;
/** Most words of a pagination line. */
const PAGINATION_WORDS = 10;
/** A furniture phrase of this many words is specific enough that any line starting with it is furniture. */
const SPECIFIC_PHRASE_WORDS = 3;
/** Longest line taken for a "Read also: <headline>" or a date line. */
const MAX_FURNITURE_LINE = 300;

/**
 * Whether a paragraph is furniture: one of the locale's furniture phrases; a line starting with a phrase of
 * three or more words ("A version of this article appears in print …"); a phrase followed by a separator and
 * anything ("Read also: <headline>", "اقرأ أيضاً: …"); a phrase followed by a label's worth of words ("Share
 * Facebook Twitter"); a date line ("Sat 5 Jul 2025 10.30 BST", "Feb. 4, 2025, updated 6:12 p.m. ET"); a line
 * with no letters; or a lone label: at most three words with no sentence punctuation (section names, agency
 * credits such as "أ ف ب"), a byline "Outlet | Author", an image slug, pagination.
 */
/** Most words of a headline in a list of links. */
const LIST_ITEM_WORDS = 16;
const ENDS_SENTENCE = /[.!?؟…:]["'”’»)]*$/u;

const headingCache = new WeakMap<Locale, ReadonlySet<string>>();

/**
 * Marks, in `furniture` (one flag per paragraph of `paragraphs`), the headlines listed under a heading of links
 * to other stories: each short line without a sentence's end after a paragraph that is one of the locale's
 * list headings, up to the first line that is not one. Such a line reads like a claim ("Kuwait records 52C as
 * Gulf heat builds") but belongs to another story. One pass, each line folded at most once.
 */
export function markListItems(paragraphs: readonly string[], furniture: boolean[], locale: Locale): void {
  let headings = headingCache.get(locale);
  if (!headings) headingCache.set(locale, (headings = new Set((locale.furniture.listHeadings ?? []).map((h) => clean(h)))));
  if (headings.size === 0) return;
  let inList = false;
  for (let i = 0; i < paragraphs.length; i++) {
    // Outside a list an article paragraph only ends it (it was not in one): most paragraphs are read no further.
    if (!furniture[i] && !inList) continue;
    const raw = collapseSpaces(paragraphs[i]!);
    const short = minWords(raw, LIST_ITEM_WORDS) <= LIST_ITEM_WORDS;
    if (furniture[i]) {
      inList = short && headings.has(clean(raw)) ? true : inList;
      continue;
    }
    if (short && !ENDS_SENTENCE.test(raw)) furniture[i] = true;
    else inList = false;
  }
}

export function isFurniture(paragraph: string, locale: Locale, readWhole = false): boolean {
  const raw = collapseSpaces(paragraph);
  if (raw.length === 0 || NO_LETTERS.test(raw)) return true;
  const lex = lexicon(locale);
  const { phrases } = lex;
  // Most paragraphs are prose with more words than any rule that reads the whole folded line allows: for
  // those only the first words are folded (see firstWords), which is most of the cost of this check.
  // `readWhole` turns that off, for tests that hold the shortcut to the full reading.
  if (!readWhole && minWords(raw, lex.maxWords) > lex.maxWords) return isLongFurniture(raw, lex);
  const line = clean(raw);
  if (phrases.has(line)) return true;
  // A phrase and a space open the line only if the phrase's first word is the line's.
  const space = line.indexOf(" ");
  for (const { phrase, words } of (space > 0 && lex.phrasesByFirst.get(line.slice(0, space))) || []) {
    if (!line.startsWith(phrase)) continue;
    if (words >= SPECIFIC_PHRASE_WORDS && raw.length <= MAX_FURNITURE_LINE * 2) return true;
    // A one-word phrase ("more", "share") also opens ordinary headlines ("More than 200 killed").
    if (words >= 2 && wordCount(line.slice(phrase.length - 1)) <= LABEL_WORDS && !/[.!?؟]$/u.test(raw)) return true;
  }
  if (raw.length <= MAX_FURNITURE_LINE && startsWithPhraseThenSeparator(raw, lex)) return true;
  if (raw.length <= MAX_FURNITURE_LINE && dateLine(line.split(" ").filter(Boolean), lex)) return true;
  if (SENTENCE_PUNCTUATION.test(raw)) return false;
  if (wordCount(line) <= 3) return true;
  return isSlug(raw) || isByline(raw) || isPagination(line);
}

/**
 * isFurniture() for a line with more than lex.maxWords words: the rules that need few words cannot hold, a
 * specific phrase or a date can only be seen in its first words.
 */
function isLongFurniture(raw: string, lex: FurnitureLexicon): boolean {
  // Both rules that read the first words need the first one to open a specific phrase or to be a date line's:
  // most prose is told from its first word, without folding the others. Longer lines need neither, nor a
  // search of the whole line for compatibility forms.
  const compatibility = raw.length <= MAX_FURNITURE_LINE * 2 && hasCompatibilityForms(raw);
  if (raw.length <= MAX_FURNITURE_LINE * 2 && headMayMatter(raw, lex, compatibility)) {
    const head = firstWords(raw, lex.phraseWords, compatibility);
    for (let k = SPECIFIC_PHRASE_WORDS; k <= lex.phraseWords; k++) if (lex.phrases.has(head.slice(0, k).join(" "))) return true;
    // A date line is date words and numbers throughout; a head that is all of them is rare enough to read whole.
    if (raw.length <= MAX_FURNITURE_LINE && head.every((w) => NUMBER.test(w) || lex.dateLineWords.has(w)) && dateLine(clean(raw).split(" ").filter(Boolean), lex)) {
      return true;
    }
  }
  if (raw.length <= MAX_FURNITURE_LINE && startsWithPhraseThenSeparator(raw, lex)) return true;
  if (SENTENCE_PUNCTUATION.test(raw)) return false;
  return isSlug(raw) || isByline(raw);
}

/**
 * The first `n` words of clean(raw) (fewer if it has fewer), folding only a prefix of raw. Cut at a space, a
 * prefix folds to the first words of the whole: folding acts character by character, lower-casing looks no
 * further than the word, and compatibility normalisation, which fold() applies to a whole text when any
 * part of it holds a compatibility form (`compatibility`), never reaches across a space: the prefix is then
 * normalised whatever it holds, as it would be inside the whole. Arabic copy quotes with «», which are
 * such forms, so this matters for most Arabic paragraphs.
 */
function firstWords(raw: string, n: number, compatibility: boolean): string[] {
  let cut = 0;
  let counted = 0;
  while (cut < raw.length && counted < n) {
    const space = raw.indexOf(" ", cut + 1);
    const end = space < 0 ? raw.length : space;
    counted += minWords(raw.slice(cut, end));
    cut = end;
  }
  const prefix = raw.slice(0, cut);
  return clean(compatibility ? prefix.normalize("NFKC") : prefix).split(" ").filter(Boolean).slice(0, n);
}

/**
 * Whether the first word of firstWords(raw) could open a specific phrase or a date line. It is the first word
 * of the first space-separated chunk of raw that leaves any (see firstWords for why a cut at a space folds
 * as the whole does); true when no chunk leaves one, so the full reading decides.
 */
function headMayMatter(raw: string, lex: FurnitureLexicon, compatibility: boolean): boolean {
  let from = 0;
  while (from < raw.length) {
    const space = raw.indexOf(" ", from);
    const end = space < 0 ? raw.length : space;
    const chunk = raw.slice(from, end);
    const words = clean(compatibility ? chunk.normalize("NFKC") : chunk);
    if (words.length > 0) {
      const cut = words.indexOf(" ");
      const first = cut < 0 ? words : words.slice(0, cut);
      return lex.specificStarts.has(first) || NUMBER.test(first) || lex.dateLineWords.has(first);
    }
    from = end + 1;
  }
  return true;
}

/**
 * A lower bound on wordCount(clean(raw)), without folding: space-separated chunks holding a basic Latin
 * letter or digit or an Arabic letter. Folding keeps each of those a letter or digit and never joins across
 * a space, so each such chunk leaves at least one word. The count stops once past `limit` (the callers only
 * compare it with a limit, and most paragraphs are far longer than any).
 */
function minWords(raw: string, limit = NO_LIMIT): number {
  let n = 0;
  let counted = false;
  for (let i = 0; i < raw.length && n <= limit; i++) {
    const c = raw.charCodeAt(i);
    if (c === 32) counted = false;
    else if (!counted && ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || (c >= 0x0621 && c <= 0x064a && c !== 0x0640))) {
      n++;
      counted = true;
    }
  }
  return n;
}

/** "اقرأ أيضاً: …", "Read more: …", "Photo: …": a furniture phrase, then a colon or bar, then anything. */
function startsWithPhraseThenSeparator(raw: string, lex: FurnitureLexicon): boolean {
  const { phrases } = lex;
  const sep = separatorAt(raw);
  // More words than any phrase ("وقال وزير الخارجية: …"): no need to fold them.
  if (sep >= 0) {
    const lead = raw.slice(0, sep);
    return minWords(lead, lex.phraseWords) <= lex.phraseWords && phrases.has(clean(lead));
  }
  // "لن يتم نشر عنوان بريدك الإلكتروني. الحقول …": a notice that runs on after a full stop, with no figure.
  const stop = raw.search(/[.–—]/u);
  const head = stop < 0 ? raw : raw.slice(0, stop);
  // More words than any phrase: no need to fold it.
  if (minWords(head, lex.phraseWords) > lex.phraseWords) return false;
  const rest = raw.slice(head.length);
  return phrases.has(clean(head)) && rest.length <= 80 && !/\p{Nd}/u.test(rest);
}

/** Most characters (code points) before the colon or bar of "Read also: …". */
const MAX_LEAD = 60;

/**
 * Where /^([^:|•]{1,60})[:|•]/u would find its separator: the first colon, bar or bullet of raw, when 1 to
 * MAX_LEAD code points stand before it; else -1. A scan instead of the pattern, which ran for every short
 * paragraph.
 */
export function separatorAt(raw: string): number {
  let points = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x3a || c === 0x7c || c === 0x2022) return points >= 1 ? i : -1;
    if (points === MAX_LEAD) return -1;
    points++;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < raw.length) {
      const d = raw.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return -1;
}

const NUMBER = /^\p{N}+$/u;
/** No limit for minWords, as a small integer (a count compared with Infinity costs the compiled loop its integer compare). */
const NO_LIMIT = 1 << 30;

/** A line made only of a date, a time and words like "updated": a dateline or timestamp, not a claim. */
export function isDateLine(paragraph: string, locale: Locale): boolean {
  return dateLine(clean(paragraph).split(" ").filter(Boolean), lexicon(locale));
}

function dateLine(words: readonly string[], lex: FurnitureLexicon): boolean {
  let named = 0;
  let numbers = 0;
  for (const w of words) {
    if (NUMBER.test(w)) {
      numbers++;
      continue;
    }
    // A time glued to its word ("6:30pm", "10am", "0800GMT"): the number and the word at once.
    const glued = GLUED_TIME.exec(w);
    if (glued && lex.dateLineWords.has(glued[1]!)) {
      numbers++;
      named++;
      continue;
    }
    if (!lex.dateLineWords.has(w)) return false;
    named++;
  }
  return named > 0 && numbers > 0;
}

const GLUED_TIME = /^\p{N}+(\p{L}+)$/u;

/** An image name or URL slug: one run of words joined by hyphens or underscores. */
function isSlug(raw: string): boolean {
  return !/\s/.test(raw) && (raw.match(/[-_]/g)?.length ?? 0) >= 2;
}

/** "Outlet | Author", "Section • Date": short parts between separators. */
function isByline(raw: string): boolean {
  if (raw.length > 120) return false;
  const parts = raw.split(/\s[|•·]\s/u);
  return parts.length >= 2 && parts.every((p) => wordCount(clean(p)) <= 3);
}

/** "1 2 3 4 Next": page numbers with a navigation word or two. */
function isPagination(line: string): boolean {
  const words = line.split(" ");
  const digits = words.filter((w) => /^\d+$/.test(w)).length;
  return words.length <= PAGINATION_WORDS && digits >= 2 && digits * 2 >= words.length;
}
