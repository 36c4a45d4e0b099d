/**
 * Turns the numbers of a paragraph into quantities: drops numbers that are not quantities (a role from the
 * number recogniser, or inside a date), finds what each counts, and gives each the interval its qualifier
 * asserts.
 */
import type { Qualifier } from "../../types.js";
import type { Locale } from "../../lang/types.js";
import { stripPrefix } from "../../lang/lexicon.js";
import type { Token } from "../../text/tokenize.js";
import { overlapsAnySorted, spanAt, type Span } from "../../text/segment.js";
import { fold } from "../../text/normalize.js";
import { toAsciiDigits } from "../../text/chars.js";
import type { NumberMention } from "../numbers/index.js";
import { intervalOf, type Interval } from "./interval.js";
import { unitAt, unitLexicons, type UnitLexicons } from "./units.js";

export interface QuantityMention {
  /** Span of the claim: the number with its qualifier and percent words, not the unit. */
  start: number;
  end: number;
  value: number;
  interval: Interval;
  qualifier?: Qualifier;
  unit?: string;
  noun?: string;
  percent: boolean;
}

/** How far around a number a cue such as "killed" or "مقتل" is looked for, in tokens. */
const ROLE_WINDOW = 4;

export function assembleQuantities(
  tokens: readonly Token[],
  numbers: readonly NumberMention[],
  excluded: readonly Span[],
  sentences: readonly Span[],
  locale: Locale,
): QuantityMention[] {
  const lex = unitLexicons(locale);
  const out: (QuantityMention & { tokenFirst: number; tokenLast: number })[] = [];
  for (const n of numbers) {
    if (n.role || overlapsAnySorted(excluded, n.phraseStart, n.phraseEnd)) continue;
    const first = firstTokenAtOrAfter(tokens, n.start);
    const last = firstTokenAtOrAfter(tokens, n.end);
    const sentence = spanAt(sentences, n.start) ?? { start: n.phraseStart, end: n.phraseEnd };
    const found = n.percent ? { unit: "percent" } : findUnit(lex, tokens, first, last, locale);
    let unit = found.unit;
    let noun = "noun" in found ? found.noun : undefined;
    if (!n.percent && (!unit || ("person" in found && found.person))) {
      const role = roleNear(lex, tokens, first, last, sentence);
      if (role) {
        unit = role;
        noun = undefined;
      }
    }
    // "the 2015 budget": a bare four-digit figure in the range of years that counts nothing known is a year.
    if (!unit && !n.qualifier && !n.percent && looksLikeYear(n.text)) continue;
    const qualifier = n.qualifier;
    const granularity = n.granularity > 0 ? n.granularity : 1;
    out.push({
      start: n.phraseStart,
      end: n.phraseEnd,
      value: n.value,
      interval: intervalOf(n.value, qualifier, granularity, n.upper),
      ...(qualifier ? { qualifier } : {}),
      ...(unit ? { unit } : {}),
      ...(noun ? { noun } : {}),
      percent: n.percent,
      tokenFirst: first,
      tokenLast: last,
    });
  }
  shareUnitsAcrossConjunctions(out, tokens, locale);
  const result: QuantityMention[] = out.map(({ tokenFirst: _f, tokenLast: _l, ...q }) => q);
  result.push(...dualNouns(lex, tokens, excluded, result));
  return result.sort((a, b) => a.start - b.start);
}

type UnitFound = { unit?: string; person?: boolean; noun?: string };

function findUnit(lex: UnitLexicons, tokens: readonly Token[], first: number, after: number, locale: Locale): UnitFound {
  const currency = first > 0 ? lex.currencies.matchEndingAt(tokens, first - 1) : undefined;
  if (currency) return { unit: currency.value };
  // A number marked as following its noun counts that noun, whatever comes after it.
  const before = postNominalUnit(lex, tokens, first);
  if (before) return before;
  const q = locale.quantities;
  let j = after;
  let gap = 0;
  let noun: string | undefined;
  let best: UnitFound | undefined;
  // The counted noun may come after a few modifiers ("37 more aircraft"); where several words are units
  // ("4,111 terrorist targets"), the last one of the phrase is its head.
  while (j < tokens.length) {
    const t = tokens[j] as Token;
    if (t.kind !== "word") break;
    const code = codeEnd(tokens, j);
    if (code > j + 1) {
      // A model designation between the number and its noun ("12 Tu-22M3 bombers") is a modifier.
      if (gap >= q.maxGap) break;
      gap++;
      j = code;
      continue;
    }
    const stop = locale.stopwords.has(t.norm);
    if (stop && best) break;
    const hit = unitAt(lex, tokens, j);
    if (hit) {
      best = { unit: hit.unit, person: hit.person };
      if (gap >= q.maxGap) break;
      gap += hit.last - j;
      j = hit.last;
      continue;
    }
    if (lex.fillers.has(t.norm) && !best) {
      j++;
      continue;
    }
    if (noun === undefined && !stop) noun = stripPrefix(t.norm, locale.clitics);
    if (gap >= q.maxGap) break;
    gap++;
    j++;
  }
  if (best) return best;
  return noun && noun.length >= 2 ? { noun } : {};
}

/** End of a glued code such as "Tu-22M3" or "F-16" starting at tokens[j]: letters joined to a hyphen or digits. */
function codeEnd(tokens: readonly Token[], j: number): number {
  let k = j + 1;
  let digits = false;
  while (k < tokens.length) {
    const t = tokens[k] as Token;
    if (t.spaceBefore && !(t.kind === "digits" && (tokens[k - 1] as Token).text === "-")) break;
    if (t.kind === "digits") digits = true;
    else if (t.kind === "punct" && t.text !== "-") break;
    k++;
  }
  return digits ? k : j + 1;
}

/** "ركابها الـ217", "الساعات الـ24": a number marked as following its noun takes the noun before it. */
function postNominalUnit(lex: UnitLexicons, tokens: readonly Token[], first: number): UnitFound | undefined {
  const marker = tokens[first - 1];
  const noun = tokens[first - 2];
  if (!marker || !noun || marker.kind !== "word" || noun.kind !== "word" || !lex.postNominal.has(marker.norm)) return undefined;
  const hit = lex.words.match(noun.norm);
  return hit ? { unit: hit.value.id, person: hit.value.person } : undefined;
}

function roleNear(lex: UnitLexicons, tokens: readonly Token[], first: number, after: number, sentence: Span): string | undefined {
  const from = Math.max(0, first - ROLE_WINDOW);
  const to = Math.min(tokens.length, after + ROLE_WINDOW);
  let best: { unit: string; distance: number } | undefined;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.start < sentence.start || t.start >= sentence.end || (i >= first && i < after)) continue;
    const m = lex.roles.matchAt(tokens, i);
    if (!m) continue;
    const distance = i < first ? first - m.last : i - after;
    if (!best || distance < best.distance) best = { unit: m.value, distance };
  }
  return best?.unit;
}

/** "3 or 4 weeks", "الأسابيع الـ3 أو الـ4": two numbers joined by a conjunction count the same thing. */
function shareUnitsAcrossConjunctions(
  qs: { unit?: string; noun?: string; tokenFirst: number; tokenLast: number; percent: boolean }[],
  tokens: readonly Token[],
  locale: Locale,
): void {
  const conj = new Set(locale.quantities.conjunctions.map(fold));
  for (let k = 0; k + 1 < qs.length; k++) {
    const a = qs[k]!;
    const b = qs[k + 1]!;
    if (a.percent !== b.percent || (a.unit && b.unit)) continue;
    const between = tokens.slice(a.tokenLast, b.tokenFirst).filter((t) => !locale.quantities.postNominalMarkers.includes(t.norm));
    if (between.length !== 1 || !conj.has(between[0]!.norm)) continue;
    if (!b.unit && a.unit) {
      b.unit = a.unit;
      delete b.noun;
    } else if (!a.unit && b.unit) {
      a.unit = b.unit;
      delete a.noun;
    }
  }
}

function dualNouns(lex: UnitLexicons, tokens: readonly Token[], excluded: readonly Span[], taken: readonly { start: number; end: number }[]): QuantityMention[] {
  const out: QuantityMention[] = [];
  for (const t of tokens) {
    if (t.kind !== "word") continue;
    const hit = lex.duals.get(t.norm);
    if (!hit || overlapsAnySorted(excluded, t.start, t.end) || overlapsAnySorted(taken, t.start, t.end)) continue;
    out.push({ start: t.start, end: t.end, value: 2, interval: intervalOf(2, undefined, 1), unit: hit.id, percent: false });
  }
  return out;
}

function looksLikeYear(text: string): boolean {
  const digits = text.trim();
  if (!/^\p{Nd}{4}$/u.test(digits)) return false;
  const v = Number(toAsciiDigits(digits));
  return v >= 1800 && v <= 2100;
}

function firstTokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
