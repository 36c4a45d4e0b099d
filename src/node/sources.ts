/**
 * Reading article files from disk into SourceInputs: walking folders, skipping what is not an article with a
 * warning, decoding, front matter. The only part of the main job that touches the file system on the way in.
 */
import { promises as fs, readFileSync } from "node:fs";
import * as path from "node:path";
import type { SourceInput, Warning } from "../core/types.js";
import { readFrontMatter } from "../core/frontMatter.js";
import { decode } from "./decode.js";
import { UserError } from "./errors.js";

export const ARTICLE_EXTENSIONS = [".txt", ".md"];

export interface LoadedSources {
  inputs: SourceInput[];
  warnings: Warning[];
}

/** Path as shown to users: relative to the working directory when inside it, forward slashes. */
export function displayPath(p: string, cwd = process.cwd()): string {
  const rel = path.relative(cwd, p);
  const shown = rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : p;
  return shown.split(path.sep).join("/");
}

/**
 * Every article file under `paths` (files or folders, recursively), sorted by path so that the order on disk
 * never changes the result. A path that does not exist is a user error.
 */
export async function collectArticleFiles(paths: readonly string[], warnings: Warning[], cwd = process.cwd()): Promise<string[]> {
  const files = new Set<string>();
  const visitedDirs = new Set<string>();
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    let st;
    try {
      st = await fs.stat(abs);
    } catch {
      throw new UserError(`no such file or folder: ${p}`);
    }
    if (st.isDirectory()) await walk(abs, files, visitedDirs, warnings, cwd);
    else files.add(abs);
  }
  return [...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

async function walk(dir: string, files: Set<string>, visited: Set<string>, warnings: Warning[], cwd: string): Promise<void> {
  let real: string;
  try {
    real = await fs.realpath(dir);
  } catch (e) {
    warnings.push({ path: displayPath(dir, cwd), message: `cannot read folder (${errorCode(e)}); skipped` });
    return;
  }
  if (visited.has(real)) {
    warnings.push({ path: displayPath(dir, cwd), message: "folder already read (symbolic link loop or duplicate); skipped" });
    return;
  }
  visited.add(real);
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    warnings.push({ path: displayPath(dir, cwd), message: `cannot read folder (${errorCode(e)}); skipped` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const st = await fs.stat(full);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch (e) {
        warnings.push({ path: displayPath(full, cwd), message: `broken or looping symbolic link (${errorCode(e)}); skipped` });
        continue;
      }
    }
    if (isDir) await walk(full, files, visited, warnings, cwd);
    else if (isFile && ARTICLE_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) files.add(full);
  }
}

export async function loadSources(paths: readonly string[], cwd = process.cwd()): Promise<LoadedSources> {
  const warnings: Warning[] = [];
  const files = await collectArticleFiles(paths, warnings, cwd);
  const inputs: SourceInput[] = [];
  const ids = new Map<string, number>();
  for (const file of files) {
    const read = readSource(file, cwd);
    for (const w of read.warnings) warnings.push(w);
    if (read.source) inputs.push({ id: uniqueId(file, ids), ...read.source });
  }
  return { inputs, warnings };
}

export interface ReadSource {
  /** Absent when the file is skipped; the warnings say why. */
  source?: Omit<SourceInput, "id">;
  warnings: Warning[];
}

/**
 * One article file: read, decoded, its front matter read; or skipped with a warning. Synchronous: files are
 * read one after another anyway, and a blocking read costs a fraction of an asynchronous one's round trips.
 */
export function readSource(file: string, cwd = process.cwd()): ReadSource {
  const shown = displayPath(file, cwd);
  const warnings: Warning[] = [];
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    warnings.push({ path: shown, message: `cannot read file (${errorCode(e)}); skipped` });
    return { warnings };
  }
  const decoded = decode(bytes);
  for (const p of decoded.problems) warnings.push({ path: shown, message: p });
  if (decoded.binary) return { warnings };
  if (decoded.text.trim().length === 0) {
    warnings.push({ path: shown, message: "empty file; skipped" });
    return { warnings };
  }
  const fm = readFrontMatter(decoded.text);
  for (const p of fm.problems) warnings.push({ path: shown, message: p });
  return { source: { path: shown, text: decoded.text, bodyStart: fm.bodyStart, meta: fm.meta }, warnings };
}

/** File name without extension; a second file with the same name gets its parent folder in front. */
export function uniqueId(file: string, seen: Map<string, number>): string {
  const base = path.basename(file, path.extname(file));
  let id = base;
  if (seen.has(id)) id = `${path.basename(path.dirname(file))}/${base}`;
  let n = 2;
  const stem = id;
  while (seen.has(id)) id = `${stem}~${n++}`;
  seen.set(id, 1);
  return id;
}

export function errorCode(e: unknown): string {
  if (e && typeof e === "object" && "code" in e && typeof (e as { code: unknown }).code === "string") return (e as { code: string }).code;
  return e instanceof Error ? e.message.split("\n")[0]! : String(e);
}
