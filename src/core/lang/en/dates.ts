import type { DateWords, TenseCue } from "../../extract/dates/words.js";
import { hijriMonths } from "./calendar.js";

const cues = (tense: TenseCue, ...words: string[]) => words.map((w) => [w, tense] as const);

// Irregular past forms (regular ones end in "-ed"). Forms equal to the present ("cut", "hit", "put", "set",
// "beat") are left out: "will cut rates on Thursday" must not read as past.
const irregularPast = cues(
  "past",
  "said", "told", "met", "began", "took", "fell", "rose", "struck", "won", "lost", "held", "made", "came", "went",
  "gave", "left", "saw", "sent", "spoke", "wrote", "led", "brought", "kept", "ran", "shot", "fought", "sold",
  "bought", "paid", "found", "thought", "felt", "grew", "drew", "threw", "flew", "knew", "became", "broke",
  "chose", "spent", "stood", "sat", "got", "had", "was", "were", "did", "been", "fled", "caught", "built",
  "drove", "heard", "hid", "meant", "sought", "stole", "stuck", "swore", "taught", "tore", "woke", "wore",
  "withdrew", "overtook", "undertook", "forgave", "froze", "hung", "laid", "lit", "rode", "rang", "sank", "shook",
  "slid", "swept", "swung", "understood", "arose", "bore", "bit", "blew", "dealt", "dug", "fed", "forgot",
  "lent", "overcame", "oversaw", "sang", "shrank", "slept", "spun", "sprang", "wept", "agreed", "freed",
  "guaranteed", "decreed", "disagreed", "since", "ago", "yesterday", "earlier", "previously", "has", "have",
);

const future = cues(
  "future",
  "will", "shall", "would", "is to", "are to", "is due", "are due", "due to", "is set to", "are set to", "set to",
  "scheduled", "slated", "expected", "planned", "plans", "planning", "plan to", "intends", "intend", "going to",
  "upcoming", "tomorrow", "is expected", "are expected", "is scheduled", "are scheduled", "has to", "have to",
  // With the infinitive marker, which otherwise ends the search ("agreed to meet on Thursday").
  "expected to", "scheduled to", "slated to", "planned to", "planning to", "plans to", "intends to", "intend to",
  "hopes to", "hope to", "wants to", "want to",
);

// Modals, the present and plans seen from the past ("was to meet on Thursday": it may not have happened).
// "next" is left out: "the next day, on Thursday" tells a past story.
const other = cues(
  "other",
  "is", "are", "am", "can", "could", "may", "might", "must", "should", "does", "do", "every", "each", "usually",
  "was to", "were to", "was expected", "were expected", "had been expected", "was scheduled", "were scheduled",
  "had been scheduled", "was due", "were due", "was set to", "were set to", "was planned", "had planned",
  "was planning", "had been planned", "was expected to", "were expected to", "was scheduled to",
  "were scheduled to", "had been expected to", "had been scheduled to", "had planned to", "was planning to",
);

// Days written as ordinal words, read only as "the fourth of August" (after "the", before "of" and a month).
const ordinalUnits = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
const spelledDays: [string, number][] = [
  ...ordinalUnits.map((w, i): [string, number] => [w, i + 1]),
  ...["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"].map((w, i): [string, number] => [w, i + 10]),
  ...ordinalUnits.flatMap((w, i): [string, number][] => [[`twenty-${w}`, 21 + i], [`twenty ${w}`, 21 + i]]),
  ["thirtieth", 30],
  ["thirty-first", 31],
  ["thirty first", 31],
];

export const dates: DateWords = {
  dayMonthOrders: ["md", "dm"],
  // American copy writes 11/05/2015 month first and British copy day first: read only unambiguous ones.
  numericOrder: undefined,
  capitalisedNames: true,
  // "may" the verb, "march" the noun, and abbreviations that are words or names on their own.
  ambiguousMonths: ["May", "March", "Mar", "Jan", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Feb", "Apr"],
  // "the first of November" is rare in news copy; "November 1" is how it is written.
  spelledDays,
  spelledDayCues: ["the"],
  dayArticles: ["the"],
  ordinalSuffixes: ["st", "nd", "rd", "th"],
  dayMonthLinks: ["of"],
  yearLinks: ["of"],
  dayYearSeparators: [","],
  yearCues: [
    "in", "since", "during", "until", "till", "year", "early", "late", "mid", "mid -", "spring", "summer",
    "autumn", "winter", "end of", "start of", "beginning of", "middle of",
  ],
  monthCues: ["in", "since", "during", "until", "till", "through", "throughout", "early", "late", "mid", "mid -", "month of"],
  monthParts: ["early", "late", "mid", "mid -", "end of", "the end of", "start of", "the start of", "beginning of",
    "the beginning of", "middle of", "the middle of"],
  // "on 30 September last" is rare, and "November 26 last-minute talks" would take the wrong year from it.
  directionsAfter: [],
  directionsBefore: [["last", "past"], ["this past", "past"], ["next", "future"], ["this coming", "future"], ["this", "current"]],
  monthReferences: [
    ["this month", 0], ["of this month", 0], ["the same month", 0], ["of the same month", 0],
    ["last month", -1], ["of last month", -1], ["next month", 1], ["of next month", 1],
  ],
  yearReferences: [
    ["last year", -1], ["of last year", -1], ["next year", 1], ["of next year", 1], ["this year", 0],
    ["of this year", 0],
  ],
  // "this coming Thursday" is the nearest one. "next Thursday" said on a Monday means this week's Thursday to
  // some and next week's to others, and "last Thursday" has the same split: they are dated only when both
  // readings give one day (see weekdayWeekRelativeBefore). A weekday after "on" is dated by the tense of its
  // clause instead ("said on Thursday", "will meet on Thursday").
  weekdayRelativeAfter: [],
  weekdayRelativeBefore: [["this coming", "future"], ["this past", "past"]],
  weekdayWeekRelativeBefore: [["next", "future"], ["last", "past"]],
  // "the next Thursday", "every last Thursday": counted from a day of the story, or no one day; after a
  // possessive, "last" is final ("his last Friday sermon"); after a modal or "to", it is the verb ("will last
  // Thursday through Sunday").
  weekdayWeekRelativeNotAfter: [
    "the", "a", "that", "every", "each", "his", "her", "their", "its", "our", "my", "your",
    "will", "would", "can", "could", "may", "might", "must", "should", "to", "not", "n't",
  ],
  listSeparators: ["-", "–", "—", "and", "to", "or", "through", ","],
  eraWords: ["AD", "CE"],
  otherEraWords: ["BC", "BCE", "AH"],
  // English copy writes "on Thursday", not "yesterday Thursday".
  dayOffsets: [],
  // American copy drops the "on" after a reporting verb ("the ministry said Monday"); the verb's tense dates it.
  // "died since Friday": a weekday after "since" is in the past, like one after "on" in a past clause.
  weekdayLeads: ["on", "since", "said", "announced", "agreed", "reported", "confirmed", "decided", "voted", "told reporters"],
  weekdayNames: ["Mail on Sunday", "Independent on Sunday", "Scotland on Sunday", "Sunday Times", "Sunday Telegraph"],
  ordinalDayLeads: ["on the", "since the", "until the", "till the", "by the", "from the"],
  tenseCues: [...irregularPast, ...future, ...other],
  pastEndings: ["ed"],
  notPastEndings: ["eed"],
  sameFormPast: {
    verbs: ["burst", "hit", "beat", "cut", "shut", "spread", "upset", "split", "quit"],
    notSubjects: [
      "i", "you", "we", "they", "not", "also", "often", "usually", "never", "always", "sometimes", "rarely", "and", "or",
      "but", "who", "which", "that", "people", "police", "children", "men", "women",
    ],
  },
  notVerbs: [
    "hundred", "sacred", "naked", "wicked", "kindred", "beloved", "aged", "armed", "united", "wounded", "injured",
    "displaced", "detained",
  ],
  tenseAuxiliaries: [
    ...["be", "been", "being", "is", "are", "was", "were", "has", "have", "had", "get", "gets", "got"].map(
      (w) => [w, "past"] as const,
    ),
  ],
  infinitiveMarkers: ["to"],
  determiners: [
    "a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "some",
    "all", "each", "every", "more", "about", "around", "nearly", "almost", "over", "under",
  ],
  // "OPEC+ agreed to cut output on Wednesday" dates the agreement; "agreed to meet on Wednesday" names the
  // meeting's day, so infinitives of events, gatherings and steps still to be taken are left undated.
  decisionInfinitives: {
    verbs: ["agreed to", "decided to", "voted to", "opted to", "chose to", "resolved to", "elected to", "pledged to"],
    eventVerbs: [
      "meet", "hold", "resume", "reconvene", "convene", "gather", "visit", "travel", "fly", "return", "begin",
      "start", "launch", "open", "reopen", "close", "sign", "strike", "vote", "release", "free", "hand", "host",
      "attend", "announce", "publish", "present", "deliver", "unveil", "march", "rally", "stage", "speak",
      "address", "testify", "appear", "debate", "discuss", "review", "consider", "reconsider", "revisit", "decide",
      "talk", "negotiate", "hear", "rule", "play", "leave", "arrive", "go", "come", "take effect",
    ],
  },
  attemptInfinitives: ["tried to", "attempted to", "managed to", "failed to", "struggled to", "scrambled to"],
  eventPrepositions: ["after", "before", "following"],
  // Only kinds of day: "declared Thursday a state of emergency" is wire style for "declared on Thursday".
  namedDays: {
    verbs: ["declared", "declares", "declare", "proclaimed", "proclaims", "designated", "designates", "made", "makes"],
    kinds: [
      "a holiday", "a public holiday", "a national holiday", "an official holiday", "a bank holiday",
      "a religious holiday", "a day off", "a rest day", "a non-working day", "a day of mourning",
      "a national day of mourning", "a day of rest", "as a holiday", "as a public holiday", "as a day of mourning",
      "as a national day of mourning", "a school holiday",
    ],
    subjectWords: 0,
  },
  clauseOpeners: [
    "that", "which", "who", "whom", "whose", "whether", "if", "because", "although", "though", "while", "when",
    "where", "unless",
  ],
  hijriMonths,
  // Also names ("Tariq Ramadan", "Rajab"): Hijri months only with a year.
  ambiguousHijriMonths: ["Ramadan", "Ramadhan", "Rajab", "Safar", "Shaban", "Muharram", "Moharram"],
  hijriEraWords: ["AH"],
  timeLinks: [",", "-", "–", "—", "|", "·", "•", "at", "updated", "last updated", "published", "posted"],
  clockSuffixes: ["a.m.", "p.m.", "a.m", "p.m", "am", "pm"],
  timeZones: [
    "GMT", "BST", "UTC", "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "CET",
    "CEST", "EET", "EEST", "local time", "local",
  ],
  // A date is "on November 26"; "in November" is a month, and a number after it counts something.
  monthOnlyCues: ["in", "during", "throughout"],
  nameHeads: [],
  // "the 17 October 1961 Stadium", "October 6 Bridge": a place named after a day (capitalised only).
  placeTails: [
    "stadium", "street", "bridge", "square", "avenue", "road", "airport", "university", "hospital", "city", "park",
    "station", "boulevard", "arena", "school", "mosque", "district",
  ],
};
