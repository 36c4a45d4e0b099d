/**
 * Subjects of verbs that report nothing, which a later reporting word without its own subject may mean: the
 * subject that opens a sentence under subjectFirst order ("Ayse Demir, 54, stood outside. \"…,\" she said"), and
 * the subject of an earlier clause of the same sentence ("غير أن دبلوماسياً غربياً … بدا أقل تفاؤلاً، وقال").
 */
import type { Token } from "../../text/tokenize.js";
import { pastAdverbialRight } from "./adverbials.js";
import { APPOSITIVE_WINDOW, caseLength, collectRight, constructLength, knownName, names, namesSomeone } from "./phrase.js";
import { isClauseBoundary, isComma, opensComplement, speakerText, type Unit, type UnitReader } from "./units.js";

/**
 * Under subjectFirst order, the subject that opens a sentence whose verb is not a reporting one, when it names
 * a person or body by title ("Russia's Foreign Ministry spokeswoman, Maria Zakharova, dismissed the criticism")
 * or is a person's name (see below: "Ayse Demir, 54, stood outside"). It is no speaker of that sentence, but
 * a pronoun after it refers to it ("\"…,\" she told reporters"). An appositive between commas and an
 * adverbial of time or place may stand before the verb ("President Vladimir Putin on Tuesday told").
 */
export function openingSubject(r: UnitReader): { speaker: string; person: boolean; plural: boolean } | undefined {
  const units = openingSubjectUnits(r);
  return units ? { speaker: speakerText(r.view, units), person: isPerson(units), plural: isPlural(units, r) } : undefined;
}

/** A phrase whose first person's title is plural ("Police officials in Hathras", "Witnesses"). */
export function isPlural(units: readonly Unit[], r: UnitReader): boolean {
  const title = units.find((u) => u.kind === "word" && u.person);
  return title !== undefined && r.lex.pluralTitles.has(title.norm);
}

/** A phrase that names a person: a person's title in it, or no body (an untitled name). */
export function isPerson(units: readonly Unit[]): boolean {
  return units.some((u) => u.kind === "word" && u.person) || !units.some((u) => u.kind === "word" && u.body);
}

function openingSubjectUnits(r: UnitReader): Unit[] | undefined {
  if (r.lex.words.subjectOrder !== "subjectFirst" || r.lo > r.hi) return undefined;
  const cand = collectRight(r, pastOpener(r));
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

/** Units of a phrase opening the sentence before its comma ("In a statement on Thursday,"). */
const MAX_OPENER_UNITS = 6;

/**
 * Where the subject starts past a phrase that opens the sentence with a preposition and ends at a comma ("In a
 * statement, CEO Jensen Huang expressed confidence, stating, \"…\"", "On Thursday, the minister …"); the sentence's
 * start when none does.
 */
function pastOpener(r: UnitReader): number {
  const first = r.at(r.lo);
  if (!((first.kind === "break" && first.preposition === true) || (first.kind === "link" && first.titleLink === true))) return r.lo;
  let k = first.last + 1;
  for (let parts = 0; k <= r.hi && parts < MAX_OPENER_UNITS; parts++) {
    const u = r.at(k);
    if (u.kind === "punct") return parts > 0 && isComma(u.norm) && u.last + 1 <= r.hi ? u.last + 1 : r.lo;
    if (u.kind === "statement" || u.kind === "trigger" || u.kind === "comp") return r.lo;
    k = u.last + 1;
  }
  return r.lo;
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
  const verbLike =
    next !== undefined &&
    (next.kind === "trigger" || (next.kind === "word" && !next.named && !next.person && !next.body) || r.lex.auxiliaries.has(next.norm));
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
export function impliedSubject(r: UnitReader, trigger: Unit): Unit[] | undefined {
  if (r.lex.words.subjectOrder === "subjectFirst") {
    const units = openingSubjectUnits(r);
    return units && (units[units.length - 1] as Unit).last < trigger.first ? units : undefined;
  }
  // Triggers come in text order: the scan goes on from where the last one left it, so a sentence is read once.
  let scan = clauseScans.get(r);
  if (!scan) {
    scan = { k: r.lo, sinceBoundary: 0, plainVerb: false, reported: false, previous: "", verb: "" };
    clauseScans.set(r, scan);
  }
  while (scan.k < trigger.first) {
    const u = r.at(scan.k);
    if (isClauseBoundary(u, r.lex) || u.kind === "trigger") {
      // The subject of a reported clause ("أعلنت الرئاسة أن قوات تركية أسقطت …، لافتة إلى …") is not the one
      // the sentence's later reporting words share, until a reporting word opens a main clause again.
      if (u.kind === "trigger") scan.reported = false;
      else if (u.kind === "comp" && !r.lex.contrastLeads.has(scan.previous)) scan.reported = true;
      scan.sinceBoundary = 0;
      scan.plainVerb = false;
      scan.previous = u.norm;
      scan.k = u.last + 1;
      continue;
    }
    scan.previous = u.norm;
    const position = scan.sinceBoundary === 0 || (scan.sinceBoundary === 1 && scan.plainVerb);
    // After a verb of criticising or praising a quoted name is its object, never its subject, and it ends the
    // subject before it («وانتقد الوزير «الإخوان» بشدة، وقال»).
    const objectVerb = scan.sinceBoundary === 1 && scan.plainVerb && r.lex.objectVerbs.match(scan.verb) !== undefined;
    if (position && !scan.reported && u.kind === "word" && (u.person || u.body) && !(objectVerb && u.quote)) {
      // A phrase ends before any trigger (a trigger is no phrase unit), so it is found once for all of them.
      const cand = collectRight(r, scan.k);
      if (objectVerb) {
        const q = cand.units.findIndex((c) => c.quote !== undefined);
        if (q >= 0) cand.units = cand.units.slice(0, q);
      }
      const n = constructLength(cand.units, { isKnownName: knownName(r), familyNames: opensComplement(cand.stop) });
      const last = cand.units[n - 1];
      if (last) {
        scan.found = cand.units.slice(0, n);
        scan.k = last.last + 1;
        scan.sinceBoundary = 2;
        continue;
      }
    }
    // «واجتمع «الكاظمي» مع …، وقال»: a name of one or two words in quotation marks right after the clause's verb
    // is its subject, as a titled phrase is; the marks set it apart as a name (a statement runs longer).
    // After a verb of criticising or praising the quoted name is its object («وانتقد «الإخوان»، وقال»).
    if (scan.sinceBoundary === 1 && scan.plainVerb && !scan.reported && u.quote !== undefined && !u.quote.statement && u.kind !== "statement" && !objectVerb) {
      scan.found = [u];
      scan.k = u.last + 1;
      scan.sinceBoundary = 2;
      continue;
    }
    // The clause's verb, or an auxiliary ("وكان وزير الخارجية … قد أكد"); not a preposition ("في الوزارة").
    scan.plainVerb = scan.sinceBoundary === 0 && ((u.kind === "word" && !u.person && !u.body) || (u.kind === "break" && !u.preposition));
    if (scan.sinceBoundary === 0) scan.verb = u.norm;
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
  /** Inside a clause opened by a complementiser (reported content), until the next reporting word. */
  reported: boolean;
  /** The norm of the last unit read: the word before a complementiser. */
  previous: string;
  /** The norm of the clause's first unit (its verb when plainVerb). */
  verb: string;
  found?: Unit[];
}

const clauseScans = new WeakMap<UnitReader, ClauseScan>();
