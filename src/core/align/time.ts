/**
 * Running figures: a death toll or a tally of strikes grows from one day's articles to the next. A higher
 * value in a later article is a figure that moved on, not a contradiction, when the articles are far apart
 * in time, or, for a tally, a day or more apart with the later figure clearly higher (for a cumulative tally of
 * people, higher at all) and nothing showing that both quote one statement. A count kept since a start (see
 * accrual.ts) is a tally too.
 */
import { CUMULATIVE_UNITS, FALLING_UNITS, MOVE_SHARE, RUNNING_UNITS, SNAPSHOT_DAYS } from "./constants.js";
import { coMentionOverlap, type Features } from "./features.js";
import { accruing } from "./accrual.js";

export function movedOn(a: Features, pa: number, b: Features, pb: number): boolean {
  if (a.day === undefined || b.day === undefined || a.day === b.day) return false;
  const [early, late, pEarly, pLate] = a.day < b.day ? [a, b, pa, pb] : [b, a, pb, pa];
  // Tolls and tallies grow; a later, smaller figure is another figure or a correction, not one moving on,
  // except for a count that shrinks as it is resolved (the missing, as they are found).
  const unit = early.unit;
  const falls = !!unit && FALLING_UNITS.has(unit);
  // A later "nearly" reaches up to its figure ("nearly 62,000" the day after 61,776 may be the toll grown).
  const top = late.qualifier === "nearly" && typeof late.value === "number" ? Math.max(pLate, late.value) : pLate;
  // The same figure a week later has not moved ("some 2,000" then «نحو ألفين»).
  if (pLate === pEarly || (top <= pEarly && !falls)) return false;
  if (late.day! - early.day! > SNAPSHOT_DAYS) return true;
  // Within days only a tally moves on, and not when the sentences agree on another figure (the same
  // statement quoted twice).
  const cumulative = !!unit && CUMULATIVE_UNITS.has(unit);
  // A count kept since a start ("since the truce began") runs whatever it counts.
  const running = !!unit && (RUNNING_UNITS.has(unit) || cumulative || accruing(early) || accruing(late));
  if (!running || early.historical || late.historical) return false;
  if (coMentionOverlap(early.coMentions, late.coMentions) >= 1) return false;
  // A later article that still gives the earlier figure itself («وأصيب 30» beside state TV's «إصابة 29 آخرين»,
  // quoted in full) does not show it grown: its other figure is a second count of the same day, or a slip.
  if (!early.qualifier && late.sourceValues.has(Number(early.value))) return false;
  if (cumulative && top > pEarly) return true;
  return pLate >= pEarly * (1 + MOVE_SHARE) || (falls && pEarly >= pLate * (1 + MOVE_SHARE));
}
