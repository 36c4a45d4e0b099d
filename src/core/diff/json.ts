/**
 * The diff as JSON: `{"changes": [...], "groups": [...]}`, claims in the same shape and key order as in
 * claims.json, so the same input gives the same bytes.
 */
import { orderClaim } from "../report/json.js";
import type { Claim } from "../types.js";
import type { DiffResult, GroupSide } from "./types.js";

export function renderDiffJson(result: DiffResult): string {
  const claim = (c: Claim | null) => (c ? orderClaim(c) : null);
  const side = (s: GroupSide | null) =>
    s
      ? {
          id: s.id,
          verdict: s.verdict,
          ...(s.note !== undefined ? { note: s.note } : {}),
          ...(s.fingerprint !== undefined ? { fingerprint: s.fingerprint } : {}),
          claims: s.claims.map(orderClaim),
        }
      : null;
  const out = {
    changes: result.changes.map((ch) => ({
      change: ch.change,
      kind: ch.kind,
      source: ch.source,
      before: claim(ch.before),
      after: claim(ch.after),
      ...(ch.fields ? { fields: ch.fields } : {}),
    })),
    groups: result.groups.map((g) => ({
      change: g.change,
      kind: g.kind,
      ...(g.unit !== undefined ? { unit: g.unit } : {}),
      before: side(g.before),
      after: side(g.after),
      ...(g.reviewed ? { reviewed: { fingerprint: g.reviewed.fingerprint, note: g.reviewed.note, by: g.reviewed.by, date: g.reviewed.date } } : {}),
    })),
  };
  return JSON.stringify(out, (_k, v: unknown) => (typeof v === "number" && !Number.isFinite(v) ? undefined : v), 2) + "\n";
}
