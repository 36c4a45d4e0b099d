/**
 * UnitReader classifies a word from a profile kept per folded word and lexicon (what every list says of it),
 * instead of asking each list again for every unit. The units it reads must be the ones the direct reading
 * gives (`profiled = false`), field for field, on real copy and on sentences built from every list entry.
 */
import fc from "fast-check";
import { readdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { ar } from "../../src/core/lang/ar/index.js";
import { en } from "../../src/core/lang/en/index.js";
import type { Locale } from "../../src/core/lang/types.js";
import { tokenize } from "../../src/core/text/tokenize.js";
import { speechLexicon } from "../../src/core/extract/speakers/lexicon.js";
import { UnitReader, type ParagraphView } from "../../src/core/extract/speakers/units.js";

const LOCALES: readonly Locale[] = [ar, en];

/** Every unit of the text (one paragraph, no quotes), read both ways, must be equal. */
function expectSameUnits(text: string, locale: Locale): void {
  const lex = speechLexicon(locale);
  const tokens = tokenize(text);
  if (tokens.length === 0) return;
  const view: ParagraphView = { text, tokens, quoteOf: tokens.map(() => -1), quotes: [] };
  const fast = new UnitReader(view, lex, 0, tokens.length - 1);
  const direct = new UnitReader(view, lex, 0, tokens.length - 1, new Set(), false);
  for (let i = 0; i < tokens.length; i++) {
    expect(fast.at(i), `${locale.code} token ${i} (${tokens[i]!.text}) of «${text.slice(0, 80)}»`).toEqual(direct.at(i));
    expect(fast.endingAt(i)).toEqual(direct.endingAt(i));
  }
}

function textFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...textFiles(full));
    else if (name.endsWith(".txt")) out.push(full);
  }
  return out;
}

/** Every word of the locale's speech lists, as listed. */
function listWords(locale: Locale): string[] {
  const w = locale.speech;
  const lists: (readonly string[] | undefined)[] = [
    w.personTitles, w.bodies, w.nonSpeakers, w.quotedNameHeads, w.objectNouns, w.rankWords, w.namePrefixes, w.solidNamePrefixes,
    w.links, w.titleLinks, w.determiners, w.pronouns, w.complementisers, w.prepositions, w.breakers, w.titleAdjectives,
    w.negations, w.adverbs, w.clauseStarts, w.relatives, w.definitePrefixes, w.conjunctionPrefixes, w.prepositionPrefixes,
    w.breakerPrefixes, w.adjectiveEndings, locale.stopwords ? [...locale.stopwords] : [],
  ];
  const words = lists.flatMap((l) => [...(l ?? [])]);
  for (const [name, prep] of w.namesLikePrepositions ?? []) words.push(name, prep);
  for (const [t] of w.triggers) words.push(t);
  return words.flatMap((x) => x.split(/\s+/)).filter((x) => x.length > 0);
}

describe("UnitReader: profiled units equal the direct reading", () => {
  it("on the seeds and every test article, read with both locales", () => {
    const files = [...textFiles("sources"), ...textFiles("tests/stories"), ...textFiles("tests/golden")];
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const paragraphs = readFileSync(file, "utf8").split(/\n\s*\n/);
      for (const p of paragraphs) for (const locale of LOCALES) expectSameUnits(p, locale);
    }
  });

  it("on sentences of list words, with glued prefixes and either case", () => {
    for (const locale of LOCALES) {
      const words = listWords(locale);
      const glue = ["", ...locale.speech.conjunctionPrefixes, ...locale.speech.prepositionPrefixes, ...locale.speech.definitePrefixes];
      const word = fc.tuple(fc.constantFrom(...glue), fc.constantFrom(...words), fc.constantFrom("lower", "upper", "title", "as is"), fc.constantFrom(" ", " ", ", ", "-", ". ")).map(
        ([g, w, c, sep]) => {
          const s = g + w;
          const cased = c === "lower" ? s.toLowerCase() : c === "upper" ? s.toUpperCase() : c === "title" ? s.charAt(0).toUpperCase() + s.slice(1) : s;
          return cased + sep;
        },
      );
      fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 14 }), (parts) => expectSameUnits(parts.join(""), locale)), { numRuns: 600 });
    }
  });
});
