import { analyzeSpeech, type SpeechAnalysis } from "../../src/core/extract/quotes/index.js";
import { getLocale } from "../../src/core/lang/registry.js";
import type { Locale } from "../../src/core/lang/types.js";
import { paragraphs, sentences, type Span } from "../../src/core/text/segment.js";
import { readFrontMatter } from "../../src/core/frontMatter.js";
import { claimsOf } from "../extract/helpers.js";

export interface Analysed extends SpeechAnalysis {
  text: string;
  paragraphs: Span[];
  sentences: Span[][];
}

export function locale(lang: string): Locale {
  const l = getLocale(lang);
  if (!l) throw new Error(`no locale ${lang}`);
  return l;
}

/** Segment `text` as the pipeline does and analyse its speech. */
export function analyse(text: string, lang: string): Analysed {
  const loc = locale(lang);
  // Seeds in sources/ carry front matter above the article; analyse the body only, as the pipeline does.
  const ps = paragraphs(text, readFrontMatter(text).bodyStart);
  const ss = ps.map((p) => sentences(text, p, (w) => loc.abbreviations.has(w)));
  return { ...analyzeSpeech(text, ps, ss, loc), text, paragraphs: ps, sentences: ss };
}

export function quoteTexts(text: string, lang: string): string[] {
  return analyse(text, lang).quotes.map((q) => q.text);
}

/** Speakers of every sentence, paragraph after paragraph, in one flat list. */
export function sentenceSpeakers(text: string, lang: string): (string | undefined)[] {
  return analyse(text, lang).speakers.flat();
}

/** The speaker of the first sentence of a one-sentence text. */
export function speakerOf(text: string, lang: string): string | undefined {
  return analyse(text, lang).speakers[0]?.[0];
}

/** The value of the first quote claim extracted from `text`: the statement as quotes are compared. */
export function quoteValue(text: string, lang: "ar" | "en"): string {
  const q = claimsOf(text, lang).find((c) => c.kind === "quote");
  if (!q) throw new Error(`no quote in: ${text}`);
  return String(q.value);
}
