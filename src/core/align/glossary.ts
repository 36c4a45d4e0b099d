/**
 * Concept ids for the words of a sentence, from the locale's glossary (see words.ts): what lets the context
 * of an Arabic claim be compared with the context of an English one.
 */
import type { Locale } from "../lang/types.js";
import { stripPrefix } from "../lang/lexicon.js";
import { fold } from "../text/normalize.js";

interface Glossary {
  forms: Map<string, string>;
  endings: string[];
}

const cache = new WeakMap<Locale, Glossary>();

function glossaryOf(locale: Locale): Glossary {
  let g = cache.get(locale);
  if (g) return g;
  const forms = new Map<string, string>();
  for (const [id, list] of locale.align?.concepts ?? []) {
    for (const form of list) {
      // Stored the way contentStems() gives words: folded, clitics stripped.
      const f = fold(form);
      forms.set(f, id);
      forms.set(stripPrefix(f, locale.clitics), id);
    }
  }
  g = { forms, endings: [...(locale.align?.endings ?? [])].map(fold).sort((a, b) => b.length - a.length) };
  cache.set(locale, g);
  return g;
}

/** Below this many letters a word is not cut down to find it in the glossary. */
const MIN_LETTERS = 3;

/** The concept a content stem stands for, if the locale's glossary lists it. */
export function conceptOf(stem: string, locale: Locale): string | undefined {
  const { forms, endings } = glossaryOf(locale);
  const found = forms.get(stem);
  if (found !== undefined) return found;
  for (const e of endings) {
    if (stem.length - e.length >= MIN_LETTERS && stem.endsWith(e)) {
      const cut = forms.get(stem.slice(0, -e.length));
      if (cut !== undefined) return cut;
    }
  }
  return undefined;
}

/** Whether the locale has a glossary at all (else nothing of its sentences bridges languages). */
export function hasGlossary(locale: Locale): boolean {
  return glossaryOf(locale).forms.size > 0;
}
