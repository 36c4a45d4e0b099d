/**
 * The report job over files: every article under the paths is read, decoded and extracted one at a time, and
 * only its claims are kept, so memory grows with the claims, not with the text. Large inputs are spread over
 * this thread and worker threads (one thread per core); the result is the same Analysis, byte for byte, as `analyze()` over
 * `loadSources()` would give, whatever the number of threads.
 */
import { availableParallelism } from "node:os";
import type { Analysis, Warning } from "../core/types.js";
import { combine, datelineDates, fromDateline } from "../core/analyze.js";
import type { ExtractResult } from "../core/extract/index.js";
import { collectArticleFiles, uniqueId, type LoadOptions } from "./sources.js";
import { loadAndExtract, type FileResult } from "./extractFile.js";
import { extractOnThreads } from "./threads.js";
import { HUGE_RUN, limitHeapGrowth } from "./memory.js";
import { threadCpu } from "./threadCpu.js";

/**
 * Seconds spent per stage; ingest and extract are summed over threads. `*Cpu`: CPU seconds of this thread
 * alone (see threadCpu), from the start of analyzeFiles to the end of extraction (results received and
 * adopted), and in alignment.
 */
export interface Timings {
  ingest: number;
  extract: number;
  align: number;
  threads: number;
  extractCpu?: number;
  alignCpu?: number;
}

export interface AnalyzeFilesOptions extends LoadOptions {
  /**
   * Threads that extract, this one included (0 or 1: this thread alone; n: this thread and n - 1 workers);
   * default: one per core for MIN_FILES_FOR_THREADS files or more.
   */
  threads?: number;
  /** Filled in with the time each stage took. */
  timings?: Timings;
}

/**
 * Below this many files, threads cost more than they save: each one loads the modules and warms up its
 * compiler from cold (about a second of CPU), and on a 2-core machine they take the core the main thread's
 * garbage collector and compiler would use. Measured on a shared 2-core machine once extraction got cheaper
 * (BENCHMARKS.md, round four): 1,000 articles ran faster on one thread every time, 2,000 and 3,000 tied.
 */
export const MIN_FILES_FOR_THREADS = 3000;
/** More threads than this stop paying: the main thread aligns alone, and receiving claims costs it too. */
const MAX_THREADS = 4;

export async function analyzeFiles(paths: readonly string[], cwd: string, options: AnalyzeFilesOptions = {}): Promise<Analysis> {
  const cpuAtStart = options.timings ? threadCpu() : undefined;
  const warnings: Warning[] = [];
  const files = await collectArticleFiles(paths, warnings, cwd, options);
  const huge = files.length >= HUGE_RUN;
  const threads = threadCount(files.length, options.threads);
  // With workers, the heap flag waits until they have compiled their script with the code cache (see threads.ts).
  if (huge && threads <= 1) limitHeapGrowth();
  const results: FileResult[] =
    threads > 1 ? await extractOnThreads(files, cwd, threads - 1, huge, huge ? limitHeapGrowth : undefined) : sequential(files, cwd, huge);

  // Ids in path order over the files that were kept, as loadSources gives them.
  const ids = new Map<string, number>();
  const strings = new Map<string, string>();
  const extracted: ExtractResult[] = [];
  const extractedFiles: string[] = [];
  let ingest = 0;
  let extract = 0;
  files.forEach((file, i) => {
    const r = results[i]!;
    ingest += r.ingest;
    extract += r.extract;
    for (const w of r.warnings) warnings.push(w);
    if (r.result) {
      extracted.push(adopt(r.result, uniqueId(file, ids), strings));
      extractedFiles.push(file);
    }
  });
  // A wire dated only by its date line is read again with that day (see datelineDates): a few files at most.
  for (const [k, published] of datelineDates(extracted)) {
    const again = loadAndExtract(extractedFiles[k]!, cwd, published);
    if (again.result) extracted[k] = fromDateline(adopt(again.result, extracted[k]!.info.id, strings));
  }
  if (extracted.length === 0) return { sources: [], claims: [], groups: [], warnings };
  const started = performance.now();
  const cpuAtAlign = options.timings ? threadCpu() : undefined;
  const analysis = combine(extracted, warnings);
  if (options.timings) {
    const cpuAtEnd = threadCpu();
    Object.assign(options.timings, { ingest, extract, align: (performance.now() - started) / 1000, threads });
    if (cpuAtStart !== undefined && cpuAtAlign !== undefined && cpuAtEnd !== undefined) {
      Object.assign(options.timings, { extractCpu: cpuAtAlign - cpuAtStart, alignCpu: cpuAtEnd - cpuAtAlign });
    }
  }
  return analysis;
}

/** Threads that extract `files` files, this one included: this one alone for a few, else one per core. */
function threadCount(files: number, requested: number | undefined): number {
  if (requested !== undefined) return Math.max(0, Math.min(Math.floor(requested), files));
  if (files < MIN_FILES_FOR_THREADS) return 0;
  return Math.max(1, Math.min(availableParallelism(), MAX_THREADS));
}

/**
 * Every file on this thread. With `copies`, each result is copied as one from a worker would be: the claims'
 * strings are cut from their article's text and would otherwise keep all of it alive (thousands of articles).
 */
function sequential(files: readonly string[], cwd: string, copies: boolean): FileResult[] {
  return files.map((file) => {
    const r = loadAndExtract(file, cwd);
    return copies ? structuredClone(r) : r;
  });
}

/**
 * The result under its real id (claim ids start with the source id: "<id>:n3"), its repeated strings shared:
 * a claim that crossed from a worker thread holds its own copy of every string, and with thousands of
 * articles the copies of speakers, units and sentences shared by several claims add up to tens of megabytes.
 */
function adopt(result: ExtractResult, id: string, strings: Map<string, string>): ExtractResult {
  const old = result.info.id;
  result.info.id = id;
  const share = (s: string): string => {
    const known = strings.get(s);
    if (known !== undefined) return known;
    strings.set(s, s);
    return s;
  };
  for (const c of result.claims) {
    if (old !== id) c.id = id + c.id.slice(old.length);
    c.source = id;
    c.kind = share(c.kind) as typeof c.kind;
    c.sentence = share(c.sentence);
    if (c.unit !== undefined) c.unit = share(c.unit);
    if (c.noun !== undefined) c.noun = share(c.noun);
    if (c.speaker !== undefined) c.speaker = share(c.speaker);
    if (c.qualifier !== undefined) c.qualifier = share(c.qualifier) as typeof c.qualifier;
  }
  return result;
}
