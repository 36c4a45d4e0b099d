/**
 * The main job as a pure function: articles in, claims and aligned groups out. No file system, no clock,
 * no environment: the same inputs give the same Analysis, whatever order they arrive in.
 *
 * It comes in two halves so that a caller can extract articles one at a time (or on several threads) and keep
 * only their claims: `extractSource` per article, then `combine` over all of them.
 */
import type { Analysis, Claim, SourceInfo, SourceInput, Warning } from "./types.js";
import type { Locale } from "./lang/types.js";
import { getLocale } from "./lang/registry.js";
import { extractClaims, sourceLocale, type ExtractResult } from "./extract/index.js";
import { align } from "./align/index.js";
import { inGroupUnits } from "./align/conversions.js";
import { datelineDays } from "./align/dateline.js";
import { appendAll } from "./arrays.js";

export function analyze(inputs: readonly SourceInput[], warnings: readonly Warning[] = []): Analysis {
  const results = inputs.map(extractSource);
  for (const [i, published] of datelineDates(results)) {
    const input = inputs[i]!;
    results[i] = fromDateline(extractSource({ ...input, meta: { ...input.meta, published } }));
  }
  return combine(results, warnings);
}

/**
 * Results (by index) of articles that give no publication date but open with a wire's date line ("BASRA, Iraq,
 * July 20 (Meridian) -"), with the day it names, its year taken from the other articles (see datelineDays).
 * Such an article is extracted again with that day: "said on Monday" and "since Friday" need it, and only the
 * other articles can tell the year. Claims' source ids must be the results' ids.
 */
export function datelineDates(results: readonly ExtractResult[]): Map<number, string> {
  const days = new Map<string, number | undefined>();
  for (const r of results) days.set(r.info.id, r.info.published ? Date.parse(`${r.info.published}T00:00:00Z`) / 86_400_000 : undefined);
  const undated: ExtractResult[] = results.filter((r) => !r.info.published);
  const out = new Map<number, string>();
  if (undated.length === 0 || undated.length === results.length) return out;
  const found = datelineDays(
    undated.flatMap((r) => r.claims),
    days,
  );
  results.forEach((r, i) => {
    const day = found.get(r.info.id);
    if (day !== undefined && Number.isFinite(day)) out.set(i, new Date(day * 86_400_000).toISOString().slice(0, 10));
  });
  return out;
}

/** A result extracted again with the day of its date line: that day was read on the page, not in front matter. */
export function fromDateline(result: ExtractResult): ExtractResult {
  result.info.publishedFromPage = true;
  return result;
}

/** The claims of one article, in the language it declares or is detected in (info.lang). */
export function extractSource(input: SourceInput): ExtractResult {
  return extractClaims(input, sourceLocale(input));
}

/** Align the claims of every article; `results` in any order, their source ids distinct. */
export function combine(results: readonly ExtractResult[], warnings: readonly Warning[] = []): Analysis {
  const ordered = [...results].sort((a, b) => (a.info.id < b.info.id ? -1 : a.info.id > b.info.id ? 1 : 0));
  const sources: SourceInfo[] = [];
  const claims: Claim[] = [];
  const locales = new Map<string, Locale>();
  const found: Warning[] = [...warnings];
  for (const result of ordered) {
    locales.set(result.info.id, getLocale(result.info.lang)!);
    sources.push(result.info);
    appendAll(claims, result.claims);
    if (result.warnings) appendAll(found, result.warnings);
  }
  const groups = align({ claims, sources, localeOf: (id) => locales.get(id)! });
  const sortedWarnings = [...found].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.message < b.message ? -1 : 1));
  return { sources, claims: inGroupUnits(claims, groups), groups, warnings: sortedWarnings };
}
