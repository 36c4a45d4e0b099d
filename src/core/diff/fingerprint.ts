/**
 * A discrepancy's fingerprint: a short code an editor copies into the reviewed file. It is made of what the
 * discrepancy says — kind, counted thing, and each source's value — and of nothing positional (group ids,
 * claim ids, lines), so it survives edits elsewhere and changes exactly when one of the values does.
 */
import type { Claim, Group } from "../types.js";
import { valueKey } from "./identity.js";

/** "q-" (figure), "d-" (date) or "t-" (quoted text), then 12 hex digits. */
export const FINGERPRINT_RE = /^[qdt]-[0-9a-f]{12}$/;

const KIND_LETTER = { quantity: "q", date: "d", quote: "t" } as const;

export function fingerprint(group: Pick<Group, "kind" | "unit">, claims: readonly Claim[]): string {
  const first = claims[0];
  const counted = group.kind === "quantity" ? (group.unit ?? first?.unit ?? "n:" + (first?.noun ?? "")) : "";
  const entries = [...new Set(claims.map((c) => `${c.source}\u0001${valueKey(c)}\u0001${c.qualifier ?? ""}`))].sort();
  const canonical = [group.kind, counted, ...entries].join("\u0000");
  return `${KIND_LETTER[group.kind]}-${hash48(canonical)}`;
}

/** Fingerprint of every discrepancy among `groups`, by group id. */
export function discrepancyFingerprints(groups: readonly Group[], claims: readonly Claim[]): Map<string, string> {
  // By kind, then id: in an older claims.json a figure and a quote can share an id (see groups.ts). Only the
  // members of discrepancies are looked up: a few hundred claims of tens of thousands, which a key made of
  // kind and id for every claim cost a new string each.
  const wanted = new Map<Claim["kind"], Map<string, Claim | undefined>>();
  for (const g of groups) {
    if (g.verdict !== "discrepancy") continue;
    let ofKind = wanted.get(g.kind);
    if (!ofKind) wanted.set(g.kind, (ofKind = new Map()));
    for (const id of g.claims) ofKind.set(id, undefined);
  }
  if (wanted.size > 0) {
    // The last claim of a kind and id wins, as it would in a map made of all of them.
    for (const c of claims) {
      const ofKind = wanted.get(c.kind);
      if (ofKind?.has(c.id)) ofKind.set(c.id, c);
    }
  }
  const out = new Map<string, string>();
  for (const g of groups) {
    if (g.verdict !== "discrepancy") continue;
    const ofKind = wanted.get(g.kind)!;
    const members = g.claims.map((id) => ofKind.get(id)).filter((c): c is Claim => c !== undefined);
    out.set(g.id, fingerprint(g, members));
  }
  return out;
}

/**
 * 48 bits from two FNV-1a passes (forwards and backwards, different offset bases) over UTF-16 units: enough
 * that two discrepancies of one corpus do not collide, short enough to copy.
 */
function hash48(s: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x9e3779b9;
  for (let i = 0; i < s.length; i++) {
    a = Math.imul(a ^ s.charCodeAt(i), 0x01000193);
    b = Math.imul(b ^ s.charCodeAt(s.length - 1 - i), 0x01000193);
  }
  const hex = (x: number, n: number) => (x >>> 0).toString(16).padStart(8, "0").slice(0, n);
  return hex(a, 8) + hex(b, 4);
}
