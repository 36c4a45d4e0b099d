import { describe, expect, it } from "vitest";
import { en } from "../../src/core/lang/en/index.js";
import { datesIn } from "./helpers.js";

type Case = [string, string, string[][]];

describe("English dates: day and month names", () => {
  it.each<Case>([
    ["Hollande will meet Putin in Moscow on Nov. 26, the Elysee said.", "2015-11-20", [["Nov. 26", "2015-11-26~"]]],
    ["Hollande will meet Putin in Moscow on Nov 26.", "2015-11-20", [["Nov 26", "2015-11-26~"]]],
    ["The two leaders will meet on November 26 in Moscow.", "2015-11-20", [["November 26", "2015-11-26~"]]],
    ["The resolution was adopted on November 26, 2015, by the council.", "", [["November 26, 2015", "2015-11-26"]]],
    ["The visit is set for 26 November, officials said.", "2015-11-20", [["26 November", "2015-11-26~"]]],
    ["The visit took place on 26 November 2015 in Moscow.", "", [["26 November 2015", "2015-11-26"]]],
    ["Talks resumed on the 26th of November.", "2015-11-20", [["26th of November", "2015-11-26~"]]],
    ["The blast on the fourth of August killed 200 people.", "2020-08-06", [["fourth of August", "2020-08-04~"]]],
    ["Talks resume on the twenty-first of November.", "2015-11-20", [["twenty-first of November", "2015-11-21~"]]],
    ["Russia began air strikes in Syria on Sept. 30.", "2015-10-02", [["Sept. 30", "2015-09-30~"]]],
    ["Russia began air strikes in Syria on September 30.", "2015-10-02", [["September 30", "2015-09-30~"]]],
    ["The strikes began on Sept. 30 last year.", "2016-02-01", [["Sept. 30 last year", "2015-09-30~"]]],
    ["The strikes began on 30 September.", "2016-02-01", [["30 September", "--09-30"]]],
    ["The November 26 last-minute talks failed.", "2015-11-20", [["November 26", "2015-11-26~"]]],
    ["The attacks of November 13 and 14 killed 130 people.", "2015-11-20", [["November 13", "2015-11-13~"], ["14", "2015-11-14~"]]],
    ["The summit runs from November 30 to December 11 in Paris.", "2015-11-20", [["November 30", "2015-11-30~"], ["December 11", "2015-12-11~"]]],
    ["Kerry flies to Moscow on Tuesday, Dec. 15, for talks.", "2015-12-12", [["Tuesday, Dec. 15", "2015-12-15~"]]],
    ["The law took effect on May 5, 2015.", "", [["May 5, 2015", "2015-05-05"]]],
    ["The vote is on March 3.", "2016-02-20", [["March 3", "2016-03-03~"]]],
    ["The treaty was signed on 14 July 2015 in Vienna.", "", [["14 July 2015", "2015-07-14"]]],
    ["The meeting was on NOVEMBER 26.", "2015-11-20", [["NOVEMBER 26", "2015-11-26~"]]],
    ["The deadline is 1 Dec. 2015.", "", [["1 Dec. 2015", "2015-12-01"]]],
    ["The report came out in Dec. 2015.", "", [["Dec. 2015", "2015-12"]]],
    ["The talks, due on December 18th, 2015, were delayed.", "", [["December 18th, 2015", "2015-12-18"]]],
    ["Strikes began on Wednesday, Sept. 30, officials said.", "2015-10-02", [["Wednesday, Sept. 30", "2015-09-30~"]]],
    ["Strikes began on Weds., Sept. 30.", "2015-10-02", [["Weds., Sept. 30", "2015-09-30~"]]],
    // The abbreviation's full stop ends the sentence: "30" is a count, and Wednesday is dated by "began".
    ["Strikes began on Wed. Officials said 30 were killed.", "2015-10-02", [["Wed", "2015-09-30~ rel"]]],
    ["Strikes began on Weds, Sept. 30.", "2015-10-02", [["Weds, Sept. 30", "2015-09-30~"]]],
    // Month names in lower case: with a day beside them, and the year too when the name is also a word.
    ["He was arrested on march 10, 2019 in Ohio.", "", [["march 10, 2019", "2019-03-10"]]],
    ["The vote was held on 10 may 2019.", "", [["10 may 2019", "2019-05-10"]]],
    ["The ceasefire began on november 5 at dawn.", "2015-11-20", [["november 5", "2015-11-05~"]]],
    ["The ceasefire began on 5 november at dawn.", "2015-11-20", [["5 november", "2015-11-05~"]]],
  ])("%s", (text, published, expected) => {
    expect(datesIn(text, en, published || undefined)).toEqual(expected);
  });
});

describe("English dates: months without a day", () => {
  it.each<Case>([
    ["Russia annexed Crimea in March 2014.", "2015-11-20", [["March 2014", "2014-03"]]],
    ["Prices fell in November 2015.", "", [["November 2015", "2015-11"]]],
    ["The airliner was downed in late October over Sinai.", "2015-11-20", [["late October", "2015-10~"]]],
    ["Talks are planned for mid-January.", "2015-12-20", [["mid-January", "2016-01~"]]],
    ["The rules were agreed in October.", "2015-12-12", [["October", "2015-10~"]]],
    ["The rules were agreed last November.", "2015-10-12", [["last November", "2014-11~"]]],
    ["The rules were agreed in November last year.", "2015-10-12", [["November last year", "2014-11~"]]],
    // Written in November, "in April" could be either side of it; "March" and "May" alone are words.
    ["The plan was announced in April.", "2015-11-20", []],
    ["The plan was announced in March.", "2015-11-20", []],
    ["The plan was announced in October.", "", []],
    // A past tense that rules out the nearest month leaves the year open, never a wrong one.
    ["He started working at the plant in October.", "2013-06-14", []],
    ["Talks were held in January.", "2015-12-20", []],
    ["The plant will reopen in October, and sales rose in January.", "2013-06-14", [["October", "2013-10~"], ["January", "2013-01~"]]],
    ["Payrolls increased by much less than expected in the month of July.", "2024-08-02", [["July", "2024-07~"]]],
  ])("%s", (text, published, expected) => {
    expect(datesIn(text, en, published || undefined)).toEqual(expected);
  });
});

describe("English dates: numeric forms and years", () => {
  it.each<Case>([
    ["The report is dated 2015-11-26.", "", [["2015-11-26", "2015-11-26"]]],
    ["The report is dated 26/11/2015.", "", [["26/11/2015", "2015-11-26"]]],
    ["The report is dated 11/26/2015.", "", [["11/26/2015", "2015-11-26"]]],
    // American month-first or British day-first: English copy does not say.
    ["The report is dated 05/11/2015.", "", []],
    ["The war began in 2011.", "", [["2011", "2011"]]],
    ["Since 2011, more than 240,000 people have been killed.", "", [["2011", "2011"]]],
    ["The 2015-2016 season was cancelled.", "", [["2015", "2015"], ["2016", "2016"]]],
    ["The 2015/16 budget.", "", [["2015", "2015"], ["16", "2016"]]],
    ["By mid-2015 the group held half of Syria.", "", [["2015", "2015"]]],
  ])("%s", (text, published, expected) => {
    expect(datesIn(text, en, published || undefined)).toEqual(expected);
  });
});

describe("English: what is not a date", () => {
  it.each<[string]>([
    ["Officials said they may 5 times revise the figure."],
    ["Thousands march 30 miles to the capital."],
    ["Thousands march 30 miles, and 2,000 may 12 days later."],
    ["Prices rose in november after the vote."],
    ["He came first of all, and the second of the talks failed."],
    ["It was the first time in a decade that the fourth of the ministers resigned."],
    ["The army may march on the city."],
    ["Demonstrators plan a March on Monday."],
    ["The talks resume on Thursday."],
    // Said on Friday 20 November, "next Thursday" is the 26th either way (see relative.test.ts); with "the"
    // it counts from a day of the story.
    ["The talks resumed the next Thursday."],
    ["The meeting ended at 17:00 GMT."],
    ["Under Article 51 of the UN Charter."],
    ["See page 26 of the report."],
    ["The 9/11 attacks changed everything."],
    // Places named after a day (capitalised after it).
    ["The crush happened at the 17 October 1961 Stadium in Bou Saada."],
    ["Traffic on the October 6 Bridge stopped."],
    ["On 31 February 2015 nothing happened."],
    ["A321 jets and Tu-160 bombers"],
    ["The army lost 2015 soldiers."],
    ["Jan said he would come."],
    ["In 2000 BC the city was founded."],
  ])("%s", (text) => {
    expect(datesIn(text, en, "2015-11-20")).toEqual([]);
  });
});

describe("English: forms news copy uses", () => {
  it.each<Case>([
    ["The plane crashed on Tuesday 7 October near the runway.", "2025-10-08", [["Tuesday 7 October", "2025-10-07~"]]],
    ["The plane crashed on Tuesday 7 October near the runway.", "", [["Tuesday 7 October", "--10-07"]]],
    ["Flights resume on 7 Oct.", "2025-10-01", [["7 Oct", "2025-10-07~"]]],
    // A range of days gives both ends.
    ["The summit runs Oct. 7-9 in Cairo.", "2025-10-01", [["Oct. 7", "2025-10-07~"], ["9", "2025-10-09~"]]],
    ["Talks are expected in mid-October.", "2025-09-20", [["mid-October", "2025-10~"]]],
    ["Elections are due in early November.", "2025-09-20", [["early November", "2025-11~"]]],
  ])("%s", (text, published, expected) => {
    expect(datesIn(text, en, published || undefined)).toEqual(expected);
  });
});

describe("English: a number after a month that takes no day counts something", () => {
  it.each<Case>([
    // "In November 26 people were killed": a date is "on November 26", so 26 counts the people.
    ["In November 26 people were killed in the region.", "2015-12-20", [["November", "2015-11~"]]],
    ["During October 12 soldiers died.", "2015-12-20", [["October", "2015-10~"]]],
    ["During March 12 soldiers died.", "2015-12-20", []],
    // After other words, or with a comma or a year, the number is the day.
    ["Since November 26, prices have risen.", "2015-12-20", [["November 26", "2015-11-26~"]]],
    ["The deal was signed on November 26 in Moscow.", "2015-12-20", [["November 26", "2015-11-26~"]]],
    ["It happened in November 26, 2015.", "", [["November 26, 2015", "2015-11-26"]]],
  ])("%s", (text, published, expected) => {
    expect(datesIn(text, en, published || undefined)).toEqual(expected);
  });
});
