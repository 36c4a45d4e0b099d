import { describe, expect, it } from "vitest";
import type { Claim, SourceInput } from "../../src/core/types.js";
import { analyze } from "../../src/core/analyze.js";
import { datelineDays, isDateline } from "../../src/core/align/dateline.js";
import { date, quantity, run, summary } from "./helpers.js";

// A wire without front matter is dated only by its date line; the year comes from the other articles.
describe("a wire's date line dates a source without a publication date", () => {
  it.each<[string, string, string, string, boolean]>([
    ["English wire", "RABAT, Sept 27 (Meridian) - Flash floods triggered by torrential rain killed 27 people in southern Morocco.", "Sept 27", "--09-27", true],
    ["English wire, two-word place", "NEW YORK, July 4 (Reuters) - Stocks rose on Friday.", "July 4", "--07-04", true],
    ["Arabic wire", "القاهرة - ٢٧ سبتمبر (رويترز) - أعلنت وزارة الداخلية ارتفاع الحصيلة.", "٢٧ سبتمبر", "--09-27", true],
    ["English wire, place and country", "BASRA, Iraq, July 20 (Meridian) - Seventeen people have died of heatstroke.", "July 20", "--07-20", true],
    ["English wire, place and state", "DHUBRI, India, April 30 (UPI) -- Floods cut off 200 villages.", "April 30", "--04-30", true],
    ["English wire, abbreviated state", "WASHINGTON, D.C., Nov. 3 - Turnout was high.", "Nov. 3", "--11-03", true],
    ["English wire, no place", "June 18 (UPI) -- Rains caused flash flooding in two states.", "June 18", "--06-18", true],
    ["Arabic wire, no comma or dash after the place", "بغداد ١٠ تشرين الثاني/نوفمبر ٢٠٢٦ (شينخوا) - أعلنت المفوضية النتائج الأولية.", "١٠ تشرين الثاني/نوفمبر ٢٠٢٦", "2026-11-10", true],
    ["English wire, date inside the outlet's brackets", "BUCHAREST (UrduPoint News / Sputnik - 25th November, 2019) Incumbent Romanian President Klaus Iohannis wins re-election.", "25th November, 2019", "2019-11-25", true],
    ["a bracketed aside in the story", "The vote (Sunday - 24 November) was calm.", "24 November", "--11-24", false],
    ["a word before a date with no outlet after it", "بغداد ١٠ تشرين الثاني - أعلنت المفوضية النتائج.", "١٠ تشرين الثاني", "--11-10", false],
    ["a date opening a sentence, no outlet", "June 18 - a Saturday - was the wettest day.", "June 18", "--06-18", false],
    ["a date inside the story", "The river burst its banks on Sept 26, the ministry said.", "Sept 26", "--09-26", false],
    ["a date after a clause", "Flash floods, which began Sept 26 - a Saturday - killed 27.", "Sept 26", "--09-26", false],
  ])("%s", (_name, sentence, text, value, expected) => {
    expect(isDateline(date("wire", sentence, text, value))).toBe(expected);
  });

  it("takes the year that puts the date line nearest the other articles, within a month", () => {
    const line = date("wire", "RABAT, Sept 27 (Meridian) - Flash floods killed 27 people.", "Sept 27", "--09-27");
    const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
    expect(datelineDays([line], new Map([["wire", undefined], ["paper", day("2026-09-30")]]))).toEqual(new Map([["wire", day("2026-09-27")]]));
    expect(datelineDays([line], new Map([["wire", undefined], ["paper", day("2027-01-10")]]))).toEqual(new Map());
    expect(datelineDays([line], new Map([["wire", undefined]]))).toEqual(new Map());
  });

  // flood-relief: a daily and the wire on the 27th, a Gulf paper on the 30th.
  const DAILY = "أعلنت وزارة الداخلية، مساء اليوم الأحد، ارتفاع حصيلة ضحايا الفيضانات إلى 24 قتيلا، فيما لا يزال 11 شخصا في عداد المفقودين.";
  const WIRE = "RABAT, Sept 27 (Meridian) - Flash floods triggered by torrential rain killed 27 people in southern Morocco, with 11 others still missing.";
  const GULF = "ارتفعت حصيلة ضحايا الفيضانات إلى ٤١ قتيلا، بحسب ما أعلنته وزارة الداخلية المغربية أمس الثلاثاء.";
  it.each<[string, () => Claim[], Record<string, string>, string[]]>([
    [
      "the wire's toll is the same day's as the daily's, and the later paper's moved on from both",
      () => [
        quantity("ar-daily", DAILY, "24", 24, "killed"),
        date("en-wire", WIRE, "Sept 27", "--09-27"),
        quantity("en-wire", WIRE, "27", 27, "killed"),
        quantity("ar-gulf", GULF, "٤١", 41, "killed"),
      ],
      { "ar-daily": "2026-09-27", "ar-gulf": "2026-09-30" },
      ["discrepancy killed: 24 27", "changed killed: 24 41 27"],
    ],
  ])("%s", (_name, make, published, expected) => {
    const claims = make();
    expect(summary(run(claims, published), claims)).toEqual(expected);
  });
});

// The missing are found, alive or dead: their count falls as a search goes on.
describe("a count of the missing moves on downwards too", () => {
  const EARLY = "أعلنت وزارة الداخلية ارتفاع حصيلة ضحايا الفيضانات إلى 24 قتيلا، فيما لا يزال 11 شخصا في عداد المفقودين.";
  const LATE = "بعد انتشال جثث جديدة من مجرى الوادي، تراجع عدد المفقودين إلى ٦ أشخاص.";
  it.each<[string, () => Claim[], Record<string, string>, string[]]>([
    [
      "11 missing on the 27th, 6 on the 30th",
      () => [quantity("ar-daily", EARLY, "11", 11, "missing"), quantity("ar-gulf", LATE, "٦", 6, "missing")],
      { "ar-daily": "2026-09-27", "ar-gulf": "2026-09-30" },
      ["changed missing: 11 6"],
    ],
    [
      "a toll does not fall: a lower one days later is no move",
      () => [quantity("ar-daily", EARLY, "24", 24, "killed"), quantity("ar-gulf", LATE.replace("عدد المفقودين", "عدد القتلى"), "٦", 6, "killed")],
      { "ar-daily": "2026-09-27", "ar-gulf": "2026-09-30" },
      [],
    ],
  ])("%s", (_name, make, published, expected) => {
    const claims = make();
    expect(summary(run(claims, published), claims)).toEqual(expected);
  });
});

// Weekdays need the day the wire was filed: a wire dated only by its date line is read again with that day.
describe("a wire dated by its date line has its weekdays resolved", () => {
  const source = (id: string, text: string, published?: string): SourceInput => ({ id, path: `${id}.txt`, text, bodyStart: 0, meta: published ? { published } : {} });
  const PAPER = "The city recorded 49 degrees Celsius on Saturday, the weather office said.";
  it.each<[string, string, string | undefined, string[]]>([
    ["place and country", "BASRA, Iraq, July 20 (Example Wire) - Nine people have died of heatstroke since Friday, officials said on Monday.", "2026-07-20", ["2026-07-20", "2026-07-17", "2026-07-20"]],
    ["no place", "July 20 (Example Wire) -- Nine people have died of heatstroke since Friday, officials said on Monday.", "2026-07-20", ["2026-07-20", "2026-07-17", "2026-07-20"]],
    // Not a date line: no weekday gets a day, and the source stays undated.
    ["a date inside the story", "Nine people have died of heatstroke since Friday, officials said on July 20.", undefined, ["--07-20"]],
  ])("%s", (_name, wire, published, dates) => {
    const analysis = analyze([source("paper", PAPER, "2026-07-19"), source("wire", wire)]);
    expect(analysis.sources.find((s) => s.id === "wire")?.published).toBe(published);
    expect(analysis.claims.filter((c) => c.source === "wire" && c.kind === "date").map((c) => String(c.value))).toEqual(dates);
  });
});

// The day a wire was filed is no day of its story: it may agree with one, never contradict one.
describe("a date line's date never contradicts a day the story names", () => {
  const WIRE = "بغداد ١٠ تشرين الثاني/نوفمبر ٢٠٢٦ (شينخوا) - أعلنت المفوضية النتائج الأولية للانتخابات التي جرت يوم الاثنين ٩ تشرين الثاني/نوفمبر.";
  it.each<[string, () => Claim[], string[]]>([
    [
      "the vote the day before the wire was filed",
      () => [
        date("ar-wire", WIRE, "١٠ تشرين الثاني/نوفمبر ٢٠٢٦", "2026-11-10"),
        date("ar-wire", WIRE, "الاثنين ٩ تشرين الثاني/نوفمبر", "2026-11-09"),
        date("en-paper", "Iraqis voted on Monday, Nov. 9, in the country's sixth parliamentary election.", "Monday, Nov. 9", "2026-11-09"),
      ],
      ["agree : 2026-11-09 2026-11-09"],
    ],
    [
      "the same day in another article agrees with it",
      () => [
        date("ar-wire", WIRE, "١٠ تشرين الثاني/نوفمبر ٢٠٢٦", "2026-11-10"),
        date("en-paper", "The commission announced preliminary results of the election on Tuesday, Nov. 10.", "Tuesday, Nov. 10", "2026-11-10"),
      ],
      ["agree : 2026-11-10 2026-11-10"],
    ],
  ])("%s", (_name, claims, expected) => {
    const cs = claims();
    expect(summary(run(cs), cs)).toEqual(expected);
  });
});
