/** What the machine running the tests can do, for tests that need a FIFO. */
import { execFileSync } from "node:child_process";

export function hasMkfifo(): boolean {
  try {
    execFileSync("mkfifo", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
