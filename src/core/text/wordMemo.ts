/**
 * A small answer (0 to 254) per folded word, kept by word id (Token.id): for questions asked of nearly every
 * token ("may this word open a number? a date?"), where an array read costs a fraction of a map lookup.
 * Tokens without an id (digit runs) are answered through a map keyed by the folded form.
 */
import { wordIdEpoch, type Token } from "./tokenize.js";

/** Distinct forms remembered for tokens without an id; the map is dropped whole when full. */
const MAP_LIMIT = 65_536;

export class WordMemo {
  /** Answer + 1 per id; 0 while not yet worked out. */
  private codes = new Uint8Array(0);
  private epoch = -1;
  private byNorm = new Map<string, number>();

  /** `answer` works out the answer from the folded form; it must depend on nothing else. */
  constructor(private readonly answer: (norm: string) => number) {}

  get(t: Token): number {
    const id = t.id;
    if (!(id >= 0)) return this.ofNorm(t.norm);
    let codes = this.codes;
    if (this.epoch !== wordIdEpoch()) {
      this.codes = codes = new Uint8Array(0);
      this.epoch = wordIdEpoch();
    }
    if (id < codes.length) {
      const code = codes[id]!;
      if (code !== 0) return code - 1;
    } else {
      const grown = new Uint8Array(Math.max(id + 1, codes.length * 2, 1024));
      grown.set(codes);
      this.codes = codes = grown;
    }
    const v = this.answer(t.norm);
    codes[id] = v + 1;
    return v;
  }

  /** The answer for a folded form that may not come from a token. */
  ofNorm(norm: string): number {
    let v = this.byNorm.get(norm);
    if (v === undefined) {
      v = this.answer(norm);
      if (this.byNorm.size >= MAP_LIMIT) this.byNorm = new Map();
      this.byNorm.set(norm, v);
    }
    return v;
  }
}
