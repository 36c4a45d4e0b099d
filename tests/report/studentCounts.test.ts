/**
 * Exam results give several counts of students in one sentence (entered, sat, passed). Counted as a unit, an
 * outlet's slip in one of them is set against the other outlet's figure; counted only by a noun it went unshown.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/cli/report.js";

function article(body: string): string {
  return `---\ntitle: t\nlang: ar\n---\n\n${body}\n`;
}

describe("counts of students in exam results", () => {
  it.each([
    [
      "a slip in the number who sat",
      "في شعبة علمي علوم (نظام جديد)، تقدم للامتحانات 85119 طالبًا وطالبة، وحضر منهم 85081. وقد حقق 76042 طالبًا وطالبة النجاح.",
      "في نظام شعبة (علمي علوم) الحديث، تقدم لامتحانات الدور الثاني 85119 طالبًا، منهم 85031 حضروا و76042 نجحوا، بمعدل 89.4%.",
      /### 1\. students: (?:85,081 vs 85,031|85,031 vs 85,081)/,
    ],
    [
      "the same counts agree",
      "في شعبة علمي علوم (نظام جديد)، تقدم للامتحانات 85119 طالبًا وطالبة، وحضر منهم 85081. وقد حقق 76042 طالبًا وطالبة النجاح.",
      "في نظام شعبة (علمي علوم) الحديث، تقدم لامتحانات الدور الثاني 85119 طالبًا، منهم 85081 حضروا و76042 نجحوا، بمعدل 89.4%.",
      /\*\*0 discrepancies\*\*[^\n]*3 in agreement/,
    ],
  ])("%s", async (_name, a, b, shown) => {
    const dir = mkdtempSync(path.join(tmpdir(), "student-counts-"));
    mkdirSync(path.join(dir, "sources"));
    writeFileSync(path.join(dir, "sources", "a.md"), article(a));
    writeFileSync(path.join(dir, "sources", "b.md"), article(b));
    const { files } = await buildReport({ paths: ["sources"], out: "report" }, dir);
    const report = files.find((f) => f.name.endsWith(".md"))!.content;
    expect(report).toMatch(shown);
  });
});
