import { describe, expect, it } from "vitest";
import { ar } from "../../src/core/lang/ar/index.js";
import { en } from "../../src/core/lang/en/index.js";
import type { Locale } from "../../src/core/lang/types.js";
import { tokenize } from "../../src/core/text/tokenize.js";
import { findDates } from "../../src/core/extract/dates/index.js";
import { claimsOf } from "../extract/helpers.js";
import { datesIn } from "./helpers.js";

type Case = [string, Locale, string[][]];

describe("the clock time after a date is part of it", () => {
  it.each<Case>([
    ["Sat 5 Jul 2025 10.30 BST", en, [["Sat 5 Jul 2025 10.30 BST", "2025-07-05"]]],
    ["Feb. 4, 2025, updated 9:41 p.m. ET", en, [["Feb. 4, 2025, updated 9:41 p.m. ET", "2025-02-04"]]],
    ["The quake struck on Feb. 3, 2025 at 04:17 GMT, officials said.", en, [["Feb. 3, 2025 at 04:17 GMT", "2025-02-03"]]],
    ["نشر في ١٥ سبتمبر ٢٠٢٨ - ١٠:٣٠ ص", ar, [["١٥ سبتمبر ٢٠٢٨ - ١٠:٣٠ ص", "2028-09-15"]]],
    ["2025-07-05 10:30 GMT", en, [["2025-07-05 10:30 GMT", "2025-07-05"]]],
    // A decimal, a count, or an hour that is no clock stays out.
    ["On 5 July 2025 10.5 per cent of the boats sank.", en, [["5 July 2025", "2025-07-05"]]],
    ["On 5 July 10.30 per cent of the boats sank.", en, [["5 July", "2025-07-05~"]]],
    ["On 5 July, 12 people died.", en, [["5 July", "2025-07-05~"]]],
    ["On 5 July 2025, 25:00 was the deadline.", en, [["5 July 2025", "2025-07-05"]]],
  ])("%s", (text, locale, expected) => {
    expect(datesIn(text, locale, "2025-07-09")).toEqual(expected);
  });
});

// The flag is for callers; the pipeline's furniture filter already drops such lines before dates are read.
describe("a paragraph that is only a date is a date line, and no claim", () => {
  const flagged = (text: string, locale: Locale) => findDates(text, tokenize(text), locale, { published: "2025-07-09" }).map((m) => !!m.dateLine);

  it.each<[string, Locale, boolean[]]>([
    ["Sat 5 Jul 2025 10.30 BST", en, [true]],
    ["Feb. 4, 2025, updated 9:41 p.m. ET", en, [true]],
    ["Tuesday 7 October 2025.", en, [true]],
    ["الأربعاء 15 ذو الحجة 1446هـ", ar, [true]],
    ["The strikes began on 5 July 2025.", en, [false]],
    ["Updated 5 July 2025 and 6 July 2025", en, [false, false]],
  ])("%s", (text, locale, expected) => {
    expect(flagged(text, locale)).toEqual(expected);
  });

  it("reads an Arabic publication stamp as a date line", () => {
    const text = "ارتفاع عدد ضحايا الزلزال\n\nتاريخ النشر : 21:37 - 2023/02/08\n\nوضرب زلزال بقوة 7.7 درجة محافظة كهرمان مرعش في تركيا.";
    expect(claimsOf(text, "ar").map((c) => `${c.kind} ${c.text}`)).toEqual(["quantity بقوة 7.7"]);
  });

  it("gives no claim for a date line and keeps the article's dates", () => {
    const text = "Tom Ashworth Home affairs editor\nSat 5 Jul 2025 10.30 BST\n\nA boat capsized off Lampedusa on 27 June, officials said.";
    expect(claimsOf(text, "en", "2025-07-05").map((c) => `${c.kind} ${c.text}`)).toEqual(["date 27 June"]);
  });
});
