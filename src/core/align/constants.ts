/** The tunable limits of alignment, in one place. */

/** Figures this close (ratio) can be one figure misreported; further apart they are different figures. */
export const SAME_FIGURE_RATIO = 1.5;
/** Widest ratio between two figures that may still be one running figure reported at different times. */
export const MAX_RATIO = 3;
/** Growth from one day's articles to a later day's that marks a running figure as moved on (10%). */
export const MOVE_SHARE = 0.1;
/** Articles published this many days apart or fewer report the same state of a running figure. */
export const SNAPSHOT_DAYS = 3;

/** Context scores (0..1) a candidate pair needs before it is grouped. */
export const THRESHOLD = {
  /** Values that agree or overlap: modest context suffices. */
  consistent: 0.2,
  /** Values that differ: the context must make it clear it is the same figure. */
  conflicting: 0.4,
  /** Values that moved on between articles days apart. */
  movedOn: 0.3,
  /** Two dates given for one event. */
  conflictingDates: 0.5,
  /** Two wordings of one statement (Dice similarity of the normalised texts). */
  wording: 0.55,
  /** Share of a shorter quotation's words a longer statement keeps in order, for a misquote. */
  wordsKept: 0.75,
  /**
   * Share of the shorter wording's words the other keeps in order, below which two wordings alike in their
   * letters are not one statement: character pairs of two long quotations in one language meet by their common
   * words alone (two unrelated statements of one president, 40 words each, reach 0.56; they keep 0.23 of their
   * words in order, a reworded statement 0.78, two Arabic translations of one officer's words 0.32).
   */
  wordingWordsKept: 0.3,
} as const;

/** Spans of time and multiples: a figure of these ("3 days", "twice") says little on its own. */
export const TIME_UNITS: ReadonlySet<string> = new Set(["minute", "hour", "day", "week", "month", "year", "decade", "century", "season", "times"]);

/**
 * Units of measure (lengths, areas, masses, volumes, speeds, temperatures, power): a figure written with one
 * measures it, so the plural noun after it is what is measured, not what is counted ("107 mph winds", "10 kg bags").
 */
export const MEASURE_UNITS: ReadonlySet<string> = new Set([
  "km", "mile", "nautical-mile", "m", "cm", "mm", "foot", "inch", "km2", "mi2", "m2", "ft2", "m3", "ft3", "ha", "acre", "feddan", "dunam",
  "kg", "ton", "litre", "barrel", "kmh", "mph", "celsius", "fahrenheit", "mw", "gw",
]);

/**
 * Glossary concepts a span of time may measure (see spanSubject.ts): a truce's or talks' length, a siege's, a
 * prison term, an appeal window, days of mourning, a heatwave's, an age.
 */
export const SPAN_SUBJECTS: ReadonlyMap<string, Subject> = subjects([
  "truce", "talks", "siege", "appeal", "mourning", "heat", "age", "prison",
  // Weak: named only when no other subject is near ("the appeal against the sentences within 30 days"). A wave
  // alone is a heatwave («توقعت هيئة الأنواء الجوية استمرار الموجة ثلاثة أيام أخرى»): a story of another wave
  // gives its length for that one thing all the same.
  "sentence=prison?", "war?", "wave=heat?",
  // The time a bloc or a premier has to form a government ("has 30 days to form a cabinet", «بتشكيل الحكومة خلال ٣٠ يوما»).
  "formation?",
]);

/**
 * Glossary concepts naming whose span of time a figure is, for the subjects that belong to one person: a court
 * gives each defendant his own term ("his former deputy … seven years", «نائبه … ثماني سنوات»). "a=b" reads
 * concept a as holder b (the head of an agency is its «رئيس» or its «مدير»).
 */
export const SPAN_HOLDERS: ReadonlyMap<string, Subject> = subjects(["head", "president=head", "deputy", "minister"]);

/**
 * Parties that ask a court for a term ("Prosecutors had sought … 50 years", "his lawyers had asked for just 6 1/2
 * years"), and the glossary concept of asking that must stand between such a party and the figure: the term
 * asked for is not the term handed down.
 */
export const TERM_ASKERS: ReadonlySet<string> = new Set(["prosecution", "lawyer"]);
export const ASKING = "request";

/** Subjects (ids) a holder tells apart: prison terms, not a truce's length. */
export const HELD_SUBJECTS: ReadonlySet<string> = new Set(["prison"]);

/** Glossary concepts a share may measure on its own ("turnout of 41.05%"). */
export const SHARE_SUBJECTS: ReadonlyMap<string, Subject> = subjects(["turnout"]);

export interface Subject {
  id: string;
  weak: boolean;
}

/** Concept → subject: "a=b" reads concept a as subject b ("sentenced" is a prison term), "a?" is weak. */
function subjects(list: readonly string[]): ReadonlyMap<string, Subject> {
  return new Map(list.map((e) => {
    const weak = e.endsWith("?");
    const [concept, id] = (weak ? e.slice(0, -1) : e).split("=");
    return [concept!, { id: id ?? concept!, weak }] as const;
  }));
}

/**
 * Units that count almost anything (a share, a span of time, a multiple): two articles giving the same
 * percentage or the same number of days say little on their own, so agreement on them needs the context
 * that disagreement needs, unless the figure is specific (13.1%). Speeds too: a storm story gives sustained
 * winds at landfall and hours later, gusts here and there, each a different measurement.
 */
export const GENERIC_UNITS: ReadonlySet<string> = new Set([...TIME_UNITS, "percent", "kmh", "mph"]);

/**
 * Units of tallies that grow from one day's news to the next (tolls, counts of strikes, arrivals): a higher
 * figure a day later is the tally moving on. A passenger list or a number of seats does not move on.
 */
export const RUNNING_UNITS: ReadonlySet<string> = new Set([
  "killed", "injured", "casualty", "missing", "displaced", "refugee", "migrant", "detainee", "survivor",
  "arrival", "sortie", "strike", "target", "facility", "missile", "town",
]);

/**
 * Cumulative tallies of people (the dead, the injured, the displaced, the arrested, an epidemic's cases): they
 * only grow, and a large one grows by a few tenths of a percent a day (61,776 killed, then 61,827 the next day),
 * never by MOVE_SHARE. A larger figure in an article published a day or more later is the tally moving on,
 * whatever the growth; the same day, two figures still disagree. Not detainees: those held are also released
 * (an exchange's 1,000 and 1,200 are two sets), nor the missing, who are found.
 */
export const CUMULATIVE_UNITS: ReadonlySet<string> = new Set(["killed", "injured", "casualty", "displaced", "arrested", "case"]);

/**
 * Running tallies of people whose largest present-day figure in an article is its headline total ("the toll
 * rose to …"). Not detainees, sorties or targets: an exchange of prisoners or a campaign's report gives several
 * figures of those, none of them the total the others are parts of.
 */
export const HEADLINE_UNITS: ReadonlySet<string> = new Set([
  "killed", "injured", "casualty", "missing", "displaced", "refugee", "migrant", "survivor", "arrival",
]);

/**
 * Running units whose count also falls as it is resolved: the missing are found, alive or dead. A lower
 * figure days later is then the count moving on, not a contradiction. Tolls never fall that way.
 */
export const FALLING_UNITS: ReadonlySet<string> = new Set(["missing"]);

/**
 * Currencies: a figure in one written right after a figure in another ("1.31 trillion riyals (about $348 billion)")
 * is its conversion (see conversionOf in index.ts). Units kept as written with a sign ("hk$") count too.
 */
export const CURRENCY_UNITS: ReadonlySet<string> = new Set(["usd", "eur", "gbp", "egp", "syp", "try", "sar", "rub", "rupee", "dinar", "dirham", "cny"]);

/**
 * Suffixes extraction adds to a unit ("passenger-capacity", "country-other"): what a vessel may carry, and the
 * rest of a list of names. Alignment and the report read them back.
 */
export const CAPACITY_SUFFIX = "-capacity";
export const REMAINDER_SUFFIX = "-other";
