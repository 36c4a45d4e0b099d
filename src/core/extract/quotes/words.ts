/**
 * The word lists and rules a locale gives the quote and speaker recogniser. Every list is written as people
 * spell (the engine folds it); the engine itself holds no word of any language.
 */
import type { CliticRules } from "../../lang/lexicon.js";

/**
 * - verb: a reporting verb with a subject ("قال", "said"); the subject is the speaker.
 * - participle: a reporting word that never has its own subject ("مشيراً", "adding"); it speaks for the
 *   subject of its clause, so it takes the most recent speaker.
 * - source: a phrase that names a source after it ("بحسب", "according to"); weak, so the named phrase must
 *   look like a source (a title, a body, or a capitalised name).
 * - relay: like source, but it names the original source of a report whose teller is named just before it
 *   ("نقلاً عن", "citing"): the relayed source replaces the teller.
 */
export type SpeechTriggerKind = "verb" | "participle" | "source" | "relay";

export interface SpeechTrigger {
  kind: SpeechTriggerKind;
  /**
   * The word only reports speech when a complement follows within the sentence (a complementiser, a colon or
   * a quoted statement) or when it directly follows a quoted statement. For verbs with another common sense:
   * "أضاف" (add), "تابع" (follow), "رأى" (see), "added", "continued".
   */
  needsComplement?: boolean;
  /**
   * The verb takes no object ("قال"): when its subject phrase is followed by more words of a phrase, the
   * "subject" is the start of reported speech written without a complementiser ("وقال التحالف حقق نجاحاً"),
   * and the verb names nobody.
   */
  noObject?: boolean;
  /**
   * The verb takes no direct object: its complement comes with a preposition or a complementiser ("أشار إلى",
   * "صرح بأن"). A bare name before a preposition is then its subject, not an object in doubt.
   */
  noDirectObject?: boolean;
  /**
   * A preposition that may follow the verb's subject to name the original source, which then replaces the
   * teller: "ونقلت وكالة «سبوتنيك» عن مصدر عسكري قوله إن …" gives "مصدر عسكري".
   */
  relayPreposition?: string;
  /**
   * After a preposition the word is a verbal noun, not a report: "في متابعة الاقتراع" (in monitoring the vote),
   * where "متابعةً" alone is "continuing" (Arabic participles). Not so for English gerunds ("by saying").
   */
  nounAfterPreposition?: boolean;
  /**
   * Where the subject comes first, the phrase after the verb is who was spoken to, never the speaker: "\"…,\"
   * said Chaitra V, a commissioner, told AFP" is not AFP's.
   */
  listenerAfter?: boolean;
}

export interface SpeechWords {
  /** Reporting words and phrases, every form the news uses (gender, number, tense); phrases may have several words. */
  triggers: readonly (readonly [string, SpeechTrigger])[];
  /** Conjunction prefixes glued to a trigger or to a function word ("وقال", "فأكد", "وفي"). */
  conjunctionPrefixes: readonly string[];
  /**
   * Where a reporting verb's subject is looked for. verbFirst: after the verb ("قال الوزير"), or before it when a
   * phrase that opens its clause, or is led by a title, stands right there ("الرئيس بدوره أكد"). subjectFirst:
   * before the verb ("the minister said"), after it only when nothing stands before it ("\"…,\" said Lavrov").
   * See speakers/attributions.ts.
   */
  subjectOrder: "verbFirst" | "subjectFirst";
  /**
   * How a name shows itself. case: a capital letter ("Sergei Lavrov"). definiteness: no definite prefix, where
   * titles and institutions carry one ("الرئيس الروسي فلاديمير بوتين"); with this marking an undetermined word
   * after a determined one starts a name only when a person's title came first, otherwise it is the verb's
   * object ("أعلن الكرملين تقارب …").
   */
  nameMarking: "case" | "definiteness";
  /** With definiteness marking: the prefixes of a determined word ("ال", "وال"). */
  definitePrefixes: readonly string[];
  /**
   * With definiteness marking: endings of the adjectives that may follow a coordinated genitive in a title chain
   * ("وزارة الخارجية والمغتربين السورية"). Any other determined word after one is the verb's object ("وأعلنت
   * وزارة الصحة والسكان الدفع بـ…"). Without the list, the chain goes on as after any other word.
   */
  adjectiveEndings?: readonly string[];
  /** Titles and roles of people; a name may follow one ("وزير", "الجنرال", "minister", "spokesman"). */
  /**
   * Nouns of events and things that never speak (a truce, a war, elections, a storm): a reporting verb whose
   * subject is led by one is no attribution to it. In unvowelled Arabic the passive reads like the active
   * ("وأعلنت الهدنة", the truce was declared). Matched with the title clitics.
   */
  nonSpeakers?: readonly string[];
  /**
   * Nouns of named places, firms and works, after which a short quotation is the name, not a statement: «ملهى
   * "بيرتش باي روميو لين"», «عملية "درع الشمال"». Matched as listed: with the article the noun more often ends a speaker's title.
   */
  quotedNameHeads?: readonly string[];
  /**
   * Verbal nouns that, right after a reporting verb, are its object: the verb's subject is left unsaid (the
   * pronoun in the verb) and is the one an earlier clause or sentence names («وأكد مقتل 41 عاملا», «أفادت
   * بإرسال أربعة مصابين»). Matched with a glued «ب» or article. A verb glued to a conjunction before one takes no
   * subject from the words before it either: they end the clause before («وزار الوزير الموقع وأكد مقتل …»).
   */
  objectNouns?: readonly string[];
  /**
   * Verbs whose quoted person or group right after them is their object, not their subject: criticising,
   * attacking, accusing, praising («وانتقد «الإخوان»، وقال …»: the subject is unwritten). A quoted name after any
   * other verb (meeting, visiting, saying) is read as its subject. Matched with a conjunction glued on and the
   * feminine «ت».
   */
  objectVerbs?: readonly string[];
  /**
   * Words after which a number is a rank within a speaker's description, part of the phrase («الرجل الرقم 2 في
   * الحزب», the party's number two), not the end of it.
   */
  rankWords?: readonly string[];
  personTitles: readonly string[];
  /** Bodies, documents and sources that speak ("وزارة", "البيان", "مصدر", "ministry", "statement"). */
  bodies: readonly string[];
  /** Clitics allowed on a title or body word ("ال" of "الوزير"; "'s" of "ministry's"). */
  titleClitics: CliticRules;
  /**
   * Prefixes glued to the first word after a source phrase, with what replaces them in the speaker string:
   * "وفقاً لوزارة" gives "وزارة"; "وفقاً للمتحدث" gives "المتحدث" (ل + ال is written لل). Longest first.
   */
  sourcePrefixes: readonly (readonly [string, string])[];
  /**
   * With definiteness marking: words that open a part of a personal name, the word after them belonging to it
   * with its article or without ("عبد الفتاح", "أبو الغيط", "بن فرحان", "آل سعود"). A name holding one is
   * plainly a person's, so a determined word right after it is the family name ("عبد الفتاح السيسي"), and what
   * follows that is no longer the name.
   */
  namePrefixes?: readonly string[];
  /**
   * Name prefixes also written solid with the word they open («عبدالله», «عبدالرحمن»): such a word is a whole
   * personal name, so, as after a name prefix, a determined word right after it is the family name
   * ("القاضي عبدالله المرزوقي").
   */
  solidNamePrefixes?: readonly string[];
  /**
   * Personal names and the preposition they fold like, each as written (marks aside): «علي» (Ali) and «على»
   * (on). The name is read when a name prefix follows it («علي بن ناصر»), or a word that is no function word,
   * after a person's title («وقال الوزير علي الشامي إن …») or in a document that writes the preposition its
   * own way somewhere («وقال علي حسن إن …»; some copy writes «على» as «علي» throughout: «شدد علي ضرورة …»).
   */
  namesLikePrepositions?: readonly (readonly [string, string])[];
  /** Words that join the parts of a title or name ("باسم", "لدى", "of", "for"); never the last word of one. */
  links: readonly string[];
  /**
   * Links allowed only right after a title or body ("officials in Paris", "sources at the ministry"), so that
   * "said Lavrov in Moscow" ends at the name.
   */
  titleLinks: readonly string[];
  /** Articles that can only open a noun phrase ("the", "a"). */
  determiners: readonly string[];
  /** Personal pronouns: a verb with one as subject names nobody, so the speaker carries over ("he said"). */
  pronouns: readonly string[];
  /**
   * The pronouns among them that refer to a person only ("he", "she"): a body mentioned last ("Israeli forces
   * struck …") is not who they mean, though "it" and "they" may mean it.
   */
  personalPronouns?: readonly string[];
  /**
   * The pronouns among them that never refer to people ("it"): a body, an organisation or a statement. A person
   * or a group of people mentioned last ("Rescue workers said …") is not who they mean.
   */
  impersonalPronouns?: readonly string[];
  /**
   * The pronouns among them that mean several ("they"): a body or a group of people, never one person mentioned
   * last ("\"…,\" Epner told CNN. … They said" names no speaker).
   */
  pluralPronouns?: readonly string[];
  /**
   * Titles of people in the plural ("officials", "witnesses"): a phrase led by one names several people, whom a
   * personal pronoun ("she said") does not mean.
   */
  pluralTitles?: readonly string[];
  /** Words that open a reported clause ("أن", "إن", "بأن", "that"); a speaker phrase ends before them. */
  complementisers: readonly string[];
  /**
   * Prepositions: they end a speaker phrase. What a bare name (no title) is followed by matters under
   * definiteness marking: before a preposition an undetermined word may as well be the verb's object ("وأعلن
   * أمس زيارة مرتقبة لوزير …"), so it is read as a name only when the document named it before.
   */
  prepositions: readonly string[];
  /**
   * Other words that cannot be part of a speaker phrase and end it: time words, quantifiers, conjunctions.
   * The locale's stop words and weekday names end it too, unless they are links or determiners.
   */
  breakers: readonly string[];
  /** A preposition glued to the article: a word with one is a prepositional phrase ("بال", "لل"). */
  breakerPrefixes: readonly string[];
  /**
   * Of breakerPrefixes, those that also join a body's name to its genitive («الهيئة الوطنية للانتخابات»,
   * «اللجنة الدولية للصليب الأحمر»): after a body and its adjective, a word with one goes on with the name,
   * unless the word after the prefix is one of `listeners`.
   */
  genitivePrefixes?: readonly string[];
  /**
   * Reports that a body issues («بيان», «بلاغ», «تقرير»): written undetermined and alone, then the head of a body's
   * construct with a preposition of `sourcePrefixes` glued on («بلاغ لوزارة الداخلية»), the body's name goes on
   * with the report's. Nobody speaks to a report, as a source or a minister may speak to an agency («مصدر لوكالة
   * الأنباء»).
   */
  reportNouns?: readonly string[];
  /**
   * Who or what is spoken to, or when, after a genitive prefix («للصحفيين», «للتلفزيون», «للمرة»): there the
   * prefix opens a prepositional phrase. Written with the article the prefix stands for («الصحفيين»).
   */
  listeners?: readonly string[];
  /**
   * Stop words that are an adjective of the title right before them («مدير عام», director general: «عام» is
   * also "year"): there they go on with the speaker's phrase.
   */
  titleAdjectives?: readonly string[];
  /**
   * Prepositions glued to the next word ("ل", "ب"). Written apart ("لـ«الحياة»") or glued to a title or body
   * ("لوكالة فرانس برس", "بوزارة"), they open a prepositional phrase, which ends a speaker phrase. (Glued to
   * anything else they are left alone: names begin with these letters too, "لافروف", "بوتين".)
   */
  prepositionPrefixes: readonly string[];
  /**
   * Words that make the verb after them an "as … said" attribution, which needs no complement ("بحسب ما أفادت
   * وكالة …", "كما قال لافروف", "as Lavrov said").
   */
  asMarkers: readonly string[];
  /** A reporting word right after one of these is denied speech, not reported speech ("لم", "not"). */
  negations: readonly string[];
  /** Words that may stand between a verb and its subject ("أمس", "بدوره", "also", "has"). */
  adverbs: readonly string[];
  /** Words that open a clause, so a subject before its verb may start right after them ("لكن", "while"). */
  clauseStarts: readonly string[];
  /**
   * Words before a complementiser that make it a "however" opening a main clause ("غير أن", "إلا أن"), not a
   * reported clause: the subject after it may be the subject of a later reporting word.
   */
  contrastLeads?: readonly string[];
  /**
   * Conjunctions written apart that join two speakers into one subject ("Syrian authorities and rescue groups
   * reported", "the United States and Saudi Arabia said"). A reporting verb right after one shares the subject
   * of the clause before it ("A Western diplomat … seemed less upbeat and said"). A language that glues its
   * conjunction to the next word (Arabic و) needs none: the glued word is read as part of the phrase.
   */
  coordinators?: readonly string[];
  /**
   * Relative pronouns: a reporting verb right after one is inside a relative clause ("الهجمات التي أعلن التنظيم
   * مسؤوليته عنها", "Lavrov, who said …") and does not attribute its sentence.
   */
  relatives: readonly string[];
  /**
   * Auxiliaries and copulas that are the verb of the subject before them ("Khalid al-Nuaimi … was more
   * expansive", "The minister is expected"): under subjectFirst order they end an opening subject, which a
   * later "he said" may then mean. Optional.
   */
  auxiliaries?: readonly string[];
}
