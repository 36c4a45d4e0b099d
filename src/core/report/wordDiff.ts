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
    s = new Intl.Segmenter(lang, { granularity: "word" });
    segmenters.set(lang, s);
  }
  return s;
}

/** Changes that turn `before` into `after`. Long statements are compared whole; Myers' diff is near-linear on similar texts. */
export function wordDiff(before: string, after: string, lang: string): WordChange[] {
  const changes = diffWords(before, after, { intlSegmenter: segmenter(lang) });
  return changes.map((c) => ({ text: c.value, op: c.added ? "added" : c.removed ? "removed" : "same" }));
}
