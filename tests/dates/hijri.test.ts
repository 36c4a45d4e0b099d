import { describe, expect, it } from "vitest";
import { ar } from "../../src/core/lang/ar/index.js";
import { en } from "../../src/core/lang/en/index.js";
import { claimsOf } from "../extract/helpers.js";
import { datesIn } from "./helpers.js";

type Case = [string, string[][]];

// Hijri dates are recognised so their numbers are not figures; their "hijri:" values never become claims.
describe("Arabic Hijri dates", () => {
  it.each<Case>([
    [
      "جدة - الأربعاء 15 ذو الحجة 1446هـ الموافق 11 يونيو 2025م",
      [["الأربعاء 15 ذو الحجة 1446هـ", "hijri:1446-12-15"], ["11 يونيو 2025م", "2025-06-11"]],
    ],
    ["تبدأ صباح يوم السبت 18 ذو الحجة 1446هـ", [["السبت 18 ذو الحجة 1446هـ", "hijri:1446-12-18"]]],
    ["في 15 ذي الحجة", [["15 ذي الحجة", "hijri:--12-15"]]],
    ["في الأول من رمضان", [["الأول من رمضان", "hijri:--09-01"]]],
    ["خلال شهر رمضان المبارك", [["رمضان", "hijri:--09"]]],
    ["في ربيع الأول 1447 هـ", [["ربيع الأول 1447 هـ", "hijri:1447-03"]]],
    ["في جمادى الآخرة", [["جمادى الآخرة", "hijri:--06"]]],
    ["في 30 رمضان 1446", [["30 رمضان 1446", "hijri:1446-09-30"]]],
    ["في عام 1446 هـ", [["1446 هـ", "hijri:1446"]]],
    ["ميزانية 1446هـ", [["1446هـ", "hijri:1446"]]],
    ["في 3 صفر 1446 هـ", [["3 صفر 1446 هـ", "hijri:1446-02-03"]]],
    // صفر is also "zero"; Hijri months have at most 30 days; a Gregorian year is not a Hijri one.
    ["فاز الفريق 3 صفر", []],
    ["في 31 رمضان", []],
    ["في رمضان 2025م", [["رمضان", "hijri:--09"]]],
  ])("%s", (text, expected) => {
    expect(datesIn(text, ar, "2025-06-12")).toEqual(expected);
  });
});

describe("English Hijri dates", () => {
  it.each<Case>([
    ["The offensive began in Ramadan 1446 AH.", [["Ramadan 1446 AH", "hijri:1446-09"]]],
    ["Pilgrims gathered on 15 Dhul-Hijjah 1446.", [["15 Dhul-Hijjah 1446", "hijri:1446-12-15"]]],
    ["The 1437 AH budget.", [["1437 AH", "hijri:1437"]]],
    ["In Rabi' al-Awwal 1447, prices rose.", [["Rabi' al-Awwal 1447", "hijri:1447-03"]]],
    // Names as well as months: only with a year.
    ["Tariq Ramadan 15 times", []],
    ["Fasting during Ramadan", []],
  ])("%s", (text, expected) => {
    expect(datesIn(text, en, "2025-06-12")).toEqual(expected);
  });
});

describe("Hijri dates make no claim", () => {
  it.each<[string, "ar" | "en", string]>([
    ["وقّعت الهدنة الأربعاء 15 ذو الحجة 1446هـ الموافق 11 يونيو 2025م، وقتل 5 أشخاص.", "ar", "15 ذو الحجة 1446هـ"],
    ["The offensive began in Ramadan 1446 AH and killed 12 people.", "en", "Ramadan 1446 AH"],
  ])("%s", (text, lang, hijri) => {
    const start = text.indexOf(hijri);
    const claims = claimsOf(text, lang, "2025-06-12");
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.filter((c) => c.start < start + hijri.length && c.end > start)).toEqual([]);
  });
});
