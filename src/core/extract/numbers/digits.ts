/**
 * Numbers written in digits. A "glued run" is digit tokens joined by separators with no space between
 * ("1,234,567.89", "192.168.1.2", "17:00", "1000-5000", "3/4"); it is read once, as a whole, so a run of
 * 300,000 "1," costs one linear pass. What the separators mean is decided from the whole run:
 * - "٬" and "،" only group thousands, "٫" is only a decimal point;
 * - "," followed by exactly three digits (after one to three digits) groups thousands, otherwise it is a decimal
 *   comma ("٤,٨" = 4.8, "5,00" = 5); several commas must group regularly ("1,234,567", Indian "12,34,567"), or the
 *   run is a list ("22,24,26");
 * - "." is a decimal point, and groups thousands only when it repeats regularly ("1.234.567"); a dotted run that
 *   does not is an identifier (an address, a version);
 * - two different marks: the last one is the decimal point ("1,234.5", "1.234,5");
 * - two or more hyphens make an identifier (telephone, ISBN, ISO date); one hyphen is left for ranges.
 * Digit groups separated by single spaces ("1 414 021 100") are one number when every group after the first
 * has exactly three digits.
 */
import type { Token } from "../../text/tokenize.js";
import { decimalTimes, trailingZerosOfDigits } from "./value.js";

export type PieceKind = "number" | "list" | "identifier" | "clock" | "fraction";

export interface DigitNumber {
  /** Token span [first, last). */
  first: number;
  last: number;
  intDigits: string;
  fracDigits: string;
  /** NaN when too large to report. */
  value: number;
  /** 10^-decimals, or 10^(trailing zeros) for an integer. */
  granularity: number;
  /** Written with a thousands or decimal separator. */
  separated: boolean;
}

export interface DigitPiece {
  kind: PieceKind;
  first: number;
  last: number;
  /** number: one; list: each item; identifier: each group; clock: hours and minutes; fraction: numerator, denominator. */
  numbers: DigitNumber[];
}

const DASHES = new Set(["-", "\u2010", "\u2011", "\u2013", "\u2014"]);
const NUMBER_SEPARATORS = new Set([",", ".", "\u066C", "\u066B", "\u060C"]);
const THOUSANDS_ONLY = new Set(["\u066C", "\u060C"]);
const DECIMAL_ONLY = "\u066B";
const SPACE_GROUP_GAPS = new Set([" ", "\u00A0", "\u202F", "\u2009", "\u2007"]);
/** Longest list of figures glued by separators read item by item ("22,24,26,31"). */
const MAX_LIST = 50;

export function isDash(t: Token | undefined): boolean {
  return !!t && t.kind === "punct" && DASHES.has(t.text);
}

function isRunSeparator(t: Token | undefined): boolean {
  if (t && t.kind === "word" && !t.spaceBefore && t.text === TATWEEL) return true;
  return !!t && t.kind === "punct" && !t.spaceBefore && (NUMBER_SEPARATORS.has(t.text) || DASHES.has(t.text) || t.text === "/" || t.text === ":");
}

/**
 * The tatweel, which Arabic type stretches a join with, read as a dash between two glued figures («3ـ2», a score);
 * the tokenizer keeps it as a word of no letters.
 */
const TATWEEL = "\u0640";

/** Index after the glued run that starts with the digit token at `i`. */
export function gluedRunEnd(tokens: readonly Token[], i: number): number {
  let k = i;
  for (;;) {
    const sep = tokens[k + 1];
    const next = tokens[k + 2];
    if (isRunSeparator(sep) && next && next.kind === "digits" && !next.spaceBefore) k += 2;
    else return k + 1;
  }
}

export function makeNumber(tokens: readonly Token[], first: number, last: number, intDigits: string, fracDigits: string): DigitNumber {
  const value = decimalTimes(intDigits, fracDigits, 1);
  const granularity = fracDigits.length > 0 ? 10 ** -fracDigits.length : trailingZerosOfDigits(intDigits);
  return { first, last, intDigits, fracDigits, value, granularity, separated: last - first > 1 };
}

/**
 * Read the glued run at digit token `i` (ending before `end`) into pieces: usually one number; several when
 * single hyphens, slashes or colons split it ("1000-5000" is two, for the range reader).
 */
export function readRun(tokens: readonly Token[], i: number, end: number): DigitPiece[] {
  if (end === i + 1) {
    const n = makeNumber(tokens, i, end, (tokens[i] as Token).norm, "");
    return [{ kind: "number", first: i, last: end, numbers: [n] }];
  }
  const digitIdx: number[] = [];
  const seps: string[] = [];
  for (let k = i; k < end; k += 2) {
    digitIdx.push(k);
    if (k + 1 < end) seps.push((tokens[k + 1] as Token).text);
  }
  for (let s = 0; s < seps.length; s++) if (seps[s] === TATWEEL) seps[s] = "-";
  let dashes = 0;
  for (const s of seps) if (DASHES.has(s)) dashes++;
  if (dashes >= 2) return [identifier(tokens, digitIdx, i, end)];
  const pieces: DigitPiece[] = [];
  // Split at dashes, then at slashes and colons, keeping each sub-run's own separators.
  let from = 0;
  for (let s = 0; s <= seps.length; s++) {
    const sep = seps[s];
    if (s < seps.length && !DASHES.has(sep as string)) continue;
    for (const piece of readSlashesAndColons(tokens, digitIdx.slice(from, s + 1), seps.slice(from, s))) pieces.push(piece);
    from = s + 1;
  }
  return pieces;
}

function readSlashesAndColons(tokens: readonly Token[], idx: number[], seps: string[]): DigitPiece[] {
  const first = idx[0] as number;
  const last = (idx[idx.length - 1] as number) + 1;
  const colons = seps.filter((s) => s === ":").length;
  const slashes = seps.filter((s) => s === "/").length;
  if (colons > 0 && colons === seps.length && colons <= 2) {
    const groups = idx.map((k) => (tokens[k] as Token).norm);
    const h = Number(groups[0]);
    const clockLike = (groups[0] as string).length <= 2 && h <= 24 && groups.slice(1).every((g) => g.length === 2 && Number(g) < 60);
    if (clockLike) {
      const numbers = idx.map((k) => makeNumber(tokens, k, k + 1, (tokens[k] as Token).norm, ""));
      return [{ kind: "clock", first, last, numbers }];
    }
  }
  if (slashes === 1 && seps.length === 1 && seps[0] === "/") {
    const a = (tokens[idx[0] as number] as Token).norm;
    const b = (tokens[idx[1] as number] as Token).norm;
    const na = Number(a);
    const nb = Number(b);
    // Only small proper fractions: "3/4", "1/2"; "9/11" and "30/9" are dates or names.
    if (a.length <= 2 && b.length <= 2 && na > 0 && nb >= 2 && nb <= 10 && na < nb) {
      return [
        {
          kind: "fraction",
          first,
          last,
          numbers: [makeNumber(tokens, idx[0] as number, (idx[0] as number) + 1, a, ""), makeNumber(tokens, idx[1] as number, (idx[1] as number) + 1, b, "")],
        },
      ];
    }
  }
  // "9/11", "24/7", "26/11", "2015/11/26": dates and names, not counts (a date is read by the date recogniser).
  if (slashes > 0) return [identifier(tokens, idx, first, last)];
  if (colons > 0) {
    // Scores, ratios: each part is its own number.
    const out: DigitPiece[] = [];
    let from = 0;
    for (let s = 0; s <= seps.length; s++) {
      if (s < seps.length && seps[s] !== ":" && seps[s] !== "/") continue;
      out.push(readChain(tokens, idx.slice(from, s + 1), seps.slice(from, s)));
      from = s + 1;
    }
    return out;
  }
  return [readChain(tokens, idx, seps)];
}

function regular(groups: readonly string[]): boolean {
  const g0 = groups[0] as string;
  if (g0.length < 1 || g0.length > 3) return false;
  for (let k = 1; k < groups.length; k++) if ((groups[k] as string).length !== 3) return false;
  return true;
}

/** Indian grouping: 12,34,56,789. */
function indian(groups: readonly string[]): boolean {
  if (groups.length < 3) return false;
  const g0 = groups[0] as string;
  if (g0.length < 1 || g0.length > 2) return false;
  for (let k = 1; k < groups.length - 1; k++) if ((groups[k] as string).length !== 2) return false;
  return (groups[groups.length - 1] as string).length === 3;
}

/** A run with only number separators (no dash, slash or colon). */
function readChain(tokens: readonly Token[], idx: number[], seps: string[]): DigitPiece {
  const first = idx[0] as number;
  const last = (idx[idx.length - 1] as number) + 1;
  const groups = idx.map((k) => (tokens[k] as Token).norm);
  const whole = (intGroups: readonly string[], frac: string): DigitPiece => ({
    kind: "number",
    first,
    last,
    numbers: [makeNumber(tokens, first, last, intGroups.join(""), frac)],
  });
  const list = (kind: PieceKind): DigitPiece => ({
    // Dozens of figures glued by commas are a table or serialised data, not prose: one identifier.
    kind: idx.length > MAX_LIST ? "identifier" : kind,
    first,
    last,
    numbers: idx.length > MAX_LIST ? [makeNumber(tokens, first, first + 1, groups[0] as string, "")] : idx.map((k) => makeNumber(tokens, k, k + 1, (tokens[k] as Token).norm, "")),
  });
  const k = seps.length;
  if (k === 0) return whole(groups, "");
  const lastSep = seps[k - 1] as string;
  const decimalAt = seps.indexOf(DECIMAL_ONLY);
  if (decimalAt >= 0) {
    if (decimalAt !== k - 1) return list("list");
    const intGroups = groups.slice(0, k);
    const earlier = seps.slice(0, k - 1);
    if (earlier.length === 0) return whole(intGroups, groups[k] as string);
    if (earlier.every((s) => s === earlier[0] && s !== "." ) && regular(intGroups)) return whole(intGroups, groups[k] as string);
    return list("list");
  }
  if (seps.every((s) => s === lastSep)) {
    if (THOUSANDS_ONLY.has(lastSep)) return regular(groups) ? whole(groups, "") : list("list");
    if (k === 1) {
      const g0 = groups[0] as string;
      const g1 = groups[1] as string;
      if (lastSep === "," && g1.length === 3 && g0.length <= 3 && g0 !== "0") return whole(groups, "");
      return whole([g0], g1);
    }
    if (regular(groups)) return whole(groups, "");
    if (lastSep === "," && indian(groups)) return whole(groups, "");
    return list(lastSep === "." ? "identifier" : "list");
  }
  const earlier = seps.slice(0, k - 1);
  const mark = earlier[0] as string;
  if (earlier.every((s) => s === mark) && mark !== lastSep && (lastSep === "," || lastSep === ".")) {
    const intGroups = groups.slice(0, k);
    if (regular(intGroups) || (mark === "," && indian(intGroups))) return whole(intGroups, groups[k] as string);
  }
  return list("list");
}

function identifier(tokens: readonly Token[], idx: number[], first: number, last: number): DigitPiece {
  return { kind: "identifier", first, last, numbers: idx.map((k) => makeNumber(tokens, k, k + 1, (tokens[k] as Token).norm, "")) };
}

/**
 * "1 414 021 100", "40 000": groups of exactly three digits after single spaces, following a first group of one
 * to three digits at `i`. Returns the token index after the last group, and the digits, or null.
 */
export function readSpaceGroups(text: string, tokens: readonly Token[], i: number): { last: number; intDigits: string; fracDigits: string } | null {
  const head = tokens[i] as Token;
  if (head.norm.length > 3) return null;
  let intDigits = head.norm;
  let k = i;
  for (;;) {
    const next = tokens[k + 1];
    if (!next || next.kind !== "digits" || !next.spaceBefore || next.norm.length !== 3) break;
    const gap = text.slice((tokens[k] as Token).end, next.start);
    if (gap.length !== 1 || !SPACE_GROUP_GAPS.has(gap)) break;
    // The group must end the run, or end it with a decimal part ("1 234 567.89").
    const runEnd = gluedRunEnd(tokens, k + 1);
    if (runEnd !== k + 2) {
      const sep = tokens[k + 2] as Token;
      if (runEnd !== k + 4 || !(sep.text === "." || sep.text === "," || sep.text === DECIMAL_ONLY)) break;
      return { last: k + 4, intDigits: intDigits + next.norm, fracDigits: (tokens[k + 3] as Token).norm };
    }
    intDigits += next.norm;
    k++;
  }
  return k === i ? null : { last: k + 1, intDigits, fracDigits: "" };
}
