/**
 * npm run bench: end-to-end speed and growth of `crosscheck report`, beside a floor measured in the same run.
 *
 * For each size N (default 100, 1,000 and 10,000 articles) it writes a corpus made from the seed articles with
 * their figures shifted at random (scripts/bench/corpus.ts) into a temporary folder outside the repository,
 * runs the floor (a node process that reads the same files and makes one regex pass for digits) and the real
 * CLI (`bin/crosscheck.js report`, compiled JavaScript) in child processes, and prints input MB, wall time,
 * MB/s end to end and per stage, peak RSS and the ratio to the floor; then the growth exponent between sizes
 * (1.0 is linear) and the targets of issue 5. Nothing here is part of `npm test`.
 *
 *   npm run bench -- [--sizes 100,1000,10000] [--repeat 3] [--seed 1] [--threads N] [--keep]
 *                    [--cli "node --import tsx src/cli/bin.ts"] [--root DIR] [--json FILE]
 *
 * --cli runs another command in place of bin/crosscheck.js (relative to --root, default this checkout), to
 * measure an older version the same way. --threads sets CROSSCHECK_THREADS for the report runs.
 * MB are 10^6 bytes of article files on disk.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { readSeeds, writeCorpus } from "./bench/corpus.js";
import { hasTimeCommand, measure, median, type Measured } from "./bench/measure.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "..");

interface Options {
  sizes: number[];
  repeat?: number;
  seed: number;
  threads?: string;
  keep: boolean;
  cli?: string;
  root: string;
  json?: string;
}

function parseArgs(argv: readonly string[]): Options {
  const get = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const sizes = (get("sizes") ?? "100,1000,10000").split(",").map((s) => Number(s.trim().replace(/_/g, "")));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error("--sizes takes positive whole numbers, e.g. 100,1000");
  const repeat = get("repeat");
  const threads = get("threads");
  const cli = get("cli");
  const json = get("json");
  return {
    sizes,
    ...(repeat ? { repeat: Number(repeat) } : {}),
    seed: Number(get("seed") ?? 1),
    ...(threads !== undefined ? { threads } : {}),
    keep: argv.includes("--keep"),
    ...(cli ? { cli } : {}),
    root: path.resolve(get("root") ?? repo),
    ...(json ? { json: path.resolve(json) } : {}),
  };
}

interface Row {
  n: number;
  bytes: number;
  floor: number;
  report: Measured;
  walls: number[];
  cpu?: number;
}

const MB = 1e6;
const fmt = (x: number, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : "-");
const mbps = (bytes: number, seconds: number | undefined) => (seconds && seconds > 0 ? fmt(bytes / MB / seconds, 1) : "-");

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => "| " + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ") + " |";
  return [line(header), "|" + widths.map((w, i) => (i === 0 ? "-".repeat(w + 2) : "-".repeat(w + 1) + ":")).join("|") + "|", ...rows.map(line)].join("\n");
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const cliCommand = options.cli ? options.cli.split(" ").filter(Boolean) : ["node", "bin/crosscheck.js"];
  const runCli = (args: string[]) => [cliCommand[0] === "node" ? process.execPath : cliCommand[0]!, ...cliCommand.slice(1), ...args];
  if (!options.cli) {
    // Measure what the sources say now, not an older build.
    const tsc = path.join(options.root, "node_modules/typescript/bin/tsc");
    const built = spawnSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: options.root, stdio: "inherit" });
    const bundled = built.status === 0 ? spawnSync(process.execPath, ["scripts/bundle.mjs"], { cwd: options.root, stdio: "inherit" }) : built;
    if (bundled.status !== 0 || !existsSync(path.join(options.root, "dist/bundle/crosscheck.js"))) throw new Error("bench: `npm run build` failed");
  }
  const work = mkdtempSync(path.join(tmpdir(), "crosscheck-bench-"));
  const env: Record<string, string> = { CROSSCHECK_TIMINGS: "1", ...(options.threads !== undefined ? { CROSSCHECK_THREADS: options.threads } : {}) };
  const cpu = cpus();
  console.log(`machine: ${cpu[0]?.model.trim() ?? "unknown CPU"}, ${cpu.length} cores, ${fmt(totalmem() / 2 ** 30, 1)} GiB; node ${process.version}; ${process.platform}`);
  console.log(`load average at start: ${loadavg().map((x) => fmt(x)).join(" ")}; command: ${cliCommand.join(" ")}; corpus in ${work}`);
  if (!hasTimeCommand()) console.log("(/usr/bin/time not found: peak RSS as the CLI reports it)");

  try {
    // The five seed articles, each run a new process: what an editor waits for.
    const seedOut = path.join(work, "out-seeds");
    const seedRuns: Measured[] = [];
    for (let i = 0; i < Math.max(3, options.repeat ?? 3); i++) seedRuns.push(await measure(runCli(["report", "sources", "--out", seedOut]), env, options.root));
    checkOk(seedRuns[0]!, "seed articles");
    const seedWall = median(seedRuns.map((r) => r.wall));
    console.log(`\nseed articles (5): first run ${fmt(seedRuns[0]!.wall)} s, median of ${seedRuns.length} ${fmt(seedWall)} s, peak RSS ${fmt((seedRuns[0]!.rss ?? NaN) / MB, 0)} MB\n`);

    const seeds = readSeeds(path.join(repo, "sources"));
    const rows: Row[] = [];
    for (const n of options.sizes) {
      const dir = path.join(work, `n${n}`);
      const corpus = writeCorpus(seeds, n, dir, options.seed);
      const repeat = options.repeat ?? (n >= 10_000 ? 1 : 3);
      const floors: number[] = [];
      const reports: Measured[] = [];
      // Interleaved, so a change in machine load touches both alike.
      for (let r = 0; r < repeat; r++) {
        const f = await measure([process.execPath, path.join(here, "bench/floor.mjs"), dir], {}, options.root);
        checkOk(f, "floor");
        floors.push(f.wall);
        const out = path.join(work, `out-n${n}`);
        const m = await measure(runCli(["report", dir, "--out", out]), env, options.root);
        checkOk(m, `report on ${n} articles`);
        reports.push(m);
      }
      const walls = reports.map((m) => m.wall);
      const mid = reports.find((m) => m.wall === median(walls)) ?? [...reports].sort((a, b) => a.wall - b.wall)[Math.floor(reports.length / 2)]!;
      rows.push({ n, bytes: corpus.bytes, floor: median(floors), report: { ...mid, wall: median(walls) }, walls, ...(mid.cpu !== undefined ? { cpu: mid.cpu } : {}) });
      printRow(rows[rows.length - 1]!);
      if (!options.keep) rmSync(dir, { recursive: true, force: true });
    }

    console.log("\n" + resultsTable(rows));
    console.log("\nstages: ingest (read, decode, front matter) and extract are thread-seconds summed over worker threads;");
    console.log("align and render run on the main thread; render includes writing report.md and claims.json.\n");
    for (let i = 1; i < rows.length; i++) {
      const a = rows[i - 1]!;
      const b = rows[i]!;
      console.log(`growth ${a.n} → ${b.n}: wall exponent ${fmt(growth(a.bytes, a.report.wall, b.bytes, b.report.wall))}` +
        (a.report.rss && b.report.rss ? `, peak RSS exponent ${fmt(growth(a.bytes, a.report.rss, b.bytes, b.report.rss))}` : ""));
    }
    console.log("\n" + targets(seedWall, seedRuns[0]!.wall, rows).join("\n"));
    console.log(`\nload average at end: ${loadavg().map((x) => fmt(x)).join(" ")}`);
    if (options.json) {
      mkdirSync(path.dirname(options.json), { recursive: true });
      writeFileSync(options.json, JSON.stringify({ seeds: seedRuns.map((r) => r.wall), rows }, null, 2) + "\n");
    }
  } finally {
    if (!options.keep) rmSync(work, { recursive: true, force: true });
  }
}

function checkOk(m: Measured, what: string): void {
  if (m.code !== 0) throw new Error(`${what} failed (exit ${m.code}):\n${m.stderr.slice(0, 2000)}`);
}

function printRow(r: Row): void {
  console.log(
    `N=${r.n}: ${fmt(r.bytes / MB)} MB, report ${r.walls.map((w) => fmt(w)).join(" / ")} s, floor ${fmt(r.floor)} s, ` +
      `peak RSS ${fmt((r.report.rss ?? NaN) / MB, 0)} MB${r.report.stdout ? " — " + r.report.stdout.trim() : ""}`,
  );
}

function resultsTable(rows: readonly Row[]): string {
  const header = ["N", "input MB", "wall s", "MB/s", "floor s", "× floor", "CPU s", "ingest MB/s", "extract MB/s", "align MB/s", "render MB/s", "threads", "peak RSS MB", "RSS / input"];
  return table(
    header,
    rows.map((r) => {
      const s = r.report.stages ?? {};
      return [
        String(r.n),
        fmt(r.bytes / MB),
        fmt(r.report.wall),
        mbps(r.bytes, r.report.wall),
        fmt(r.floor),
        fmt(r.report.wall / r.floor, 1),
        r.cpu !== undefined ? fmt(r.cpu) : "-",
        mbps(r.bytes, s.ingest),
        mbps(r.bytes, s.extract),
        mbps(r.bytes, s.align),
        mbps(r.bytes, s.render),
        s.threads !== undefined ? String(s.threads) : "-",
        r.report.rss ? fmt(r.report.rss / MB, 0) : "-",
        r.report.rss ? fmt(r.report.rss / r.bytes, 1) : "-",
      ];
    }),
  );
}

/** Exponent k in time ∝ size^k between two runs. */
function growth(sizeA: number, a: number, sizeB: number, b: number): number {
  return Math.log(b / a) / Math.log(sizeB / sizeA);
}

function targets(seedMedian: number, seedFirst: number, rows: readonly Row[]): string[] {
  const out = ["targets (issue 5):"];
  const mark = (ok: boolean) => (ok ? "met    " : "NOT MET");
  out.push(`  ${mark(seedFirst < 1)} report on the five seed articles under 1 s wall, cold: first ${fmt(seedFirst)} s, median ${fmt(seedMedian)} s`);
  const k1 = rows.find((r) => r.n === 1000);
  if (k1) {
    const speed = k1.bytes / MB / k1.report.wall;
    out.push(`  ${mark(speed >= 20)} 1,000 articles at least 20 MB/s end to end: ${fmt(speed, 1)} MB/s`);
    out.push(`  ${mark(k1.report.wall / k1.floor <= 15)} 1,000 articles at most 15 × the floor: ${fmt(k1.report.wall / k1.floor, 1)} ×`);
  }
  const k10 = rows.find((r) => r.n === 10_000);
  if (k1 && k10) {
    const k = growth(k1.bytes, k1.report.wall, k10.bytes, k10.report.wall);
    out.push(`  ${mark(k <= 1.1)} growth exponent 1,000 → 10,000 at most 1.1: ${fmt(k)}`);
  }
  if (k10?.report.rss) out.push(`  ${mark(k10.report.rss < 10 * k10.bytes)} peak RSS under 10 × input at 10,000: ${fmt(k10.report.rss / k10.bytes, 1)} ×`);
  return out;
}

await main();
