/**
 * The diff as GitHub Actions workflow commands: one annotation per change, on the file and line it concerns,
 * so a pull request shows each moved claim next to the edited text. Unreviewed new discrepancies are errors,
 * claim changes warnings, resolutions notices.
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
import type { Claim, SourceInfo } from "../types.js";
import type { ClaimChange, DiffResult, GroupChange } from "./types.js";
import { REVIEWED_FILE, type ReviewWarning } from "./reviewed.js";
import { changeSummary, claimLabel, claimValue, GROUP_CHANGE_TITLE, groupLabel, KIND_NOUN, sourceMap, truncate, VERDICT_WORD, type DiffContext } from "./describe.js";

type Level = "error" | "warning" | "notice";

interface Annotation {
  level: Level;
  file?: string;
  line?: number;
  col?: number;
  title: string;
  message: string;
}

/** `reviewedPath` is the reviewed file as shown to users, for annotations on its warnings. */
export function renderDiffGithub(result: DiffResult, ctx: DiffContext, reviewWarnings: readonly ReviewWarning[] = [], reviewedPath = REVIEWED_FILE): string {
  const oldSources = sourceMap(ctx.before);
  const newSources = sourceMap(ctx.after);
  const out: Annotation[] = [];
  // By identity, not id: the group sides hold the very claim objects of the NEW snapshot.
  const moved = new Set(result.changes.flatMap((ch) => (ch.after ? [ch.after] : [])));
  for (const g of result.groups) out.push(groupAnnotation(g, newSources, oldSources, moved));
  for (const ch of result.changes) out.push(claimAnnotation(ch, newSources, oldSources));
  for (const w of reviewWarnings) {
    out.push({ level: "warning", file: reviewedPath, ...(w.line !== undefined ? { line: w.line } : {}), title: "crosscheck: reviewed file", message: w.message });
  }
  return out.map(command).join("");
}

function claimAnnotation(ch: ClaimChange, newSources: ReadonlyMap<string, SourceInfo>, oldSources: ReadonlyMap<string, SourceInfo>): Annotation {
  const title = `crosscheck: ${KIND_NOUN[ch.kind]} ${ch.change}`;
  if (ch.change === "removed") {
    const b = ch.before!;
    // The line is OLD's; in NEW it points at other text, so the annotation names the file only.
    const file = newSources.get(b.source)?.path ?? oldSources.get(b.source)?.path;
    return { level: "warning", ...(file ? { file } : {}), title, message: `${claimLabel(b)} ${claimValue(b)} removed (was line ${b.line}): ${sentence(b.sentence)}` };
  }
  const a = ch.after!;
  const where = { file: newSources.get(a.source)?.path ?? a.source, line: a.line, col: a.column };
  if (ch.change === "added") return { level: "warning", ...where, title, message: `${claimLabel(a)} ${claimValue(a)} added: ${sentence(a.sentence)}` };
  const b = ch.before!;
  return { level: "warning", ...where, title, message: `${claimLabel(a)}: ${changeSummary(ch)} (was line ${b.line}): ${sentence(a.sentence)}` };
}

/** On the NEW text, at the member claim that changed (where the edit is), else at the first member. */
function groupAnnotation(
  g: GroupChange,
  newSources: ReadonlyMap<string, SourceInfo>,
  oldSources: ReadonlyMap<string, SourceInfo>,
  moved: ReadonlySet<Claim>,
): Annotation {
  const side = g.after ?? g.before!;
  const sources = g.after ? newSources : oldSources;
  const first = (g.after && side.claims.find((c) => moved.has(c))) || side.claims[0];
  const where = first ? { file: sources.get(first.source)?.path ?? first.source, ...(g.after ? { line: first.line } : {}) } : {};
  const members = side.claims.map((c) => `${c.source} line ${c.line}: ${claimValue(c, 40)}`).join("; ");
  const fresh = g.change === "new-discrepancy" || g.change === "discrepancy-changed";
  const level: Level = fresh && !g.reviewed ? "error" : "notice";
  let message = `${groupLabel(side)} (${members}).`;
  if (g.before && g.after) message += ` Was ${VERDICT_WORD[g.before.verdict]}, now ${VERDICT_WORD[g.after.verdict]}.`;
  if (g.after?.fingerprint) {
    message += g.reviewed
      ? ` Reviewed by ${g.reviewed.by || "?"} on ${g.reviewed.date || "?"}: ${g.reviewed.note}`
      : ` Fingerprint ${g.after.fingerprint}: once checked, record it in ${REVIEWED_FILE}.`;
  }
  return { level, ...where, title: `crosscheck: ${GROUP_CHANGE_TITLE[g.change].toLowerCase()}${g.reviewed ? " (reviewed)" : ""}`, message };
}

function sentence(s: string): string {
  return truncate(s, 240);
}

function command(a: Annotation): string {
  const props: string[] = [];
  if (a.file !== undefined) props.push(`file=${escapeProperty(a.file)}`);
  if (a.line !== undefined) props.push(`line=${a.line}`);
  if (a.col !== undefined) props.push(`col=${a.col}`);
  props.push(`title=${escapeProperty(a.title)}`);
  return `::${a.level} ${props.join(",")}::${escapeData(a.message)}\n`;
}

/** Workflow command data: a line break or "%" in article text must not end or forge a command. */
export function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
