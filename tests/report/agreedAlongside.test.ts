/** A discrepancy says once each figure its sentences agree on, however many groups hold that figure. */
import { expect, it } from "vitest";
import { analyze } from "../../src/core/analyze.js";
import { renderMarkdown } from "../../src/core/report/markdown.js";

const source = (id: string, text: string) => ({ id, path: `${id}.txt`, bodyStart: 0, meta: {}, text });

it("a figure agreed within each of two languages is named once beside the discrepancy", () => {
  // The English pair and the Arabic pair each agree on the days, in groups of their own.
  const analysis = analyze([
    source("a", 'The minister said: "We flew 2,289 sorties and hit three thousand targets in twelve days."\n'),
    source("b", 'The minister said: "We flew 2289 sorties and hit 3,000 targets in 12 days."\n'),
    source("c", "وقال الوزير: «نفذنا ثلاثة آلاف طلعة خلال ١٢ يوما».\n"),
    source("d", "وقال الوزير: «نفذنا 3 آلاف طلعة خلال 12 يوما».\n"),
  ]);
  const report = renderMarkdown(analysis, { sourceLink: (s) => s.path });
  const said = report.split("\n").filter((line) => line.startsWith("The same sentences agree on"));
  expect(said.length).toBeGreaterThan(0);
  for (const line of said) expect(line).toBe("The same sentences agree on **3,000 targets**, **12 days**: the sources report one statement.");
});
