/**
 * For the tests of the paragraph memo (extract/repeats.ts): the claims of articles read fresh (memo off) and
 * read with the memo, in the order given, held equal article by article.
 */
import { expect } from "vitest";
import type { Claim, SourceInput } from "../../src/core/types.js";
import { extractSource } from "../../src/core/analyze.js";
import { clearParagraphMemo, repeats } from "../../src/core/extract/repeats.js";

export function freshAndShared(runs: readonly SourceInput[]): { fresh: Claim[][]; shared: Claim[][] } {
  repeats.on = false;
  const fresh = runs.map((s) => extractSource(s).claims);
  repeats.on = true;
  clearParagraphMemo();
  const shared = runs.map((s) => extractSource(s).claims);
  for (let i = 0; i < runs.length; i++) expect(shared[i], `${runs[i]!.id} (run ${i})`).toEqual(fresh[i]);
  return { fresh, shared };
}
