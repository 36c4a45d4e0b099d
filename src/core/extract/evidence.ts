/**
 * The sentence a claim stands in, as evidence: whitespace collapsed, cut to a window around the claim when
 * long, and where the claim sits in it.
 */
import type { Span } from "../text/segment.js";
import { collapseSpaces, singleSpaced } from "../text/normalize.js";

/** Longest sentence kept whole as evidence; longer ones are cut to a window around the claim. */
const MAX_SENTENCE = 480;

export interface Evidence {
  sentence: string;
  mark: [number, number];
}

/**
 * Evidence for the claims of one text. Claims are asked in order and most sentences hold several: whether a
 * sentence needs collapsing at all is worked out once for it (see singleSpaced), and when it does not, each
 * claim's pieces are cut at their end spaces without collapsing them one by one.
 */
export class EvidenceCutter {
  private lastFrom = -1;
  private lastTo = -1;
  private lastClean = false;

  constructor(
    private readonly text: string,
    /** False: always the general path (the reference of the fast one in tests). */
    private readonly fast = true,
  ) {}

  evidence(context: Span, start: number, end: number): Evidence {
    const text = this.text;
    let from = Math.min(context.start, start);
    let to = Math.max(context.end, end);
    let clean = false;
    if (this.fast) {
      if (from !== this.lastFrom || to !== this.lastTo) {
        this.lastFrom = from;
        this.lastTo = to;
        this.lastClean = singleSpaced(text, from, to);
      }
      clean = this.lastClean;
    }
    let head = "";
    let tail = "";
    if (to - from > MAX_SENTENCE) {
      const room = Math.max(0, Math.floor((MAX_SENTENCE - (end - start)) / 2));
      const cutFrom = Math.max(from, start - room);
      const cutTo = Math.min(to, end + room);
      if (cutFrom > from) head = "… ";
      if (cutTo < to) tail = " …";
      from = wordBoundary(text, cutFrom, -1, from);
      to = wordBoundary(text, cutTo, 1, to);
    }
    let before: string;
    let claim: string;
    let after: string;
    if (clean) {
      // Single plain spaces only: collapsing a piece trims its end spaces, and the one space kept next to the
      // claim (collapseLeft, collapseRight) is the one the text has there.
      const a = skipSpaces(text, from, start);
      before = a < start ? text.slice(a, start) : "";
      const c = skipSpaces(text, start, end);
      claim = text.slice(c, backSpaces(text, c, end));
      const b = backSpaces(text, end, to);
      after = b > end ? text.slice(end, b) : "";
    } else {
      before = collapseLeft(text.slice(from, start));
      claim = collapseSpaces(text.slice(start, end));
      after = collapseRight(text.slice(end, to));
    }
    const sentence = head + before + claim + after + tail;
    const markStart = head.length + before.length;
    return { sentence, mark: [markStart, markStart + claim.length] };
  }
}

/** The first offset in [from, to) that is not a plain space, or to. */
function skipSpaces(text: string, from: number, to: number): number {
  while (from < to && text.charCodeAt(from) === 32) from++;
  return from;
}

/** The offset after the last character in [from, to) that is not a plain space, or from. */
function backSpaces(text: string, from: number, to: number): number {
  while (to > from && text.charCodeAt(to - 1) === 32) to--;
  return to;
}

/** Move a cut point to the nearest space so the window does not split a word. */
function wordBoundary(text: string, at: number, direction: -1 | 1, limit: number): number {
  let i = at;
  for (let steps = 0; steps < 30; steps++) {
    if (direction < 0 ? i <= limit : i >= limit) return limit;
    if (/\s/.test(text[i] ?? " ")) return direction < 0 ? i + 1 : i;
    i += direction;
  }
  return at;
}

function collapseLeft(s: string): string {
  const c = collapseSpaces(s);
  return c && /\s$/.test(s) ? c + " " : c;
}

function collapseRight(s: string): string {
  const c = collapseSpaces(s);
  return c && /^\s/.test(s) ? " " + c : c;
}
