/**
 * Claims of one article: the recognisers (numbers, dates, quotes and speakers) run per paragraph over one
 * token stream, then the quantity assembler and the claim builder turn their mentions into claims with their
 * evidence (line, column, sentence, speaker).
 */
import type { Claim, ClaimKind, SourceInfo, SourceInput, Warning } from "../types.js";
import type { Locale } from "../lang/types.js";
import { detectLanguage, getLocale } from "../lang/registry.js";
import { LineIndex } from "../text/lineIndex.js";
import { normalizeStatement } from "../text/normalize.js";
import { paragraphs as splitParagraphs, spanAt, spanIndexAt, type Span } from "../text/segment.js";
import { renewWordIds, tokenize } from "../text/tokenize.js";
import { findDates } from "./dates/index.js";
import { analyzeSpeech, type QuoteMention } from "./quotes/index.js";
import { withFiguresWritten } from "./quotes/figures.js";
import { daysWritten } from "./quotes/days.js";
import { sameMonthNames } from "./quotes/monthNames.js";
import { sensesOf } from "./quantities/units.js";
import { isDateLine, markListItems } from "./furniture.js";
import { datesOf, furnitureOf, nextArticle, numbersOf, quantitiesOf, readParagraph, sentencesIn, sharedEntry, type Entry, type ParagraphReading } from "./repeats.js";
import { pushEach } from "./pushEach.js";
import { EvidenceCutter } from "./evidence.js";
import { chunkParagraph, MAX_CLAIMS, MAX_SOURCE_CHARS, oversizedNumbers, withinBudget } from "./limits.js";

/** Claim ids: "<source>:n3" is the third figure, "d1" the first date, "q2" the second quote. */
const ID_PREFIX: Record<ClaimKind, string> = { quantity: "n", date: "d", quote: "q" };

export interface ExtractResult {
  info: SourceInfo;
  claims: Claim[];
  /** What was left out and why (numbers too large to hold, claims beyond the limit), for the report. */
  warnings?: Warning[];
}

interface Draft {
  kind: ClaimKind;
  start: number;
  end: number;
  value: number | string;
  min: number | undefined;
  max: number | undefined;
  qualifier: Claim["qualifier"] | undefined;
  unit: string | undefined;
  noun: string | undefined;
  relative: true | undefined;
  speaker: string | undefined;
  /** The sentence span(s) the claim sits in. */
  context: Span;
}

export function sourceLocale(source: SourceInput): Locale {
  const declared = source.meta.lang ? getLocale(source.meta.lang) : undefined;
  return declared ?? detectLanguage(source.text.slice(source.bodyStart));
}

export function extractClaims(source: SourceInput, locale: Locale = sourceLocale(source)): ExtractResult {
  // No token of an earlier article is alive here: the one place word ids may start again.
  renewWordIds();
  nextArticle();
  const { text } = source;
  const allParas = splitParagraphs(text, source.bodyStart, text.length);
  // Arrays read per paragraph are built by push (see pushEach.ts): one element kind, so the compiled code that
  // reads them is not thrown away when an article brings another.
  // What this article shares with earlier ones, looked up once per paragraph (see repeats.ts).
  const entries = pushEach(allParas, (p) => sharedEntry(text, p, locale));
  const furniture: boolean[] = [];
  for (let i = 0; i < allParas.length; i++) furniture.push(furnitureOf(text, allParas[i]!, locale, entries[i]));
  markListItems(
    allParas.map((p) => text.slice(p.start, p.end)),
    furniture,
    locale,
  );
  const articleParas: Span[] = [];
  const articleEntries: (Entry | undefined)[] = [];
  for (let i = 0; i < allParas.length; i++) {
    if (furniture[i]) continue;
    articleParas.push(allParas[i]!);
    articleEntries.push(entries[i]);
  }
  // Without front matter, the page's own date line ("Sat 5 Jul 2025 10.30 BST") says when it was published.
  const fromPage = source.meta.published ? undefined : publicationFromDateLines(text, allParas, furniture, locale);
  const published = source.meta.published ?? fromPage;
  const info: SourceInfo = {
    id: source.id,
    path: source.path,
    ...(source.meta.title ? { title: source.meta.title } : {}),
    ...(source.meta.outlet ? { outlet: source.meta.outlet } : {}),
    ...(published ? { published } : {}),
    ...(fromPage ? { publishedFromPage: true as const } : {}),
    ...(source.meta.url ? { url: source.meta.url } : {}),
    lang: locale.code,
  };

  const isAbbreviation = (w: string) => locale.abbreviations.has(w);
  // A paragraph short enough to stay whole keeps the sentences found for chunking; pieces of a long one are
  // split again (their sentences are cut at the piece's ends).
  const whole = new Map<Span, Span[]>();
  const pieceEntries: (Entry | undefined)[] = [];
  const pieces = articleParas.flatMap((p, i) => {
    const sentences = sentencesIn(text, p, articleEntries[i], isAbbreviation);
    const chunks = chunkParagraph(text, p, sentences);
    if (chunks.length === 1 && chunks[0] === p) {
      whole.set(p, sentences);
      pieceEntries.push(articleEntries[i]);
    } else for (const c of chunks) pieceEntries.push(sharedEntry(text, c, locale));
    return chunks;
  });
  const { kept: paras, stoppedAt } = withinBudget(pieces);
  const sentencesOf: Span[][] = [];
  for (let i = 0; i < paras.length; i++) sentencesOf.push(whole.get(paras[i]!) ?? sentencesIn(text, paras[i]!, pieceEntries[i], isAbbreviation));
  // Tokens, numbers and date items of a paragraph read before (wire copy) are shared (see repeats.ts).
  const readings: ParagraphReading[] = [];
  for (let i = 0; i < paras.length; i++) readings.push(readParagraph(text, paras[i]!, pieceEntries[i]));
  const tokensOf = pushEach(readings, (r) => r.tokens);
  const speech = analyzeSpeech(text, paras, sentencesOf, locale, tokensOf, pushEach(readings, (r) => r.entry));
  const senses = sensesOf(tokensOf, locale);
  const quotesByParagraph = groupQuotes(speech.quotes, paras);

  const drafts: Draft[] = [];
  const oversized: number[] = [];
  for (let pi = 0; pi < paras.length; pi++) {
    // Past the limit only whole paragraphs were added, so sorting and cutting below keeps the first claims.
    if (drafts.length > MAX_CLAIMS) break;
    const para = paras[pi]!;
    const sentences = sentencesOf[pi] ?? [];
    const speakers = speech.speakers[pi] ?? [];
    const quotes = quotesByParagraph[pi] ?? [];
    const attributions = speech.attributions[pi] ?? [];
    const speakerAt = (offset: number): string | undefined => {
      const q = quotes.find((qq) => qq.start <= offset && offset < qq.end);
      if (q?.speaker) return q.speaker;
      const si = spanIndexAt(sentences, offset);
      if (si < 0) return undefined;
      const sentence = sentences[si]!;
      // The sentence's attributions: the first of them, and the last that starts at or before the figure.
      let first: (typeof attributions)[number] | undefined;
      let before: (typeof attributions)[number] | undefined;
      for (const a of attributions) {
        if (a.start < sentence.start || a.start >= sentence.end) continue;
        first ??= a;
        if (a.start <= offset) before = a;
      }
      if (first === undefined) return speakers[si];
      if (before) return before.speaker;
      // Only attributions after the figure: in a verb-first language what a verb reports follows it, so the
      // figure is the writer's ("بعد الاعتداءات (129 قتيلاً) دعا هولاند إلى …"); in a subject-first one a
      // trailing "…, Gerasimov said" reports what came before, and "according to …" does in any language.
      const after = first;
      const trailing = locale.speech.subjectOrder === "subjectFirst" || after.kind === "source" || after.kind === "relay";
      return trailing ? after.speaker : undefined;
    };
    const contextOf = (start: number, end: number): Span => {
      const a = spanAt(sentences, start) ?? para;
      const b = spanAt(sentences, Math.max(start, end - 1)) ?? a;
      return { start: a.start, end: Math.max(a.end, b.end) };
    };

    const tokens = tokensOf[pi] ?? [];
    const reading = readings[pi]!;
    const dates = datesOf(text, reading, locale, published || undefined);
    for (const d of dates) {
      if (!/^(\d{4}-\d{2}(-\d{2})?|--\d{2}-\d{2})$/.test(d.value)) continue;
      drafts.push(draft("date", d.start, d.end, d.value, speakerAt(d.start), contextOf(d.start, d.end), d.relative ? true : undefined));
    }
    const numbers = numbersOf(text, reading, locale);
    oversized.push(...oversizedNumbers(tokens, numbers));
    for (const q of quantitiesOf(reading, numbers, dates, sentences, locale, senses)) {
      // The recogniser never gives a number it cannot hold; this keeps claims.json free of NaN and Infinity whatever happens upstream.
      if (!Number.isFinite(q.value)) {
        oversized.push(q.start);
        continue;
      }
      const n = draft("quantity", q.start, q.end, q.value, speakerAt(q.start), contextOf(q.start, q.end));
      if (Number.isFinite(q.interval.min)) n.min = q.interval.min;
      if (Number.isFinite(q.interval.max)) n.max = q.interval.max;
      if (q.qualifier) n.qualifier = q.qualifier;
      if (q.unit) n.unit = q.unit;
      if (q.noun) n.noun = q.noun;
      drafts.push(n);
    }
    for (const q of quotes) {
      const days = daysWritten(q.start, q.end, dates, tokens, locale);
      const statement = normalizeStatement(withFiguresWritten(text, q.start, q.end, numbers, days));
      drafts.push(draft("quote", q.start, q.end, sameMonthNames(statement, locale), q.speaker, contextOf(q.open, q.close)));
    }
  }

  drafts.sort((a, b) => a.start - b.start || a.end - b.end || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
  const lines = new LineIndex(text);
  const warnings = limitWarnings(source.path, drafts, oversized, lines);
  if (stoppedAt !== undefined) {
    const line = lines.locate(stoppedAt).line;
    warnings.push({ path: source.path, message: `longer than any article; the first ${MAX_SOURCE_CHARS} characters were read, the rest (from line ${line}) skipped` });
  }
  if (drafts.length > MAX_CLAIMS) drafts.length = MAX_CLAIMS;
  const counters: Record<ClaimKind, number> = { quantity: 0, date: 0, quote: 0 };
  const cutter = new EvidenceCutter(text);
  const claims = drafts.map((d): Claim => {
    counters[d.kind]++;
    const pos = lines.locate(d.start);
    const { sentence, mark } = cutter.evidence(d.context, d.start, d.end);
    // Fields are added in the order claims.json shows them; assignments cost less than spreading optional parts.
    const claim = {
      id: `${source.id}:${ID_PREFIX[d.kind]}${counters[d.kind]}`,
      source: source.id,
      kind: d.kind,
      text: text.slice(d.start, d.end),
      line: pos.line,
      column: pos.column,
      start: d.start,
      end: d.end,
      value: d.value,
    } as Claim;
    if (d.min !== undefined) claim.min = d.min;
    if (d.max !== undefined) claim.max = d.max;
    if (d.qualifier) claim.qualifier = d.qualifier;
    if (d.unit) claim.unit = d.unit;
    if (d.noun) claim.noun = d.noun;
    if (d.relative) claim.relative = true;
    if (d.speaker) claim.speaker = d.speaker;
    claim.sentence = sentence;
    claim.sentenceMark = mark;
    return claim;
  });
  return { info, claims, ...(warnings.length > 0 ? { warnings } : {}) };
}

function limitWarnings(path: string, drafts: readonly Draft[], oversized: readonly number[], lines: LineIndex): Warning[] {
  const warnings: Warning[] = [];
  if (oversized.length > 0) {
    let first = oversized[0]!;
    for (const o of oversized) first = Math.min(first, o);
    const where = `line ${lines.locate(first).line}`;
    const message =
      oversized.length === 1
        ? `a number too large to check at ${where}; skipped`
        : `${oversized.length} numbers too large to check (the first at ${where}); skipped`;
    warnings.push({ path, message });
  }
  if (drafts.length > MAX_CLAIMS) {
    const line = lines.locate(drafts[MAX_CLAIMS]!.start).line;
    warnings.push({ path, message: `more claims than an article holds; the first ${MAX_CLAIMS} are kept, the rest (from line ${line}) skipped` });
  }
  return warnings;
}

/** How many paragraphs from the top a page's date line is looked for. */
const DATE_LINE_PARAGRAPHS = 12;

/** The first full date written on a date line near the top of the page, if any. */
function publicationFromDateLines(text: string, paras: readonly Span[], furniture: readonly boolean[], locale: Locale): string | undefined {
  for (let i = 0; i < Math.min(paras.length, DATE_LINE_PARAGRAPHS); i++) {
    const p = paras[i]!;
    if (!furniture[i] || !isDateLine(text.slice(p.start, p.end), locale)) continue;
    for (const d of findDates(text, tokenize(text, p.start, p.end), locale)) {
      if (/^\d{4}-\d{2}-\d{2}$/.test(d.value) && !d.relative) return d.value;
    }
  }
  return undefined;
}

/** A draft with every field present (one shape for all of them); a speaker only when one is named. */
function draft(kind: ClaimKind, start: number, end: number, value: number | string, speaker: string | undefined, context: Span, relative?: true): Draft {
  return { kind, start, end, value, min: undefined, max: undefined, qualifier: undefined, unit: undefined, noun: undefined, relative, speaker: speaker || undefined, context };
}

function groupQuotes(quotes: readonly QuoteMention[], paras: readonly Span[]): QuoteMention[][] {
  const out = pushEach(paras, (): QuoteMention[] => []);
  let pi = 0;
  for (const q of [...quotes].sort((a, b) => a.start - b.start)) {
    while (pi < paras.length && (paras[pi] as Span).end < q.start) pi++;
    out[pi]?.push(q);
  }
  return out;
}

