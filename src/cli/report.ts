/** `crosscheck report`: sources in, report.md and claims.json out. */
import * as path from "node:path";
import { analyze } from "../core/analyze.js";
import type { Analysis, SourceInfo, Warning } from "../core/types.js";
import { printable } from "../core/report/escape.js";
import { renderMarkdown } from "../core/report/markdown.js";
import { renderJson } from "../core/report/json.js";
import { loadSources } from "../node/sources.js";
import { UserError } from "../node/errors.js";
import { ensureOutputDir, writeAtomically } from "../node/write.js";
import type { Io } from "./execute.js";

export interface ReportOptions {
  paths: string[];
  out: string;
}

export const OUTPUT_NAMES = ["report.md", "claims.json"];

export interface ReportOutput {
  analysis: Analysis;
  files: { name: string; content: string }[];
}

/** Build the report files for `paths` as they would be written into `out`, without writing them. */
export async function buildReport(options: ReportOptions, cwd: string): Promise<ReportOutput> {
  const outDir = path.resolve(cwd, options.out);
  // An output folder inside the sources must not feed the last report back in as an article.
  const exclude = OUTPUT_NAMES.map((name) => path.join(outDir, name));
  const { inputs, warnings } = await loadSources(options.paths, cwd, { exclude });
  if (inputs.length === 0) throw new UserError(`no article files (.txt, .md) found in ${options.paths.join(", ")}`);
  const analysis = analyze(inputs, warnings);
  const sourceLink = (s: SourceInfo) => path.relative(outDir, path.resolve(cwd, s.path)).split(path.sep).join("/");
  return {
    analysis,
    files: [
      { name: "report.md", content: renderMarkdown(analysis, { sourceLink }) },
      { name: "claims.json", content: renderJson(analysis) },
    ],
  };
}

export async function runReport(options: ReportOptions, io: Io): Promise<number> {
  // Fail on an unusable output folder before doing the work.
  await ensureOutputDir(path.resolve(io.cwd, options.out), options.out);
  const { analysis, files } = await buildReport(options, io.cwd);
  await writeAtomically(path.resolve(io.cwd, options.out), files, options.out);
  for (const w of analysis.warnings) io.stderr(warningLine(w));
  const d = analysis.groups.filter((g) => g.verdict === "discrepancy").length;
  io.stdout(
    `${analysis.sources.length} sources, ${analysis.claims.length} claims, ${analysis.groups.length} shared, ${d} ${d === 1 ? "discrepancy" : "discrepancies"}: ` +
      `${path.join(options.out, "report.md")}\n`,
  );
  return 0;
}

/** One line on stderr, whatever the file name or message holds. */
export function warningLine(w: Warning): string {
  return `warning: ${printable(w.path)}: ${printable(w.message)}\n`;
}
