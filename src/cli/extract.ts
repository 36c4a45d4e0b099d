/** `crosscheck extract <file>`: the claims of one article, as a table or JSON. */
import { extractClaims, sourceLocale } from "../core/extract/index.js";
import { renderClaimsTable } from "../core/report/table.js";
import { loadSources } from "../node/sources.js";
import { UserError } from "../node/errors.js";
import type { Io } from "./execute.js";
import { warningLine } from "./report.js";
import { stat } from "node:fs/promises";
import * as path from "node:path";

export async function runExtract(options: { file: string; format: "table" | "json" }, io: Io): Promise<number> {
  const st = await stat(path.resolve(io.cwd, options.file)).catch(() => undefined);
  if (st?.isDirectory()) throw new UserError(`extract reads one article file, not a folder: ${options.file}`);
  const { inputs, warnings } = await loadSources([options.file], io.cwd);
  for (const w of warnings) io.stderr(warningLine(w));
  const input = inputs[0];
  if (!input) throw new UserError(`not an article that can be read: ${options.file}`);
  const { info, claims, warnings: skipped } = extractClaims(input, sourceLocale(input));
  for (const w of skipped ?? []) io.stderr(warningLine(w));
  if (options.format === "json") io.stdout(JSON.stringify({ source: info, claims }, null, 2) + "\n");
  else io.stdout(renderClaimsTable(claims));
  return 0;
}
