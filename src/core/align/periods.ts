/**
 * Tallies over different periods: "scored 14 goals in two seasons" and "scored 32 goals over eight seasons" count
 * goals of different stretches of time, so the one is no misreport of the other. Each sentence must give a span
 * of time of one unit and the two spans must have nothing in common; a sentence with no span, or two giving the
 * same one ("in three days"), leaves the figures to be compared as before.
 */
import { TIME_UNITS } from "./constants.js";
import type { SentenceSpans, Span } from "./mentions.js";

export function overOtherPeriods(a: SentenceSpans | undefined, b: SentenceSpans | undefined, ownA: Span | undefined, ownB: Span | undefined): boolean {
  if (!a || !b || (ownA && TIME_UNITS.has(ownA.key))) return false;
  let paired = false;
  for (const x of a.all) {
    if (x === ownA || !TIME_UNITS.has(x.key)) continue;
    for (const y of b.all) {
      if (y === ownB || y.key !== x.key) continue;
      if (x.lo <= y.hi && y.lo <= x.hi) return false;
      paired = true;
    }
  }
  return paired;
}
