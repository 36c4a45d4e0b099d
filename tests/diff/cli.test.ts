/**
 * `crosscheck diff` and `crosscheck report --check` through the command line, on small English articles whose
 * claims the recognisers find (dates), in temporary folders.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { execute, type Io } from "../../src/cli/execute.js";

type Sink = Io & { out: string; err: string };

function io(cwd: string, env: Record<string, string> = {}): Sink {
  const sink: Sink = {
    out: "",
    err: "",
    cwd,
    env,
    stdout: (t: string) => {
      sink.out += t;
    },
    stderr: (t: string) => {
      sink.err += t;
    },
  };
  return sink;
}

const A = (day: number, extra = "") =>
  `---\npublished: 2015-11-20\n---\n${extra}French President Francois Hollande will meet Russian President Vladimir Putin in Moscow on November ${day}, the Kremlin said on Friday.\n\nThe two leaders agreed on closer coordination between their armed forces.\n`;
const B = (day: number) =>
  `---\npublished: 2015-11-21\n---\nFrench President Francois Hollande will meet Russian President Vladimir Putin in Moscow on November ${day}, the Elysee said on Saturday.\n\nOfficials declined to comment further on the talks.\n`;

/** A workspace with versions of a two-article corpus, each in its own folder. */
function workspace(versions: Record<string, { a: string; b: string }>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "crosscheck-diff-"));
  for (const [name, v] of Object.entries(versions)) {
    mkdirSync(path.join(dir, name));
    writeFileSync(path.join(dir, name, "a.txt"), v.a);
    writeFileSync(path.join(dir, name, "b.txt"), v.b);
  }
  return dir;
}

const AGREE = { a: A(26), b: B(26) };
const NEW_DISCREPANCY = { a: A(26), b: B(24) };
const OTHER_DISCREPANCY = { a: A(26), b: B(23) };
const ADDED_DATE = { a: A(26, "Talks on a ceasefire are planned for December 3 in Vienna.\n\n"), b: B(26) };
// The same text with CRLF line endings, trailing spaces, and a byline and share line (page furniture).
const LAYOUT_ONLY = {
  a: A(26).replace(/\n/g, "  \r\n"),
  b: B(26).replace("French President", "By Staff Writer\n\nFrench President") + "\nShare: Facebook Twitter\n",
};

async function run(dir: string, argv: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  const s = io(dir, env);
  const code = await execute(argv, s);
  return { code, out: s.out, err: s.err };
}

describe("crosscheck diff", () => {
  it("a folder against itself: exit 0, no change, in every format", async () => {
    const dir = workspace({ v1: AGREE });
    const md = await run(dir, ["diff", "v1", "v1"]);
    expect(md).toEqual({ code: 0, out: "# Crosscheck diff\n\n`v1` → `v1`\n\nNo claim changed.\n", err: "" });
    expect(await run(dir, ["diff", "v1", "v1", "--format", "json"])).toEqual({ code: 0, out: '{\n  "changes": [],\n  "groups": []\n}\n', err: "" });
    expect(await run(dir, ["diff", "v1", "v1", "--format", "github"])).toEqual({ code: 0, out: "", err: "" });
  });

  it("layout only (CRLF, trailing spaces, furniture): exit 0", async () => {
    const dir = workspace({ v1: AGREE, v2: LAYOUT_ONLY });
    expect((await run(dir, ["diff", "v1", "v2"])).code).toBe(0);
  });

  it.each<[string, { a: string; b: string }, string[], number, number]>([
    ["a date changed, making a new discrepancy", NEW_DISCREPANCY, ["changed"], 1, 1],
    ["a paragraph with a new date", ADDED_DATE, ["added"], 1, 0],
  ])("%s: exit codes by --fail-on", async (_name, v2, changes, onChange, onDiscrepancy) => {
    const dir = workspace({ v1: AGREE, v2 });
    const json = await run(dir, ["diff", "v1", "v2", "--format", "json"]);
    expect(json.code).toBe(onChange);
    expect((JSON.parse(json.out) as { changes: { change: string }[] }).changes.map((c) => c.change)).toEqual(changes);
    expect((await run(dir, ["diff", "v1", "v2", "--fail-on", "discrepancy"])).code).toBe(onDiscrepancy);
    expect((await run(dir, ["diff", "v1", "v2", "--fail-on", "none"])).code).toBe(0);
  });

  it("Markdown names the new discrepancy, its fingerprint, and the changed claim with file:line", async () => {
    const dir = workspace({ v1: AGREE, v2: NEW_DISCREPANCY });
    const { out } = await run(dir, ["diff", "v1", "v2"]);
    expect(out).toContain("**1 claim change** in 1 source: 1 changed, 0 added, 0 removed · **1 new discrepancy**, 0 changed, 0 resolved.");
    expect(out).toMatch(/### New discrepancy: date: 2015-11-26 vs 2015-11-24\n\nFingerprint `d-[0-9a-f]{12}`/);
    expect(out).toContain("- **Changed** date: 2015-11-26 → 2015-11-24\n  - before, `v1/b.txt:4`:");
    expect(out).toContain("  - after, `v2/b.txt:4`: French President Francois Hollande will meet Russian President Vladimir Putin in Moscow on <b>November 24</b>");
  });

  it("reads a claims.json snapshot as either side, with the same result as the folder", async () => {
    const dir = workspace({ v1: AGREE, v2: NEW_DISCREPANCY });
    expect((await run(dir, ["report", "v1", "--out", "snap"])).code).toBe(0);
    const fromFolder = await run(dir, ["diff", "v1", "v2", "--format", "json"]);
    const fromSnapshot = await run(dir, ["diff", "snap/claims.json", "v2", "--format", "json"]);
    expect(fromSnapshot.code).toBe(1);
    expect(fromSnapshot.out).toBe(fromFolder.out);
    expect((await run(dir, ["diff", "snap/claims.json", "v1"])).code).toBe(0);
  });

  it("pairs two single files as two versions of one article, whatever their names", async () => {
    const dir = workspace({ v1: AGREE });
    writeFileSync(path.join(dir, "b-corrected.txt"), B(24));
    const { code, out } = await run(dir, ["diff", "v1/b.txt", "b-corrected.txt", "--format", "json"]);
    expect(code).toBe(1);
    expect((JSON.parse(out) as { changes: { change: string; source: string }[] }).changes).toMatchObject([{ change: "changed", source: "b-corrected" }]);
  });

  it("--format github: one annotation per change, and the Markdown appended to GITHUB_STEP_SUMMARY", async () => {
    const dir = workspace({ v1: AGREE, v2: NEW_DISCREPANCY });
    const summary = path.join(dir, "summary.md");
    writeFileSync(summary, "previous step\n");
    const { code, out } = await run(dir, ["diff", "v1", "v2", "--format", "github", "--fail-on", "discrepancy"], { GITHUB_STEP_SUMMARY: summary });
    expect(code).toBe(1);
    const lines = out.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^::error file=v2\/b.txt,line=4,title=crosscheck%3A new discrepancy::date: 2015-11-26 vs 2015-11-24 \(a line 4: 2015-11-26; b line 4: 2015-11-24\)\. Was agree, now discrepancy\. Fingerprint d-/);
    expect(lines[1]).toMatch(/^::warning file=v2\/b.txt,line=4,col=\d+,title=crosscheck%3A date changed::date: 2015-11-26 → 2015-11-24 \(was line 4\)/);
    const appended = readFileSync(summary, "utf8");
    expect(appended.startsWith("previous step\n# Crosscheck diff\n")).toBe(true);
    expect(appended).toContain("### New discrepancy: date: 2015-11-26 vs 2015-11-24");
    // Without the variable nothing is written anywhere.
    const again = await run(dir, ["diff", "v1", "v2", "--format", "github"]);
    expect(again.out).toBe(out);
    expect(readFileSync(summary, "utf8")).toBe(appended);
  });

  it("a reviewed discrepancy does not fail --fail-on discrepancy until one of its values changes again", async () => {
    const dir = workspace({ v1: AGREE, v2: NEW_DISCREPANCY, v3: OTHER_DISCREPANCY });
    const first = JSON.parse((await run(dir, ["diff", "v1", "v2", "--format", "json"])).out) as { groups: { after: { fingerprint: string } }[] };
    const fp = first.groups[0]!.after.fingerprint;
    writeFileSync(path.join(dir, "crosscheck.reviewed.yaml"), `reviewed:\n  - fingerprint: ${fp}\n    note: The Elysee moved the visit; both were right on their day.\n    by: A. Editor\n    date: 2015-11-22\n`);

    const reviewed = await run(dir, ["diff", "v1", "v2", "--fail-on", "discrepancy"]);
    expect(reviewed.code).toBe(0);
    expect(reviewed.out).toContain("### New discrepancy: date: 2015-11-26 vs 2015-11-24 (reviewed)");
    expect(reviewed.out).toContain("**Reviewed** by A. Editor on 2015-11-22: The Elysee moved the visit; both were right on their day.");
    expect(reviewed.err).toBe("");
    const github = await run(dir, ["diff", "v1", "v2", "--format", "github", "--fail-on", "discrepancy"]);
    expect(github.code).toBe(0);
    expect(github.out).toMatch(/^::notice file=v2\/b.txt,line=4,title=crosscheck%3A new discrepancy \(reviewed\)::/);

    // The value changed again: the review no longer applies, and the entry is stale.
    const changed = await run(dir, ["diff", "v1", "v3", "--fail-on", "discrepancy"]);
    expect(changed.code).toBe(1);
    expect(changed.err).toBe(`warning: crosscheck.reviewed.yaml:2: ${fp} is stale: no current discrepancy has this fingerprint (one of its values changed, or it was resolved); review it again or remove the entry\n`);
    const annotated = await run(dir, ["diff", "v1", "v3", "--format", "github", "--fail-on", "discrepancy"]);
    expect(annotated.out).toContain(`::warning file=crosscheck.reviewed.yaml,line=2,title=crosscheck%3A reviewed file::${fp} is stale`);

    // --reviewed names another file; the default one is then not read.
    writeFileSync(path.join(dir, "empty.yaml"), "reviewed: []\n");
    expect((await run(dir, ["diff", "v1", "v2", "--fail-on", "discrepancy", "--reviewed", "empty.yaml"])).code).toBe(1);
  });

  it.each<[string, string[], (dir: string) => void, RegExp]>([
    ["a missing side", ["diff", "v1", "nowhere"], () => {}, /^crosscheck: no such file or folder: nowhere\n$/],
    ["a JSON file that is not claims.json", ["diff", "other.json", "v1"], (d) => writeFileSync(path.join(d, "other.json"), '{"name": "x"}'), /^crosscheck: other.json: not a crosscheck claims.json of schema/],
    ["a folder without articles", ["diff", "v1", "empty"], (d) => mkdirSync(path.join(d, "empty")), /^crosscheck: no article files \(.txt, .md\) found in empty\n$/],
    ["a reviewed file that is not YAML", ["diff", "v1", "v1"], (d) => writeFileSync(path.join(d, "crosscheck.reviewed.yaml"), "reviewed:\n  - fingerprint: [d-1\n"), /^crosscheck: crosscheck.reviewed.yaml(:\d+)?: not valid YAML/],
    ["a --reviewed file that does not exist", ["diff", "v1", "v1", "--reviewed", "nope.yaml"], () => {}, /^crosscheck: no such file: nope.yaml\n$/],
    ["an unknown format", ["diff", "v1", "v1", "--format", "xml"], () => {}, /Invalid values/],
    ["a missing argument", ["diff", "v1"], () => {}, /Not enough non-option arguments/],
  ])("%s exits 2 with one line", async (_name, argv, setup, message) => {
    const dir = workspace({ v1: AGREE });
    setup(dir);
    const r = await run(dir, argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.out).toBe("");
  });
});

describe("crosscheck report --check", () => {
  function reported(): string {
    const dir = workspace({ sources: AGREE });
    return dir;
  }

  it("exits 0 when reports/ is what the sources give, and writes nothing", async () => {
    const dir = reported();
    expect((await run(dir, ["report"])).code).toBe(0);
    const before = readFileSync(path.join(dir, "reports", "report.md"), "utf8");
    const r = await run(dir, ["report", "--check"]);
    expect(r).toEqual({ code: 0, out: "reports is up to date with sources\n", err: "" });
    expect(readFileSync(path.join(dir, "reports", "report.md"), "utf8")).toBe(before);
  });

  it("exits 0 when the committed files only have CRLF line endings", async () => {
    const dir = reported();
    await run(dir, ["report"]);
    for (const f of ["report.md", "claims.json"]) {
      const p = path.join(dir, "reports", f);
      writeFileSync(p, readFileSync(p, "utf8").replace(/\n/g, "\r\n"));
    }
    expect((await run(dir, ["report", "--check"])).code).toBe(0);
  });

  it("exits 1 naming each stale file and the line where it starts to differ", async () => {
    const dir = reported();
    await run(dir, ["report"]);
    const md = readFileSync(path.join(dir, "reports", "report.md"), "utf8");
    writeFileSync(path.join(dir, "sources", "b.txt"), B(24));
    const r = await run(dir, ["report", "--check"]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^reports\/report.md differs from what the sources give now \(from line 3\)\nreports\/claims.json differs from what the sources give now \(from line \d+\)\nRun `crosscheck report` and commit the result.\n$/);
    expect(readFileSync(path.join(dir, "reports", "report.md"), "utf8")).toBe(md);
  });

  it("exits 1 when the report was never written, without creating it", async () => {
    const dir = reported();
    const r = await run(dir, ["report", "--check", "--out", "out"]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("out/report.md is missing\nout/claims.json is missing\nRun `crosscheck report --out out` and commit the result.\n");
    expect(existsSync(path.join(dir, "out"))).toBe(false);
  });

  it("the report marks a reviewed discrepancy and warns about a stale entry", async () => {
    const dir = workspace({ sources: NEW_DISCREPANCY });
    await run(dir, ["report"]);
    const fp = /Fingerprint `(d-[0-9a-f]{12})`/.exec(readFileSync(path.join(dir, "reports", "report.md"), "utf8"))?.[1];
    expect(fp).toBeDefined();
    writeFileSync(
      path.join(dir, "crosscheck.reviewed.yaml"),
      `reviewed:\n  - fingerprint: ${fp}\n    note: Checked with the Elysee.\n    by: A. Editor\n    date: 2015-11-22\n  - fingerprint: q-000000000000\n    note: old\n    by: B\n    date: 2015-11-01\n`,
    );
    // The committed report no longer matches: it must now show the review.
    expect((await run(dir, ["report", "--check"])).code).toBe(1);
    const r = await run(dir, ["report"]);
    expect(r.err).toBe("warning: crosscheck.reviewed.yaml:6: q-000000000000 is stale: no current discrepancy has this fingerprint (one of its values changed, or it was resolved); review it again or remove the entry\n");
    const md = readFileSync(path.join(dir, "reports", "report.md"), "utf8");
    expect(md).toContain("**1 discrepancy** (1 reviewed)");
    expect(md).toContain("### 1. date: 2015-11-26 vs 2015-11-24 (reviewed)");
    expect(md).toContain(`**Reviewed** by A. Editor on 2015-11-22: Checked with the Elysee. (\`${fp}\`)`);
    expect((await run(dir, ["report", "--check"])).code).toBe(0);
  });
});
