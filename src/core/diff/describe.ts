/** Plain-text phrases for diff output, shared by the Markdown and GitHub renderings (not escaped). */
import type { Claim, ClaimKind, SourceInfo } from "../types.js";
import { describeUnit, describeValue } from "../format.js";
import type { ClaimChange, GroupChange, GroupSide, Snapshot } from "./types.js";

export const KIND_NOUN: Record<ClaimKind, string> = { quantity: "figure", date: "date", quote: "quote" };

export const GROUP_CHANGE_TITLE: Record<GroupChange["change"], string> = {
  "new-discrepancy": "New discrepancy",
  "discrepancy-changed": "Discrepancy changed",
  resolved: "Discrepancy resolved",
  "verdict-changed": "Verdict changed",
};

/** Everything the renderers need besides the result: both versions, and what the user called them. */
export interface DiffContext {
  before: Snapshot;
  after: Snapshot;
  /** The OLD and NEW arguments as the user gave them. */
  beforeLabel: string;
  afterLabel: string;
}

/** "figure (sortie)", "date", "quote by Lavrov". */
export function claimLabel(c: Claim): string {
  if (c.kind === "quantity") {
    const unit = describeUnit(c);
    return unit ? `figure (${unit})` : "figure";
  }
  if (c.kind === "quote") return c.speaker ? `quote by ${c.speaker}` : "quote";
  return "date";
}

/** A claim's value as a reader says it; a quote as its (shortened) words. */
export function claimValue(c: Claim, max = 80): string {
  if (c.kind === "quote") return `«${truncate(c.text, max)}»`;
  return describeValue(c);
}

/** "2,289 → 2,298", "speaker: A → B"; one phrase per changed field, joined. */
export function changeSummary(ch: ClaimChange): string {
  const b = ch.before!;
  const a = ch.after!;
  const parts: string[] = [];
  const fields = ch.fields ?? [];
  if (fields.includes("value") || fields.includes("qualifier")) parts.push(`${describeValue(b)} → ${describeValue(a)}`);
  if (fields.includes("wording")) parts.push("wording changed");
  if (fields.includes("speaker")) parts.push(`speaker: ${b.speaker ?? "none"} → ${a.speaker ?? "none"}`);
  return parts.join("; ");
}

/** Title of a group: "sortie: 2,298 vs 2,299", "date: 2015-11-24 vs 2015-11-26", "quote by Putin". */
export function groupLabel(side: GroupSide): string {
  const first = side.claims[0];
  if (!first) return side.id;
  const values = [...new Set(side.claims.map((c) => describeValue(c)))].join(" vs ");
  if (first.kind === "quantity") {
    const unit = describeUnit(first);
    return `${unit ? unit + ": " : ""}${values}`;
  }
  if (first.kind === "date") return `date: ${values}`;
  return first.speaker ? `quote by ${first.speaker}` : "quote";
}

export const VERDICT_WORD: Record<GroupSide["verdict"], string> = {
  agree: "agree",
  compatible: "compatible",
  discrepancy: "discrepancy",
  changed: "moved on",
};

export function sourceMap(snapshot: Snapshot): Map<string, SourceInfo> {
  return new Map(snapshot.sources.map((s) => [s.id, s]));
}

/** "sources/a.txt:12" for a claim of `snapshot`. */
export function location(c: Claim, sources: ReadonlyMap<string, SourceInfo>): string {
  return `${sources.get(c.source)?.path ?? c.source}:${c.line}`;
}

export function truncate(s: string, n: number): string {
  const flat = s.replace(/\s+/g, " ").trim();
  const chars = [...flat];
  if (chars.length <= n) return flat;
  const cut = chars.slice(0, n - 1).join("");
  const atWord = cut.replace(/\s\S*$/, "");
  return (atWord.length >= cut.length / 2 ? atWord : cut) + "…";
}
