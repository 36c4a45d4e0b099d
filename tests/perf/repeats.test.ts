/**
 * Tokens, numbers, date items and the furniture check of a paragraph read before are shared with later
 * copies of its text (extract/repeats.ts). The claims must be the ones a fresh reading of every paragraph
 * gives, field for field: on the test articles, on copies of them that share paragraphs at other offsets and
 * with other neighbours, and on the same article at two publication dates.
 */
import { readdirSync, statSync } from "node:fs";
import * as path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { SourceInput } from "../../src/core/types.js";
import { extractSource } from "../../src/core/analyze.js";
import { readSource } from "../../src/node/sources.js";
import { clearParagraphMemo, datesOf, nextArticle, numbersOf, quantitiesOf, readParagraph, repeats, sentencesIn, sharedEntry } from "../../src/core/extract/repeats.js";
import { ar } from "../../src/core/lang/ar/index.js";
import { en } from "../../src/core/lang/en/index.js";
import { paragraphs, sentences as splitSentences } from "../../src/core/text/segment.js";
import { assembleQuantities } from "../../src/core/extract/quantities/assemble.js";
import { sensesOf } from "../../src/core/extract/quantities/units.js";
import { tokenize } from "../../src/core/text/tokenize.js";
import { findNumbers } from "../../src/core/extract/numbers/index.js";
import { findDates } from "../../src/core/extract/dates/index.js";

function textFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...textFiles(full));
    else if (name.endsWith(".txt")) out.push(full);
  }
  return out;
}

function articles(): SourceInput[] {
  const out: SourceInput[] = [];
  for (const file of [...textFiles("sources"), ...textFiles("tests/stories"), ...textFiles("tests/golden")]) {
    const read = readSource(file);
    if (read.source) out.push({ id: path.basename(file, ".txt"), ...read.source });
  }
  return out;
}

/** The body's paragraphs, as text. */
function bodyParagraphs(s: SourceInput): string[] {
  return paragraphs(s.text, s.bodyStart).map((p) => s.text.slice(p.start, p.end));
}

/**
 * Articles that share paragraphs with others, as republished wire copy does: each article as it is, at a
 * second publication date, with a lead paragraph of its own added (every paragraph moves), with its
 * paragraphs in reverse order, and with the next article's paragraphs interleaved.
 */
function sharing(sources: readonly SourceInput[]): SourceInput[] {
  const out: SourceInput[] = [];
  sources.forEach((s, i) => {
    const other = sources[(i + 1) % sources.length]!;
    const paras = bodyParagraphs(s);
    const front = (published: string) => `---\npublished: ${published}\n${s.meta.lang ? `lang: ${s.meta.lang}\n` : ""}---\n`;
    const make = (id: string, published: string, body: string[]): SourceInput => {
      const head = front(published);
      return { id, path: `${id}.txt`, text: head + body.join("\n\n") + "\n", bodyStart: head.length, meta: { ...s.meta, published } };
    };
    const mixed: string[] = [];
    const theirs = bodyParagraphs(other);
    for (let k = 0; k < Math.max(paras.length, theirs.length); k++) {
      if (k < paras.length) mixed.push(paras[k]!);
      if (k < theirs.length && other.meta.lang === s.meta.lang) mixed.push(theirs[k]!);
    }
    out.push(s);
    out.push({ ...s, id: `${s.id}-later`, meta: { ...s.meta, published: "2024-02-29" } });
    out.push(make(`${s.id}-lead`, "2015-11-20", ["A lead of this copy alone, 12 words.", ...paras]));
    out.push(make(`${s.id}-reversed`, "2016-01-03", [...paras].reverse()));
    out.push(make(`${s.id}-mixed`, "2015-11-16", mixed));
  });
  return out;
}

afterEach(() => {
  repeats.on = true;
  clearParagraphMemo();
});

describe("repeated paragraphs: shared readings give the claims of fresh ones", () => {
  const sources = sharing(articles());

  it("holds many shared paragraphs", () => {
    expect(sources.length).toBeGreaterThan(150);
  });

  it("every claim, warning and source field, article by article", () => {
    repeats.on = false;
    const fresh = sources.map((s) => extractSource(s));
    repeats.on = true;
    clearParagraphMemo();
    const shared = sources.map((s) => extractSource(s));
    for (let i = 0; i < sources.length; i++) expect(shared[i], sources[i]!.id).toEqual(fresh[i]);
  });

  it("tokens, sentences, numbers, dates and quantities of each paragraph, field for field, at three publication dates and three sets of senses", () => {
    clearParagraphMemo();
    let shared = 0;
    for (const s of sources) {
      nextArticle();
      const locale = s.meta.lang === "en" ? en : ar;
      const spans = paragraphs(s.text, s.bodyStart);
      const articleSenses = sensesOf(spans.map((p) => tokenize(s.text, p.start, p.end)), locale);
      const allSenses = new Set(locale.quantities.senses?.map((_, i) => i).reverse() ?? []);
      for (const p of spans) {
        const reading = readParagraph(s.text, p, sharedEntry(s.text, p, locale));
        if (reading.entry?.tokens) shared++;
        const tokens = tokenize(s.text, p.start, p.end);
        expect(reading.tokens).toEqual(tokens);
        expect(numbersOf(s.text, reading, locale)).toEqual(findNumbers(s.text, tokens, locale));
        const numbers = findNumbers(s.text, tokens, locale);
        const sentences = splitSentences(s.text, p, (w) => locale.abbreviations.has(w));
        expect(sentencesIn(s.text, p, reading.entry, (w) => locale.abbreviations.has(w))).toEqual(sentences);
        for (const published of [s.meta.published, "2016-03-01", undefined]) {
          const dates = findDates(s.text, tokens, locale, published ? { published } : {});
          expect(datesOf(s.text, reading, locale, published)).toEqual(dates);
          // The article's senses, none, and every sense in reverse order (senseOf reads them in order).
          for (const senses of [articleSenses, new Set<number>(), allSenses]) {
            expect(quantitiesOf(reading, numbers, dates, sentences, locale, senses)).toEqual(assembleQuantities(tokens, numbers, dates, sentences, locale, senses));
          }
        }
      }
    }
    // Most paragraphs of the copies were read from the memo.
    expect(shared).toBeGreaterThan(1000);
  });

  it("a paragraph shared by articles that call for different senses of a unit word", () => {
    const make = (id: string, lead: string): SourceInput => {
      const head = "---\npublished: 2015-11-20\nlang: en\n---\n";
      const body = `${lead}\n\nThe court fined the company 500 pounds, a lawyer said.\n`;
      return { id, path: `${id}.txt`, text: head + body, bodyStart: head.length, meta: { published: "2015-11-20", lang: "en" } };
    };
    const articles = [make("uk", "Officials in London spoke on Monday."), make("eg", "Egyptian officials in Cairo spoke on Monday.")];
    const runs = [...articles, ...articles, ...articles];
    repeats.on = false;
    const fresh = runs.map((s) => extractSource(s));
    repeats.on = true;
    clearParagraphMemo();
    const shared = runs.map((s) => extractSource(s));
    for (let i = 0; i < runs.length; i++) expect(shared[i], runs[i]!.id).toEqual(fresh[i]);
    // The two articles read the figure with different units: the memo must tell them apart.
    const unitOf = (i: number) => fresh[i]!.claims.find((c) => c.value === 500)?.unit;
    expect(unitOf(0)).not.toEqual(unitOf(1));
  });
});
