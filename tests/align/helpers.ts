/** Claims built by hand from real sentences, for the alignment tests. */
import type { Claim, Group, Qualifier, SourceInfo } from "../../src/core/types.js";
import { align } from "../../src/core/align/index.js";
import { intervalOf } from "../../src/core/extract/quantities/interval.js";
import { ar } from "../../src/core/lang/ar/index.js";
import { en } from "../../src/core/lang/en/index.js";

let n = 0;

/** A quantity claim; the figure is marked where `text` occurs in the sentence. `unit` "~noun" gives a noun. */
export function quantity(source: string, sentence: string, text: string, value: number, unit: string, qualifier?: Qualifier, granularity = 1): Claim {
  const at = sentence.indexOf(text);
  if (at < 0) throw new Error(`"${text}" is not in "${sentence}"`);
  const i = intervalOf(value, qualifier, granularity);
  return {
    id: `${source}:n${++n}`,
    source,
    kind: "quantity",
    text,
    line: 1,
    column: at + 1,
    start: at,
    end: at + text.length,
    value,
    ...(Number.isFinite(i.min) ? { min: i.min } : {}),
    ...(Number.isFinite(i.max) ? { max: i.max } : {}),
    ...(qualifier ? { qualifier } : {}),
    ...(unit.startsWith("~") ? { noun: unit.slice(1) } : unit ? { unit } : {}),
    sentence,
    sentenceMark: [at, at + text.length],
  };
}

export function date(source: string, sentence: string, text: string, value: string): Claim {
  const at = sentence.indexOf(text);
  if (at < 0) throw new Error(`"${text}" is not in "${sentence}"`);
  return { id: `${source}:d${++n}`, source, kind: "date", text, line: 1, column: at + 1, start: at, end: at + text.length, value, sentence, sentenceMark: [at, at + text.length] };
}

/** Sources named "ar…" are Arabic, the others English. */
export function run(claims: Claim[], published: Record<string, string> = {}): Group[] {
  const ids = [...new Set(claims.map((c) => c.source))].sort();
  const sources: SourceInfo[] = ids.map((id) => ({ id, path: `${id}.txt`, lang: id.startsWith("ar") ? "ar" : "en", ...(published[id] ? { published: published[id] } : {}) }));
  return align({ claims, sources, localeOf: (id) => (id.startsWith("ar") ? ar : en) });
}

/** The groups as "verdict unit: values", values in claim order. */
export function summary(groups: readonly Group[], claims: readonly Claim[]): string[] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  return groups.map((g) => `${g.verdict} ${g.unit ?? ""}: ${g.claims.map((id) => String(byId.get(id)!.value)).join(" ")}`);
}
