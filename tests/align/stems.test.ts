/**
 * Context stems: one word, bare or after the article or a conjunction, gives one stem, so two sentences that
 * share it share context whichever way each outlet wrote it (round eighteen: «وزارة» read «زارة» while
 * «الوزارة» read «وزارة», and «فبراير» read «راير» while «وفبراير» read «فبراير»).
 */
import { describe, expect, it } from "vitest";
import { contentStems } from "../../src/core/align/features.js";
import { getLocale } from "../../src/core/lang/registry.js";

const stem = (word: string, lang: string): string => contentStems(word, getLocale(lang as "ar" | "en")!).map((s) => s.stem).join(" ");

describe("one word gives one context stem however it is prefixed", () => {
  it.each([
    ["وزارة", "الوزارة"],
    ["وزارة", "والوزارة"],
    ["وزارة", "بالوزارة"],
    ["فبراير", "وفبراير"],
    ["فبراير", "لفبراير"],
    ["البنك", "وللبنك"],
  ])("«%s» and «%s»", (a, b) => {
    expect(stem(a, "ar")).not.toBe("");
    expect(stem(a, "ar")).toBe(stem(b, "ar"));
  });

  it("keeps words apart that share no stem, and English words as written", () => {
    expect(stem("وزارة", "ar")).not.toBe(stem("زيارة", "ar"));
    expect(stem("ministry", "en")).toBe("ministry");
  });
});
