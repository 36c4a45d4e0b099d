/**
 * A per-claim reader of a figure's surroundings (its place, whether it is a projection, its named party), kept
 * per language, sentence text and offset in it: 25,000 claims of 1,000 wire-heavy articles stand at about
 * 5,000 distinct places of their sentences, and each reading tokenises a window of the sentence.
 *
 * Only for readers of a quantity that read nothing of it but its sentence and the one offset given: any other
 * claim is read directly.
 */
import type { Claim } from "../types.js";
import type { Locale } from "../lang/types.js";

export type ClaimReader<T> = (claim: Claim, locale: Locale) => T;

/**
 * `read`, kept per (locale, sentence, offset(claim)) for quantities; one instance per alignment run, so that
 * nothing outlives it.
 */
export function byPlace<T>(read: ClaimReader<T>, offset: (claim: Claim) => number): ClaimReader<T> {
  const known = new Map<Locale, Map<string, Map<number, T>>>();
  return (claim, locale) => {
    if (claim.kind !== "quantity") return read(claim, locale);
    let byText = known.get(locale);
    if (!byText) known.set(locale, (byText = new Map()));
    let byOffset = byText.get(claim.sentence);
    if (!byOffset) byText.set(claim.sentence, (byOffset = new Map()));
    const at = offset(claim);
    if (byOffset.has(at)) return byOffset.get(at)!;
    const value = read(claim, locale);
    byOffset.set(at, value);
    return value;
  };
}

/** Where a figure starts and ends in its sentence. */
export const figureStart = (claim: Claim): number => claim.sentenceMark[0];
export const figureEnd = (claim: Claim): number => claim.sentenceMark[1];
