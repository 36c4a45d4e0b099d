import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * Every test's scratch folder (and every CLI child it starts) lands in one folder made for this run, removed
 * when the run ends: tests make thousands of folders and would otherwise leave them all in the system's
 * temporary directory, run after run.
 */
export default function setup(): () => void {
  const root = mkdtempSync(path.join(tmpdir(), "crosscheck-tests-"));
  // Open to all like the system's own, with its sticky bit: some tests run the CLI as an unprivileged user.
  chmodSync(root, 0o1777);
  const before = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(root, { recursive: true, force: true });
  };
}
