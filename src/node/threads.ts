/**
 * Extraction spread over worker threads, with the main thread extracting its share too. Every thread takes the
 * next small batch of files from a counter they share, so a thread that drew long articles (or started late)
 * does not hold the others up; results come back by index, so the order they arrive in never shows.
 */
import { Worker } from "node:worker_threads";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { loadAndExtract, type FileResult } from "./extractFile.js";

export type ToWorker = { type: "files"; files: readonly string[] };
export type FromWorker = { type: "results"; first: number; results: FileResult[] } | { type: "done" };
export interface WorkerData {
  /** What tells the bundled CLI's script, started as a worker, to extract instead of running the command. */
  role: "extract";
  cwd: string;
  /** One Int32: the index of the next file nobody has taken yet. */
  next: SharedArrayBuffer;
}

/** Files per batch: large enough that messages cost little, small enough to balance the threads at the end. */
export const BATCH = 4;

/** The first file of the next batch, taken for this thread; past the end when none is left. */
export function takeBatch(next: Int32Array): number {
  return Atomics.add(next, 0, BATCH);
}

/**
 * The worker. In the bundled CLI (dist/bundle/crosscheck.cjs), the CLI's own loader beside it: the worker then
 * compiles the same script with the same V8 code cache as this thread (bytecode of everything extraction runs,
 * where a bundle of its own was parsed and compiled function by function from cold), and `role` sends it to
 * serveExtraction. In tsc's dist/, the compiled entry next to this file; from the TypeScript sources (tests,
 * tsx), a small script that registers tsx in the new thread and then loads the TypeScript entry.
 */
function startWorker(data: WorkerData): Worker {
  const here = import.meta.url;
  if (here.endsWith(".cjs")) return new Worker(new URL("./crosscheck.js", here), { workerData: data });
  if (!here.endsWith(".ts")) return new Worker(new URL("./extractWorker.js", here), { workerData: data });
  const script = `import(${JSON.stringify(tsxApi(here))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL("./extractWorker.ts", here).href)}); });`;
  return new Worker(script, { eval: true, workerData: data });
}

/** tsx's ES module API (its `register` works in any thread; `--import tsx` in a worker's execArgv does not). */
function tsxApi(from: string): string {
  const manifest = createRequire(from).resolve("tsx/package.json");
  const exports = JSON.parse(readFileSync(manifest, "utf8")).exports as Record<string, { import: { default: string } }>;
  return pathToFileURL(path.join(path.dirname(manifest), exports["./esm/api"]!.import.default)).href;
}

/**
 * Reads and extracts `files` on `workers` worker threads and on this thread. With `ownCopies`, what this thread
 * extracts is copied as a worker's results are, so that its claims' strings do not keep their article's text
 * alive (a large run's memory); otherwise they are kept as they are. `onWorkersReady` is called once every
 * worker has sent its first message (its script is compiled by then), or when the results are all in: V8 takes
 * a code cache only under the engine flags it was made with, so a flag set at run time (memory.ts) must wait
 * for it, or the workers compile their script from source.
 */
export function extractOnThreads(files: readonly string[], cwd: string, workers: number, ownCopies = false, onWorkersReady?: () => void): Promise<FileResult[]> {
  const next = new SharedArrayBuffer(4);
  const started: Worker[] = [];
  for (let t = 0; t < workers; t++) started.push(startWorker({ role: "extract", cwd, next }));
  return extractShared(files, cwd, started, new Int32Array(next), ownCopies, onWorkersReady);
}

function extractShared(
  files: readonly string[],
  cwd: string,
  workers: readonly Worker[],
  next: Int32Array,
  ownCopies: boolean,
  onWorkersReady: (() => void) | undefined,
): Promise<FileResult[]> {
  const results = new Array<FileResult>(files.length);
  let silent = workers.length;
  const ready = () => {
    if (silent < 0) return;
    silent = -1;
    onWorkersReady?.();
  };
  return new Promise((resolve, reject) => {
    let received = 0;
    let finished = false;
    const stopAll = () => {
      for (const w of workers) void w.terminate();
    };
    const fail = (e: unknown) => {
      if (finished) return;
      finished = true;
      stopAll();
      reject(e);
    };
    const arrived = (count: number) => {
      received += count;
      if (received === files.length && !finished) {
        finished = true;
        ready();
        // Wait for the threads to end: their heaps are freed before alignment builds its own.
        void Promise.all(workers.map((w) => w.terminate())).then(() => resolve(results), reject);
      }
    };
    for (const w of workers) {
      let heard = false;
      w.on("message", (m: FromWorker) => {
        if (!heard) {
          heard = true;
          if (--silent === 0) ready();
        }
        if (finished || m.type !== "results") return;
        for (let k = 0; k < m.results.length; k++) results[m.first + k] = m.results[k]!;
        arrived(m.results.length);
      });
      w.on("error", fail);
      w.on("exit", (code) => {
        if (received < files.length) fail(new Error(`extraction thread stopped (exit code ${code})`));
      });
      w.postMessage({ type: "files", files } satisfies ToWorker);
    }
    // This thread takes batches too, and lets the workers' results in between two.
    const work = () => {
      if (finished) return;
      const first = takeBatch(next);
      if (first >= files.length) return;
      const end = Math.min(first + BATCH, files.length);
      try {
        for (let i = first; i < end; i++) {
          const r = loadAndExtract(files[i]!, cwd);
          results[i] = ownCopies ? structuredClone(r) : r;
        }
      } catch (e) {
        fail(e);
        return;
      }
      arrived(end - first);
      setImmediate(work);
    };
    if (files.length === 0) {
      finished = true;
      ready();
      void Promise.all(workers.map((w) => w.terminate())).then(() => resolve(results), reject);
      return;
    }
    work();
  });
}
