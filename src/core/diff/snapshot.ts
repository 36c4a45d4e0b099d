/**
 * A claims.json read back as a Snapshot, checked field by field: it may come from another branch, another
 * version of crosscheck, or a hand edit, and a diff against a malformed file must fail loudly rather than
 * report nonsense.
 */
import type { Claim, Group, SourceInfo } from "../types.js";
import { SCHEMA } from "../report/json.js";
import type { Snapshot } from "./types.js";

export class SnapshotError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SnapshotError";
  }
}

const KINDS = new Set(["quantity", "date", "quote"]);
const VERDICTS = new Set(["agree", "compatible", "discrepancy", "changed"]);
const QUALIFIERS = new Set(["exact", "approx", "nearly", "over", "atLeast", "under", "atMost", "range"]);

type Obj = Record<string, unknown>;

export function readSnapshot(text: string): Snapshot {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new SnapshotError(`not valid JSON (${(e instanceof Error ? e.message : String(e)).split("\n")[0]})`);
  }
  if (!isObj(data)) throw new SnapshotError("not a crosscheck claims.json (expected an object)");
  if (data.schema !== SCHEMA) {
    throw new SnapshotError(`not a crosscheck claims.json of schema ${SCHEMA} (found ${typeof data.schema === "string" ? `"${data.schema.slice(0, 40)}"` : "no schema"})`);
  }
  const sources = list(data, "sources").map((s, i) => source(s, `sources[${i}]`));
  const claims = list(data, "claims").map((c, i) => claim(c, `claims[${i}]`));
  const groups = list(data, "groups").map((g, i) => group(g, `groups[${i}]`));
  const known = new Set(sources.map((s) => s.id));
  claims.forEach((c, i) => {
    if (!known.has(c.source)) throw new SnapshotError(`claims[${i}].source "${c.source.slice(0, 40)}" is not one of the sources`);
  });
  return { sources, claims, groups };
}

function isObj(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function list(o: Obj, key: string): unknown[] {
  const v = o[key];
  if (!Array.isArray(v)) throw new SnapshotError(`"${key}" must be a list`);
  return v;
}

function obj(v: unknown, where: string): Obj {
  if (!isObj(v)) throw new SnapshotError(`${where} must be an object`);
  return v;
}

function str(o: Obj, key: string, where: string): string {
  const v = o[key];
  if (typeof v !== "string") throw new SnapshotError(`${where}.${key} must be text`);
  return v;
}

function num(o: Obj, key: string, where: string): number {
  const v = o[key];
  if (typeof v !== "number" || !Number.isFinite(v)) throw new SnapshotError(`${where}.${key} must be a number`);
  return v;
}

function optStr(o: Obj, key: string, where: string): string | undefined {
  return o[key] === undefined ? undefined : str(o, key, where);
}

function optNum(o: Obj, key: string, where: string): number | undefined {
  return o[key] === undefined ? undefined : num(o, key, where);
}

function source(v: unknown, where: string): SourceInfo {
  const o = obj(v, where);
  const out: SourceInfo = { id: str(o, "id", where), path: str(o, "path", where), lang: str(o, "lang", where) };
  for (const key of ["title", "outlet", "published", "url"] as const) {
    const s = optStr(o, key, where);
    if (s !== undefined) out[key] = s;
  }
  return out;
}

function claim(v: unknown, where: string): Claim {
  const o = obj(v, where);
  const kind = str(o, "kind", where);
  if (!KINDS.has(kind)) throw new SnapshotError(`${where}.kind "${kind.slice(0, 20)}" is not quantity, date or quote`);
  const value = o.value;
  if (!(typeof value === "string" || (typeof value === "number" && Number.isFinite(value)))) throw new SnapshotError(`${where}.value must be a number or text`);
  const mark = o.sentenceMark;
  if (!Array.isArray(mark) || mark.length !== 2 || !mark.every((x) => typeof x === "number" && Number.isFinite(x))) {
    throw new SnapshotError(`${where}.sentenceMark must be two numbers`);
  }
  const qualifier = optStr(o, "qualifier", where);
  if (qualifier !== undefined && !QUALIFIERS.has(qualifier)) throw new SnapshotError(`${where}.qualifier "${qualifier.slice(0, 20)}" is not known`);
  const out: Claim = {
    id: str(o, "id", where),
    source: str(o, "source", where),
    kind: kind as Claim["kind"],
    text: str(o, "text", where),
    line: num(o, "line", where),
    column: num(o, "column", where),
    start: num(o, "start", where),
    end: num(o, "end", where),
    value,
    sentence: str(o, "sentence", where),
    sentenceMark: [mark[0] as number, mark[1] as number],
  };
  const min = optNum(o, "min", where);
  const max = optNum(o, "max", where);
  if (min !== undefined) out.min = min;
  if (max !== undefined) out.max = max;
  if (qualifier !== undefined) out.qualifier = qualifier as Claim["qualifier"] & string;
  for (const key of ["unit", "noun", "speaker"] as const) {
    const s = optStr(o, key, where);
    if (s !== undefined) out[key] = s;
  }
  return out;
}

function group(v: unknown, where: string): Group {
  const o = obj(v, where);
  const kind = str(o, "kind", where);
  if (!KINDS.has(kind)) throw new SnapshotError(`${where}.kind "${kind.slice(0, 20)}" is not quantity, date or quote`);
  const verdict = str(o, "verdict", where);
  if (!VERDICTS.has(verdict)) throw new SnapshotError(`${where}.verdict "${verdict.slice(0, 20)}" is not known`);
  const claims = o.claims;
  if (!Array.isArray(claims) || !claims.every((c) => typeof c === "string")) throw new SnapshotError(`${where}.claims must be a list of claim ids`);
  const out: Group = { id: str(o, "id", where), kind: kind as Group["kind"], verdict: verdict as Group["verdict"], claims: claims as string[], severity: num(o, "severity", where) };
  const unit = optStr(o, "unit", where);
  const note = optStr(o, "note", where);
  if (unit !== undefined) out.unit = unit;
  if (note !== undefined) out.note = note;
  return out;
}
