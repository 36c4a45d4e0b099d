import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findNumbers, type NumberMention } from "../../src/core/extract/numbers/index.js";
import { ar } from "../../src/core/lang/ar/index.js";
import { en } from "../../src/core/lang/en/index.js";
import { paragraphs } from "../../src/core/text/segment.js";
import { tokenize } from "../../src/core/text/tokenize.js";
import { summary } from "./helpers.js";

const dir = join(import.meta.dirname, "../../sources");
const seeds = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(join(dir, f), "utf8") }));

function paragraphNumbers(text: string): { para: string; mentions: NumberMention[] }[] {
  return paragraphs(text).map((p) => ({ para: text.slice(p.start, p.end), mentions: findNumbers(text, tokenize(text, p.start, p.end), ar) }));
}

/** The mentions of the one paragraph of seed `file` that contains `marker`. */
function inParagraph(file: string, marker: string): string[] {
  const seed = seeds.find((s) => s.name.startsWith(file));
  if (!seed) throw new Error(`no seed ${file}`);
  const hits = paragraphs(seed.text).filter((p) => seed.text.slice(p.start, p.end).includes(marker));
  if (hits.length !== 1) throw new Error(`${hits.length} paragraphs of ${file} contain ${marker}`);
  const p = hits[0]!;
  return summary(seed.text, findNumbers(seed.text, tokenize(seed.text, p.start, p.end), ar));
}

describe("seed articles", () => {
  it.each(seeds.map((s) => [s.name, s.text] as const))("%s: every mention is well formed", (_name, text) => {
    for (const { mentions } of paragraphNumbers(text)) {
      let previousEnd = -1;
      for (const m of mentions) {
        expect(Number.isFinite(m.value)).toBe(true);
        expect(m.granularity).toBeGreaterThan(0);
        expect(text.slice(m.start, m.end)).toBe(m.text);
        expect(m.start).toBeGreaterThanOrEqual(previousEnd);
        expect(m.phraseStart).toBeLessThanOrEqual(m.start);
        expect(m.phraseEnd).toBeGreaterThanOrEqual(m.end);
        previousEnd = m.end;
      }
    }
  });

  it.each([
    ["000", "2289 طلعة", ["30=30", "2289=2289", "4111=4111", "562=562", "64=64", "54=54"]],
    ["000", "قاذفات استراتيجية روسية بعيدة", ["160=160 designation", "95=95 designation", "22=22 designation", "3=3 designation"]],
    [
      "000",
      "وأوضح أن 12 قاذفة",
      ["12=12", "22=22 designation", "3=3 designation", "160=160 designation", "95=95 designation", "34=34"],
    ],
    ["000", "لمدة تجاوزت 8 ساعات", ["160=160 designation", "95=95 designation", "8=8 over «تجاوزت 8»", "22=22 designation", "3=3 designation", "4500=4500 over «تجاوزت 4500»"]],
    ["000", "بــ37 طائرة", ["37=37", "8=8", "34=34 designation", "4=4", "27=27 designation"]],
    ["000", "نفذ أكثر من 127", ["127=127 over «أكثر من 127»", "206=206", "82=82", "140=140", "45=45"]],
    ["000", "75 في المئة", ["75 في المئة=75 %", "98=98"]],
    ["000", "الأسابيع الـ3", ["3=3", "4=4"]],
    ["000", "آب عام 2014", ["2014=2014 year"]],
    ["000", "الطائرة A321", ["321=321 designation", "51=51 reference"]],
    ["001", "اكثر من 240 الف", ["240 الف=240000 over «اكثر من 240 الف»", "نصف=0.5 over «اكثر من نصف»"]],
    ["001", "17,00 تغ", ["17,00=17 clock «الساعة 17,00 تغ»"]],
    ["001", "مساء الخميس", ["خمسة=5"]],
    ["001", "الـ 24الاخيرة", ["24=24"]],
    ["002", "4111 هدفاً", ["48=48", "4111=4111", "2299=2299"]],
    ["002", "129 قتيلاً", ["129=129", "350=350", "13=13"]],
    ["002", "12٪", ["12٪=12 %"]],
    ["002", "اف – 18", ["18=18 designation"]],
    ["002", "عام ونصف", []],
    ["002", "ثلاث مرات", ["ثلاث=3"]],
    ["003", "الـ217", ["129=129", "217=217", "7=7"]],
    ["003", "قمة العشرين", ["عشرين=20 designation"]],
    ["004", "قرابة 5 آلاف شخص", ["5 آلاف=5000 approx «قرابة 5 آلاف»", "5 آلاف=5000 over «أكثر من 5 آلاف»"]],
    ["004", "قرابة 70 في المئة", ["70 في المئة=70 % approx «قرابة 70 في المئة»"]],
    ["004", "نحو 60 ألف", ["60 ألف=60000 approx «نحو 60 ألف»", "4 آلاف=4000 approx «بنحو 4 آلاف»", "8 آلاف=8000 over «ما يربو عن 8 آلاف»"]],
    ["004", "214 طناً", ["214=214"]],
    ["004", "الثلاثاء المقبل 15", ["15=15"]],
  ] as const)("%s: the paragraph with «%s»", (file, marker, expected) => {
    expect(inParagraph(file, marker)).toEqual(expected);
  });

  it("finds no number in paragraphs that hold none", () => {
    const found = inParagraph("001", "وكالات الانباء الروسية");
    expect(found).toEqual(["خمسة=5"]);
    expect(inParagraph("004", "سيسافر من باريس إلى موسكو الاثنين")).toEqual([]);
    expect(inParagraph("001", "وكانت اولاها الاربعاء")).toEqual([]);
  });
});

/** English wire copy of the same depth as the seeds, written for these tests. */
describe("English equivalents of the seed paragraphs", () => {
  it.each([
    [
      "Chief of the General Staff Valery Gerasimov said Russian aircraft had flown 2,289 combat sorties since the start of the operation on Sept. 30 and destroyed 4,111 sites, including 562 command posts, 64 training camps and 54 weapons workshops.",
      ["2,289=2289", "30=30", "4,111=4111", "562=562", "64=64", "54=54"],
    ],
    [
      "Defence Minister Sergei Shoigu said 12 Tu-22M3 long-range bombers struck targets in Raqqa at dawn, while Tu-160 and Tu-95MS strategic bombers fired 34 cruise missiles; the Tu-22M3s flew more than 4,500 km and stayed airborne for over eight hours.",
      [
        "12=12", "22=22 designation", "3=3 designation", "160=160 designation", "95=95 designation", "34=34",
        "22=22 designation", "3=3 designation", "4,500=4500 over «more than 4,500»", "eight=8 over «over eight»",
      ],
    ],
    [
      "The conflict has killed more than 240,000 people since 2011. Washington says its coalition flew several sorties over Syria in the past 24 hours; no contact had been reported by 17:00 GMT on Thursday.",
      ["240,000=240000 over «more than 240,000»", "2011=2011 year", "24=24", "17:00=17 clock «17:00 GMT»"],
    ],
    [
      "The attacks in Paris on Nov. 13 killed 129 people and wounded 350. France carries out 12% of the coalition's non-U.S. strikes, and an F-18 was scrambled; Russia cited Article 51 of the UN Charter after the A321 crash.",
      ["13=13", "129=129", "350=350", "12%=12 %", "18=18 designation", "51=51 reference", "321=321 designation"],
    ],
    [
      "About 5,000 Free Syrian Army fighters, nearly two-thirds of them from Homs, are fighting alongside government forces, Putin said on Friday; militants control some 70 percent of Syria and number roughly 60,000, and Russia has flown around 4,000 sorties and destroyed more than 8,000 facilities, shipping 214 tonnes of cargo.",
      [
        "5,000=5000 approx «About 5,000»", "two-thirds=0.666666666666667 nearly «nearly two-thirds»",
        "70 percent=70 % approx «some 70 percent»", "60,000=60000 approx «roughly 60,000»", "4,000=4000 approx «around 4,000»",
        "8,000=8000 over «more than 8,000»", "214=214",
      ],
    ],
  ])("%s", (text, expected) => {
    expect(summary(text, findNumbers(text, tokenize(text), en))).toEqual(expected);
  });
});
