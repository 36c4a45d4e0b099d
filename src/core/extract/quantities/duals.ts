/**
 * Arabic duals as counts of two: a dual noun is two of it («مروحيتين», «شخصان»), near a cue a count of what the
 * cue says, and a dual read by its cue («نقطتين مئويتين») two of what the cue makes it.
 */
import type { Token } from "../../text/tokenize.js";
import { overlapsAnySorted, spanAt, type Span } from "../../text/segment.js";
import { intervalOf } from "./interval.js";
import type { UnitLexicons, UnitValue } from "./units.js";
import type { QuantityMention } from "./draft.js";
import { READING_CUE_WORDS } from "./countedNoun.js";
import { cueRightBefore, rightBeforeRole, roleNear } from "./roles.js";

/** "مروحيتين", "شخصان": a dual is two of its noun; two people near a cue ("توفي شخصان") count what the cue says. */
export function dualNouns(
  lex: UnitLexicons,
  tokens: readonly Token[],
  excluded: readonly Span[],
  taken: readonly { start: number; end: number }[],
  sentences: readonly Span[],
  senseOfDual: (norm: string, sentence: Span) => string | undefined,
): QuantityMention[] {
  const out: QuantityMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== "word") continue;
    const cued = cuedDual(lex, tokens, i);
    if (cued) {
      if (!overlapsAnySorted(excluded, t.start, cued.end) && !overlapsAnySorted(taken, t.start, cued.end)) {
        out.push({ start: t.start, end: cued.end, value: 2, interval: intervalOf(2, undefined, 1), unit: cued.unit, percent: false });
      }
      continue;
    }
    const hit = dualAt(lex, t.norm);
    if (!hit || overlapsAnySorted(excluded, t.start, t.end) || overlapsAnySorted(taken, t.start, t.end)) continue;
    // «جنديين اثنين»: the number word after the dual is the figure, and counts it.
    const next = tokens[i + 1];
    if (next && next.kind === "word" && lex.adjectivalNumbers.has(next.norm)) continue;
    const sentence = spanAt(sentences, t.start) ?? { start: t.start, end: t.end };
    // A dual counter takes the verb right before it, as a figure of one does («إلى وفاة حالتين»: two deaths).
    const own = lex.counters.has(hit.id) ? cueRightBefore(lex.roles, lex, tokens, t.start, sentence) : undefined;
    // Two people take a verb read only right before its figure as one figure does («وفقدان شخصين»: two missing),
    // and when what follows undoes it («وفقدان شخصين منازلهما») no cue of another clause counts them either.
    const rightBefore = hit.person ? rightBeforeRole(lex, tokens, t.start, i + 1, sentence) : undefined;
    const role = own ?? (rightBefore ? rightBefore.unit : hit.person ? roleNear(lex, tokens, i, i + 1, sentence, false) : undefined);
    // «سجل هدفين» in a match report: the dual takes the sense the article calls for, as a figure's noun does.
    out.push({ start: t.start, end: t.end, value: 2, interval: intervalOf(2, undefined, 1), unit: role ?? senseOfDual(t.norm, sentence) ?? hit.id, percent: false });
  }
  return out;
}

/** The unit a dual names, also with a conjunction glued before it («ثلاثة جرحى وقتيلين»: and two dead). */
function dualAt(lex: UnitLexicons, norm: string): UnitValue | undefined {
  const hit = lex.duals.get(norm);
  if (hit) return hit;
  const joiner = lex.clauseJoinerPrefixes.find((c) => norm.startsWith(c));
  return joiner === undefined ? undefined : lex.duals.get(norm.slice(joiner.length));
}

/**
 * «رفع الفائدة نقطتين», «بواقع نقطتين مئويتين»: a dual of a word read by its cue (QuantityWords.cuedReadings) is two
 * of what the cue makes it; a two-word dual of a unit («نقطتي أساس») is two of that unit wherever it stands.
 */
function cuedDual(lex: UnitLexicons, tokens: readonly Token[], i: number): { unit: string; end: number } | undefined {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  if (next && next.kind === "word" && next.spaceBefore && lex.dualPairHeads.has(t.norm)) {
    const pair = lex.duals.get(t.norm + " " + next.norm);
    if (pair) return { unit: pair.id, end: next.end };
  }
  // Asked of every word: one byte by word id says whether any reading's duals hold it (most words: none).
  if (lex.cuedDualWords.get(t) === 0) return undefined;
  for (const r of lex.cuedReadings) {
    if (r.duals.size === 0 || !r.duals.match(t.norm)) continue;
    for (let k = i - 1; k >= 0 && k >= i - READING_CUE_WORDS; k--) {
      const w = tokens[k] as Token;
      if (w.kind !== "word") break;
      if (r.cues.match(w.norm)) {
        const unit = r.units.find(([from]) => 2 >= from)?.[1];
        return unit ? { unit, end: t.end } : undefined;
      }
    }
  }
  return undefined;
}
