/**
 * Figures restricted to a place: "11 people dead in the province of El Oro", "12 killed in Manabi province",
 * «11 قتيلا في محافظة الوادي», «مقتل 8 أشخاص بإقليم الحوز». Such a figure is a part of the story's total, not
 * another report of it: "the earthquake left 14 dead" does not contradict it. A figure is restricted when, right
 * after it and its counted words, a preposition opens a phrase holding a word for a place (province, region,
 * «محافظة», «إقليم»), the preposition standing alone ("in", «في») or glued to the place word («بإقليم»).
 * The phrase must name the place ("across the province" is the story's own). Word lists: AlignWords.placeWords
 * and placePrepositions.
 */
import type { Claim } from "../types.js";
import type { Locale } from "../lang/types.js";
import { stripPrefix } from "../lang/lexicon.js";
import { fold } from "../text/normalize.js";
import { leadingWords, tokenize, type Token } from "../text/tokenize.js";
import { perLocale } from "./perLocale.js";

/** Words between the figure and the preposition: what it counts ("people were killed", «قتيلا»). */
const FIGURE_TO_PREPOSITION = 4;
/** Words between the preposition and the place word: "the", an adjective, a name ("in Manabi province"). */
const PREPOSITION_TO_PLACE = 3;
/** Words after the place word that may name the place ("of El Oro", «الوادي»). */
const NAME_WORDS = 3;
/** Characters after the figure read. */
const WINDOW = 110;
/**
 * Tokens after the figure read at most: the preposition within FIGURE_TO_PREPOSITION words, the place word
 * within PREPOSITION_TO_PLACE more, a link, then NAME_WORDS.
 */
const PLACE_TOKENS = FIGURE_TO_PREPOSITION + 1 + PREPOSITION_TO_PLACE + 1 + NAME_WORDS + 1;

/** The tokens of a window of text that placeOf() is given to read. */
export type WindowReader = (text: string, from: number, to: number) => readonly Token[];

/**
 * Every reading of placeOf() stops at the first token that is not a word, and none reads past PLACE_TOKENS:
 * the window's other tokens (some fourteen in 110 characters, where most readings stop within three) are not
 * made. tokenize() gives the same answers (tests/perf/placeWindow.test.ts).
 */
const firstWords: WindowReader = (text, from, to) => leadingWords(text, from, to, PLACE_TOKENS);

interface Lists {
  /** AlignWords.placeWholeLeads, folded, each as its words. */
  wholeLeads: string[][];
  places: Set<string>;
  prepositions: Set<string>;
  links: Set<string>;
  /** AlignWords.placeArticles, folded, longest first. */
  articles: string[];
}

const listsOf = perLocale<Lists>((locale) => {
  const w = locale.align;
  if (!w?.placeWords?.length || !w.placePrepositions?.length) return undefined;
  return { wholeLeads: (w.placeWholeLeads ?? []).map((p) => fold(p).split(" ")), places: new Set(w.placeWords.map(fold)), prepositions: new Set(w.placePrepositions.map(fold)), links: new Set((w.placeLinks ?? []).map(fold)), articles: (w.placeArticles ?? []).map(fold).sort((a, b) => b.length - a.length) };
});

/**
 * The words naming the place a figure is restricted to (folded, clitics stripped, sorted), or undefined when the
 * figure is not restricted to a named place.
 */
export function placeOf(claim: Claim, locale: Locale, read: WindowReader = firstWords): readonly string[] | undefined {
  if (claim.kind !== "quantity") return undefined;
  const lists = listsOf(locale);
  if (!lists) return undefined;
  return placeAfter(claim, lists, locale, read) ?? openingPlace(claim, lists, locale);
}

/** Words between an opening place phrase's comma and the figure ("In Butte County, the fire destroyed 310"). */
const OPENER_TO_FIGURE = 6;

/**
 * A sentence that opens on a named place and a comma restricts the figure of its first words: "In Butte County,
 * 310 structures have been destroyed and 127 … in Tehama County" gives Butte County's part of the 434, not the
 * total another outlet's "over 400 structures destroyed" reports. Only with a place word ("In Qinghai, the quake
 * has left 182 people injured" names no county or province: "In January," opens as well).
 */
function openingPlace(claim: Claim, lists: Lists, locale: Locale): readonly string[] | undefined {
  const end = claim.sentenceMark[0];
  if (end > WINDOW) return undefined;
  const tokens = tokenize(claim.sentence, 0, end);
  if (tokens.length < 3 || tokens[0]!.kind !== "word" || !lists.prepositions.has(tokens[0]!.norm)) return undefined;
  for (let j = 1; j < tokens.length && j <= 1 + PREPOSITION_TO_PLACE; j++) {
    const u = tokens[j]!;
    if (u.kind !== "word") return undefined;
    if (!isPlace(u, lists, locale)) continue;
    const after = namesAfter(tokens, j, lists, locale);
    let comma = j + 1;
    if (after.length > 0 && lists.links.has(tokens[comma]!.norm)) comma++;
    comma += after.length;
    if (tokens[comma]?.text !== ",") return undefined;
    // Only a few words between the comma and the figure: another figure or clause there takes the place instead.
    const between = tokens.length - comma - 1;
    if (between > OPENER_TO_FIGURE) return undefined;
    for (let k = comma + 1; k < tokens.length; k++) if (tokens[k]!.kind !== "word") return undefined;
    return named(namesBetween(tokens, 1, j, lists, locale).concat(after).sort());
  }
  return undefined;
}

/** Whether the words right before the figure make it a whole whose part the sentence places (placeWholeLeads). */
function wholeOfPart(claim: Claim, lists: Lists): boolean {
  if (lists.wholeLeads.length === 0) return false;
  const end = claim.sentenceMark[0];
  const from = Math.max(0, end - WHOLE_LEAD_CHARS);
  // A word the window cuts ("utmost" read from "most") is no word of the lead.
  const before = tokenize(claim.sentence, from, end).filter((t) => t.kind === "word" && (t.start > from || from === 0));
  return lists.wholeLeads.some((lead) => lead.length <= before.length && lead.every((w, i) => before[before.length - lead.length + i]!.norm === w));
}

/** Characters before a figure read for a whole's lead ("the majority of the"). */
const WHOLE_LEAD_CHARS = 24;

function placeAfter(claim: Claim, lists: Lists, locale: Locale, read: WindowReader): readonly string[] | undefined {
  if (wholeOfPart(claim, lists)) return undefined;
  const start = claim.sentenceMark[1];
  const tokens = read(claim.sentence, start, Math.min(claim.sentence.length, start + WINDOW));
  for (let k = 0, words = 0; k < tokens.length && words <= FIGURE_TO_PREPOSITION; k++, words++) {
    const t = tokens[k]!;
    if (t.kind !== "word") return undefined;
    // «بإقليم الحوز»: the preposition glued to the place word.
    const stem = stripPrefix(t.norm, locale.clitics);
    if (stem !== t.norm && lists.places.has(stem) && lists.prepositions.has(t.norm.slice(0, t.norm.length - stem.length))) {
      return named(namesAfter(tokens, k, lists, locale));
    }
    if (!lists.prepositions.has(t.norm)) continue;
    for (let j = k + 1; j < tokens.length && j <= k + 1 + PREPOSITION_TO_PLACE; j++) {
      const u = tokens[j]!;
      if (u.kind !== "word") return undefined;
      if (!isPlace(u, lists, locale)) continue;
      // A name before the place word ("in Manabi province", "in the Philippine province of Bohol") and one after
      // it ("of Bohol", «محافظة الوادي»).
      return named(namesBetween(tokens, k + 1, j, lists, locale).concat(namesAfter(tokens, j, lists, locale)).sort());
    }
    return undefined;
  }
  return undefined;
}

/** A place word that names no place ("across the province", «في المحافظة») refers to the story's own place. */
function named(names: string[]): readonly string[] | undefined {
  return names.length > 0 ? names : undefined;
}

function isPlace(t: Token, lists: Lists, locale: Locale): boolean {
  return lists.places.has(t.norm) || lists.places.has(stripPrefix(t.norm, locale.clitics));
}

/**
 * A word of a place's name: capitalised in a script with capitals ("El Oro", "Manabi"); in one without, the word
 * right after the place word («محافظة الوادي»), where a definite place word referring back («في المحافظة منذ»)
 * is followed by a stopword or nothing.
 */
function nameWord(t: Token, lists: Lists, locale: Locale, afterPlace: boolean): string | undefined {
  if (t.kind !== "word" || locale.stopwords.has(t.norm) || lists.prepositions.has(t.norm) || isPlace(t, lists, locale)) return undefined;
  const cased = t.text.toLowerCase() !== t.text.toUpperCase();
  if (cased ? t.text[0] === t.text[0]!.toLowerCase() : !afterPlace) return undefined;
  const stem = stripPrefix(t.norm, locale.clitics);
  return locale.stopwords.has(stem) ? undefined : stem;
}

function namesBetween(tokens: readonly Token[], from: number, to: number, lists: Lists, locale: Locale): string[] {
  const out: string[] = [];
  for (let k = from; k < to; k++) {
    const w = nameWord(tokens[k]!, lists, locale, false);
    if (w) out.push(w);
  }
  return out;
}

/**
 * The name after a place word: past a linking word ("the province of El Oro"), or in a script without capitals the
 * word right after it («محافظة الوادي»); a capitalised word after it without a link names something else ("in
 * Manabi province on Sunday").
 */
function namesAfter(tokens: readonly Token[], at: number, lists: Lists, locale: Locale): string[] {
  const out: string[] = [];
  // A definite place word names its place only with a definite word after it («المنطقة الشرقية»); before any
  // other («إلى المستشفى لتلقي العلاج») it is the story's own place.
  const definite = definiteIn(tokens[at]!.norm, lists);
  let k = at + 1;
  const linked = k < tokens.length && tokens[k]!.kind === "word" && lists.links.has(tokens[k]!.norm);
  if (linked) k++;
  for (const first = k; k < tokens.length && k < first + NAME_WORDS; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word") break;
    const cased = t.text.toLowerCase() !== t.text.toUpperCase();
    if (cased && !linked) break;
    const w = nameWord(t, lists, locale, !cased && k === at + 1);
    if (!w || (definite && !definiteIn(t.norm, lists))) break;
    out.push(w);
  }
  return out;
}

/** Whether a word carries the article («المستشفى», «بالمحافظة»), as AlignWords.placeArticles lists it. */
function definiteIn(norm: string, lists: Lists): boolean {
  return lists.articles.some((a) => norm.length - a.length >= 2 && norm.startsWith(a));
}

/** Whether two restricted figures are restricted to the same place: their phrases share a name word. */
export function samePlace(a: readonly string[], b: readonly string[]): boolean {
  for (const w of a) if (b.includes(w)) return true;
  return false;
}
