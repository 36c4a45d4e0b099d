/**
 * The Dice coefficient on character bigrams that string-similarity's compareTwoStrings gives, with each
 * distinct text's bigrams worked out once: a quote meets dozens of others, and the library rebuilds both
 * texts' bigram maps for every pair. The same steps, so the same number: white space removed (`\s`, as the
 * library's pattern reads it), equal texts 1, a text under two code units 0, else twice the bigrams the texts
 * share (counted with repeats) over the sum of their bigram counts.
 */

interface Bigrams {
  /** The text without white space. */
  text: string;
  /** Its bigrams as first × 65536 + second UTF-16 unit, sorted. */
  codes: Uint32Array;
}

export class WordingSimilarity {
  private readonly cache = new Map<string, Bigrams>();

  /** compareTwoStrings(a, b), exactly. */
  similarity(a: string, b: string): number {
    const x = this.bigrams(a);
    const y = this.bigrams(b);
    if (x.text === y.text) return 1;
    if (x.text.length < 2 || y.text.length < 2) return 0;
    return (2.0 * shared(x.codes, y.codes)) / (x.text.length + y.text.length - 2);
  }

  private bigrams(raw: string): Bigrams {
    let found = this.cache.get(raw);
    if (found) return found;
    const text = raw.replace(/\s+/g, "");
    const codes = new Uint32Array(Math.max(0, text.length - 1));
    for (let k = 0; k < codes.length; k++) codes[k] = text.charCodeAt(k) * 65536 + text.charCodeAt(k + 1);
    codes.sort();
    this.cache.set(raw, (found = { text, codes }));
    return found;
  }
}

/** Size of the multiset intersection of two sorted arrays. */
function shared(a: Uint32Array, b: Uint32Array): number {
  let n = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}
