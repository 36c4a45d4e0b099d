import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/types.js";
import { quantity, run, summary } from "./helpers.js";

// A count kept since a start only grows, whatever it counts: a clearly higher figure in an article a day or
// more later is the count moving on. Without "since" (a convoy of trucks) it is no running count.
describe("a count kept since a start moves on", () => {
  const EN = "More than 400 trucks carrying food have entered the city since the truce began, the agency said.";
  const AR = "وأضافت أن عدد شاحنات المساعدات التي دخلت المدينة منذ بدء الهدنة بلغ ٧٣٠ شاحنة.";
  const EN_LATER = "Aid agencies said 730 trucks have entered the city since the truce began.";
  const EN_CONVOY = "A convoy of more than 400 trucks carrying food reached the city, the agency said.";
  const AR_CONVOY = "ووصلت إلى المدينة قافلة من ٧٣٠ شاحنة محملة بالمساعدات.";
  it.each<[string, () => Claim[], Record<string, string>, string[]]>([
    [
      "more than 400 trucks, then «٧٣٠ شاحنة» two days later",
      () => [quantity("en", EN, "More than 400", 400, "vehicle", "over", 100), quantity("ar", AR, "٧٣٠", 730, "vehicle")],
      { en: "2026-10-17", ar: "2026-10-19" },
      ["changed vehicle: 730 400"],
    ],
    [
      "the same in one language",
      () => [quantity("en", EN, "More than 400", 400, "vehicle", "over", 100), quantity("en2", EN_LATER, "730", 730, "vehicle")],
      { en: "2026-10-17", en2: "2026-10-19" },
      ["changed vehicle: 400 730"],
    ],
    [
      "a convoy is no count kept since a start",
      () => [quantity("en", EN_CONVOY, "more than 400", 400, "vehicle", "over", 100), quantity("ar", AR_CONVOY, "٧٣٠", 730, "vehicle")],
      { en: "2026-10-17", ar: "2026-10-19" },
      [],
    ],
    [
      "a lower figure later has not moved on",
      () => [quantity("en", EN_LATER, "730", 730, "vehicle"), quantity("ar", AR.replace("٧٣٠", "٤٠٠"), "٤٠٠", 400, "vehicle")],
      { en: "2026-10-17", ar: "2026-10-19" },
      [],
    ],
  ])("%s", (_name, make, published, expected) => {
    const claims = make();
    expect(summary(run(claims, published), claims)).toEqual(expected);
  });
});
