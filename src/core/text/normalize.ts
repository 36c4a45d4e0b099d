/**
 * Folding text for comparison. Writers spell the same Arabic word many ways (أ/إ/آ/ا, ى/ي, ة/ه, with or
 * without short vowels or tatweel); lexicons and quote clustering compare folded forms so every spelling
 * meets the same entry.
 */
import { digitValue } from "./chars.js";

// Short vowels, tanween, shadda, sukun, dagger alef, Quranic marks and tatweel carry no lexical difference here.
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

const LETTER_FOLDS: Record<string, string> = {
  "\u0622": "\u0627", // آ → ا
  "\u0623": "\u0627", // أ → ا
  "\u0625": "\u0627", // إ → ا
  "\u0671": "\u0627", // ٱ → ا
  "\u0649": "\u064A", // ى → ي
  "\u06CC": "\u064A", // Persian ی → ي
  "\u0629": "\u0647", // ة → ه
  "\u0624": "\u0648", // ؤ → و
  "\u0626": "\u064A", // ئ → ي
  "\u06A9": "\u0643", // Persian ک → ك
};
const LETTER_FOLD_RE = /[\u0622\u0623\u0625\u0671\u0649\u06CC\u0629\u0624\u0626\u06A9]/g;

/** Fold one Arabic string: drop marks and tatweel, unify letter variants. */
export function foldArabic(s: string): string {
  // One pass with a table instead of two patterns (the second calling back for every letter it unifies):
  // both act character by character, so dropping and unifying in one go gives the same string.
  let out = "";
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < FOLD_FIRST || c > FOLD_LAST) continue;
    const to = FOLD_TABLE[c - FOLD_FIRST]!;
    if (to === KEEP) continue;
    out += s.slice(last, i);
    if (to !== DROP) out += String.fromCharCode(to);
    last = i + 1;
  }
  return last === 0 ? s : out + s.slice(last);
}

/** The same fold by the two patterns, as it was written first (the table's reference in tests). */
export function foldArabicByPatterns(s: string): string {
  return s.replace(ARABIC_MARKS, "").replace(LETTER_FOLD_RE, (c) => LETTER_FOLDS[c] ?? c);
}

// Per code unit from FOLD_FIRST to FOLD_LAST: KEEP, DROP (a mark or tatweel), or the letter it folds to.
const FOLD_FIRST = 0x0610;
const FOLD_LAST = 0x06ed;
const KEEP = -1;
const DROP = 0;
const FOLD_TABLE = (() => {
  const table = new Int32Array(FOLD_LAST - FOLD_FIRST + 1).fill(KEEP);
  for (let c = FOLD_FIRST; c <= FOLD_LAST; c++) {
    const ch = String.fromCharCode(c);
    ARABIC_MARKS.lastIndex = 0;
    if (ARABIC_MARKS.test(ch)) table[c - FOLD_FIRST] = DROP;
    else if (LETTER_FOLDS[ch] !== undefined) table[c - FOLD_FIRST] = LETTER_FOLDS[ch]!.charCodeAt(0);
  }
  ARABIC_MARKS.lastIndex = 0;
  return table;
})();

const NON_ASCII = /[^\x00-\x7F]/;
const NON_ASCII_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]|(?![0-9])\p{Nd}/u;
// Presentation forms, ligatures, full-width and other compatibility characters that NFKC rewrites.
const COMPATIBILITY_FORMS = /[\u00A0-\u00BF\u2000-\u2BFF\u3000-\u33FF\uFB00-\uFFEF]/;

/** Whether fold() would compatibility-normalise `s` (NFKC), which can join or split characters. */
export function hasCompatibilityForms(s: string): boolean {
  return COMPATIBILITY_FORMS.test(s);
}

/**
 * The form every lexicon lookup uses: compatibility-normalised (presentation forms, ligatures), lower case,
 * Arabic folded, digits in ASCII. Not length-preserving: never use its offsets against the original.
 */
export function fold(s: string): string {
  if (!NON_ASCII.test(s)) return s.toLowerCase();
  let out = COMPATIBILITY_FORMS.test(s) ? s.normalize("NFKC") : s;
  out = foldArabic(out.toLowerCase());
  if (hasNonAsciiDigit(out)) {
    out = out.replace(/\p{Nd}/gu, (d) => {
      const v = digitValue(d.charCodeAt(0));
      return v >= 0 ? String(v) : d;
    });
  }
  return out;
}

/** Per BMP code unit from U+0080: 0 not yet known, 1 no decimal digit, 2 a decimal digit (\p{Nd}). */
const digitUnit = new Uint8Array(0x10000);
const DECIMAL_DIGIT = /^\p{Nd}$/u;

/**
 * NON_ASCII_DIGIT.test(s) by a scan of the code units with a table, instead of the pattern's look-ahead and
 * property test at every position (a third of fold() on a quoted statement). Digits outside the BMP (a
 * surrogate pair) are left to the pattern.
 */
function hasNonAsciiDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c >= 0xd800 && c <= 0xdfff) return NON_ASCII_DIGIT.test(s);
    let v = digitUnit[c]!;
    if (v === 0) digitUnit[c] = v = DECIMAL_DIGIT.test(String.fromCharCode(c)) ? 2 : 1;
    if (v === 2) return true;
  }
  return false;
}

/** Typographic quotes, dashes and spaces reduced to one plain form each, for comparing wordings. */
const PUNCT_FOLDS: [RegExp, string][] = [
  [/[\u2018\u2019\u201A\u201B\u2032]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033"]/g, '"'],
  [/[\u2010-\u2015\u2212\u0640]/g, "-"],
  [/[\u060C]/g, ","],
  [/[\u061B]/g, ";"],
  [/[\u061F]/g, "?"],
];

/**
 * Normalise a quoted statement for comparison: fold letters, unify punctuation, drop punctuation that only
 * a typesetter would change, collapse whitespace.
 */
export function normalizeStatement(s: string): string {
  return collapseSpaces(fold(s).replace(STATEMENT_PUNCT, " "));
}

/**
 * Every mark normalizeStatementByPatterns turns into a space, directly or after unifying it (its quotes,
 * dashes and Arabic comma, semicolon and question mark become marks it then drops): one pattern instead of
 * eight passes, the same string once spaces are collapsed.
 */
const STATEMENT_PUNCT = /[\u2018\u2019\u201A\u201B\u2032\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033"\u2010-\u2015\u2212\u0640\u060C\u061B\u061F'()[\]{}<>.,;:!?…-]+/g;

/** normalizeStatement as it was written first (the reference of the one-pattern version in tests). */
export function normalizeStatementByPatterns(s: string): string {
  let out = fold(s);
  for (const [re, to] of PUNCT_FOLDS) out = out.replace(re, to);
  out = out.replace(/["'()[\]{}«»<>]/g, " ");
  out = out.replace(/[.,;:!?…-]+/g, " ");
  return collapseSpaces(out);
}

const SPACE_RUN = /[\s\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]+/g;

/** Collapse runs of whitespace (including line breaks and invisible bidi marks) to one space, trimmed. */
export function collapseSpaces(s: string): string {
  // Most text is collapsed already, and the pattern matches every single space of it: a scan that finds
  // nothing to change returns the string as it is instead of rebuilding it.
  if (isCollapsed(s)) return s;
  // Evidence cut around a claim keeps the plain space next to it: with only plain spaces at the ends of
  // otherwise collapsed text, trimming them is all the pattern would do.
  let from = 0;
  let to = s.length;
  while (from < to && s.charCodeAt(from) === 32) from++;
  while (to > from && s.charCodeAt(to - 1) === 32) to--;
  if ((from > 0 || to < s.length) && isCollapsed(s.slice(from, to))) return s.slice(from, to);
  return s.replace(SPACE_RUN, " ").trim();
}

/**
 * Whether collapseSpaces(s) is s: no space at either end, and every space a single U+0020 between two other
 * characters.
 */
function isCollapsed(s: string): boolean {
  // One pattern instead of a loop over the characters: the regex engine's scan is about twice as fast.
  return !NOT_COLLAPSED.test(s);
}

/**
 * What makes a string other than collapseSpaces leaves it: whitespace or an invisible mark other than the plain
 * space (SPACE_RUN's class without U+0020), two spaces in a row, or a space at either end.
 */
const NOT_COLLAPSED = /[\t-\r\u00A0\u1680\u2000-\u200F\u2028-\u202F\u205F\u2066-\u2069\u3000\uFEFF\u061C]| {2}|^ | $/;

/**
 * Whether text[from, to) holds no whitespace or invisible mark but single plain spaces (at its ends too): then
 * collapseSpaces of any piece of it only trims the plain spaces at the piece's ends. Evidence cut from one
 * sentence for each of its claims asks it once per sentence instead of collapsing every piece.
 */
export function singleSpaced(text: string, from: number, to: number): boolean {
  return !NOT_SINGLE_SPACED.test(text.slice(from, to));
}

/** NOT_COLLAPSED without its ends: spaces may stand at the ends of a piece. */
const NOT_SINGLE_SPACED = /[\t-\r\u00A0\u1680\u2000-\u200F\u2028-\u202F\u205F\u2066-\u2069\u3000\uFEFF\u061C]| {2}/;
