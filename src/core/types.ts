/**
 * The data crosscheck passes around. Every field is documented here once; the rest of the code
 * refers to these types instead of redefining shapes.
 *
 * Offsets (`start`, `end`) are UTF-16 code-unit indices into the decoded text of the file (the JavaScript
 * string), `end` exclusive. `line` and `column` are 1-based; `column` counts Unicode code points from the
 * start of the line, which is what an editor's cursor shows.
 */

/** A language code such as "ar" or "en"; every supported one has a folder under src/core/lang/. */
export type LangCode = string;

/** One article, as handed to the core. The core never touches the file system. */
export interface SourceInput {
  /** File name without its extension; unique within a run (made unique by the ingester if needed). */
  id: string;
  /** Path as the user should see it, with forward slashes, relative to the working directory when possible. */
  path: string;
  /** The whole decoded text of the file, front matter included, so offsets match the file as stored. */
  text: string;
  /** Offset where the article body starts (after front matter); 0 when there is none. */
  bodyStart: number;
  /** Front-matter fields that were present and valid. */
  meta: SourceMeta;
}

export interface SourceMeta {
  title?: string;
  outlet?: string;
  /** Publication date, ISO YYYY-MM-DD. */
  published?: string;
  url?: string;
  /** Language code from front matter; when absent the core detects it. */
  lang?: LangCode;
}

/** A source as it appears in the output. */
export interface SourceInfo {
  id: string;
  path: string;
  title?: string;
  outlet?: string;
  published?: string;
  url?: string;
  /** Set when `published` was read from a date line on the page, not given in front matter. */
  publishedFromPage?: true;
  lang: LangCode;
}

export type ClaimKind = "quantity" | "date" | "quote";

/**
 * How a quantity's number relates to the truth it reports. Each maps to an interval:
 * - exact:     [v, v]
 * - approx:    [v - t, v + t]   "about", "some", "نحو", "قرابة", "ما يقارب"
 * - nearly:    [v - t, v]       "nearly", "almost", "أقل بقليل من" (just under)
 * - over:      (v, +inf)        "more than", "over", "أكثر من", "تجاوزت"
 * - atLeast:   [v, +inf)        "at least", "ما لا يقل عن"
 * - under:     (-inf, v)        "less than", "under", "أقل من"
 * - atMost:    (-inf, v]        "up to", "at most", "حتى", "ما يصل إلى"
 * - range:     [a, b]           "between a and b", "from a to b", "a-b"
 * t is the tolerance of an approximation, see extract/quantities/interval.ts.
 */
export type Qualifier = "exact" | "approx" | "nearly" | "over" | "atLeast" | "under" | "atMost" | "range";

/** A figure in the unit its article wrote it in (see Claim.written). */
export interface WrittenFigure {
  value: number;
  min?: number;
  max?: number;
  unit: string;
}

/** A claim: one number, date or quoted statement, with the evidence needed to check it. */
export interface Claim {
  /** `<source>:<n|d|q><k>`: the k-th figure (n), date (d) or quote (q) of the source, e.g. "000_0d8c:n12". */
  id: string;
  /** Source id (file name without extension). */
  source: string;
  kind: ClaimKind;
  /** The exact text of the claim in the file (for quotes, the words inside the quotation marks). */
  text: string;
  line: number;
  column: number;
  start: number;
  end: number;
  /**
   * quantity: the number stated (for a range, its midpoint); date: ISO "YYYY-MM-DD", "YYYY-MM" or "--MM-DD";
   * quote: the normalised text used for comparison.
   */
  value: number | string;
  /** Quantities: lower bound of the interval the claim asserts; absent when unbounded below. */
  min?: number;
  /** Quantities: upper bound; absent when unbounded above ("more than 240 thousand"). */
  max?: number;
  /** Quantities: how the number was qualified; absent for exact figures. */
  qualifier?: Qualifier;
  /** Quantities: language-independent id of the counted thing ("sortie", "killed", "percent", "km"). */
  unit?: string;
  /** Quantities without a known unit: the counted noun as written, normalised (lets same-language articles align). */
  noun?: string;
  /**
   * Quantities grouped with figures written in another unit of one dimension ("six weeks" beside «٤٢ يوما»):
   * the figure as the article wrote it. `value`, `min`, `max` and `unit` are then the group's unit (42 days),
   * so every figure of the group reads on one scale; the report shows this one.
   */
  written?: WrittenFigure;
  /**
   * Dates only: computed from a relative expression ("الخميس المقبل", "next Thursday") and the publication
   * date, so only as exact as that date; such a date can agree with others but never contradicts them.
   */
  relative?: true;
  /** Who made the statement, as named in the text. */
  speaker?: string;
  /**
   * The sentence holding the claim, whitespace collapsed; a very long sentence is cut to a window around the
   * claim, with "…" where it was cut.
   */
  sentence: string;
  /** Where the claim's text sits inside `sentence`: [start, end) in UTF-16 units, to mark it in reports. */
  sentenceMark: [number, number];
}

export type Verdict = "agree" | "compatible" | "discrepancy" | "changed";

/** Claims from different sources that report the same thing. */
export interface Group {
  /** "g1", "g2", … in report order. */
  id: string;
  kind: ClaimKind;
  unit?: string;
  verdict: Verdict;
  /** Claim ids, ordered by source id then position. */
  claims: string[];
  /** One line saying why the verdict was given (difference, dates, fragment…). */
  note?: string;
  /** How serious a discrepancy is, higher first; used to order the report. */
  severity: number;
}

/** A problem with the input that did not stop the run. */
export interface Warning {
  /** The file concerned, as shown to the user. */
  path: string;
  message: string;
}

/** Everything one run produces; the formatters turn it into report.md and claims.json. */
export interface Analysis {
  sources: SourceInfo[];
  claims: Claim[];
  groups: Group[];
  warnings: Warning[];
}
