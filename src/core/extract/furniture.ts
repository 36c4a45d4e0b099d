/**
 * Page furniture: what a copy-paste from a web page drags along (comment prompts, "back to top", share
 * buttons, ad-blocker notices, bylines, lone section labels). It is not article text and must yield no claim.
 */
import type { Locale } from "../lang/types.js";
import { collapseSpaces, fold } from "../text/normalize.js";

interface Compiled {
  phrases: ReadonlySet<string>;
  /**
   * Most words a line can have and still be furniture by a rule that reads its folded form: a phrase with a
   * label's worth of words after it, or pagination.
   */
  maxWords: number;
}

const cache = new WeakMap<Locale, Compiled>();

function compiled(locale: Locale): Compiled {
  let c = cache.get(locale);
  if (!c) {
    const phrases = new Set(locale.furniture.lines.map((l) => clean(l)));
    let longest = 0;
    for (const p of phrases) longest = Math.max(longest, wordCount(p));
    c = { phrases, maxWords: Math.max(longest + LABEL_WORDS, PAGINATION_WORDS) };
    cache.set(locale, c);
  }
  return c;
}

/** Words a furniture phrase may be followed by ("Share: Facebook Twitter"). */
const LABEL_WORDS = 4;
const PAGINATION_WORDS = 10;

/**
 * A lower bound on wordCount(clean(raw)), without folding: whitespace-separated chunks holding a basic Latin
 * letter or digit or an Arabic letter. Folding keeps each of those a letter or digit (case, letter variants,
 * compatibility forms) and never joins across whitespace, so each such chunk leaves at least one word.
 */
function minWords(raw: string): number {
  let n = 0;
  let counted = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 32) counted = false;
    else if (
      !counted &&
      ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || (c >= 0x0621 && c <= 0x064a && c !== 0x0640))
    ) {
      n++;
      counted = true;
    }
  }
  return n;
}

/** Folded, with punctuation and whitespace runs reduced to single spaces. */
function clean(s: string): string {
  return collapseSpaces(fold(s).replace(/[^\p{L}\p{N}]+/gu, " "));
}

/** Words in a line, counting digit runs as words. */
function wordCount(s: string): number {
  return s.split(" ").filter(Boolean).length;
}

const SENTENCE_PUNCTUATION = /[.!?؟:;،,«»"“”]/u;
/** A line made only of digits, separators and symbols: pagination, counters, rules. */
const NO_LETTERS = /^[^\p{L}]*$/u;

/**
 * Whether a paragraph is furniture. A line is furniture when it is one of the locale's furniture phrases, or
 * starts with one and goes on only with a label's worth of words after a separator ("Share: Facebook
 * Twitter"), or has no letters at all, or is a lone label: at most three words with no sentence punctuation
 * (section names, bylines, agency credits such as "أ ف ب", image slugs).
 */
export function isFurniture(paragraph: string, locale: Locale): boolean {
  const raw = collapseSpaces(paragraph);
  if (raw.length === 0 || NO_LETTERS.test(raw)) return true;
  const { phrases, maxWords } = compiled(locale);
  // Most paragraphs are prose far longer than any rule that reads the folded line allows; folding them
  // would cost more than everything else here.
  const line = minWords(raw) > maxWords ? undefined : clean(raw);
  if (line !== undefined) {
    if (phrases.has(line)) return true;
    for (const p of phrases) {
      if (line.startsWith(p + " ") && wordCount(line.slice(p.length)) <= LABEL_WORDS && !/[.!?؟]$/u.test(raw)) return true;
    }
  }
  if (raw.length <= 200 && startsWithPhraseThenSeparator(raw, phrases)) return true;
  if (SENTENCE_PUNCTUATION.test(raw)) return false;
  if (line === undefined) return isSlug(raw) || isByline(raw);
  if (wordCount(line) <= 3) return true;
  return isSlug(raw) || isByline(raw) || isPagination(line);
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
  return words.length <= PAGINATION_WORDS && digits >= 2 && digits * 2 >= words.length;
}

/** "لن يتم نشر عنوان بريدك الإلكتروني. الحقول …": a furniture phrase followed by more furniture text. */
function startsWithPhraseThenSeparator(raw: string, phrases: ReadonlySet<string>): boolean {
  const head = raw.split(/[.|:•·–—]/u)[0] ?? "";
  const h = clean(head);
  const rest = raw.slice(head.length);
  return h.length > 0 && phrases.has(h) && rest.length <= 80 && !/\p{Nd}/u.test(rest);
}
