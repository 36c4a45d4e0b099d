/**
 * CPU seconds this thread has run, for CROSSCHECK_TIMINGS: on a machine shared with other work a stage's wall
 * time says more about the neighbours than about the stage, and the process's CPU adds the engine's compiler
 * and collector threads. Linux only (`/proc/thread-self/schedstat`); undefined elsewhere.
 */
import { readFileSync } from "node:fs";

export function threadCpu(): number | undefined {
  try {
    const ns = Number(readFileSync("/proc/thread-self/schedstat", "latin1").split(" ")[0]);
    return Number.isFinite(ns) ? ns / 1e9 : undefined;
  } catch {
    return undefined;
  }
}
