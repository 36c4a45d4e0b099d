/**
 * The subject of a verb of level or change, read as what the bare figure after the verb counts (see
 * QuantityWords.subjectCounts): "Aircraft movements reached 279,000", "Passengers rose to 52.7 million".
 */
import { isCapitalised } from "../../text/chars.js";
import type { Span } from "../../text/segment.js";
import type { Token } from "../../text/tokenize.js";
import type { UnitLexicons } from "./units.js";

/** Words a subject may have before its head ("Dubai airport passengers"); a longer run is no plain subject. */
const MAX_MODIFIERS = 2;

/**
 * The token index of the head of the subject whose verb stands right before the figure at `lead` (a link word
 * between them allowed), or -1. The subject must open its clause (the sentence's start, a comma or a joiner before
 * it, a determiner allowed), its head must read as a plural noun, and no word of it may be a function word: "Flights
 * of airlines reached 300" or "In 2024 passengers rose to 52.7 million" name no subject here.
 */
export function subjectHead(lex: UnitLexicons, tokens: readonly Token[], lead: number, sentence: Span): number {
  const w = lex.subjectCounts;
  if (!w) return -1;
  let i = lead - 1;
  const word = (k: number): Token | undefined => {
    const t = tokens[k];
    return t && t.kind === "word" && t.start >= sentence.start ? t : undefined;
  };
  if (word(i) && w.links.has(word(i)!.norm)) i--;
  if (!word(i) || !w.verbs.has(word(i)!.norm)) return -1;
  i--;
  if (word(i) && w.auxiliaries.has(word(i)!.norm)) i--;
  const head = word(i);
  // A capitalised head may be a name ("Williams reached 300"): only a word the lexicon counts ("Passengers rose").
  if (!head || !plainPluralHead(lex, head) || (isCapitalised(head.text) && !lex.words.match(head.norm) && !lex.roles.matchAt(tokens, i))) return -1;
  for (let j = i - 1, modifiers = 0; ; j--) {
    const open = opensAt(lex, tokens, j, sentence);
    if (open) return i;
    const t = word(j);
    if (!t) return -1;
    if (w.determiners.has(t.norm)) return opensAt(lex, tokens, j - 1, sentence) ? i : -1;
    if (w.stopwords.has(t.norm) || lex.clauseStarts.has(t.norm) || ++modifiers > MAX_MODIFIERS) return -1;
  }
}

/**
 * Whether a clause opens right after token `j`: the sentence starts there, or a comma or a word that only opens a
 * clause ends there ("while arrivals totalled"). Not "and", even after a comma: "Passengers and crew numbered
 * 181" and "Pilots, crew, and staff numbered 181" count them all, not the crew or the staff.
 */
function opensAt(lex: UnitLexicons, tokens: readonly Token[], j: number, sentence: Span): boolean {
  const t = tokens[j];
  if (!t || t.end <= sentence.start) return true;
  if (t.kind === "punct") return t.text === ",";
  return lex.clauseOpeners.has(t.norm);
}

function plainPluralHead(lex: UnitLexicons, t: Token): boolean {
  const w = lex.subjectCounts!;
  return lex.isPlural(t.norm) && !w.stopwords.has(t.norm) && !w.levelNouns.has(t.norm) && !lex.notNouns.has(t.norm) &&
    !lex.modifiers.has(t.norm) && !lex.shareCues.match(t.norm);
}
