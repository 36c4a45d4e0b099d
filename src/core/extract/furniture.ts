/**
 * Page furniture: what a copy-paste from a web page drags along (comment prompts, "back to top", share
 * buttons, ad-blocker notices, bylines, lone section labels). It is not article text and must yield no claim.
 */
import type { Locale } from "../lang/types.js";
import { collapseSpaces, fold } from "../text/normalize.js";

const cache = new WeakMap<Locale, ReadonlySet<string>>();

function furnitureLines(locale: Locale): ReadonlySet<string> {
  let set = cache.get(locale);
  if (!set) {
    set = new Set(locale.furniture.lines.map((l) => clean(l)));
    cache.set(locale, set);
  }
  return set;
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
  const line = clean(raw);
  const phrases = furnitureLines(locale);
  if (phrases.has(line)) return true;
  for (const p of phrases) {
    if (line.startsWith(p + " ") && wordCount(line.slice(p.length)) <= 4 && !/[.!?؟]$/u.test(raw)) return true;
  }
  if (raw.length <= 200 && startsWithPhraseThenSeparator(raw, phrases)) return true;
  if (SENTENCE_PUNCTUATION.test(raw)) return false;
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
  return words.length <= 10 && digits >= 2 && digits * 2 >= words.length;
}

/** "لن يتم نشر عنوان بريدك الإلكتروني. الحقول …": a furniture phrase followed by more furniture text. */
function startsWithPhraseThenSeparator(raw: string, phrases: ReadonlySet<string>): boolean {
  const head = raw.split(/[.|:•·–—]/u)[0] ?? "";
  const h = clean(head);
  const rest = raw.slice(head.length);
  return h.length > 0 && phrases.has(h) && rest.length <= 80 && !/\p{Nd}/u.test(rest);
}
