/**
 * Extraction spread over worker threads. Files go out in small batches to whichever thread asks for more, so a
 * thread that drew long articles does not hold the others up; results come back by index, so the order they
 * arrive in never shows.
 */
import { Worker } from "node:worker_threads";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import type { FileResult } from "./extractFile.js";

export type ToWorker = { type: "batch"; batch: { index: number; file: string }[] };
type FromWorker = { type: "result"; index: number; result: FileResult } | { type: "batchDone" };

/** Files per message: large enough that messages cost little, small enough to balance the threads. */
const BATCH = 8;
/** Batches a thread holds at once, so it never waits for the main thread between two. */
const IN_FLIGHT = 2;

/**
 * The worker: compiled JavaScript next to this file, or, when running from the TypeScript sources (tests,
 * tsx), a small script that registers tsx in the new thread and then loads the TypeScript entry.
 */
function startWorker(cwd: string): Worker {
  const here = import.meta.url;
  if (!here.endsWith(".ts")) return new Worker(new URL("./extractWorker.js", here), { workerData: { cwd } });
  const script = `import(${JSON.stringify(tsxApi(here))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL("./extractWorker.ts", here).href)}); });`;
  return new Worker(script, { eval: true, workerData: { cwd } });
}

/** tsx's ES module API (its `register` works in any thread; `--import tsx` in a worker's execArgv does not). */
function tsxApi(from: string): string {
  const manifest = createRequire(from).resolve("tsx/package.json");
  const exports = JSON.parse(readFileSync(manifest, "utf8")).exports as Record<string, { import: { default: string } }>;
  return pathToFileURL(path.join(path.dirname(manifest), exports["./esm/api"]!.import.default)).href;
}

export function extractOnThreads(files: readonly string[], cwd: string, threads: number): Promise<FileResult[]> {
  const results = new Array<FileResult>(files.length);
  return new Promise((resolve, reject) => {
    let next = 0;
    let received = 0;
    let failed = false;
    const workers: Worker[] = [];
    const stopAll = () => {
      for (const w of workers) void w.terminate();
    };
    const send = (w: Worker): boolean => {
      if (next >= files.length) return false;
      const batch: { index: number; file: string }[] = [];
      for (; next < files.length && batch.length < BATCH; next++) batch.push({ index: next, file: files[next]! });
      w.postMessage({ type: "batch", batch } satisfies ToWorker);
      return true;
    };
    if (files.length === 0) return resolve(results);
    for (let t = 0; t < threads; t++) {
      const w = startWorker(cwd);
      workers.push(w);
      w.on("message", (m: FromWorker) => {
        if (failed) return;
        if (m.type === "batchDone") {
          send(w);
          return;
        }
        results[m.index] = m.result;
        if (++received === files.length) {
          // Wait for the threads to end: their heaps are freed before alignment builds its own.
          void Promise.all(workers.map((other) => other.terminate())).then(() => resolve(results), reject);
        }
      });
      w.on("error", (e) => {
        if (failed) return;
        failed = true;
        stopAll();
        reject(e);
      });
      w.on("exit", (code) => {
        if (!failed && received < files.length) {
          failed = true;
          stopAll();
          reject(new Error(`extraction thread stopped (exit code ${code})`));
        }
      });
      for (let k = 0; k < IN_FLIGHT; k++) send(w);
    }
  });
}
