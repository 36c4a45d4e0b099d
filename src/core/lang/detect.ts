/**
 * Language scoring shared by the locales: the share of letters in the locale's script, sharpened by how
 * many of the words are the locale's own function words (so two languages that share a script differ).
 */
import { fold } from "../text/normalize.js";

export function scriptAndWordScore(
  sample: string,
  isScriptLetter: (code: number) => boolean,
  stopwords: ReadonlySet<string>,
): number {
  let letters = 0;
  let inScript = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (/\p{L}/u.test(sample[i] as string)) {
      letters++;
      if (isScriptLetter(c)) inScript++;
    }
  }
  if (letters === 0) return 0;
  const words = sample.split(/[^\p{L}]+/u).filter(Boolean);
  let known = 0;
  for (const w of words) if (stopwords.has(fold(w))) known++;
  const wordShare = words.length ? known / words.length : 0;
  return (inScript / letters) * (0.6 + 0.4 * Math.min(1, wordShare * 3));
}
