/**
 * Word-level differences between two wordings of a statement. Words are cut with Intl.Segmenter for the
 * article's language: the default tokeniser of `diff` only knows Latin-script word characters, so an Arabic
 * sentence would diff as one long run of "punctuation".
 */
import { diffWords } from "diff";

export interface WordChange {
  text: string;
  /** "same" for shared words, "removed" for words only in the first wording, "added" for the second. */
  op: "same" | "removed" | "added";
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = piecewise(new Intl.Segmenter(lang, { granularity: "word" }));
    segmenters.set(lang, s);
  }
  return s;
}

/**
 * Intl.Segmenter's cost grows far faster than its input (20,000 characters of Arabic take seconds, 5,000 a
 * tenth of that), so long text is handed to it in pieces of about this many characters.
 */
const SEGMENT_PIECE = 1_000;

/**
 * A word segmenter that segments long text piece by piece. Pieces end after whitespace and before a letter
 * or digit, which is always a word boundary, so the segments are those of the whole text (a run with no such
 * place for several pieces is cut where it must be: only a diff's display depends on it).
 */
function piecewise(inner: Intl.Segmenter): Intl.Segmenter {
  const segment = function* (text: string): Generator<{ segment: string }> {
    let start = 0;
    while (start < text.length) {
      const end = pieceEnd(text, start);
      for (const s of inner.segment(text.slice(start, end))) yield { segment: s.segment };
      start = end;
    }
  };
  return { resolvedOptions: () => inner.resolvedOptions(), segment } as unknown as Intl.Segmenter;
}

function pieceEnd(text: string, start: number): number {
  const limit = start + SEGMENT_PIECE;
  if (limit >= text.length) return text.length;
  const boundary = (i: number) => /\s/.test(text[i - 1]!) && /[\p{L}\p{N}]/u.test(text[i]!);
  for (let i = limit; i > start + SEGMENT_PIECE / 2; i--) if (boundary(i)) return i;
  for (let i = limit; i < Math.min(text.length, start + 4 * SEGMENT_PIECE); i++) if (boundary(i)) return i;
  let cut = Math.min(text.length, start + 4 * SEGMENT_PIECE);
  if (/[\uD800-\uDBFF]/.test(text[cut - 1] ?? "")) cut++;
  return cut;
}

/**
 * Most word edits worth showing. Myers' diff costs the length of the texts times the number of edits, so two
 * long, unrelated wordings (a runaway quotation) would take minutes; beyond this many edits they are shown as
 * replaced whole, which is also what a reader would want.
 */
export const MAX_WORD_EDITS = 200;

/** Changes that turn `before` into `after`. Near-linear on similar texts; bounded on different ones. */
export function wordDiff(before: string, after: string, lang: string): WordChange[] {
  const changes = diffWords(before, after, { intlSegmenter: segmenter(lang), maxEditLength: MAX_WORD_EDITS });
  if (!changes) {
    return [
      ...(before ? [{ text: before, op: "removed" as const }] : []),
      ...(after ? [{ text: after, op: "added" as const }] : []),
    ];
  }
  return changes.map((c) => ({ text: c.value, op: c.added ? "added" : c.removed ? "removed" : "same" }));
}
