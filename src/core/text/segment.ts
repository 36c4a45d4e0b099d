/**
 * Paragraphs and sentences, as offset spans into the original text. Our own rules instead of
 * Intl.Segmenter: they run in linear time on any input, and they do not change with the ICU version, so the
 * same article gives the same sentences on every machine.
 */

export interface Span {
  start: number;
  end: number;
}

const TERMINAL = /[.!?؟…۔:»"”')\]]\s*$/u;
const LINE_RE = /[^\r\n]*(?:\r\n|\r|\n|$)/y;

/**
 * Split [from, to) into paragraphs. Articles come two ways: one paragraph per line (web copy), or prose
 * hard-wrapped at a fixed width (e-mail, Markdown). A line joins the next one only when the document looks
 * wrapped and the line runs to near the wrap width without ending a sentence; headings never join.
 */
export function paragraphs(text: string, from = 0, to = text.length): Span[] {
  const lines: Span[] = [];
  LINE_RE.lastIndex = from;
  while (LINE_RE.lastIndex < to) {
    const start = LINE_RE.lastIndex;
    const m = LINE_RE.exec(text);
    if (!m || m[0].length === 0) break;
    // The line without its ending (the only line breaks in the match), without copying it.
    let end = start + m[0].length;
    while (end > start && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
    lines.push({ start, end: Math.min(end, to) });
  }
  // Widths are measured without the spaces around a line, which editors and exports add or drop at will.
  // By push, not map(): one element kind for every call, so the compiled code is kept (see extract/pushEach.ts).
  const trimmedLines: Span[] = [];
  for (const l of lines) trimmedLines.push(trimSpan(text, l));
  const width = wrapWidth(trimmedLines);
  const out: Span[] = [];
  let current: Span | null = null;
  let previous: Span | null = null;
  for (const trimmed of trimmedLines) {
    if (trimmed.end <= trimmed.start) {
      if (current) out.push(current);
      current = null;
      previous = null;
      continue;
    }
    if (current && previous && width > 0 && joinsNext(text, previous, width)) current.end = trimmed.end;
    else {
      if (current) out.push(current);
      current = { ...trimmed };
    }
    previous = trimmed;
  }
  if (current) out.push(current);
  return out;
}

/**
 * The typical line width of a hard-wrapped document, or 0 when lines are whole paragraphs. Wrapped prose
 * has many lines, most of them close to one width; web copy has lines of every length.
 */
function wrapWidth(lines: Span[]): number {
  const lengths: number[] = [];
  for (const l of lines) if (l.end - l.start > 0) lengths.push(l.end - l.start);
  lengths.sort((a, b) => a - b);
  if (lengths.length < 6) return 0;
  const p90 = lengths[Math.floor(lengths.length * 0.9)] as number;
  if (p90 < 40 || p90 > 120) return 0;
  const nearWidth = lengths.filter((n) => n >= p90 * 0.75 && n <= p90).length;
  return nearWidth * 2 >= lengths.length ? p90 : 0;
}

function joinsNext(text: string, line: Span, width: number): boolean {
  if (line.end - line.start < width * 0.7) return false;
  const tail = text.slice(Math.max(line.start, line.end - 4), line.end);
  return !TERMINAL.test(tail);
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return { start, end };
}

// A sentence ends at one of these, after any closing quotes or brackets, when whitespace follows: the pattern
// /(?<![.!?؟…۔])(?=([.!?؟…۔]+))\1[»"”’')\]]*(?=\s)/gu, or a lone full stop between Arabic words with no space
// (see gluedStop), found by the scan below (tests/perf/scans.test.ts
// holds the two to the same matches). The run of marks is taken whole from its first mark, so a run of a
// million full stops with no space after it costs one pass, not one pass per stop.
/** A sentence-ending mark: . ! ? ؟ … ۔ */
function isEndMark(c: number): boolean {
  return c < 0x80 ? c === 0x2e || c === 0x21 || c === 0x3f : c === 0x61f || c === 0x2026 || c === 0x6d4;
}

/** A closing quote or bracket that may follow the marks: » " ” ’ ' ) ] */
function isCloser(c: number): boolean {
  return c < 0x80 ? c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d : c === 0xbb || c === 0x201d || c === 0x2019;
}

const SPACE = /\s/;
const MARK = /[.!?؟…۔]/g;

/**
 * The next match of the sentence-end pattern in body from `from`: the index of its first mark, or -1; `end`
 * gets where its marks end ([0]) and where the match ends ([1]). A run of marks is taken whole from its
 * first mark, then every closer after it; whitespace must follow (a shorter run of closers is followed by a
 * closer, never by whitespace, so the pattern's backtracking finds no other match there).
 */
export function sentenceEndAt(body: string, from: number, end: Int32Array): number {
  for (let i = from; i < body.length; i++) {
    // Most characters are no mark: a one-class pattern jumps to the next one.
    MARK.lastIndex = i;
    if (!MARK.test(body)) return -1;
    i = MARK.lastIndex - 1;
    if (i > 0 && isEndMark(body.charCodeAt(i - 1))) continue;
    let j = i + 1;
    while (j < body.length && isEndMark(body.charCodeAt(j))) j++;
    let k = j;
    while (k < body.length && isCloser(body.charCodeAt(k))) k++;
    if ((k < body.length && SPACE.test(body[k] as string)) || gluedStop(body, i, k)) {
      end[0] = j;
      end[1] = k;
      return i;
    }
    i = j - 1;
  }
  return -1;
}

/** An Arabic letter (hamza to yeh, without tatweel). */
function isArabicLetter(c: number): boolean {
  return (c >= 0x621 && c <= 0x63a) || (c >= 0x641 && c <= 0x64a);
}

/**
 * A lone full stop glued to the next word, Arabic letters on both sides («المنطقة.وتحولت»): Saudi and Egyptian
 * sites drop the space. Digits (2.5) and Latin (www.example.com) never meet it; one letter before the stop is an
 * abbreviation («د.محمد», «م.»), not a word.
 */
function gluedStop(body: string, i: number, k: number): boolean {
  return k === i + 1 && body.charCodeAt(i) === 0x2e && i >= 2 && isArabicLetter(body.charCodeAt(i - 1)) &&
    isArabicLetter(body.charCodeAt(i - 2)) && k < body.length && isArabicLetter(body.charCodeAt(k));
}

/** Scratch for sentenceEndAt's answer (sentences() never runs inside itself). */
const END = new Int32Array(2);

/**
 * Split a paragraph into sentences. `isAbbreviation` receives the folded word before a full stop
 * ("nov", "u.s", "mr") and says whether the stop belongs to it rather than ending the sentence.
 */
export function sentences(text: string, para: Span, isAbbreviation: (word: string) => boolean = () => false): Span[] {
  const out: Span[] = [];
  const body = text.slice(para.start, para.end);
  let start = 0;
  for (let stop = sentenceEndAt(body, 0, END); stop >= 0; stop = sentenceEndAt(body, END[1]!, END)) {
    const after = END[1]!;
    const marks = body.slice(stop, END[0]);
    if (marks === "." && endsWithAbbreviation(body, stop, isAbbreviation)) continue;
    // An English sentence does not start with a lower-case letter; "e.g. this" or "No. 5" carry on.
    const next = /\S/u.exec(body.slice(after, after + 8));
    if (marks === "." && next && /[a-z]/.test(next[0])) continue;
    pushTrimmed(out, text, para.start + start, para.start + after);
    start = after;
  }
  pushTrimmed(out, text, para.start + start, para.end);
  return out;
}

/** One capital, or capitals each followed by a dot ("D.D"): a name's initials before their last dot. */
const INITIALS = /^(?:\p{Lu}\.)*\p{Lu}$/u;

function endsWithAbbreviation(body: string, stop: number, isAbbreviation: (word: string) => boolean): boolean {
  let i = stop;
  while (i > 0 && /[\p{L}.]/u.test(body[i - 1] as string)) i--;
  const word = body.slice(i, stop).toLowerCase();
  if (word.length === 0) return false;
  if (INITIALS.test(body.slice(i, stop))) return true; // initials: "J. Kerry", "D.D. Kale"
  return isAbbreviation(word);
}

function pushTrimmed(out: Span[], text: string, start: number, end: number): void {
  const span = trimSpan(text, { start, end });
  if (span.end > span.start) out.push(span);
}

/** Index of the span of sorted, non-overlapping `spans` that contains `offset`, or -1; by binary search. */
export function spanIndexAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const s = spans[mid] as Span;
    if (s.end <= offset) lo = mid + 1;
    else if (s.start > offset) hi = mid;
    else return mid;
  }
  return -1;
}

/** The span of sorted, non-overlapping `spans` that contains `offset`. */
export function spanAt<S extends Span>(spans: readonly S[], offset: number): S | undefined {
  return spans[spanIndexAt(spans, offset)];
}

/** Whether [start, end) overlaps any of the sorted, non-overlapping `spans`. */
export function overlapsAnySorted(spans: readonly Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((spans[mid] as Span).end <= start) lo = mid + 1;
    else hi = mid;
  }
  const s = spans[lo];
  return s !== undefined && s.start < end;
}
