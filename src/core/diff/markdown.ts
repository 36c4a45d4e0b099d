/**
 * The diff as Markdown: a summary line, then verdict changes (new and resolved discrepancies), then each
 * source's claim changes in text order, old → new, each with its sentence and file:line. Everything from an
 * article goes through md().
 */
import type { Claim, SourceInfo } from "../types.js";
import { md } from "../report/escape.js";
import { wordDiff } from "../report/wordDiff.js";
import type { ClaimChange, DiffResult, GroupChange, GroupSide } from "./types.js";
import { REVIEWED_FILE } from "./reviewed.js";
import { appendAll } from "../arrays.js";
import {
  changeSummary,
  claimLabel,
  claimValue,
  GROUP_CHANGE_TITLE,
  groupLabel,
  location,
  sourceMap,
  VERDICT_WORD,
  type DiffContext,
} from "./describe.js";

export function renderDiffMarkdown(result: DiffResult, ctx: DiffContext): string {
  const oldSources = sourceMap(ctx.before);
  const newSources = sourceMap(ctx.after);
  const out: string[] = ["# Crosscheck diff", "", `${code(ctx.beforeLabel)} → ${code(ctx.afterLabel)}`, ""];
  out.push(summaryLine(result), "");
  if (result.changes.length === 0 && result.groups.length === 0) return finish(out);

  if (result.groups.length > 0) {
    out.push("## Verdicts", "");
    for (const g of result.groups) appendAll(out, groupChange(g, oldSources, newSources));
  }

  const bySource = new Map<string, ClaimChange[]>();
  for (const ch of result.changes) {
    let list = bySource.get(ch.source);
    if (!list) bySource.set(ch.source, (list = []));
    list.push(ch);
  }
  for (const [id, changes] of bySource) {
    const now = newSources.get(id);
    const was = oldSources.get(id);
    const status = !was ? " (new source)" : !now ? " (source removed)" : "";
    const path = (now ?? was)?.path;
    out.push(`## ${md(id)}${status}`, "");
    if (path) out.push(code(path), "");
    for (const ch of changes) appendAll(out, claimChange(ch, oldSources, newSources, now?.lang ?? was?.lang ?? "und"));
    out.push("");
  }
  return finish(out);
}

function finish(out: string[]): string {
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";
}

function summaryLine(result: DiffResult): string {
  const count = (c: ClaimChange["change"]) => result.changes.filter((x) => x.change === c).length;
  const groups = (c: GroupChange["change"]) => result.groups.filter((g) => g.change === c).length;
  if (result.changes.length === 0 && result.groups.length === 0) return "No claim changed.";
  const sources = new Set(result.changes.map((c) => c.source)).size;
  const n = result.changes.length;
  const parts = [
    `**${n} claim ${n === 1 ? "change" : "changes"}**${n > 0 ? ` in ${sources} ${sources === 1 ? "source" : "sources"}` : ""}: ` +
      `${count("changed")} changed, ${count("added")} added, ${count("removed")} removed`,
  ];
  const fresh = groups("new-discrepancy");
  const reviewed = result.groups.filter((g) => g.reviewed).length;
  parts.push(
    `**${fresh} new ${fresh === 1 ? "discrepancy" : "discrepancies"}**, ${groups("discrepancy-changed")} changed, ${groups("resolved")} resolved` +
      (reviewed > 0 ? ` (${reviewed} reviewed)` : ""),
  );
  if (groups("verdict-changed") > 0) parts.push(`${groups("verdict-changed")} other verdict ${groups("verdict-changed") === 1 ? "change" : "changes"}`);
  return parts.join(" · ") + ".";
}

function groupChange(g: GroupChange, oldSources: ReadonlyMap<string, SourceInfo>, newSources: ReadonlyMap<string, SourceInfo>): string[] {
  const main = g.after ?? g.before!;
  const out = [`### ${GROUP_CHANGE_TITLE[g.change]}: ${md(groupLabel(main))}${g.reviewed ? " (reviewed)" : ""}`, ""];
  if (g.after?.fingerprint) {
    if (g.reviewed) out.push(`Fingerprint ${code(g.after.fingerprint)}. **Reviewed** by ${md(g.reviewed.by || "?")} on ${md(g.reviewed.date || "?")}: ${md(g.reviewed.note)}`, "");
    else out.push(`Fingerprint ${code(g.after.fingerprint)}: once checked, record it in ${code(REVIEWED_FILE)}.`, "");
  }
  if (g.before && g.after) out.push(`Was: ${VERDICT_WORD[g.before.verdict]} (${md(groupLabel(g.before))}); now: ${VERDICT_WORD[g.after.verdict]}.`, "");
  else if (g.before) out.push(`Was: ${VERDICT_WORD[g.before.verdict]}; the claims are no longer aligned.`, "");
  const side: GroupSide = main;
  const sources = g.after ? newSources : oldSources;
  for (const c of side.claims) out.push(`- ${md(c.source)} ${code(location(c, sources))}: **${md(claimValue(c, 60))}** — ${marked(c)}`);
  out.push("");
  return out;
}

function claimChange(ch: ClaimChange, oldSources: ReadonlyMap<string, SourceInfo>, newSources: ReadonlyMap<string, SourceInfo>, lang: string): string[] {
  if (ch.change === "added") {
    const a = ch.after!;
    return [`- **Added** ${md(claimLabel(a))}: **${md(claimValue(a))}** at ${code(location(a, newSources))}`, `  - ${marked(a)}`];
  }
  if (ch.change === "removed") {
    const b = ch.before!;
    return [`- **Removed** ${md(claimLabel(b))}: **${md(claimValue(b))}**, was at ${code(location(b, oldSources))}`, `  - ${marked(b)}`];
  }
  const b = ch.before!;
  const a = ch.after!;
  const out = [
    `- **Changed** ${md(claimLabel(a))}: ${md(changeSummary(ch))}`,
    `  - before, ${code(location(b, oldSources))}: ${marked(b)}`,
    `  - after, ${code(location(a, newSources))}: ${marked(a)}`,
  ];
  if (ch.fields?.includes("wording")) {
    const words = wordDiff(String(b.value), String(a.value), lang)
      .map((w) => (w.op === "same" ? md(w.text) : w.op === "removed" ? `<del>${md(w.text)}</del>` : `<ins>${md(w.text)}</ins>`))
      .join("");
    out.push(`  - words (spelling normalised): ${words}`);
  }
  return out;
}

/** The claim's sentence with the claim in bold. */
function marked(c: Claim): string {
  const len = c.sentence.length;
  const a = Math.min(Math.max(c.sentenceMark[0], 0), len);
  const b = Math.min(Math.max(c.sentenceMark[1], a), len);
  return `${md(c.sentence.slice(0, a))}<b>${md(c.sentence.slice(a, b))}</b>${md(c.sentence.slice(b))}`;
}

/** Inline code for paths and fingerprints; a backtick cannot close it early. */
function code(s: string): string {
  return "`" + s.replace(/`/g, "'").replace(/[\r\n]+/g, " ") + "`";
}
