/**
 * Reading article files from disk into SourceInputs: walking folders, skipping what is not an article with a
 * warning, decoding, front matter. The only part of the main job that touches the file system on the way in.
 *
 * Source folders hold whatever editors saved, so nothing found inside a folder stops the run: every file is
 * read or skipped with one warning naming it. Only a path the user typed that cannot be used is an error.
 */
import { closeSync, constants, fstatSync, openSync, promises as fs, readFileSync, readSync, type Stats } from "node:fs";
import * as path from "node:path";
import type { SourceInput, Warning } from "../core/types.js";
import { readFrontMatter } from "../core/frontMatter.js";
import { decode } from "./decode.js";
import { UserError } from "./errors.js";

export const ARTICLE_EXTENSIONS = [".txt", ".md"];

/**
 * Larger than any article (a long feature is well under 1 MB); reading a stray video or database dump whole
 * would only exhaust memory.
 */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

export interface LoadedSources {
  inputs: SourceInput[];
  warnings: Warning[];
}

export interface LoadOptions {
  /** Absolute paths never read as articles (crosscheck's own outputs when they sit among the sources). */
  exclude?: readonly string[];
}

/** Path as shown to users: relative to the working directory when inside it, forward slashes. */
export function displayPath(p: string, cwd = process.cwd()): string {
  const rel = path.relative(cwd, p);
  const shown = rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : p;
  return shown.split(path.sep).join("/");
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every article file under `paths` (files or folders, recursively), sorted by path so that the order on disk
 * never changes the result. A path the user named that does not exist or cannot be used is a user error.
 */
export async function collectArticleFiles(
  paths: readonly string[],
  warnings: Warning[],
  cwd = process.cwd(),
  options: LoadOptions = {},
): Promise<string[]> {
  const files = new Set<string>();
  const visitedDirs = new Set<string>();
  const exclude = new Set(options.exclude ?? []);
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    let st: Stats;
    try {
      st = await fs.stat(abs);
    } catch (e) {
      const code = errorCode(e);
      if (code === "ENOENT" || code === "ENOTDIR") throw new UserError(`no such file or folder: ${p}`);
      throw new UserError(`cannot read ${p} (${describeError(e)})`);
    }
    if (st.isDirectory()) await walk(abs, files, visitedDirs, exclude, warnings, cwd);
    else if (st.isFile()) {
      if (!exclude.has(abs)) files.add(abs);
    } else throw new UserError(`not a file or folder: ${p}`);
  }
  return dedupe([...files].sort(byCodeUnits), warnings, cwd);
}

async function walk(dir: string, files: Set<string>, visited: Set<string>, exclude: ReadonlySet<string>, warnings: Warning[], cwd: string): Promise<void> {
  let real: string;
  try {
    real = await fs.realpath(dir);
  } catch (e) {
    warnings.push({ path: displayPath(dir, cwd), message: `cannot read folder (${describeError(e)}); skipped` });
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
    warnings.push({ path: displayPath(dir, cwd), message: `cannot read folder (${describeError(e)}); skipped` });
    return;
  }
  entries.sort((a, b) => byCodeUnits(a.name, b.name));
  for (const entry of entries) {
    // Hidden files: editor backups, .DS_Store, and crosscheck's own temporary files.
    if (entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    if (exclude.has(full)) continue;
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const st = await fs.stat(full);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch (e) {
        const code = errorCode(e);
        const what = code === "ELOOP" ? "symbolic link loop" : code === "ENOENT" ? "broken symbolic link" : `unreadable symbolic link (${describeError(e)})`;
        warnings.push({ path: displayPath(full, cwd), message: `${what}; skipped` });
        continue;
      }
    }
    if (isDir) await walk(full, files, visited, exclude, warnings, cwd);
    else if (!isArticleName(entry.name)) warnings.push({ path: displayPath(full, cwd), message: `not an article file (${ARTICLE_EXTENSIONS.join(", ")}); skipped` });
    // Opening a named pipe or a device would block or read forever.
    else if (!isFile) warnings.push({ path: displayPath(full, cwd), message: "not a regular file (pipe, socket or device); skipped" });
    else files.add(full);
  }
}

function isArticleName(name: string): boolean {
  return ARTICLE_EXTENSIONS.includes(path.extname(name).toLowerCase());
}

/** The same file reached twice (a symbolic link beside its target) is read once: its claims would agree with themselves. */
async function dedupe(files: string[], warnings: Warning[], cwd: string): Promise<string[]> {
  const seen = new Map<string, string>();
  const out: string[] = [];
  for (const file of files) {
    let real = file;
    try {
      real = await fs.realpath(file);
    } catch {
      // Unreadable: loadSources says so when it tries to read it.
    }
    const first = seen.get(real);
    if (first !== undefined) {
      warnings.push({ path: displayPath(file, cwd), message: `same file as ${displayPath(first, cwd)}; skipped` });
      continue;
    }
    seen.set(real, file);
    out.push(file);
  }
  return out;
}

export async function loadSources(paths: readonly string[], cwd = process.cwd(), options: LoadOptions = {}): Promise<LoadedSources> {
  const warnings: Warning[] = [];
  const files = await collectArticleFiles(paths, warnings, cwd, options);
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
 * read one after another anyway (or on worker threads), and a blocking read costs a fraction of an
 * asynchronous one's round trips.
 */
export function readSource(file: string, cwd = process.cwd()): ReadSource {
  const shown = displayPath(file, cwd);
  const warnings: Warning[] = [];
  const read = readBytes(file);
  if (typeof read === "string") {
    warnings.push({ path: shown, message: read });
    return { warnings };
  }
  const decoded = decode(read);
  for (const p of decoded.problems) warnings.push({ path: shown, message: p });
  if (decoded.binary) return { warnings };
  if (decoded.text.trim().length === 0) {
    warnings.push({ path: shown, message: read.length === 0 ? "empty file; skipped" : "file holds only whitespace; skipped" });
    return { warnings };
  }
  const fm = readFrontMatter(decoded.text);
  for (const p of fm.problems) warnings.push({ path: shown, message: p });
  return { source: { path: shown, text: decoded.text, bodyStart: fm.bodyStart, meta: fm.meta }, warnings };
}

/** The file's bytes, or why they cannot be read (a warning's message). */
function readBytes(file: string): Buffer | string {
  let fd: number | undefined;
  try {
    // Non-blocking, so that a named pipe put in place of a file cannot hold the open; a regular file ignores it.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const st = fstatSync(fd);
    if (!st.isFile()) return "not a regular file (pipe, socket or device); skipped";
    if (st.size > MAX_FILE_BYTES) return `file is ${megabytes(st.size)}, more than any article (limit ${megabytes(MAX_FILE_BYTES)}); skipped`;
    return readKnownSize(fd, st.size);
  } catch (e) {
    return `cannot read file (${describeError(e)}); skipped`;
  } finally {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // Nothing left to do with it.
      }
    }
  }
}

/**
 * readFileSync(fd) with the size fstat gave already: it would ask fstat again. The same reading otherwise:
 * up to `size` bytes, fewer if the file shrank meanwhile; a size of 0 (files whose size the system does not
 * know) is read by readFileSync to the end.
 */
function readKnownSize(fd: number, size: number): Buffer {
  if (size === 0) return readFileSync(fd);
  const buffer = Buffer.allocUnsafe(size);
  let pos = 0;
  for (let n = -1; n !== 0 && pos < size; pos += n) n = readSync(fd, buffer, pos, size - pos, null);
  return pos < size ? buffer.subarray(0, pos) : buffer;
}

function megabytes(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
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
  return e instanceof Error ? (e.message.split("\n")[0] ?? e.message) : String(e);
}

const ERROR_WORDS: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "permission denied",
  ENOENT: "not found",
  ELOOP: "symbolic link loop",
  EISDIR: "is a folder",
  ENOTDIR: "not a folder",
  EIO: "input/output error",
  ENAMETOOLONG: "name too long",
  EMFILE: "too many open files",
  EROFS: "read-only file system",
  ENOSPC: "no space left on device",
  EEXIST: "already exists",
};

/** "permission denied, EACCES": what an errno means in words, with the code for searching. */
export function describeError(e: unknown): string {
  const code = errorCode(e);
  const words = ERROR_WORDS[code];
  return words ? `${words}, ${code}` : code;
}
