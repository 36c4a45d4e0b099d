/**
 * The main job as a pure function: articles in, claims and aligned groups out. No file system, no clock,
 * no environment: the same inputs give the same Analysis, whatever order they arrive in.
 */
import type { Analysis, Claim, SourceInput, SourceInfo, Warning } from "./types.js";
import type { Locale } from "./lang/types.js";
import { extractClaims, sourceLocale } from "./extract/index.js";
import { align } from "./align/index.js";
import { appendAll } from "./arrays.js";

export function analyze(inputs: readonly SourceInput[], warnings: readonly Warning[] = []): Analysis {
  const ordered = [...inputs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const sources: SourceInfo[] = [];
  const claims: Claim[] = [];
  const locales = new Map<string, Locale>();
  const found: Warning[] = [...warnings];
  for (const input of ordered) {
    const locale = sourceLocale(input);
    locales.set(input.id, locale);
    const result = extractClaims(input, locale);
    sources.push(result.info);
    appendAll(claims, result.claims);
    if (result.warnings) appendAll(found, result.warnings);
  }
  const groups = align({ claims, sources, localeOf: (id) => locales.get(id)! });
  const sortedWarnings = [...found].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.message < b.message ? -1 : 1));
  return { sources, claims, groups, warnings: sortedWarnings };
}
