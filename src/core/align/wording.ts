/**
 * Quote wordings compared with string-similarity's Dice coefficient on character bigrams, asked only where it
 * can matter: a quote meets dozens of others, and the library rebuilds both texts' bigram maps for every pair.
 * The coefficient is at most twice the smaller text's bigram count over the sum of both counts (every bigram
 * of the smaller text shared), so two texts of very different lengths cannot reach a given similarity and are
 * not compared.
 */
import stringSimilarity from "string-similarity";

export class WordingSimilarity {
  /** Length of each distinct text without white space (as the library reads it). */
  private readonly lengths = new Map<string, number>();

  /** compareTwoStrings(a, b) when it may reach `floor`; 0 when the texts' lengths alone rule that out. */
  similarity(a: string, b: string, floor: number): number {
    const la = this.length(a);
    const lb = this.length(b);
    if (la >= 2 && lb >= 2) {
      const bound = (2 * Math.min(la - 1, lb - 1)) / (la + lb - 2);
      // Texts of equal length may be equal (similarity 1), so only a bound below the floor rules a pair out.
      if (bound < floor) return 0;
    }
    return stringSimilarity.compareTwoStrings(a, b);
  }

  private length(text: string): number {
    let n = this.lengths.get(text);
    if (n === undefined) this.lengths.set(text, (n = text.replace(/\s+/g, "").length));
    return n;
  }
}
