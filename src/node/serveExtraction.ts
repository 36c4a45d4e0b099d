/**
 * What an extraction worker thread does: takes batches of article files from the counter it shares with the
 * other threads and answers with each file's claims. Structured cloning of the answer copies the claims'
 * strings, so nothing of an article's text outlives its extraction. A function, not module-level code: the
 * bundled CLI holds this module too, and its workers run the CLI's own script (see threads.ts).
 */
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { loadAndExtract, type FileResult } from "./extractFile.js";
import { BATCH, takeBatch, type FromWorker, type ToWorker, type WorkerData } from "./threads.js";

/** Whether this thread was started by extractOnThreads. */
export function isExtractionWorker(): boolean {
  return !isMainThread && (workerData as Partial<WorkerData> | undefined)?.role === "extract";
}

export function serveExtraction(): void {
  const { cwd, next: shared } = workerData as WorkerData;
  const next = new Int32Array(shared);
  const port = parentPort!;
  // The main thread ends this thread once every file is back.
  port.on("message", (message: ToWorker) => {
    const { files } = message;
    for (let first = takeBatch(next); first < files.length; first = takeBatch(next)) {
      const results: FileResult[] = [];
      const end = Math.min(first + BATCH, files.length);
      for (let i = first; i < end; i++) results.push(loadAndExtract(files[i]!, cwd));
      port.postMessage({ type: "results", first, results } satisfies FromWorker);
    }
    port.postMessage({ type: "done" } satisfies FromWorker);
  });
}
