/**
 * How alike two runs of words are. Word level rather than character bigrams: in Arabic the article "ال" and a
 * handful of letter pairs make any two sentences share a third of their bigrams, while unrelated sentences
 * share few words once folded.
 */

/** Dice coefficient of two word multisets, each given sorted (by code units): 1 identical, 0 disjoint. */
export function dice(a: readonly string[], b: readonly string[]): number {
  if (a.length + b.length === 0) return 1;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return (2 * common) / (a.length + b.length);
}

/** Words sorted by code units, the form `dice` takes. */
export function sortedWords(words: readonly string[]): string[] {
  return [...words].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
}
