/**
 * What happened to a count of people, read from cues around the figure ("killing 129 people", «لقي 131 شخصاً
 * مصرعهم»): which cue reaches which figure, across clauses, appositions and lists.
 */
import { firstTokenAtOrAfter, type Token } from "../../text/tokenize.js";
import type { PhraseLexicon } from "../../lang/lexicon.js";
import type { Span } from "../../text/segment.js";
import { isCapitalised } from "../../text/chars.js";
import { unitAt, type UnitLexicons } from "./units.js";
import { subjectHead } from "./subject.js";
import { CURRENCY_UNITS, MEASURE_UNITS, TIME_UNITS } from "../../align/constants.js";
import { type Draft, insideNumber } from "./draft.js";
import { partitiveAfter, clauseBreak, joinedClause, clauseOpener, subjectOfVerb, LIST_COMMA, CLAUSE_END } from "./clauses.js";
import { nounStem } from "./countedNoun.js";
import { MAX_RELATIVE_CLAUSE_TOKENS } from "./marks.js";

/**
 * How far around a number a cue such as "killed" or "مقتل" is looked for, in tokens: further before it ("the
 * death toll from Monday's earthquake climbed to 2,371") than after it.
 */
const ROLE_WINDOW_BEFORE = 14;
const ROLE_WINDOW_AFTER = 6;

/** A cue read with a conjunction glued to its first word («والمصابين»). */
function gluedToConjunction(lex: UnitLexicons, m: { last: number; prefix?: string }): boolean {
  const prefix = m.prefix ?? "";
  return prefix !== "" && lex.clauseJoinerPrefixes.some((c) => prefix.startsWith(c));
}

/**
 * A count of people, or of nothing named, near a cue ("killed", "مقتل", "survived") counts what the cue says.
 * A count of a noun the lexicon does not know ("2,300 homes", "villagers") takes a cue only from its own
 * clause: in "1.2 million people were displaced, and nearly 2,300 homes were destroyed" the homes were not.
 */
export function applyRole(q: Draft, lex: UnitLexicons, tokens: readonly Token[], figureEnds: ReadonlySet<number>, figureLeads: ReadonlySet<number>, prev?: Draft): void {
  const counter = q.unit !== undefined && lex.counters.has(q.unit);
  if (q.percent) return;
  // A part of a breakdown, or a tally of cases, whose own verb stands right before it says what happened to
  // that part: «25 ألف إصابة، شفيت منها 22027» recovered, «أصيب 300، توفي منهم 20» died.
  if ((counter || q.partOf !== undefined) && Number.isInteger(q.value)) {
    const own = cueRightBefore(lex.roles, lex, tokens, q.start, q.sentence);
    if (own) {
      q.unit = own;
      q.noun = undefined;
      return;
    }
  }
  if (q.unit && !q.person && !counter) {
    // «توفي ثلاثة مصابين في المستشفى»: the injured a verb of dying right before them names have died.
    const befallen = LATER_ROLES.get(q.unit);
    const verb = befallen && Number.isInteger(q.value) ? cueRightBefore(lex.roles, lex, tokens, q.start, q.sentence) : undefined;
    if (verb !== undefined && befallen!.has(verb)) {
      q.unit = verb;
      return;
    }
    // «وخمسة من أفراد الطاقم ما زالوا في عداد المفقودين»: a state closing their clause is theirs, as a verb of their own is.
    const own = ownVerbRole(lex, tokens, q) ?? (lex.ownVerbGroups.has(q.unit) ? clauseEndRole(lex, tokens, q.tokenLast, q.sentence, figureLeads) : undefined);
    if (own) {
      q.unit = own;
      q.noun = undefined;
    }
    return;
  }
  // "1,411 people were killed and 3,124 people were injured": people with a verb of their own right after them
  // are what it says, nearer to them than the cue of the clause before.
  if (q.unit === GENERIC_PEOPLE && !counter) {
    const own = ownVerbRole(lex, tokens, q);
    if (own) {
      q.unit = own;
      q.noun = undefined;
      return;
    }
  }
  if (q.hasPart) {
    partRoleAfterWhole(q, q.hasPart, lex, tokens, figureLeads);
    return;
  }
  // Billions of nothing named are money, not people ("ساهمت بـ4 مليارات ونصف لمساعدة اللاجئين والنازحين").
  if (!q.unit && q.value >= MAX_PEOPLE) return;
  // What a count noun or a cue names is counted whole: "6.8" in "13 deaths after 6.8 quake" is a magnitude.
  // (A range's value is its middle: its ends are what was written.)
  const whole = q.qualifier === "range" ? Number.isInteger(q.interval.min) && Number.isInteger(q.interval.max) : Number.isInteger(q.value);
  // A dot that groups thousands ("12.500 dead") is read as such once the figure is known to count people.
  if (!whole && !q.dotted) return;
  // «قضى تسعة أشخاص»: a verb read as a cue only right before its figure, unless what follows gives it its other
  // sense («قضى 200 شخص ليلتهم في العراء», «فقد 300 شخص منازلهم»): then the figure is that verb's subject, and a
  // cue of another clause («مصرع شخصين وفقد 300 …») is not what happened to it either.
  const rightBefore = rightBeforeRole(lex, tokens, q.start, q.tokenLast, q.sentence);
  if (rightBefore) {
    if (rightBefore.unit !== undefined && !keepsGroup(lex, tokens, q, rightBefore.unit)) {
      q.unit = rightBefore.unit;
      q.noun = undefined;
    }
    return;
  }
  // «غرق قارب كان يقل 160 شخصا», "a boat carrying 160 people capsized": the load of a vessel, whatever befell it.
  if (cueRightBefore(lex.loadVerbs, lex, tokens, q.start, q.sentence)) return;
  const counted = countedBefore(lex, tokens, q.tokenFirst, q.sentence) ?? labelBefore(lex, tokens, firstTokenAtOrAfter(tokens, q.start), q.sentence);
  if (counted) {
    q.unit = counted;
    q.noun = undefined;
    return;
  }
  if (counter) return;
  const lead = Math.min(q.tokenFirst, firstTokenAtOrAfter(tokens, q.start));
  if (q.unit === undefined && q.noun === undefined && countedBySubject(q, lex, tokens, lead)) return;
  const ownClause = q.noun !== undefined || subjectOfVerb(lex, tokens, q);
  // «الحصيلة بلغت 54 مصابا، جرى نقل 33 منهم إلى المستشفى»: a part named after its figure takes no cue from before
  // the figure it is a part of; that cue was the whole's (see inheritPartitiveWhole).
  const from = prev && prev.sentence.start === q.sentence.start && partitiveAfter(q, lex, tokens) ? tokens[prev.tokenLast] : undefined;
  const span = from ? { start: from.start, end: q.sentence.end } : q.sentence;
  // A cue after the figure that ends right before another figure is that figure's verb, for things the lexicon
  // does not know and for people alike: «300 شخص كانوا على متن القارب ونجا 50 منهم» saved 50, not 300.
  const role = roleNear(lex, tokens, q.tokenFirst, q.tokenLast, span, ownClause, q.unit !== undefined, figureEnds, lead, q.noun !== undefined || q.person ? figureLeads : undefined, figureLeads);
  if (!role || keepsGroup(lex, tokens, q, role)) return;
  q.unit = role;
  q.noun = undefined;
}

/**
 * "Passengers rose to 52.7 million", "Aircraft movements reached 279,000": the subject of the verb before a bare
 * figure names what it counts (see subjectHead), as it would after the figure: a role, a unit the lexicon counts
 * (not money or a measure, which a bare figure does not count), or the plural noun itself.
 */
function countedBySubject(q: Draft, lex: UnitLexicons, tokens: readonly Token[], lead: number): boolean {
  const head = subjectHead(lex, tokens, lead, q.sentence);
  if (head < 0) return false;
  const role = lex.roles.matchAt(tokens, head);
  if (role && role.last === head + 1) {
    q.unit = role.value;
    return true;
  }
  const unit = unitAt(lex, tokens, head);
  if (unit) {
    if (unit.last !== head + 1 || CURRENCY_UNITS.has(unit.unit) || MEASURE_UNITS.has(unit.unit) || TIME_UNITS.has(unit.unit)) return false;
    q.unit = unit.unit;
    q.person = unit.person;
    return true;
  }
  const stem = nounStem((tokens[head] as Token).norm, lex);
  if (stem.length < 2) return false;
  q.noun = stem;
  return true;
}

/** Tokens after a whole its part's verb may stand at ("the 181 aboard a crashed Jeju Air Boeing 737-800 died"). */
const PART_VERB_WINDOW = 12;

/**
 * "179 of the 181 aboard a crashed Jeju Air Boeing 737-800 died", "two of the 181 people on board survived": the
 * verb after a part named against its whole agrees with the part, which it gives its role; the whole stays everyone
 * counted. Only in the whole's clause (no clause punctuation, joiner or other figure before the verb), and only for
 * a part with no role of its own ("killed 179 of the 181 aboard").
 */
function partRoleAfterWhole(whole: Draft, part: Draft, lex: UnitLexicons, tokens: readonly Token[], figureLeads: ReadonlySet<number>): void {
  if (part.unit !== whole.unit) return;
  const end = Math.min(tokens.length, whole.tokenLast + PART_VERB_WINDOW);
  for (let i = whole.tokenLast; i < end; i++) {
    const t = tokens[i] as Token;
    if (t.start >= whole.sentence.end || (t.kind === "punct" && CLAUSE_END.test(t.text)) || figureLeads.has(i) || joinedClause(lex, tokens, i, i + 1)) return;
    const role = lex.roles.matchAt(tokens, i);
    if (role && !compoundTail(tokens, i)) {
      part.unit = role.value;
      part.noun = undefined;
      return;
    }
  }
}

/**
 * Roles that may befall people counted by another role's noun, and so say what happened to them: the injured
 * may die («توفي ثلاثة مصابين», "two injured later died"). Not the other way: the dead are not injured after.
 */
const LATER_ROLES: ReadonlyMap<string, ReadonlySet<string>> = new Map([["injured", new Set(["killed"])]]);

/**
 * The role a verb of its own gives a named group whose count stands on its own, right after its noun and the
 * words allowed between (QuantityWords.ownVerbGroups): "76 passengers were seriously injured" are injured.
 */
function ownVerbRole(lex: UnitLexicons, tokens: readonly Token[], q: Draft): string | undefined {
  if (q.unit === undefined || !lex.ownVerbGroups.has(q.unit)) return undefined;
  // "150 passengers and six crew were killed": the verb is the list's, and a list's last group is only a part.
  // Not after a cue ("20 people were killed and 45 people were injured"): that "and" joins two clauses. Nor when
  // the group before it had its verb before it ("killed 12 people and 30 people were left homeless"): a verb after
  // the group is then its own, not the list's.
  const at = Math.min(q.tokenFirst, firstTokenAtOrAfter(tokens, q.start)) - 1;
  const joiner = tokens[at];
  if (joiner && joiner.kind === "word" && lex.clauseJoiners.has(joiner.norm) && !lex.clauseOpeners.has(joiner.norm) && !cueEndsAt(lex, tokens, at) && !cueInSentenceBefore(lex, tokens, at, q.sentence)) return undefined;
  for (let j = q.tokenLast; j < tokens.length && j <= q.tokenLast + MAX_PHRASE_WORDS; j++) {
    const hit = unitAt(lex, tokens, j);
    if (!hit || hit.unit !== q.unit) continue;
    let k = hit.last;
    while (k < tokens.length && (tokens[k] as Token).kind === "word" && lex.ownVerbBetween.has((tokens[k] as Token).norm)) k++;
    const t = tokens[k];
    if (!t || t.start >= q.sentence.end) return undefined;
    // «وقتل 3 ركاب وأصيب 20 آخرون»: a verb with a conjunction glued on opens the next clause.
    const cue = lex.roles.matchAt(tokens, k);
    return cue && !gluedToConjunction(lex, cue) ? cue.value : undefined;
  }
  return undefined;
}

/** Whether a role cue starts in the sentence a few words before token `end` (the group before and its verb). */
function cueInSentenceBefore(lex: UnitLexicons, tokens: readonly Token[], end: number, sentence: Span): boolean {
  const from = Math.max(0, end - MAX_CUE_TOKENS - 2 * MAX_PHRASE_WORDS);
  for (let i = end - 1; i >= from && (tokens[i] as Token).start >= sentence.start; i--) if (lex.roles.matchAt(tokens, i)) return true;
  return false;
}

/** Whether a role cue ends right before token `end`, within the same sentence's few tokens. */
function cueEndsAt(lex: UnitLexicons, tokens: readonly Token[], end: number): boolean {
  for (let i = end - 1; i >= 0 && i >= end - MAX_CUE_TOKENS; i--) if (lex.roles.matchAt(tokens, i)?.last === end) return true;
  return false;
}

/**
 * Whether the figure counts a named group that a cue of `role` leaves as it is (RoleCue.keepsGroup): a group the
 * lexicon knows other than people in general, or a noun it does not know ("120 students arrived").
 */
function keepsGroup(lex: UnitLexicons, tokens: readonly Token[], q: Draft, role: string): boolean {
  if (!lex.groupKeepingRoles.has(role)) return false;
  if (q.unit !== undefined) return q.person === true && q.unit !== GENERIC_PEOPLE;
  // A noun found past the cue ("4,714 arrived via seaports") is not the figure's own: the cue fills it in.
  return q.noun !== undefined && lex.roles.matchAt(tokens, firstTokenAtOrAfter(tokens, q.end)) === undefined;
}

/**
 * A role cue that ends right before the figure (its qualifier included), with at most a breakdown cue between
 * («شفيت منها 22027», "of whom 20 died" has its verb after and is not read here).
 */
export function cueRightBefore<T>(cues: PhraseLexicon<T>, lex: UnitLexicons, tokens: readonly Token[], start: number, sentence: Span): T | undefined {
  let end = firstTokenAtOrAfter(tokens, start);
  // A figure in brackets (Saudi and other official copy: «وصل (60251) حاجا») has its cue before the bracket.
  const open = tokens[end - 1];
  if (open && open.kind === "punct" && open.text === "(") end--;
  for (let i = end - 1; i >= 0 && i >= end - MAX_CUE_TOKENS; i--) {
    const b = lex.breakdowns.matchAt(tokens, i);
    if (b && b.last === end) {
      end = i;
      break;
    }
  }
  for (let i = end - 1; i >= 0 && i >= end - MAX_CUE_TOKENS; i--) {
    if ((tokens[i] as Token).start < sentence.start) return undefined;
    const m = cues.matchAt(tokens, i);
    if (m && m.last === end) return m.value;
  }
  return undefined;
}

/** Whether a word that undoes a right-before cue stands within two tokens after the figure's last token. */
function unlessAfter(lex: UnitLexicons, tokens: readonly Token[], last: number): boolean {
  for (let i = last; i < tokens.length && i < last + 3; i++) {
    const t = tokens[i] as Token;
    if (t.kind === "word" && lex.rightBeforeUnless.match(t.norm)) return true;
  }
  return false;
}

/** What a right-before cue makes a figure count: `unit`, or no role when what follows undoes the cue. */
interface Undone {
  unit: string | undefined;
}

const NO_ROLE: Undone = { unit: undefined };

/**
 * The role a verb read only right before its figure gives it (RoleCue.cuesRightBefore), weighed against what
 * follows the figure's last token `last`: undefined when there is no such verb.
 */
export function rightBeforeRole(lex: UnitLexicons, tokens: readonly Token[], start: number, last: number, sentence: Span): Undone | undefined {
  if (lex.rolesRightBefore.maxTokens === 0) return undefined;
  const verb = cueRightBefore(lex.rolesRightBefore, lex, tokens, start, sentence);
  if (verb === undefined) return undefined;
  if (unlessAfter(lex, tokens, last)) return NO_ROLE;
  return senseLater(lex, tokens, last, verb, sentence) ?? { unit: verb };
}

/**
 * Whether a word later in the sentence begins as one that undoes the right-before cue of `unit`, and what the
 * figure then counts (see RoleCue.rightBeforeUnlessInSentence and rightBeforeInSentenceAs).
 */
function senseLater(lex: UnitLexicons, tokens: readonly Token[], last: number, unit: string, sentence: Span): Undone | undefined {
  const stems = lex.rightBeforeUnlessStems.get(unit);
  if (!stems) return undefined;
  // The whole rest of the sentence: the object may come after the figure's whole («من بين 41 شخصا حياتهم»), and
  // a word of another clause read here only leaves the figure without a role, never with a wrong one.
  for (let i = last; i < tokens.length && (tokens[i] as Token).start < sentence.end; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== "word") continue;
    const hit = stems.find(([s]) => t.norm.startsWith(s));
    if (hit) return hit[1] === undefined ? NO_ROLE : { unit: hit[1] };
  }
  return undefined;
}

/** Tokens a role or breakdown cue may span. */
const MAX_CUE_TOKENS = 4;

/**
 * "the number of displaced reached 1.7 million", «ارتفع عدد القتلى إلى 150 وأصيب 300»: a count noun earlier in
 * the figure's clause, with no other figure between, names what the figure counts (a unit or a role cue right
 * after it). A generic count of people there ("the number of people") says nothing by itself.
 */
function countedBefore(lex: UnitLexicons, tokens: readonly Token[], first: number, sentence: Span): string | undefined {
  let reach = first - ROLE_WINDOW_BEFORE;
  for (let i = first - 1; i >= 0 && i >= reach; i--) {
    const t = tokens[i] as Token;
    if (t.start < sentence.start || t.kind === "digits") return undefined;
    if (t.kind === "punct" && CLAUSE_END.test(t.text)) {
      const relative = first - i <= VERB_AFTER_RELATIVE + 1 ? relativeClosedAt(lex, tokens, i, sentence) : undefined;
      // A cue on either side of the comma («، وأصيب 300», "who crossed") is read as before, nearer the figure.
      if (relative === undefined || cueBetween(lex, tokens, relative, first)) return undefined;
      reach -= i - relative + 1;
      i = relative;
      continue;
    }
    const lead = lex.countNouns.matchAt(tokens, i);
    if (!lead || lead.last >= first) continue;
    // "the number of cholera cases": where modifiers come first, the noun may come after one or two.
    const modifiers = lex.headFinal ? COUNT_NOUN_MODIFIERS : 0;
    for (let j = lead.last; j < first && j <= lead.last + modifiers; j++) {
      const t = tokens[j] as Token;
      if (t.kind !== "word") break;
      const role = lex.roles.matchAt(tokens, j);
      if (role && role.last <= first) return role.value;
      const unit = unitAt(lex, tokens, j);
      if (!unit) continue;
      if (!unit.person) return unit.unit;
      // A named group of people ("the number of pilgrims reached 1,833,164", «عدد اللاجئين») is what the figure
      // counts, as the noun would be after the figure, unless what happened to them follows ("the number of
      // pilgrims who died"): then the cue is read as before. People in general say nothing.
      if (unit.unit === GENERIC_PEOPLE || roleAfterGroup(lex, tokens, unit.last, first)) return undefined;
      return unit.unit;
    }
    return undefined;
  }
  return undefined;
}

/** The most words between the comma closing a relative clause and the figure its count noun's verb reaches. */
const VERB_AFTER_RELATIVE = 2;

/**
 * «ارتفاع عدد قتلى الزلزال الذي ضرب المملكة …، ارتفع إلى 2122», "the death toll from the quake that struck on
 * Friday, rose to 2,122": a relative clause opened without a comma and closed by the comma at tokens[close] stands
 * between the count noun and its verb. The index of its relative pronoun, with no figure or other clause break
 * inside; else undefined.
 */
function relativeClosedAt(lex: UnitLexicons, tokens: readonly Token[], close: number, sentence: Span): number | undefined {
  if (!LIST_COMMA.test((tokens[close] as Token).text) || insideNumber(tokens, close)) return undefined;
  for (let k = close - 1; k > 0 && k >= close - MAX_RELATIVE_CLAUSE_TOKENS; k--) {
    const t = tokens[k] as Token;
    if (t.start < sentence.start || t.kind === "digits" || t.kind === "punct") return undefined;
    if (lex.relatives.has(t.norm)) return (tokens[k - 1] as Token).kind === "word" ? k : undefined;
  }
  return undefined;
}

/** Whether a role cue or a unit stands in tokens[from..to). */
function cueBetween(lex: UnitLexicons, tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if ((tokens[k] as Token).kind === "word" && lex.roles.matchAt(tokens, k)) return true;
  return false;
}

/** The unit id of people in general ("people", «أشخاص»), which a count noun names without saying who they are. */
export const GENERIC_PEOPLE = "person";

/** The most words between a named group and what happened to it ("pilgrims who died", "refugees killed"). */
const GROUP_ROLE_GAP = 2;

/** Whether a role cue stands right after a named group of people, before the figure. */
function roleAfterGroup(lex: UnitLexicons, tokens: readonly Token[], after: number, first: number): boolean {
  for (let k = after; k < first && k <= after + GROUP_ROLE_GAP; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== "word") return false;
    // Pilgrims who landed are still pilgrims: a cue of how people came leaves a named group its unit (RoleCue.keepsGroup).
    const role = lex.roles.matchAt(tokens, k);
    if (role) return !lex.groupKeepingRoles.has(role.value);
  }
  return false;
}

/** Words that may stand between a count noun and what it counts ("the number of cholera cases"). */
const COUNT_NOUN_MODIFIERS = 2;

/** The most words a label before a colon may have ("Evacuees:", "Confirmed deaths:"). */
const MAX_LABEL_WORDS = 3;

/**
 * "Evacuees: 4,403 people", "Dead: 12": a label of a few words opening the sentence, then a colon right before
 * the figure, names what the figure counts when it names a role or a group of people.
 */
function labelBefore(lex: UnitLexicons, tokens: readonly Token[], at: number, sentence: Span): string | undefined {
  const colon = tokens[at - 1];
  if (!colon || colon.kind !== "punct" || colon.text !== ":") return undefined;
  const open = at - 2 - MAX_LABEL_WORDS;
  let k = at - 2;
  while (k >= 0 && k > open && (tokens[k] as Token).kind === "word" && (tokens[k] as Token).start >= sentence.start) k--;
  const first = k + 1;
  if (first > at - 2 || (k >= 0 && (tokens[k] as Token).start >= sentence.start)) return undefined;
  const head = at - 2;
  for (let i = first; i <= head; i++) {
    const role = lex.roles.matchAt(tokens, i);
    if (role && role.last === head + 1) return role.value;
  }
  const unit = unitAt(lex, tokens, head);
  return unit && unit.last === head + 1 && (unit.person || lex.roleUnits.has(unit.unit)) && !unit.cued ? unit.unit : undefined;
}

/** No count of people in the news reaches this; a figure this large that names nothing is an amount. */
const MAX_PEOPLE = 1e9;

/** What a clause break between a figure and a cue adds to their distance, in tokens. */
const CLAUSE_DISTANCE = 3;

export function roleNear(
  lex: UnitLexicons,
  tokens: readonly Token[],
  first: number,
  after: number,
  sentence: Span,
  sameClause: boolean,
  /**
   * The figure names the people it counts ("12 defendants"): a cue after it across a clause break belongs to
   * the next clause's figure («المتهمين الاثني عشر أحكام أخف، وبرأت المحكمة اثنين منهم»).
   */
  named = false,
  /** Tokens right after a figure (see ownedCue). */
  figureEnds?: ReadonlySet<number>,
  /**
   * The figure's first written token, its qualifier included: "killing at least 115 and injuring about 150
   * people" has "killing" right before its figure, nearer than "injuring" after it.
   */
  lead = first,
  /** Where the sentence's figures begin (see joinedFigureBefore). */
  figureLeads?: ReadonlySet<number>,
  /**
   * Where every other figure begins: a cue after this figure, in a clause joined on («42 غريقا فيما ارتفع عدد
   * الناجين إلى 163», "12 died while the number of injured rose to 40"), with a figure of its own after it, is
   * that figure's.
   */
  allLeads?: ReadonlySet<number>,
): string | undefined {
  const from = windowStart(lex, tokens, first, sentence);
  // "Nine more residents, including three children, were found dead": past a breakdown between commas, the
  // figure's clause goes on, and its cue after the closing comma is as near as one right after the figure.
  const resume = breakdownAppositionEnd(lex, tokens, after, sentence);
  const to = Math.min(tokens.length, Math.max(after, resume) + ROLE_WINDOW_AFTER);
  let best: { unit: string; distance: number } | undefined;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.start < sentence.start || t.start >= sentence.end || (i >= first && i < after)) continue;
    const m = lex.roles.matchAt(tokens, i) ?? beforeName(lex, tokens, i);
    if (!m || compoundTail(tokens, i)) continue;
    // A cue read as the figure's own qualifier ("the toll has crossed 126": over 126), or one that right before its
    // figure has another sense (RoleCue.cuesNotRightBefore), says nothing of what the figure counts.
    if (i < first && (m.last > lead || (m.last === lead && lex.rolesNotRightBefore.matchAt(tokens, i)?.last === m.last))) continue;
    // «تسجيل 32 وفاة وإصابة 66 آخرين»: a cue of several words whose first is another figure's noun is read from its
    // next word on («وإصابة»), not as one cue («وفاة وإصابة», the dead and injured together).
    if (i < first && m.last - i > 1 && figureEnds?.has(i)) continue;
    // "unknown if the six are alive or dead": a cue offered as one of two states says neither happened.
    if (disjoined(lex, tokens, i, m.last)) continue;
    const tail = resume > 0 && i >= resume ? resume : after;
    const broken = i < first ? clauseBreak(tokens, m.last, first) : clauseBreak(tokens, tail, i);
    if (sameClause && (broken || (i < first && joinedClause(lex, tokens, m.last, first)))) continue;
    // "97 people were killed when 14 coaches derailed": a figure naming what it counts is not what a cue before
    // a word opening its clause happened to.
    if (sameClause && i < first && clauseOpensBetween(lex, tokens, m.last, lead)) continue;
    if (named && broken && i >= after) continue;
    if (i >= after && figureLeads?.has(m.last)) continue;
    if (i >= after && allLeads && clauseOpener(lex, tokens, after, i) && figureFollows(tokens, m.last, sentence, allLeads)) continue;
    if (i >= after && allLeads && figureOfLaterClause(lex, tokens, after, i, allLeads)) continue;
    // «ارتفع عدد قتلى الزلزال ... إلى 2122 والمصابين إلى 2421»: a cue glued to a conjunction right after the
    // figure, with a figure of its own after it, is the next item of the list, as such a noun is (coordinatedNoun).
    if (i === after && allLeads && gluedToConjunction(lex, m) && figureFollows(tokens, m.last, sentence, allLeads)) continue;
    // «توفي 40 شخصا وتم نقل 50 شخصا إلى المستشفى», «لقي 30 شخصا حتفهم وقد نقل 45»: a cue next to another figure,
    // with a clause joined on between them and this one, is that figure's. A joiner right before this figure only lists it ("killed 41
    // people and 12 children").
    if (i < first && allLeads && cueOfOtherFigure(lex, tokens, i, m.last, lead, allLeads)) continue;
    // "One man was killed, while 300 people were without power": a word that only opens a clause (not "and",
    // which also lists) between a cue and this figure leaves the cue to the clause before.
    if (i < first && clauseOpener(lex, tokens, m.last, lead)) continue;
    // «وقال الشهود الذين وصلوا مع أقاربهم المصابين، إن أكثر من 1000 شخص كانوا داخل القاعة»: a cue in the words
    // that say who speaks is not what the statement after the comma and its complementiser counts.
    if (i < first && reportedAfter(lex, tokens, m.last, lead)) continue;
    // "12 more dead, over 40 lakh residents affected": a cue before a clause break with another figure after it
    // is that figure's, not the named people's of the next clause.
    // A breakdown cue between them makes the figure part of that clause's ("among the dead, including 8 Americans").
    if (named && broken && i < first && figureInClause(tokens, i, m.last, first, sentence) && !breakdownBetween(lex, tokens, m.last, first)) continue;
    // "The death toll rose to 28 even as 150 people were feared trapped": so is a cue whose figure comes after it,
    // with a word opening another clause (not "and": "killed 28 civilians and 150 soldiers") before this one.
    if (named && !broken && i < first && figureThenClause(lex, tokens, m.last, lead)) continue;
    // "Women, children among the dead; 22 in critical condition": a semicolon parts two statements.
    if (semicolonBetween(tokens, i < first ? m.last : after, i < first ? lead : i)) continue;
    // "At least 6 dead as the storm cuts power to almost 2 million": a cue that is the noun of the figure right
    // before it, with a new clause opening after it, is that figure's.
    if (i < first && figureEnds?.has(i) && ownedCue(lex, tokens, m.last, first)) continue;
    // A cue in the figure's own clause wins over one as near across a comma ("500 were evacuated, and 12 to
    // 15 people were arrested").
    const distance = (i < first ? Math.max(0, lead - m.last) : i - tail) + (broken ? CLAUSE_DISTANCE : 0);
    if (!best || distance < best.distance) best = { unit: m.value, distance };
  }
  return best?.unit ?? (allLeads ? clauseEndRole(lex, tokens, after, sentence, allLeads) : undefined);
}

/** Tokens after a figure within which a cue closing its clause is read (RoleCue.clauseEndCues). */
const CLAUSE_END_REACH = 12;

/**
 * The role a cue closing the figure's clause gives it (RoleCue.clauseEndCues), read up to CLAUSE_END_REACH tokens
 * after the figure ending before token `after`: «لكن 181 مهاجرا وخمسة يمنيين من أفراد الطاقم ما زالوا في عداد
 * المفقودين». Not past a clause break or a word opening a clause, nor past another figure unless a conjunction
 * lists it with this one («وخمسة»): «300 شخص كانوا على متن القارب ونجا 50 … في عداد المفقودين» leaves the 300 alone.
 */
function clauseEndRole(lex: UnitLexicons, tokens: readonly Token[], after: number, sentence: Span, leads: ReadonlySet<number>): string | undefined {
  const cues = lex.rolesAtClauseEnd;
  if (!cues) return undefined;
  for (let i = after; i < tokens.length && i < after + CLAUSE_END_REACH; i++) {
    const t = tokens[i] as Token;
    if (t.start >= sentence.end || (t.kind === "punct" && CLAUSE_END.test(t.text))) return undefined;
    const m = cues.matchAt(tokens, i);
    if (m) return m.value;
    if (t.kind === "word" && lex.clauseOpeners.has(t.norm)) return undefined;
    if (leads.has(i) && !listedFigure(lex, tokens, i)) return undefined;
  }
  return undefined;
}

/** Whether the figure beginning at token `k` is listed by a conjunction before it, glued («وخمسة») or apart. */
function listedFigure(lex: UnitLexicons, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  if (lex.clauseJoinerPrefixes.some((c) => t.norm.length > c.length && t.norm.startsWith(c))) return true;
  const before = tokens[k - 1];
  return before !== undefined && before.kind === "word" && lex.clauseJoiners.has(before.norm) && !lex.clauseOpeners.has(before.norm);
}

/** Words of a figure's own phrase that may stand between it and the comma opening a breakdown ("more residents"). */
const MAX_PHRASE_WORDS = 3;

/**
 * The token after the closing comma of a breakdown set between commas right after a figure's phrase (", including
 * 26 women and three children,"); -1 when there is none, or the breakdown ends its sentence or clause otherwise.
 */
function breakdownAppositionEnd(lex: UnitLexicons, tokens: readonly Token[], after: number, sentence: Span): number {
  let k = after;
  while (k < tokens.length && k < after + MAX_PHRASE_WORDS && (tokens[k] as Token).kind === "word") k++;
  const open = tokens[k];
  if (!open || open.kind !== "punct" || open.text !== ",") return -1;
  const cue = lex.breakdowns.matchAt(tokens, k + 1);
  if (!cue) return -1;
  for (let j = cue.last; j < tokens.length && j <= cue.last + MAX_APPOSITION; j++) {
    const t = tokens[j] as Token;
    if (t.start >= sentence.end) return -1;
    if (t.kind !== "punct" || insideNumber(tokens, j)) continue;
    if (t.text === "," || t.text === "،") return j + 1;
    if (CLAUSE_END.test(t.text) || t.text === "(") return -1;
  }
  return -1;
}

/**
 * Whether another figure stands between a figure ending before token `after` and a cue at `cue`, in a clause
 * joined after the figure's own and not as one more item of a list: the cue is that figure's («تضرر نحو 10
 * آلاف شخص وتسببت في 15 حالة وفاة», "affecting 10,000 people and causing 15 deaths"). Figures joined by the
 * conjunction itself share the cue after both ("3 Americans and 2 Britons were killed").
 */
function figureOfLaterClause(lex: UnitLexicons, tokens: readonly Token[], after: number, cue: number, leads: ReadonlySet<number>): boolean {
  for (let k = after; k < cue; k++) {
    if (!leads.has(k)) continue;
    const before = tokens[k - 1] as Token;
    return before.kind === "word" && !lex.clauseJoiners.has(before.norm) && joinedClause(lex, tokens, after, k);
  }
  return false;
}

/**
 * Whether another figure stands next to the cue at tokens[cue, cueEnd) (before it, «لقي 30 شخصا حتفهم», or between
 * it and this figure), with a clause joined on after both and short of tokens[lead - 1].
 */
function cueOfOtherFigure(lex: UnitLexicons, tokens: readonly Token[], cue: number, cueEnd: number, lead: number, leads: ReadonlySet<number>): boolean {
  for (let k = Math.max(0, cue - MAX_CUE_TOKENS); k < lead - 1; k++) {
    if (!leads.has(k)) continue;
    const from = Math.max(k + 1, cueEnd);
    // «قتل 10 أشخاص، وكان بينهم 3 أطفال»: a part of the first figure's people.
    return clauseOpener(lex, tokens, from, lead - 1) && !breakdownBetween(lex, tokens, from, lead);
  }
  return false;
}

/** Whether a comma right before a complementiser («، إن», ", that") stands among tokens[from, to). */
function reportedAfter(lex: UnitLexicons, tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++) {
    const t = tokens[k] as Token;
    const next = tokens[k + 1] as Token;
    if (t.kind === "punct" && (t.text === "," || t.text === "،") && next.kind === "word" && lex.complementisers.has(next.norm)) return true;
  }
  return false;
}

/** Whether a figure begins within a few tokens after a cue ending at `from`, in the cue's clause. */
function figureFollows(tokens: readonly Token[], from: number, sentence: Span, leads: ReadonlySet<number>): boolean {
  for (let k = from; k < tokens.length && k < from + MAX_CUE_TOKENS; k++) {
    const t = tokens[k] as Token;
    if (t.start >= sentence.end || (t.kind === "punct" && CLAUSE_END.test(t.text))) return false;
    if (leads.has(k)) return true;
  }
  return false;
}

/**
 * Whether, after a cue that follows a figure of its own ("6 dead") and ends at cueEnd, a word opening another
 * clause stands before the figure at `first`, with no breakdown cue ("6 dead, among them 2 children").
 */
function ownedCue(lex: UnitLexicons, tokens: readonly Token[], cueEnd: number, first: number): boolean {
  if (breakdownBetween(lex, tokens, cueEnd, first)) return false;
  for (let i = cueEnd; i < first; i++) {
    const t = tokens[i] as Token;
    if (t.kind === "word" && lex.clauseStarts.has(t.norm)) return true;
  }
  return false;
}

/** A figure among tokens[from, to), then a word opening a clause that is no joiner ("even as", "when") after it. */
function figureThenClause(lex: UnitLexicons, tokens: readonly Token[], from: number, to: number): boolean {
  let figure = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.kind === "digits") figure = true;
    else if (figure && t.kind === "word" && lex.clauseStarts.has(t.norm) && !lex.clauseJoiners.has(t.norm)) return true;
  }
  return false;
}

function semicolonBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.kind === "punct" && (t.text === ";" || t.text === "؛")) return true;
  }
  return false;
}

function clauseOpensBetween(lex: UnitLexicons, tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.kind === "word" && lex.clauseStarts.has(t.norm)) return true;
  }
  return false;
}

/**
 * A cue at tokens[first, last) offered by a disjunction against a word that is no cue ("alive or dead", "dead or
 * alive"). Two fates offered together ("died or went missing", "killed or wounded") still count the first.
 */
function disjoined(lex: UnitLexicons, tokens: readonly Token[], first: number, last: number): boolean {
  const isWord = (t: Token | undefined) => t !== undefined && t.kind === "word";
  const or = (t: Token | undefined) => isWord(t) && lex.disjunctions.has((t as Token).norm);
  const cueAt = (from: number, to: number) => {
    for (let i = Math.max(0, from); i < to && i < tokens.length; i++) if (isWord(tokens[i]) && lex.roles.matchAt(tokens, i)) return true;
    return false;
  };
  if (or(tokens[last]) && isWord(tokens[last + 1])) return !cueAt(last + 1, last + 1 + DISJUNCT_WORDS);
  if (or(tokens[first - 1]) && isWord(tokens[first - 2])) return !cueAt(first - 1 - DISJUNCT_WORDS, first - 1);
  return false;
}

/** Words the other side of a disjunction may take before its cue ("or went missing"). */
const DISJUNCT_WORDS = 2;

/** "crash-landed", "half-dead": a cue glued by a hyphen to the word before it is part of another word. */
function compoundTail(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const dash = tokens[i - 1];
  const word = tokens[i - 2];
  return !t.spaceBefore && !!dash && dash.kind === "punct" && /^[-‐‑]$/u.test(dash.text) && !dash.spaceBefore && !!word && word.kind === "word";
}

/** The longest apposition between commas skipped when looking back for a cue. */
const MAX_APPOSITION = 12;

/**
 * Where to start looking for a cue before a figure: ROLE_WINDOW_BEFORE tokens back, not counting an apposition
 * between commas that opens with a determiner ("The death toll from the floods, the worst in decades, rose to 71").
 */
function windowStart(lex: UnitLexicons, tokens: readonly Token[], first: number, sentence: Span): number {
  let budget = ROLE_WINDOW_BEFORE;
  let i = first - 1;
  while (i >= 0 && budget > 0 && (tokens[i] as Token).start >= sentence.start) {
    const open = lex.appositionOpeners.size > 0 ? appositionOpen(lex, tokens, i, sentence) : -1;
    if (open >= 0) {
      i = open - 1;
      continue;
    }
    budget--;
    i--;
  }
  return i + 1;
}

/** The opening comma of ", the worst in decades," when tokens[close] is its closing comma; else -1. */
function appositionOpen(lex: UnitLexicons, tokens: readonly Token[], close: number, sentence: Span): number {
  if ((tokens[close] as Token).text !== ",") return -1;
  for (let k = close - 1; k >= 0 && k >= close - MAX_APPOSITION - 1; k--) {
    const t = tokens[k] as Token;
    if (t.start < sentence.start || t.kind === "digits") return -1;
    // Words may be joined inside it ("the worst-hit", "the state's").
    if (t.kind !== "punct" || /^[-‐‑–'’]$/u.test(t.text)) continue;
    if (t.text !== ",") return -1;
    const opener = tokens[k + 1];
    return k + 2 < close && opener && opener.kind === "word" && lex.appositionOpeners.has(opener.norm) ? k : -1;
  }
  return -1;
}

function breakdownBetween(lex: UnitLexicons, tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (lex.breakdowns.matchAt(tokens, i)) return true;
  return false;
}

/** Whether the clause of the cue tokens[cue..cueEnd) holds a figure of its own, before the figure at `first`. */
function figureInClause(tokens: readonly Token[], cue: number, cueEnd: number, first: number, sentence: Span): boolean {
  for (let i = cue - 1; i >= 0 && cue - i <= ROLE_WINDOW_BEFORE; i--) {
    const t = tokens[i] as Token;
    if (t.start < sentence.start || (t.kind === "punct" && CLAUSE_END.test(t.text))) break;
    if (t.kind === "digits") return true;
  }
  for (let i = cueEnd; i < first; i++) {
    const t = tokens[i] as Token;
    if (t.kind === "punct" && CLAUSE_END.test(t.text)) break;
    if (t.kind === "digits") return true;
  }
  return false;
}

/** A cue read only before a capitalised name ("reached Greece"), at tokens[i]. */
function beforeName(lex: UnitLexicons, tokens: readonly Token[], i: number): { value: string; last: number } | undefined {
  const m = lex.rolesBeforeName.matchAt(tokens, i);
  const next = m ? tokens[m.last] : undefined;
  return m && next && next.kind === "word" && isCapitalised(next.text) ? m : undefined;
}
