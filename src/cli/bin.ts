#!/usr/bin/env node
import { execute } from "./execute.js";

// A reader that stops early (`crosscheck extract a.txt | head`) closes the pipe: that is its choice, not a
// crash worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    process.exit(e.code === "EPIPE" ? (process.exitCode ?? 0) : 2);
  });
}

process.exitCode = await execute(process.argv.slice(2));
