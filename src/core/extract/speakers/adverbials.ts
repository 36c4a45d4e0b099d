/**
 * Adverbials of time or place between a subject and its verb ("President Vladimir Putin on Tuesday told",
 * "Lavrov in Moscow said", "The ministry late on Friday said"): a preposition (or a link allowed after a
 * title, "in", "at"), perhaps after an adverb, then names, time words, numbers and articles. Read within a
 * bounded window from either side.
 */
import type { Unit, UnitReader } from "./units.js";

// How many units an adverbial of time or place between a subject and its verb may hold ("late on Friday").
const MAX_ADVERBIAL_UNITS = 6;

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
export function adverbialStartsLeft(r: UnitReader, j: number): number[] {
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
export function pastAdverbialRight(r: UnitReader, u: Unit): Unit {
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
