/**
 * The benchmark corpus: N articles made from the seed articles, as if N outlets had each run one of the five
 * stories with their own figures. Every digit run in an article body is shifted by a small random amount and
 * the publication date moves by a few days, so claims align into groups, disagree, and "moved on" runs too.
 * A seeded generator makes the same corpus on every run and every machine.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import * as path from "node:path";

/** Mulberry32: a small, fast, seeded generator; quality is ample for picking shifts. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Seed {
  name: string;
  frontMatter: string[];
  body: string;
}

/** The seed articles: front matter lines (without the fences) and the body after them. */
export function readSeeds(dir: string): Seed[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt") || f.endsWith(".md"))
    .sort()
    .map((name) => {
      const text = readFileSync(path.join(dir, name), "utf8");
      const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
      return m
        ? { name, frontMatter: m[1]!.split("\n"), body: text.slice(m[0].length) }
        : { name, frontMatter: [], body: text };
    });
}

/**
 * Shift one digit run by -2..+2, keeping its number of digits (years stay four digits, a "289" group after a
 * thousands separator stays three), so the text still reads as figures.
 */
export function shiftDigits(run: string, random: () => number): string {
  const v = Number(run);
  const delta = Math.floor(random() * 5) - 2;
  const width = run.length;
  const low = width === 1 ? 0 : 10 ** (width - 1);
  const high = 10 ** width - 1;
  let next = v + delta;
  if (next < low || next > high || (v > 0 && next === 0)) next = v - delta;
  if (next < low || next > high || (v > 0 && next === 0)) next = v;
  const s = String(next);
  return run.startsWith("0") && s.length < width ? s.padStart(width, "0") : s;
}

function shiftDate(iso: string, days: number): string {
  const t = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(t)) return iso;
  return new Date(t + days * 86_400_000).toISOString().slice(0, 10);
}

export function makeArticle(seed: Seed, outlet: number, random: () => number): string {
  const fm = seed.frontMatter
    .filter((l) => !l.startsWith("#"))
    .map((l) => {
      const m = /^published:\s*(\d{4}-\d{2}-\d{2})\s*$/.exec(l);
      return m ? `published: ${shiftDate(m[1]!, Math.floor(random() * 7) - 3)}` : l;
    });
  fm.push(`outlet: Outlet ${outlet}`);
  const body = seed.body.replace(/[0-9]+/g, (run) => shiftDigits(run, random));
  return `---\n${fm.join("\n")}\n---\n${body}`;
}

export interface Corpus {
  dir: string;
  files: number;
  bytes: number;
}

/** Write N articles into `dir` (emptied first): article i is seed i mod 5 from outlet ⌊i / 5⌋. */
export function writeCorpus(seeds: readonly Seed[], n: number, dir: string, seedValue: number): Corpus {
  if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const random = prng(seedValue * 1_000_003 + n);
  const width = String(Math.max(1, Math.ceil(n / seeds.length) - 1)).length;
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const seed = seeds[i % seeds.length]!;
    const outlet = Math.floor(i / seeds.length);
    const text = makeArticle(seed, outlet, random);
    const name = `o${String(outlet).padStart(width, "0")}_${seed.name}`;
    writeFileSync(path.join(dir, name), text);
    bytes += Buffer.byteLength(text);
  }
  return { dir, files: n, bytes };
}
