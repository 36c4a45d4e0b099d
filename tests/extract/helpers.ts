import type { Claim } from "../../src/core/types.js";
import { extractClaims } from "../../src/core/extract/index.js";
import { getLocale } from "../../src/core/lang/registry.js";

/** Claims of one article text, as the report would find them. */
export function claimsOf(text: string, lang: "ar" | "en", published?: string): Claim[] {
  const locale = getLocale(lang)!;
  return extractClaims({ id: "t", path: "t.txt", text, bodyStart: 0, meta: { lang, ...(published ? { published } : {}) } }, locale).claims;
}

/** A compact view of a quantity claim: "2289 sortie", "about 4000 sortie", "more than 240000 killed". */
export function brief(c: Claim): string {
  const q = c.qualifier ? `${c.qualifier} ` : "";
  const what = c.unit ?? (c.noun ? `~${c.noun}` : "?");
  return c.kind === "quantity" ? `${q}${c.value} ${what}` : `${c.kind} ${String(c.value)}`;
}

export function quantities(text: string, lang: "ar" | "en", published?: string): string[] {
  return claimsOf(text, lang, published).filter((c) => c.kind === "quantity").map(brief);
}
