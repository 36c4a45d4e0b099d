/**
 * Units a figure takes from another: the whole it breaks down ("2,317 killed, among them 1,498 in Turkey"), a
 * partitive ("half of them"), a coordinated or gapped figure, a list of places.
 */
import type { Locale } from "../../lang/types.js";
import { firstTokenAtOrAfter, type Token } from "../../text/tokenize.js";
import { fold } from "../../text/normalize.js";
import { isCapitalised } from "../../text/chars.js";
import type { NumberMention } from "../numbers/index.js";
import { unitAt, unitLexicons, type UnitLexicons } from "./units.js";
import type { Draft } from "./draft.js";
import { partitiveAfter, subordinateBetween, clauseBreak, subjectOfVerb, conjunctionsOf, CLAUSE_END } from "./clauses.js";
import { GENERIC_PEOPLE } from "./roles.js";

/** "17 من أصل 41 مقعداً", "9 out of 10 seats": a part named against its whole counts what the whole counts. */
export function inheritWholeUnits(qs: Draft[], numbers: readonly NumberMention[], tokens: readonly Token[], locale: Locale): void {
  const byStart = new Map(qs.map((q) => [q.numberStart, q]));
  for (const n of numbers) {
    if (!n.partOf) continue;
    const part = byStart.get(n.start);
    const whole = byStart.get(n.partOf.start);
    // "48 seats out of 329": a bare whole counts what its part names. Not people: a whole of people takes the
    // sentence's cues, which the part's own words may not share ("48 people out of 329 on board were killed").
    if (part && whole && !whole.unit && !whole.noun && !whole.percent && (part.unit || part.noun) && !part.person) {
      whole.unit = part.unit;
      whole.noun = part.noun;
      continue;
    }
    if (!part || !whole || (!whole.unit && !whole.noun)) continue;
    // "a fifth of the company's 314 planes": a fraction of a whole is a share of it, not a count.
    if (n.fraction && n.value < 1 && !n.percent) continue;
    // The part's own noun stands right after it («17 مقعداً من أصل 41»); one found past the part-of words is
    // the possessor's ("three of the stadium's 12 gates", "32 of the state's 35 districts"), not what it counts.
    const after = tokens[part.tokenLast];
    const ownNoun = (part.unit || part.noun) && !(after && after.kind === "word" && locale.stopwords.has(after.norm));
    if (ownNoun) continue;
    part.unit = whole.unit;
    part.noun = whole.unit ? undefined : whole.noun;
    // A count of people as a whole leaves the part a count of people too, which a cue may name («نجاة 25»).
    if (whole.person) {
      part.person = true;
      whole.hasPart = part;
    }
  }
}

/**
 * "2,317 killed, among them 1,498 in Turkey and 819 in Syria", "بينهم 1498 في تركيا و819 في سورية": figures
 * without a unit after a breakdown cue count what the figure before the cue counts.
 */
export function inheritBreakdownUnits(qs: Draft[], tokens: readonly Token[], lex: UnitLexicons): void {
  for (let k = 1; k < qs.length; k++) {
    const q = qs[k]!;
    if (q.unit || q.percent) continue;
    // The nearest earlier figure of the sentence with a unit (or, for a figure that names nothing, a counted
    // noun: "3,000 applications, of which 1,500 were approved"), and a breakdown cue between it and this one.
    let whole: Draft | undefined;
    for (let m = k - 1; m >= 0; m--) {
      const p = qs[m]!;
      if (p.sentence.start !== q.sentence.start) break;
      if ((p.unit || (p.noun && !q.noun)) && !p.percent) {
        whole = p;
        break;
      }
    }
    if (!whole) continue;
    // A cue between the whole and this figure, or the previous figure already a part of the same breakdown
    // ("بينهم 1498 في تركيا و819 في سورية").
    let cue = whole.partOf !== undefined && !clauseBreak(tokens, whole.tokenLast, q.tokenFirst);
    let cueAt = whole.tokenLast;
    for (let i = whole.tokenLast; i < q.tokenFirst && !cue; i++) {
      if (lex.breakdowns.matchAt(tokens, i)) {
        cue = true;
        cueAt = i;
      }
    }
    if (!cue) continue;
    // "200 injured, many of them grievously, when 14 coaches derailed": a subordinate clause after the cue has
    // left the breakdown; its figure is not a part of the whole (a list's "and 819 in Syria" still is).
    if (subordinateBetween(lex, tokens, cueAt, q.tokenFirst)) continue;
    if (whole.unit) {
      q.unit = whole.unit;
      q.noun = undefined;
    } else q.noun = whole.noun;
    q.partOf = whole.partOf ?? whole.unit ?? "~" + whole.noun;
  }
}

/**
 * «بلغت 54 مصابا، جرى نقل 33 منهم إلى مستشفى الضبعة»: a part named after its figure, with no cue of its own clause,
 * counts what the nearest earlier figure of its sentence counts (run once every figure has its role).
 */
export function inheritPartitiveWhole(qs: Draft[], k: number, lex: UnitLexicons, tokens: readonly Token[]): void {
  const q = qs[k]!;
  if (!partitiveAfter(q, lex, tokens)) return;
  for (let m = k - 1; m >= 0; m--) {
    const p = qs[m]!;
    if (p.sentence.start !== q.sentence.start) return;
    if (p.percent) continue;
    if (!p.unit) return;
    q.unit = p.unit;
    q.partOf = p.unit;
    return;
  }
}

/**
 * "Of the suspected cases, 412 have been confirmed": a bare figure right after a clause that opens its sentence
 * with a partitive lead counts the unit that clause names.
 */
export function inheritPartitiveUnit(q: Draft, lex: UnitLexicons, tokens: readonly Token[]): void {
  const comma = tokens[q.tokenFirst - 1];
  if (!comma || comma.kind !== "punct" || !CLAUSE_END.test(comma.text)) return;
  let open = q.tokenFirst - 2;
  while (open >= 0 && (tokens[open] as Token).start >= q.sentence.start && (tokens[open] as Token).kind === "word") open--;
  const first = open + 1;
  if (first >= q.tokenFirst - 1 || (tokens[first] as Token).start !== q.sentence.start) return;
  const lead = lex.partitiveLeads.matchAt(tokens, first);
  if (!lead) return;
  // The clause's last unit word is its head ("the suspected cases").
  for (let i = q.tokenFirst - 2; i >= lead.last; i--) {
    const hit = unitAt(lex, tokens, i);
    if (hit && !hit.person) {
      q.unit = hit.unit;
      return;
    }
  }
}

/** "3 or 4 weeks", "الأسابيع الـ3 أو الـ4": two numbers joined by a conjunction count the same thing. */
export function shareUnitsAcrossConjunctions(qs: Draft[], tokens: readonly Token[], locale: Locale): void {
  if (qs.length < 2) return;
  const conj = conjunctionsOf(locale);
  const markers = locale.quantities.postNominalMarkers;
  for (let k = 0; k + 1 < qs.length; k++) {
    const a = qs[k]!;
    const b = qs[k + 1]!;
    if (a.percent !== b.percent || (a.unit && b.unit)) continue;
    // The one token between them, markers aside; two or more (or none) join nothing.
    let only: Token | undefined;
    let count = 0;
    for (let i = a.tokenLast; i < b.tokenFirst && count < 2; i++) {
      const t = tokens[i]!;
      if (markers.includes(t.norm)) continue;
      only = t;
      count++;
    }
    if (count !== 1 || !conj.has(only!.norm)) continue;
    if (!b.unit && a.unit) {
      b.unit = a.unit;
      b.noun = undefined;
    } else if (!a.unit && b.unit) {
      a.unit = b.unit;
      a.noun = undefined;
    }
  }
}

/** Widest ratio between a gapped figure and the figure whose unit it takes: parallel counts are of a size. */
const GAPPED_RATIO = 3;
/**
 * "Italy registered 31,529 sea arrivals …, while Greece recorded 17,682 and Spain 21,406": a figure followed by
 * nothing it could count (clause punctuation, a conjunction, a function word, the sentence's end) leaves its noun out because an
 * earlier clause named it. It takes the unit of the sentence's earlier counted figures when they all count
 * one thing, and only when it is of their size.
 */
export function inheritGappedUnits(qs: Draft[], tokens: readonly Token[], locale: Locale): void {
  const conj = conjunctionsOf(locale);
  const lex = unitLexicons(locale);
  for (let k = 1; k < qs.length; k++) {
    const q = qs[k]!;
    if (q.unit || q.noun || q.percent || q.person || q.qualifier) continue;
    const next = tokens[q.tokenLast];
    // A function word after the figure ends its phrase as well as punctuation does ("down from 33.64 million in
    // October"): no noun came. Not a capital ("six A320s" is a code).
    // So does a word opening a percent's phrase («ونجح 13975 بنسبة نجاح 91%»).
    const bare = next === undefined || next.start >= q.sentence.end || (next.kind === "punct" && CLAUSE_END.test(next.text)) || conj.has(next.norm) || (next.kind === "word" && ((locale.stopwords.has(next.norm) && !isCapitalised(next.text)) || lex.percentCues.match(next.norm) !== undefined));
    if (!bare && !gapModified(lex, tokens, q, next)) continue;
    // "One died there, one was airlifted": a figure that is its verb's subject left out no noun.
    if (subjectOfVerb(lex, tokens, q)) continue;
    let unit: string | undefined;
    let near = false;
    let single = true;
    for (let m = k - 1; m >= 0; m--) {
      const p = qs[m]!;
      if (p.sentence.start !== q.sentence.start) break;
      if (p.percent || !p.unit) continue;
      if (unit !== undefined && p.unit !== unit) single = false;
      unit = p.unit;
      const [lo, hi] = p.value < q.value ? [p.value, q.value] : [q.value, p.value];
      if (lo > 0 && hi / lo <= GAPPED_RATIO) near = true;
    }
    if (unit === undefined || !single || !near) continue;
    q.unit = unit;
  }
}

/**
 * "the 165 needed for a majority": a figure after a determiner of a known whole (QuantityWords.partitiveDeterminers),
 * then a word of what it is for (QuantityWords.gapModifiers).
 */
function gapModified(lex: UnitLexicons, tokens: readonly Token[], q: Draft, next: Token | undefined): boolean {
  const before = tokens[Math.min(q.tokenFirst, firstTokenAtOrAfter(tokens, q.start)) - 1];
  return next?.kind === "word" && lex.gapModifiers.has(next.norm) && before?.kind === "word" && lex.partitiveDeterminers.has(before.norm);
}

/**
 * "1,546,345 pilgrims came via airports, whilst 60,251 came via land crossings, and 4,714 came through seaports":
 * the rest of a list whose head counts a named group repeats the head's verb and leaves the group out. A figure
 * with no group of its own (no unit, or only what a cue of how people came filled in) whose next word also stands
 * between the figure before it and itself takes that figure's group, so "and 4,714 arrived via seaports" counts
 * pilgrims as the head does, and meets «وصل … 4,714 حاجا» and "4,714 pilgrims arrived" elsewhere.
 */
export function inheritParallelGroups(qs: Draft[], tokens: readonly Token[], lex: UnitLexicons): void {
  for (let k = 1; k < qs.length; k++) {
    const q = qs[k]!;
    const prev = qs[k - 1]!;
    if (prev.sentence.start !== q.sentence.start || !prev.person || prev.unit === undefined || prev.unit === GENERIC_PEOPLE || lex.roleUnits.has(prev.unit)) continue;
    if (q.percent || q.person || !Number.isInteger(q.value) || (q.unit !== undefined && !lex.groupKeepingRoles.has(q.unit))) continue;
    const next = tokens[firstTokenAtOrAfter(tokens, q.end)];
    if (!next || next.kind !== "word" || next.start >= q.sentence.end) continue;
    let repeated = false;
    for (let i = prev.tokenLast; i < q.tokenFirst && !repeated; i++) repeated = (tokens[i] as Token).kind === "word" && (tokens[i] as Token).norm === next.norm;
    if (!repeated) continue;
    q.unit = prev.unit;
    q.noun = undefined;
    q.person = true;
  }
}

const placeListWords = new WeakMap<Locale, { places: ReadonlySet<string>; prefixes: readonly string[] }>();

/** The locale's place prepositions and preposition prefixes, folded once (not per paragraph). */
function placeListWordsOf(locale: Locale): { places: ReadonlySet<string>; prefixes: readonly string[] } {
  let words = placeListWords.get(locale);
  if (!words) {
    words = { places: new Set((locale.quantities.placePrepositions ?? []).map(fold)), prefixes: locale.speech.prepositionPrefixes.map(fold) };
    placeListWords.set(locale, words);
  }
  return words;
}

/** Tokens after a figure where the place of its item of a list may stand («180 بحلب», «20 حالة بحلب»). */
const PLACE_WINDOW = 3;

/**
 * «بلغ عدد الإصابات 180 بحلب و29 بدير الزور و25 بالحسكة»: a list of counts broken down by place, each figure
 * followed by a preposition glued to its place. A figure after the conjunction whose only noun is such a word,
 * where the figure before it is followed by a word with the same glued preposition, counts what that figure
 * counts; the place was taken for its noun.
 */
export function inheritPlaceListUnits(qs: Draft[], tokens: readonly Token[], locale: Locale): void {
  const conj = conjunctionsOf(locale);
  const { places, prefixes } = placeListWordsOf(locale);
  if (prefixes.length === 0) return;
  const glued = (t: Token | undefined): string | undefined =>
    t && t.kind === "word" ? prefixes.find((p) => t.norm.length > p.length + 2 && t.norm.startsWith(p)) : undefined;
  for (let k = 1; k < qs.length; k++) {
    const q = qs[k]!;
    const prev = qs[k - 1]!;
    if (q.unit || !q.noun || q.percent || !prev.unit || prev.percent || prev.sentence.start !== q.sentence.start) continue;
    const before = tokens[q.tokenFirst - 1];
    if (!before || !conj.has(before.norm)) continue;
    const p = glued(tokens[q.tokenLast]);
    if (p === undefined) continue;
    let parallel = false;
    let free = false;
    for (let i = prev.tokenLast; i < Math.min(prev.tokenLast + PLACE_WINDOW, q.tokenFirst - 1) && !parallel; i++) {
      parallel = glued(tokens[i]) === p;
      free ||= places.has((tokens[i] as Token).norm);
    }
    // «12 شخصا في حلب و5 بدمشق»: the first place may take the preposition written apart. Then the item must be
    // the figure and its place alone, up to the clause's end: «و5 بطانيات في حمص» counts blankets.
    if (!parallel && free) parallel = placeOnly(tokens, q.tokenLast + 1, places, conj);
    if (!parallel) continue;
    q.unit = prev.unit;
    q.noun = undefined;
  }
}

/**
 * Whether the words from tokens[from] up to the clause's end, or the list's next item, name a place only: a
 * few words, none of them a preposition written apart.
 */
function placeOnly(tokens: readonly Token[], from: number, places: ReadonlySet<string>, conj: ReadonlySet<string>): boolean {
  for (let i = from; i < tokens.length && i <= from + PLACE_WINDOW; i++) {
    const t = tokens[i] as Token;
    if (t.kind === "punct") return CLAUSE_END.test(t.text);
    if (t.kind === "digits" || conj.has(t.norm)) return true;
    if (t.kind !== "word" || places.has(t.norm)) return false;
  }
  return from + PLACE_WINDOW >= tokens.length;
}
