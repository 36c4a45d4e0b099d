/**
 * Concept ids for the words of a sentence, from the locale's glossary (see words.ts): what lets the context
 * of an Arabic claim be compared with the context of an English one.
 */
import type { Locale } from "../lang/types.js";
import { stripPrefix, stripPrefixes } from "../lang/lexicon.js";
import { fold } from "../text/normalize.js";
import { normalizeWeights, type Features, type Keywords, type StemIds } from "./features.js";

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
      forms.set(stripPrefixes(f, locale.clitics), id);
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

const reading = new WeakMap<StemIds, Map<Locale, Map<string, string>>>();

/**
 * A claim's keywords read through its locale's glossary (Features.glossed), worked out on first use: only
 * pairs that give one figure the same way ever compare them. The word for what the figure counts is left
 * out: both sentences have it by construction (claims meet by unit), so it would make any two figures of a
 * unit look alike.
 */
export function glossed(f: Features): Keywords {
  if (f.glossed) return f.glossed;
  const own = f.claim.kind === "quantity" && f.claim.unit ? "@" + f.claim.unit : undefined;
  // Claims that share a keyword vector (see KeywordVectors), a language and a unit share its reading too.
  let byLocale = readings.get(f.keywords);
  if (!byLocale) readings.set(f.keywords, (byLocale = new Map()));
  let byUnit = byLocale.get(f.locale);
  if (!byUnit) byLocale.set(f.locale, (byUnit = new Map()));
  let vector = byUnit.get(own);
  if (!vector) byUnit.set(own, (vector = readThrough(f.keywords, f.locale, own)));
  return (f.glossed = vector);
}

const readings = new WeakMap<Keywords, Map<Locale, Map<string | undefined, Keywords>>>();

function readThrough(keywords: Keywords, locale: Locale, own: string | undefined): Keywords {
  const { ids, weights, table } = keywords;
  // What each stem reads as ("@concept", or itself), per alignment run and language.
  let byLocale = reading.get(table);
  if (!byLocale) reading.set(table, (byLocale = new Map()));
  let read = byLocale.get(locale);
  if (!read) byLocale.set(locale, (read = new Map()));
  const merged = new Map<string, number>();
  for (let k = 0; k < ids.length; k++) {
    const stem = table.stem(ids[k]!);
    let key = read.get(stem);
    if (key === undefined) {
      const c = conceptOf(stem, locale);
      read.set(stem, (key = c === undefined ? stem : "@" + c));
    }
    if (key === own) continue;
    merged.set(key, Math.max(merged.get(key) ?? 0, weights[k]!));
  }
  return normalizeWeights(merged, table);
}

const bridges = new WeakMap<Keywords, Keywords>();

/**
 * The part of a glossed reading another language can share: concepts and words with digits ("a320"). Across
 * languages every other word of either sentence is one the other cannot have, and left in, it only dilutes
 * the words that do meet: a long Arabic sentence and a short English one on the same figure then look
 * unrelated however many concepts they share.
 */
export function bridged(f: Features): Keywords {
  const g = glossed(f);
  let vector = bridges.get(g);
  if (!vector) {
    const kept = new Map<string, number>();
    for (let k = 0; k < g.ids.length; k++) {
      const key = g.table.stem(g.ids[k]!);
      if (key.startsWith("@") || /\p{Nd}/u.test(key)) kept.set(key, g.weights[k]!);
    }
    bridges.set(g, (vector = normalizeWeights(kept, g.table)));
  }
  return vector;
}
