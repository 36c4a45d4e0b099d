import { findNumbers, type NumberMention } from "../../src/core/extract/numbers/index.js";
import { ar } from "../../src/core/lang/ar/index.js";
import { en } from "../../src/core/lang/en/index.js";
import type { Locale } from "../../src/core/lang/types.js";
import { tokenize } from "../../src/core/text/tokenize.js";

export const LOCALES: Record<"ar" | "en", Locale> = { ar, en };

/** Every mention in `text`, read as one paragraph. */
export function numbers(lang: "ar" | "en", text: string): NumberMention[] {
  return findNumbers(text, tokenize(text), LOCALES[lang]);
}

/** The one mention whose text is `written` (fails the test when there is none or several). */
export function mention(lang: "ar" | "en", text: string, written: string): NumberMention {
  const hits = numbers(lang, text).filter((m) => m.text === written);
  if (hits.length !== 1) {
    const seen = numbers(lang, text).map((m) => JSON.stringify(m.text)).join(", ") || "nothing";
    throw new Error(`expected one mention ${JSON.stringify(written)} in ${JSON.stringify(text)}, found ${seen}`);
  }
  return hits[0] as NumberMention;
}

/** The phrase around a mention, qualifier words included. */
export function phrase(text: string, m: NumberMention): string {
  return text.slice(m.phraseStart, m.phraseEnd);
}

/** Compact view for whole-paragraph expectations. */
export function summary(text: string, ms: readonly NumberMention[]): string[] {
  return ms.map((m) => {
    const parts = [`${m.text}=${m.value}${m.upper !== undefined ? `..${m.upper}` : ""}`];
    if (m.percent) parts.push("%");
    if (m.qualifier) parts.push(m.qualifier);
    if (m.role) parts.push(m.role);
    if (m.phraseStart !== m.start || m.phraseEnd !== m.end) parts.push(`«${phrase(text, m)}»`);
    return parts.join(" ");
  });
}
