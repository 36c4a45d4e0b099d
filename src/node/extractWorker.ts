/**
 * Worker thread entry: receives batches of article files, answers with each file's claims. Structured cloning
 * of the answer copies the claims' strings, so nothing of an article's text outlives its extraction.
 */
import { parentPort, workerData } from "node:worker_threads";
import { loadAndExtract } from "./extractFile.js";
import type { ToWorker } from "./threads.js";

const { cwd } = workerData as { cwd: string };
const port = parentPort!;

// The main thread ends this thread once every file is back.
port.on("message", (message: ToWorker) => {
  for (const { index, file } of message.batch) port.postMessage({ type: "result", index, result: loadAndExtract(file, cwd) });
  port.postMessage({ type: "batchDone" });
});
