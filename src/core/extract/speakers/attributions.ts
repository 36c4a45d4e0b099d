/**
 * Attributions in one sentence: each reporting word outside quotes, with the speaker it names, if any.
 *
 * A verb's subject is looked for where the locale's word order puts it (see SpeechWords.subjectOrder):
 * - verbFirst: a phrase right before the verb, if it opens its clause ("… أن دميتري بيسكوف المتحدث … قال") or
 *   from its first title ("ثم عاد المتحدث باسم الكرملين ديمتري بيسكوف وأكد", "الرئيس الأمريكي بدوره أكد");
 *   else the phrase after it ("قال وزير الخارجية …"); else a phrase that opens its clause before it across one
 *   comma ("لكن السناتور … ماكين، اكد").
 * - subjectFirst: the phrase before the verb ("Foreign Minister Sergei Lavrov told"), with an appositive between
 *   commas ("Kerry, the secretary of state, said"); when only punctuation or a quote stands before the verb,
 *   the phrase after it ("\"…,\" said Lavrov").
 * Between a subject and its verb an adverbial of time or place may stand ("President Vladimir Putin on Tuesday
 * told", "Lavrov in Moscow said"); subjects may be coordinated ("the United States and Saudi Arabia said").
 * A pronoun subject, or none, leaves the attribution unnamed: the speaker carries over from earlier, after the
 * subject of an earlier clause of the sentence, which the verb shares (see impliedSubject). Words in
 * the subject's place that cannot be read as a speaker with confidence leave it unresolved: no speaker, and
 * none carried over. A verb after a negation or a relative pronoun, or (subjectFirst) after a word that
 * cannot end a subject ("would say"), is no attribution; so is a source phrase whose noun is no title, body or
 * name ("بحسب الحاجة", "according to the plan"), and a verb that needs a complement and has none.
 */
import type { Token } from "../../text/tokenize.js";
import { fold } from "../../text/normalize.js";
import type { SpeechTrigger, SpeechTriggerKind } from "../quotes/words.js";
import type { SpeechLexicon } from "./lexicon.js";
import { adverbialStartsLeft } from "./adverbials.js";
import { impliedSubject, isPerson, isPlural } from "./mentions.js";
import { APPOSITIVE_WINDOW, caseLength, caseStartLeft, collectLeft, collectRight, constructLength, endsName, knownName, ledByTitle, names, namesSomeone, type Candidate } from "./phrase.js";
import { apposedName, determinedFirstName, titleTail } from "./titleTail.js";
import { isClauseBoundary, isColon, isComma, opensComplement, speakerText, type QuoteRef, type Unit, type UnitReader } from "./units.js";

export interface Attribution {
  kind: SpeechTriggerKind;
  /** Token indices (in the paragraph) of the reporting word or phrase. */
  trigger: number;
  triggerLast: number;
  /** Token indices of the whole attribution, speaker phrase included. */
  spanFirst: number;
  spanLast: number;
  /** The speaker as written, when the attribution names one. */
  speaker?: string;
  /**
   * Set when words stand where the subject goes but cannot be read as a speaker with confidence ("وأعلن أمس
   * زيارة مرتقبة لوزير …"): the attribution has no speaker, and none is carried over to it.
   */
  unresolved?: boolean;
  /**
   * For an attribution that names nobody: the subject of an earlier clause of its sentence, which the verb
   * shares ("غير أن دبلوماسياً غربياً … بدا أقل تفاؤلاً، وقال", "Zakharova dismissed the criticism, adding").
   * It comes before any speaker carried over from earlier sentences.
   */
  implied?: string;
  /** The subject can only be the one of its own sentence ("… and said"): nothing is carried over to it. */
  shared?: boolean;
  /** The subject is a pronoun that refers to a person only ("he said"): no body is carried over to it. */
  personal?: boolean;
  /** The subject is a pronoun that never refers to people ("it said"): no person is carried over to it. */
  impersonal?: boolean;
  /** The subject is a pronoun that means several ("they said"): no single person is carried over to it. */
  several?: boolean;
  /** The written speaker names a person or people (see isPerson), whom a later "it" does not mean. */
  person?: boolean;
  /** The written speaker names several people (see isPlural), whom a later "he" or "she" does not mean. */
  plural?: boolean;
}

// How far after a verb that needs a complement the complement may start (tokens).
const COMPLEMENT_WINDOW = 20;
// How many adverbs may stand between a verb and its subject.
const MAX_ADVERBS = 3;

/**
 * "unnamed": no subject is written (a pronoun, or none); "shared": the verb shares the subject of an earlier
 * clause of its sentence ("… seemed less upbeat and said").
 */
type Subject = { units: Unit[] } | "unnamed" | "shared" | "unresolved" | "none";

export function findAttributions(r: UnitReader): Attribution[] {
  const out: Attribution[] = [];
  const { tokens, quoteOf, quotes } = r.view;
  for (let i = r.lo; i <= r.hi; i++) {
    const q = quoteOf[i] as number;
    if (q >= 0) {
      // Reporting words inside a quote belong to the quoted speaker's own report.
      const ref = quotes[q] as QuoteRef;
      i = Math.max(i, ref.closeTok >= 0 ? ref.closeTok : ref.lastTok);
      continue;
    }
    if ((tokens[i] as Token).kind !== "word" || !r.lex.triggers.matchAt(tokens, i)) continue;
    const u = r.at(i);
    if (u.kind !== "trigger") continue;
    i = u.last;
    const spec = r.lex.triggers.matchAt(tokens, u.first)?.value as SpeechTrigger;
    const before = u.first > r.lo ? r.endingAt(u.first - 1) : undefined;
    if (before && (r.lex.negations.has(before.norm) || r.lex.relatives.has(before.norm))) continue;
    if (before?.preposition && spec.nounAfterPreposition) continue;
    if (possessed(tokens, u.first)) continue;
    const found = attribution(r, u, spec);
    if (found) out.push(found);
  }
  return out;
}

/**
 * "the company's claims to have developed", "Russia's reports": a reporting word ending in -s right after a
 * possessive is a plural noun, not a verb ("the minister's said" is "has said", so only the -s forms).
 */
function possessed(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const s = tokens[i - 1];
  const mark = tokens[i - 2];
  return t.norm.length > 2 && t.norm.endsWith("s") && s?.norm === "s" && !s.spaceBefore && mark?.kind === "punct" && (mark.text === "'" || mark.text === "\u2019");
}

function attribution(r: UnitReader, trigger: Unit, spec: SpeechTrigger): Attribution | undefined {
  let subject: Subject;
  if (spec.kind === "participle") subject = "unnamed";
  else if (spec.kind === "source" || spec.kind === "relay") subject = sourcePhrase(r, trigger.last + 1);
  else subject = r.lex.words.subjectOrder === "verbFirst" ? verbFirstSubject(r, trigger, spec) : subjectFirstSubject(r, trigger, spec.listenerAfter === true);
  if (subject === "none") return undefined;
  // "وأعلنت الهدنة": an event is no speaker; the verb is a passive, or its subject is not one the article names.
  if (typeof subject === "object" && spec.kind === "verb") {
    const head = subjectHead(r, subject.units);
    if (head && !head.quote && r.lex.nonSpeakers.match(head.norm)) subject = "unresolved";
    // «واتهم «حزب الله» بالوقوف وراءه»: a quoted name right after a verb of accusing is its object; the
    // subject is unwritten, the one named before.
    else if (subject.units[0]?.quote && subject.units[0].first === trigger.last + 1 && r.lex.objectVerbs.match(trigger.norm)) subject = "unnamed";
  }
  const att: Attribution = { kind: spec.kind, trigger: trigger.first, triggerLast: trigger.last, spanFirst: trigger.first, spanLast: trigger.last };
  if (typeof subject === "object" && spec.relayPreposition !== undefined) {
    const relayed = relayedSource(r, subject.units, spec.relayPreposition);
    if (relayed) subject = relayed;
  }
  if (subject === "unresolved") att.unresolved = true;
  else if (subject === "unnamed" || subject === "shared") {
    const before = trigger.first > r.lo ? r.endingAt(trigger.first - 1) : undefined;
    if (subject === "unnamed" && before?.kind === "pronoun" && r.lex.personalPronouns.has(before.norm)) att.personal = true;
    if (subject === "unnamed" && before?.kind === "pronoun" && r.lex.impersonalPronouns.has(before.norm)) att.impersonal = true;
    if (subject === "unnamed" && before?.kind === "pronoun" && r.lex.pluralPronouns.has(before.norm)) att.several = true;
    const implied = impliedSubject(r, trigger);
    const oneOnly = (u: Unit[]) => isPerson(u) && !isPlural(u, r);
    if (implied && !(att.personal && !isPerson(implied)) && !(att.impersonal && isPerson(implied)) && !(att.several && oneOnly(implied))) att.implied = speakerText(r.view, implied);
    if (subject === "shared") att.shared = true;
  } else {
    const first = subject.units[0] as Unit;
    const last = subject.units[subject.units.length - 1] as Unit;
    att.spanFirst = Math.min(att.spanFirst, first.first);
    att.spanLast = Math.max(att.spanLast, last.last);
    att.speaker = speakerText(r.view, subject.units);
    if (isPerson(subject.units)) att.person = true;
    if (isPlural(subject.units, r)) att.plural = true;
    for (const u of subject.units) if (u.kind === "word" && u.named && !u.person && !u.body && !u.quote) r.knownNames.add(u.norm);
  }
  if (subject === "unnamed" && spec.kind === "verb") {
    // A pronoun subject is part of the attribution ("\"…,\" he said").
    const before = trigger.first > r.lo ? r.endingAt(trigger.first - 1) : undefined;
    if (before?.kind === "pronoun") att.spanFirst = before.first;
  }
  const asSaid = trigger.first > r.lo && r.lex.asMarkers.has(r.endingAt(trigger.first - 1).norm);
  if (spec.needsComplement && !asSaid && !hasComplement(r, att.spanLast + 1) && !followsStatement(r, att.spanFirst)) return undefined;
  return att;
}

/**
 * Under case marking, a phrase that runs up to a number is a designation, not someone who speaks: "according
 * to Article 5 of the treaty", "Flight 9268 records", "Resolution 2254". A missed speaker costs less than a
 * wrong one.
 */
function numbered(r: UnitReader, units: readonly Unit[], cand: Candidate): boolean {
  const last = units[units.length - 1];
  if (!last || units.length !== cand.units.length || !cand.stop) return false;
  const next = r.view.tokens[cand.stop.first];
  return cand.stop.first === last.last + 1 && next?.kind === "digits";
}

/** The source named after "according to", "بحسب", "وفقاً لـ", "نقلاً عن". */
function sourcePhrase(r: UnitReader, k: number): Subject {
  if (k > r.hi) return "none";
  const { tokens } = r.view;
  let first = r.at(k);
  const lex = r.lex;
  // The preposition written apart ("وفقاً لـ وزارة …").
  if (first.kind !== "trigger" && lex.sourcePrefixes.some(([p]) => p === first.norm) && first.last + 1 <= r.hi) {
    k = first.last + 1;
    first = r.at(k);
  }
  const t = tokens[k] as Token;
  for (const [prefix, replacement] of lex.sourcePrefixes) {
    if (!t.norm.startsWith(prefix) || t.norm.length < prefix.length + 2) continue;
    const stripped = r.withoutPrefix(k, prefix, replacement);
    if (stripped && stripped.kind === "word" && (stripped.person || stripped.body)) {
      first = stripped;
      break;
    }
  }
  const cand = collectRight(r, k, first);
  if (lex.words.nameMarking === "case") {
    const units = cand.units.slice(0, caseLength(cand.units));
    if (numbered(r, units, cand)) return "none";
    return units.length > 0 && ledByTitle(units, lex) ? { units } : "none";
  }
  const n = constructLength(cand.units, { isKnownName: knownName(r), familyNames: true });
  const units = cand.units.slice(0, n);
  if (n === 0 || !ledByTitle(units, lex)) return "none";
  return { units: (n === cand.units.length && (titleTail(r, units, cand.stop, true) ?? apposedName(r, units, cand.stop))) || units };
}

/** "نقلت وكالة … عن مصدر عسكري": the source named after the teller, past a quoted name. */
function relayedSource(r: UnitReader, teller: readonly Unit[], preposition: string): { units: Unit[] } | undefined {
  const last = teller[teller.length - 1] as Unit;
  let k = last.last + 1;
  if (k > r.hi) return undefined;
  let u = r.at(k);
  // A quoted name right after the teller ("وكالة «سبوتنيك»") is read with it; one more unit is allowed.
  if (u.kind === "word" && u.quote) {
    k = u.last + 1;
    if (k > r.hi) return undefined;
    u = r.at(k);
  }
  if (u.norm !== fold(preposition)) return undefined;
  const source = sourcePhrase(r, u.last + 1);
  return typeof source === "object" ? source : undefined;
}

function verbFirstSubject(r: UnitReader, verb: Unit, spec: SpeechTrigger): Subject {
  // «وأكد مقتل 41 عاملا», «أفادت بإرسال …»: the verb's object right after it; its subject is unsaid.
  if (objectNounAfter(r, verb)) {
    const left = gluedConjunction(r, verb) ? undefined : leftPhrase(r, verb, false);
    return left ? { units: left } : "unnamed";
  }
  const adjacent = leftPhrase(r, verb, false);
  if (adjacent) return { units: adjacent };
  const right = rightPhrase(r, verb.last + 1, spec.noObject === true, spec.noObject === true || spec.noDirectObject === true);
  if (Array.isArray(right)) return { units: beforeObjectNoun(r, right) };
  const acrossComma = leftPhrase(r, verb, true);
  if (acrossComma) return { units: acrossComma };
  return right === "doubtful" ? "unresolved" : "unnamed";
}

/** Whether a verbal noun that is the verb's object (see SpeechWords.objectNouns) stands right after the verb. */
function objectNounAfter(r: UnitReader, verb: Unit): boolean {
  if (r.lex.objectNouns.size === 0 || verb.last + 1 > r.hi) return false;
  const t = r.view.tokens[verb.last + 1] as Token;
  return t.kind === "word" && r.lex.objectNouns.match(t.norm) !== undefined;
}

/**
 * «وأعلنت دائرة صحة نينوى وفاة 107»: an indefinite chain runs on into the object; it ends before its verbal noun
 * written without the article.
 */
function beforeObjectNoun(r: UnitReader, units: Unit[]): Unit[] {
  if (r.lex.objectNouns.size === 0) return units;
  for (let i = 1; i < units.length; i++) {
    const u = units[i] as Unit;
    if (u.kind !== "word" || u.person || u.body) continue;
    // With the article it is a genitive of the name («وزارة النقل»), not the object.
    const m = r.lex.objectNouns.match(u.norm);
    if (m && !m.prefix.endsWith("ال")) return units.slice(0, i);
  }
  return units;
}

/** Whether the verb's first word carries a glued conjunction («وأكد»): the words before it end another clause. */
function gluedConjunction(r: UnitReader, verb: Unit): boolean {
  const norm = (r.view.tokens[verb.first] as Token).norm;
  return r.lex.conjunctionPrefixes.some((p) => norm.length > p.length + 2 && norm.startsWith(p));
}

function subjectFirstSubject(r: UnitReader, verb: Unit, listenerAfter: boolean): Subject {
  const after = (): Subject => (listenerAfter ? "unnamed" : rightOrUnnamed(r, verb));
  const j = skipAdverbsLeft(r, verb.first - 1);
  if (j < r.lo) return after();
  const u = r.endingAt(j);
  if (u.kind === "pronoun") return "unnamed";
  if (u.kind === "punct" && isComma(u.norm)) {
    const apposed = appositive(r, u);
    return apposed ? { units: apposed } : after();
  }
  if (u.kind === "punct" || u.kind === "statement") return after();
  if (r.lex.coordinators.has(u.norm)) return "shared";
  const left = u.kind === "word" || u.kind === "det" || u.kind === "link" ? leftPhrase(r, verb, false) : undefined;
  if (left) return { units: left };
  // "President Vladimir Putin on Tuesday told", "Lavrov in Moscow said": past an adverbial of time or place,
  // the longest first ("The ministry in a statement on Tuesday said" is the ministry's).
  for (const end of adverbialStartsLeft(r, j).reverse()) {
    const phrase = phraseEndingAt(r, end);
    if (phrase) return { units: phrase };
  }
  return "none";
}

/**
 * The word of a subject phrase that says what it is: its first word where the verb comes first («الهدنة» in
 * «وأعلنت الهدنة»); where the subject comes first, its last word before a link ("Maharashtra's worst landslide",
 * "the storm of the century").
 */
function subjectHead(r: UnitReader, units: readonly Unit[]): Unit | undefined {
  if (r.lex.words.subjectOrder !== "subjectFirst") return units.find((u) => u.kind === "word");
  let head: Unit | undefined;
  for (const u of units) {
    if (u.kind === "link") break;
    if (u.kind === "word") head = u;
  }
  return head;
}

function rightOrUnnamed(r: UnitReader, verb: Unit): Subject {
  const right = rightPhrase(r, verb.last + 1);
  return Array.isArray(right) ? { units: right } : "unnamed";
}

/**
 * The subject phrase after a verb, past adverbs ("قال أمس وزير …"); "none" when no phrase stands there,
 * "doubtful" when words stand there that cannot be read as a speaker with confidence. With `noObject`, a phrase
 * that more words follow is no subject (see SpeechTrigger.noObject); with `noDirectObject`, a bare name before a
 * preposition is the subject.
 */
function rightPhrase(r: UnitReader, k: number, noObject = false, noDirectObject = false): Unit[] | "none" | "doubtful" {
  for (let n = 0; k <= r.hi && n < MAX_ADVERBS; n++) {
    const u = r.at(k);
    if (u.kind !== "break" || !r.lex.adverbs.has(u.norm)) break;
    k = u.last + 1;
  }
  if (k > r.hi) return "none";
  const cand = collectRight(r, k);
  if (cand.units.length === 0) return "none";
  if (r.lex.words.nameMarking === "case") {
    const n = caseLength(cand.units);
    const units = cand.units.slice(0, n);
    if (numbered(r, units, cand)) return "none";
    return n > 0 && namesSomeone(units) ? units : "none";
  }
  const n = constructLength(cand.units, {
    isKnownName: knownName(r),
    endsAtPreposition: !noDirectObject && cand.stop?.preposition === true,
    familyNames: noObject || noDirectObject || opensComplement(cand.stop) || commaThenComplement(r, cand.stop),
  });
  // After a verb that takes no object, words left over are no object: only a link that ends a name opens them
  // ("القاضي … المرزوقي لدى النطق بالحكم", upon giving the verdict).
  const rest = cand.units.slice(n);
  const given = n <= 1 ? determinedFirstName(r, cand.units[0] as Unit, noObject) : undefined;
  if (given) return given;
  if (noObject && rest.some((u) => u.kind === "word") && !(n > 0 && endsName(rest[0]!))) return "none";
  if (n === 0) return "doubtful";
  const units = cand.units.slice(0, n);
  return (n === cand.units.length && (titleTail(r, units, cand.stop, noObject || noDirectObject) ?? apposedName(r, units, cand.stop))) || units;
}


/**
 * «وأوضح الناطق الإعلامي المقدم سعيد المنتشري، أن …»: a comma between the subject and its complement, where no
 * object can stand either.
 */
function commaThenComplement(r: UnitReader, stop: Unit | undefined): boolean {
  if (!stop || stop.kind !== "punct" || !isComma(stop.norm) || stop.last + 1 > r.hi) return false;
  return r.at(stop.last + 1).kind === "comp";
}

/**
 * The subject phrase ending right before a verb (past adverbs and, when allowed, one comma). Across a comma
 * the phrase must open its clause ("لكن السناتور الاميركي جون ماكين، اكد"): what precedes a comma is most
 * often the end of the clause before.
 */
function leftPhrase(r: UnitReader, verb: Unit, acrossComma: boolean): Unit[] | undefined {
  let j = skipAdverbsLeft(r, verb.first - 1);
  if (j < r.lo) return undefined;
  const u = r.endingAt(j);
  if (u.kind === "punct" && isComma(u.norm)) {
    if (!acrossComma) return undefined;
    j = skipAdverbsLeft(r, u.first - 1);
    if (j < r.lo) return undefined;
  } else if (acrossComma) return undefined;
  return phraseEndingAt(r, j, !acrossComma);
}

/**
 * "prior to announcing the sentence Davila said": a name after a plain common noun, with no title or body before
 * it, is the subject, and the noun ends the clause before (an object). Titles keep the phrase whole ("former
 * federal prosecutor Diane Birnholz").
 */
function trailingName(units: Unit[]): Unit[] {
  let m = units.length;
  while (m > 0 && (units[m - 1] as Unit).kind === "word" && (units[m - 1] as Unit).named) m--;
  if (m === 0 || m === units.length) return units;
  let plain = false;
  for (let i = 0; i < m; i++) {
    const u = units[i] as Unit;
    if (u.kind === "det") continue;
    if (u.kind !== "word" || u.named || u.person || u.body) return units;
    plain = true;
  }
  return plain ? units.slice(m) : units;
}

/**
 * A subject phrase that ends at token j, read leftwards, or undefined. Under definiteness marking the phrase
 * is the whole run back to the start of a clause ("… أن دميتري بيسكوف المتحدث باسم الرئيس الروسي قال"), or,
 * with `fromTitle`, the part of it from its first title ("ثم عاد المتحدث باسم الكرملين ديمتري بيسكوف وأكد").
 */
function phraseEndingAt(r: UnitReader, j: number, fromTitle = false): Unit[] | undefined {
  const cand = collectLeft(r, j);
  const units = cand.units;
  if (units.length === 0) return undefined;
  if (r.lex.words.nameMarking === "case") {
    const { start, openedByArticle } = caseStartLeft(units);
    if (start < 0) return undefined;
    const kept = trailingName(units.slice(start));
    if (!namesSomeone(kept)) return undefined;
    if (!(openedByArticle || (start === 0 && isClauseBoundary(cand.stop, r.lex)))) return undefined;
    const and = start === 0 ? cand.stop : undefined;
    const first = and && r.lex.coordinators.has(and.norm) ? coordinatedBefore(r, and) : undefined;
    return first ? [...first, and as Unit, ...kept] : kept;
  }
  // «وانتقد «الإخوان»، وقال»: a run opened by a verb that takes a person as its object is a clause (verb and
  // object), not a subject; the later verb shares the earlier one's subject (see impliedSubject).
  const head = units[0] as Unit;
  if (head.kind === "word" && r.lex.objectVerbs.match(head.norm)) return undefined;
  if (cand.stop?.kind === "word" && r.lex.objectVerbs.match(cand.stop.norm)) return undefined;
  // Right before its verb a phrase has no object, so a closing determined word may be a family name.
  const options = { isKnownName: knownName(r), familyNames: true };
  if (isClauseBoundary(cand.stop, r.lex) && constructLength(units, options) === units.length) return units;
  if (!fromTitle) return undefined;
  const k = units.findIndex((u) => u.kind === "word" && (u.person || u.body));
  if (k <= 0) return undefined;
  const kept = units.slice(k);
  return constructLength(kept, options) === kept.length ? kept : undefined;
}

/**
 * "Syrian authorities and rescue groups reported", "the health ministry in Damascus and rescuers … reported":
 * the phrase before a coordinator, when it opens its clause and reads as one noun phrase: names, then the
 * lower-case words that modify its first title or body, then names only ("The strikes hit Raqqa and Lavrov
 * said" joins nothing; nor does "Police arrested ministry officials and …").
 */
function coordinatedBefore(r: UnitReader, and: Unit): Unit[] | undefined {
  if (and.first - 1 < r.lo) return undefined;
  const cand = collectLeft(r, and.first - 1);
  const { start } = caseStartLeft(cand.units);
  if (start < 0) return undefined;
  const kept = cand.units.slice(start);
  const before = start > 0 ? cand.units[start - 1] : cand.stop;
  if (!isClauseBoundary(before, r.lex) || !namesSomeone(kept)) return undefined;
  const head = kept.findIndex((u) => u.kind === "word" && (u.person || u.body));
  let modifiers = false;
  for (let i = 0; i < kept.length; i++) {
    const u = kept[i] as Unit;
    if (u.kind !== "word" || i === head) continue;
    if (!names(u)) {
      if (head < 0 || i > head) return undefined;
      modifiers = true;
    } else if (modifiers && i < head) return undefined;
  }
  return kept;
}

/** "Kerry, the secretary of state, said": the phrase before the first comma with the appositive after it. */
function appositive(r: UnitReader, comma: Unit): Unit[] | undefined {
  const { tokens, quoteOf } = r.view;
  let open = -1;
  for (let k = comma.first - 1; k >= r.lo && comma.first - k <= APPOSITIVE_WINDOW; k--) {
    if ((quoteOf[k] as number) >= 0) break;
    if (isComma((tokens[k] as Token).text)) {
      open = k;
      break;
    }
  }
  if (open < 0 || open - 1 < r.lo) return undefined;
  // "Brown, 61, a retired teacher, said": an age between commas stands beside the name.
  const age = tokens[open - 1] as Token;
  const nameEnd = age.kind === "digits" && open - 2 > r.lo && isComma((tokens[open - 2] as Token).text) ? open - 3 : open - 1;
  const before = phraseEndingAt(r, nameEnd);
  if (!before) return undefined;
  const inner = collectRight(r, open + 1);
  const n = caseLength(inner.units);
  const apposed = inner.units.slice(0, n);
  const last = apposed[apposed.length - 1];
  const phrase = last && last.last === comma.first - 1 && namesSomeone(apposed) ? [...before, ...apposed] : before;
  return titledName(r, phrase) ?? phrase;
}

/**
 * "Wang Wen, vice mayor of Haidong City, Qinghai, has said": a phrase led by an uncapitalised title, right after a
 * comma, describes the name before that comma (by the locale's case marking); the speaker is the name with it.
 */
function titledName(r: UnitReader, phrase: readonly Unit[]): Unit[] | undefined {
  const head = phrase[0];
  if (r.lex.words.nameMarking !== "case" || !head || head.kind !== "word" || head.named) return undefined;
  const named = phrase.findIndex((u) => u.named);
  if (!phrase.slice(0, named < 0 ? phrase.length : named).some((u) => u.kind === "word" && u.person)) return undefined;
  const comma = head.first - 1;
  if (comma - 1 < r.lo || !isComma((r.view.tokens[comma] as Token).text) || (r.view.quoteOf[comma] as number) >= 0) return undefined;
  const name = phraseEndingAt(r, comma - 1);
  if (!name || !name.every((u) => u.kind === "word" && u.named && !u.person && !u.body)) return undefined;
  return [...name, ...phrase];
}

function skipAdverbsLeft(r: UnitReader, j: number): number {
  for (let n = 0; j >= r.lo && n < MAX_ADVERBS; n++) {
    const u = r.endingAt(j);
    if (u.kind !== "break" || !r.lex.adverbs.has(u.norm)) break;
    j = u.first - 1;
  }
  return j;
}

/**
 * A complementiser, colon or quoted statement soon after the attribution, before any other reporting word
 * (which would own it). A relative clause between commas is passed over ("وأضاف المصدر، الذي فضل عدم ذكر
 * اسمه، أن …").
 */
function hasComplement(r: UnitReader, k: number): boolean {
  const end = Math.min(r.hi, k + COMPLEMENT_WINDOW);
  let inRelative = false;
  let previous: Unit | undefined;
  while (k <= end) {
    const u = r.at(k);
    if (inRelative) {
      if (u.kind === "punct" && isComma(u.norm)) inRelative = false;
    } else if (u.kind === "comp" || u.kind === "statement" || (u.kind === "punct" && isColon(u.norm))) return true;
    else if (previous?.kind === "punct" && isComma(previous.norm) && r.lex.relatives.has(u.norm)) inRelative = true;
    else if (u.kind === "trigger") return false;
    previous = u;
    k = u.last + 1;
  }
  return false;
}

/** The attribution comes right after a quoted statement ("«…»، أضاف", "\"…,\" he added"). */
function followsStatement(r: UnitReader, first: number): boolean {
  let j = first - 1;
  while (j >= r.lo) {
    const u = r.endingAt(j);
    if (u.kind === "punct" && isComma(u.norm)) {
      j = u.first - 1;
      continue;
    }
    return u.kind === "statement";
  }
  return false;
}

