/**
 * Writing outputs so a run killed at any moment leaves the previous files whole: each file is written to a
 * temporary file in the same folder, then renamed over the old one (rename is atomic within a file system).
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { UserError } from "./errors.js";
import { errorCode } from "./sources.js";

export interface OutputFile {
  name: string;
  /** The text, whole or in pieces (written as they come, so a huge file is never held whole). */
  content: string | Iterable<string>;
}

/** Pieces are gathered into writes of about this many characters. */
const WRITE_CHUNK = 1 << 20;

/** `label` is the folder as the user named it, for messages. */
export async function ensureOutputDir(dir: string, label = dir): Promise<void> {
  try {
    const st = await fs.stat(dir);
    if (!st.isDirectory()) throw new UserError(`output path is not a folder: ${label}`);
    return;
  } catch (e) {
    if (e instanceof UserError) throw e;
    if (errorCode(e) !== "ENOENT") throw new UserError(`cannot use output folder ${label} (${errorCode(e)})`);
  }
  try {
    await fs.mkdir(dir, { recursive: true });
  } catch (e) {
    throw new UserError(`cannot create output folder ${label} (${errorCode(e)})`);
  }
}

/** Write all files into `dir`; temporary files are written first, then every one is renamed into place. */
export async function writeAtomically(dir: string, files: readonly OutputFile[], label = dir): Promise<void> {
  await ensureOutputDir(dir, label);
  const temps: [string, string][] = [];
  try {
    for (const f of files) {
      const target = path.join(dir, f.name);
      const temp = path.join(dir, `.${f.name}.${process.pid}.tmp`);
      temps.push([temp, target]);
      const handle = await fs.open(temp, "w");
      try {
        if (typeof f.content === "string") await handle.writeFile(f.content, "utf8");
        else {
          let batch: string[] = [];
          let size = 0;
          for (const piece of f.content) {
            batch.push(piece);
            size += piece.length;
            if (size >= WRITE_CHUNK) {
              // writeFile on an open handle writes from the current position: the pieces follow each other.
              await handle.writeFile(batch.join(""), "utf8");
              batch = [];
              size = 0;
            }
          }
          if (batch.length > 0) await handle.writeFile(batch.join(""), "utf8");
        }
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
    for (const [temp, target] of temps) await fs.rename(temp, target);
  } catch (e) {
    await Promise.all(temps.map(([t]) => fs.rm(t, { force: true })));
    if (e instanceof UserError) throw e;
    throw new UserError(`cannot write to ${label} (${errorCode(e)})`);
  }
}
