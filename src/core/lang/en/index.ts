import type { Locale } from "../types.js";
import { isLatinLetter } from "../../text/chars.js";
import { scriptAndWordScore } from "../detect.js";
import { calendar } from "./calendar.js";
import { numbers } from "./numbers.js";
import { quantities } from "./quantities.js";
import { dates } from "./dates.js";
import { speech } from "./speech.js";
import { furniture } from "./furniture.js";
import { align } from "./glossary.js";

const stopwords = new Set([
  "a", "an", "the", "and", "or", "but", "if", "of", "in", "on", "at", "to", "from", "by", "for", "with", "about",
  "as", "into", "over", "after", "before", "since", "during", "between", "against", "through", "under", "than",
  "that", "this", "these", "those", "there", "here", "which", "who", "whom", "whose", "what", "when", "where",
  "it", "its", "he", "she", "they", "them", "his", "her", "their", "we", "our", "you", "your", "i", "me", "my",
  "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would",
  "can", "could", "should", "may", "might", "must", "shall", "not", "no", "so", "also", "too", "very", "more",
  "most", "some", "such", "any", "all", "each", "other", "only", "own", "same", "just", "said", "says", "say",
  "told", "according", "added", "yesterday", "today", "while", "both", "either", "up", "out", "off", "then",
]);

// Words a full stop follows without ending the sentence: titles, month and weekday abbreviations, U.S.
const abbreviations = new Set([
  "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov", "sen", "rep", "pres",
  // Ranks of police and armed forces before a spokesman's name ("said Cpl. Justin Dunn", "Supt. Ravi Kumar").
  "cpl", "pvt", "pfc", "brig", "cmdr", "cdr", "supt", "insp",
  "st", "jr", "sr", "no", "nos", "vol", "art", "fig", "approx", "est", "inc", "ltd", "co", "corp", "vs", "etc", "rs",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
  "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m",
]);

export const en: Locale = {
  code: "en",
  name: "English",
  detect: (sample) => scriptAndWordScore(sample, isLatinLetter, stopwords),
  clitics: { prefixes: [], suffixes: ["'s", "’s"], minStem: 1 },
  abbreviations,
  stopwords,
  calendar,
  numbers,
  quantities,
  dates,
  speech,
  furniture,
  align,
};
