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
import { collapseSpaces, fold } from "../../text/normalize.js";
import type { SpeechTrigger, SpeechTriggerKind } from "../quotes/words.js";
import type { SpeechLexicon } from "./lexicon.js";
import { caseLength, caseStartLeft, collectLeft, collectRight, constructLength, ledByTitle, namesSomeone } from "./phrase.js";
import { isClauseBoundary, type ParagraphView, type QuoteRef, type Unit, type UnitReader } from "./units.js";

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
}

// How far after a verb that needs a complement the complement may start (tokens).
const COMPLEMENT_WINDOW = 20;
// How far back an appositive's opening comma may be (tokens).
const APPOSITIVE_WINDOW = 16;
// How many adverbs may stand between a verb and its subject.
const MAX_ADVERBS = 3;

// How many units an adverbial of time or place between a subject and its verb may hold ("late on Friday").
const MAX_ADVERBIAL_UNITS = 6;

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
    const found = attribution(r, u, spec);
    if (found) out.push(found);
  }
  return out;
}

function attribution(r: UnitReader, trigger: Unit, spec: SpeechTrigger): Attribution | undefined {
  const base = { kind: spec.kind, trigger: trigger.first, triggerLast: trigger.last, spanFirst: trigger.first, spanLast: trigger.last };
  let subject: Subject;
  if (spec.kind === "participle") subject = "unnamed";
  else if (spec.kind === "source" || spec.kind === "relay") subject = sourcePhrase(r, trigger.last + 1);
  else subject = r.lex.words.subjectOrder === "verbFirst" ? verbFirstSubject(r, trigger, spec) : subjectFirstSubject(r, trigger);
  if (subject === "none") return undefined;
  const att: Attribution = { ...base };
  if (typeof subject === "object" && spec.relayPreposition !== undefined) {
    const relayed = relayedSource(r, subject.units, spec.relayPreposition);
    if (relayed) subject = relayed;
  }
  if (subject === "unresolved") att.unresolved = true;
  else if (subject === "unnamed" || subject === "shared") {
    const before = trigger.first > r.lo ? r.endingAt(trigger.first - 1) : undefined;
    if (subject === "unnamed" && before?.kind === "pronoun" && r.lex.personalPronouns.has(before.norm)) att.personal = true;
    const implied = impliedSubject(r, trigger);
    if (implied && !(att.personal && !isPerson(implied))) att.implied = speakerText(r.view, implied);
    if (subject === "shared") att.shared = true;
  } else {
    const first = subject.units[0] as Unit;
    const last = subject.units[subject.units.length - 1] as Unit;
    att.spanFirst = Math.min(att.spanFirst, first.first);
    att.spanLast = Math.max(att.spanLast, last.last);
    att.speaker = speakerText(r.view, subject.units);
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
    return units.length > 0 && ledByTitle(units, lex) ? { units } : "none";
  }
  const n = constructLength(cand.units, { isKnownName: knownName(r), familyNames: true });
  const units = cand.units.slice(0, n);
  if (n === 0 || !ledByTitle(units, lex)) return "none";
  return { units: (n === cand.units.length && titleTail(r, units, cand.stop, true)) || units };
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
  const adjacent = leftPhrase(r, verb, false);
  if (adjacent) return { units: adjacent };
  const right = rightPhrase(r, verb.last + 1, spec.noObject === true, spec.noObject === true || spec.noDirectObject === true);
  if (Array.isArray(right)) return { units: right };
  const acrossComma = leftPhrase(r, verb, true);
  if (acrossComma) return { units: acrossComma };
  return right === "doubtful" ? "unresolved" : "unnamed";
}

function subjectFirstSubject(r: UnitReader, verb: Unit): Subject {
  const j = skipAdverbsLeft(r, verb.first - 1);
  if (j < r.lo) return rightOrUnnamed(r, verb);
  const u = r.endingAt(j);
  if (u.kind === "pronoun") return "unnamed";
  if (u.kind === "punct" && isComma(u.norm)) {
    const apposed = appositive(r, u);
    return apposed ? { units: apposed } : rightOrUnnamed(r, verb);
  }
  if (u.kind === "punct" || u.kind === "statement") return rightOrUnnamed(r, verb);
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

/** A unit that may stand inside an adverbial of time or place: a name, a time word, a number, an article. */
function adverbialPart(r: UnitReader, u: Unit): boolean {
  if (u.kind === "word" || u.kind === "det") return true;
  return u.kind === "break" && !u.preposition && !r.lex.negations.has(u.norm) && !r.lex.relatives.has(u.norm) && !r.lex.coordinators.has(u.norm);
}

/** A preposition, or a link allowed after a title ("in", "at"), which may open an adverbial. */
function opensAdverbial(u: Unit): boolean {
  return (u.kind === "break" && u.preposition === true) || (u.kind === "link" && u.titleLink === true);
}

/**
 * Reading leftwards from token j over an adverbial of time or place ("on Tuesday", "late on Friday", "in
 * Moscow"): for each preposition that may open one, nearest first, the token before it (and before an adverb
 * in front of it), where the subject would end. Bounded by MAX_ADVERBIAL_UNITS.
 */
function adverbialStartsLeft(r: UnitReader, j: number): number[] {
  const out: number[] = [];
  let parts = 0;
  while (j >= r.lo && parts < MAX_ADVERBIAL_UNITS) {
    const u = r.endingAt(j);
    if (opensAdverbial(u) && parts > 0) {
      let k = u.first - 1;
      if (k >= r.lo && r.lex.adverbs.has(r.endingAt(k).norm)) k = r.endingAt(k).first - 1;
      if (k >= r.lo) out.push(k);
    } else if (!adverbialPart(r, u)) break;
    parts++;
    j = u.first - 1;
  }
  return out;
}

/**
 * Reading rightwards from unit u past an adverbial of time or place that opens with it (or with an adverb
 * before its preposition): the unit after the adverbial, or u itself when none opens there.
 */
function pastAdverbialRight(r: UnitReader, u: Unit): Unit {
  let k = u.first;
  if (r.lex.adverbs.has(u.norm) && u.last + 1 <= r.hi) k = u.last + 1;
  let opened = false;
  for (let parts = 0; k <= r.hi && parts < MAX_ADVERBIAL_UNITS; parts++) {
    const v = r.at(k);
    if (opensAdverbial(v)) opened = true;
    else if (!opened || !(adverbialPart(r, v) && (v.kind !== "word" || v.named || v.person || v.body))) return opened ? v : u;
    k = v.last + 1;
  }
  return u;
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
    return n > 0 && namesSomeone(units) ? units : "none";
  }
  const n = constructLength(cand.units, {
    isKnownName: knownName(r),
    endsAtPreposition: !noDirectObject && cand.stop?.preposition === true,
    familyNames: noObject || noDirectObject || opensComplement(cand.stop),
  });
  if (noObject && cand.units.slice(n).some((u) => u.kind === "word")) return "none";
  if (n === 0) return "doubtful";
  const units = cand.units.slice(0, n);
  return (n === cand.units.length && titleTail(r, units, cand.stop, noObject || noDirectObject)) || units;
}

// How many units past a person's title the prepositional phrases of the title and the name may hold.
const MAX_TITLE_TAIL_UNITS = 10;

/**
 * Under definiteness marking, a person's title whose phrase stopped at a preposition may go on past it to the
 * person's name: "المديرة الإقليمية للطوارئ في منظمة الصحة العالمية ليلى منصور", "الأمين العام للحزب سامر
 * الخوالدة". Taken only when the words after the preposition close on a name of two words or more that
 * follows a determined word (a body's name is written right after the body: "قال المتحدث لوكالة فرانس برس"
 * is the spokesman speaking to the agency), and a preposition written apart opens a body or a title ("في
 * منظمة …", not "في مؤتمر صحافي"). Returns the whole phrase, or undefined.
 */
function titleTail(r: UnitReader, units: readonly Unit[], stop: Unit | undefined, noObject: boolean): Unit[] | undefined {
  if (!stop || !stop.preposition || !units.some((u) => u.kind === "word" && u.person)) return undefined;
  const tail: Unit[] = [];
  let tailStop: Unit | undefined;
  for (let k = stop.first; k <= r.hi; ) {
    const u = r.at(k);
    if (tail.length === MAX_TITLE_TAIL_UNITS || !(u.kind === "word" || u.kind === "link" || u.preposition)) {
      tailStop = u;
      break;
    }
    tail.push(u);
    k = u.last + 1;
  }
  for (let i = 0; i < tail.length; i++) {
    const u = tail[i] as Unit;
    if (u.preposition) {
      const next = tail[i + 1];
      if (r.lex.prepositions.has(u.norm) && !(next?.kind === "word" && (next.person || next.body))) return undefined;
      continue;
    }
    const before = tail[i - 1];
    if (!isPlainName(u) || !before || !determinedBefore(r, before)) continue;
    let j = i;
    while (j < tail.length && isPlainName(tail[j] as Unit)) j++;
    // A family name after the personal name, where no object can stand in its place (see constructLength).
    const family = tail[j];
    if (family?.kind === "word" && !family.named && !family.person && !family.body) {
      const next = j + 1 < tail.length ? tail[j + 1] : tailStop;
      if (noObject || opensComplement(next)) j++;
    }
    const closing = tail[j];
    if (j - i >= 2 && j - i <= MAX_NAME_WORDS && (!closing || closing.preposition)) return [...units, ...tail.slice(0, j)];
    i = j - 1;
  }
  return undefined;
}

// A person's name closing a title: at most this many words.
const MAX_NAME_WORDS = 4;

function isPlainName(u: Unit): boolean {
  return u.kind === "word" && u.named && !u.person && !u.body;
}

/** A determined word, or a preposition glued to the article ("للحزب"): what a person's name may follow. */
function determinedBefore(r: UnitReader, u: Unit): boolean {
  if (u.kind === "word") return !u.named;
  return u.preposition === true && r.lex.breakerPrefixes.some((p) => u.norm.startsWith(p));
}

/**
 * What ends a phrase that no object can precede: a complementiser, a quoted statement, a colon ("وأكد رئيس
 * الهيئة زياد العدوان أن …"). The end of the sentence is not one: "وأعلن الرئيس انتهاء العمليات." ends on its
 * object.
 */
function opensComplement(stop: Unit | undefined): boolean {
  if (!stop) return false;
  return stop.kind === "comp" || stop.kind === "statement" || (stop.kind === "punct" && isColon(stop.norm));
}

function knownName(r: UnitReader): (norm: string) => boolean {
  return (norm) => r.knownNames.has(norm);
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
    const kept = units.slice(start);
    if (!namesSomeone(kept)) return undefined;
    if (!(openedByArticle || (start === 0 && isClauseBoundary(cand.stop, r.lex)))) return undefined;
    const and = start === 0 ? cand.stop : undefined;
    const first = and && r.lex.coordinators.has(and.norm) ? coordinatedBefore(r, and) : undefined;
    return first ? [...first, and as Unit, ...kept] : kept;
  }
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

/**
 * Under subjectFirst order, the subject that opens a sentence whose verb is not a reporting one, when it names
 * a person or body by title ("Russia's Foreign Ministry spokeswoman, Maria Zakharova, dismissed the criticism")
 * or is a person's name (see below: "Ayse Demir, 54, stood outside"). It is no speaker of that sentence, but
 * a pronoun after it refers to it ("\"…,\" she told reporters"). An appositive between commas and an
 * adverbial of time or place may stand before the verb ("President Vladimir Putin on Tuesday told").
 */
export function openingSubject(r: UnitReader): { speaker: string; person: boolean } | undefined {
  const units = openingSubjectUnits(r);
  return units ? { speaker: speakerText(r.view, units), person: isPerson(units) } : undefined;
}

/** A phrase that names a person: a person's title in it, or no body (an untitled name). */
function isPerson(units: readonly Unit[]): boolean {
  return units.some((u) => u.kind === "word" && u.person) || !units.some((u) => u.kind === "word" && u.body);
}

function openingSubjectUnits(r: UnitReader): Unit[] | undefined {
  if (r.lex.words.subjectOrder !== "subjectFirst" || r.lo > r.hi) return undefined;
  const cand = collectRight(r, r.lo);
  const units = cand.units.slice(0, caseLength(cand.units));
  // Where the subject ends, the first that a verb follows: the run of naming words (capitalised words, titles,
  // bodies) from its first title ("Foreign Minister Sergei Lavrov", "The French defence minister"), its last
  // naming word, or, untitled, its first run of names ("Lavrov met Kerry").
  const firstTitle = units.findIndex((u) => u.kind === "word" && (u.person || u.body));
  let last = units.length - 1;
  while (last >= 0 && !names(units[last] as Unit)) last--;
  const ends = firstTitle >= 0 ? [namingRunEnd(units, firstTitle), last] : [last, namingRunEnd(units, units.findIndex(names))];
  for (let e = 0; e < ends.length; e++) {
    const end = ends[e] as number;
    if (end < 0 || ends.indexOf(end) < e) continue;
    const subject = subjectBeforeVerb(r, units.slice(0, end + 1), cand.units[end + 1] ?? cand.stop);
    if (subject) return subject;
  }
  return undefined;
}

/** The index of the last naming word of the run from units[i], past links and articles inside it. */
function namingRunEnd(units: readonly Unit[], i: number): number {
  if (i < 0) return -1;
  let end = i;
  for (let k = i + 1; k < units.length; k++) {
    const u = units[k] as Unit;
    if (names(u)) end = k;
    else if (u.kind !== "link" && u.kind !== "det") break;
  }
  return end;
}

/**
 * `units` as the subject of a verb that `next` or what follows it is, past an appositive between commas and
 * an adverbial of time or place; undefined when no verb follows or the phrase is no one a pronoun refers to.
 */
function subjectBeforeVerb(r: UnitReader, units: Unit[], next: Unit | undefined): Unit[] | undefined {
  let described = false;
  if (next?.kind === "punct" && isComma(next.norm)) {
    const close = closingComma(r, next.last + 1);
    if (close === undefined || close.last + 1 > r.hi) return undefined;
    const inner = collectRight(r, next.last + 1);
    const apposed = inner.units.slice(0, caseLength(inner.units));
    const last = apposed[apposed.length - 1];
    // A title or name is part of the subject as written; an age or description ("54", "a mother of three") not.
    if (last && last.last === close.first - 1 && namesSomeone(apposed)) units = [...units, ...apposed];
    described = true;
    next = r.at(close.last + 1);
  }
  if (next) next = pastAdverbialRight(r, next);
  const verbLike = next !== undefined && (next.kind === "trigger" || (next.kind === "word" && !next.named && !next.person && !next.body));
  if (!verbLike) return undefined;
  const titled = units.some((u) => u.kind === "word" && (u.person || u.body));
  if (titled) return units;
  // An untitled name is a person's when an appositive describes it ("Ayse Demir, 54, stood") or the document
  // named it as a speaker before; "Hurricane Milton made landfall" is no one a "he" refers to.
  const words = units.filter((u) => u.kind === "word");
  if (!units.every((u) => u.kind !== "word" || u.named)) return undefined;
  const person = (words.length >= 2 && described) || words.every((u) => r.knownNames.has(u.norm));
  return person ? units : undefined;
}

function names(u: Unit): boolean {
  return u.kind === "word" && (u.named || u.person || u.body);
}

/** The comma that closes an appositive opened before token k, within the window and outside quotes. */
function closingComma(r: UnitReader, k: number): Unit | undefined {
  const { tokens, quoteOf } = r.view;
  for (let i = k; i <= r.hi && i - k < APPOSITIVE_WINDOW; i++) {
    if ((quoteOf[i] as number) >= 0) return undefined;
    const t = tokens[i] as Token;
    if (t.kind === "punct" && isComma(t.text)) return r.at(i);
  }
  return undefined;
}

/**
 * The subject of an earlier clause of the sentence, which a reporting word without its own subject shares.
 * subjectFirst: the subject that opens the sentence (see openingSubject). verbFirst: the last phrase led by a
 * title or body that opens a clause before the trigger, or follows the clause's first word, its verb ("غير أن
 * دبلوماسياً غربياً … بدا …، وقال", "وأشاد الرئيس بالجيش، مؤكداً").
 */
function impliedSubject(r: UnitReader, trigger: Unit): Unit[] | undefined {
  if (r.lex.words.subjectOrder === "subjectFirst") {
    const units = openingSubjectUnits(r);
    return units && (units[units.length - 1] as Unit).last < trigger.first ? units : undefined;
  }
  // Triggers come in text order: the scan goes on from where the last one left it, so a sentence is read once.
  let scan = clauseScans.get(r);
  if (!scan) {
    scan = { k: r.lo, sinceBoundary: 0, plainVerb: false };
    clauseScans.set(r, scan);
  }
  while (scan.k < trigger.first) {
    const u = r.at(scan.k);
    if (isClauseBoundary(u, r.lex) || u.kind === "trigger") {
      scan.sinceBoundary = 0;
      scan.plainVerb = false;
      scan.k = u.last + 1;
      continue;
    }
    const position = scan.sinceBoundary === 0 || (scan.sinceBoundary === 1 && scan.plainVerb);
    if (position && u.kind === "word" && (u.person || u.body)) {
      // A phrase ends before any trigger (a trigger is no phrase unit), so it is found once for all of them.
      const cand = collectRight(r, scan.k);
      const n = constructLength(cand.units, { isKnownName: knownName(r), familyNames: opensComplement(cand.stop) });
      const last = cand.units[n - 1];
      if (last) {
        scan.found = cand.units.slice(0, n);
        scan.k = last.last + 1;
        scan.sinceBoundary = 2;
        continue;
      }
    }
    // The clause's verb, or an auxiliary ("وكان وزير الخارجية … قد أكد"); not a preposition ("في الوزارة").
    scan.plainVerb = scan.sinceBoundary === 0 && ((u.kind === "word" && !u.person && !u.body) || (u.kind === "break" && !u.preposition));
    scan.sinceBoundary++;
    scan.k = u.last + 1;
  }
  return scan.found;
}

interface ClauseScan {
  /** The next token to read. */
  k: number;
  /** Units read since the last clause boundary, and whether the first of them was a plain word (a verb). */
  sinceBoundary: number;
  plainVerb: boolean;
  found?: Unit[];
}

const clauseScans = new WeakMap<UnitReader, ClauseScan>();

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
  const before = phraseEndingAt(r, open - 1);
  if (!before) return undefined;
  const inner = collectRight(r, open + 1);
  const n = caseLength(inner.units);
  const apposed = inner.units.slice(0, n);
  const last = apposed[apposed.length - 1];
  if (last && last.last === comma.first - 1 && namesSomeone(apposed)) return [...before, ...apposed];
  return before;
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

function isComma(s: string): boolean {
  return s === "," || s === "\u060C";
}

function isColon(s: string): boolean {
  return s === ":";
}

/** The speaker as written: the phrase's text without the marks of quoted names inside it, spaces collapsed. */
export function speakerText(view: ParagraphView, units: readonly Unit[]): string {
  const first = units[0] as Unit;
  const last = units[units.length - 1] as Unit;
  const start = (view.tokens[first.first] as Token).start + (first.skip ?? 0);
  const end = (view.tokens[last.last] as Token).end;
  const drop = new Set<number>();
  for (const u of units) {
    if (!u.quote) continue;
    drop.add(u.quote.span.open);
    if (u.quote.span.closeMark >= 0) drop.add(u.quote.span.closeMark);
  }
  let s = first.replacement ?? "";
  let from = start;
  for (const d of [...drop].sort((a, b) => a - b)) {
    if (d < start || d >= end) continue;
    s += view.text.slice(from, d);
    from = d + 1;
  }
  s += view.text.slice(from, end);
  return collapseSpaces(s);
}
