/**
 * The word lists and rule data a locale gives the number recogniser. The engine (this folder) knows no word of
 * any language: everything it matches comes from here. Forms are folded when compiled (see lang/lexicon.ts), so
 * lists are written as people spell (أ/ا, ة/ه, upper/lower case need no separate entries). Multi-word entries
 * are matched over tokens, so "per cent", "أكثر من" and "p.m." are single entries.
 */
import type { Qualifier } from "../../types.js";

/** A multiplier word: hundred, thousand, million, dozen, ألف, آلاف, مليونين… */
export interface ScaleWord {
  value: number;
  /** Plural form ("آلاف", "ملايين", "thousands"): a number only after an explicit count ("4 آلاف"). */
  plural?: boolean;
  /** Dual form ("ألفين", "مليونان"): already means two of the scale, takes no count. */
  dual?: boolean;
  /**
   * Spelled both as the singular's accusative ("12 ألفاً" without its mark) and as the dual in construct ("ألفا
   * جندي", two thousand soldiers): the dual where it opens a number right before its noun.
   */
  constructDual?: boolean;
}

/** A fraction word: half, quarter, thirds, ثلث, أرباع… */
export interface FractionWord {
  /** 2 for half, 3 for third, 4 for quarter… */
  denominator: number;
  /** Plural ("thirds", "أخماس"): only after a count ("three fifths", "ثلاثة أخماس"). */
  plural?: boolean;
  /** The word itself means two of them ("ثلثان", "ثلثي"). */
  dual?: boolean;
  /**
   * The word is also an ordinal ("third", "fifth"): alone it is a fraction only after a count ("one fifth",
   * "a third") and when "of", punctuation or the end of the text follows ("a third of the vote"), never in
   * "a third round".
   */
  ordinal?: boolean;
  /**
   * The word is spelled like a cardinal ("خمس" is five and a fifth, "عشر" ten and a tenth): it is the fraction
   * only when a definite word follows ("خمس الميزانية"), otherwise the cardinal ("خمس سنوات").
   */
  cardinalTwin?: boolean;
  /** Alone, with no count, the word is the fraction ("half the city", "نصف السكان"); "quarter" alone is not. */
  bare?: boolean;
  /**
   * The plural also names periods ("quarters" of a year): after a word of sequence (NumberWords.sequenceWords,
   * "the first three quarters in 2025") the count before it counts periods, not a fraction.
   */
  period?: boolean;
  /**
   * The form is listed with its conjunction glued and is a fraction only so, added to a count («16 ونص مليون»,
   * «مليون ونص»): the Egyptian «نص» is "half" there and "a text" elsewhere (and a two-letter stem after a clitic is
   * not read).
   */
  joinedOnly?: boolean;
  /** Only as the last part of a compound denominator ("twenty-first" = 1/21); alone "second" is not a half. */
  compoundOnly?: boolean;
  /**
   * A dual spelled like a tens cardinal ("خمسين" is fifty and two fifths): the fraction only after a conjunction,
   * added to a compound of two parts or more whose tens are taken, which is larger than the cardinal and which no
   * scale word follows ("مئة وثلاثون وخمسين" = 130.4). Everywhere else it is the cardinal ("مئة وخمسين" = 150,
   * "بين ثلاثة وعشرين وخمسين" is 23 to 50, "مئة وعشرين وخمسين ألفا" is 120 and 50,000).
   */
  tensTwin?: boolean;
}

/**
 * When "a WORD b" is the fraction a/b: always, or when a < b, or when nothing but punctuation follows b (any of
 * those that is set).
 */
export interface RatioRule {
  /** Always ("ثلاثة أجزاء من عشرة", three parts of ten). */
  always?: boolean;
  /** When a < b ("one in three"; "8 in 5" is two numbers). */
  proper?: boolean;
  /** When nothing but punctuation or the end follows b ("2000 over 3."; "$2000 over 3 years" is two numbers). */
  clauseEnd?: boolean;
  /**
   * The words join a part and its whole, each a figure a report checks on its own ("17 out of 41 seats", «17 من
   * أصل 41 مقعداً»): when the rule holds, the two stay two mentions and the first names the second (`partOf`)
   * instead of becoming the fraction.
   */
  parts?: boolean;
  /**
   * With `parts`: the words may also follow a short phrase of the part's («صوت 89 نائبا على مشروع القانون، من أصل
   * 114», "48 seats in the election out of 329"). Not "of the", which after a phrase is another noun's ("1.2 s of
   * CPU of the 3.2 s").
   */
  distant?: boolean;
}

/** How a qualifier word bounds the number; "orEqual" turns over/under into atLeast/atMost; "exact" insists. */
export type QualifierWord = Exclude<Qualifier, "exact" | "range"> | "orEqual" | "exact";

/** A scale abbreviation written after digits: "5k", "$3m", "1.5bn", "10 bln". */
export interface ScaleSuffix {
  /** As written; compared case-sensitively when `caseSensitive`, folded otherwise. */
  form: string;
  value: number;
  caseSensitive?: boolean;
  /** Only directly glued to the digits ("5k"); otherwise a space may come between ("2.33 k", "10 bln"). */
  gluedOnly?: boolean;
  /** Only after a currency sign ("$3m"): alone "1m" is a metre. */
  afterCurrency?: boolean;
  /**
   * Words (folded) right after the suffix that make it a scale with no currency sign: what no length measures
   * ("2.5m people", "1.2m children" in British copy; "a 400m race" stays metres).
   */
  orBefore?: readonly string[];
}

/**
 * What a word after a clock time says: am/pm (with the hour to shift), or that it is a time zone / "o'clock".
 * "hhmm" and "hhmm0" only make four bare digits a time written hhmm ("0300 hrs"), never a bare hour ("2 hrs" is a
 * span); "hhmm0" only when the digits start with a zero, for a word that is also a unit ("0300 hours" is a time,
 * "1500 hours" may be a count of hours).
 */
export type ClockMark = "am" | "pm" | "night" | "noon" | "zone" | "hhmm" | "hhmm0";

/**
 * A word or phrase before a telephone number. "strong" cues name nothing else ("hotline", «هاتف»); "weak" ones
 * also name other things ("line": a metro line, "a line 20 km long"), and make a figure a telephone number only
 * when nothing but punctuation or a function word follows it ("the emergency line, 122, was overwhelmed").
 */
export type PhoneCue = "strong" | "weak";

export interface NumberWords {
  // ——— Spelled numbers ———
  /** Cardinal words below 1000 that stand alone: units, teens, tens, and hundreds written as one word. */
  cardinals: readonly (readonly [string, number])[];
  /** Words that are numbers only as the head of a teen compound ("أحد عشر", "اثنا عشر"); never alone. */
  teenHeads?: readonly (readonly [string, number])[];
  /** Second words of a teen compound, added to the unit before them with no conjunction ("عشر", "عشرة"). */
  teenTails?: readonly (readonly [string, number])[];
  /**
   * Ordinal words that a teen tail completes ("الحادي عشر", "الثالثة عشرة": eleventh, thirteenth): the tail after
   * one is part of the ordinal, not the number ten.
   */
  ordinalTeenHeads?: readonly string[];
  /** Multipliers: hundred, thousand … and dozen. */
  scales: readonly (readonly [string, ScaleWord])[];
  /** Scale abbreviations after digits ("k", "bn", "M"). */
  scaleSuffixes?: readonly ScaleSuffix[];
  /** Currency signs that make an `afterCurrency` suffix a scale ("$", "£", "€"). */
  currencySigns?: readonly string[];
  /**
   * Letters glued between two digit groups that write a decimal with its fraction first, as Algerian wire copy
   * does: «1ر13 بالمئة» is 13.1 per cent (the fraction, the mark, then the whole number, in reading order).
   */
  reversedDecimalMarks?: readonly string[];
  fractions: readonly (readonly [string, FractionWord])[];
  /** Tens followed by an ordinal fraction word form one denominator ("twenty-fifth" = 1/25). */
  compoundDenominators?: boolean;
  /** Words that mean one before a scale or fraction ("a hundred", "an eighth", "a half"). */
  articles?: readonly string[];
  /** A scale word alone is a number ("ألف جندي", "مليون لاجئ"); in English "thousand" needs a count. */
  bareScales?: boolean;
  /** Units may come before tens when joined by a conjunction ("واحد وعشرون"); English says "twenty-one". */
  unitsBeforeTens?: boolean;
  /** Parts of a spelled number may follow each other with no conjunction ("one hundred twenty", "twenty one"). */
  adjacentJoins?: boolean;
  /** A hyphen may join parts of a spelled number ("twenty-one", "two-thirds"). */
  hyphenJoins?: boolean;
  /** Standalone conjunction words ("and", "و"). */
  conjunctions: readonly string[];
  /** Folded clitic prefixes meaning "and" ("و"); a longer clitic that starts with one carries it too ("وب"). */
  conjunctionPrefixes?: readonly string[];
  /** Folded clitics that make a word definite ("ال", "لل"); a clitic ending in one counts ("بال", "وال"). */
  definitePrefixes?: readonly string[];
  /** Decimal-point words in spelled numbers ("point", "فاصلة"); the digits follow as words. */
  decimalPoints?: readonly string[];
  /** Words that make the following number negative ("minus", "سالب"). */
  negatives?: readonly string[];
  /**
   * Words before a negative word that make it half of a tolerance ("plus or" of "plus or minus 2 points"): the
   * number after it is a margin, not below zero.
   */
  toleranceLeads?: readonly string[];
  /** Words that link a fraction to a scale ("two thirds of a million"). */
  fractionOf?: readonly string[];
  /** Words after an ordinal fraction that confirm it is a fraction ("a third of the vote"). */
  fractionFollowers?: readonly string[];
  /** Words between the parts of a ratio read as a fraction ("one out of three", "3 من أصل 10"). */
  ratios?: readonly (readonly [string, RatioRule])[];
  /**
   * Endings of a possessive that may stand between a part-of ratio and its whole ("three of the stadium's 12
   * gates"): a word, then one of these glued to it.
   */
  possessiveEndings?: readonly string[];

  // ——— Words that look like numbers but are not ———
  /** Number words used as pronouns: "one" in "the one", "which one", "one of them". */
  pronouns?: {
    words: readonly string[];
    /** Words right before that make it a pronoun ("the", "which", "أي"). */
    precededBy: readonly string[];
    /** Words right after that make it a pronoun ("of", "another", "من"). */
    followedBy: readonly string[];
    /**
     * Of `precededBy`, the words that also join a reported clause: before a noun the number counts ("said that
     * one person died"), elsewhere it is a pronoun ("that one was better").
     */
    unlessNounAfter?: readonly string[];
  };
  /** Phrases whose number word is not a count ("في آن واحد", "one another", "no one"). */
  idioms?: readonly string[];
  /** Words before a fraction word that make it a noun ("the first half", "the second half"). */
  fractionNouns?: readonly string[];
  /**
   * Words a fraction may be glued to by a hyphen and still be a number ("a quarter-point cut"); any other keeps
   * "half-brother", "half-time" from being one. The quantity reader decides what the figure counts.
   */
  hyphenFractionWords?: readonly string[];

  // ——— Percent ———
  /** Percent words after the number, with false for look-alikes that are not percent ("percentage points"). */
  percentAfter: readonly (readonly [string, boolean])[];
  /** Percent words that may come before the number ("بالمائة 10", "per cent of 22"). */
  percentBefore?: readonly string[];
  /** Words naming a share ("نسبة"): the number after is a percent when nothing but punctuation or a function word follows. */
  percentCues?: readonly string[];

  /**
   * A definite tens word («الثمانين») is a count only after a qualifier; after one of `ageLeads` («في») and
   * before one of `ageTails` («من عمره») or the end of a clause, it is a person's age («أكبرهم في الثمانين»).
   */
  ageLeads?: readonly string[];
  ageTails?: readonly string[];

  // ——— Qualifiers and ranges ———
  /** Phrases right before the number. */
  qualifiersBefore: readonly (readonly [string, QualifierWord])[];
  /** Phrases right after the number (and its percent word). */
  qualifiersAfter: readonly (readonly [string, QualifierWord])[];
  /** "between" … "and" ranges. */
  rangeBetween: readonly string[];
  rangeAnd: readonly string[];
  /** "from" … "to" ranges, and "to" alone ("20 to 30"). */
  rangeFrom: readonly string[];
  rangeTo: readonly string[];
  /** Words of change before "from" or before "X to Y": "rose from 20 to 30", "rose 5% to 30%" are two values. */
  changeWords?: readonly string[];
  /** After a word of change, these before X still make "X to Y" a range ("rose by 5 to 10 percent"). */
  rangeBy?: readonly string[];
  /**
   * Verbs of a figure moving on its own ("edged", "shot"): a bound phrase after them that opens with a word of
   * change ("edged up to 4.3%") says where the figure went, not how far it may go. Not verbs of doing ("cut up to
   * 700 jobs" is a bound).
   */
  movedVerbs?: readonly string[];
  /**
   * A pronoun standing for a figure given just before ("which is", «وهو»): a bound after it compares that figure
   * with the next («1.31 تريليون ريال وهو أقل من 1.33 تريليون ريال المقدر للعام 2025»), which is given exactly.
   */
  comparisonSubjects?: readonly string[];
  /** Words that join a lower and an upper bound into one range ("more than 10 and less than 40"). */
  boundJoiners?: readonly string[];

  // ——— Roles ———
  /** Letters glued after digits that make an ordinal ("3rd", "21st"). */
  ordinalSuffixes?: readonly string[];
  /**
   * Capital letters that, glued after digits, abbreviate a unit rather than make a model code ("51C", "124F" are
   * temperatures; "4G", "A321" stay codes). Written as they appear, case-sensitive; the unit itself comes from the
   * quantity word lists.
   */
  unitLetters?: readonly string[];
  /** Words before a four-digit number that make it a year ("عام", "year"). */
  yearCues?: readonly string[];
  /**
   * Words after two consecutive years joined by a dash, a slash or a word of range that make them one fiscal year
   * ("the 2025 to 2026 financial year", "the 2025-2026 fiscal year"): both are years, not a range of years counted.
   */
  fiscalYearsAfter?: readonly string[];
  /** Weaker cues ("in", "since", "منذ"): a year only when punctuation, a function word or the end follows. */
  weakYearCues?: readonly string[];
  /** Words before a number that make it a reference ("Article", "المادة", "No."). */
  referenceCues?: readonly string[];
  /**
   * Cues that make a reference only when written with a capital, as in a title ("Law 110-14", "Bill 21"), not
   * in "passed the bill 12 days later". Only for scripts with capitals.
   */
  namedReferenceCues?: readonly string[];
  /**
   * Cues naming two references at once, a dual or a plural («في الدقيقتين 48 و68», «المادتين 12 و13»): the number
   * joined to the first by a conjunction is a reference too.
   */
  referencePairCues?: readonly string[];
  /**
   * Forms of a reference cue that name the figure itself ("تجاوز الرقم 1000" is the figure 1000, while "القرار
   * رقم 2249" labels a resolution): a number after one of these is a quantity.
   */
  figureNouns?: readonly string[];
  /**
   * Words that, right before a figure noun, show it names a figure reached or bounded ("تخطى الرقم 4000",
   * "مجال الرقم 1000 - 5000"); without one the noun labels an identifier ("الاتصال على الرقم 112").
   */
  figureLeads?: readonly string[];
  /** Makers, families and letter names of models: a number right after one is a designation. */
  modelWords?: readonly string[];
  /** Model words that make a designation only without the article: «بنزين 95» is a grade, «البنزين 10» a price. */
  indefiniteModelWords?: readonly string[];
  /** Short words that do not make "word-number" a code ("mid-2015", "top-10", "over-50s"). */
  notCodePrefixes?: readonly string[];
  /**
   * Words among notCodePrefixes that, written exactly so and glued by a hyphen to the digits, are the letters
   * of a model ("An-24", the Antonov; "an" is otherwise an article).
   */
  casedCodePrefixes?: readonly string[];
  /** Words after which a spelled number is a name ("قمة العشرين" is the G20, "Group of Seven"). */
  nameHeads?: readonly string[];
  /**
   * Words right before a name head that make it another word: «ما مجموعه 500 مسافر» is "a total of 500", the
   * pronoun's ه folding like the ة of «مجموعة» (a group).
   */
  nameHeadBlockers?: readonly string[];
  /**
   * Words of a match's result, before a score (past a team's name) or right after it: "beat Ahly 2-1", "a 2-1
   * win", «بنتيجة 2-1». Two small whole numbers joined by a dash beside one are a score, which counts nothing.
   */
  scoreCues?: readonly string[];
  /**
   * Words written between the two sides of a score instead of a dash («بنتيجة 3 أهداف مقابل 2», "won by 3 goals to
   * 2"): beside a word of the result, such a pair is a score too.
   */
  scoreJoiners?: readonly string[];
  /**
   * Words that stand for one side's goals with no figure after a joiner («بثلاثة أهداف مقابل هدف», "against one
   * goal"; «مقابل هدفين»): beside a word of the result, the figure before the joiner is then a score too.
   */
  scoreSides?: readonly string[];
  /**
   * A figure right after one of `before` and right before one of `after` names a moment, not a span: "on 74
   * minutes" is a minute of play in a match report, "after 74 minutes" may be either and is not listed.
   */
  momentCues?: { before: readonly string[]; after: readonly string[] };
  /** Words after a definite number that make it a name ("الدول السبع الكبرى" is the G7, not seven countries). */
  nameTails?: readonly string[];
  /**
   * Words that end a named train or service ("Express", "Mail"): a bare four- or five-digit number right before a
   * capitalised name ending in one is the service's number ("the Patna-bound 19321 Indore-Patna express"), not a
   * count.
   */
  serviceNames?: readonly string[];
  /** Words that pick periods in order before their count ("first", "last", "past": see FractionWord.period). */
  sequenceWords?: readonly string[];
  /**
   * Singular nouns of things counted in order (a meeting, a session, an anniversary): a figure marked definite
   * after one, or after one and its adjective, is its rank («اجتماعه الوزاري الـ36», «الذكرى الـ75»), while after a
   * plural it counts («الدول الـ22», «الساعات الـ24»).
   */
  ordinalHeads?: readonly string[];
  /** Words before a number that make it a clock time ("الساعة"). */
  clockCues?: readonly string[];
  /**
   * Words after a number that make it a clock time, with what they say about the hour. A "zone" mark ("GMT",
   * "local time", «بتوقيت») also makes four bare digits a time written hhmm ("0117 GMT" is 01:17).
   */
  clockMarks?: readonly (readonly [string, ClockMark])[];
  /**
   * Words that name an hour by themselves, with the hour (Arabic ordinals: «الرابعة» is four o'clock). A number of
   * minutes joined to one by a conjunction and followed by a minutes word is the minutes of that hour
   * («الرابعة وسبع عشرة دقيقة» is 04:17), not a count of minutes.
   */
  clockHours?: readonly (readonly [string, number])[];
  /** Words for minutes after the minutes of a clock time ("دقيقة", "دقائق"). */
  minuteWords?: readonly string[];
  /** Words before a number that make it a telephone number ("hotline", «الخط الساخن»); see PhoneCue. */
  phoneCues?: readonly (readonly [string, PhoneCue])[];
  /**
   * Era marks after a year, glued or not, with the values they make a year ("1446هـ", "2025م", "44 BC"): the
   * figure is a year, not a quantity. The range keeps a metre sign («1200م») or an abbreviation a number.
   */
  yearMarks?: readonly (readonly [string, readonly [number, number]])[];
  /**
   * Capitalised nouns that close the name of a treaty, law or event after its year ("the 1951 Refugee
   * Convention", "the 2015 Paris Agreement"): a year-like figure followed by capitalised words ending in one is a
   * year. Only for scripts with capitals; "2000 Syrian refugees" has no such noun.
   */
  yearNameHeads?: readonly string[];
  /**
   * Short words that carry a model designation on after its number ("Boeing 737 MAX 8", «بوينغ 737 ماكس 8»,
   * "A320 neo"): a number right after one, following a designation, is part of it. In scripts with capitals, a
   * short word in capitals ("MAX", "NG") does too.
   */
  designationWords?: readonly string[];
  /**
   * Numbers that name a model family on their own when a variant's number is glued to them by a hyphen ("737-800",
   * "737-9", "747-400" with no maker's name before): the pair is one designation, not a range nor two figures.
   */
  modelFamilyNumbers?: readonly string[];
  /** Words of order that, glued by a hyphen before a fraction, name a part of a match or a year ("second-half"). */
  periodOrdinals?: readonly string[];
  /**
   * Phrases before a number that bound it only when it is a round milestone (two trailing zeros or more, or a
   * scale word) that no noun follows: "deaths passed 1,000 this year", "crossed 2 million."; before other figures
   * they are verbs of their own ("parliament passed 30 laws", "passed 100 laws").
   */
  milestoneQualifiers?: readonly (readonly [string, QualifierWord])[];
  /**
   * Verbs of bounding that come before their subject (Arabic verb-subject order: «تجاوز عدد المصابين 12 ألفاً»), with
   * the qualifier each gives; negated forms as their own entries («لم يتجاوز»). They qualify the figure after the
   * subject when the subject starts with one of `countNouns`.
   */
  subjectQualifiers?: readonly (readonly [string, QualifierWord])[];
  /** Nouns naming a count, toll or amount («عدد», «حصيلة», «قيمة», with pronoun endings): the subject of such a verb. */
  countNouns?: readonly string[];
  /**
   * Nouns of a threshold that stand right before their figure as the object of a verb of `subjectQualifiers` a few
   * words earlier («تجاوز الذهب يوم الأربعاء مستوى 5200 دولار», «اخترقت حاجز الـ 5200»): the verb bounds the figure.
   */
  thresholdNouns?: readonly string[];
  /**
   * The same threshold in English order, its noun after the figure: "crossed the Dh1 trillion mark", "exceeds the
   * one trillion dirhams barrier". A verb of bounding (of `qualifiersBefore` or `milestoneQualifiers`) before one of
   * `articles`, right before the figure, bounds it when one of `nouns` follows the figure within a word or two.
   */
  thresholdAfter?: { articles: readonly string[]; nouns: readonly string[] };
  /**
   * Number words that after their noun are an adjective stressing one («ليلة واحدة», a single night): alone
   * there they are not reported, as "a single night" gives no number in English.
   */
  adjectiveOnes?: readonly string[];
  /**
   * Endings of the indefinite counted noun that a definite number opens, each with the values it follows
   * (inclusive): the accusative singular after eleven to ninety-nine («الستين يوما», «الأربع والعشرين ساعة»), a
   * plural after three to ten («الخمس سنوات»). A definite number right before such a word, and after no definite
   * word (where it is an ordinal: «القرن العشرين»), counts it.
   */
  countedNounEndings?: readonly (readonly [ending: string, min: number, max: number])[];
}
