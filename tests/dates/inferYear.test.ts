import { describe, expect, it } from "vitest";
import { inferDayYear, inferMonthYear } from "../../src/core/extract/dates/inferYear.js";
import { parseIsoDate, weekday } from "../../src/core/extract/dates/calendarMath.js";
import type { DateDirection } from "../../src/core/extract/dates/words.js";

const at = (iso: string) => {
  const d = parseIsoDate(iso);
  if (!d) throw new Error(iso);
  return d;
};

describe("year of a day written without one", () => {
  it.each<[string, number, number, DateDirection | undefined, number | undefined]>([
    ["2015-11-18", 9, 30, undefined, 2015],
    ["2015-11-18", 9, 30, "past", 2015],
    ["2015-11-18", 9, 30, "future", 2016],
    ["2015-11-18", 11, 18, "past", 2015],
    ["2015-11-18", 11, 18, "future", 2015],
    ["2015-12-20", 1, 5, undefined, 2016],
    ["2016-01-10", 12, 28, undefined, 2015],
    ["2015-11-18", 1, 7, undefined, undefined],
    ["2015-11-18", 1, 7, "past", 2015],
    ["2015-11-18", 1, 7, "future", 2016],
    ["2015-06-30", 1, 1, undefined, 2015],
    ["2015-11-18", 2, 29, undefined, undefined],
    ["2016-03-10", 2, 29, "past", 2016],
    ["2015-11-18", 3, 3, "current", 2015],
  ])("published %s, %i/%i, %s → %s", (published, month, day, direction, year) => {
    expect(inferDayYear(month, day, at(published), direction)).toBe(year);
  });
});

describe("year of a month written without one", () => {
  it.each<[string, number, DateDirection | undefined, number | undefined]>([
    ["2015-12-12", 10, "past", 2015],
    ["2015-11-20", 11, "past", 2014],
    ["2015-11-20", 11, "future", 2016],
    ["2015-11-20", 11, undefined, 2015],
    ["2015-11-20", 10, undefined, 2015],
    ["2015-11-20", 12, undefined, 2015],
    ["2015-12-20", 1, undefined, 2016],
    ["2015-11-20", 1, undefined, undefined],
    ["2015-11-20", 3, undefined, undefined],
    ["2015-11-20", 7, undefined, 2015],
    ["2015-11-20", 1, "future", 2016],
  ])("published %s, month %i, %s → %s", (published, month, direction, year) => {
    expect(inferMonthYear(month, at(published), direction)).toBe(year);
  });
});

describe("calendar arithmetic", () => {
  it.each<[string, number]>([
    ["2015-11-21", 6],
    ["2015-11-26", 4],
    ["2015-12-15", 2],
    ["2000-02-29", 2],
    ["1970-01-01", 4],
  ])("weekday of %s is %i", (iso, expected) => {
    const d = at(iso);
    expect(weekday(d.year, d.month, d.day)).toBe(expected);
  });

  it.each<[string, boolean]>([
    ["2015-11-20", true],
    ["2015-02-29", false],
    ["2016-02-29", true],
    ["1900-02-29", false],
    ["2015-13-01", false],
    ["2015-11-20T10:00:00Z", true],
    ["20-11-2015", false],
  ])("parses %s as a date: %s", (iso, ok) => {
    expect(parseIsoDate(iso) !== undefined).toBe(ok);
  });
});
