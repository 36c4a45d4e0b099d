import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ar } from "../../src/core/lang/ar/index.js";
import { tokenize } from "../../src/core/text/tokenize.js";
import { paragraphs } from "../../src/core/text/segment.js";
import { findDates } from "../../src/core/extract/dates/index.js";
import { checkMentions } from "./helpers.js";
import { readFrontMatter } from "../../src/core/frontMatter.js";

/** The article body: the seeds in sources/ carry front matter above the text as received. */
const body = (text: string) => paragraphs(text, readFrontMatter(text).bodyStart);

// Publication dates inferred from the articles' text (weekday names, "yesterday", "48 days since 30
// September"); copied from the seeds' README so the test does not read outside the repository.
const seeds: [file: string, published: string, expected: string[][]][] = [
  [
    "000_0d8cddbdda6761d7.txt",
    "2015-11-18",
    [
      ["آب عام 2014 الماضي", "2014-08"],
      ["30 أيلول الماضي", "2015-09-30~"],
      ["30 أيلول", "2015-09-30~"],
    ],
  ],
  [
    "001_200334908de8b7f5.txt",
    "2015-10-02",
    [
      // Written on Friday 2 October: the strikes of Thursday evening and of Wednesday night (the first, on
      // 30 September, as the article says), and the strikes of «واستهدفت الغارات الروسية الخميس» (a past verb and
      // its subject before the day), and Lavrov's words of «وقال وزير الخارجية الروسي سيرغي لافروف الخميس ان» (a
      // past verb, a title and a name, and the complementiser). Other weekdays with no lead word ("في بغداد
      // الخميس") stay undated.
      ["الخميس", "2015-10-01~ rel"],
      ["الاربعاء", "2015-09-30~ rel"],
      ["30 ايلول/سبتمبر", "2015-09-30~"],
      ["الخميس", "2015-10-01~ rel"],
      ["الخميس", "2015-10-01~ rel"],
    ],
  ],
  [
    "002_d0c9e97734a90cd3.txt",
    "2015-11-20",
    [
      ["اذار (مارس) 2014", "2014-03"],
      ["13 الشهر الحالي", "2015-11-13~"],
      ["26 تشرين الثاني (نوفمبر)", "2015-11-26~"],
      ["اواخر تشرين الاول (اكتوبر)", "2015-10~"],
      ["30 ايلول (سبتمبر)", "2015-09-30~"],
    ],
  ],
  [
    "003_0fafb6c3e901b041.txt",
    "2015-11-21",
    [
      // Hollande's visit to Moscow "next Thursday", written on Saturday 21 November: the 26th, as 002 says.
      ["الخميس المقبل", "2015-11-26~ rel"],
      ["24 نوفمبر/تشرين الثاني", "2015-11-24~"],
      ["26 نوفمبر/تشرين الثاني", "2015-11-26~"],
      ["4 ديسمبر/كانون الأول المقبل", "2015-12-04~"],
    ],
  ],
  [
    "004_7134a8dc5dcca6b8.txt",
    "2015-12-12",
    [
      ["تشرين الأول الماضي", "2015-10~"],
      ["الثلاثاء المقبل 15 كانون الأول", "2015-12-15~"],
    ],
  ],
];

describe("dates in the seed articles", () => {
  it.each(seeds)("%s", (file, published, expected) => {
    const text = readFileSync(new URL(`../../sources/${file}`, import.meta.url), "utf8");
    const found: string[][] = [];
    for (const para of body(text)) {
      const mentions = findDates(text, tokenize(text, para.start, para.end), ar, { published });
      checkMentions(text, mentions);
      for (const m of mentions) found.push([m.text, m.value + (m.yearInferred ? "~" : "") + (m.relative ? " rel" : "")]);
    }
    expect(found).toEqual(expected);
  });

  it("reports no year without a publication date except where it is written", () => {
    const text = readFileSync(new URL("../../sources/002_d0c9e97734a90cd3.txt", import.meta.url), "utf8");
    const values = body(text).flatMap((p) => findDates(text, tokenize(text, p.start, p.end), ar).map((m) => m.value));
    expect(values).toEqual(["2014-03", "--11-26", "--09-30"]);
  });
});
