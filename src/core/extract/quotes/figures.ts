/**
 * A quoted statement is compared word for word, and outlets write the speaker's figures their own way: "three"
 * or "3", "2,289" or "2289", «٤ آلاف» or «4000». Each number the recogniser found inside the quotation is written
 * as its value in ASCII digits before the statement is normalised, so that two wordings of one figure are one
 * word. The figure's value is not otherwise read here: two quotes with different figures still differ.
 */
import type { NumberMention } from "../numbers/index.js";

/** The text of [start, end) with each number wholly inside it written as its value (numbers sorted by start). */
export function withFiguresWritten(text: string, start: number, end: number, numbers: readonly NumberMention[]): string {
  let out = "";
  let at = start;
  for (const n of numbers) {
    // A range keeps its words between its ends ("20 to 30", «27 إلى 30»): its value would drop them.
    if (n.start < at || n.upper !== undefined) continue;
    if (n.end > end) break;
    out += `${text.slice(at, n.start)} ${figure(n)} `;
    at = n.end;
  }
  return at === start ? text.slice(start, end) : out + text.slice(at, end);
}

function figure(n: NumberMention): string {
  return `${n.value}${n.percent ? " %" : ""}`;
}
