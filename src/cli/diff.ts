/**
 * `crosscheck diff OLD NEW`: which claims moved between two versions of the sources. Each side is a folder of
 * articles, one article, or a claims.json snapshot (such as the committed reports/claims.json). Exit codes as
 * `git diff --exit-code`: 0 no change, 1 changes (or, with `--fail-on discrepancy`, an unreviewed new
 * discrepancy), 2 error.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { analyze } from "../core/analyze.js";
import { diffSnapshots, discrepancyFingerprints, fails, pairSingleSources, staleReviews, type Snapshot } from "../core/diff/index.js";
import { renderDiffMarkdown } from "../core/diff/markdown.js";
import { renderDiffJson } from "../core/diff/json.js";
import { renderDiffGithub } from "../core/diff/github.js";
import { readSnapshot, SnapshotError } from "../core/diff/snapshot.js";
import type { DiffContext } from "../core/diff/describe.js";
import type { Warning } from "../core/types.js";
import { decode } from "../node/decode.js";
import { UserError } from "../node/errors.js";
import { formatReviewWarning, loadReviewed } from "../node/reviewed.js";
import { errorCode, loadSources } from "../node/sources.js";
import { EXIT, type Io } from "./execute.js";

export type DiffFormat = "markdown" | "json" | "github";
export type FailOn = "change" | "discrepancy" | "none";

export interface DiffCommand {
  old: string;
  new: string;
  format: DiffFormat;
  failOn: FailOn;
  /** Reviewed-discrepancies file; default crosscheck.reviewed.yaml in the working directory, when present. */
  reviewed?: string;
}

export async function runDiff(options: DiffCommand, io: Io): Promise<number> {
  const before = await loadSide(options.old, io.cwd);
  const after = await loadSide(options.new, io.cwd);
  for (const w of [...before.warnings, ...after.warnings]) io.stderr(`warning: ${w.path}: ${w.message}\n`);
  const reviewed = await loadReviewed(options.reviewed, io.cwd);

  const result = diffSnapshots(pairSingleSources(before.snapshot, after.snapshot), after.snapshot, reviewed ? { reviews: reviewed.reviews } : {});
  const current = new Set(discrepancyFingerprints(after.snapshot.groups, after.snapshot.claims).values());
  const reviewWarnings = reviewed ? [...reviewed.warnings, ...staleReviews(reviewed.reviews, current)] : [];
  const ctx: DiffContext = { before: before.snapshot, after: after.snapshot, beforeLabel: options.old, afterLabel: options.new };

  if (options.format === "json") io.stdout(renderDiffJson(result));
  else if (options.format === "github") io.stdout(renderDiffGithub(result, ctx, reviewWarnings, reviewed?.path));
  else io.stdout(renderDiffMarkdown(result, ctx));
  if (reviewed && options.format !== "github") for (const w of reviewWarnings) io.stderr(formatReviewWarning(reviewed.path, w));

  const summaryFile = io.env?.GITHUB_STEP_SUMMARY;
  if (options.format === "github" && summaryFile) {
    try {
      await fs.appendFile(summaryFile, renderDiffMarkdown(result, ctx) + "\n", "utf8");
    } catch (e) {
      io.stderr(`warning: cannot append to GITHUB_STEP_SUMMARY (${errorCode(e)})\n`);
    }
  }
  return fails(result, options.failOn) ? EXIT.changes : EXIT.ok;
}

interface Side {
  snapshot: Snapshot;
  warnings: Warning[];
}

/** A claims.json is read back as it was written; anything else is read as articles and analysed now. */
async function loadSide(p: string, cwd: string): Promise<Side> {
  const abs = path.resolve(cwd, p);
  let isFile: boolean;
  try {
    isFile = (await fs.stat(abs)).isFile();
  } catch {
    throw new UserError(`no such file or folder: ${p}`);
  }
  if (isFile && path.extname(abs).toLowerCase() === ".json") {
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(abs);
    } catch (e) {
      throw new UserError(`cannot read ${p} (${errorCode(e)})`);
    }
    try {
      return { snapshot: readSnapshot(decode(bytes).text), warnings: [] };
    } catch (e) {
      if (e instanceof SnapshotError) throw new UserError(`${p}: ${e.message}`);
      throw e;
    }
  }
  const { inputs, warnings } = await loadSources([p], cwd);
  if (inputs.length === 0) throw new UserError(`no article files (.txt, .md) found in ${p}`);
  const { sources, claims, groups } = analyze(inputs, warnings);
  return { snapshot: { sources, claims, groups }, warnings };
}
