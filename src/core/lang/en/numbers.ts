import type { ClockMark, FractionWord, NumberWords, PhoneCue, QualifierWord, ScaleWord } from "../../extract/numbers/words.js";

/*
 * Decisions, per family:
 * - Cardinals: every word 0-99 and the hundreds; "zero", "nought", "naught". "one" is a number except as a
 *   pronoun ("the one", "which one", "one of them": in news "one of the victims" is not a count of one).
 * - Scales: hundred … trillion, the Indian lakh and crore (Indian English news), dozen ("a dozen", "3 dozens";
 *   "dozens" alone is vague and is not a number, like "hundreds" or "thousands" alone).
 * - Abbreviations after digits: k, m/M (lower-case m only after a currency sign or before a plural noun nobody
 *   measures in metres, "2.5m people": "1m" alone is a metre), B as m is (a bare "26B" is a seat, "26b" still
 *   billions), bn, mn, tn and their variants. "G" is left out: "5G", "4G" are designations far more often than "10G" is ten billion.
 * - Fractions: half, quarter(s), and the ordinals third … tenth, the tens ordinals and hundredth / thousandth as
 *   denominators with a count ("two thirds", "a fifth of", "one twenty-fifth", "a trillionth"); a singular
 *   ordinal is a fraction only after "a"/"one" and before "of", punctuation or the end ("two millionth" is not).
 * - Ratios: "one in three" is a fraction when the first is the smaller ("8 in 5" is two numbers): a rate, which
 *   read as two counts would give a false "1 child" and "3 children". "17 out of 41 seats" is a part and its whole,
 *   two figures to check (the part names the whole, `partOf`); "nine out of ten doctors" is read the same way.
 *   "2000 over 3" is a fraction only at the end of a clause ("$2000 over 3 years" is a sum and a duration).
 * - Clock times: a time zone after four bare digits makes them hhmm ("0117 GMT", "0800 local time"); zone
 *   abbreviations that are also words ("EAT", "CAT") are left out. "hrs" does too ("1430 hrs"), "hours" only
 *   after a leading zero ("0300 hours"; "1500 hours" of work is a count).
 * - Telephone numbers: digit groups led by a zero ("020 7946 0321"), or digits after a telephone word ("hotline
 *   122"); "line" and "number" name other things too and count only when nothing but punctuation or a function
 *   word follows ("the emergency line, 122, was"; not "a line 20 km long").
 * - "passed" and "crossed" bound a figure only when it is a milestone, round and with no noun after it ("deaths
 *   passed 1,000 this year"; "parliament passed 30 laws" and "passed 100 laws" are counts), or any figure after a
 *   count noun as their subject ("the death toll has crossed 126"); "topped", "exceeded", "surpassed" always do.
 * - A year-like figure before capitalised words closed by a treaty or event noun is a year ("the 1951 Refugee
 *   Convention"); era marks after one ("44 BC", "1446 AH") too.
 * - "a dozen", "a hundred", "a half": "a"/"an" counts one only before a scale or fraction word.
 * - Exponents are read only glued ("1e10", "1.1^23", "1.3x10^6"); news rarely writes them, and then so.
 * - Years: a four-digit 1800-2100 figure after "year", "in", "since", "by" … or a month name is a year; "the 2015
 *   budget" is left a plain number, because "the 2000 soldiers" is written the same way (the quantity assembler
 *   then drops it before a singular noun, where it cannot be a count: see yearBeforeSingular).
 */

const cardinals: [string, number][] = [
  ["zero", 0], ["nought", 0], ["naught", 0],
  ["one", 1], ["two", 2], ["three", 3], ["four", 4], ["five", 5], ["six", 6], ["seven", 7], ["eight", 8],
  ["nine", 9], ["ten", 10], ["eleven", 11], ["twelve", 12], ["thirteen", 13], ["fourteen", 14], ["fifteen", 15],
  ["sixteen", 16], ["seventeen", 17], ["eighteen", 18], ["nineteen", 19],
  ["twenty", 20], ["thirty", 30], ["forty", 40], ["fourty", 40], ["fifty", 50], ["sixty", 60], ["seventy", 70],
  ["eighty", 80], ["ninety", 90],
];

const scales: [string, ScaleWord][] = [
  ["hundred", { value: 100 }], ["hundreds", { value: 100, plural: true }],
  ["thousand", { value: 1e3 }], ["thousands", { value: 1e3, plural: true }],
  ["million", { value: 1e6 }], ["millions", { value: 1e6, plural: true }],
  ["billion", { value: 1e9 }], ["billions", { value: 1e9, plural: true }],
  ["trillion", { value: 1e12 }], ["trillions", { value: 1e12, plural: true }],
  ["lakh", { value: 1e5 }], ["lakhs", { value: 1e5, plural: true }], ["lac", { value: 1e5 }],
  ["crore", { value: 1e7 }], ["crores", { value: 1e7, plural: true }],
  ["dozen", { value: 12 }], ["dozens", { value: 12, plural: true }],
  ["dz", { value: 12 }], ["dzs", { value: 12, plural: true }], ["doz", { value: 12 }], ["dozs", { value: 12, plural: true }],
];

const ordinalFraction = (denominator: number): FractionWord => ({ denominator, ordinal: true });
const pluralFraction = (denominator: number): FractionWord => ({ denominator, plural: true });

const fractions: [string, FractionWord][] = [
  ["half", { denominator: 2, bare: true }], ["halves", pluralFraction(2)],
  ["quarter", { denominator: 4 }], ["quarters", { denominator: 4, plural: true, period: true }],
  ["third", ordinalFraction(3)], ["thirds", pluralFraction(3)],
  ["fourth", ordinalFraction(4)], ["fourths", pluralFraction(4)],
  ["fifth", ordinalFraction(5)], ["fifths", pluralFraction(5)],
  ["sixth", ordinalFraction(6)], ["sixths", pluralFraction(6)],
  ["seventh", ordinalFraction(7)], ["sevenths", pluralFraction(7)],
  ["eighth", ordinalFraction(8)], ["eighths", pluralFraction(8)],
  ["ninth", ordinalFraction(9)], ["ninths", pluralFraction(9)],
  ["tenth", ordinalFraction(10)], ["tenths", pluralFraction(10)],
  ["eleventh", ordinalFraction(11)], ["elevenths", pluralFraction(11)],
  ["twelfth", ordinalFraction(12)], ["twelfths", pluralFraction(12)],
  ["twentieth", ordinalFraction(20)], ["twentieths", pluralFraction(20)],
  ["thirtieth", ordinalFraction(30)], ["thirtieths", pluralFraction(30)],
  ["fortieth", ordinalFraction(40)], ["fortieths", pluralFraction(40)],
  ["fiftieth", ordinalFraction(50)], ["fiftieths", pluralFraction(50)],
  ["sixtieth", ordinalFraction(60)], ["sixtieths", pluralFraction(60)],
  ["seventieth", ordinalFraction(70)], ["seventieths", pluralFraction(70)],
  ["eightieth", ordinalFraction(80)], ["eightieths", pluralFraction(80)],
  ["ninetieth", ordinalFraction(90)], ["ninetieths", pluralFraction(90)],
  ["hundredth", ordinalFraction(100)], ["hundredths", pluralFraction(100)],
  ["thousandth", ordinalFraction(1000)], ["thousandths", pluralFraction(1000)],
  ["millionth", ordinalFraction(1e6)], ["millionths", pluralFraction(1e6)],
  ["billionth", ordinalFraction(1e9)], ["billionths", pluralFraction(1e9)],
  ["trillionth", ordinalFraction(1e12)], ["trillionths", pluralFraction(1e12)],
  // Units ordinals that only appear inside a compound denominator ("twenty-first", "thirty-second").
  ["first", { denominator: 1, ordinal: true, compoundOnly: true }], ["firsts", { denominator: 1, plural: true, compoundOnly: true }],
  ["second", { denominator: 2, ordinal: true, compoundOnly: true }], ["seconds", { denominator: 2, plural: true, compoundOnly: true }],
];

const over: QualifierWord = "over";
const atLeast: QualifierWord = "atLeast";
const under: QualifierWord = "under";
const atMost: QualifierWord = "atMost";
const approx: QualifierWord = "approx";
const nearly: QualifierWord = "nearly";

const qualifiersBefore: [string, QualifierWord][] = [
  ...[
    "more than", "over", "above", "in excess of", "upwards of", "upward of", "exceeding", "exceed", "exceeds",
    "exceeded", "surpass", "surpassing", "surpassed", "greater than", "larger than", "bigger than", "higher than",
    "well over", "well above", "just over", "just above", "topped", "tops", "topping", ">",
  ].map((p): [string, QualifierWord] => [p, over]),
  ...[
    "at least", "no fewer than", "no less than", "not less than", "not fewer than", "a minimum of", "minimum of",
    "at a minimum", ">=", "≥", "greater than or equal to", "more than or equal to", "greater or equal than",
    "greater or equal to", "bigger or equal than", "higher or equal than", "larger or equal than",
    "larger than or equal to", "bigger than or equal to", "higher than or equal to", "equal to or more than",
    "equal to or greater than", "equal to or higher than", "equal to or larger than", "at least or equal to",
    "no less than or equal to",
  ].map((p): [string, QualifierWord] => [p, atLeast]),
  ...["less than", "fewer than", "under", "below", "lower than", "smaller than", "well under", "well below", "<"].map(
    (p): [string, QualifierWord] => [p, under],
  ),
  ...[
    // "as long as 10 days", "waves as high as 10 metres"; "as far as" bounds a distance only (see quantities).
    "up to", "as many as", "as much as", "as long as", "as high as", "as far as", "at most", "at the most", "no more than", "not more than", "a maximum of",
    // A verb of exceeding under a negation bounds from above: "sales did not exceed 38,000".
    "did not exceed", "does not exceed", "do not exceed", "will not exceed", "would not exceed", "not exceeding",
    "not to exceed", "never exceeded", "did not top", "did not surpass",
    "maximum of", "<=", "≤", "less than or equal to", "fewer than or equal to", "less or equal than",
    "less or equal to", "smaller or equal than", "lower or equal than", "smaller than or equal to",
    "lower than or equal to", "equal to or less than", "equal to or fewer than", "equal to or lower than",
    "equal to or smaller than",
  ].map((p): [string, QualifierWord] => [p, atMost]),
  ...[
    "about", "around", "approximately", "roughly", "some", "an estimated", "estimated", "circa", "approx",
    "approx.", "c.", "an approximate", "more or less", "in the region of", "on the order of", "~",
  ].map((p): [string, QualifierWord] => [p, approx]),
  // "is approaching the Dh300 billion-mark", "nearing 1,000": not yet there.
  ...["nearly", "almost", "close to", "just under", "just below", "just shy of", "not quite", "nearly as many as", "approaching", "nearing"].map(
    (p): [string, QualifierWord] => [p, nearly],
  ),
  ...["equal to", "equals", "equals to", "equaling", "equaling to", "equalling", "is equal to", "exactly", "precisely", "="].map(
    (p): [string, QualifierWord] => [p, "exact"],
  ),
];

const qualifiersAfter: [string, QualifierWord][] = [
  ...["or more", "and more", "or above", "and above", "or greater", "or over", "and over", "or higher", "or more than", "or greater than", "plus"].map(
    (p): [string, QualifierWord] => [p, atLeast],
  ),
  ...["or less", "or fewer", "or below", "and below", "or under", "and under", "or lower", "at most", "or less than", "or fewer than", "at the most"].map(
    (p): [string, QualifierWord] => [p, atMost],
  ),
  // "7% plus or minus 2 points" is a band around 7, not "7 or more" ("plus" alone).
  ...["or so", "or thereabouts", "approximately", "roughly", "more or less", "give or take", "plus or minus"].map((p): [string, QualifierWord] => [p, approx]),
  // Glued by a hyphen: "100-plus workers", "40-odd people" (tokenised as the hyphen and the word).
  ["-plus", atLeast],
  // Glued as a sign: "11+ years" in a headline.
  ["+", atLeast],
  ["-odd", approx],
  ...["at least"].map((p): [string, QualifierWord] => [p, atLeast]),
  ...["or equal", "or equal to", "or equals"].map((p): [string, QualifierWord] => [p, "orEqual"]),
  ...["exactly", "precisely"].map((p): [string, QualifierWord] => [p, "exact"]),
];

// Plural nouns nobody measures in metres: before one a glued "m" is millions ("2.5m people", "over 1.8m votes"),
// as British copy writes it; "1.8m tall", "a 50m pool", "10m waves" stay metres.
const countedInMillions = [
  "people", "persons", "residents", "inhabitants", "citizens", "voters", "votes", "ballots", "users", "customers",
  "subscribers", "viewers", "visitors", "tourists", "passengers", "travellers", "travelers", "pilgrims", "refugees",
  "migrants", "children", "adults", "students", "workers", "jobs", "members", "followers", "households", "homes",
  "families", "patients", "doses", "vaccinations", "cases", "infections", "deaths", "barrels", "tonnes", "tons",
  "copies", "shares", "vehicles", "cars", "downloads", "years", "acres", "hectares",
];

export const numbers: NumberWords = {
  cardinals,
  scales,
  scaleSuffixes: [
    { form: "k", value: 1e3 },
    { form: "K", value: 1e3, caseSensitive: true },
    { form: "M", value: 1e6, caseSensitive: true },
    // "2.5m people": British copy writes millions so with no currency sign; before such a noun no length is meant.
    // Not "men" or "women": "the 100m men's final" is a race.
    { form: "m", value: 1e6, caseSensitive: true, gluedOnly: true, afterCurrency: true, orBefore: countedInMillions },
    { form: "mm", value: 1e6, gluedOnly: true, afterCurrency: true },
    { form: "MM", value: 1e6, caseSensitive: true },
    { form: "mn", value: 1e6 }, { form: "mln", value: 1e6 }, { form: "mil", value: 1e6 }, { form: "mio", value: 1e6 },
    // "$26B", "2B users"; a bare capital "26B" is a seat, a flat or a gate ("seats 26A and 26B"), as "26A" is.
    { form: "B", value: 1e9, caseSensitive: true, gluedOnly: true, afterCurrency: true, orBefore: countedInMillions },
    { form: "b", value: 1e9, caseSensitive: true, gluedOnly: true }, { form: "bn", value: 1e9 }, { form: "bln", value: 1e9 },
    { form: "tn", value: 1e12 }, { form: "trn", value: 1e12 }, { form: "tln", value: 1e12 },
  ],
  // "Dh12.2 billion", "Dhs40 million": the UAE's own English press writes the dirham so, glued to its amount.
  currencySigns: ["$", "£", "€", "¥", "₹", "usd", "eur", "gbp", "egp", "sar", "sr", "aed", "dh", "dhs", "kwd", "jod", "iqd", "qar", "qr", "omr", "ro", "bhd"],
  fractions,
  compoundDenominators: true,
  articles: ["a", "an"],
  bareScales: false,
  unitsBeforeTens: false,
  adjacentJoins: true,
  hyphenJoins: true,
  conjunctions: ["and"],
  decimalPoints: ["point"],
  negatives: ["minus", "negative"],
  toleranceLeads: ["plus or"],
  fractionOf: ["of a", "of an"],
  fractionFollowers: ["of"],
  // "48 of the 329 seats" names a part of its whole like "out of"; the whole must be the larger figure.
  possessiveEndings: ["'s", "’s"],
  ratios: [["out of", { proper: true, parts: true, distant: true }], ["of the", { proper: true, parts: true }], ["in", { proper: true }], ["over", { clauseEnd: true }]],
  pronouns: {
    words: ["one"],
    precededBy: ["the", "this", "that", "which", "each", "every", "any", "no", "another", "someone", "last", "next", "little", "loved", "big"],
    // "…, one that reflects Dubai's unique spirit": the relative pronoun after it makes "one" a noun's stand-in.
    followedBy: ["of", "another", "by", "after", "'s", "that", "which", "who"],
    unlessNounAfter: ["that"],
  },
  // "half marathons": a race over half the distance is a kind of race, not half of one.
  idioms: ["one another", "no one", "one-on-one", "one by one", "one after another", "at one point", "one-off", "one-time", "the only one", "half marathon", "half marathons"],
  fractionNouns: ["the", "first", "second", "other", "latter", "former", "last", "this", "that", "each", "better", "final", "opening"],
  // "a quarter-point rate cut", "a half-point cut": points of a rate (see quantities' cuedReadings).
  hyphenFractionWords: ["point"],
  // "pc" is the British and South Asian papers' per cent ("a 15pc increase").
  percentAfter: [
    ["%", true], ["percent", true], ["per cent", true], ["percents", true], ["percentage", true], ["pct", true], ["pc", true],
    ["percentage point", false], ["percentage points", false], ["percent point", false], ["per cent point", false],
  ],
  percentBefore: ["percent of", "per cent of", "percents of"],
  qualifiersBefore,
  qualifiersAfter,
  rangeBetween: ["between"],
  rangeAnd: ["and"],
  rangeFrom: ["from"],
  rangeTo: ["to", "through", "thru"],
  changeWords: [
    "rose", "rise", "rises", "rising", "risen", "fell", "fall", "falls", "falling", "fallen", "increased", "increase",
    "increases", "increasing", "decreased", "decrease", "decreases", "decreasing", "climbed", "climb", "climbs",
    "dropped", "drop", "drops", "jumped", "jump", "jumps", "grew", "grow", "grows", "growing", "grown", "declined",
    "decline", "declines", "cut", "cuts", "raised", "raise", "lowered", "slashed", "reduced", "soared", "plunged",
    "slipped", "surged", "went", "up", "down", "revised", "changed", "edged", "crept", "inched", "ticked", "shot",
    "moved", "dipped", "spiked", "edging", "creeping", "inching", "ticking", "going", "gone", "moving", "climbing",
    "soaring", "jumping", "surging",
  ],
  rangeBy: ["by"],
  comparisonSubjects: ["which is", "which was"],
  movedVerbs: [
    "rose", "rise", "rises", "rising", "risen", "went", "go", "goes", "going", "gone", "moved", "moves", "moving", "edged",
    "edges", "edging", "crept", "creeps", "creeping", "inched", "inches", "inching", "ticked", "ticks", "ticking",
    "shot", "shoots", "shooting", "jumped", "jumps", "jumping", "climbed", "climbs", "climbing", "spiked", "spikes",
    "spiking", "soared", "soars", "soaring", "surged", "surges", "surging", "crawled", "crawls", "bounced", "bounces",
    // "Inflation picks up to 2.7%", "output ramped up to 40 a month": phrasal verbs of speeding up.
    "picked", "picks", "picking", "ramped", "ramps", "ramping",
    // A headline drops the verb: "India landslide toll up to 51" is the toll risen to 51, not at most 51.
    "toll", "tally",
  ],
  boundJoiners: ["and", "but", ","],
  ordinalSuffixes: ["st", "nd", "rd", "th"],
  // Temperatures as British and wire copy write them: "51C", "124F".
  unitLetters: ["C", "F"],
  yearCues: ["year", "years", "fiscal", "fy", "mid", "early", "late", "spring", "summer", "autumn", "winter", "class of"],
  fiscalYearsAfter: ["financial year", "fiscal year"],
  weakYearCues: ["in", "since", "by", "until", "till", "during", "before", "after"],
  referenceCues: [
    "article", "articles", "resolution", "resolutions", "no .", "nos .", "nr .", "nrs .", "#", "page", "pages",
    "room", "chapter", "section", "paragraph", "clause", "item", "flight", "route", "highway", "platform", "gate",
    "terminal", "verse", "vol .", "amendment", "decree", "protocol", "annex", "appendix", "fig .", "number",
    "precinct", "docket", "episode", "channel", "level", "category", "grade", "phase", "stage", "exit", "pier",
    "berth", "interstate", "junction", "apartment", "apt .", "suite", "cabin", "seat", "locker",
  ],
  // Also places named by a number only when capitalised: "Ward 4", "Bus 12", not "on the bus 12 people died".
  namedReferenceCues: [
    "law", "bill", "act", "regulation", "directive", "ordinance", "statute", "order", "ward", "bus", "hangar", "bay",
    "lane", "tram", "building", "block", "flat", "unit", "cell", "hall", "row", "wing", "tower", "coach",
    "carriage", "train", "lot", "studio", "villa", "court", "camp",
    // Ballot lists and electoral districts numbered like places: "List 104", "District 5"; "the list 12 names".
    "list", "district",
    // "wear the No 10 shirt", "No 10 Downing Street": the number sign without its point; "no 10 people" is a count.
    "no",
  ],
  modelWords: [
    "sukhoi", "mig", "tupolev", "ilyushin", "antonov", "yak", "yakovlev", "kamov", "boeing", "airbus", "embraer",
    "bombardier", "cessna", "lockheed", "mirage", "rafale", "tornado", "eurofighter", "tomahawk", "kalibr",
    "iskander", "patriot", "pantsir", "scud", "model", "type", "mark", "mk", "version", "windows", "iphone",
    "galaxy", "pixel", "xbox", "playstation", "apollo", "soyuz", "falcon", "proton", "voyager",
    // Stock indices named by their number of shares ("FTSE 100", "Nikkei 225"); "S&P 500" is read by its ampersand.
    "ftse", "nikkei", "stoxx",
  ],
  notCodePrefixes: [
    "mid", "pre", "post", "top", "over", "under", "late", "early", "non", "anti", "pro", "ex", "sub", "the", "a",
    "an", "and", "or", "to", "of", "in", "on", "at", "by", "for", "up", "per", "all", "day", "year", "age", "aged",
    "no", "vs", "v", "from", "than", "as", "is", "was", "be", "it", "its",
  ],
  // "An-24", "An-124": the Antonov's letters, written so; "an" is otherwise the article.
  casedCodePrefixes: ["An"],
  nameHeads: ["group of", "the group of", "club of"],
  // Indian and other railways name a train by number, route and class ("12951 Mumbai Rajdhani Express").
  serviceNames: ["express", "mail", "superfast"],
  sequenceWords: ["first", "last", "past", "next", "previous", "final", "coming"],
  scoreCues: [
    "beat", "beats", "beating", "won", "win", "wins", "winning", "lost", "lose", "loses", "losing", "drew", "draw",
    "draws", "defeated", "defeat", "defeats", "defeating", "thrashed", "edged", "victory", "loss", "lead", "led",
    "leading", "trailing", "scoreline", "final score", "half-time", "halftime", "full-time",
    // "the match ended 2-2", "a dramatic 2-2 equaliser", "4-3 on aggregate".
    "ended", "equaliser", "equalizer", "aggregate", "on aggregate",
  ],
  clockCues: [],
  clockMarks: [
    ["a.m.", "am"], ["a.m", "am"], ["am", "am"], ["p.m.", "pm"], ["p.m", "pm"], ["pm", "pm"],
    // Time zones as wire copy writes them. Those spelled like words are left out ("EAT", "CAT", "WAT", "WEST",
    // "WET": "5 West Bank villages"), and so is "local" alone ("5 local residents").
    ...["gmt", "utc", "cet", "cest", "bst", "eet", "eest", "msk", "est", "edt", "cst", "cdt", "mst", "mdt", "pst",
      "pdt", "akst", "hst", "ast", "ist", "pkt", "gst", "jst", "kst", "hkt", "sgt", "aest", "aedt", "awst", "nzst",
      "nzdt", "sast"].map((z): [string, ClockMark] => [z, "zone"]),
    ["o'clock", "zone"], ["o’clock", "zone"], ["local time", "zone"], ["noon", "noon"],
    ["in the morning", "am"], ["in the afternoon", "pm"], ["in the evening", "pm"], ["at night", "night"],
    // Military hhmm ("at 0300 hrs", "1430 hrs IST"): "hrs" after four bare digits is a time; "hours" only after a
    // leading zero, since "1500 hours" of work is also written so.
    ["hrs", "hhmm"], ["hrs.", "hhmm"], ["hours", "hhmm0"],
  ],
  phoneCues: [
    ...["phone", "telephone", "tel", "tel.", "tel:", "hotline", "hot line", "helpline", "help line", "phone number",
      "telephone number", "emergency number", "fax", "whatsapp", "call centre", "call center", "dial", "freephone",
      "toll-free", "toll free"].map((c): [string, PhoneCue] => [c, "strong"]),
    ["line", "weak"], ["number", "weak"],
  ],
  // "AD" is left out: folded it is the word "ad" ("a 30 ad campaign"), and news writes "AD 70" before the year.
  // "the 1990s", "the 1980's": a decade is a time, not a count.
  // "scored on 74 minutes": a minute of play, not a span of 74 minutes.
  momentCues: { before: ["on"], after: ["minutes", "minute", "mins"] },
  yearMarks: [
    ["ah", [1, 1600]], ["bc", [1, 10000]], ["bce", [1, 10000]], ["ce", [1, 2100]], ["s", [1800, 2100]], ["'s", [1800, 2100]],
    ["’s", [1800, 2100]],
  ],
  yearNameHeads: [
    "convention", "conventions", "agreement", "agreements", "accord", "accords", "treaty", "act", "protocol",
    "charter", "declaration", "constitution", "olympics", "games", "cup", "census", "election", "elections",
    "summit", "agenda", "war", "revolution", "uprising",
  ],
  designationWords: ["max", "neo", "ng", "xwb", "xlr"],
  // Boeing's airliner families, written bare before a variant ("737-9", "777-300ER"); "737 passengers" still counts.
  // "second-half goals", "a first-half penalty", "fourth-quarter profit": a part of a match or a year.
  periodOrdinals: ["first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th"],
  modelFamilyNumbers: ["707", "717", "727", "737", "747", "757", "767", "777", "787"],
  // "crossed the Dh1 trillion mark", "surpassed the 1,000 threshold": not "level", since "exceeded the 2019 level"
  // names a year's figure, not a bound on this one.
  thresholdAfter: { articles: ["the"], nouns: ["mark", "barrier", "threshold", "milestone"] },
  milestoneQualifiers: ["passed", "passes", "passing", "crossed", "crosses", "crossing"].map((p): [string, QualifierWord] => [p, over]),
  // The subject of such a verb that makes it bound any figure, round or not ("the death toll has crossed 126").
  countNouns: ["toll", "tally", "count", "total"],
};
