/**
 * What a span of time or a share measures: the truce whose length "seven days" is, the talks that lasted nine
 * days, the prison term of ten years, the turnout of 41.05 %. Such a figure says little on its own (every story
 * has its "3 days"), but two articles that each give one length of a truce give it for the same truce, in
 * whatever language: the subject is read as a glossary concept, so «هدنة … لمدة سبعة أيام» and "a seven-day
 * humanitarian truce" meet on "truce".
 */
import type { Claim } from "../types.js";
import type { Locale } from "../lang/types.js";
import { conceptOf } from "./glossary.js";
import { wordIndexAt, type StemIds, type StemList } from "./features.js";
import { ASKING, HELD_SUBJECTS, SHARE_SUBJECTS, SPAN_HOLDERS, SPAN_SUBJECTS, TERM_ASKERS, TIME_UNITS } from "./constants.js";

/**
 * Content words before the figure its subject may stand at: a verb's object may come between
 * («تحاصر قوات الدعم السريع مدينة الفاشر منذ أكثر من 400 يوم»).
 */
const WORDS_BEFORE = 7;
/** … and after it ("nine days of talks", "a seven-day humanitarian truce"). */
const WORDS_AFTER = 3;

/**
 * The subject a figure of a span of time or of a share measures, if a word near it names one: the nearest (before
 * the figure winning a tie), a weak subject only when no other is near.
 */
export function spanSubjectOf(claim: Claim, list: StemList, table: StemIds, locale: Locale): string | undefined {
  if (claim.kind !== "quantity" || !claim.unit) return undefined;
  const subjects = TIME_UNITS.has(claim.unit) ? SPAN_SUBJECTS : claim.unit === "percent" ? SHARE_SUBJECTS : undefined;
  if (!subjects) return undefined;
  const { ids, starts } = list;
  const [markStart, markEnd] = claim.sentenceMark;
  const before = wordIndexAt(starts, markStart);
  const after = wordIndexAt(starts, markEnd);
  let best: { weak: boolean; distance: number; id: string } | undefined;
  const consider = (k: number, distance: number) => {
    const concept = conceptOf(table.stem(ids[k]!), locale);
    const s = concept === undefined ? undefined : subjects.get(concept);
    if (!s) return;
    if (!best || (best.weak && !s.weak) || (best.weak === s.weak && distance < best.distance)) best = { weak: s.weak, distance, id: s.id };
  };
  for (let d = 1; d <= WORDS_BEFORE && before - d >= 0; d++) consider(before - d, d);
  // After the figure a tie goes to the word before it: +0.5.
  for (let d = 1; d <= WORDS_AFTER && after + d - 1 < ids.length; d++) consider(after + d - 1, d + 0.5);
  return best?.id;
}

/**
 * Content words before a prison term its holder may stand at: the name, title and age of a defendant come
 * between («المدير العام السابق للهيئة سالم راشد الكعبي (58 عاما)، بالسجن عشر سنوات»).
 */
const HOLDER_WORDS = 12;

/**
 * Whose span of time a figure of a subject that belongs to one person is (see SPAN_HOLDERS): the nearest role
 * named before it. Two terms read with one holder in one article (a role named once before both) are not
 * told apart by it: the caller keeps a holder only where it is the only one of its subject.
 */
export function spanHolderOf(claim: Claim, subject: string, list: StemList, table: StemIds, locale: Locale): string | undefined {
  if (!HELD_SUBJECTS.has(subject)) return undefined;
  const { ids, starts } = list;
  const before = wordIndexAt(starts, claim.sentenceMark[0]);
  for (let d = 1; d <= HOLDER_WORDS && before - d >= 0; d++) {
    const concept = conceptOf(table.stem(ids[before - d]!), locale);
    const holder = concept === undefined ? undefined : SPAN_HOLDERS.get(concept);
    if (holder) return holder.id;
  }
  return undefined;
}

/**
 * Who asked for a term the figure is, if a party that asks (prosecutors, the defendant's lawyers) stands before a
 * word of asking before it ("Prosecutors had sought a sentence of as much as 50 years"): such a term is no
 * rival of the term the article says was handed down, only of another article's term asked by the same party.
 */
export function termAskedBy(claim: Claim, subject: string, list: StemList, table: StemIds, locale: Locale): string | undefined {
  if (!HELD_SUBJECTS.has(subject)) return undefined;
  const { ids, starts } = list;
  const before = wordIndexAt(starts, claim.sentenceMark[0]);
  let asked = false;
  for (let d = 1; d <= HOLDER_WORDS && before - d >= 0; d++) {
    const concept = conceptOf(table.stem(ids[before - d]!), locale);
    if (concept === ASKING) asked = true;
    else if (asked && concept !== undefined && TERM_ASKERS.has(concept)) return concept;
  }
  return undefined;
}
