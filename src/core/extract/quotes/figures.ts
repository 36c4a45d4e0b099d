/**
 * A quoted statement is compared word for word, and outlets write the speaker's figures their own way: "three"
 * or "3", "2,289" or "2289", «٤ آلاف» or «4000». Each number the recogniser found inside the quotation is written
 * as its value in ASCII digits before the statement is normalised, so that two wordings of one figure are one
 * word. The figure's value is not otherwise read here: two quotes with different figures still differ.
 */
import type { NumberMention } from "../numbers/index.js";
import type { Rewrite } from "./days.js";

/**
 * The text of [start, end) with each number wholly inside it written as its value (numbers sorted by start), and
 * each span of `days` (sorted, see daysWritten) as its text; a number inside such a span is part of its day.
 */
export function withFiguresWritten(
  text: string,
  start: number,
  end: number,
  numbers: readonly NumberMention[],
  days: readonly Rewrite[] = [],
): string {
  let out = "";
  let at = start;
  let di = 0;
  const dayBefore = (offset: number) => {
    for (; di < days.length && (days[di] as Rewrite).start < offset; di++) {
      const d = days[di] as Rewrite;
      if (d.start < at) continue;
      out += `${text.slice(at, d.start)} ${d.text} `;
      at = d.end;
    }
  };
  for (const n of numbers) {
    if (n.end > end) break;
    dayBefore(n.end);
    // A range keeps its words between its ends ("20 to 30", «27 إلى 30»): its value would drop them.
    if (n.start < at || n.upper !== undefined) continue;
    out += `${text.slice(at, n.start)} ${figure(n)} `;
    at = n.end;
  }
  dayBefore(end);
  return at === start ? text.slice(start, end) : out + text.slice(at, end);
}

function figure(n: NumberMention): string {
  return `${n.value}${n.percent ? " %" : ""}`;
}
