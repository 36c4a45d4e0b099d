/** Claims of one article as a plain-text table for a terminal (`crosscheck extract`). */
import type { Claim } from "../types.js";
import { describeUnit, describeValue, shownFigure } from "../format.js";
import { maxOf } from "../arrays.js";

const COLUMNS = ["where", "kind", "text", "value", "unit", "speaker"] as const;

export function renderClaimsTable(claims: readonly Claim[]): string {
  const rows = claims.map((c) => ({
    where: `${c.line}:${c.column}`,
    kind: c.kind,
    text: clip(c.text, 60),
    value: c.kind === "quote" ? "" : describeValue(c),
    unit: c.kind === "quantity" ? describeUnit(c, shownFigure(c)) : "",
    speaker: clip(c.speaker ?? "", 40),
  }));
  const widths = COLUMNS.map((k) => Math.max(k.length, maxOf(rows.map((r) => [...r[k]].length))));
  const line = (cells: string[]) => cells.map((cell, i) => cell + " ".repeat(Math.max(0, widths[i]! - [...cell].length))).join("  ").trimEnd();
  const out = [line([...COLUMNS]), line(widths.map((w) => "-".repeat(w)))];
  for (const r of rows) out.push(line(COLUMNS.map((k) => r[k])));
  return out.join("\n") + "\n";
}

function clip(s: string, n: number): string {
  const flat = s.replace(/[\s\u202A-\u202E\u2066-\u2069]+/g, " ").trim();
  return flat.length <= n ? flat : flat.slice(0, n - 1) + "…";
}
