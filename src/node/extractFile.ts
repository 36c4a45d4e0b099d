/**
 * One article file, from its path to its claims: what a worker thread (or the main thread, for small inputs)
 * does per file. The text is dropped afterwards; only the claims are kept.
 */
import type { Warning } from "../core/types.js";
import type { ExtractResult } from "../core/extract/index.js";
import { extractSource } from "../core/analyze.js";
import { readSource } from "./sources.js";
import * as path from "node:path";

export interface FileResult {
  /** Absent when the file was skipped (unreadable, binary, empty); its warnings say why. */
  result?: ExtractResult;
  warnings: Warning[];
  /** Seconds spent reading and decoding, and extracting. */
  ingest: number;
  extract: number;
}

/**
 * `id` is a stand-in (the file name, which most files keep): ids depend on which other files were skipped, so
 * the caller sets the real one once every file has been read.
 */
export function loadAndExtract(file: string, cwd: string, published?: string): FileResult {
  const t0 = performance.now();
  const read = readSource(file, cwd);
  const t1 = performance.now();
  const source = read.source && published ? { ...read.source, meta: { ...read.source.meta, published } } : read.source;
  const result = source ? extractSource({ id: path.basename(file, path.extname(file)), ...source }) : undefined;
  const t2 = performance.now();
  return { ...(result ? { result } : {}), warnings: read.warnings, ingest: (t1 - t0) / 1000, extract: (t2 - t1) / 1000 };
}
