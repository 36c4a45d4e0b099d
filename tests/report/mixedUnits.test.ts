/** A group of figures written in two units (compared once converted) shows each value with its own unit. */
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/cli/report.js";

function article(published: string, body: string): string {
  return `---\ntitle: t\npublished: ${published}\n---\n\n${body}\n`;
}

describe("groups of figures written in two units", () => {
  it.each([
    [
      "weeks and days",
      "The truce will last six weeks, the mediators said on Thursday.",
      "The truce will last 42 days, the mediators said on Thursday.",
      /\*\*(?:6 weeks \/ 42 days|42 days \/ 6 weeks)\*\*/,
    ],
    [
      "one unit keeps its label once",
      "The truce will last six weeks, the mediators said on Thursday.",
      "The truce will last six weeks, the mediators said on Friday.",
      /\*\*6 weeks\*\*/,
    ],
    // One of a unit beside its figure is singular, agreed alone or beside another unit.
    [
      "one of a unit is singular",
      "The truce will last 1 week, the mediators said on Thursday.",
      "The truce will last 1 week, the mediators said on Friday.",
      /\*\*1 week\*\*/,
    ],
    [
      "one of a unit is singular beside another unit",
      "The truce will last 1 week, the mediators said on Thursday.",
      "The truce will last 7 days, the mediators said on Friday.",
      /\*\*(?:1 week \/ 7 days|7 days \/ 1 week)\*\*/,
    ],
  ])("%s", async (_name, a, b, shown) => {
    const dir = mkdtempSync(path.join(tmpdir(), "mixed-units-"));
    mkdirSync(path.join(dir, "sources"));
    writeFileSync(path.join(dir, "sources", "a.md"), article("2026-10-17", a));
    writeFileSync(path.join(dir, "sources", "b.md"), article("2026-10-17", b));
    const { files } = await buildReport({ paths: ["sources"], out: "report" }, dir);
    const report = files.find((f) => f.name.endsWith(".md"))!.content;
    expect(report).toMatch(shown);
  });
});
