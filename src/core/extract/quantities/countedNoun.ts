/**
 * What a number counts, read on the words around it: the noun after it past a few modifiers ("2,289 combat
 * sorties"), the noun before it ("ركابها الـ217"), a currency sign, a cue that gives a reading (a magnitude),
 * and the senses of the sentence that tell one meaning of a unit word from another.
 */
import type { Locale } from "../../lang/types.js";
import { firstTokenAtOrAfter, type Token } from "../../text/tokenize.js";
import type { Span } from "../../text/segment.js";
import { fold } from "../../text/normalize.js";
import { isCapitalised, isCurrencyLetters } from "../../text/chars.js";
import type { NumberMention } from "../numbers/index.js";
import { unitAt, type UnitLexicons } from "./units.js";
import { MEASURE_UNITS, TIME_UNITS } from "../../align/constants.js";
import { type UnitFound, tokenHolding } from "./draft.js";
import { conjunctionsOf, HYPHENS } from "./clauses.js";
import { rangeWordsOf } from "./joins.js";

/** Whether the figure ending before token `after` and starting at `numberStart` is written alone in brackets. */
function bracketedAlone(tokens: readonly Token[], after: number, numberStart: number): boolean {
  const close = tokens[after];
  const next = tokens[after + 1];
  if (!close || close.kind !== "punct" || close.text !== ")" || close.spaceBefore || !next || next.kind !== "word") return false;
  let k = after - 1;
  while (k >= 0 && (tokens[k] as Token).start >= numberStart) k--;
  const open = tokens[k];
  return !!open && open.kind === "punct" && open.text === "(" && open.end === numberStart;
}

export function findUnit(lex: UnitLexicons, tokens: readonly Token[], first: number, after: number, numberStart: number, locale: Locale, senses: ReadonlySet<number>, single = false, fraction = false, models: ReadonlyMap<number, number> = NO_MODELS, spelled: ReadonlySet<number> = NO_STARTS): UnitFound {
  const currency = first > 0 ? lex.prefixUnits.matchEndingAt(tokens, first - 1) : undefined;
  if (currency) {
    // Letters glued before a sign the lexicon knows make another currency ("HK$", "NZ$" are not "$"): it is
    // kept as written, so that it meets only itself.
    const sign = tokens[currency.first] as Token;
    const mark = tokens[currency.first - 1];
    if (mark && mark.kind === "word" && !sign.spaceBefore && isCurrencyLetters(mark.text)) {
      const written = tokens.slice(currency.first - 1, first).map((t) => t.text).join("");
      return { unit: fold(written), start: mark.start };
    }
    // «بقوة 500 جندي»: a word before the number («بقوة», "with a force of") names a measure only when no people
    // are counted right after the number; «بقوة 7.7 درجات» stays a magnitude.
    if (sign.kind === "word") {
      const counted = unitAt(lex, tokens, after);
      if (counted?.person) return { unit: counted.unit, person: true };
    }
    return { unit: currency.value, start: sign.start };
  }
  // A number marked as following its noun counts that noun, whatever comes after it; unless an indefinite noun
  // the lexicon counts follows it, which the definite number opens («مهلة الستين يوما» is sixty days).
  const opened = definiteBeforeNoun(lex, tokens, first, after, numberStart);
  if (opened) return opened;
  const before = postNominalUnit(lex, tokens, first, after, numberStart, locale);
  if (before) return before;
  const q = locale.quantities;
  let j = after;
  // "11+ years": a plus sign glued after the number is its bound (see the locale's qualifiers), not the noun.
  const plus = tokens[j];
  if (plus && plus.kind === "punct" && plus.text === "+" && !plus.spaceBefore) j++;
  // "20°C", "104 °F": a unit that opens with a sign is what the figure measures.
  const sign = tokens[j];
  const signed = sign && sign.kind === "punct" ? unitAt(lex, tokens, j) : undefined;
  if (signed) return { unit: signed.unit };
  // "seven-day", "12-member": a hyphen glued between the number and its noun.
  const hyphen = tokens[j];
  if (hyphen && hyphen.kind === "punct" && hyphen.text === "-" && !hyphen.spaceBefore && tokens[j + 1] && !tokens[j + 1]!.spaceBefore) {
    j++;
    // The hyphen makes the number and its noun one adjective, closed after the noun: "a two-week state of
    // emergency" is two weeks, whatever noun the adjective goes with.
    const hit = unitAt(lex, tokens, j);
    if (hit) {
      const sense = senseOf(lex, senses, (tokens[j] as Token).norm);
      return sense ? { unit: sense } : { unit: hit.unit, person: hit.person };
    }
    if (hyphenAdjective(lex, tokens, j, locale)) return { adjective: true };
  }
  // «(10.898.327) ناخب», "(1,200) voters": a figure alone in brackets still counts the noun right after them; only a
  // noun the lexicon counts, so a bracketed year before a word ("(2023) figures") stays bare.
  if (bracketedAlone(tokens, after, numberStart)) {
    const hit = unitAt(lex, tokens, after + 1);
    if (hit) {
      const sense = hit.last === after + 2 ? senseOf(lex, senses, (tokens[after + 1] as Token).norm) : undefined;
      return sense ? { unit: sense } : { unit: hit.unit, person: hit.person };
    }
  }
  let gap = 0;
  const words: string[] = [];
  let best: UnitFound | undefined;
  // Where the unit found last ends, when it is one singular word that could be a modifier (see below).
  let modifierEnd = -1;
  // The counted noun may come after a few modifiers ("37 more aircraft"); where several words are units
  // ("4,111 terrorist targets"), the last one of the phrase is its head.
  while (j < tokens.length) {
    // "65 Boeing 737-9 aircraft", "79 737 MAX 9 jets": a model's designation, with its maker's name, is one
    // modifier between the number and its noun.
    const model = modelEnd(tokens, j, models);
    if (model > j) {
      if (gap >= q.maxGap) break;
      gap++;
      j = model;
      continue;
    }
    const t = tokens[j] as Token;
    if (t.kind !== "word") break;
    // "Euro 2020 three years ago": another figure, spelled out, starts its own phrase; what it counts is its own.
    if (spelled.has(j)) break;
    const code = codeEnd(tokens, j);
    if (code > j + 1) {
      // A model designation between the number and its noun ("12 Tu-22M3 bombers") is a modifier.
      if (gap >= q.maxGap) break;
      gap++;
      j = code;
      continue;
    }
    // "20 water-bombing planes", "12 Russian-made jets": words glued by hyphens before another word are one
    // modifier of it; at the phrase's end ("5 air-strikes") their last word is the head.
    const compound = q.headFinal ? compoundEnd(tokens, j) : j + 1;
    // "a 10,000 square-foot building": a unit of measure written with a hyphen is what the figure measures, not
    // a modifier of the noun after it.
    const glued = compound > j + 1 && !best ? unitAt(lex, tokens, j) : undefined;
    if (glued && glued.last === compound && MEASURE_UNITS.has(glued.unit)) return { unit: glued.unit };
    if (compound > j + 1) {
      const next = tokens[compound];
      if (next && next.kind === "word" && next.spaceBefore && !locale.stopwords.has(next.norm) && !isCapitalised(next.text)) {
        if (gap >= q.maxGap) break;
        gap++;
        j = compound;
        continue;
      }
      if (gap >= q.maxGap) break;
      gap++;
      j = compound - 1;
      continue;
    }
    // "half a mile", "a quarter of a percentage point": a fraction takes the indefinite article before the one
    // thing it is part of.
    if (fraction && !best && words.length === 0 && lex.indefiniteArticles.has(t.norm)) {
      j++;
      continue;
    }
    // "42 per dollar": the noun after a rate marker is the rate's denominator.
    if (lex.rateMarkers.has(t.norm)) break;
    // «٢٢ منهم», "22 of them": a breakdown cue names no noun; the figure is part of what came before.
    if (!best && words.length === 0 && lex.breakdowns.matchAt(tokens, j)) break;
    // "sold 300 last year", "killed 12 last month": a word of direction before a span of time dates the figure;
    // the span is not what it counts (300 years).
    if (!best && words.length === 0 && datedAfter(lex, tokens, j, locale)) break;
    const hit = unitAt(lex, tokens, j);
    // «بلغ عدد الشهداء 10,251 والمصابين 42,865»: a noun glued to a conjunction right after the figure is the
    // next item of a list, not what the figure counts.
    if (hit && !best && words.length === 0 && gap === 0 && coordinatedNoun(lex, t.norm)) break;
    if (hit && hit.adjacent && (best || words.length > 0 || gap > 0)) break;
    if (hit && hit.cued && !cuedAround(tokens, hit.cued, first, hit.last)) {
      words.push(t.norm);
      break;
    }
    if (hit) {
      // A sense is read of a single word ("pounds" in an article on Egypt), never of a phrase ("pounds sterling").
      const sense = hit.last === j + 1 ? senseOf(lex, senses, t.norm) : undefined;
      best = sense ? { unit: sense } : { unit: hit.unit, person: hit.person, ...(isCapitalised(t.text) ? { capitalised: true } : {}) };
      modifierEnd = q.headFinal && !single && !sense && hit.last === j + 1 && !isCapitalised(t.text) && (!lex.isPlural(t.norm) || lex.invariantNouns.has(t.norm)) && !isCurrencyUnit(locale, hit.unit) && !MEASURE_UNITS.has(hit.unit) ? hit.last : -1;
      // A singular noun that may modify a plural after it is looked past, whatever the modifiers before it.
      if (gap >= q.maxGap && modifierEnd < 0) break;
      gap += hit.last - j;
      j = hit.last;
      continue;
    }
    if (lex.fillers.has(t.norm) && !best && words.length === 0) {
      j++;
      // "51 of its passengers": one determiner after the filler, before a word (not "10 of the 2015 contests").
      const det = tokens[j];
      const noun = tokens[j + 1];
      if (det && det.kind === "word" && lex.partitiveDeterminers.has(det.norm) && noun && noun.kind === "word") j++;
      continue;
    }
    // "73 million current and former customers", "new or existing users": adjectives joined by a conjunction
    // before the noun modify it; the figure counts the noun after them.
    const prev = tokens[j - 1];
    if (q.headFinal && !best && j > after && prev?.kind === "word" && conjunctionsOf(locale).has(t.norm) && !rangeWordsOf(locale)[1]!.has(t.norm) && coordinatedAdjective(lex, tokens, j, prev.norm, locale)) {
      // The two adjectives take one place of the phrase, so the noun after them is still reached.
      if (gap > 0) gap--;
      j++;
      continue;
    }
    // Function words end the phrase ("49 a year earlier", "1,000 this year"), except the few that modify a
    // count ("37 more aircraft").
    if (locale.stopwords.has(t.norm) && !lex.modifiers.has(t.norm)) break;
    // "two passenger trains", "40 refugee boats": a singular noun after a count other than one modifies the
    // plural noun after it, which is what the figure counts.
    if (best && modifierEnd === j && pluralHead(lex, t)) {
      words.push(t.norm);
      best = undefined;
      break;
    }
    // "two major plane assembly plants": one more singular noun may stand between them.
    const head = tokens[j + 1];
    if (best && modifierEnd === j && plainSingular(lex, t, locale) && head && head.spaceBefore && (pluralHead(lex, head) || (unitAt(lex, tokens, j + 1) !== undefined && lex.isPlural(head.norm)))) {
      modifierEnd = j + 1;
      j++;
      continue;
    }
    // "two German Cup titles", "two British Airways jets": a nationality in the singular before another
    // capitalised word opens a name; what the figure counts is the noun after the name.
    const named = tokens[j - 1];
    if (best?.capitalised && isCapitalised(t.text) && named && !lex.isPlural(named.norm) && gap < q.maxGap) {
      best = undefined;
      gap++;
      j++;
      continue;
    }
    if (best) break;
    // "Fewer than 100 remained": a verb after the figure ends the phrase; before a noun the same form is an
    // adjective ("412 confirmed cases"), but only where adjectives come before their noun: «من أصل 114 كانوا
    // حاضرين» is 114 who were present.
    if (lex.isVerb(t.norm)) {
      const next = tokens[j + 1];
      if (!next || next.kind !== "word" || locale.stopwords.has(next.norm) || !q.headFinal) break;
    }
    // «346,214 بنسبة 21%»: a share of the whole follows the figure; it is not what the figure counts.
    if (!best && lex.shareCues.match(t.norm)) break;
    if (words.length === 0 && opensClause(lex, t.norm, locale)) break;
    // A capitalised word after a figure names something ("31,000 Italy"), it is not what the figure counts.
    if (!lex.modifiers.has(t.norm) && !lex.notNouns.has(t.norm) && !isCapitalised(t.text)) {
      words.push(t.norm);
      // "10 firms fell": the plural noun is the head; what follows it is the clause, not the phrase. A noun
      // written the same in both numbers modifies a plural after it ("five police stations").
      const next = tokens[j + 1];
      const modifies = lex.invariantNouns.has(t.norm) && !!next && next.spaceBefore && pluralHead(lex, next);
      if (q.headFinal && lex.isPlural(t.norm) && !modifies) break;
    }
    if (gap >= q.maxGap) break;
    gap++;
    j++;
  }
  if (best) return best;
  // The head of the phrase: the last word in a head-final language, the first in a head-initial one.
  const head = q.headFinal ? words[words.length - 1] : words[0];
  const noun = head ? nounStem(head, lex, false) : undefined;
  return noun && noun.length >= 2 ? { noun } : {};
}

/**
 * «1891 هزة», «1500 عائلة»: whether the noun found for the figure at tokens [first, after) is the indefinite
 * word right after it, with an ending only nouns have (QuantityWords.countedNounEndings). Not when such a noun
 * stands right before the figure, which then names it («رؤية 2030 طموحة», «موازنة 2024»).
 */
export function countedNounAfter(lex: UnitLexicons, tokens: readonly Token[], first: number, after: number, found: UnitFound): boolean {
  const c = lex.countedNounEndings;
  if (!c || !found.noun || found.unit) return false;
  const indefiniteNoun = (t: Token | undefined) =>
    !!t && t.kind === "word" && !lex.notNouns.has(t.norm) && !c.notPrefixes.some((p) => t.norm.startsWith(p)) &&
    c.endings.some((e) => t.norm.length > e.length + 1 && t.norm.endsWith(e));
  return indefiniteNoun(tokens[after]) && !indefiniteNoun(tokens[first - 1]);
}

/** A lower-case word that reads as a plural noun, not a verb, a weekday or a count's modifier. */
function pluralHead(lex: UnitLexicons, t: Token): boolean {
  return t.kind === "word" && !isCapitalised(t.text) && lex.isPlural(t.norm) && !lex.isVerb(t.norm) && !lex.notNouns.has(t.norm) &&
    !lex.modifiers.has(t.norm) && !lex.shareCues.match(t.norm);
}

/** A lower-case word that reads as a singular noun: no function word, verb, plural or count modifier. */
function plainSingular(lex: UnitLexicons, t: Token, locale: Locale): boolean {
  return t.kind === "word" && !isCapitalised(t.text) && !locale.stopwords.has(t.norm) && !lex.isPlural(t.norm) && !lex.isVerb(t.norm) &&
    !lex.notNouns.has(t.norm) && !lex.modifiers.has(t.norm);
}

/** A currency's unit: "5 billion dollar loans" are still dollars. */
export function isCurrencyUnit(locale: Locale, unit: string): boolean {
  return locale.quantities.prefixUnits.some(([, id]) => id === unit);
}

/**
 * "a two-story home", "a three-judge panel", "10-man Arsenal": a singular noun the lexicon does not count, glued by
 * a hyphen after the number and followed by another word, makes an adjective of them; the figure counts nothing.
 */
function hyphenAdjective(lex: UnitLexicons, tokens: readonly Token[], j: number, locale: Locale): boolean {
  if (!locale.quantities.hyphenAdjectives) return false;
  const t = tokens[j] as Token;
  const next = tokens[j + 1];
  if (t.kind !== "word" || !next || next.kind !== "word" || !next.spaceBefore) return false;
  if (locale.stopwords.has(t.norm) || lex.hyphenCounts.has(t.norm) || lex.capacityAfter.has(t.norm) || lex.isPlural(t.norm)) return false;
  return !locale.stopwords.has(next.norm);
}

/**
 * «إلى 12 وذلك بعد», «30 ويتوقع»: a word right after a figure that is a glued conjunction and a function word or a
 * present-tense verb (QuantityWords.verbPrefixes) starts a new clause; a noun the lexicon knows («وحدة», «وقتيلين»)
 * does not.
 */
function opensClause(lex: UnitLexicons, norm: string, locale: Locale): boolean {
  const joiner = lex.clauseJoinerPrefixes.find((c) => norm.startsWith(c));
  if (joiner === undefined || lex.wholeNouns.has(norm) || lex.words.match(norm) || lex.duals.get(norm.slice(joiner.length))) return false;
  const rest = norm.slice(joiner.length);
  return locale.stopwords.has(rest) || lex.verbPrefixes.some((v) => rest.startsWith(v) && rest.length >= MIN_PRESENT_VERB);
}

/** Letters of the shortest present-tense verb read after a glued conjunction («يقع»: «ويقع»). */
const MIN_PRESENT_VERB = 3;

/** A word the lexicon knows only with a conjunction glued before it («والمصابين»; not «وفاة», a word of its own). */
function coordinatedNoun(lex: UnitLexicons, norm: string): boolean {
  const m = lex.words.match(norm);
  return !!m && m.prefix !== "" && lex.clauseJoinerPrefixes.some((c) => m.prefix.startsWith(c));
}

/**
 * A counted noun as a comparable key: without "و"/"ال" and the accusative ending ("والمقاعد" → "مقاعد"). A noun
 * whose first letter only looks like the conjunction («وزراء», «وجبة») keeps it (UnitLexicons.wholeNouns). Right
 * after its figure (`joined` false) no conjunction is glued to the noun counted, so any word's own first letter
 * stays: «45 ألف فريق» counts «فريق» (a team), not «ريق».
 */
export function nounStem(norm: string, lex: UnitLexicons, joined = true): string {
  let w = norm;
  const whole = lex.wholeNouns.has(w) || lex.nounEndings.some((e) => w.endsWith(e) && lex.wholeNouns.has(w.slice(0, w.length - e.length)));
  for (const p of whole ? [] : lex.nounPrefixes) {
    if (!joined && lex.clauseJoinerPrefixes.includes(p)) continue;
    if (w.length - p.length >= 3 && w.startsWith(p)) {
      w = w.slice(p.length);
      break;
    }
  }
  for (const e of lex.nounEndings) {
    if (w.length - e.length >= 3 && w.endsWith(e)) {
      w = w.slice(0, w.length - e.length);
      break;
    }
  }
  return w;
}

/** Tokens before a figure (a qualifier's words) and after its noun ("were lost") where a unit's cue may stand. */
const CUED_BEFORE = 4;
const CUED_AFTER = 3;

/** Whether one of `cued` stands just before the figure or just after its noun, within the clause. */
function cuedAround(tokens: readonly Token[], cued: ReadonlySet<string>, first: number, after: number): boolean {
  for (let i = first - 1; i >= 0 && i >= first - CUED_BEFORE; i--) {
    const t = tokens[i] as Token;
    if (t.kind !== "word") break;
    if (cued.has(t.norm)) return true;
  }
  for (let i = after; i < tokens.length && i < after + CUED_AFTER; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== "word") break;
    if (cued.has(t.norm)) return true;
  }
  return false;
}

/** End of words joined by glued hyphens from tokens[j] ("water-bombing", "search-and-rescue"); j + 1 if none. */
function compoundEnd(tokens: readonly Token[], j: number): number {
  let k = j + 1;
  while (k + 1 < tokens.length) {
    const dash = tokens[k] as Token;
    const word = tokens[k + 1] as Token;
    if (dash.kind !== "punct" || !HYPHENS.test(dash.text) || dash.spaceBefore || word.kind !== "word" || word.spaceBefore) break;
    k += 2;
  }
  return k;
}

/** End of a glued code such as "Tu-22M3" or "F-16" starting at tokens[j]: letters joined to a hyphen or digits. */
export const NO_MODELS: ReadonlyMap<number, number> = new Map();

const NO_STARTS: ReadonlySet<number> = new Set();

/**
 * First tokens of the figures spelled out as words ("three"), but for those glued by a hyphen to the word after
 * them, which modify a noun ("1,000 one-bedroom flats").
 */
export function spelledFigureStarts(tokens: readonly Token[], numbers: readonly NumberMention[]): ReadonlySet<number> {
  let out: Set<number> | undefined;
  for (const n of numbers) {
    if (!n.spelled) continue;
    const first = tokenHolding(tokens, n.start);
    const last = firstTokenAtOrAfter(tokens, n.end);
    const after = tokens[last];
    if (after && after.kind === "punct" && after.text === "-" && !after.spaceBefore) continue;
    out ??= new Set();
    out.add(first);
  }
  return out ?? NO_STARTS;
}

/**
 * Where a model designation starting at `j` ends ("737-9", "737 MAX 9"), with a capitalised maker's name before
 * it ("Boeing 737-9"); `j` itself when none starts there.
 */
function modelEnd(tokens: readonly Token[], j: number, models: ReadonlyMap<number, number>): number {
  if (models.size === 0) return j;
  let k = j;
  const maker = tokens[k];
  if (maker && maker.kind === "word" && isCapitalised(maker.text) && models.has(k + 1)) k++;
  if (!models.has(k)) return j;
  for (;;) {
    k = models.get(k) as number;
    // A code word between two numbers of one designation ("MAX" of "737 MAX 9").
    const word = tokens[k];
    if (word && word.kind === "word" && word.text !== word.text.toLowerCase() && models.has(k + 1)) k++;
    else if (!models.has(k)) return k;
  }
}

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

/**
 * "ركابها الـ217", "الساعات الـ24", "الدول الست": a number marked as following its noun (the marker written apart
 * or glued to a number word) takes the noun before it. `after` is the token after the number.
 */
function postNominalUnit(lex: UnitLexicons, tokens: readonly Token[], first: number, after: number, numberStart: number, locale: Locale): UnitFound | undefined {
  const own = tokens[first];
  // Only the number word alone follows its noun: a compound («على متن الطائرة اثنان وستون راكبا») counts the noun
  // after it.
  if (own && own.kind === "word" && own.start === numberStart && after === first + 1 && lex.adjectivalNumbers.has(own.norm)) {
    const adjectival = nounBeforeNumberWord(lex, tokens[first - 1], locale);
    if (adjectival) return adjectival;
  }
  const glued = own !== undefined && own.kind === "word" && own.start < numberStart && endsWithMarker(lex, fold(own.text.slice(0, numberStart - own.start)));
  const marker = glued ? own : tokens[first - 1];
  const noun = tokens[glued ? first - 1 : first - 2];
  if (!marker || !noun || marker.kind !== "word" || noun.kind !== "word") return undefined;
  if (!glued && !lex.postNominal.has(marker.norm)) return undefined;
  // «تجاوز عدد سكان السعودية الـ 32 مليون نسمة»: a marker written apart opens a figure of its own when a noun the
  // lexicon counts follows it; the word before is then only what comes before.
  if (!glued && indefiniteUnitAt(lex, tokens, after)) return undefined;
  const hit = lex.words.match(noun.norm);
  if (hit) return { unit: hit.value.id, person: hit.value.person };
  // A number word agrees with its noun as an adjective does: any noun before it is what it counts.
  if (!glued || locale.stopwords.has(noun.norm) || lex.notNouns.has(noun.norm)) return undefined;
  // «دول مجلس التعاون لدول الخليج العربية الست», «أعضاء مجلس الأمن الخمسة عشر»: the head of a definite phrase
  // (its genitive and adjectives between) is what the number word counts, when the lexicon counts it.
  const head = headBeforeDefinite(lex, tokens, glued ? first - 1 : first - 2);
  if (head) return head;
  const stem = nounStem(noun.norm, lex);
  return stem.length >= 2 ? { noun: stem } : undefined;
}

/** Definite words a number word glued to its marker may follow its head past (see headBeforeDefinite). */
const MAX_DEFINITE_TAIL = 2;

/**
 * The unit of a noun the lexicon counts right before the definite words ending at tokens[last] (each carrying a
 * postNominal marker: a genitive, adjectives), at most MAX_DEFINITE_TAIL of them, inside one run of words.
 */
function headBeforeDefinite(lex: UnitLexicons, tokens: readonly Token[], last: number): UnitFound | undefined {
  for (let k = last; k >= 0 && k > last - MAX_DEFINITE_TAIL; k--) {
    const t = tokens[k]!;
    if (t.kind !== "word" || ![...lex.postNominal].some((m) => t.norm.startsWith(m))) return undefined;
    const before = tokens[k - 1];
    if (!before || before.kind !== "word") return undefined;
    const hit = lex.words.match(before.norm);
    if (hit) return { unit: hit.value.id, person: hit.value.person };
  }
  return undefined;
}

/** A word the lexicon counts at tokens[j], written without the article or a glued «و» («نسمة», not «الأعضاء», «وطاقمها»). */
function indefiniteUnitAt(lex: UnitLexicons, tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (!t || t.kind !== "word" || [...lex.postNominal].some((m) => t.norm.startsWith(m))) return false;
  const hit = unitAt(lex, tokens, j);
  return hit !== undefined && !lex.clauseJoinerPrefixes.some((p) => t.norm.startsWith(p) && !lex.words.get(t.norm));
}

/**
 * «الستين يوما», «الخمس سنوات»: a number word glued to the marker of a following number, right before a counted
 * noun the lexicon knows that does not carry the marker itself («الأيام الخمسة الأولى» does), counts that noun.
 */
function definiteBeforeNoun(lex: UnitLexicons, tokens: readonly Token[], first: number, after: number, numberStart: number): UnitFound | undefined {
  const own = tokens[first];
  if (!own || own.kind !== "word" || own.start >= numberStart || !endsWithMarker(lex, fold(own.text.slice(0, numberStart - own.start)))) return undefined;
  const next = tokens[after];
  if (!next || next.kind !== "word" || [...lex.postNominal].some((m) => next.norm.startsWith(m))) return undefined;
  const hit = unitAt(lex, tokens, after);
  return hit ? { unit: hit.unit, person: hit.person } : undefined;
}

/**
 * What a number word written after its noun counts («جنديين اثنين», «طيارين اثنين»): a unit the noun is a form
 * or a dual of, or else the noun itself when it reads as a plural (a dual's ending is a plural's).
 */
function nounBeforeNumberWord(lex: UnitLexicons, noun: Token | undefined, locale: Locale): UnitFound | undefined {
  if (!noun || noun.kind !== "word") return undefined;
  const hit = lex.words.match(noun.norm) ?? lex.duals.match(noun.norm);
  if (hit) return { unit: hit.value.id, person: hit.value.person };
  if (!lex.isPlural(noun.norm) || lex.isVerb(noun.norm) || locale.stopwords.has(noun.norm) || lex.notNouns.has(noun.norm)) return undefined;
  const stem = nounStem(noun.norm, lex);
  return stem.length >= 2 ? { noun: stem } : undefined;
}

/**
 * «للدولار الواحد», «اليوم الواحد»: a number word with the article after its noun is "the single one" of it, a
 * rate's unit, not a count anyone reports.
 */
export function definiteAdjectival(lex: UnitLexicons, own: Token | undefined, numberStart: number): boolean {
  if (!own || own.kind !== "word" || own.start >= numberStart) return false;
  const cut = numberStart - own.start;
  return lex.adjectivalNumbers.has(fold(own.text.slice(cut))) && endsWithMarker(lex, fold(own.text.slice(0, cut)));
}

function endsWithMarker(lex: UnitLexicons, prefix: string): boolean {
  for (const m of lex.postNominal) if (prefix.endsWith(m)) return true;
  return false;
}

export const NO_SENSES: ReadonlySet<number> = new Set();

/** Words read back from a figure for a word of its subject (QuantityWords.cuedReadings). */
export const READING_CUE_WORDS = 5;

/**
 * "cut rates by a quarter point", «خفض سعر الفائدة بمقدار 50 نقطة», «الهزات الارتدادية أقواها 6.6 درجة»: the
 * unit of the figure written from token `first` to before `after`, when its word is read another way after a
 * word of its subject (see QuantityWords.cuedReadings).
 */
export function cuedReading(lex: UnitLexicons, tokens: readonly Token[], first: number, after: number, value: number): string | undefined {
  let k = after;
  // "a quarter-point cut": the word glued by a hyphen makes an adjective of the figure.
  const dash = tokens[k];
  const glued = !!dash && dash.kind === "punct" && HYPHENS.test(dash.text) && !dash.spaceBefore && !!tokens[k + 1] && !tokens[k + 1]!.spaceBefore;
  if (glued) k++;
  // "half a point", "a quarter of a point".
  else while (k < after + 2 && tokens[k]?.kind === "word" && (lex.fillers.has(tokens[k]!.norm) || lex.indefiniteArticles.has(tokens[k]!.norm))) k++;
  const word = tokens[k];
  if (!word || word.kind !== "word") return undefined;
  for (const r of lex.cuedReadings) {
    if (!r.forms.match(word.norm)) continue;
    // «درجة مئوية»: a longer unit phrase names its unit itself.
    const hit = unitAt(lex, tokens, k);
    if (hit && hit.last > k + 1) return undefined;
    const reading = () => r.units.find(([from]) => value >= from)?.[1] || undefined;
    const before = tokens[first - 1];
    if (before && before.kind === "word" && r.notRightAfter.match(before.norm)) continue;
    for (let i = first - 1; i >= 0 && i >= first - READING_CUE_WORDS; i--) {
      const t = tokens[i] as Token;
      if (t.kind !== "word") break;
      if (r.cues.match(t.norm)) return reading();
    }
    if (glued && rateAfter(r, tokens, k + 1)) return reading();
  }
  return undefined;
}

/** Words a hyphenated reading looks ahead for its cue ("a half-point cut in the federal funds rate"). */
const HYPHEN_CUE_WORDS = 6;

/** A cue of `r` from tokens[from] on, past only words of its hyphenThrough ("cut in its key rate"). */
function rateAfter(r: UnitLexicons["cuedReadings"][number], tokens: readonly Token[], from: number): boolean {
  for (let i = from; i < tokens.length && i < from + HYPHEN_CUE_WORDS; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== "word") return false;
    if (r.cues.match(t.norm)) return true;
    if (!r.hyphenThrough.has(t.norm)) return false;
  }
  return false;
}

/**
 * The article's senses less those the sentence rules out by naming one of their unlessInSentence words (a fire in
 * an article on an epidemic); asked once per sentence, and only of articles that call for a sense.
 */
export function sentenceSenses(lex: UnitLexicons, tokens: readonly Token[], sentence: Span, senses: ReadonlySet<number>, memo: Map<number, ReadonlySet<number>>): ReadonlySet<number> {
  let own = memo.get(sentence.start);
  if (own) return own;
  own = senses;
  for (const i of senses) {
    const unless = lex.senses[i]!.unless;
    if (unless.size === 0) continue;
    for (let k = firstTokenAtOrAfter(tokens, sentence.start); k < tokens.length && (tokens[k] as Token).start < sentence.end; k++) {
      const t = tokens[k] as Token;
      if (t.kind === "word" && unless.match(t.norm)) {
        own = new Set([...own].filter((j) => j !== i));
        break;
      }
    }
  }
  memo.set(sentence.start, own);
  return own;
}

/** The unit a word stands for in the sense the article calls for, if it has one there. */
export function senseOf(lex: UnitLexicons, senses: ReadonlySet<number>, norm: string): string | undefined {
  for (const i of senses) {
    const s = lex.senses[i]!;
    if (s.forms.match(norm)) return s.unit;
  }
  return undefined;
}

const directionSets = new WeakMap<Locale, ReadonlySet<string>>();

/** A one-word direction of time (DateWords.directionsBefore: "last", "next") at tokens[j], a span of time after it. */
function datedAfter(lex: UnitLexicons, tokens: readonly Token[], j: number, locale: Locale): boolean {
  let set = directionSets.get(locale);
  if (!set) directionSets.set(locale, (set = new Set(locale.dates.directionsBefore.map(([w]) => fold(w)).filter((w) => !w.includes(" ")))));
  if (!set.has(tokens[j]!.norm)) return false;
  const span = unitAt(lex, tokens, j + 1);
  return span !== undefined && span.unit !== "times" && TIME_UNITS.has(span.unit);
}

/**
 * Whether the conjunction at token j joins two adjectives before a noun: the word before it (`before`) and the
 * one after it are singular and no unit, and a lower-case word follows them ("current and former customers");
 * "3 dead and 5 injured" or "two boys and girls" (a plural before) are not.
 */
function coordinatedAdjective(lex: UnitLexicons, tokens: readonly Token[], j: number, before: string, locale: Locale): boolean {
  const next = tokens[j + 1];
  const noun = tokens[j + 2];
  const plainWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === "word" && t.spaceBefore && !isCapitalised(t.text) && !locale.stopwords.has(t.norm);
  if (!plainWord(next) || noun === undefined || noun.kind !== "word" || !noun.spaceBefore || locale.stopwords.has(noun.norm)) return false;
  if (lex.isPlural(before) || lex.isPlural(next.norm) || lex.isVerb(next.norm) || unitAt(lex, tokens, j + 1) !== undefined) return false;
  return true;
}
