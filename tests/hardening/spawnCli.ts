/**
 * Running the real CLI in a child process: what an editor's shell sees (exit code, stderr, files), under a
 * chosen environment. Node loads the TypeScript through tsx's loader in the same process, so a signal sent
 * to the child reaches the process doing the work.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import * as path from "node:path";
import { pathToFileURL } from "node:url";

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const BIN = path.join(ROOT, "src/cli/bin.ts");
// Resolved here, not from the child's working directory (a temporary folder with no node_modules).
const TSX = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd: string;
  env?: Record<string, string>;
  /** Run as this user and group (only possible when the tests run as root). */
  uid?: number;
  gid?: number;
  /** Modules to preload (test hooks), as file paths. */
  preload?: string[];
}

export function startCli(args: readonly string[], options: CliOptions): { child: ChildProcess; done: Promise<CliResult> } {
  const child = spawn(process.execPath, ["--import", TSX, ...(options.preload ?? []).flatMap((p) => ["--import", pathToFileURL(p).href]), BIN, ...args], {
    cwd: options.cwd,
    // A clean environment: the caller sets locale and time zone.
    env: { PATH: process.env.PATH ?? "", ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.gid ?? options.uid } : {}),
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.setEncoding("utf8").on("data", (d: string) => (stdout += d));
  child.stderr!.setEncoding("utf8").on("data", (d: string) => (stderr += d));
  const done = new Promise<CliResult>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

export function runCli(args: readonly string[], options: CliOptions): Promise<CliResult> {
  return startCli(args, options).done;
}
