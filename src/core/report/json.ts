/**
 * claims.json: the Analysis in a fixed, versioned shape. Keys are written in a fixed order and numbers are
 * always finite, so the same input gives the same bytes.
 */
import type { Analysis, Claim, Group, SourceInfo, Warning } from "../types.js";

export const SCHEMA = "crosscheck/claims@1";

export interface ClaimsFile {
  schema: typeof SCHEMA;
  sources: SourceInfo[];
  claims: Claim[];
  groups: Group[];
  warnings: Warning[];
}

export function toClaimsFile(analysis: Analysis): ClaimsFile {
  return {
    schema: SCHEMA,
    sources: analysis.sources.map(orderSource),
    claims: analysis.claims.map(orderClaim),
    groups: analysis.groups.map(orderGroup),
    warnings: analysis.warnings.map((w) => ({ path: w.path, message: w.message })),
  };
}

export function renderJson(analysis: Analysis): string {
  return [...renderJsonChunks(analysis)].join("");
}

/**
 * claims.json in pieces of a hundred sources, claims, groups or warnings: the same text as
 * JSON.stringify(toClaimsFile(analysis), finite, 2) + "\n", without ever holding all of it (for 10,000
 * articles it is a quarter of a gigabyte).
 */
export function* renderJsonChunks(analysis: Analysis): Generator<string> {
  yield `{\n  "schema": ${JSON.stringify(SCHEMA)},\n`;
  yield* array("sources", analysis.sources, orderSource);
  yield ",\n";
  yield* array("claims", analysis.claims, orderClaim, claimFinite);
  yield ",\n";
  yield* array("groups", analysis.groups, orderGroup);
  yield ",\n";
  yield* array("warnings", analysis.warnings, (w: Warning) => ({ path: w.path, message: w.message }));
  yield "\n}\n";
}

/** Small pieces stay small strings, collected young: large ones would pile up until a full collection. */
const PIECE = 100;
/** What JSON.stringify([[…]], null, 2) puts around the elements: they sit at the depth of the file's lists. */
const WRAP_START = "[\n  [\n    ".length;
const WRAP_END = "\n  ]\n]".length;

function* array<T, O>(key: string, items: readonly T[], order: (item: T) => O, finiteItem: (item: O) => boolean = allFinite): Generator<string> {
  if (items.length === 0) {
    yield `  ${JSON.stringify(key)}: []`;
    return;
  }
  yield `  ${JSON.stringify(key)}: [\n    `;
  for (let k = 0; k < items.length; k += PIECE) {
    const piece = items.slice(k, k + PIECE).map(order);
    // The replacer is called for every key and keeps JSON.stringify off its fast path: only a piece that
    // holds a number that is not finite needs it (for any other it changes nothing).
    const text = piece.every(finiteItem) ? JSON.stringify([piece], null, 2) : JSON.stringify([piece], finite, 2);
    yield (k > 0 ? ",\n    " : "") + text.slice(WRAP_START, text.length - WRAP_END);
  }
  yield "\n  ]";
}

/**
 * The last guard: extraction never lets a number that is not finite through, but JSON has no NaN or Infinity,
 * and JSON.stringify would silently write them as null. An unbounded interval end has no key at all; any
 * other such number is kept as text, so the claim keeps its shape and the value stays visible.
 */
/** No number in `value`, however deep, is NaN or infinite. */
function allFinite(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value);
  if (typeof value !== "object" || value === null) return true;
  if (Array.isArray(value)) {
    for (const v of value) if (!allFinite(v)) return false;
    return true;
  }
  for (const key in value) if (!allFinite((value as Record<string, unknown>)[key])) return false;
  return true;
}

/** allFinite() of an ordered claim, key by key: its keys are known, and a loop over them by name is cheaper. */
function claimFinite(c: Claim): boolean {
  return (
    allFinite(c.id) &&
    allFinite(c.source) &&
    allFinite(c.kind) &&
    allFinite(c.text) &&
    allFinite(c.line) &&
    allFinite(c.column) &&
    allFinite(c.start) &&
    allFinite(c.end) &&
    allFinite(c.value) &&
    allFinite(c.min) &&
    allFinite(c.max) &&
    allFinite(c.qualifier) &&
    allFinite(c.unit) &&
    allFinite(c.noun) &&
    allFinite(c.written) &&
    allFinite(c.relative) &&
    allFinite(c.speaker) &&
    allFinite(c.sentence) &&
    allFinite(c.sentenceMark)
  );
}

function finite(key: string, value: unknown): unknown {
  if (typeof value !== "number" || Number.isFinite(value)) return value;
  if (key === "min" || key === "max") return undefined;
  return String(value);
}

// The order functions add each optional key only when present, in the file's key order (JSON.stringify writes
// keys in the order they were added): spreads of one-key literals cost an object per key, for every claim.

function orderSource(s: SourceInfo): SourceInfo {
  const o = { id: s.id, path: s.path } as SourceInfo;
  if (s.title !== undefined) o.title = s.title;
  if (s.outlet !== undefined) o.outlet = s.outlet;
  if (s.published !== undefined) o.published = s.published;
  if (s.url !== undefined) o.url = s.url;
  if (s.publishedFromPage) o.publishedFromPage = s.publishedFromPage;
  o.lang = s.lang;
  return o;
}

export function orderClaim(c: Claim): Claim {
  const o = { id: c.id, source: c.source, kind: c.kind, text: c.text, line: c.line, column: c.column, start: c.start, end: c.end, value: c.value } as Claim;
  if (c.min !== undefined) o.min = c.min;
  if (c.max !== undefined) o.max = c.max;
  if (c.qualifier !== undefined) o.qualifier = c.qualifier;
  if (c.unit !== undefined) o.unit = c.unit;
  if (c.noun !== undefined) o.noun = c.noun;
  if (c.written !== undefined) o.written = c.written;
  if (c.relative) o.relative = c.relative;
  if (c.speaker !== undefined) o.speaker = c.speaker;
  o.sentence = c.sentence;
  o.sentenceMark = c.sentenceMark;
  return o;
}

function orderGroup(g: Group): Group {
  const o = { id: g.id, kind: g.kind } as Group;
  if (g.unit !== undefined) o.unit = g.unit;
  o.verdict = g.verdict;
  o.claims = g.claims;
  if (g.note !== undefined) o.note = g.note;
  o.severity = g.severity;
  return o;
}
