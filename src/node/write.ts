/**
 * Writing outputs so a run killed at any moment leaves the previous files whole: each file is written to a
 * temporary file in the same folder, flushed to disk, then renamed over the old one (rename is atomic within
 * a file system, and a temporary file in the same folder is on the same file system).
 */
import { constants as fsConstants, promises as fs } from "node:fs";
import * as path from "node:path";
import { UserError } from "./errors.js";
import { describeError, errorCode } from "./sources.js";

export interface OutputFile {
  name: string;
  /** The text, whole or in pieces (written as they come, so a huge file is never held whole). */
  content: string | Iterable<string>;
}

/** Pieces are gathered into writes of about this many characters. */
const WRITE_CHUNK = 1 << 17;

/** `label` is the folder as the user named it, for messages. */
export async function ensureOutputDir(dir: string, label = dir): Promise<void> {
  try {
    const st = await fs.stat(dir);
    if (!st.isDirectory()) throw new UserError(`output path is not a folder: ${label}`);
    // Said now, before the work, rather than when the files are written.
    await fs.access(dir, fsConstants.W_OK).catch((e: unknown) => {
      throw new UserError(`cannot write to output folder ${label} (${describeError(e)})`);
    });
    return;
  } catch (e) {
    if (e instanceof UserError) throw e;
    if (errorCode(e) !== "ENOENT") throw new UserError(`cannot use output folder ${label} (${describeError(e)})`);
  }
  try {
    await fs.mkdir(dir, { recursive: true });
  } catch (e) {
    throw new UserError(`cannot create output folder ${label} (${describeError(e)})`);
  }
}

/** `.report.md.<pid>.tmp`: hidden, so a sources folder that is also the output folder never reads it. */
export function tempName(name: string, pid = process.pid): string {
  return `.${name}.${pid}.tmp`;
}

const TEMP_RE = /^\.(.+)\.(\d{1,10})\.tmp$/;

/**
 * Write all files into `dir`. Every temporary file is written and flushed first, then each is renamed into
 * place, so a failure while writing leaves every old file as it was.
 */
export async function writeAtomically(dir: string, files: readonly OutputFile[], label = dir): Promise<void> {
  await ensureOutputDir(dir, label);
  await removeStaleTemps(dir, files.map((f) => f.name));
  const temps: [string, string, string][] = [];
  const shown = (name: string) => path.posix.join(label.split(path.sep).join("/"), name);
  let current = "";
  try {
    for (const f of files) {
      const target = path.join(dir, f.name);
      current = f.name;
      // A folder where the file should go would make the rename fail after the others were replaced.
      const st = await fs.lstat(target).catch(() => undefined);
      if (st?.isDirectory()) throw new UserError(`cannot write ${shown(f.name)}: it is a folder`);
      const temp = path.join(dir, tempName(f.name));
      temps.push([temp, target, f.name]);
      const handle = await fs.open(temp, "w");
      try {
        if (typeof f.content === "string") await handle.writeFile(f.content, "utf8");
        else await writePieces(handle, f.content);
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
    for (const [temp, target, name] of temps) {
      current = name;
      await fs.rename(temp, target);
    }
  } catch (e) {
    await Promise.all(temps.map(([t]) => fs.rm(t, { force: true }).catch(() => undefined)));
    if (e instanceof UserError) throw e;
    // Content rendered while written can fail for reasons of its own: that is no write error.
    if (!hasErrno(e)) throw e;
    throw new UserError(`cannot write ${shown(current)} (${describeError(e)})`);
  }
  await syncDir(dir);
}

/**
 * Pieces gathered into writes of about WRITE_CHUNK characters, in order. The next batch is rendered while the
 * last one is being written (the write runs off this thread): waiting for each write before rendering on left
 * this thread idle between batches.
 */
async function writePieces(handle: fs.FileHandle, pieces: Iterable<string>): Promise<void> {
  // One write at a time: writeFile on an open handle writes from the current position, so they follow each other.
  let pending: Promise<void> | undefined;
  const send = async (text: string): Promise<void> => {
    if (pending) await pending;
    pending = handle.writeFile(text, "utf8");
  };
  try {
    let batch: string[] = [];
    let size = 0;
    for (const piece of pieces) {
      if (batch.length === 0 && piece.length >= WRITE_CHUNK) {
        // A large piece goes out as it is, without another copy.
        await send(piece);
        continue;
      }
      batch.push(piece);
      size += piece.length;
      if (size >= WRITE_CHUNK) {
        await send(batch.join(""));
        batch = [];
        size = 0;
      }
    }
    if (batch.length > 0) await send(batch.join(""));
    await pending;
  } catch (e) {
    // Rendering failed with a write under way: it must settle before the caller closes the file.
    await pending?.catch(() => undefined);
    throw e;
  }
}

/** Make the renames themselves durable; not every platform can open a folder for this, which is harmless. */
async function syncDir(dir: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, "r");
    await handle.sync();
  } catch {
    // Best effort only.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Temporary files left by runs that were killed before they could rename them: removed when the process
 * that wrote them is gone, so they never pile up. A live process's file is left alone (two runs may share
 * an output folder).
 */
async function removeStaleTemps(dir: string, names: readonly string[]): Promise<void> {
  let entries: string[];
  try {
    entries = await fs.readdir(dir);
  } catch {
    return;
  }
  for (const entry of entries) {
    const m = TEMP_RE.exec(entry);
    if (!m || !names.includes(m[1]!)) continue;
    const pid = Number(m[2]);
    if (pid !== process.pid && isRunning(pid)) continue;
    await fs.rm(path.join(dir, entry), { force: true }).catch(() => undefined);
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to someone else.
    return errorCode(e) === "EPERM";
  }
}

function hasErrno(e: unknown): boolean {
  return !!e && typeof e === "object" && typeof (e as { code?: unknown }).code === "string";
}
