/**
 * Speaker phrases: where a named noun phrase (title included) starts and ends around a reporting word.
 *
 * Two markings of names are supported, chosen by the locale:
 * - case ("Foreign Minister Sergei Lavrov", "the foreign minister", "a spokesman for the Pentagon"): any run of
 *   words, links and articles, where an article only opens the phrase or follows a link, and a title-only link
 *   ("in") only follows a title; it must hold a capitalised word or a title.
 * - definiteness ("وزير الخارجية الأميركي جون كيري", "متحدث باسم «البنتاغون»"): a title chain (a head and its
 *   genitives and adjectives), then possibly a name, then possibly an appositive title ("… بيسكوف المتحدث
 *   باسم الكرملين"). After a determined word, an undetermined one begins a name only when the chain holds a
 *   person's title; otherwise it is the verb's object ("أعلن الكرملين تقارب …", "اعلن الجيش الروسي قصف …").
 *   A name must end the phrase or stand before an appositive title; when more words follow it, it is taken
 *   only if the phrase closes on a name of two words or more ("قائد الطيران الروسي بعيد المدى أناتولي
 *   جيخاريف"), otherwise the phrase stops before it: "الوزير الروسي استعداد موسكو …" is the minister and the
 *   verb's object.
 *   A name is a run of undetermined words, with the parts a name prefix opens ("عبد الفتاح", "بن فرحان"), and
 *   where no object can stand in its place a determined family name after them ("أحمد الشريف"; see
 *   ConstructOptions.familyNames); a name holding a name prefix is whole, and what follows it is no longer it.
 *   After a coordinated genitive ("وزارة الصحة والسكان") only adjectives continue the title chain.
 *   A bare name (no title before it) keeps at most three words when they end the phrase (a longer run keeps
 *   its first word: "واشنطن ومجموعات متمردة …"). Where an object reads the same — the name is followed by more
 *   words, or by a preposition after a verb that takes a direct object — it is taken only if the document
 *   named it as a speaker before ("أعلن شويغو بدء …"; not "أعلن أمس زيارة مرتقبة لوزير …").
 */
import type { SpeechLexicon } from "./lexicon.js";
import type { Unit, UnitReader } from "./units.js";

/** Units a speaker phrase may hold. */
function phraseUnit(u: Unit): boolean {
  return u.kind === "word" || u.kind === "link" || u.kind === "det";
}

const MAX_PHRASE_UNITS = 10;
// How far back an appositive's opening comma may be (tokens).
export const APPOSITIVE_WINDOW = 16;
// Units of a name after a title, name prefixes included ("الأمير فيصل بن فرحان آل سعود").
const MAX_NAME_UNITS = 6;
const MAX_BARE_NAME_UNITS = 3;

export interface Candidate {
  units: Unit[];
  /** The unit that stopped the collection (after the candidate going right, before it going left). */
  stop?: Unit;
}

/** Phrase units from token i rightwards. */
export function collectRight(r: UnitReader, i: number, first?: Unit): Candidate {
  const units: Unit[] = [];
  let u: Unit | undefined = first;
  let k = i;
  while (k <= r.hi && units.length < MAX_PHRASE_UNITS) {
    u = u ?? r.at(k);
    if (!phraseUnit(u)) {
      const genitive = genitiveOfBody(r, units, u);
      if (!genitive) return { units, stop: u };
      u = genitive;
    }
    units.push(u);
    k = u.last + 1;
    u = undefined;
  }
  return { units };
}

/**
 * «الهيئة الوطنية للانتخابات»: a word with a genitive prefix (SpeechWords.genitivePrefixes) right after a body
 * and its adjectives goes on with the body's name, read as a determined word; not when it names a listener or a
 * time («الحكومة الليبية للصحفيين», «للمرة»), or a person's title («للوزير»). A body alone before it
 * («قالت الوزارة للجزيرة») is not enough: an outlet spoken to reads the same.
 */
function genitiveOfBody(r: UnitReader, units: readonly Unit[], u: Unit): Unit | undefined {
  const lex = r.lex;
  if (!u.preposition || u.quote) return undefined;
  if (issuerOfReport(lex, units, u)) return { kind: "word", first: u.first, last: u.last, norm: u.norm, person: false, body: false, named: false, adjective: false };
  if (lex.genitivePrefixes.length === 0 || units.length < 2) return undefined;
  // The body, then one adjective or more («الهيئة العامة السعودية للإحصاء»).
  let k = units.length - 1;
  while (k > 0 && isDetermined(units[k] as Unit)) k--;
  if (k === units.length - 1 || !(units[k] as Unit).body) return undefined;
  const prefix = lex.genitivePrefixes.find((p) => u.norm.length > p.length + 1 && u.norm.startsWith(p));
  if (prefix === undefined) return undefined;
  const noun = lex.definitePrefixes[0] + u.norm.slice(prefix.length);
  if (lex.listeners.has(noun) || lex.titles.match(noun)?.value === "person") return undefined;
  return { kind: "word", first: u.first, last: u.last, norm: u.norm, person: false, body: false, named: false, adjective: false };
}

/**
 * «بلاغ لوزارة الداخلية»: `u` glues a body named in full, the head of its construct («وزارة», «منظمة»), to the
 * undetermined report that alone makes `units` (SpeechWords.reportNouns). A determined body after «لل» («بيان
 * للوزارة») is left as before: it names the body only by referring back.
 */
function issuerOfReport(lex: SpeechLexicon, units: readonly Unit[], u: Unit): boolean {
  const report = units[0];
  if (units.length !== 1 || report?.kind !== "word" || !lex.reportNouns.has(report.norm)) return false;
  const glued = lex.sourcePrefixes.find(([p]) => u.norm.length > p.length + 2 && u.norm.startsWith(p));
  return glued !== undefined && glued[1] === "" && lex.titles.match(u.norm.slice(glued[0].length), { prefixes: false })?.value === "body";
}

/** Phrase units ending at token j, leftwards; returned in text order. */
export function collectLeft(r: UnitReader, j: number): Candidate {
  const units: Unit[] = [];
  let k = j;
  while (k >= r.lo && units.length < MAX_PHRASE_UNITS) {
    const u = r.endingAt(k);
    if (!phraseUnit(u)) return { units: units.reverse(), stop: u };
    units.push(u);
    k = u.first - 1;
  }
  return { units: units.reverse() };
}

export interface ConstructOptions {
  /**
   * Whether a word was part of a speaker's name earlier in the document. A bare name whose reading is in
   * doubt is taken only then ("أعلن شويغو بدء …" after "وزير الدفاع الروسي سيرغي شويغو"; not "أعلن أمس زيارة …").
   */
  isKnownName?: (norm: string) => boolean;
  /**
   * The candidate stopped at a preposition, so a bare name that ends it is in doubt: a verbal noun or object
   * before a prepositional phrase reads the same ("وأعلن أمس زيارة مرتقبة لوزير الخارجية").
   */
  endsAtPreposition?: boolean;
  /**
   * Whether a determined word that closes a name may be its family name ("أحمد الشريف", "عمر الحلبي": a personal
   * name followed by an al- family name). Where the verb may take a direct object, a verbal noun and its genitive
   * read the same ("وأكد الوزير استعداد البلاد للتعاون"), so the caller allows it only where no object can
   * stand: after a verb that takes none, in a source phrase, before the verb, or right before a complement.
   */
  familyNames?: boolean;
}

/** How many of `units` (from the first) form a speaker phrase under definiteness marking. */
export function constructLength(units: readonly Unit[], options: ConstructOptions = {}): number {
  const isKnownName = options.isKnownName ?? (() => false);
  const family = options.familyNames === true;
  const n = units.length;
  const u0 = units[0];
  if (!u0 || u0.kind !== "word") return 0;
  let i = 0;
  let accepted = 0;
  let hasPerson = false;
  if (isName(u0)) {
    const run = nameRun(units, 0, family);
    const next = units[run];
    if (!next) {
      if (options.endsAtPreposition && !isKnownName(u0.norm)) return 0;
      // A long run that ends the phrase is a name and what is coordinated with it ("واشنطن ومجموعات متمردة
      // ومنظمة سورية غير …"): keep the first word.
      return run <= MAX_BARE_NAME_UNITS ? run : 1;
    }
    // A run that more words follow may be an object.
    if (run > MAX_BARE_NAME_UNITS || !(next.kind === "word" && next.person)) return isKnownName(u0.norm) ? 1 : 0;
    // An appositive title follows the name: "بيسكوف المتحدث باسم الكرملين".
    i = run;
    accepted = run;
  }
  let prevNamed = false;
  let prevLink = false;
  let coordinated = false;
  while (i < n) {
    const u = units[i] as Unit;
    if (u.kind === "link") {
      prevLink = true;
      i++;
      continue;
    }
    if (u.kind !== "word") break;
    // After a coordinated genitive only adjectives and more coordinated words go on: "وزارة الصحة والسكان الدفع"
    // is the ministry and its object.
    if (coordinated && !u.named && !u.coordinated && !u.person && !u.body && u.adjective === false) break;
    // «وأعلنت الحكومة الهدنة»: a determined word holds no genitive, and an event is no adjective; the truce is
    // the object (after an undetermined head it is a genitive: «لجنة الانتخابات»).
    const before = units[i - 1];
    if (u.thing && before !== undefined && before.kind === "word" && !before.named) break;
    coordinated ||= u.coordinated === true;
    if (isName(u) && i > 0 && !prevNamed && !prevLink) {
      if (!hasPerson) break;
      const run = nameRun(units, i, family);
      const next = units[i + run];
      // A link right after a titled name opens what follows the phrase, not more of it: "القاضي عبدالله محمد
      // المرزوقي لدى النطق بالحكم" is the judge, upon giving the verdict. A title chain takes its links before the
      // name ("مندوب روسيا لدى الأمم المتحدة فاسيلي نيبينزيا"); a name prefix ("بن") is part of the run.
      const linkAfter = next !== undefined && endsName(next);
      if (run <= MAX_NAME_UNITS && (!next || linkAfter || (next.kind === "word" && next.person))) {
        accepted = i + run;
        if (!next || linkAfter) break;
        i += run;
        prevNamed = true;
        prevLink = false;
        continue;
      }
      // More words follow the name: the verb's object ("الوزير الروسي استعداد موسكو لتوحيد الجهود"), unless
      // the phrase closes on a name of two words or more ("قائد الطيران الروسي بعيد المدى أناتولي جيخاريف").
      // A name with a name prefix is a whole name: what follows its family name is the object ("الرئيس عبد
      // الفتاح السيسي استعداد مصر").
      if (run <= MAX_NAME_UNITS && units.slice(i, i + run).some((v) => v.namePrefix || v.solidName)) {
        accepted = i + run + (next && isDetermined(next) ? 1 : 0);
        break;
      }
      if (trailingNames(units, family) >= 2) accepted = n;
      break;
    }
    hasPerson ||= u.person;
    prevNamed = u.named;
    prevLink = false;
    i++;
    accepted = i;
  }
  return accepted;
}

function isTitle(u: Unit): boolean {
  return u.kind === "word" && (u.person || u.body);
}

function isName(u: Unit): boolean {
  return u.kind === "word" && u.named && !u.person && !u.body;
}

/** A determined word that is no title: an adjective, a genitive, or a family name after a personal name. */
function isDetermined(u: Unit): boolean {
  return u.kind === "word" && !u.named && !u.person && !u.body;
}

/**
 * How many name words close the candidate (with `family`, a family name after a personal name counts; a name
 * prefix and the word it opens count: "أحمد أبو الغيط").
 */
function trailingNames(units: readonly Unit[], family = false): number {
  let k = units.length;
  if (family && k >= 2 && isDetermined(units[k - 1] as Unit) && isName(units[k - 2] as Unit)) k--;
  for (;;) {
    const last = units[k - 1];
    if (k >= 2 && units[k - 2]?.namePrefix && last?.kind === "word" && !last.person && !last.body) k -= 2;
    else if (last && isName(last)) k--;
    else break;
  }
  return units.length - k;
}

/**
 * Undetermined non-title words from units[i] on; with `family`, and the determined word after them when it
 * ends the phrase or stands before an appositive title ("عمر الحلبي", "أحمد الشريف المتحدث باسم …").
 */
function nameRun(units: readonly Unit[], i: number, family = false): number {
  let k = i;
  for (;;) {
    const u = units[k];
    const part = units[k + 1];
    // "عبد الفتاح", "بن فرحان", "أبو الغيط": a name prefix and the word it opens.
    if (u?.namePrefix && part?.kind === "word" && !part.person && !part.body) k += 2;
    else if (u && isName(u)) k++;
    else break;
  }
  if (family && k > i && k < units.length && isDetermined(units[k] as Unit)) {
    const after = units[k + 1];
    if (!after || (after.kind === "word" && after.person) || endsName(after)) k++;
  }
  return k - i;
}

/** A link that, after a name, opens what follows the phrase (see constructLength), not a name prefix ("بن"). */
export function endsName(u: Unit): boolean {
  return u.kind === "link" && !u.namePrefix && !u.titleLink;
}

/** How many of `units` (from the first) form a speaker phrase under case marking, read rightwards. */
export function caseLength(units: readonly Unit[]): number {
  let accepted = 0;
  for (let i = 0; i < units.length; i++) {
    const u = units[i] as Unit;
    if (u.kind === "det") {
      if (i > 0 && (units[i - 1] as Unit).kind !== "link") break;
      continue;
    }
    if (u.kind === "link") {
      if (i === 0 || (u.titleLink && !isTitle(units[i - 1] as Unit))) break;
      continue;
    }
    if (u.kind !== "word") break;
    accepted = i + 1;
  }
  return accepted;
}

/**
 * Under case marking, the phrase that ends a leftward candidate: leftwards from its last unit, an article
 * opens the phrase unless a link stands before it. Returns the index of the first unit kept, or -1.
 */
export function caseStartLeft(units: readonly Unit[]): { start: number; openedByArticle: boolean } {
  let start = units.length;
  let openedByArticle = false;
  for (let i = units.length - 1; i >= 0; i--) {
    const u = units[i] as Unit;
    if (u.kind === "det") {
      start = i;
      const before = units[i - 1];
      if (!before || before.kind !== "link") {
        openedByArticle = true;
        break;
      }
      continue;
    }
    if (u.titleLink && !(i > 0 && isTitle(units[i - 1] as Unit))) break;
    start = i;
  }
  while (start < units.length && (units[start] as Unit).kind === "link") start++;
  return { start: start < units.length ? start : -1, openedByArticle };
}

/** Whether a case-marked phrase names someone: a capitalised word or a title. */
export function namesSomeone(units: readonly Unit[]): boolean {
  return units.some((u) => u.kind === "word" && (u.named || u.person || u.body));
}

/** Whether a phrase is led by a title or body (what the weak source phrases require under definiteness). */
export function ledByTitle(units: readonly Unit[], lex: SpeechLexicon): boolean {
  const head = units.find((u) => u.kind === "word");
  if (!head) return false;
  if (lex.words.nameMarking === "case") return namesSomeone(units);
  return head.person || head.body;
}

/** A word that names: a capitalised or undetermined word (by the locale's marking), a title or a body. */
export function names(u: Unit): boolean {
  return u.kind === "word" && (u.named || u.person || u.body);
}

/** Whether a word was part of the name of a speaker found earlier in the document. */
export function knownName(r: UnitReader): (norm: string) => boolean {
  return (norm) => r.knownNames.has(norm);
}
