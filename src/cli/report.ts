/** `crosscheck report`: sources in, report.md and claims.json out. */
import * as path from "node:path";
import type { Analysis, SourceInfo } from "../core/types.js";
import { renderMarkdown } from "../core/report/markdown.js";
import { renderJsonChunks } from "../core/report/json.js";
import { analyzeFiles, type Timings } from "../node/analyzeFiles.js";
import { UserError } from "../node/errors.js";
import { ensureOutputDir, writeAtomically, type OutputFile } from "../node/write.js";
import type { Io } from "./execute.js";

export interface ReportOptions {
  paths: string[];
  out: string;
  /** Worker threads for extraction (default: by input size and cores). */
  threads?: number;
  /** Filled in with the time each stage took. */
  timings?: Timings;
}

export interface ReportOutput {
  analysis: Analysis;
  files: { name: string; content: string }[];
}

/** Build the report files for `paths` as they would be written into `out`, without writing them. */
export async function buildReport(options: ReportOptions, cwd: string): Promise<ReportOutput> {
  const analysis = await analyzeForReport(options, cwd);
  const files = reportFiles(analysis, options, cwd).map((f) => ({ name: f.name, content: typeof f.content === "string" ? f.content : [...f.content].join("") }));
  return { analysis, files };
}

async function analyzeForReport(options: ReportOptions, cwd: string): Promise<Analysis> {
  const analysis = await analyzeFiles(options.paths, cwd, {
    ...(options.threads !== undefined ? { threads: options.threads } : {}),
    ...(options.timings ? { timings: options.timings } : {}),
  });
  if (analysis.sources.length === 0) throw new UserError(`no article files (.txt, .md) found in ${options.paths.join(", ")}`);
  return analysis;
}

/** report.md whole, claims.json in pieces (it can run to hundreds of megabytes). */
function reportFiles(analysis: Analysis, options: ReportOptions, cwd: string): OutputFile[] {
  const outDir = path.resolve(cwd, options.out);
  const sourceLink = (s: SourceInfo) => path.relative(outDir, path.resolve(cwd, s.path)).split(path.sep).join("/");
  return [
    { name: "report.md", content: renderMarkdown(analysis, { sourceLink }) },
    { name: "claims.json", content: renderJsonChunks(analysis) },
  ];
}

export async function runReport(options: ReportOptions, io: Io): Promise<number> {
  const started = performance.now();
  // CROSSCHECK_THREADS=n sets the extraction threads (0: none, all on this thread); CROSSCHECK_TIMINGS=1 prints stage times
  // on stderr, for the benchmark (npm run bench).
  const threads = process.env.CROSSCHECK_THREADS ? Number(process.env.CROSSCHECK_THREADS) : undefined;
  const timings = process.env.CROSSCHECK_TIMINGS ? ({} as NonNullable<ReportOptions["timings"]>) : undefined;
  options = { ...options, ...(threads !== undefined && Number.isFinite(threads) ? { threads } : {}), ...(timings ? { timings } : {}) };
  // Fail on an unusable output folder before doing the work.
  await ensureOutputDir(path.resolve(io.cwd, options.out), options.out);
  const analysis = await analyzeForReport(options, io.cwd);
  const rendering = performance.now();
  // claims.json is rendered while it is written.
  await writeAtomically(path.resolve(io.cwd, options.out), reportFiles(analysis, options, io.cwd), options.out);
  if (timings) {
    const total = (performance.now() - started) / 1000;
    io.stderr(`crosscheck timings: ${JSON.stringify({ ...timings, render: (performance.now() - rendering) / 1000, total, maxRss: process.resourceUsage().maxRSS * 1024 })}\n`);
  }
  for (const w of analysis.warnings) io.stderr(`warning: ${w.path}: ${w.message}\n`);
  const d = analysis.groups.filter((g) => g.verdict === "discrepancy").length;
  io.stdout(
    `${analysis.sources.length} sources, ${analysis.claims.length} claims, ${analysis.groups.length} shared, ${d} ${d === 1 ? "discrepancy" : "discrepancies"}: ` +
      `${path.join(options.out, "report.md")}\n`,
  );
  return 0;
}
