/** Hand-made claims and snapshots for the diff tests: an article as a list of sentences, each with its claims. */
import type { Claim, ClaimKind, Group, SourceInfo, Verdict } from "../../src/core/types.js";
import type { Snapshot } from "../../src/core/diff/index.js";

export interface ClaimSpec {
  /** The claim's text; it must occur in the sentence (the `nth` occurrence, default the first). */
  text: string;
  kind?: ClaimKind;
  value: number | string;
  unit?: string;
  noun?: string;
  qualifier?: Claim["qualifier"];
  min?: number;
  max?: number;
  speaker?: string;
  nth?: number;
}

export interface SentenceSpec {
  sentence: string;
  claims: ClaimSpec[];
}

/** Claims of one source, one sentence per line, offsets as if the lines were the file. */
export function article(source: string, sentences: readonly SentenceSpec[], firstLine = 1): Claim[] {
  const out: Claim[] = [];
  const counters: Record<ClaimKind, number> = { quantity: 0, date: 0, quote: 0 };
  let offset = 0;
  sentences.forEach((s, i) => {
    for (const spec of s.claims) {
      let at = -1;
      for (let k = 0; k <= (spec.nth ?? 0); k++) at = s.sentence.indexOf(spec.text, at + 1);
      if (at < 0) throw new Error(`"${spec.text}" is not in "${s.sentence}"`);
      const kind = spec.kind ?? "quantity";
      counters[kind]++;
      const v = spec.value;
      out.push({
        id: `${source}:${{ quantity: "n", date: "d", quote: "q" }[kind]}${counters[kind]}`,
        source,
        kind,
        text: spec.text,
        line: firstLine + i,
        column: at + 1,
        start: offset + at,
        end: offset + at + spec.text.length,
        value: v,
        ...(kind === "quantity" ? { min: spec.min ?? (v as number), max: spec.max ?? (v as number) } : {}),
        ...(spec.qualifier ? { qualifier: spec.qualifier } : {}),
        ...(spec.unit ? { unit: spec.unit } : {}),
        ...(spec.noun ? { noun: spec.noun } : {}),
        ...(spec.speaker ? { speaker: spec.speaker } : {}),
        sentence: s.sentence,
        sentenceMark: [at, at + spec.text.length],
      });
    }
    offset += s.sentence.length + 1;
  });
  return out;
}

export function sourceInfo(id: string, lang = "en", dir = "sources"): SourceInfo {
  return { id, path: `${dir}/${id}.txt`, lang };
}

export function snapshot(claims: Claim[], groups: Group[] = [], dir = "sources"): Snapshot {
  const ids = [...new Set(claims.map((c) => c.source))].sort();
  const lang = (id: string) => (/[\u0600-\u06FF]/.test(claims.find((c) => c.source === id)?.sentence ?? "") ? "ar" : "en");
  return { sources: ids.map((id) => sourceInfo(id, lang(id), dir)), claims, groups };
}

export function group(id: string, verdict: Verdict, members: readonly Claim[]): Group {
  const first = members[0]!;
  return {
    id,
    kind: first.kind,
    ...(first.unit ? { unit: first.unit } : {}),
    verdict,
    claims: members.map((c) => c.id),
    severity: verdict === "discrepancy" ? 3 : 0,
  };
}

/** Filler sentences with no claims, to push later sentences down. */
export function filler(n: number, lang: "en" | "ar" = "en"): SentenceSpec[] {
  const en = ["The talks went on late into the night.", "Officials declined to comment further.", "Diplomats met again in Vienna."];
  const ar = ["واستمرت المحادثات حتى ساعة متأخرة من الليل.", "ورفض المسؤولون الإدلاء بمزيد من التعليقات.", "واجتمع الدبلوماسيون مجددا في فيينا."];
  const pool = lang === "en" ? en : ar;
  return Array.from({ length: n }, (_, i) => ({ sentence: pool[i % pool.length]!, claims: [] }));
}
