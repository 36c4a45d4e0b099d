/**
 * Quoted statements and who made them. Finds statements inside « », " " and “ ” (nested quotes stay part
 * of the statement; an unclosed quote is bounded, see marks.ts), leaves out quoted names and terms of one or
 * two words (statements.ts), and attributes a speaker to every sentence that names one ("قال …", "وأضاف …",
 * "said …"), carrying a speaker over to sentences that continue without naming one ("وتابع أن …").
 *
 * Carry-over: a reporting word with no named subject ("وأضاف أن", "He added", "مشيراً إلى") takes the most recent
 * speaker: earlier in its sentence (a named attribution, else the subject of an earlier clause that the verb
 * shares: "غير أن دبلوماسياً غربياً … بدا أقل تفاؤلاً، وقال"), then earlier in its paragraph, then the last speaker of the previous
 * paragraph, or of the one before it when the previous paragraph names nobody. It never crosses a paragraph
 * that names someone else (that one is the most recent), nor a heading (a short paragraph not ending like
 * prose). In subject-first languages the titled subject of another verb, or a name shown to be a person's,
 * also counts as the most recent ("Zakharova dismissed the criticism. \"…,\" she told reporters", "Ayse Demir,
 * 54, stood outside. \"…,\" she said"). A reporting word whose subject is there but could not be read with
 * confidence takes no speaker (see Attribution.unresolved); one coordinated with an earlier verb of its sentence
 * ("Russia bombed Aleppo and said …") takes that verb's subject or nobody (see Attribution.shared).
 *
 * A quote's speaker: the attribution right after its closing mark when it names someone ("…», قال لافروف",
 * "\"…,\" Kerry said"); else the nearest attribution before it in its sentence; else the first attribution of
 * its sentence; else, for a quote that opens its sentence, the most recent speaker (a quoted paragraph that
 * continues a statement). A sentence that begins inside a quote has the quote's speaker.
 */
import type { Locale } from "../../lang/types.js";
import type { Span } from "../../text/segment.js";
import { tokenize, type Token } from "../../text/tokenize.js";
import { findAttributions, type Attribution } from "../speakers/attributions.js";
import { openingSubject } from "../speakers/mentions.js";
import { namesSpelledApart, speechLexicon, type SpeechLexicon } from "../speakers/lexicon.js";
import { UnitReader, type KnownNames, type ParagraphView, type QuoteRef } from "../speakers/units.js";
import { findQuoteSpans, type QuoteSpan } from "./marks.js";
import { countQuotedWords, isQuotedStatement } from "./statements.js";
import { pushEach } from "../pushEach.js";
import type { WordLexicon } from "../../lang/lexicon.js";

export interface QuoteMention {
  /** Offset of the first non-space character inside the quotation marks. */
  start: number;
  /**
   * Offset after the last non-space character inside: just before the closing mark, or where an unclosed
   * quote was bounded (see marks.ts).
   */
  end: number;
  /** Offset of the opening mark. */
  open: number;
  /** Offset after the closing mark (equal to `end`'s bound when unclosed). */
  close: number;
  /** The words inside the marks, as written: text.slice(start, end). */
  text: string;
  /** Who said it, as named in the text ("وزير الخارجية الأميركي جون كيري"), when known. */
  speaker?: string;
  /** Set when no closing mark was found and the end was decided by the bounding rules. */
  unclosed?: boolean;
}

export interface SpeechAnalysis {
  quotes: QuoteMention[];
  /** For each paragraph, for each of its sentences: the speaker of the statement it reports, if any. */
  speakers: (string | undefined)[][];
  /**
   * For each paragraph, its attributions in text order: where the reporting phrase stands and whom it names
   * (after carry-over). Lets a caller tell a figure reported by the speaker ("قال إن … 2289") from one that
   * only shares the sentence with an attribution that comes after it.
   */
  attributions: AttributionSpan[][];
}

export interface AttributionSpan {
  /** Offset of the attribution's first token (reporting word or speaker phrase, whichever comes first). */
  start: number;
  /** Offset after its last token. */
  end: number;
  /** "source" and "relay" ("according to", "وفقاً لـ") name who stands behind what precedes them too. */
  kind: Attribution["kind"];
  speaker?: string;
}

// How many paragraphs back a speaker may carry over when the paragraphs between name nobody.
const CARRY_PARAGRAPHS = 2;
/** Most tokens between a verb's subject and a source that relays it ("، في بيان لها، وفق"). */
const RELAY_GAP = 7;
// A paragraph of one sentence with at most this many words, not ending like prose, is a heading.
const HEADING_WORDS = 12;
/** Most words of a quoted name after its noun («بيرتش باي روميو لين»); a statement after «نادي» runs longer. */
const NAMED_QUOTE_WORDS = 4;
const PROSE_ENDINGS = new Set([".", ":", "»", "”", '"', "’", "'", ")", "]", "…", "\u06D4", "!"]);

/**
 * Where the speech reading of a paragraph's text is kept between its copies in a run (extract/repeats.ts's
 * Entry). Wire copy is republished word for word, so most paragraphs of a large run have been read before.
 */
export interface SpeechSlot {
  speech: SharedSpeech | undefined;
}

/**
 * The last reading of a paragraph's text, kept for its later copies, with everything it read beyond its own
 * characters: it is handed to an article only when all of that is the same there.
 */
export interface SharedSpeech {
  /**
   * What the reading read beyond the paragraph's characters: its sentences (start and end of each, offsets from
   * the paragraph's start), the character right after it and the one at the next paragraph's start (see
   * charAfter), and the names the document spells apart (joined). Compared field by field, so an article's
   * later copy of the paragraph builds no key string.
   */
  sentences: number[];
  after: number;
  nextFirst: number;
  apart: string;
  /** Words asked of the names the document had met before the paragraph, and the answers. */
  asked: string[];
  answers: boolean[];
  /** Words the paragraph added to the known names. */
  added: string[];
  /** Quote spans as offsets from the paragraph's start. */
  reading: SpeechParagraph;
}

/**
 * What speech analysis reads of one paragraph by itself, given the names known before it: its quotes, and per
 * sentence the attributions with what the carry-over below asks of the paragraph's tokens. The carry-over
 * itself (speakers from earlier sentences and paragraphs) is worked out per article from this.
 */
interface SpeechParagraph {
  quotes: LocalQuote[];
  sentences: LocalSentence[];
  /** The readers of a reading not kept, asked for a sentence's opening subject only when needed; undefined when kept (read eagerly). */
  readers: UnitReader[] | undefined;
}

interface LocalSentence {
  lo: number;
  hi: number;
  atts: Attribution[];
  /** Per attribution: a source that relays the verb before it (see the loop in analyzeSpeech). */
  relays: readonly boolean[];
  /** The outermost quote holding the sentence's first token, or -1. */
  holder: number;
  /** The quotes that open in the sentence: quotes[quoteFrom..quoteTo). */
  quoteFrom: number;
  quoteTo: number;
  /** openingSubject of the sentence when it has no attribution and the reading is kept. */
  mentioned: Mention | undefined;
}

interface LocalQuote {
  span: QuoteSpan;
  statement: boolean;
  /** Token index of the opening mark. */
  openTok: number;
  /** The last attribution of its sentence whose reporting word comes before the opening mark, or -1. */
  before: number;
  /** The attribution right after the closing mark (see attributionAfter). */
  after: Attribution | undefined;
  /** The quote is the object of the verb `before` (see quotedObject). */
  objectOf: boolean;
}

type Mention = { speaker: string; person: boolean; plural: boolean };

/**
 * The document's known names as one paragraph's reading sees them: what it adds is kept apart, and every word
 * asked of the names from before it is noted with the answer, so a later copy of the paragraph knows whether
 * its own document would have answered the same.
 */
class NamesAsked {
  readonly asked: string[] = [];
  readonly answers: boolean[] = [];
  readonly added = new Set<string>();
  constructor(private readonly known: ReadonlySet<string>) {}
  has(norm: string): boolean {
    if (this.added.has(norm)) return true;
    const answer = this.known.has(norm);
    this.asked.push(norm);
    this.answers.push(answer);
    return answer;
  }
  add(norm: string): void {
    this.added.add(norm);
  }
}

/**
 * Analyse a document: `paragraphs` in order, and for each its sentences (as from text/segment.ts).
 * `tokens`, when given, holds for each paragraph tokenize(text, paragraph.start, paragraph.end), so a caller
 * that already tokenised the paragraphs does not pay for it twice. `slots`, when given, holds for each
 * paragraph read before in the run where its reading is kept (see SpeechSlot).
 */
export function analyzeSpeech(
  text: string,
  paragraphs: Span[],
  sentences: Span[][],
  locale: Locale,
  tokens?: readonly (readonly Token[])[],
  slots?: readonly (SpeechSlot | undefined)[],
): SpeechAnalysis {
  const lex = speechLexicon(locale);
  const quotes: QuoteMention[] = [];
  const speakers: (string | undefined)[][] = [];
  const attributions: AttributionSpan[][] = [];
  // Per paragraph: its last speaker, the body it mentioned after that (which "it" and "they" may mean, not
  // "he"), and whether it is a heading (which stops carry-over).
  const lastSpeaker: (string | undefined)[] = [];
  const lastBody: (string | undefined)[] = [];
  const heading: boolean[] = [];
  const knownNames = new Set<string>();
  // Speakers written as a person or people, whom "it" never means; and as several people, whom "he" never means.
  const persons = new Set<string>();
  const plurals = new Set<string>();
  const spelledApart = namesSpelledApart(text, lex);
  let apartKey: string | undefined;

  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p] as Span;
    const sents = sentences[p] ?? [];
    const next = paragraphs[p + 1];
    const paraTokens = tokens?.[p] ?? tokenize(text, para.start, para.end);
    const nextStart = next ? text[next.start] : undefined;
    const slot = slots?.[p];
    let local: SpeechParagraph;
    // Quote spans of a kept reading are offsets from the paragraph's start.
    let base = 0;
    if (slot === undefined) local = readSpeechParagraph(text, para, sents, nextStart, paraTokens, locale, lex, spelledApart, knownNames, false);
    else {
      apartKey ??= [...spelledApart].join("\u0000");
      const after = charAfter(text, para.end);
      const nextFirst = next ? charAfter(text, next.start) : -1;
      const kept = slot.speech;
      if (kept !== undefined && kept.after === after && kept.nextFirst === nextFirst && kept.apart === apartKey && sameSentences(kept.sentences, sents, para.start) && sameAnswers(kept, knownNames)) {
        for (const n of kept.added) knownNames.add(n);
        local = kept.reading;
        base = para.start;
      } else {
        const names = new NamesAsked(knownNames);
        local = readSpeechParagraph(text, para, sents, nextStart, paraTokens, locale, lex, spelledApart, names, true);
        for (const n of names.added) knownNames.add(n);
        slot.speech = keepSpeech(local, para.start, names, sentenceOffsets(sents, para.start), after, nextFirst, apartKey);
      }
    }

    const fromBefore = (personal: boolean): string | undefined => {
      for (let back = 1; back <= CARRY_PARAGRAPHS && p - back >= 0; back++) {
        if (heading[p - back]) return undefined;
        const s = (personal ? undefined : lastBody[p - back]) ?? lastSpeaker[p - back];
        if (s !== undefined) return s;
      }
      return undefined;
    };
    let recent: string | undefined;
    let recentBody: string | undefined;
    const quoteSpeaker: (string | undefined)[] = new Array(local.quotes.length);
    const paraSpeakers: (string | undefined)[] = [];
    const paraAttributions: AttributionSpan[] = [];

    for (let s = 0; s < local.sentences.length; s++) {
      const sentence = local.sentences[s] as LocalSentence;
      const list = sentence.atts;
      const resolved: (string | undefined)[] = [];
      let lastResolved: string | undefined;
      const context = (personal = false, impersonal = false, several = false): string | undefined => {
        const who = personal ? recent ?? fromBefore(true) : recentBody ?? recent ?? fromBefore(false);
        if (personal && who !== undefined && plurals.has(who)) return undefined;
        // "they" means a body or several people, never the one person named last.
        if (several && who !== undefined && persons.has(who) && !plurals.has(who)) return undefined;
        return impersonal && who !== undefined && persons.has(who) ? undefined : who;
      };
      for (let k = 0; k < list.length; k++) {
        const a = list[k] as Attribution;
        const prev = list[k - 1];
        // "ذكرت الصحيفة نقلاً عن مسؤولين": the relayed source is the one who made the statement.
        if (a.kind === "relay" && a.speaker !== undefined && prev && a.trigger - prev.spanLast <= 2) resolved[k - 1] = a.speaker;
        const carried = a.shared ? undefined : context(a.personal, a.impersonal, a.several);
        let who = sentence.relays[k] ? resolved[k - 1] : a.speaker ?? (a.unresolved ? undefined : lastResolved ?? a.implied ?? carried);
        if (a.impersonal && a.speaker === undefined && who !== undefined && persons.has(who)) who = undefined;
        if (a.several && a.speaker === undefined && who !== undefined && persons.has(who) && !plurals.has(who)) who = undefined;
        if (a.speaker !== undefined && a.person) persons.add(a.speaker);
        if (a.speaker !== undefined && a.plural) plurals.add(a.speaker);
        resolved.push(who);
        if (who !== undefined) lastResolved = who;
      }
      list.forEach((a, k) => {
        const span: AttributionSpan = { start: (paraTokens[a.spanFirst] as Token).start, end: (paraTokens[a.spanLast] as Token).end, kind: a.kind };
        const who = resolved[k];
        if (who !== undefined) span.speaker = who;
        paraAttributions.push(span);
      });

      // Quotes opening in this sentence, each with the nearest attribution before it.
      let lastQuoteSpeaker: string | undefined;
      for (let qp = sentence.quoteFrom; qp < sentence.quoteTo; qp++) {
        const ref = local.quotes[qp] as LocalQuote;
        if (!ref.statement) continue;
        const { after, before } = ref;
        let who: string | undefined;
        // "saying he had \"made a series of bad decisions,\" Kaplan stated that …": a quote opening right after a
        // verb or participle of speech, only words between, is its object, whoever speaks after it.
        if (after?.speaker !== undefined && !ref.objectOf) who = after.speaker;
        else if (before >= 0) who = resolved[before];
        else if (after) who = context(after.personal, after.impersonal, after.several);
        else if (list.length > 0) who = resolved[0];
        else if (ref.openTok === sentence.lo) who = context();
        quoteSpeaker[qp] = who;
        if (who !== undefined) lastQuoteSpeaker = who;
      }

      let speaker: string | undefined;
      if (list.length > 0) speaker = resolved[0];
      else {
        const holder = sentence.holder;
        if (holder >= 0 && (local.quotes[holder] as LocalQuote).statement) speaker = quoteSpeaker[holder];
        // A sentence whose own quote is attributed after it ("\"We are ready. We will act,\" Kerry said").
        speaker ??= lastQuoteSpeaker;
      }
      paraSpeakers.push(speaker);
      // The subject of another verb is who a following pronoun means (see openingSubject); a body only for
      // "it" and "they".
      const mentioned =
        list.length === 0 && speaker === undefined ? (local.readers ? openingSubject(local.readers[s] as UnitReader) : sentence.mentioned) : undefined;
      if (mentioned?.person) persons.add(mentioned.speaker);
      if (mentioned?.plural) plurals.add(mentioned.speaker);
      const last = lastResolved ?? lastQuoteSpeaker ?? speaker ?? (mentioned?.person ? mentioned.speaker : undefined);
      if (last !== undefined) {
        recent = last;
        recentBody = undefined;
      } else if (mentioned) recentBody = mentioned.speaker;
    }

    for (let q = 0; q < local.quotes.length; q++) {
      const ref = local.quotes[q] as LocalQuote;
      if (!ref.statement) continue;
      const span = ref.span;
      const start = span.start + base;
      const end = span.end + base;
      const mention: QuoteMention = { start, end, open: span.open + base, close: span.close + base, text: text.slice(start, end) };
      const who = quoteSpeaker[q];
      if (who !== undefined) mention.speaker = who;
      if (span.closeMark < 0) mention.unclosed = true;
      quotes.push(mention);
    }
    speakers.push(paraSpeakers);
    attributions.push(paraAttributions);
    lastSpeaker.push(recent);
    lastBody.push(recentBody);
    heading.push(isHeading(text, para, sents, paraTokens));
  }
  return { quotes, speakers, attributions };
}

/** The relays of a sentence without attributions (most sentences): one array, never written to. */
const NO_RELAYS: readonly boolean[] = [];

/**
 * The paragraph-local part of speech analysis: quote spans, attributions, and what the carry-over asks of the
 * paragraph's tokens. Reads the paragraph's characters and tokens, its sentences, the character after it (a
 * doubled apostrophe at its end), the first character of the next paragraph (a quote running on), the names
 * the document spells apart and the names it met before (through `names`), nothing else. `eager`: read every
 * opening subject now, for a reading that is kept.
 */
function readSpeechParagraph(
  text: string,
  para: Span,
  sents: readonly Span[],
  nextStart: string | undefined,
  paraTokens: readonly Token[],
  locale: Locale,
  lex: SpeechLexicon,
  spelledApart: ReadonlySet<string>,
  names: KnownNames,
  eager: boolean,
): SpeechParagraph {
  const spans = findQuoteSpans(text, para, sents.map((s) => s.end), nextStart);
  const view = makeView(text, paraTokens, spans, locale.stopwords, spelledApart, lex);
  const ranges = sentenceRanges(paraTokens, sents);
  const readers = pushEach(ranges, ([lo, hi]) => new UnitReader(view, lex, lo, hi, names));
  const atts = pushEach(readers, (r) => (r.lo <= r.hi ? findAttributions(r) : []));
  const byFirst = new Map<number, Attribution>();
  for (const list of atts) for (const a of list) if (!byFirst.has(a.spanFirst)) byFirst.set(a.spanFirst, a);

  const quotes: LocalQuote[] = [];
  for (const ref of view.quotes) quotes.push({ span: ref.span, statement: ref.statement, openTok: ref.openTok, before: -1, after: undefined, objectOf: false });
  const sentences: LocalSentence[] = [];
  let qp = 0; // first quote not yet reached; quotes and attributions are in text order
  for (let s = 0; s < ranges.length; s++) {
    const [lo, hi] = ranges[s] as [number, number];
    const list = atts[s] as Attribution[];
    const relays: boolean[] = list.length === 0 ? (NO_RELAYS as boolean[]) : [];
    for (let k = 0; k < list.length; k++) {
      const a = list[k] as Attribution;
      const prev = list[k - 1];
      // "وأشارت الأركان، في بيان لها، وفق وكالة (الأناضول)، إلى أن …": a source named right after a verb
      // and its subject, before the verb's complement, is who relayed the statement, not who made it.
      relays.push(a.kind === "source" && prev?.kind === "verb" && prev.speaker !== undefined && a.trigger - prev.spanLast <= RELAY_GAP && !complementBetween(view, lex, prev.spanLast, a.trigger));
    }
    while (qp < view.quotes.length && (view.quotes[qp] as QuoteRef).openTok < lo) qp++;
    const quoteFrom = qp;
    let before = -1;
    for (; qp < view.quotes.length && (view.quotes[qp] as QuoteRef).openTok <= hi; qp++) {
      const ref = view.quotes[qp] as QuoteRef;
      while (before + 1 < list.length && (list[before + 1] as Attribution).trigger < ref.openTok) before++;
      const q = quotes[qp] as LocalQuote;
      q.before = before;
      if (!ref.statement) continue;
      q.after = ref.closeTok >= 0 ? attributionAfter(view, lex, ref.closeTok, byFirst) : undefined;
      q.objectOf = before >= 0 && quotedObject(view, list[before] as Attribution, ref.openTok);
    }
    const holder = view.quoteOf[lo] ?? -1;
    sentences.push({ lo, hi, atts: list, relays, holder, quoteFrom, quoteTo: qp, mentioned: undefined });
  }
  if (!eager) return { quotes, sentences, readers };
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s] as LocalSentence;
    if (sentence.atts.length === 0) sentence.mentioned = openingSubject(readers[s] as UnitReader);
  }
  return { quotes, sentences, readers: undefined };
}

/** The character code at `i`, or -2 past the text's end (kept readings compare it; NaN never equals itself). */
function charAfter(text: string, i: number): number {
  return i < text.length ? text.charCodeAt(i) : -2;
}

/** Start and end of each sentence, as offsets from the paragraph's start. */
function sentenceOffsets(sents: readonly Span[], base: number): number[] {
  const out: number[] = [];
  for (const s of sents) out.push(s.start - base, s.end - base);
  return out;
}

/** Whether `sents` are the kept sentences (offsets from the paragraph's start `base`). */
function sameSentences(kept: readonly number[], sents: readonly Span[], base: number): boolean {
  if (kept.length !== 2 * sents.length) return false;
  for (let i = 0; i < sents.length; i++) {
    const s = sents[i] as Span;
    if (kept[2 * i] !== s.start - base || kept[2 * i + 1] !== s.end - base) return false;
  }
  return true;
}

/** Whether the document's known names answer every word a kept reading asked as they did for it. */
function sameAnswers(kept: SharedSpeech, known: ReadonlySet<string>): boolean {
  for (let i = 0; i < kept.asked.length; i++) if (known.has(kept.asked[i] as string) !== kept.answers[i]) return false;
  return true;
}

/**
 * A reading to keep: quote spans as offsets from the paragraph's start, and strings copied out of the article
 * (a slice of it would keep the whole article alive). Attributions are read, never changed, by the carry-over.
 */
function keepSpeech(local: SpeechParagraph, start: number, names: NamesAsked, sentences: number[], after: number, nextFirst: number, apart: string): SharedSpeech {
  const quotes: LocalQuote[] = [];
  for (const q of local.quotes) {
    const s = q.span;
    const span: QuoteSpan = { open: s.open - start, start: s.start - start, end: s.end - start, close: s.close - start, closeMark: s.closeMark < 0 ? -1 : s.closeMark - start, family: s.family };
    quotes.push({ span, statement: q.statement, openTok: q.openTok, before: q.before, after: q.after, objectOf: q.objectOf });
  }
  for (const sentence of local.sentences) {
    for (const a of sentence.atts) {
      if (a.speaker !== undefined) a.speaker = detached(a.speaker);
      if (a.implied !== undefined) a.implied = detached(a.implied);
    }
    const m = sentence.mentioned;
    if (m !== undefined) sentence.mentioned = { speaker: detached(m.speaker), person: m.person, plural: m.plural };
  }
  return {
    sentences,
    after,
    nextFirst,
    apart: detached(apart),
    asked: names.asked.map(detached),
    answers: names.answers,
    added: [...names.added].map(detached),
    reading: { quotes, sentences: local.sentences, readers: undefined },
  };
}

/** A copy of `s` that shares no characters with the article it was cut from (see repeats.ts's detached). */
function detached(s: string): string {
  return s.length < 13 ? s : ("\u0000" + s).slice(1);
}

/** Tokens and quotes of one paragraph, with each token's outermost quote. */
function makeView(
  text: string,
  tokens: readonly Token[],
  spans: readonly QuoteSpan[],
  stopwords: ReadonlySet<string>,
  spelledApart: ReadonlySet<string>,
  lex: SpeechLexicon,
): ParagraphView {
  // A paragraph without quotes shares one array of its length, filled with -1, with every other such paragraph.
  if (spans.length === 0) return { text, tokens, quoteOf: outsideQuotes(tokens.length), quotes: [], spelledApart };
  // A plain array: a typed array of more than a few elements gets its memory outside the heap, which costs
  // more to get and to free than the paragraph's reading of it saves.
  const quoteOf: number[] = [];
  for (let t = 0; t < tokens.length; t++) quoteOf.push(-1);
  const quotes: QuoteRef[] = [];
  let t = 0;
  for (const span of spans) {
    while (t < tokens.length && (tokens[t] as Token).start < span.open) t++;
    const openTok = t;
    let firstTok = -1;
    let lastTok = -1;
    let closeTok = -1;
    for (; t < tokens.length && (tokens[t] as Token).start < span.close; t++) {
      const tok = tokens[t] as Token;
      quoteOf[t] = quotes.length;
      if (tok.start === span.closeMark) closeTok = t;
      else if (tok.start >= span.start && tok.end <= span.end) {
        if (firstTok < 0) firstTok = t;
        lastTok = t;
      }
    }
    const statement =
      firstTok >= 0 &&
      isQuotedStatement(tokens, firstTok, lastTok, stopwords) &&
      !namedByHead(tokens, openTok, firstTok, lastTok, lex.quotedNameHeads) &&
      !namedSubject(tokens, openTok, closeTok, firstTok, lastTok, lex) &&
      !quotedBodyName(tokens, firstTok, lastTok, lex);
    quotes.push({ span, statement, openTok, closeTok, firstTok: firstTok < 0 ? openTok + 1 : firstTok, lastTok: firstTok < 0 ? openTok : lastTok });
  }
  return { text, tokens, quoteOf, quotes, spelledApart };
}

/** Arrays of -1 by length, never written to: ParagraphView.quoteOf for paragraphs without quotes. */
const unquoted = new Map<number, readonly number[]>();
/** Longest paragraph (in tokens) whose array is kept; longer ones get their own. */
const UNQUOTED_LIMIT = 4096;

function outsideQuotes(length: number): readonly number[] {
  let list = unquoted.get(length);
  if (list === undefined) {
    const made: number[] = [];
    for (let t = 0; t < length; t++) made.push(-1);
    if (length <= UNQUOTED_LIMIT) unquoted.set(length, made);
    list = made;
  }
  return list;
}

/**
 * A short quotation right after a noun of a named place, firm or work is its name («ملهى "بيرتش باي روميو لين"»):
 * outlets transliterate such names each their own way, and two spellings are no two wordings of a statement.
 * The noun as listed (no article): «وقال مدير الملهى "لن نفتح أبوابنا"» ends a speaker's title, not a name.
 */
function namedByHead(tokens: readonly Token[], openTok: number, firstTok: number, lastTok: number, nameHeads: WordLexicon<true>): boolean {
  const head = tokens[openTok - 1];
  if (head?.kind !== "word" || !nameHeads.match(head.norm, { prefixes: false, suffixes: false })) return false;
  return countQuotedWords(tokens, firstTok, lastTok) <= NAMED_QUOTE_WORDS;
}

/**
 * «وحسب بيان «الجهاز المركزي للتعبئة العامة والإحصاء» الصادر …»: a body's name in quotation marks, as some papers
 * mark every institution they name. Where names are marked by definiteness, a name is a body's word, then only determined words
 * (its adjectives and genitives: «المركزي», «للتعبئة», «والإحصاء»); a statement has a verb or an undetermined
 * predicate («"الحكومة مسؤولة عن الأزمة"»).
 */
function quotedBodyName(tokens: readonly Token[], firstTok: number, lastTok: number, lex: SpeechLexicon): boolean {
  if (lex.definitePrefixes.length === 0 || lastTok - firstTok + 1 > BODY_NAME_WORDS) return false;
  const head = tokens[firstTok];
  if (head?.kind !== "word" || lex.titles.match(head.norm)?.value !== "body") return false;
  for (let t = firstTok + 1; t <= lastTok; t++) {
    const w = tokens[t] as Token;
    if (w.kind !== "word" || !(lex.definitePrefixes.some((p) => w.norm.startsWith(p)) || lex.genitivePrefixes.some((p) => w.norm.startsWith(p)))) return false;
  }
  return lastTok > firstTok;
}

/** Longest body's name in quotation marks, in tokens (see quotedBodyName). */
const BODY_NAME_WORDS = 8;

/**
 * «وأكد «محمد شياع السوداني» أن …»: a short quotation between a verb of speech and its complementiser is the
 * verb's subject, a name in marks; the statement is the clause after «أن». A quoted statement after its verb
 * is followed by the sentence's end, a comma or an attribution, never by a bare complementiser.
 */
function namedSubject(tokens: readonly Token[], openTok: number, closeTok: number, firstTok: number, lastTok: number, lex: SpeechLexicon): boolean {
  const verb = tokens[openTok - 1];
  const next = tokens[closeTok + 1];
  if (closeTok < 0 || verb?.kind !== "word" || next?.kind !== "word") return false;
  if (!lex.complementisers.has(next.norm) || lex.conjunctionPrefixes.some((c) => next.norm.startsWith(c) && lex.complementisers.has(next.norm.slice(c.length)))) return false;
  const m = lex.triggers.matchAt(tokens, openTok - 1);
  if (m === undefined || m.last !== openTok || m.value.kind !== "verb") return false;
  return countQuotedWords(tokens, firstTok, lastTok) <= NAMED_QUOTE_WORDS;
}

/** For each sentence, the inclusive range of token indices whose tokens start inside it ([lo, lo-1] when none). */
function sentenceRanges(tokens: readonly Token[], sents: readonly Span[]): [number, number][] {
  const out: [number, number][] = [];
  let t = 0;
  for (const s of sents) {
    while (t < tokens.length && (tokens[t] as Token).start < s.start) t++;
    const lo = t;
    while (t < tokens.length && (tokens[t] as Token).start < s.end) t++;
    out.push([lo, t - 1]);
  }
  return out;
}

/** Whether a complementiser, a quote or a figure stands between two tokens: the verb's complement has begun. */
function complementBetween(view: ParagraphView, lex: SpeechLexicon, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const t = view.tokens[k] as Token;
    if (t.kind === "digits" || (view.quoteOf[k] as number) >= 0 || lex.complementisers.has(t.norm)) return true;
  }
  return false;
}

/** The attribution that starts right after a closing mark, past commas. */
/** Words a quote may open after its verb of speech and still be its object ("saying he had \"…\""). */
const OBJECT_GAP = 4;

function quotedObject(view: ParagraphView, a: Attribution, openTok: number): boolean {
  if (a.kind !== "verb" && a.kind !== "participle") return false;
  if (openTok <= a.spanLast || openTok - a.spanLast - 1 > OBJECT_GAP) return false;
  for (let k = a.spanLast + 1; k < openTok; k++) if ((view.tokens[k] as Token).kind !== "word") return false;
  return true;
}

function attributionAfter(view: ParagraphView, lex: SpeechLexicon, closeTok: number, byFirst: ReadonlyMap<number, Attribution>): Attribution | undefined {
  let k = closeTok + 1;
  while (k < view.tokens.length) {
    const t = view.tokens[k] as Token;
    if (t.kind === "punct" && (t.text === "," || t.text === "\u060C")) k++;
    else break;
  }
  const a = byFirst.get(k);
  if (a === undefined || !endsInsideQuote(view, closeTok)) return a;
  return endsItsClause(view, lex, a.spanLast) ? a : undefined;
}

/** The quoted words end with a full stop inside the marks ("… in the coming hours."): the sentence ends there. */
function endsInsideQuote(view: ParagraphView, closeTok: number): boolean {
  const last = view.tokens[closeTok - 1];
  return last !== undefined && last.kind === "punct" && last.text === ".";
}

/**
 * After a statement that ended its sentence, an attribution is the statement's only when nothing of its own
 * follows it ("\"….\" Johnson said on Monday."): a verb with an object or a clause of its own ("The government
 * had reported 19 deaths", "The ministry said that …") starts the next statement.
 */
function endsItsClause(view: ParagraphView, lex: SpeechLexicon, spanLast: number): boolean {
  const next = view.tokens[spanLast + 1];
  if (next === undefined || next.kind === "punct") return true;
  if (lex.complementisers.has(next.norm) || lex.determiners.has(next.norm)) return false;
  return lex.prepositions.has(next.norm) || lex.adverbs.has(next.norm) || lex.listeners.has(next.norm) || lex.breakers.has(next.norm);
}

function isHeading(text: string, para: Span, sents: readonly Span[], tokens: readonly Token[]): boolean {
  if (sents.length > 1) return false;
  let words = 0;
  for (const t of tokens) if (t.kind === "word" && ++words > HEADING_WORDS) return false;
  const last = text[para.end - 1];
  return last === undefined || !PROSE_ENDINGS.has(last);
}
