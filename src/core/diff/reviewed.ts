/**
 * The reviewed file (crosscheck.reviewed.yaml): discrepancies an editor has checked, each named by its
 * fingerprint, with a note and who reviewed it when. A reviewed discrepancy is marked in the report and does
 * not fail `diff --fail-on discrepancy`; once one of its values changes its fingerprint changes, the entry no
 * longer matches, and the discrepancy counts again. Parsing is pure: text in, entries and warnings out.
 *
 *     reviewed:
 *       - fingerprint: q-3f9a1c2b7d4e
 *         what: "sortie: 2,289 vs 2,299"   # optional, for people reading the file
 *         note: The ministry's briefing says 2,289; the wire misheard.
 *         by: A. Editor
 *         date: 2015-11-21
 */
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from "yaml";
import { LineIndex } from "../text/lineIndex.js";
import { isIsoDate } from "../frontMatter.js";
import { FINGERPRINT_RE } from "./fingerprint.js";
import type { Review } from "./types.js";

export const REVIEWED_FILE = "crosscheck.reviewed.yaml";

const FIELDS = new Set(["fingerprint", "what", "note", "by", "date"]);

export interface ReviewWarning {
  /** 1-based line in the reviewed file, when the problem has one. */
  line?: number;
  message: string;
}

export interface ReviewedFile {
  /** Reviews by fingerprint; of two entries for one fingerprint the first counts. */
  reviews: Map<string, Review>;
  warnings: ReviewWarning[];
}

/** The file is not YAML at all: nothing in it can be trusted, so callers stop rather than warn. */
export class ReviewedSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number | undefined,
  ) {
    super(message);
    this.name = "ReviewedSyntaxError";
  }
}

export function parseReviewed(text: string): ReviewedFile {
  const doc = parseDocument(text, { schema: "core" });
  const error = doc.errors[0];
  if (error) throw new ReviewedSyntaxError(error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, ""), error.linePos?.[0]?.line);
  const lines = new LineIndex(text);
  const lineOf = (node: unknown): number | undefined => {
    const range = (node as YamlNode | null)?.range;
    return range ? lines.locate(range[0]).line : undefined;
  };
  const reviews = new Map<string, Review>();
  const warnings: ReviewWarning[] = [];
  const warn = (node: unknown, message: string) => {
    const line = lineOf(node);
    warnings.push({ ...(line !== undefined ? { line } : {}), message });
  };

  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return { reviews, warnings };
  let list: unknown = root;
  if (isMap(root)) {
    list = root.get("reviewed", true);
    for (const pair of root.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : "";
      if (key !== "reviewed") warn(pair.key, `unknown field "${clip(key)}" at the top level; expected only "reviewed"`);
    }
    if (list === undefined || (isScalar(list) && list.value === null)) return { reviews, warnings };
  }
  if (!isSeq(list)) {
    warn(list, `"reviewed" must be a list of entries; nothing in this file is used`);
    return { reviews, warnings };
  }

  list.items.forEach((item, i) => {
    const label = `entry ${i + 1}`;
    if (!isMap(item)) {
      warn(item, `${label} is not a review entry (fingerprint, note, by, date); ignored`);
      return;
    }
    const fields = new Map<string, unknown>();
    for (const pair of item.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : "";
      if (!FIELDS.has(key)) warn(pair.key, `${label}: unknown field "${clip(key)}"; expected fingerprint, what, note, by, date`);
      else fields.set(key, isScalar(pair.value) ? pair.value.value : pair.value);
    }
    const fp = text1(fields.get("fingerprint"));
    if (!fp || !FINGERPRINT_RE.test(fp)) {
      warn(item, `${label}: ${fp ? `"${clip(fp)}" is not a fingerprint` : "no fingerprint"} (copy it from the report, e.g. q-3f9a1c2b7d4e); ignored`);
      return;
    }
    const note = text1(fields.get("note"));
    const by = text1(fields.get("by"));
    const date = text1(fields.get("date"));
    const missing = [!note && "note", !by && "by", !date && "date"].filter(Boolean);
    if (missing.length > 0) warn(item, `${label} (${fp}): missing ${missing.join(", ")}`);
    if (date && !isIsoDate(date)) warn(item, `${label} (${fp}): date "${clip(date)}" is not YYYY-MM-DD`);
    if (reviews.has(fp)) {
      warn(item, `${label}: ${fp} is already reviewed above; this entry is ignored`);
      return;
    }
    const line = lineOf(item);
    reviews.set(fp, { fingerprint: fp, note: note ?? "", by: by ?? "", date: date ?? "", ...(line !== undefined ? { line } : {}) });
  });
  return { reviews, warnings };
}

/** Entries that match no current discrepancy: a value changed since the review, or it was resolved. */
export function staleReviews(reviews: ReadonlyMap<string, Review>, current: ReadonlySet<string>): ReviewWarning[] {
  const out: ReviewWarning[] = [];
  for (const r of reviews.values()) {
    if (current.has(r.fingerprint)) continue;
    out.push({
      ...(r.line !== undefined ? { line: r.line } : {}),
      message: `${r.fingerprint} is stale: no current discrepancy has this fingerprint (one of its values changed, or it was resolved); review it again or remove the entry`,
    });
  }
  return out;
}

function text1(v: unknown): string | undefined {
  if (typeof v === "string") return v.trim() || undefined;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return undefined;
}

function clip(s: string): string {
  const flat = s.replace(/\s+/g, " ");
  return flat.length > 40 ? flat.slice(0, 39) + "…" : flat;
}
