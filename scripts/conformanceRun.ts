/** The conformance run itself: read the spec files, score every case, tabulate, write the failures. */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ar } from "../src/core/lang/ar/index.js";
import { en } from "../src/core/lang/en/index.js";
import { applicable, score, type CaseOutcome, type Model, type RangeValue, type SpecCase } from "./conformanceLib.js";

export const SPEC_FILES: readonly { path: string; lang: "en" | "ar"; model: Model }[] = [
  { path: "Number/English/NumberModel.json", lang: "en", model: "number" },
  { path: "Number/English/PercentModel.json", lang: "en", model: "percent" },
  { path: "Number/English/NumberRangeModel.json", lang: "en", model: "range" },
  { path: "Number/Arabic/NumberModel.json", lang: "ar", model: "number" },
  { path: "Number/Arabic/PercentModel.json", lang: "ar", model: "percent" },
  { path: "Number/Arabic/NumberRangeModel.json", lang: "ar", model: "range" },
];

export interface Tally {
  pass: number;
  total: number;
  passKept: number;
  totalKept: number;
}

export interface FileResult {
  path: string;
  values: Tally;
  /**
   * Checked values among the cases Recognizers-Text's own JavaScript package supports (no "javascript" in
   * NotSupported): the set the peer's README says that package passes in full, so the fair per-model yardstick.
   */
  jsValues: Tally;
  texts: Tally;
  unsupported: Tally;
  empty: number;
  falsePositives: number;
  malformed: number;
}

export interface ConformanceReport {
  /** False when the spec directory is absent: nothing was run. */
  ran: boolean;
  files: FileResult[];
  failures: string[];
  /** What the command prints. */
  text: string;
}

const tally = (): Tally => ({ pass: 0, total: 0, passKept: 0, totalKept: 0 });

function add(t: Tally, o: CaseOutcome): void {
  t.total++;
  if (o.passed) t.pass++;
  if (o.families.length === 0) {
    t.totalKept++;
    if (o.passed) t.passKept++;
  }
}

const pct = (a: number, b: number): string => (b === 0 ? "–" : `${((100 * a) / b).toFixed(1)}%`);
const cell = (a: number, b: number): string => (b === 0 ? "–" : `${a}/${b} (${pct(a, b)})`);

function fmtRange(r: RangeValue | undefined): string {
  if (!r) return "?";
  return `${r.loOpen ? "(" : "["}${r.lo ?? ""},${r.hi ?? ""}${r.hiOpen ? ")" : "]"}`;
}

export function scoreFile(cases: readonly SpecCase[], path: string, lang: "en" | "ar", model: Model, failures: string[]): FileResult {
  const locale = lang === "ar" ? ar : en;
  const r: FileResult = { path, values: tally(), jsValues: tally(), texts: tally(), unsupported: tally(), empty: 0, falsePositives: 0, malformed: 0 };
  cases.forEach((c, index) => {
    if (!applicable(c, lang)) return;
    const o = score(c, lang, model, locale);
    if (o.cls === "malformed") {
      r.malformed++;
      return;
    }
    if (o.cls === "empty") {
      r.empty++;
      if (!o.passed) r.falsePositives++;
    } else add(o.cls === "value" ? r.values : o.cls === "text" ? r.texts : r.unsupported, o);
    if (o.cls === "value" && !/javascript/i.test(c.NotSupported ?? "")) add(r.jsValues, o);
    if (!o.passed) {
      const expected = c.Results.map((x) => `${JSON.stringify(x.Text)}=${x.Resolution?.value ?? "null"}`).join(", ") || "(nothing)";
      const got = o.predicted.map((p) => `${JSON.stringify(p.text)}=${p.value ?? fmtRange(p.range)}`).join(", ") || "(nothing)";
      const fam = o.families.length ? ` [left out: ${o.families.join(", ")}]` : "";
      failures.push(`${path} #${index} (${o.cls})${fam}\n  input:    ${JSON.stringify(c.Input)}\n  expected: ${expected}\n  got:      ${got}\n`);
    }
  });
  return r;
}

export function runConformance(specDir: string, outPath: string): ConformanceReport {
  if (!existsSync(specDir)) {
    return {
      ran: false,
      files: [],
      failures: [],
      text: `Recognizers-Text specs not found at ${specDir}; set CROSSCHECK_PEER_SPECS to run the conformance check. Nothing to do.`,
    };
  }
  const failures: string[] = [];
  const files: FileResult[] = [];
  const rows = [
    "| file | checked values: passed | without left-out families | IgnoreResolution: text found | without left-out families | unsupported on .NET: text found | without left-out families | expect nothing: false positives | malformed |",
    "|---|---|---|---|---|---|---|---|---|",
  ];
  for (const f of SPEC_FILES) {
    const file = join(specDir, f.path);
    if (!existsSync(file)) {
      rows.push(`| ${f.path} | missing | | | | | | | |`);
      continue;
    }
    const cases = JSON.parse(readFileSync(file, "utf8").replace(/^\uFEFF/, "")) as SpecCase[];
    const r = scoreFile(cases, f.path, f.lang, f.model, failures);
    files.push(r);
    rows.push(
      `| ${f.path} | ${cell(r.values.pass, r.values.total)} | ${cell(r.values.passKept, r.values.totalKept)} | ${cell(r.texts.pass, r.texts.total)} | ${cell(r.texts.passKept, r.texts.totalKept)} | ${cell(r.unsupported.pass, r.unsupported.total)} | ${cell(r.unsupported.passKept, r.unsupported.totalKept)} | ${cell(r.falsePositives, r.empty)} | ${r.malformed || ""} |`,
    );
  }
  writeFileSync(outPath, failures.join("\n"));
  const totals = totalRows(files);
  const perModel = [
    "| English model | checked values: passed | of those the JavaScript package supports |",
    "|---|---|---|",
    ...files.filter((f) => f.path.includes("English")).map((f) => `| ${f.path} | ${cell(f.values.pass, f.values.total)} | ${cell(f.jsValues.pass, f.jsValues.total)} |`),
  ];
  return {
    ran: true,
    files,
    failures,
    text: `${rows.join("\n")}\n\n${totals.join("\n")}\n\n${perModel.join("\n")}\n\n${failures.length} failing cases written to ${outPath}`,
  };
}

function sum(files: readonly FileResult[], lang: string, pick: (f: FileResult) => Tally): Tally {
  const t = tally();
  for (const f of files) {
    if (!f.path.includes(lang)) continue;
    const x = pick(f);
    t.pass += x.pass;
    t.total += x.total;
    t.passKept += x.passKept;
    t.totalKept += x.totalKept;
  }
  return t;
}

/** The sets the targets are stated on, all models together. */
function totalRows(files: readonly FileResult[]): string[] {
  const row = (name: string, t: Tally) => `| ${name} | ${cell(t.pass, t.total)} | ${cell(t.passKept, t.totalKept)} |`;
  const fp = (lang: string) => {
    let n = 0;
    let d = 0;
    for (const f of files) if (f.path.includes(lang)) [n, d] = [n + f.falsePositives, d + f.empty];
    return `| ${lang}, cases expecting no number: false positives | ${cell(n, d)} | |`;
  };
  return [
    "| set (Number, Percent and NumberRange models together) | all cases | without left-out families |",
    "|---|---|---|",
    row("English, checked values", sum(files, "English", (f) => f.values)),
    row("Arabic, checked values", sum(files, "Arabic", (f) => f.values)),
    row("Arabic, IgnoreResolution: expected text found", sum(files, "Arabic", (f) => f.texts)),
    row("Arabic, unsupported on .NET: expected text found", sum(files, "Arabic", (f) => f.unsupported)),
    fp("English"),
    fp("Arabic"),
  ];
}
