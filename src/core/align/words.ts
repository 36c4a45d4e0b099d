/**
 * The word lists a locale gives alignment: a glossary of the content words news copy uses, each under a
 * concept id shared by every language, so that an Arabic sentence's words meet an English one's ("هدنة" and
 * "truce" are both `truce`). Words left out simply do not bridge languages; a word listed under the wrong
 * concept makes unrelated sentences look alike, so only words with one common news sense belong here.
 */
export interface AlignWords {
  /** Concept id, then every written form of it (singular, plural, verb forms); folded and clitic-stripped when loaded. */
  concepts: readonly (readonly [string, readonly string[]])[];
  /**
   * Endings dropped from a word that is not listed as written, longest first, while at least three letters
   * remain ("talks" → "talk", "عمرها" → "عمر"): inflections the forms need not spell out.
   */
  endings: readonly string[];
  /**
   * Projections: a modal or forecast word ("may", "expected", «قد», «يتوقع», «مرشحة») at most two words before
   * a verb of reaching ("reach", "rise", "top", «يصل», «يرتفع», «للارتفاع») that governs the figure ("fears the
   * toll may reach 10,000", «يتوقع أن يرتفع عدد القتلى إلى 500»). Such a figure is what somebody fears or expects,
   * not a count, and is never set against one. Folded; clitics are stripped when matched.
   */
  forecasts?: readonly string[];
  reaching?: readonly string[];
  /**
   * Function words that may stand between the verb of reaching and its figure ("rise to", "reach as many as",
   * «إلى»); any other stopword there ("increase with only 33") means the verb does not govern the figure. Content
   * words may (the subject: «قد يصل عدد القتلى إلى 500»).
   */
  reachLinks?: readonly string[];
  /**
   * Words of a poll ("exit polls", "opinion poll", "pollster"): a figure in a sentence that names one is an
   * estimate, set only against other estimates, never against the count. Matched as whole words, folded.
   */
  estimates?: readonly string[];
  /**
   * A figure restricted to a place: a preposition ("in", «في», or glued: «بإقليم») right after the figure and its
   * counted words, opening a phrase with a word for a place ("in the province of El Oro", "in Manabi province",
   * «في محافظة الوادي»). Such a figure is a part of the story's total and meets only the same place's figure.
   */
  placeWords?: readonly string[];
  placePrepositions?: readonly string[];
  /** Words joining a place word to the name after it ("the province of El Oro"). */
  placeLinks?: readonly string[];
  /**
   * Phrases right before a figure that make it the whole of a part the sentence goes on about ("most of the
   * 392,000 acres burned is in Tehama County"): a place after such a figure is the part's, not the figure's.
   * Folded, matched as whole words ending right before the figure.
   */
  placeWholeLeads?: readonly string[];
  /**
   * Prefixes that make a word definite, in a script without capitals («ال», «بال», «لل»): a definite place word
   * («المستشفى») names its place only with a definite word after it («المنطقة الشرقية»).
   */
  placeArticles?: readonly string[];
  /**
   * "Since" («منذ»): a count kept since a start ("400 trucks have entered since the truce began") only grows,
   * whatever it counts (see accrual.ts). Folded; clitics are stripped when matched.
   */
  since?: readonly string[];
  /**
   * Prepositions that give a figure the period of a date right after them ("1.3% in October 2024", «1.3% في أكتوبر
   * 2024»): a figure so dated to a past year is that year's (see ownDateYear in index.ts). Not "since".
   */
  periodPrepositions?: readonly string[];
  /**
   * A partial count: what was counted ("votes", "ballots", "ballot boxes", "polling stations") and the verb
   * ("counted", "tallied"), after a share ("with 88.42 percent of the votes counted"). The figures of such a
   * sentence are a snapshot and meet only figures given at the same share counted (see countedShare.ts).
   * Folded, whole words.
   */
  countedItems?: readonly string[];
  countedVerbs?: readonly string[];
}
