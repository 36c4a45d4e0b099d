/**
 * The shapes `crosscheck diff` works with: two snapshots of a corpus (each the output of one analysis, or a
 * claims.json read back) and what changed between them.
 */
import type { Claim, ClaimKind, Group, SourceInfo, Verdict } from "../types.js";

/** What a diff needs from one version: an Analysis or a claims.json, warnings aside. */
export interface Snapshot {
  sources: SourceInfo[];
  claims: Claim[];
  groups: Group[];
}

/** What differs between two claims taken to be the same claim. */
export type ChangedField =
  /** The figure, the interval's bounds, or the date. */
  | "value"
  /** "about", "more than", … added, dropped or replaced. */
  | "qualifier"
  /** A quote's wording. */
  | "wording"
  /** Who is said to have made the statement. */
  | "speaker";

export interface ClaimChange {
  change: "changed" | "added" | "removed";
  kind: ClaimKind;
  /** Source id (in the NEW version for changed and added claims). */
  source: string;
  before: Claim | null;
  after: Claim | null;
  /** For `changed`: what differs, in a fixed order. */
  fields?: ChangedField[];
}

export type GroupChangeType =
  /** A discrepancy in NEW that was not one in OLD: its claims were new, agreed, or were not aligned. */
  | "new-discrepancy"
  /** A discrepancy in OLD that no longer is one in NEW. */
  | "resolved"
  /** A discrepancy in both versions whose values (or sources) changed: it needs reviewing again. */
  | "discrepancy-changed"
  /** A verdict moved between agree, compatible and moved-on. */
  | "verdict-changed";

/** One side of a group change: the group as it is in that version, with its claims. */
export interface GroupSide {
  id: string;
  verdict: Verdict;
  note?: string;
  /** For discrepancies: the stable fingerprint an editor copies into the reviewed file. */
  fingerprint?: string;
  claims: Claim[];
}

/** A review an editor recorded for a discrepancy (see reviewed.ts). */
export interface Review {
  fingerprint: string;
  note: string;
  by: string;
  date: string;
  /** 1-based line of the entry in the reviewed file, for warnings. */
  line?: number;
}

export interface GroupChange {
  change: GroupChangeType;
  kind: ClaimKind;
  unit?: string;
  before: GroupSide | null;
  after: GroupSide | null;
  /** Present when the discrepancy in NEW has been reviewed. */
  reviewed?: Review;
}

export interface DiffResult {
  /** Claim changes ordered by source, then by where they sit in the NEW text. */
  changes: ClaimChange[];
  /** Group changes: new discrepancies first, then changed ones, resolved ones, other verdict changes. */
  groups: GroupChange[];
}
