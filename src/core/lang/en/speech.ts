import type { SpeechTrigger, SpeechWords } from "../../extract/quotes/words.js";

const verb: SpeechTrigger = { kind: "verb" };
// Verbs with a common non-reporting sense: "Russia added 37 aircraft", "fighting continued", "wrote a letter";
// "states" is as often the noun ("struck southern US states, knocking out power").
const weakVerb: SpeechTrigger = { kind: "verb", needsComplement: true };
const participle: SpeechTrigger = { kind: "participle" };
// "Healthcare continued to lead job gains, adding 44,000 positions": adding is reporting only before what is said.
const weakParticiple: SpeechTrigger = { kind: "participle", needsComplement: true };
const source: SpeechTrigger = { kind: "source" };
const relay: SpeechTrigger = { kind: "relay" };
// "told AFP", "tells reporters": the phrase after is who heard it.
const toldVerb: SpeechTrigger = { kind: "verb", listenerAfter: true };

const forms = (spec: SpeechTrigger, ...words: string[]) => words.map((w) => [w, spec] as const);

const triggers = [
  ...forms(verb, "said", "says", "say", "stated", "declared", "declares"),
  ...forms(toldVerb, "told", "tells", "assured", "assures"),
  ...forms(verb, "announced", "announces", "warned", "warns", "stressed", "stresses", "insisted", "insists"),
  ...forms(verb, "claimed", "claims", "confirmed", "confirms", "acknowledged", "acknowledges", "admitted", "admits"),
  ...forms(verb, "asserted", "asserts", "argued", "argues", "explained", "explains", "reported", "remarked"),
  ...forms(verb, "replied", "responded", "commented", "emphasised", "emphasized", "emphasises", "emphasizes"),
  ...forms(verb, "underlined", "revealed", "denied", "denies", "noted", "notes", "observed", "predicted", "cautioned"),
  ...forms(verb, "conceded", "concedes", "pointed out", "points out", "vowed", "vows", "pledged", "pledges"),
  ...forms(weakVerb, "added", "adds", "continued", "continues", "wrote", "writes", "states"),
  ...forms(weakParticiple, "adding"),
  ...forms(participle, "saying", "noting", "warning", "stressing", "insisting", "explaining", "declaring", "claiming"),
  ...forms(participle, "stating", "asserting", "emphasising", "emphasizing"),
  ...forms(source, "according to", "in the words of"),
  ...forms(relay, "citing", "quoting"),
];

const personTitles = [
  "minister", "secretary", "president", "vice-president", "premier", "chancellor", "spokesman", "spokeswoman",
  "spokesperson", "spokespeople", "official", "officials", "ambassador", "envoy", "representative", "delegate",
  "general", "commander", "chief", "head", "director", "adviser", "advisor", "aide", "leader", "chairman",
  "chairwoman", "chair", "senator", "governor", "mayor", "lawmaker", "deputy", "diplomat", "diplomats",
  "negotiator", "prosecutor", "analyst", "analysts", "expert", "experts", "activist", "activists", "witness",
  "witnesses", "resident", "residents", "correspondent", "colonel", "col", "gen", "lt", "maj", "capt", "adm",
  "admiral", "king", "prince", "emir", "sheikh", "pope", "officer", "officers", "source", "sources",
  // People the news quotes by what they do: "Rescue workers pulled 12 people out. \"…,\" they said."
  "worker", "workers", "rescuer", "rescuers", "doctor", "doctors", "medic", "medics", "nurse", "nurses",
  "volunteer", "volunteers", "soldier", "soldiers", "troops", "survivor", "survivors", "lawyer", "lawyers",
  "investigator", "investigators", "economist", "economists", "observer", "observers", "researcher", "researchers",
  // Business copy's titles: "CEO Jensen Huang expressed confidence, stating, \"…\"".
  "ceo", "cfo", "coo", "founder", "co-founder", "executive", "executives",
];

// Bodies that speak, singular and plural: a definite phrase ending in one names a speaker ("the central bank
// said", "the Italian coast guard said", "Syrian authorities and rescue groups reported").
const bodies = [
  "ministry", "ministries", "department", "government", "governments", "kremlin", "pentagon", "army", "military",
  "navy", "command", "agency", "agencies", "statement", "statements", "report", "reports", "newspaper", "daily",
  "channel", "television", "broadcaster", "release", "releases", "observatory", "monitor", "council", "committee", "commission",
  "office", "embassy", "coalition", "police", "authority", "authorities", "administration", "headquarters",
  "group", "groups", "organisation", "organisations", "organization", "organizations", "estimates", "figures",
  "data", "media", "bank", "banks", "guard", "court", "union", "party", "parties", "service", "institute",
  "fund", "board", "bureau", "regulator", "operator", "company", "companies", "airline", "airlines", "firm",
  "survey", "centre", "center", "hospital", "university", "foundation", "charity", "association", "federation",
  "alliance", "cabinet", "parliament", "presidency", "forces", "team", "teams", "network",
];

// Events and things, which claim lives and confirm fears but never speak: "Maharashtra's worst landslide claims 82
// lives" names no speaker.
const nonSpeakers = [
  "landslide", "landslides", "mudslide", "storm", "storms", "flood", "floods", "flooding", "fire", "fires", "blaze",
  "wildfire", "wildfires", "earthquake", "quake", "tremor", "cyclone", "hurricane", "typhoon", "tornado", "stampede",
  "crash", "collision", "explosion", "blast", "disaster", "tragedy", "eruption", "collapse", "accident", "outbreak",
  "epidemic", "pandemic", "virus", "war", "fighting", "clashes", "violence", "heatwave", "toll", "truce", "ceasefire",
  "election", "elections", "results",
];

export const speech: SpeechWords = {
  nonSpeakers,
  // "The group's No. 2 official said": a rank written as a number after these is part of the description.
  rankWords: ["no", "number"],
  triggers,
  conjunctionPrefixes: [],
  subjectOrder: "subjectFirst",
  nameMarking: "case",
  definitePrefixes: [],
  personTitles,
  bodies,
  titleClitics: { prefixes: [], suffixes: ["'s", "\u2019s"], minStem: 2 },
  sourcePrefixes: [],
  // Particles inside names join their parts: "Ursula von der Leyen", "Charles de Gaulle".
  links: ["of", "for", "'s", "\u2019s", "von", "van", "der", "den", "de", "du", "da", "di", "del", "dos", "bin", "ibn"],
  titleLinks: ["in", "at"],
  determiners: ["the", "a", "an"],
  pronouns: ["he", "she", "they", "it", "we", "i", "you"],
  personalPronouns: ["he", "she"],
  // "it said" is a body's or a statement's, never people's ("Rescue workers …. It said" is not the workers).
  impersonalPronouns: ["it"],
  pluralPronouns: ["they"],
  // "Police officials … were not available. \"…,\" she told ANI" is not the officials' words.
  pluralTitles: [...personTitles.filter((t) => t.endsWith("s") && !t.endsWith("ss")), "spokespeople", "troops"],
  complementisers: ["that"],
  prepositions: [
    "in", "on", "at", "to", "from", "with", "by", "about", "after", "before", "during", "since", "into", "over",
    "under", "against", "through", "between", "among", "near", "across", "via", "per", "without", "within", "despite",
  ],
  breakers: [
    "yesterday", "today", "tonight", "tomorrow", "week", "weekend", "month", "year", "earlier", "later",
    "morning", "afternoon", "evening", "night", "last", "next", "who", "which", "whose", "whom", "where", "when",
    "also", "has", "have", "had", "would", "will", "not", "never", "again", "then", "previously", "recently",
    // A participle after a report names when or by whom it came out, not who speaks: "according to a UN report
    // released Saturday" is the report's.
    "released", "published", "issued",
  ],
  breakerPrefixes: [],
  prepositionPrefixes: [],
  asMarkers: ["as"],
  negations: [
    "not", "never", "didn't", "doesn't", "don't", "won't", "wouldn't", "hasn't", "haven't", "couldn't", "cannot",
    "didn\u2019t", "doesn\u2019t", "don\u2019t", "won\u2019t", "wouldn\u2019t", "hasn\u2019t", "haven\u2019t", "couldn\u2019t",
  ],
  adverbs: [
    "also", "later", "then", "previously", "again", "earlier", "recently", "repeatedly", "separately", "further",
    "reportedly", "once", "has", "have", "had", "having", "publicly", "privately", "flatly", "bluntly", "late", "early",
    "initially", "originally", "subsequently", "officially", "formally", "immediately", "openly", "personally",
  ],
  coordinators: ["and"],
  clauseStarts: [
    "and", "but", "or", "while", "whereas", "as", "when", "because", "although", "though", "if", "so", "yet",
    "where", "after", "before", "since", "until", "once", "that",
  ],
  relatives: ["who", "which", "whom", "whose"],
  auxiliaries: ["is", "are", "was", "were", "will", "would", "could", "can", "may", "might", "must", "should", "did", "does"],
};
