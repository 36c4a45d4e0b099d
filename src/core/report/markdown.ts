/**
 * report.md: a pure function of the Analysis. Summary first, then discrepancies (most serious first) with
 * every source's value and sentence, figures that moved on, agreements one line each, and the claims only
 * one source makes. Everything from an article goes through md().
 */
import type { Analysis, Claim, Group, SourceInfo, Verdict } from "../types.js";
import { counted, describeUnit, describeValue, elided, listed, shownAsWritten, shownFigure } from "../format.js";
import { atLineStart, codeSpan, hrefOf, lineHref, md } from "./escape.js";
import { wordDiff } from "./wordDiff.js";
import { appendAll } from "../arrays.js";

export interface MarkdownOptions {
  /** Path from the report's folder to a source file, with forward slashes ("../sources/a.txt"). */
  sourceLink: (source: SourceInfo) => string;
  /** Most claims shown for one group; the rest are counted. */
  maxGroupRows?: number;
  /** Most single-source claims listed per source; the rest are counted. */
  maxSingles?: number;
  /** Per discrepancy (by group id): the fingerprint an editor copies, and the review recorded for it, if any. */
  discrepancyMarks?: ReadonlyMap<string, DiscrepancyMark>;
}

export interface DiscrepancyMark {
  fingerprint: string;
  review?: { note: string; by: string; date: string };
}

const DEFAULT_GROUP_ROWS = 12;
const DEFAULT_SINGLES = 150;

interface Ctx {
  options: Required<Omit<MarkdownOptions, "discrepancyMarks">>;
  marks: ReadonlyMap<string, DiscrepancyMark>;
  groups: readonly Group[];
  agreedBySentence: BySentence<Group[]>;
  /** Each group's claims, looked up by id once per report: a group's claims are asked for up to three times. */
  members: Map<Group, Claim[]>;
  sources: Map<string, SourceInfo>;
  /** Each group's place in `groups`. */
  groupIndex: Map<Group, number>;
  /** Each source's link parts, worked out on first use: thousands of rows link to a few hundred files. */
  files: Map<SourceInfo, SourceFile>;
}

interface SourceFile {
  /** The link to the file, and its prefix for a line ("…#L"). */
  href: string;
  lineHref: string;
  /** The file's name, escaped. */
  name: string;
}

function fileOf(s: SourceInfo, ctx: Ctx): SourceFile {
  let file = ctx.files.get(s);
  if (!file) {
    const path = ctx.options.sourceLink(s);
    ctx.files.set(s, (file = { href: hrefOf(path), lineHref: lineHref(path), name: md(path.split("/").pop() ?? path) }));
  }
  return file;
}

/**
 * Claims by id, kept as their places in the analysis's list: singles() marks the grouped claims in an array by
 * place instead of gathering the 25,000 grouped ids of a large run into a set.
 */
export class ClaimsById {
  private readonly at: Map<string, number>;

  constructor(private readonly list: readonly Claim[]) {
    this.at = new Map(list.map((c, i) => [c.id, i]));
  }

  /** The places of `ids` in the list, in their order; an id no claim has is left out. */
  placesOf(ids: readonly string[]): number[] {
    const places: number[] = [];
    for (const id of ids) {
      const i = this.at.get(id);
      if (i !== undefined) places.push(i);
    }
    return places;
  }

  /** The claims at `places`. */
  claimsAt(places: readonly number[]): Claim[] {
    return places.map((i) => this.list[i]!);
  }

  /**
   * Whether each claim of the list (by place) is one of `ids`, as a set of the ids would tell: a claim whose id
   * another claim of the list also has (never made by extraction) is asked by id.
   */
  among(ids: Iterable<readonly string[]>): (place: number) => boolean {
    return this.amongPlaces([...ids].map((list) => this.placesOf(list)));
  }

  /** among() of ids already looked up with placesOf(). */
  amongPlaces(places: Iterable<readonly number[]>): (place: number) => boolean {
    const marked = new Uint8Array(this.list.length);
    for (const list of places) for (const i of list) marked[i] = 1;
    if (this.at.size === this.list.length) return (place) => marked[place] === 1;
    return (place) => marked[this.at.get(this.list[place]!.id)!] === 1;
  }
}

export function renderMarkdown(analysis: Analysis, options: MarkdownOptions): string {
  // Figures converted to their group's unit (see inGroupUnits) are shown as their articles wrote them.
  const claims = new ClaimsById(analysis.claims.map(shownAsWritten));
  const places = analysis.groups.map((g) => claims.placesOf(g.claims));
  const members = new Map(analysis.groups.map((g, i) => [g, claims.claimsAt(places[i]!)]));
  const ctx: Ctx = {
    options: { maxGroupRows: DEFAULT_GROUP_ROWS, maxSingles: DEFAULT_SINGLES, ...options },
    marks: options.discrepancyMarks ?? new Map(),
    groups: analysis.groups,
    agreedBySentence: agreedIndex(analysis.groups, members),
    members,
    sources: new Map(analysis.sources.map((s) => [s.id, s])),
    groupIndex: new Map(analysis.groups.map((g, i) => [g, i])),
    files: new Map(),
  };
  const by = (v: Verdict) => analysis.groups.filter((g) => g.verdict === v);
  const out: string[] = [];
  out.push("# Crosscheck report", "");
  appendAll(out, summary(analysis, by, ctx)).push("");
  appendAll(out, sourceTable(analysis, ctx)).push("");

  const discrepancies = by("discrepancy");
  out.push("## Discrepancies", "");
  if (discrepancies.length === 0) out.push("No source contradicts another.", "");
  discrepancies.forEach((g, i) => appendAll(out, detailedGroup(g, i + 1, ctx)));

  const changed = by("changed");
  if (changed.length > 0) {
    out.push("## Figures that moved on", "", "Different values from articles published days apart: a running figure that grew or changed, not a contradiction.", "");
    changed.forEach((g, i) => appendAll(out, detailedGroup(g, i + 1, ctx)));
  }

  const agreeing = [...by("agree"), ...by("compatible")];
  out.push("## Agreements", "");
  if (agreeing.length === 0) out.push("No claim is made by more than one source.", "");
  else {
    for (const g of agreeing) out.push(agreementLine(g, ctx));
    out.push("");
  }

  appendAll(out, singles(analysis, claims.amongPlaces(places), ctx));
  if (analysis.warnings.length > 0) {
    out.push("## Warnings", "");
    for (const w of analysis.warnings) out.push(`- ${codeSpan(w.path)}: ${md(w.message)}`);
    out.push("");
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";
}

function summary(analysis: Analysis, by: (v: Verdict) => Group[], ctx: Ctx): string[] {
  const kinds = { quantity: 0, date: 0, quote: 0 };
  for (const c of analysis.claims) kinds[c.kind]++;
  const d = by("discrepancy").length;
  const reviewed = by("discrepancy").filter((g) => ctx.marks.get(g.id)?.review).length;
  const parts = [
    `**${counted(d, "discrepancy", "discrepancies")}**${reviewed > 0 ? ` (${reviewed} reviewed)` : ""}`,
    `${by("changed").length} moved on`,
    `${by("compatible").length} compatible`,
    `${by("agree").length} in agreement`,
  ];
  return [
    `${counted(analysis.sources.length, "source", "sources")} · ${counted(analysis.claims.length, "claim", "claims")} ` +
      `(${counted(kinds.quantity, "figure", "figures")}, ${counted(kinds.date, "date", "dates")}, ${counted(kinds.quote, "quote", "quotes")}) · ` +
      `${counted(analysis.groups.length, "group", "groups")} of claims made by several sources: ${parts.join(", ")}.`,
  ];
}

function sourceTable(analysis: Analysis, ctx: Ctx): string[] {
  const counts = new Map<string, number>();
  for (const c of analysis.claims) counts.set(c.source, (counts.get(c.source) ?? 0) + 1);
  const rows = ["| Source | Language | Published | Outlet | Claims | Title |", "|---|---|---|---|---:|---|"];
  for (const s of analysis.sources) {
    rows.push(
      `| [${md(s.id)}](${fileOf(s, ctx).href}) | ${md(s.lang)} | ${md(s.published ?? "")}${s.publishedFromPage ? " (from the page)" : ""} | ${md(s.outlet ?? "")} | ${counts.get(s.id) ?? 0} | ${md(s.title ?? "")} |`,
    );
  }
  return rows;
}

function where(c: Claim, ctx: Ctx): string {
  const file = fileOf(ctx.sources.get(c.source)!, ctx);
  return `[${file.name}:${c.line}](${file.lineHref}${c.line})`;
}

/** "line 30" linking to the line. */
function lineLink(c: Claim, ctx: Ctx): string {
  return `[line ${c.line}](${fileOf(ctx.sources.get(c.source)!, ctx).lineHref}${c.line})`;
}

/** The sentence with the claim in bold. */
function markedSentence(c: Claim): string {
  const [a, b] = c.sentenceMark;
  return `${md(c.sentence.slice(0, a))}<b>${md(c.sentence.slice(a, b))}</b>${md(c.sentence.slice(b))}`;
}

function groupTitle(g: Group, claims: Claim[], ctx: Ctx): string {
  const first = claims[0]!;
  if (g.kind === "quantity") {
    const unit = groupUnit(claims);
    // A figure that moved on reads in publication order: "1,140 → 2,317 / 2,371 → 3,046".
    // A group of thousands of articles lists a dozen values (and publication dates), then counts the rest.
    // An undated article's figure is one of the dated steps' (see snapshotsOf in align/verdict.ts): it adds
    // no step.
    const values =
      g.verdict === "changed"
        ? elided(
            datedSteps(inPublicationOrder(claims, ctx), ctx).map((step) => listed(distinctValues(step), " / ")),
            " → ",
          )
        : listed(distinctValues(claims), " vs ");
    return `${unit ? md(unit) + ": " : ""}${md(values)}`;
  }
  if (g.kind === "date") return `date: ${md(listed(distinctValues(claims), " vs "))}`;
  return `quote${first.speaker ? " by " + md(first.speaker) : ""}`;
}

/**
 * Figures on which the sentences of a discrepancy agree ("4,111 targets" beside 2,289 vs 2,299 sorties):
 * evidence that the sources quote one statement and one of them has a figure wrong.
 */
function agreedAlongside(g: Group, claims: Claim[], ctx: Ctx): string[] {
  if (g.verdict !== "discrepancy") return [];
  const sentences = new BySentence<true>();
  for (const c of claims) sentences.set(c, true);
  const candidates = new Set<Group>();
  for (const c of claims) for (const other of ctx.agreedBySentence.get(c) ?? []) candidates.add(other);
  const out: string[] = [];
  for (const other of [...candidates].sort((a, b) => ctx.groupIndex.get(a)! - ctx.groupIndex.get(b)!)) {
    const members = ctx.members.get(other)!;
    if (members.length >= 2 && members.every((c) => sentences.get(c) !== undefined)) {
      const unit = describeUnit(members[0]!, shownFigure(members[0]!));
      // One figure agreed within each language is two groups, but one thing to say.
      const said = `${describeValue(members[0]!)}${unit ? " " + unit : ""}`;
      if (!out.includes(said)) out.push(said);
    }
  }
  return out;
}

/**
 * Values by a claim's source and sentence, keyed by the two strings the claims already hold: a key made of both
 * is a new long string to hash for every claim of every group asked about (groups of a thousand wire copies).
 */
class BySentence<T> {
  private readonly bySource = new Map<string, Map<string, T>>();

  get(c: Claim): T | undefined {
    return this.bySource.get(c.source)?.get(c.sentence);
  }

  set(c: Claim, value: T): void {
    let inSource = this.bySource.get(c.source);
    if (!inSource) this.bySource.set(c.source, (inSource = new Map()));
    inSource.set(c.sentence, value);
  }
}

/** Agreeing figure groups by the sentences their claims sit in. */
function agreedIndex(groups: readonly Group[], members: ReadonlyMap<Group, Claim[]>): BySentence<Group[]> {
  const index = new BySentence<Group[]>();
  for (const g of groups) {
    if (g.verdict !== "agree" || g.kind !== "quantity") continue;
    for (const c of members.get(g)!) {
      const list = index.get(c);
      if (!list) index.set(c, [g]);
      else if (list[list.length - 1] !== g) list.push(g);
    }
  }
  return index;
}

/** Claims grouped by publication date, earliest first (undated last). */
function inPublicationOrder(claims: Claim[], ctx: Ctx): Claim[][] {
  const byDate = new Map<string, Claim[]>();
  for (const c of claims) {
    const d = ctx.sources.get(c.source)?.published ?? "~";
    let list = byDate.get(d);
    if (!list) byDate.set(d, (list = []));
    list.push(c);
  }
  return [...byDate].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, list]) => list);
}

function datedSteps(steps: Claim[][], ctx: Ctx): Claim[][] {
  const dated = steps.filter((step) => ctx.sources.get(step[0]!.source)?.published !== undefined);
  return dated.length > 0 ? dated : steps;
}

/** describeValue() of each claim, each text once, in the order first met. */
export function distinctValues(claims: readonly Claim[]): string[] {
  // Figures of one group written in several units (weeks and days, acres and hectares) each keep their unit.
  if (claims[0]?.kind === "quantity" && !oneUnit(claims)) return [...new Set(claims.map((c) => `${describeValue(c)} ${describeUnit(c, shownFigure(c))}`.trim()))];
  // A group of a thousand wire copies gives a few values a thousand times: a claim described like one met
  // before (everything describeValue() reads is the same) adds nothing to the list, and is not described again.
  const met = new Map<unknown, Claim[]>();
  const out = new Set<string>();
  for (const c of claims) {
    let same = met.get(c.value);
    if (!same) met.set(c.value, (same = []));
    else if (same.some((d) => describedAlike(c, d))) continue;
    same.push(c);
    out.add(describeValue(c));
  }
  return [...out];
}

/** Whether describeValue() reads the same of two claims of one value (Map keys: `value` compared by SameValueZero). */
function describedAlike(a: Claim, b: Claim): boolean {
  return a.kind === b.kind && a.qualifier === b.qualifier && (a.unit === "percent") === (b.unit === "percent") && a.min === b.min && a.max === b.max;
}

/** The unit a group's figures are shown in: none when they are written in several (see distinctValues). */
function groupUnit(claims: Claim[], oneFigure = false): string {
  return oneUnit(claims) ? describeUnit(claims[0]!, oneFigure ? shownFigure(claims[0]!) : undefined) : "";
}

function oneUnit(claims: readonly Claim[]): boolean {
  return claims.every((c) => c.unit === claims[0]!.unit && c.noun === claims[0]!.noun);
}

function detailedGroup(g: Group, n: number, ctx: Ctx): string[] {
  const claims = ctx.members.get(g)!;
  const ordered = g.verdict === "changed" ? inPublicationOrder(claims, ctx).flat() : claims;
  const shown = ordered.slice(0, ctx.options.maxGroupRows);
  const mark = g.verdict === "discrepancy" ? ctx.marks.get(g.id) : undefined;
  const out = [`### ${n}. ${groupTitle(g, claims, ctx)}${mark?.review ? " (reviewed)" : ""}`, ""];
  if (g.note) out.push(`*${md(g.note)}*`, "");
  const alongside = agreedAlongside(g, claims, ctx);
  if (alongside.length > 0) out.push(`The same sentences agree on ${alongside.map((a) => `**${md(a)}**`).join(", ")}: the sources report one statement.`, "");
  if (mark?.review) out.push(`**Reviewed** by ${md(mark.review.by || "?")} on ${md(mark.review.date || "?")}: ${md(mark.review.note)} (\`${mark.fingerprint}\`)`, "");
  else if (mark) out.push(`Fingerprint \`${mark.fingerprint}\` (to mark it reviewed, see crosscheck.reviewed.yaml).`, "");
  out.push("| Source | Published | Value | Where | Speaker |", "|---|---|---|---|---|");
  for (const c of shown) {
    const s = ctx.sources.get(c.source);
    const value = c.kind === "quote" ? `«${md(truncate(c.text, 80))}»` : md(describeValue(c));
    out.push(`| ${md(c.source)} | ${md(s?.published ?? "")} | ${value} | ${where(c, ctx)} | ${md(c.speaker ?? "")} |`);
  }
  if (claims.length > shown.length) out.push(`| … | | ${claims.length - shown.length} more claims in this group | | |`);
  out.push("");
  // The sentence gets a paragraph of its own: GitHub picks each paragraph's direction from its first letter,
  // so an Arabic sentence reads right to left instead of following the Latin label before it.
  for (const c of shown) out.push(`> **${md(c.source)}**, ${lineLink(c, ctx)}:`, ">", `> ${atLineStart(markedSentence(c))}`, ">");
  if (out[out.length - 1] === ">") out.pop();
  out.push("");
  if (g.kind === "quote" && g.verdict === "discrepancy") out.push(...quoteDiffs(claims.slice(0, ctx.options.maxGroupRows), ctx));
  return out;
}

function quoteDiffs(claims: Claim[], ctx: Ctx): string[] {
  const base = claims[0]!;
  const lang = ctx.sources.get(base.source)?.lang ?? "und";
  const out: string[] = [];
  // The rows shown are mostly wire copies of a few wordings: each wording is compared with the first once
  // (undefined: no word changed).
  const diffs = new Map<string, string | undefined>();
  for (const other of claims.slice(1)) {
    const wording = String(other.value);
    let shown = diffs.get(wording);
    if (shown === undefined && !diffs.has(wording)) diffs.set(wording, (shown = changedWords(String(base.value), wording, lang)));
    if (shown === undefined) continue;
    out.push(`Word changes from ${md(base.source)} to ${md(other.source)} (spelling normalised): ${shown}`, "");
  }
  return out;
}

/** The word changes from one wording to another, marked up; undefined when no word changed. */
function changedWords(from: string, to: string, lang: string): string | undefined {
  const changes = wordDiff(from, to, lang);
  if (changes.every((ch) => ch.op === "same")) return undefined;
  return changes.map((ch) => (ch.op === "same" ? md(ch.text) : ch.op === "removed" ? `<del>${md(ch.text)}</del>` : `<ins>${md(ch.text)}</ins>`)).join("");
}

function agreementLine(g: Group, ctx: Ctx): string {
  const claims = ctx.members.get(g)!;
  const first = claims[0]!;
  const bySource = new Map<string, Claim[]>();
  for (const c of claims.slice(0, ctx.options.maxGroupRows)) {
    let list = bySource.get(c.source);
    if (!list) bySource.set(c.source, (list = []));
    list.push(c);
  }
  const shown = [...bySource].map(([source, list]) => `${md(source)} (${list.map((c) => lineLink(c, ctx)).join(", ")})`);
  const hidden = claims.length - Math.min(claims.length, ctx.options.maxGroupRows);
  const more = hidden > 0 ? ` and ${hidden} more` : "";
  const verb = g.verdict === "agree" ? "agree" : "are compatible";
  let what: string;
  if (g.kind === "quantity") {
    const values = distinctValues(claims);
    // One figure given by all ("**1 week**") is shown with the singular.
    const unit = groupUnit(claims, values.length === 1);
    what = `**${md(listed(values, " / "))}${unit ? " " + md(unit) : ""}**`;
  } else if (g.kind === "date") what = `**${md(listed(distinctValues(claims), " / "))}**`;
  else what = `quote «${md(truncate(first.text, 60))}»`;
  return `- ${what}: ${shown.join(", ")}${more} ${verb}.`;
}

/** `grouped`: whether the claim at a place of the analysis's list is one of a group's. */
function singles(analysis: Analysis, grouped: (place: number) => boolean, ctx: Ctx): string[] {
  const bySource = new Map<string, Claim[]>();
  for (let k = 0; k < analysis.claims.length; k++) {
    const c = analysis.claims[k]!;
    if (grouped(k) || !(c.unit || c.noun || c.kind !== "quantity")) continue;
    let list = bySource.get(c.source);
    if (!list) bySource.set(c.source, (list = []));
    list.push(c);
  }
  const out = ["## Claims found in one source only", ""];
  if (bySource.size === 0) return [...out, "None.", ""];
  for (const s of analysis.sources) {
    const list = bySource.get(s.id);
    if (!list) continue;
    out.push(`<details><summary>${md(s.id)}: ${counted(list.length, "claim", "claims")}</summary>`, "");
    out.push("| Line | Kind | Claim | Value | Speaker |", "|---:|---|---|---|---|");
    for (const c of list.slice(0, ctx.options.maxSingles)) {
      const unit = c.kind === "quantity" ? describeUnit(c, shownFigure(c)) : "";
      const value = c.kind === "quote" ? "" : md(describeValue(c) + (unit ? " " + unit : ""));
      out.push(`| [${c.line}](${fileOf(s, ctx).lineHref}${c.line}) | ${c.kind} | ${md(truncate(c.text, 90))} | ${value} | ${md(c.speaker ?? "")} |`);
    }
    if (list.length > ctx.options.maxSingles) out.push(`| | | ${list.length - ctx.options.maxSingles} more | | |`);
    out.push("", "</details>", "");
  }
  return out;
}

function truncate(s: string, n: number): string {
  const flat = s.replace(/\s+/g, " ").trim();
  if (flat.length <= n) return flat;
  return flat.slice(0, n - 1).replace(/\s\S*$/, "") + "…";
}
