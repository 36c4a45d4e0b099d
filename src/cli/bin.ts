#!/usr/bin/env node
import { execute } from "./execute.js";

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
