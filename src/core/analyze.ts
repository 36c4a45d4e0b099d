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
import { appendAll } from "./arrays.js";

export function analyze(inputs: readonly SourceInput[], warnings: readonly Warning[] = []): Analysis {
  return combine(inputs.map(extractSource), warnings);
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
  return { sources, claims, groups, warnings: sortedWarnings };
}
