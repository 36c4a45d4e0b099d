#!/usr/bin/env node
// The crosscheck command. It runs the compiled JavaScript, bundled into one file (dist/bundle/crosscheck.cjs,
// built by `npm run build`, and by `npm install` / `npm ci` through the prepare script, and started by
// dist/bundle/crosscheck.js with V8's code cache), so a start costs no TypeScript transpiling, no loading of
// modules one by one and no compiling of what the build's own run compiled already.
// In a checkout whose src/ changed after the last build, dist/ would give yesterday's answers: then it runs
// the TypeScript sources through tsx instead (slower, but right) and says so.
import { readdirSync, statSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const compiled = path.join(root, "dist", "bundle", "crosscheck.js");
const sources = path.join(root, "src");

function mtime(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

/** Newest modification time of a .ts file under dir, or 0. */
function newestSource(dir) {
  let newest = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (e.name.endsWith(".ts")) newest = Math.max(newest, mtime(p) ?? 0);
  }
  return newest;
}

const built = mtime(compiled);
const stale = built === undefined || newestSource(sources) > built;
if (!stale) {
  await import(pathToFileURL(compiled).href);
} else {
  let tsx;
  try {
    tsx = await import("tsx/esm/api");
  } catch {
    tsx = undefined;
  }
  if (tsx && mtime(path.join(sources, "cli", "bin.ts")) !== undefined) {
    process.stderr.write(`crosscheck: ${built === undefined ? "dist/ is not built" : "src/ changed since the last build"}; running the TypeScript sources (run \`npm run build\` for a fast start)\n`);
    tsx.register();
    await import(pathToFileURL(path.join(sources, "cli", "bin.ts")).href);
  } else if (built !== undefined) {
    await import(pathToFileURL(compiled).href);
  } else {
    process.stderr.write("crosscheck: not built; run `npm run build` (or `npm install`) in the crosscheck folder\n");
    process.exitCode = 2;
  }
}
