/** `crosscheck report`: sources in, report.md and claims.json out. */
import * as path from "node:path";
import type { Analysis, SourceInfo } from "../core/types.js";
import { renderMarkdown } from "../core/report/markdown.js";
import { renderJson } from "../core/report/json.js";
import { analyzeFiles, type Timings } from "../node/analyzeFiles.js";
import { UserError } from "../node/errors.js";
import { ensureOutputDir, writeAtomically } from "../node/write.js";
import type { Io } from "./execute.js";

export interface ReportOptions {
  paths: string[];
  out: string;
  /** Worker threads for extraction (default: by input size and cores). */
  threads?: number;
  /** Filled in with the time each stage took. */
  timings?: Timings & { render?: number };
}

export interface ReportOutput {
  analysis: Analysis;
  files: { name: string; content: string }[];
}

/** Build the report files for `paths` as they would be written into `out`, without writing them. */
export async function buildReport(options: ReportOptions, cwd: string): Promise<ReportOutput> {
  const analysis = await analyzeFiles(options.paths, cwd, {
    ...(options.threads !== undefined ? { threads: options.threads } : {}),
    ...(options.timings ? { timings: options.timings } : {}),
  });
  if (analysis.sources.length === 0) throw new UserError(`no article files (.txt, .md) found in ${options.paths.join(", ")}`);
  const started = performance.now();
  const outDir = path.resolve(cwd, options.out);
  const sourceLink = (s: SourceInfo) => path.relative(outDir, path.resolve(cwd, s.path)).split(path.sep).join("/");
  const files = [
    { name: "report.md", content: renderMarkdown(analysis, { sourceLink }) },
    { name: "claims.json", content: renderJson(analysis) },
  ];
  if (options.timings) options.timings.render = (performance.now() - started) / 1000;
  return { analysis, files };
}

export async function runReport(options: ReportOptions, io: Io): Promise<number> {
  const started = performance.now();
  // CROSSCHECK_THREADS=n sets the extraction threads (0 or 1: none); CROSSCHECK_TIMINGS=1 prints stage times
  // on stderr, for the benchmark (npm run bench).
  const threads = process.env.CROSSCHECK_THREADS ? Number(process.env.CROSSCHECK_THREADS) : undefined;
  const timings = process.env.CROSSCHECK_TIMINGS ? ({} as NonNullable<ReportOptions["timings"]>) : undefined;
  options = { ...options, ...(threads !== undefined && Number.isFinite(threads) ? { threads } : {}), ...(timings ? { timings } : {}) };
  // Fail on an unusable output folder before doing the work.
  await ensureOutputDir(path.resolve(io.cwd, options.out), options.out);
  const { analysis, files } = await buildReport(options, io.cwd);
  const writing = performance.now();
  await writeAtomically(path.resolve(io.cwd, options.out), files, options.out);
  if (timings) {
    const write = (performance.now() - writing) / 1000;
    const total = (performance.now() - started) / 1000;
    io.stderr(`crosscheck timings: ${JSON.stringify({ ...timings, render: (timings.render ?? 0) + write, write, total, maxRss: process.resourceUsage().maxRSS * 1024 })}\n`);
  }
  for (const w of analysis.warnings) io.stderr(`warning: ${w.path}: ${w.message}\n`);
  const d = analysis.groups.filter((g) => g.verdict === "discrepancy").length;
  io.stdout(
    `${analysis.sources.length} sources, ${analysis.claims.length} claims, ${analysis.groups.length} shared, ${d} ${d === 1 ? "discrepancy" : "discrepancies"}: ` +
      `${path.join(options.out, "report.md")}\n`,
  );
  return 0;
}
