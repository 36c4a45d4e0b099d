/** The languages crosscheck knows, and detection of which one a text is in. */
import type { LangCode } from "../types.js";
import type { Locale } from "./types.js";
import { ar } from "./ar/index.js";
import { en } from "./en/index.js";

export const LOCALES: readonly Locale[] = [ar, en];

const byCode = new Map(LOCALES.map((l) => [l.code, l]));

export function getLocale(code: LangCode): Locale | undefined {
  return byCode.get(code.toLowerCase().split(/[-_]/)[0] ?? "");
}

/** Detect the language of a text from a sample of its letters; falls back to the first locale. */
export function detectLanguage(text: string): Locale {
  const sample = text.length > 20_000 ? text.slice(0, 10_000) + " " + text.slice(-10_000) : text;
  let best = LOCALES[0] as Locale;
  let bestScore = -1;
  for (const l of LOCALES) {
    const s = l.detect(sample);
    if (s > bestScore) {
      best = l;
      bestScore = s;
    }
  }
  return best;
}
