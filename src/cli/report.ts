/**
 * `crosscheck report`: sources in, report.md and claims.json out. With `--check` nothing is written: exit 1
 * when the files in the output folder differ from what the sources give now (CI keeps reports/ current).
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { Analysis, SourceInfo, Warning } from "../core/types.js";
import { printable } from "../core/report/escape.js";
import { renderMarkdown, type DiscrepancyMark } from "../core/report/markdown.js";
import { discrepancyFingerprints, staleReviews, type ReviewWarning } from "../core/diff/index.js";
import { renderJsonChunks } from "../core/report/json.js";
import { analyzeFiles, type Timings } from "../node/analyzeFiles.js";
import { collectGarbage, LARGE_RUN } from "../node/memory.js";
import { threadCpu } from "../node/threadCpu.js";
import { errorCode } from "../node/sources.js";
import { UserError } from "../node/errors.js";
import { ensureOutputDir, writeAtomically, type OutputFile } from "../node/write.js";
import { formatReviewWarning, loadReviewed } from "../node/reviewed.js";
import { counted } from "../core/format.js";
import { EXIT, type Io } from "./execute.js";

export interface ReportOptions {
  paths: string[];
  out: string;
  /** Reviewed-discrepancies file; default crosscheck.reviewed.yaml in the working directory, when present. */
  reviewed?: string;
  /** Compare with the files in `out` instead of writing them. */
  check?: boolean;
  /** Worker threads for extraction (default: by input size and cores). */
  threads?: number;
  /** Filled in with the time each stage took. */
  timings?: Timings;
}

export const OUTPUT_NAMES = ["report.md", "claims.json"];

export interface ReportOutput {
  analysis: Analysis;
  files: { name: string; content: string }[];
  /** Problems with the reviewed file: unknown or stale entries. */
  reviewWarnings: { path: string; warnings: ReviewWarning[] };
}

/** Build the report files for `paths` as they would be written into `out`, without writing them. */
export async function buildReport(options: ReportOptions, cwd: string): Promise<ReportOutput> {
  const { analysis, files, reviewWarnings } = await prepareReport(options, cwd);
  return { analysis, files: files.map((f) => ({ name: f.name, content: typeof f.content === "string" ? f.content : [...f.content].join("") })), reviewWarnings };
}

/**
 * Everything a report needs: the analysis, the reviewed-discrepancy marks, and the files, report.md whole and
 * claims.json as pieces (for thousands of articles it runs to hundreds of megabytes: written as rendered).
 */
async function prepareReport(
  options: ReportOptions,
  cwd: string,
): Promise<{ analysis: Analysis; files: OutputFile[]; reviewWarnings: ReportOutput["reviewWarnings"]; analyzed: number }> {
  const outDir = path.resolve(cwd, options.out);
  // An output folder inside the sources must not feed the last report back in as an article.
  const exclude = OUTPUT_NAMES.map((name) => path.join(outDir, name));
  const analysis = await analyzeFiles(options.paths, cwd, {
    exclude,
    ...(options.threads !== undefined ? { threads: options.threads } : {}),
    ...(options.timings ? { timings: options.timings } : {}),
  });
  if (analysis.sources.length === 0) throw new UserError(`no article files (.txt, .md) found in ${options.paths.join(", ")}`);
  const analyzed = performance.now();
  const reviewed = await loadReviewed(options.reviewed, cwd);
  const fingerprints = discrepancyFingerprints(analysis.groups, analysis.claims);
  const discrepancyMarks = new Map<string, DiscrepancyMark>();
  for (const [groupId, fingerprint] of fingerprints) {
    const review = reviewed?.reviews.get(fingerprint);
    discrepancyMarks.set(groupId, { fingerprint, ...(review ? { review: { note: review.note, by: review.by, date: review.date } } : {}) });
  }
  const sourceLink = (s: SourceInfo) => path.relative(outDir, path.resolve(cwd, s.path)).split(path.sep).join("/");
  return {
    analysis,
    files: [
      // Rendered when written, and let go once written: claims.json is rendered after it.
      { name: "report.md", content: once(() => renderMarkdown(analysis, { sourceLink, discrepancyMarks })) },
      { name: "claims.json", content: renderJsonChunks(analysis) },
    ],
    reviewWarnings: {
      path: reviewed?.path ?? "",
      warnings: reviewed ? [...reviewed.warnings, ...staleReviews(reviewed.reviews, new Set(fingerprints.values()))] : [],
    },
    analyzed,
  };
}

export async function runReport(options: ReportOptions, io: Io): Promise<number> {
  if (options.check) return checkReport(options, io);
  const started = performance.now();
  // CROSSCHECK_THREADS=n sets the extraction threads (0: none, all on this thread); CROSSCHECK_TIMINGS=1
  // prints stage times on stderr, for the benchmark (npm run bench).
  const threads = process.env.CROSSCHECK_THREADS ? Number(process.env.CROSSCHECK_THREADS) : undefined;
  const timings = process.env.CROSSCHECK_TIMINGS ? ({} as Timings) : undefined;
  options = { ...options, ...(threads !== undefined && Number.isFinite(threads) ? { threads } : {}), ...(timings ? { timings } : {}) };
  // Fail on an unusable output folder before doing the work.
  await ensureOutputDir(path.resolve(io.cwd, options.out), options.out);
  const { analysis, files, reviewWarnings, analyzed } = await prepareReport(options, io.cwd);
  const cpuAtRender = timings ? threadCpu() : undefined;
  if (analysis.sources.length >= LARGE_RUN) collectGarbage();
  await writeAtomically(path.resolve(io.cwd, options.out), files, options.out);
  if (timings) {
    const total = (performance.now() - started) / 1000;
    const cpu = threadCpu();
    const renderCpu = cpu !== undefined && cpuAtRender !== undefined ? { renderCpu: cpu - cpuAtRender } : {};
    io.stderr(`crosscheck timings: ${JSON.stringify({ ...timings, render: (performance.now() - analyzed) / 1000, ...renderCpu, total, maxRss: process.resourceUsage().maxRSS * 1024 })}\n`);
  }
  for (const w of analysis.warnings) io.stderr(warningLine(w));
  for (const w of reviewWarnings.warnings) io.stderr(formatReviewWarning(reviewWarnings.path, w));
  const d = analysis.groups.filter((g) => g.verdict === "discrepancy").length;
  io.stdout(`${summaryLine(analysis.sources.length, analysis.claims.length, analysis.groups.length, d)}: ${path.join(options.out, "report.md")}\n`);
  return 0;
}

/** "1 source, 3 claims, 1 shared, 0 discrepancies": a count of one reads in the singular. */
function summaryLine(sources: number, claims: number, shared: number, discrepancies: number): string {
  return `${counted(sources, "source", "sources")}, ${counted(claims, "claim", "claims")}, ${shared} shared, ${counted(discrepancies, "discrepancy", "discrepancies")}`;
}

/**
 * `report --check`: the files `report` would write, compared with those in the output folder. Line endings
 * are not compared: a checkout that turns LF into CRLF leaves the report current.
 */
async function checkReport(options: ReportOptions, io: Io): Promise<number> {
  const { analysis, files, reviewWarnings } = await buildReport(options, io.cwd);
  for (const w of analysis.warnings) io.stderr(warningLine(w));
  for (const w of reviewWarnings.warnings) io.stderr(formatReviewWarning(reviewWarnings.path, w));
  const stale: string[] = [];
  for (const f of files) {
    const shown = path.join(options.out, f.name).split(path.sep).join("/");
    let committed: string;
    try {
      committed = await fs.readFile(path.resolve(io.cwd, options.out, f.name), "utf8");
    } catch (e) {
      const code = errorCode(e);
      if (code !== "ENOENT") throw new UserError(`cannot read ${shown} (${code})`);
      stale.push(`${shown} is missing`);
      continue;
    }
    const line = firstDifference(committed.replace(/\r\n?/g, "\n"), f.content);
    if (line !== undefined) stale.push(`${shown} differs from what the sources give now (from line ${line})`);
  }
  if (stale.length === 0) {
    io.stdout(`${options.out} is up to date with ${options.paths.join(", ")}\n`);
    return EXIT.ok;
  }
  for (const s of stale) io.stdout(`${s}\n`);
  io.stdout(`Run \`crosscheck report${options.paths.join(" ") === "sources" ? "" : " " + options.paths.join(" ")}${options.out === "reports" ? "" : " --out " + options.out}\` and commit the result.\n`);
  return EXIT.changes;
}

/** 1-based number of the first line where `a` and `b` differ, or undefined when equal. */
function firstDifference(a: string, b: string): number | undefined {
  if (a === b) return undefined;
  let line = 1;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a.charCodeAt(i) !== b.charCodeAt(i)) return line;
    if (a.charCodeAt(i) === 10) line++;
  }
  return line;
}

/** One line on stderr, whatever the file name or message holds. */
export function warningLine(w: Warning): string {
  return `warning: ${printable(w.path)}: ${printable(w.message)}\n`;
}

/** An iterable of one piece, made when first asked for. */
function* once(make: () => string): Generator<string> {
  yield make();
}
