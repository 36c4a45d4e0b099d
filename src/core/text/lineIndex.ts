/**
 * Maps string offsets to 1-based line and column. Lines end at "\n", "\r\n" or a lone "\r", so files saved
 * on any system report the line an editor shows. Columns count code points, not UTF-16 units.
 */
export interface Position {
  line: number;
  column: number;
}

const HIGH_SURROGATE = /[\uD800-\uDBFF]/;

export class LineIndex {
  /** Offset of the first character of each line. */
  private readonly lineStarts: number[];
  /** Offsets of the high halves of surrogate pairs, ascending; rare, so a column costs a binary search. */
  private readonly astral: number[];

  constructor(
    private readonly text: string,
    /** False: always the character loop (the reference of the fast path in tests). */
    fast = true,
  ) {
    const starts = [0];
    const astral: number[] = [];
    // Most text has neither carriage returns nor characters outside the BMP: its lines are found with indexOf,
    // which outruns a loop over every character.
    if (fast && text.indexOf("\r") < 0 && !HIGH_SURROGATE.test(text)) {
      for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
      this.lineStarts = starts;
      this.astral = astral;
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c >= 0xd800 && c <= 0xdbff) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) astral.push(i);
      }
    }
    this.lineStarts = starts;
    this.astral = astral;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Offset where 1-based `line` starts. */
  lineStart(line: number): number {
    return this.lineStarts[Math.min(Math.max(line, 1), this.lineStarts.length) - 1] ?? 0;
  }

  /** The text of 1-based `line`, without its line ending. */
  lineText(line: number): string {
    const start = this.lineStart(line);
    const next = line < this.lineStarts.length ? this.lineStart(line + 1) : this.text.length;
    return this.text.slice(start, next).replace(/\r?\n$|\r$/, "");
  }

  locate(offset: number): Position {
    const o = Math.min(Math.max(offset, 0), this.text.length);
    const lineIdx = upperBound(this.lineStarts, o) - 1;
    const start = this.lineStarts[lineIdx] ?? 0;
    const pairs = upperBound(this.astral, o - 1) - upperBound(this.astral, start - 1);
    return { line: lineIdx + 1, column: o - start - pairs + 1 };
  }
}

/** Index of the first element greater than `x` in ascending `xs`. */
function upperBound(xs: number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((xs[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
