/**
 * Golden files: whole reports for whole folders of articles. Each folder under tests/golden/ holds `sources/`
 * and `expected/` (report.md, claims.json). The committed reports/ of the repository is the golden report of
 * sources/. Run with UPDATE_GOLDEN=1 to rewrite the expected files after a deliberate change, then read the diff.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/cli/report.js";

const here = path.dirname(new URL(import.meta.url).pathname);
const root = path.resolve(here, "../..");
const update = process.env.UPDATE_GOLDEN === "1";

const cases: [string, string, string][] = readdirSync(here, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(path.join(here, d.name, "sources")))
  .map((d) => [d.name, path.join(here, d.name), "expected"] as [string, string, string])
  .sort(([a], [b]) => (a < b ? -1 : 1));
cases.push(["repository sources/ → reports/", root, "reports"]);

describe("golden reports", () => {
  it.each(cases)("%s", async (_name, dir, out) => {
    const { files } = await buildReport({ paths: ["sources"], out }, dir);
    for (const f of files) {
      const expectedPath = path.join(dir, out, f.name);
      if (update) {
        mkdirSync(path.dirname(expectedPath), { recursive: true });
        writeFileSync(expectedPath, f.content);
      }
      expect(existsSync(expectedPath), `${expectedPath} is missing; run UPDATE_GOLDEN=1 npx vitest run tests/golden`).toBe(true);
      expect(f.content, `${path.relative(root, expectedPath)} differs from what the sources give now`).toBe(readFileSync(expectedPath, "utf8"));
    }
  });

  it("gives byte-identical output on a second run", async () => {
    const first = await buildReport({ paths: ["sources"], out: "reports" }, root);
    const second = await buildReport({ paths: ["sources"], out: "reports" }, root);
    expect(second.files).toEqual(first.files);
  });
});
