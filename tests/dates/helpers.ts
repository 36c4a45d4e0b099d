import { expect } from "vitest";
import { tokenize } from "../../src/core/text/tokenize.js";
import { findDates, type DateMention } from "../../src/core/extract/dates/index.js";
import type { Locale } from "../../src/core/lang/types.js";
import { NAME_VALUE } from "../../src/core/extract/dates/resolve.js";

/** Dates in `text` as [text, value] pairs (with "~" after the value when the year was inferred, "rel" when relative). */
export function datesIn(text: string, locale: Locale, published?: string): string[][] {
  const mentions = findDates(text, tokenize(text), locale, published ? { published } : {});
  checkMentions(text, mentions);
  // A day that names something is kept by the recogniser only to keep its numbers from being read as figures.
  return mentions.filter((m) => m.value !== NAME_VALUE).map((m) => [m.text, m.value + (m.yearInferred ? "~" : "") + (m.relative ? " rel" : "")]);
}

/** Offsets agree with the text, mentions are in order and do not overlap. */
export function checkMentions(text: string, mentions: readonly DateMention[]): void {
  let end = -1;
  for (const m of mentions) {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.start).toBeGreaterThanOrEqual(end);
    expect(m.end).toBeGreaterThan(m.start);
    end = m.end;
  }
}
