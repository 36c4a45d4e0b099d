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
  return JSON.stringify(toClaimsFile(analysis), finite, 2) + "\n";
}

/**
 * The last guard: extraction never lets a number that is not finite through, but JSON has no NaN or Infinity,
 * and JSON.stringify would silently write them as null. An unbounded interval end has no key at all; any
 * other such number is kept as text, so the claim keeps its shape and the value stays visible.
 */
function finite(key: string, value: unknown): unknown {
  if (typeof value !== "number" || Number.isFinite(value)) return value;
  if (key === "min" || key === "max") return undefined;
  return String(value);
}

function orderSource(s: SourceInfo): SourceInfo {
  return {
    id: s.id,
    path: s.path,
    ...(s.title !== undefined ? { title: s.title } : {}),
    ...(s.outlet !== undefined ? { outlet: s.outlet } : {}),
    ...(s.published !== undefined ? { published: s.published } : {}),
    ...(s.url !== undefined ? { url: s.url } : {}),
    ...(s.publishedFromPage ? { publishedFromPage: s.publishedFromPage } : {}),
    lang: s.lang,
  };
}

export function orderClaim(c: Claim): Claim {
  return {
    id: c.id,
    source: c.source,
    kind: c.kind,
    text: c.text,
    line: c.line,
    column: c.column,
    start: c.start,
    end: c.end,
    value: c.value,
    ...(c.min !== undefined ? { min: c.min } : {}),
    ...(c.max !== undefined ? { max: c.max } : {}),
    ...(c.qualifier !== undefined ? { qualifier: c.qualifier } : {}),
    ...(c.unit !== undefined ? { unit: c.unit } : {}),
    ...(c.noun !== undefined ? { noun: c.noun } : {}),
    ...(c.relative ? { relative: c.relative } : {}),
    ...(c.speaker !== undefined ? { speaker: c.speaker } : {}),
    sentence: c.sentence,
    sentenceMark: c.sentenceMark,
  };
}

function orderGroup(g: Group): Group {
  return {
    id: g.id,
    kind: g.kind,
    ...(g.unit !== undefined ? { unit: g.unit } : {}),
    verdict: g.verdict,
    claims: g.claims,
    ...(g.note !== undefined ? { note: g.note } : {}),
    severity: g.severity,
  };
}
