/**
 * Splits a span of text into words, digit runs and single punctuation marks, keeping offsets into the
 * original string. Every recogniser that reads words (numbers, units, dates, speakers) works on these tokens,
 * so the text is scanned once per paragraph instead of once per pattern.
 */
import { fold } from "./normalize.js";
import { toAsciiDigits } from "./chars.js";

export type TokenKind = "word" | "digits" | "punct";

export interface Token {
  kind: TokenKind;
  /** Offset of the first character in the original text. */
  start: number;
  /** Offset after the last character. */
  end: number;
  /** The characters as written. */
  text: string;
  /**
   * The folded form used for lookups: lower case, Arabic letters unified, marks and tatweel removed,
   * digits in ASCII (for digit runs, the ASCII digits).
   */
  norm: string;
  /** True when whitespace (or the start of the span) precedes the token; invisible bidi marks do not count. */
  spaceBefore: boolean;
  /**
   * A small number for `norm` (words and punctuation; -1 for digit runs), the same for every token with the
   * same folded form while `wordIdEpoch()` stays the same: lookups that are asked of every word keep their
   * answers in arrays indexed by it instead of maps keyed by the word.
   */
  id: number;
}

// The classes of the scan below, as a pattern: letters and combining marks (tatweel is a letter) with
// joiners; digit runs in any script; whitespace; invisible direction marks (skipped, neither token nor space);
// anything else is one punctuation token (one code point). At each position the first class that matches
// wins, and a run extends while characters belong to that class.
const WORD = /^[\p{L}\p{M}\u200C\u200D]$/u;
const DIGIT = /^\p{Nd}$/u;
const SPACE = /^\s$/u;
const INVISIBLE = /^[\u061C\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]$/u;

// Class bits of a code point: several can hold at once (U+FEFF is whitespace and invisible).
const W = 1;
const D = 2;
const S = 4;
const I = 8;
const KNOWN = 16;

/** Class bits of each BMP code unit, worked out on first sight (a regex test per distinct character). */
const bmp = new Uint8Array(0x10000);

function classify(ch: string): number {
  return KNOWN | (WORD.test(ch) ? W : 0) | (DIGIT.test(ch) ? D : 0) | (SPACE.test(ch) ? S : 0) | (INVISIBLE.test(ch) ? I : 0);
}

/** Class bits of the code point at i, and its length in code units (2 for a surrogate pair). */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (isHighSurrogate(c) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) return classify(text.slice(i, i + 2)) | PAIR;
  let bits = bmp[c]!;
  if (bits === 0) bmp[c] = bits = classify(String.fromCharCode(c));
  return bits;
}
const PAIR = 32;

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

// News vocabulary is small and repetitive, so each written form (a word, or a punctuation mark) is folded
// once and its id looked up after that. Words are found in an open-addressing table keyed by a hash of their
// characters, compared with the text where they stand: a form seen before is neither cut out of the text nor
// hashed again by a map, and its tokens share one string. The table is emptied when full, which bounds its
// memory on text made of endless distinct words. Ids stay valid until renewWordIds, which the extractor
// calls between articles once there are many of them (no token is alive then).
const FORMS_LIMIT = 65_536;
const WORD_ID_LIMIT = 1 << 18;
/** Slots of the word table: twice the forms it holds at most, so probes stay short. */
const SLOT_BITS = 17;
const SLOT_MASK = (1 << SLOT_BITS) - 1;
/** Per slot: 1 + the index of the form in it, 0 when empty. */
let slots = new Int32Array(1 << SLOT_BITS);
/** Per form: as written, its hash, its id. */
let formText: string[] = [];
let formHash: number[] = [];
let formId: number[] = [];
let punctForms = new Map<string, number>();
let idOf = new Map<string, number>();
let norms: string[] = [];
let epoch = 0;

/** Changes whenever word ids start again from 0; a memo indexed by id must be emptied when it does. */
export function wordIdEpoch(): number {
  return epoch;
}

/**
 * Start word ids again from 0 when more than WORD_ID_LIMIT folded forms have one (or always, with `force`),
 * so that memos kept by id stay small. Tokens made before hold ids that no longer mean their word: call it
 * only where none is kept.
 */
export function renewWordIds(force = false): void {
  if (!force && norms.length < WORD_ID_LIMIT) return;
  idOf = new Map();
  norms = [];
  clearForms();
  punctForms = new Map();
  epoch++;
}

function clearForms(): void {
  slots = new Int32Array(1 << SLOT_BITS);
  formText = [];
  formHash = [];
  formId = [];
}

/** The id of a folded form, given on first sight. */
function intern(norm: string): number {
  let id = idOf.get(norm);
  if (id === undefined) {
    id = norms.length;
    norms.push(norm);
    idOf.set(norm, id);
  }
  return id;
}

/** The index in the form table of the word text[start, end), added on first sight. */
function wordForm(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  let slot = h & SLOT_MASK;
  for (let e = slots[slot]! - 1; e >= 0; e = slots[slot]! - 1) {
    if (formHash[e] === h && sameAt(text, start, end, formText[e]!)) return e;
    slot = (slot + 1) & SLOT_MASK;
  }
  if (formText.length >= FORMS_LIMIT) {
    clearForms();
    slot = h & SLOT_MASK;
  }
  const raw = text.slice(start, end);
  const e = formText.length;
  formText.push(raw);
  formHash.push(h);
  formId.push(intern(fold(raw)));
  slots[slot] = e + 1;
  return e;
}

/** Whether text[start, end) is `form`. */
function sameAt(text: string, start: number, end: number, form: string): boolean {
  if (form.length !== end - start) return false;
  for (let k = 0; k < form.length; k++) if (form.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/** The id of a punctuation mark, whose folded form is itself. */
function punctId(raw: string): number {
  let id = punctForms.get(raw);
  if (id === undefined) {
    id = intern(raw);
    if (punctForms.size >= FORMS_LIMIT) punctForms = new Map();
    punctForms.set(raw, id);
  }
  return id;
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  return scan(text, from, to, Infinity, false);
}

/**
 * The words that open text[from, to), up to its first digit run or mark and at most `most` of them: the first
 * tokens of tokenize(text, from, to), for a reader that reads no further (place.ts reads at most thirteen words
 * after a figure, in a window of some fourteen tokens, and most windows reach a comma or a figure within three).
 */
export function leadingWords(text: string, from: number, to: number, most: number): Token[] {
  return scan(text, from, to, most, true);
}

/** tokenize(), stopping after `most` tokens, or (`wordsOnly`) before the first token that is not a word. */
function scan(text: string, from: number, to: number, most: number, wordsOnly: boolean): Token[] {
  const tokens: Token[] = [];
  const limit = Math.min(to, text.length);
  let space = true;
  let i = from;
  while (i < limit && tokens.length < most) {
    const start = i;
    // A span that starts inside a surrogate pair reads the whole pair there, as a unicode regex does.
    const inPair = i === from && i > 0 && isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1));
    const first = inPair ? classAt(text, i - 1) : classAt(text, i);
    // The class this run belongs to: the first of word, digits, space, invisible that the character is.
    const kind = first & W ? W : first & D ? D : first & S ? S : first & I ? I : 0;
    i += first & PAIR && !inPair ? 2 : 1;
    if (kind !== 0) {
      while (i < text.length) {
        const next = classAt(text, i);
        if (!(next & kind)) break;
        i += next & PAIR ? 2 : 1;
      }
    }
    // A run is read whole, then cut at the end of the span.
    const end = Math.min(i, to);
    if (kind === S) {
      space = true;
      continue;
    }
    if (kind === I) continue;
    if (kind === W) {
      const e = wordForm(text, start, end);
      const id = formId[e]!;
      tokens.push({ kind: "word", start, end, text: formText[e]!, norm: norms[id]!, spaceBefore: space, id });
      space = false;
      continue;
    }
    if (wordsOnly) break;
    const raw = text.slice(start, end);
    if (kind === D) tokens.push({ kind: "digits", start, end, text: raw, norm: toAsciiDigits(raw), spaceBefore: space, id: -1 });
    else tokens.push({ kind: "punct", start, end, text: raw, norm: raw, spaceBefore: space, id: punctId(raw) });
    space = false;
  }
  return tokens;
}

/** Index of the first token that starts at or after `offset` (tokens.length when none does): tokens are in text order. */
export function firstTokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
