/**
 * Running a command in a child process and measuring it from outside: wall time around the whole process,
 * peak resident memory from /usr/bin/time (which counts every thread of the child), and the stage timings the
 * crosscheck CLI prints on stderr when CROSSCHECK_TIMINGS is set.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";

export interface Measured {
  wall: number;
  /** Peak resident set size in bytes, when it could be measured. */
  rss?: number;
  /** User + system CPU seconds of the child, when /usr/bin/time is there. */
  cpu?: number;
  code: number | null;
  stdout: string;
  stderr: string;
  /** Stage timings the CLI reported (seconds), if any. */
  stages?: Record<string, number>;
}

const TIME = "/usr/bin/time";

export function hasTimeCommand(): boolean {
  return existsSync(TIME);
}

export async function measure(command: readonly string[], env: Record<string, string> = {}, cwd = process.cwd()): Promise<Measured> {
  const scratch = mkdtempSync(path.join(tmpdir(), "crosscheck-measure-"));
  const timeFile = path.join(scratch, "time.txt");
  const useTime = hasTimeCommand();
  const argv = useTime ? [TIME, "-o", timeFile, "-f", "%M %U %S", ...command] : [...command];
  const started = process.hrtime.bigint();
  const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(argv[0]!, argv.slice(1), { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  const out: Measured = { wall, ...result };
  if (useTime && existsSync(timeFile)) {
    // /usr/bin/time adds a "Command exited with non-zero status" line before its own on failure.
    const last = readFileSync(timeFile, "utf8").trim().split("\n").pop() ?? "";
    const [kb, user, sys] = last.split(" ").map(Number);
    if (Number.isFinite(kb)) out.rss = kb! * 1024;
    if (Number.isFinite(user) && Number.isFinite(sys)) out.cpu = user! + sys!;
  }
  rmSync(scratch, { recursive: true, force: true });
  const stages = parseStages(result.stderr);
  if (stages) {
    out.stages = stages;
    if (out.rss === undefined && stages.maxRss !== undefined) out.rss = stages.maxRss;
  }
  return out;
}

/** The line `crosscheck timings: {...}` that CROSSCHECK_TIMINGS=1 makes the CLI print. */
export function parseStages(stderr: string): Record<string, number> | undefined {
  const line = stderr.split("\n").find((l) => l.startsWith("crosscheck timings: "));
  if (!line) return undefined;
  try {
    return JSON.parse(line.slice("crosscheck timings: ".length)) as Record<string, number>;
  } catch {
    return undefined;
  }
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
