/**
 * Reading the reviewed file from disk. Without `--reviewed`, crosscheck.reviewed.yaml in the working
 * directory is used when it exists; a file named explicitly must exist. A file that is not valid YAML stops
 * the run: ignoring it would silently un-review every discrepancy in it.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { parseReviewed, ReviewedSyntaxError, REVIEWED_FILE, type ReviewedFile } from "../core/diff/reviewed.js";
import { decode } from "./decode.js";
import { UserError } from "./errors.js";
import { displayPath, errorCode } from "./sources.js";

export interface LoadedReviewed extends ReviewedFile {
  /** The file as shown to users, for warnings and annotations. */
  path: string;
}

export async function loadReviewed(explicit: string | undefined, cwd: string): Promise<LoadedReviewed | undefined> {
  const file = path.resolve(cwd, explicit ?? REVIEWED_FILE);
  const shown = explicit ?? displayPath(file, cwd);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    if (explicit === undefined && errorCode(e) === "ENOENT") return undefined;
    throw new UserError(errorCode(e) === "ENOENT" ? `no such file: ${shown}` : `cannot read ${shown} (${errorCode(e)})`);
  }
  try {
    return { path: shown, ...parseReviewed(decode(bytes).text) };
  } catch (e) {
    if (e instanceof ReviewedSyntaxError) throw new UserError(`${shown}${e.line !== undefined ? ":" + e.line : ""}: not valid YAML (${e.message})`);
    throw e;
  }
}

/** One line per warning, as the CLI prints them: "warning: crosscheck.reviewed.yaml:4: …". */
export function formatReviewWarning(file: string, w: { line?: number; message: string }): string {
  return `warning: ${file}${w.line !== undefined ? ":" + w.line : ""}: ${w.message}\n`;
}
