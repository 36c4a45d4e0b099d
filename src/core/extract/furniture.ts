/**
 * Page furniture: what a copy-paste from a web page drags along (comment prompts, "back to top", share
 * buttons, ad-blocker notices, "read also" links, print-edition notes, bylines, date lines, lone section
 * labels). It is not article text and must yield no claim.
 */
import type { Locale } from "../lang/types.js";
import { collapseSpaces, fold } from "../text/normalize.js";

interface FurnitureLexicon {
  phrases: ReadonlySet<string>;
  /** Words a date line is made of besides digits: months, weekdays, time zones, "updated". */
  dateLineWords: ReadonlySet<string>;
}

const cache = new WeakMap<Locale, FurnitureLexicon>();

function lexicon(locale: Locale): FurnitureLexicon {
  let lex = cache.get(locale);
  if (!lex) {
    const dateWords = [...locale.calendar.months, ...locale.calendar.weekdays].flatMap(([w]) => clean(w).split(" "));
    lex = {
      phrases: new Set(locale.furniture.lines.map((l) => clean(l))),
      dateLineWords: new Set([...dateWords, ...locale.furniture.dateLineWords.map((w) => clean(w))]),
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
export function isFurniture(paragraph: string, locale: Locale): boolean {
  const raw = collapseSpaces(paragraph);
  if (raw.length === 0 || NO_LETTERS.test(raw)) return true;
  const line = clean(raw);
  const { phrases } = lexicon(locale);
  if (phrases.has(line)) return true;
  for (const p of phrases) {
    if (!line.startsWith(p + " ")) continue;
    if (wordCount(p) >= SPECIFIC_PHRASE_WORDS && raw.length <= MAX_FURNITURE_LINE * 2) return true;
    // A one-word phrase ("more", "share") also opens ordinary headlines ("More than 200 killed").
    if (wordCount(p) >= 2 && wordCount(line.slice(p.length)) <= 4 && !/[.!?؟]$/u.test(raw)) return true;
  }
  if (raw.length <= MAX_FURNITURE_LINE && startsWithPhraseThenSeparator(raw, phrases)) return true;
  if (raw.length <= MAX_FURNITURE_LINE && isDateLine(raw, locale)) return true;
  if (SENTENCE_PUNCTUATION.test(raw)) return false;
  if (wordCount(line) <= 3) return true;
  return isSlug(raw) || isByline(raw) || isPagination(line);
}

/** "اقرأ أيضاً: …", "Read more: …", "Photo: …": a furniture phrase, then a colon or bar, then anything. */
function startsWithPhraseThenSeparator(raw: string, phrases: ReadonlySet<string>): boolean {
  const m = /^([^:|•]{1,60})[:|•]/u.exec(raw);
  if (m) return phrases.has(clean(m[1] ?? ""));
  // "لن يتم نشر عنوان بريدك الإلكتروني. الحقول …": a notice that runs on after a full stop, with no figure.
  const head = raw.split(/[.–—]/u)[0] ?? "";
  const rest = raw.slice(head.length);
  return phrases.has(clean(head)) && rest.length <= 80 && !/\p{Nd}/u.test(rest);
}

/** A line made only of a date, a time and words like "updated": a dateline or timestamp, not a claim. */
export function isDateLine(paragraph: string, locale: Locale): boolean {
  const { dateLineWords } = lexicon(locale);
  const words = clean(paragraph).split(" ").filter(Boolean);
  let named = 0;
  for (const w of words) {
    if (/^\p{N}+$/u.test(w)) continue;
    if (!dateLineWords.has(w)) return false;
    named++;
  }
  return named > 0 && words.some((w) => /^\p{N}+$/u.test(w));
}

/** An image name or URL slug: one run of words joined by hyphens or underscores. */
function isSlug(raw: string): boolean {
  return !/\s/.test(raw) && (raw.match(/[-_]/g)?.length ?? 0) >= 2;
}

/** "Outlet | Author", "Section • Date": short parts between separators. */
function isByline(raw: string): boolean {
  const parts = raw.split(/\s[|•·]\s/u);
  return parts.length >= 2 && raw.length <= 120 && parts.every((p) => wordCount(clean(p)) <= 3);
}

/** "1 2 3 4 Next": page numbers with a navigation word or two. */
function isPagination(line: string): boolean {
  const words = line.split(" ");
  const digits = words.filter((w) => /^\d+$/.test(w)).length;
  return words.length <= 10 && digits >= 2 && digits * 2 >= words.length;
}
