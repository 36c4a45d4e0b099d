import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/types.js";
import { quantity, run, summary } from "./helpers.js";

// Arrivals are a tally, like a toll: the largest figure of an article is its headline total, and a clearly
// higher figure a day or more later is the tally moving on.
describe("arrivals are a running tally", () => {
  const UK = "Across the Mediterranean, some 18,000 people reached Greece and more than 31,000 Italy in the same period.";
  const WIRE = "Italy registered 31,529 sea arrivals between January and June, according to interior ministry data.";
  const SAME = "Italy registered 35,129 sea arrivals between January and June, according to interior ministry data.";
  it.each<[string, () => Claim[], Record<string, string>, string[]]>([
    [
      "the largest figure of each article is its headline total",
      () => [
        quantity("uk", UK, "some 18,000", 18000, "arrival", "approx", 1000),
        quantity("uk", UK, "more than 31,000", 31000, "arrival", "over", 1000),
        quantity("wire", WIRE, "31,529", 31529, "arrival"),
        quantity("wire", "Some 12,400 people crossed the Channel in small boats.", "12,400", 12400, "arrival"),
      ],
      {},
      ["compatible arrival: 31000 31529"],
    ],
    [
      "a figure clearly higher days later moved on",
      () => [quantity("a", WIRE, "31,529", 31529, "arrival"), quantity("b", SAME, "35,129", 35129, "arrival")],
      { a: "2025-07-01", b: "2025-07-03" },
      ["changed arrival: 31529 35129"],
    ],
  ])("%s", (_name, make, published, expected) => {
    const claims = make();
    expect(summary(run(claims, published), claims)).toEqual(expected);
  });
});

// The report says when the figures were given, as a reader checks them: not a fixed gap.
describe("a figure that moved on says the days its articles were published", () => {
  const WIRE = "Italy registered 31,529 sea arrivals between January and June, according to interior ministry data.";
  const SAME = "Italy registered 35,129 sea arrivals between January and June, according to interior ministry data.";
  it.each<[Record<string, string>, string]>([
    [{ a: "2025-07-01", b: "2025-07-03" }, "arrivals: moved on from 31,529 (a) to 35,129 (b), articles published 2025-07-01 to 2025-07-03 (2 days apart)"],
    [{ a: "2025-07-01", b: "2025-07-02" }, "arrivals: moved on from 31,529 (a) to 35,129 (b), articles published 2025-07-01 to 2025-07-02 (1 day apart)"],
  ])("%j", (published, note) => {
    const claims = [quantity("a", WIRE, "31,529", 31529, "arrival"), quantity("b", SAME, "35,129", 35129, "arrival")];
    expect(run(claims, published).map((g) => g.note)).toEqual([note]);
  });
});

// Sentences with nothing in common across languages but the figure itself.
describe("a specific figure given with the same qualifier in two articles is one figure", () => {
  const EN_HOURS = "The aircraft, registered SU-NCB, had flown about 41,000 hours, Airbus said.";
  const AR_HOURS = "وأوضحت مصادر بالشركة أن الطائرة سجلت نحو 41 ألف ساعة منذ تسلمها.";
  const EN_YEARS = "The opposition leader spent about 12 years in exile.";
  const AR_YEARS = "وأوضحت مصادر بالشركة أن عمر الطائرة نحو 12 عاماً.";
  // Each article gives another figure of the unit, so that neither is the only one of its unit.
  const others = (unit: string) => [
    quantity("en", "The festival lasted 3 days and drew 4,000 people.", "3", 3, unit),
    quantity("ar", "واستمر المهرجان 5 أيام.", "5", 5, unit),
  ];
  it.each<[string, () => Claim[], string[]]>([
    [
      "about 41,000 hours and نحو 41 ألف ساعة",
      () => [quantity("en", EN_HOURS, "about 41,000", 41000, "hour", "approx", 1000), quantity("ar", AR_HOURS, "نحو 41 ألف", 41000, "hour", "approx", 1000), ...others("hour")],
      ["compatible hour: 41000 41000"],
    ],
    [
      "about 12 years is too common a span to align on alone",
      () => [quantity("en", EN_YEARS, "about 12", 12, "year", "approx"), quantity("ar", AR_YEARS, "نحو 12", 12, "year", "approx"), ...others("year")],
      [],
    ],
  ])("%s", (_name, make, expected) => {
    const claims = make();
    expect(summary(run(claims), claims)).toEqual(expected);
  });
});

// A figure a week later that has not moved is the same figure, not a running one that changed; a counted noun
// the glossary knows meets its counterpart in the other language.
describe("the same approximate figure a week apart, across languages", () => {
  const EN = "Some 2,000 health workers will take part in the vaccination campaign, the WHO said.";
  const AR = "وانطلقت حملة التطعيم التي يشارك فيها نحو ألفين من العاملين الصحيين.";
  it("agrees (compatible) and is not marked as moved on", () => {
    const claims = [quantity("en-wire", EN, "Some 2,000", 2000, "~workers", "approx", 1000), quantity("ar-daily", AR, "نحو ألفين", 2000, "~عاملين", "approx", 1000)];
    expect(summary(run(claims, { "en-wire": "2026-10-12", "ar-daily": "2026-10-19" }), claims)).toEqual(["compatible : 2000 2000"]);
  });
});

// Across languages, glossary words may confirm close figures that can both be right (a forecast range that only
// reaches the other figure stays apart: tests/stories/egypt-rate-cut).
describe("close compatible figures across languages", () => {
  const EN = "Yemen's cholera outbreak has grown to nearly 12,000 suspected cases in Hodeidah, the WHO said.";
  const AR = "ارتفع عدد الحالات المشتبه بإصابتها بالكوليرا في الحديدة إلى ١١٬٨٧٠ حالة.";
  it("nearly 12,000 and 11,870 suspected cases meet", () => {
    // Each article gives other cases elsewhere: neither figure is the only one of its unit.
    const claims = [
      quantity("en-wire", EN, "nearly 12,000", 12000, "case", "nearly", 1000),
      quantity("en-wire", "Health authorities are recording about 300 new suspected cases a day.", "about 300", 300, "case", "approx", 100),
      quantity("ar-site", AR, "١١٬٨٧٠", 11870, "case"),
      quantity("ar-site", "وسجلت المحافظة ٤١٢ حالة مؤكدة مخبرياً منذ بدء التفشي.", "٤١٢", 412, "case"),
    ];
    expect(summary(run(claims), claims)).toEqual(["compatible case: 11870 12000"]);
  });
});

// A later article that still gives the earlier figure itself has not seen the tally grow: its other figure (a
// wire's own round count beside the state broadcaster's, quoted in full) is set against the earlier one.
describe("a later article that gives the earlier figure too has not moved on", () => {
  const EARLY = "لقي ٢٠ شخصاً حتفهم وأُصيب 29 آخرون في حادث انقلاب حافلة، عصر اليوم الإثنين في عقبة شعار.";
  const OWN = "قضى 20 شخصا وأصيب نحو 30 في حادث سير تعرضت له حافلة ركاب كانت متجهة إلى مدينة مكة.";
  const QUOTED = "وأفادت قناة الإخبارية بوفاة 20 شخصا وإصابة 29 آخرين في حادث حافلة ركاب بعقبة شعار.";
  const published = { ar1: "2023-03-27", ar2: "2023-03-28" };
  it("sets the later article's own figure against the earlier one", () => {
    const claims = [
      quantity("ar1", EARLY, "29", 29, "injured"),
      quantity("ar2", OWN, "نحو 30", 30, "injured", "approx"),
      quantity("ar2", QUOTED, "29", 29, "injured"),
    ];
    const groups = run(claims, published);
    expect(groups.map((g) => g.verdict)).not.toContain("changed");
  });
  it("still moves on where the later article gives only the new figure", () => {
    const claims = [quantity("ar1", EARLY, "29", 29, "injured"), quantity("ar2", OWN, "نحو 30", 30, "injured", "approx")];
    expect(run(claims, published).map((g) => g.verdict)).toContain("changed");
  });
});
