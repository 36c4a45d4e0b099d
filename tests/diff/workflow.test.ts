/**
 * The GitHub workflow runs the commands it claims to, and they do what CI needs: its crosscheck command lines
 * are taken from the workflow file and run through the CLI on a small repository in a temporary folder.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { execute, type Io } from "../../src/cli/execute.js";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const workflowText = readFileSync(path.join(root, ".github/workflows/crosscheck.yml"), "utf8");

interface Step {
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
const workflow = parse(workflowText) as { on: Record<string, unknown>; jobs: Record<string, { steps: Step[] }> };
const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
const runs = steps.flatMap((s) => (s.run ? [s.run] : []));

/** The crosscheck invocations of the workflow, as argv, in order. */
const commands = runs
  .flatMap((r) => r.split("\n"))
  .map((l) => /npm run --silent crosscheck -- (.+)$/.exec(l.trim())?.[1])
  .filter((a): a is string => a !== undefined)
  .map((a) => a.split(/\s+/));

describe("the GitHub workflow", () => {
  it("checks out with history, sets up Node 20, installs with npm ci and runs the tests", () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(["pull_request"]));
    expect(steps.find((s) => s.uses?.startsWith("actions/checkout@"))?.with?.["fetch-depth"]).toBe(0);
    expect(String(steps.find((s) => s.uses?.startsWith("actions/setup-node@"))?.with?.["node-version"])).toBe("20");
    expect(runs).toEqual(expect.arrayContaining([expect.stringMatching(/^npm ci\b/), "npm test"]));
  });

  it("diffs the base branch's committed claims.json against sources/ on pull requests", () => {
    const diffStep = steps.find((s) => s.run?.includes(" diff "))!;
    expect(diffStep.if).toContain("github.event_name == 'pull_request'");
    expect(diffStep.env?.BASE_REF).toBe("${{ github.base_ref }}");
    expect(diffStep.run).toContain('git show "origin/${BASE_REF}:reports/claims.json" > /tmp/base-claims.json');
    expect(commands).toEqual([
      ["report", "--check"],
      ["diff", "/tmp/base-claims.json", "sources", "--format", "github", "--fail-on", "discrepancy"],
    ]);
  });

  it("its commands pass on a current repository, and fail on a stale report or a new discrepancy", async () => {
    const day = (d: number, who: string, when: string) =>
      `---\npublished: ${when}\n---\nFrench President Francois Hollande will meet Russian President Vladimir Putin in Moscow on November ${d}, the ${who} said.\n`;
    const repo = mkdtempSync(path.join(tmpdir(), "crosscheck-workflow-"));
    mkdirSync(path.join(repo, "sources"));
    writeFileSync(path.join(repo, "sources", "a.txt"), day(26, "Kremlin", "2015-11-20"));
    writeFileSync(path.join(repo, "sources", "b.txt"), day(26, "Elysee", "2015-11-21"));
    const sink = { out: "", err: "" };
    const io: Io = { cwd: repo, env: {}, stdout: (t) => void (sink.out += t), stderr: (t) => void (sink.err += t) };
    const base = path.join(repo, "base-claims.json");
    const runAll = async () => {
      const codes: number[] = [];
      for (const argv of commands) codes.push(await execute(argv.map((a) => (a === "/tmp/base-claims.json" ? base : a)), io));
      return codes;
    };

    // The base branch: sources and the report committed together.
    expect(await execute(["report"], io)).toBe(0);
    copyFileSync(path.join(repo, "reports", "claims.json"), base);
    expect(await runAll()).toEqual([0, 0]);

    // A pull request edits an article without regenerating the report.
    writeFileSync(path.join(repo, "sources", "b.txt"), day(24, "Elysee", "2015-11-21"));
    sink.out = "";
    expect(await runAll()).toEqual([1, 1]);
    expect(sink.out).toContain("reports/report.md differs from what the sources give now");
    expect(sink.out).toMatch(/^::error file=sources\/b.txt,line=4,title=crosscheck%3A new discrepancy::/m);

    // The report regenerated: current, but the new discrepancy still fails until reviewed.
    expect(await execute(["report"], io)).toBe(0);
    expect(await runAll()).toEqual([0, 1]);
  });
});
