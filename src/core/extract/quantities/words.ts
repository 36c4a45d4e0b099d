/**
 * The word lists a locale gives the quantity assembler: what a number counts. Unit ids are shared by all
 * languages ("sortie", "killed", "km"), so an English and an Arabic article about the same event align.
 */

export interface UnitForms {
  /** Language-independent id. */
  id: string;
  /**
   * Every written form of the counted thing: singular, plural (sound and broken), the accusative and genitive
   * forms a number governs, multi-word forms ("كيلومتر مربع", "square kilometres"). Folded before use; clitics
   * the locale declares (و ب ال …) are stripped automatically, so "بطلعة" and "الطلعات" need no entry.
   */
  forms: readonly string[];
  /**
   * Forms read only written apart from the figure ("120 m", "394 feet (120 m)"): glued on ("2.5m") they are another
   * word (millions, in British copy).
   */
  spacedForms?: readonly string[];
  /**
   * Forms read only right after the figure: "the 181 aboard" counts everyone on board, while in "six crew members
   * aboard" the crew are counted.
   */
  adjacentForms?: readonly string[];
  /** Dual forms: the noun alone means two of it ("طلعتين" is two sorties). */
  duals?: readonly string[];
  /**
   * A generic count of people ("people", "civilians", "soldiers"): a nearby cue (killed, wounded) says what the
   * count is of. Not set for groups whose count stands on its own (passengers, crew, refugees).
   */
  person?: boolean;
  /**
   * A counter that counts whatever a count noun before the figure names ("cases" in «ارتفع عدد الوفيات إلى 104
   * حالات», deaths): the count noun wins over it. Nearby cues do not (412 cases near "78 deaths" stay cases).
   */
  counter?: boolean;
  /**
   * Words of which one must stand just before the figure (its qualifier aside) or just after the noun for the
   * forms to count this unit: "claimed 10 lives", "10 lives were lost" are the dead, "destroying 10 young lives"
   * or "saved 10 lives" are not. Without one the noun is kept as written.
   */
  cued?: readonly string[];
}

export interface RoleCue {
  /** The unit a count of people becomes when the cue is near: "killed", "injured". */
  unit: string;
  /** Words or phrases that signal it, before or after the number ("killing", "death toll", "مقتل", "أرواح"). */
  cues: readonly string[];
  /**
   * Cues that signal it only when a capitalised name follows them: "18,000 people reached Greece" arrived, while
   * "the toll reached 1,498" is a count reaching a figure.
   */
  cuesBeforeName?: readonly string[];
  /**
   * Cues that signal it only when they end right before the figure (its qualifier included): «قضى تسعة أشخاص»
   * died, while in «قضت المحكمة بسجن 12 متهما» the verb has a subject of its own and is a ruling.
   */
  cuesRightBefore?: readonly string[];
  /**
   * Cues (among `cues`) not read when they end right before the figure: "1,200 people crossed the Channel"
   * arrived, while in "the death toll has crossed 126" the verb's subject is the toll and the figure is the dead.
   */
  cuesNotRightBefore?: readonly string[];
  /**
   * Words that, within two tokens after such a figure, give the verb its other sense: «قضى 200 شخص ليلتهم في
   * العراء» spent the night.
   */
  rightBeforeUnless?: readonly string[];
  /**
   * Beginnings of words that, anywhere later in the figure's sentence, give such a verb its other sense: «فقد 40 هنديا من بين 41 شخصا حياتهم» lost their lives (a misspelt «حياتم» too), they did not go
   * missing.
   */
  rightBeforeUnlessInSentence?: readonly string[];
  /**
   * Beginnings of words that, anywhere later in the figure's sentence, give such a verb the sense of another
   * role, by that role's unit: { killed: ["حيات"] } — «فقد 12 شخصا حياتهم» lost their lives, they are dead.
   */
  rightBeforeInSentenceAs?: Readonly<Record<string, readonly string[]>>;
  /**
   * The cue tells how people came, not what befell them: it fills in a generic count of people (unit `person`) or
   * a figure with no noun, while a named group it is said of stays the figure's unit ("60,251 pilgrims arrived" and
   * «وصل (60251) حاجا» count pilgrims and meet "60,251 pilgrims" elsewhere; "18,000 people arrived" are arrivals).
   */
  keepsGroup?: boolean;
  /**
   * Cues that close a clause and say what befell every figure of it, however long its subject: «لكن 181 مهاجرا
   * وخمسة يمنيين من أفراد الطاقم ما زالوا في عداد المفقودين» (181 and five missing). Read further after a figure
   * than other cues, only when no cue near it says anything and nothing stands between but words and the figures
   * listed with it.
   */
  clauseEndCues?: readonly string[];
}

export interface QuantityWords {
  units: readonly UnitForms[];
  /** Cues that turn a count of people into a count of what happened to them. */
  roles: readonly RoleCue[];
  /** Units written before the number: currency signs and codes ("$", "US$", "E£"), "magnitude", "بقوة". */
  prefixUnits: readonly (readonly [string, string])[];
  /**
   * Qualifier words that before a span of time name the span, not a bound ("in 2,299 sorties over 48 days" is
   * during 48 days, not more than 48).
   */
  spanWords: readonly string[];
  /**
   * Bound phrases the number recogniser reads that bound a figure only when it counts one of `units`: "as far as
   * 200 km" is at most 200 km, while "as far as" before anything else is no bound of it.
   */
  unitBounds?: readonly { phrase: string; units: readonly string[] }[];
  /** Words joining two numbers that share one unit ("3 or 4 weeks", "الـ3 أو الـ4"). */
  conjunctions: readonly string[];
  /**
   * Words that open a new clause ("and destroyed 6,000 buildings"): a cue before one of them is not the verb of a
   * figure after it that names its own noun. The locale's glued conjunctions («ودمر») do the same.
   */
  clauseJoiners?: readonly string[];
  /**
   * Words offering one of two states ("or"): a cue joined by one to another word ("alive or dead", "killed or
   * wounded") says neither happened, so it is no figure's cue.
   */
  disjunctions?: readonly string[];
  /**
   * Finite verbs a bare figure may be the subject of ("one was airlifted", "three were being treated"): such a
   * figure opens its own clause, and a cue before it across a comma or a joiner ("One died there, one was
   * airlifted") is another clause's.
   */
  subjectVerbs?: readonly string[];
  /**
   * Groups of people whose count stands on its own (UnitForms.person unset: passengers, crew), and the words that
   * may stand between their noun and a verb of their own: "76 passengers were seriously injured" are injured and
   * "over 100 passengers were killed" dead, while "a train carrying 243 passengers" stays passengers.
   */
  ownVerbGroups?: { units: readonly string[]; between: readonly string[] };
  /**
   * Words that make what follows the denominator of a rate ("42 per dollar", «5 دولارات لكل برميل»): the noun after
   * one is not what the figure counts.
   */
  rateMarkers?: readonly string[];
  /**
   * A fraction below one before a definite noun is a share of it, kept with no unit, not a count («ثلثي أعضاء
   * المجلس», «ثلث الركاب»: no 0.67 members): `words` right after the fraction ("of"), and `definitePrefixes` on the noun after it or,
   * when that noun is in construct, on the word after that («أعضاء المجلس»). «نصف ساعة» stays half an hour.
   */
  shareOf?: {
    words: readonly string[];
    definitePrefixes: readonly string[];
    /** Words that are no noun in construct («ثلثها إلى السولار»: the share goes to the diesel). */
    notNouns?: readonly string[];
  };
  /**
   * A figure written like a year (1800-2100, four digits with no thousands mark): the words right before it that
   * make it the year even before a noun the lexicon counts («منذ 2011 عائلة المفقود تنتظر», "since 2011"), unless
   * it counts a span of time («منذ 2000 عام» is two thousand years). Cues the date reader takes with the year
   * («عام 2000», "in 2000") need not be listed.
   */
  yearCues?: readonly string[];
  /**
   * Endings that only a noun has («ة»): after a figure written like a year, with no year cue before it, an
   * indefinite word with one is what the figure counts («1891 هزة», «1500 عائلة»), though the lexicon does not
   * count it; other words may start a name or a clause («رؤية 2030 الطموحة»). `notPrefixes` mark a definite word.
   */
  countedNounEndings?: { endings: readonly string[]; notPrefixes: readonly string[] };
  /**
   * «كانت 2024 سنة صعبة», «2024 سنة صعبة»: a figure written like a year before one of `yearWords` that a word
   * describes names that year, not a span of 2024 years. The describing word (not a function word, a verb or one of
   * `spanAdjectives`, which describe spans: «1800 سنة كاملة») counts after one of `before` (a copula or a
   * demonstrative); at the start of a sentence only an indefinite adjective with one of countedNounEndings' endings
   * after a word of the year that has one too («سنة صعبة»). «منذ 1800 سنة», «قبل 2000 عام» stay spans.
   */
  namedYears?: { yearWords: readonly string[]; before: readonly string[]; spanAdjectives: readonly string[] };
  /** Indefinite articles: a number right after one that counts nothing names something ("had captained a 737"). */
  indefiniteArticles?: readonly string[];
  /**
   * Set where a number glued by a hyphen to a singular noun the lexicon does not count, before another word, is
   * an adjective that counts nothing ("a two-story home" is one home, "a three-judge panel" one panel).
   */
  hyphenAdjectives?: boolean;
  /** Determiners that may follow a filler before the counted noun ("51 of its passengers", "20 of the protesters"). */
  partitiveDeterminers?: readonly string[];
  /** Words that, glued by a hyphen after a number, still count the noun after them ("a 300-strong force"). */
  hyphenCounts?: readonly string[];
  /**
   * Nouns of reporting that a singular span of time before them labels, with an adjective or two between: "half
   * year results", "its strongest six-month financial performance" name the period reported on, no duration.
   */
  periodLabelNouns?: readonly string[];
  /**
   * Phrases right after a figure that make it the price of a currency in another ("to the dollar", «مقابل
   * الدولار»): a figure that names no unit then counts the currency named before it in its clause ("The pound
   * traded at 50.85 to the dollar" is 50.85 pounds).
   */
  exchangeAfter?: readonly string[];
  /**
   * Participles and adjectives that, right after a figure after the definite article, say what the figure's
   * left-out noun is for ("far short of the 165 needed for a majority"): the figure has left its noun out as a
   * figure before a clause's end has (see inheritGappedUnits).
   */
  gapModifiers?: readonly string[];
  /** Words that may stand between a number and what it counts ("من" in "4 آلاف من الجنود", "of"). */
  fillers: readonly string[];
  /**
   * How many other words may stand between a number and the counted noun: English puts adjectives there
   * ("2,289 combat sorties"), Arabic puts them after the noun.
   */
  maxGap: number;
  /** Function words that may still stand between a number and its noun ("37 more aircraft", "12 other people"). */
  modifiers: readonly string[];
  /**
   * People described by an age bound: "children under five", "people over 65", «الأطفال دون 5 سنوات». A bound of a
   * lifetime's size right after one of these is an age, not a count.
   */
  ageHolders?: readonly string[];
  /**
   * Products sold in grades named by a number right after the product («بنزين 92»): a figure given for such a
   * grade in its clause (a price, a share) is the grade's, and the claim's noun says which, so that one grade's
   * price never meets another's. Keyed by the product's name, with the words that name it.
   */
  gradeNouns?: Readonly<Record<string, readonly string[]>>;
  /**
   * Another sense unit words take in an article about one subject: «إصابة» is an injury, but an infection (a
   * case) where the article speaks of an epidemic. `forms` are read as `unit` when any of `cues` occurs in the
   * article; not in a sentence that names one of `unlessInSentence` («أسفر حريق المستشفى عن 82 وفاة و110 إصابة»: a
   * fire injures, even in a hospital of the epidemic).
   */
  senses?: readonly { unit: string; forms: readonly string[]; cues: readonly string[]; unlessInSentence?: readonly string[] }[];
  /**
   * Readings of a figure's word that a word of the subject, among the few words right before the figure, calls
   * for: points after a word of an interest rate ("cut rates by a quarter point", «رفع الفائدة 200 نقطة»),
   * degrees after an earthquake («أقواها 6.6 درجة», a magnitude). The word right after the figure (past an
   * indefinite article or a filler: "half a point", "a quarter of a point") must be one of `forms`, written alone
   * («درجة مئوية» stays Celsius), and one of `cues` must stand among the words before the figure, in its phrase
   * (punctuation or a number ends the search). The figure then takes the unit of the highest threshold of
   * `units` it reaches; an empty unit keeps the word's own reading. Moves of a rate are given in fractions of a
   * percentage point or in tens of basis points, so "half a point" is 0.5 percentage points and «50 نقطة» 50
   * basis points; a magnitude is below ten. Elsewhere the word keeps its reading (an index moves in points).
   * A form glued to the figure by a hyphen is an adjective ("a quarter-point rate cut", "a half-point cut in its
   * key rate"): its cue may also come after it, past only words of `hyphenThrough` (the move and the rate's name).
   * A dual of the word (`duals`: «رفع الفائدة نقطتين») after a cue is two of what the cue makes it. A word of
   * `notRightAfter` right before the figure keeps the word's own reading whatever the cue («وقع قبل 3 عقود»: a
   * span of time, though «وقع» also signs contracts).
   */
  cuedReadings?: readonly {
    forms: readonly string[];
    cues: readonly string[];
    units: readonly (readonly [number, string])[];
    hyphenThrough?: readonly string[];
    duals?: readonly string[];
    notRightAfter?: readonly string[];
  }[];
  /**
   * Words that open a clause naming the whole a figure is part of: "Of the suspected cases, 412 have been
   * confirmed" counts cases.
   */
  partitiveLeads?: readonly string[];
  /**
   * Nouns that name a count, before the noun counted: "the number of displaced reached 1.7 million", «ارتفع عدد
   * الشهداء إلى 31 ألفاً». The figure of the clause counts that noun, whatever cue stands nearer to it.
   */
  countNouns?: readonly string[];
  /**
   * A bare figure right after an intransitive verb of level or change counts what the verb's subject names:
   * "Aircraft movements reached 279,000", "Passengers rose to 52.7 million". Only a subject standing right before
   * the verb and opening its clause (see SubjectCounts); a figure with a unit of its own keeps it.
   */
  subjectCounts?: SubjectCounts;
  /**
   * Phrases right before a figure that make it the most a thing may hold, not what it holds ("licensed to carry
   * 50", «حمولتها القصوى 50 راكبا»). The figure's unit gets the suffix "-capacity" ("passenger-capacity"): a boat
   * licensed for 50 that carried 86 gives two figures, not one misreported.
   */
  capacityCues?: readonly string[];
  /**
   * Verbs of holding that make a figure a capacity with its subject between them («يتسع الملعب لـ40 ألف متفرج»,
   * «تستوعب القاعة 500 شخص»): at most a few words, none of them punctuation or a number, stand between.
   */
  capacityVerbs?: readonly string[];
  /**
   * Verbs of carrying right before a figure ("a boat carrying 160 people", «قارب كان يقل 160 شخصا», «على متنه»):
   * the figure is the vessel's load, not what a cue elsewhere in the sentence («مصرع», "died") says happened.
   */
  loadVerbs?: readonly string[];
  /** Words glued by a hyphen right after a figure that make it a capacity ("a 40,000-capacity stadium"). */
  capacityAfter?: readonly string[];
  /**
   * Words after a figure, before or after its noun, that make it the rest of a list named before it: "Israel and
   * eight other countries", «إسرائيل و8 دول أخرى», "the driver and 12 others". The figure then counts only what the
   * names leave out (ten countries voted against), so its unit gets the suffix "-other" ("country-other"): it
   * meets another article's equal rest, never the whole count nor a rest left by another list of names.
   */
  remainderWords?: readonly string[];
  /** The conjunctions that join such a rest to the names before it ("and", «و»; not "to" or "or"). */
  remainderConjunctions?: readonly string[];
  /**
   * A length written before its time ("85 miles (140 kilometers) per hour", the conversion in brackets between):
   * the phrases of time after it, and the speed unit each length unit then becomes ({ mile: "mph" }). A speed
   * written in one piece ("120 mph", "193 km/h") is a unit form of its own.
   */
  speedAfter?: readonly string[];
  speedOf?: Readonly<Record<string, string>>;
  /**
   * Whether copy gives a person's age between commas after the name ("Salem al-Kaabi, 58, the former head",
   * "John Smith, 45, was killed"): a bare whole number there, up to a lifetime, is an age in years, never a
   * count a nearby cue could name.
   */
  appositiveAges?: boolean;
  /**
   * Words right before a bare whole number that make it a person's age in years ("aged 32", "at age 32"), as an
   * age between commas is: the two ways outlets write one age meet.
   */
  ageCues?: readonly string[];
  /**
   * Prepositions written apart that put a place after a figure as a glued one does («12 شخصا في حلب و5 بدمشق»):
   * the next item of a list by place may follow either form.
   */
  placePrepositions?: readonly string[];
  /** Words or phrases after a figure that introduce its breakdown ("among them", "including", "بينهم", "منها"). */
  breakdownCues: readonly string[];
  /** Whether the head of a noun phrase comes last ("combat sorties": English) rather than first (Arabic). */
  headFinal: boolean;
  /**
   * In a head-final language, how a counted noun ends when several are counted: a word with one of these endings
   * ends the phrase as its head ("10 firms fell" counts firms, not "fell"). `singularEndings` are endings that
   * look plural but are not ("-ss", "-us"); `pluralNouns` are plurals without the ending ("men", "staff").
   */
  pluralEndings?: readonly string[];
  /** Endings of verbs that end a counted phrase instead of heading it ("Fewer than 100 remained"). */
  verbEndings?: readonly string[];
  /**
   * Letters a verb's present tense begins with («ي»). Right after a figure, a word glued to a conjunction whose
   * rest begins with one («30 ويتوقع») or is a function word («إلى 12 وذلك») opens a new clause: no noun of the figure.
   */
  verbPrefixes?: readonly string[];
  singularEndings?: readonly string[];
  pluralNouns?: readonly string[];
  /**
   * Nouns written the same as singular and plural ("aircraft", "police"): like a singular noun, one may modify a
   * plural head after it ("12 aircraft carriers", "five police stations" count carriers and stations).
   */
  invariantNouns?: readonly string[];
  /** Prefixes dropped from a counted noun that is not in the unit lists, so spellings meet ("والمقاعد"). */
  nounPrefixes: readonly string[];
  /** Endings dropped the same way (the Arabic accusative "ناخباً"). */
  nounEndings: readonly string[];
  /**
   * Nouns whose first letters are also a glued clitic of nounPrefixes («وزراء», «وجبة», «فندق»), kept whole as a
   * counted noun instead of losing them as "and" («زراء»). Nouns of the locale's glossary and unit forms count too.
   */
  cliticInitialNouns?: readonly string[];
  /**
   * Folded markers glued to or written before a number that make it follow its noun instead of preceding it:
   * the Arabic definite article in "ركابها الـ217" (its 217 passengers) or "الساعات الـ24".
   */
  postNominalMarkers: readonly string[];
  /**
   * Number words written after their noun as an adjective that agrees with it: the Arabic «جنديين اثنين» (two
   * soldiers), «طفلة واحدة». The noun right before such a word is what it counts.
   */
  adjectivalNumbers?: readonly string[];
}

/** The words of QuantityWords.subjectCounts. */
export interface SubjectCounts {
  /** Verbs whose subject is what their figure measures: "reached", "totalled", "rose", "fell". Not transitive ones ("cut", "raised"), whose subject is who acted. */
  verbs: readonly string[];
  /** Words that may stand between the subject and its verb: "Passengers have risen to". */
  auxiliaries: readonly string[];
  /** Words that may stand between the verb and its figure: "rose to", "stood at", "grew by". */
  links: readonly string[];
  /** Function words that may open the subject: "The arrivals", "Its exports". */
  determiners: readonly string[];
  /** Plural heads whose figure is a level, not a count of them: "Prices rose to 300", "Temperatures reached 45". */
  levelNouns: readonly string[];
}
