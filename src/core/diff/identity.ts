/**
 * What makes a claim the same claim in two versions of a text. Never line numbers or offsets: a paragraph
 * inserted above moves every offset. A claim is identified by its source, kind and unit, and by the words
 * around it: its sentence with the claim itself masked, folded. Other figures in the sentence stay: they tell
 * apart sentences that differ only in their numbers ("on day 12 … 5 killed", "on day 13 … 7 killed"); when a
 * neighbouring figure is corrected, the surroundings are still alike enough to match (match.ts).
 */
import type { Claim } from "../types.js";
import type { ChangedField } from "./types.js";
import { normalizeStatement } from "../text/normalize.js";

/** Stands for the claim inside its masked sentence; `normalizeStatement` never produces it. */
export const CONTEXT_MASK = "\u2063claim\u2063";

/** Claims that may be one another's earlier version: the same source, kind, and counted thing. */
export function blockKey(c: Claim): string {
  const counted = c.kind === "quantity" ? (c.unit !== undefined ? "u:" + c.unit : "n:" + (c.noun ?? "")) : "";
  return `${c.source}\u0000${c.kind}\u0000${counted}`;
}

/**
 * Characters of surroundings kept on each side of the claim. Enough for a few dozen words, which identify
 * a claim as well as a whole long sentence does, and it bounds the work per claim on huge one-line inputs.
 */
const CONTEXT_REACH = 200;
/** Words kept on each side, nearest first: bounds the words per claim when they are very short ("1, 1, 1, …"). */
const CONTEXT_WORDS = 24;

/** The words around the claim, folded, with the claim masked. */
export function contextWords(c: Claim): string[] {
  const len = c.sentence.length;
  const a = clamp(c.sentenceMark?.[0] ?? 0, 0, len);
  const b = clamp(c.sentenceMark?.[1] ?? a, a, len);
  let left = c.sentence.slice(Math.max(0, a - CONTEXT_REACH), a);
  let right = c.sentence.slice(b, b + CONTEXT_REACH);
  // Drop a word cut in two by the window.
  if (a > CONTEXT_REACH) left = left.slice(left.search(/\s/) + 1);
  if (len - b > CONTEXT_REACH) right = right.slice(0, Math.max(0, right.lastIndexOf(" ")));
  const side = (s: string) => {
    const n = normalizeStatement(s.replace(/\u2063/g, " "));
    return n ? n.split(" ") : [];
  };
  return [...side(left).slice(-CONTEXT_WORDS), CONTEXT_MASK, ...side(right).slice(0, CONTEXT_WORDS)];
}

/** The words of a quote's wording (its value is already normalised). */
export function wordingWords(c: Claim): string[] {
  const v = String(c.value);
  return v ? v.split(" ") : [];
}

function clamp(x: number, lo: number, hi: number): number {
  return Number.isFinite(x) ? Math.min(Math.max(Math.trunc(x), lo), hi) : lo;
}

/** What a claim says, as a string that is equal for two claims exactly when they say the same. */
export function contentKey(c: Claim): string {
  return [valueKey(c), c.qualifier ?? "", speakerKey(c)].join("\u0000");
}

/**
 * The value part of a claim: figure with its interval, date, or wording. A figure as its article wrote it:
 * "six weeks" says the same whether or not another article's «٤٢ يوما» has it converted (Claim.written).
 */
export function valueKey(c: Pick<Claim, "kind" | "value" | "min" | "max" | "written">): string {
  if (c.kind === "quantity") {
    const w = c.written ?? c;
    return `${numberKey(w.value)}|${numberKey(w.min)}|${numberKey(w.max)}`;
  }
  return String(c.value);
}

function numberKey(v: number | string | undefined): string {
  if (v === undefined) return "";
  const n = typeof v === "number" ? v : Number(v);
  return Number.isFinite(n) ? String(n) : String(v);
}

function speakerKey(c: Claim): string {
  return c.speaker ? normalizeStatement(c.speaker) : "";
}

/** Which parts of a claim differ between two versions, in a fixed order; empty when it says the same. */
export function changedFields(before: Claim, after: Claim): ChangedField[] {
  const out: ChangedField[] = [];
  if (valueKey(before) !== valueKey(after)) out.push(before.kind === "quote" ? "wording" : "value");
  if ((before.qualifier ?? "") !== (after.qualifier ?? "")) out.push("qualifier");
  if (speakerKey(before) !== speakerKey(after)) out.push("speaker");
  return out;
}
