/**
 * Bounds that keep extraction fast and small on text no editor wrote by hand: a whole book pasted as one
 * line, a column of a million digits, a spreadsheet of dates. Real articles stay far inside every bound, so
 * none of them changes what a real article gives.
 */
import type { Token } from "../text/tokenize.js";
import type { Span } from "../text/segment.js";

/**
 * Longest stretch of text the recognisers see at once. A real paragraph is a few thousand characters; longer
 * "paragraphs" are pasted text without line breaks, cut into pieces at sentence ends (else at spaces) so that
 * no per-paragraph step can grow with the whole file.
 */
export const MAX_PARAGRAPH = 20_000;

/** Most claims kept from one source: a long feature has a few hundred; beyond this the text is not an article. */
export const MAX_CLAIMS = 5_000;

/**
 * Most characters of article text read from one source. A long feature is under 100,000; a file beyond this
 * is a book, a transcript or a paste gone wrong, and reading all of it would only make the run slow.
 */
export const MAX_SOURCE_CHARS = 500_000;

/**
 * The leading pieces read within MAX_SOURCE_CHARS (a piece is begun only while the budget lasts, so one huge
 * token is read whole), and where reading stopped, when it did.
 */
export function withinBudget(pieces: readonly Span[]): { kept: Span[]; stoppedAt?: number } {
  let used = 0;
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    if (used >= MAX_SOURCE_CHARS) return { kept: pieces.slice(0, i), stoppedAt: p.start };
    used += p.end - p.start;
  }
  return { kept: [...pieces] };
}

/**
 * More integer digits than any number crosscheck can hold exactly (the number recogniser's bound is about
 * 9 × 10^21, 22 digits).
 */
export const MAX_DIGITS = 22;

/**
 * `para` as pieces of at most MAX_PARAGRAPH characters (a piece may be longer only when it is one unbroken
 * token, such as a million-digit run). `sentences` are the paragraph's sentences, in order.
 */
export function chunkParagraph(text: string, para: Span, sentences: readonly Span[]): Span[] {
  if (para.end - para.start <= MAX_PARAGRAPH) return [para];
  const out: Span[] = [];
  let start = para.start;
  let end = para.start;
  const flush = () => {
    const s = trim(text, start, end);
    if (s.end > s.start) out.push(s);
  };
  for (const s of sentences) {
    if (s.end - start > MAX_PARAGRAPH && end > start) {
      flush();
      start = s.start;
    }
    end = s.end;
    while (end - start > MAX_PARAGRAPH) {
      const cut = cutPoint(text, start, start + MAX_PARAGRAPH);
      if (cut >= end) break;
      const piece = trim(text, start, cut);
      if (piece.end > piece.start) out.push(piece);
      start = cut;
    }
  }
  end = Math.max(end, para.end);
  flush();
  return out;
}

/**
 * Where to cut before `limit`: the last whitespace in the second half of the window, else the last place
 * that is not inside a word or a number, else (one token longer than the window) the end of that token.
 */
function cutPoint(text: string, start: number, limit: number): number {
  const floor = start + (limit - start) / 2;
  for (let i = limit; i > floor; i--) if (isSpace(text.charCodeAt(i - 1))) return i;
  for (let i = limit; i > floor; i--) if (!isWordChar(text.charCodeAt(i - 1)) || !isWordChar(text.charCodeAt(i))) return i;
  let i = limit;
  while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
  return i;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}

/** Letters, marks and digits of any script, in UTF-16 units (surrogate halves count as word characters). */
function isWordChar(c: number): boolean {
  if (Number.isNaN(c)) return false;
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return /[\p{L}\p{M}\p{Nd}\uD800-\uDFFF]/u.test(String.fromCharCode(c));
}

function trim(text: string, start: number, end: number): Span {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/**
 * Digit runs longer than any number can be (skipped by the number recogniser, so no mention covers them):
 * their offsets, for a warning. `mentions` are sorted and non-overlapping.
 */
export function oversizedNumbers(tokens: readonly Token[], mentions: readonly Span[]): number[] {
  const out: number[] = [];
  let m = 0;
  for (const t of tokens) {
    if (t.kind !== "digits" || t.end - t.start <= MAX_DIGITS) continue;
    let lead = 0;
    while (lead < t.norm.length && t.norm.charCodeAt(lead) === 0x30) lead++;
    if (t.norm.length - lead <= MAX_DIGITS) continue;
    while (m < mentions.length && mentions[m]!.end <= t.start) m++;
    const covered = m < mentions.length && mentions[m]!.start < t.end;
    if (!covered) out.push(t.start);
  }
  return out;
}
