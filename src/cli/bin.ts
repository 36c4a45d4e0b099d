#!/usr/bin/env node
import { execute } from "./execute.js";
import { isExtractionWorker, serveExtraction } from "../node/serveExtraction.js";

// The bundled CLI's script is also what its extraction workers run (see node/threads.ts).
if (isExtractionWorker()) serveExtraction();
else runCommand();

function runCommand(): void {
  // A reader that stops early (`crosscheck extract a.txt | head`) closes the pipe: that is its choice, not a
  // crash worth a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (e: NodeJS.ErrnoException) => {
      process.exit(e.code === "EPIPE" ? (process.exitCode ?? 0) : 2);
    });
  }
  // No top-level await: the bundle is a CommonJS script (loaded with V8's code cache, scripts/bundle.mjs), and
  // a script cannot wait at its top level.
  void execute(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
