import type { QuantityWords, UnitForms } from "../../extract/quantities/words.js";

// Ids are shared with every other language (see ar/quantities.ts); forms are matched case-insensitively.
const units: UnitForms[] = [
  // Air and military operations
  { id: "sortie", forms: ["sortie", "sorties", "combat sortie", "combat sorties", "combat flight", "combat flights", "combat mission", "combat missions", "mission", "missions"] },
  { id: "strike", forms: ["strike", "strikes", "airstrike", "airstrikes", "air strike", "air strikes", "air raid", "air raids", "raid", "raids", "bombing raid", "bombing raids"] },
  { id: "target", forms: ["target", "targets", "site", "sites", "position", "positions", "objective", "objectives"] },
  // A match's goals; Arabic «أهداف» are goals only in an article about a match (see the ar senses), targets elsewhere.
  { id: "goal", forms: ["goal", "goals"] },
  // Arabic «عقود» after a word of concluding them (see the ar cuedReadings) are contracts, so the two languages meet.
  { id: "contract", forms: ["contract", "contracts"] },
  { id: "facility", forms: ["facility", "facilities", "installation", "installations", "infrastructure facility", "infrastructure facilities"] },
  { id: "command-post", forms: ["command post", "command posts", "command centre", "command centres", "command center", "command centers", "headquarters"] },
  // "Camps" alone are as often relief or refugee camps ("744 relief camps") as military ones.
  { id: "training-camp", forms: ["training camp", "training camps", "training base", "training bases"] },
  { id: "base", forms: ["base", "bases", "military base", "military bases", "air base", "air bases"] },
  { id: "workshop", forms: ["workshop", "workshops", "factory", "factories", "plant", "plants"] },
  { id: "depot", forms: ["depot", "depots", "warehouse", "warehouses", "ammunition depot", "ammunition depots", "arms depot", "arms depots", "storage facility", "storage facilities"] },
  { id: "aircraft", forms: ["aircraft", "plane", "planes", "airplane", "airplanes", "jet", "jets", "warplane", "warplanes", "fighter jet", "fighter jets", "fighter plane", "fighter planes", "combat aircraft"] },
  { id: "bomber", forms: ["bomber", "bombers", "strategic bomber", "strategic bombers"] },
  { id: "helicopter", forms: ["helicopter", "helicopters", "chopper", "choppers", "gunship", "gunships"] },
  { id: "drone", forms: ["drone", "drones", "unmanned aerial vehicle", "unmanned aerial vehicles", "uav", "uavs"] },
  { id: "missile", forms: ["missile", "missiles", "cruise missile", "cruise missiles", "rocket", "rockets", "shell", "shells"] },
  { id: "bomb", forms: ["bomb", "bombs", "barrel bomb", "barrel bombs"] },
  { id: "ship", forms: ["ship", "ships", "warship", "warships", "vessel", "vessels", "frigate", "frigates", "boat", "boats", "ferry", "ferries"] },
  { id: "submarine", forms: ["submarine", "submarines"] },
  { id: "tank", forms: ["tank", "tanks"] },
  { id: "vehicle", forms: ["vehicle", "vehicles", "car", "cars", "truck", "trucks", "lorry", "lorries"] },
  { id: "satellite", forms: ["satellite", "satellites", "reconnaissance satellite", "reconnaissance satellites"] },
  { id: "weapon", forms: ["weapon", "weapons", "gun", "guns", "rifle", "rifles"] },
  // People
  { id: "killed", forms: ["dead", "deaths", "death", "fatalities", "fatality", "victims", "victim", "killed", "martyr", "martyrs"] },
  // Lives are the dead only when lost or claimed ("claimed 10 lives", "10 lives were lost", "the loss of 44 lives"),
  // not "saved 10 lives".
  {
    id: "killed",
    forms: ["lives"],
    cued: ["claimed", "claiming", "claim", "claims", "cost", "costing", "costs", "took", "taking", "take", "takes", "lost", "losing", "lose", "loses", "loss"],
  },
  { id: "casualty", forms: ["casualties", "casualty"] },
  { id: "injured", forms: ["wounded", "injured", "injuries", "injury", "hurt"] },
  // "carrying 181 passengers and crew": everyone on board, not the passengers alone ("175 passengers and six crew").
  // So is a bare figure before "aboard": "179 of the 181 aboard died".
  { id: "person", forms: ["people", "person", "persons", "individuals", "individual", "residents", "citizens", "inhabitants", "passengers and crew", "passengers and crew members", "passengers and crewmembers"], adjacentForms: ["aboard", "on board", "onboard"], person: true },
  { id: "civilian", forms: ["civilian", "civilians"], person: true },
  { id: "child", forms: ["child", "children", "kids", "minors"], person: true },
  { id: "woman", forms: ["woman", "women"], person: true },
  { id: "rescuer", forms: ["rescuer", "rescuers", "rescue worker", "rescue workers", "rescue personnel", "search and rescue personnel", "firefighter", "firefighters", "firemen"], person: true },
  { id: "soldier", forms: ["soldier", "soldiers", "troops", "servicemen", "service members", "personnel", "officer", "officers", "military personnel", "policeman", "policemen", "policewoman", "policewomen"], person: true },
  { id: "fighter", forms: ["fighter", "fighters", "militant", "militants", "rebel", "rebels", "insurgent", "insurgents", "jihadist", "jihadists", "gunman", "gunmen", "combatants"], person: true },
  { id: "terrorist", forms: ["terrorist", "terrorists"], person: true },
  // Bodies recovered are a running count of their own, short of the toll while people die in hospital or stay missing.
  { id: "body", forms: ["body", "bodies", "corpse", "corpses"] },
  { id: "defendant", forms: ["defendant", "defendants"], person: true },
  { id: "passenger", forms: ["passenger", "passengers"] },
  // Not "carriers" alone, which are also aircraft carriers.
  { id: "airline", forms: ["airline", "airlines", "air carrier", "air carriers"] },
  { id: "crew", forms: ["crew", "crew members", "crewmembers", "sailors", "pilots", "pilot"] },
  { id: "refugee", forms: ["refugee", "refugees", "asylum seekers"], person: true },
  { id: "displaced", forms: ["displaced", "displaced people", "displaced persons"], person: true },
  { id: "detainee", forms: ["detainee", "detainees", "prisoner", "prisoners", "captive", "captives"] },
  // Not detainees: in an exchange the hostages and the prisoners are the two sides.
  { id: "hostage", forms: ["hostage", "hostages"] },
  // Workers of a union are counted as its members ("57,000 union members" / "57,000 union workers").
  { id: "member", forms: ["member", "members", "union worker", "union workers", "unionized workers", "unionised workers", "union employees"] },
  // Households are not people: "3,000 families displaced" is not set against "12,000 people displaced".
  // Pilgrims are the unit Arabic copy counts («حاج», «حجاج»): without it "1,833,164 pilgrims" met no Arabic figure.
  // Umrah pilgrims («معتمر») are another count, all year round.
  { id: "pilgrim", forms: ["pilgrim", "pilgrims", "Hajj pilgrims", "Haj pilgrims", "hajjis"], person: true },
  { id: "umrah-pilgrim", forms: ["Umrah pilgrim", "Umrah pilgrims", "Umrah performers"], person: true },
  { id: "family", forms: ["family", "families", "household", "households"] },
  { id: "job", forms: ["job", "jobs", "job opportunities", "positions", "posts"] },
  // Homes named with the buildings around them are buildings: "434 homes and buildings destroyed" is Cal Fire's
  // 434 structures, not 434 homes.
  {
    id: "building",
    forms: [
      "building", "buildings", "structure", "structures", "homes and buildings", "homes and other buildings",
      "homes and structures", "homes and other structures", "houses and buildings", "houses and other buildings",
    ],
  },
  { id: "aftershock", forms: ["aftershock", "aftershocks"] },
  { id: "home", forms: ["home", "homes", "house", "houses", "housing unit", "housing units", "dwelling", "dwellings"] },
  { id: "job", forms: ["job", "jobs"] },
  { id: "hospital", forms: ["hospital", "hospitals", "field hospital", "field hospitals"] },
  { id: "case", forms: ["case", "cases"], counter: true },
  // Recovered patients: a running count of their own beside the cases and the deaths.
  { id: "recovered", forms: ["recovery", "recoveries"] },
  { id: "evacuated", forms: ["evacuee", "evacuees"] },
  { id: "dose", forms: ["dose", "doses", "vaccine dose", "vaccine doses"] },
  { id: "migrant", forms: ["migrant", "migrants"], person: true },
  { id: "corridor", forms: ["corridor", "corridors", "humanitarian corridor", "humanitarian corridors"] },
  { id: "voter", forms: ["voter", "voters", "eligible voters", "registered voters"], person: true },
  // Nationals: a count of people of one country ("21 Italians"), the same unit in every language
  { id: "egyptian", forms: ["Egyptian", "Egyptians"], person: true },
  { id: "syrian", forms: ["Syrian", "Syrians"], person: true },
  { id: "iraqi", forms: ["Iraqi", "Iraqis"], person: true },
  { id: "lebanese", forms: ["Lebanese"], person: true },
  { id: "jordanian", forms: ["Jordanian", "Jordanians"], person: true },
  { id: "palestinian", forms: ["Palestinian", "Palestinians"], person: true },
  { id: "israeli", forms: ["Israeli", "Israelis"], person: true },
  { id: "saudi", forms: ["Saudi", "Saudis"], person: true },
  { id: "sudanese", forms: ["Sudanese"], person: true },
  { id: "libyan", forms: ["Libyan", "Libyans"], person: true },
  { id: "tunisian", forms: ["Tunisian", "Tunisians"], person: true },
  { id: "moroccan", forms: ["Moroccan", "Moroccans"], person: true },
  { id: "algerian", forms: ["Algerian", "Algerians"], person: true },
  { id: "yemeni", forms: ["Yemeni", "Yemenis"], person: true },
  { id: "iranian", forms: ["Iranian", "Iranians"], person: true },
  { id: "turk", forms: ["Turk", "Turks"], person: true },
  { id: "afghan", forms: ["Afghan", "Afghans"], person: true },
  { id: "pakistani", forms: ["Pakistani", "Pakistanis"], person: true },
  { id: "indian", forms: ["Indian", "Indians"], person: true },
  { id: "chinese", forms: ["Chinese"], person: true },
  { id: "russian", forms: ["Russian", "Russians"], person: true },
  { id: "ukrainian", forms: ["Ukrainian", "Ukrainians"], person: true },
  { id: "american", forms: ["American", "Americans"], person: true },
  { id: "briton", forms: ["Briton", "Britons"], person: true },
  { id: "german", forms: ["German", "Germans"], person: true },
  { id: "italian", forms: ["Italian", "Italians"], person: true },
  { id: "spaniard", forms: ["Spaniard", "Spaniards"], person: true },
  { id: "greek", forms: ["Greek", "Greeks"], person: true },
  // Places and bodies
  { id: "town", forms: ["town", "towns", "village", "villages", "settlement", "settlements", "locality", "localities"] },
  { id: "city", forms: ["city", "cities"] },
  { id: "country", forms: ["country", "countries", "nation", "nations", "state", "states", "monarchy", "monarchies", "kingdom", "kingdoms", "republic", "republics"] },
  { id: "nationality", forms: ["nationality", "nationalities"] },
  { id: "province", forms: ["province", "provinces"] },
  // "evacuation orders across 15 Florida counties" counts counties, not the evacuated.
  { id: "county", forms: ["county", "counties"] },
  { id: "organization", forms: ["organisation", "organisations", "organization", "organizations", "group", "groups", "faction", "factions"] },
  // Time
  { id: "hour", forms: ["hour", "hours", "hrs"] },
  { id: "minute", forms: ["minute", "minutes", "mins"] },
  { id: "day", forms: ["day", "days"] },
  { id: "week", forms: ["week", "weeks"] },
  { id: "month", forms: ["month", "months"] },
  { id: "year", forms: ["year", "years"] },
  { id: "decade", forms: ["decade", "decades"] },
  { id: "century", forms: ["century", "centuries"] },
  // A sport's or a harvest's season: a span of play, so "14 goals in two seasons" is a tally over that span.
  { id: "season", forms: ["season", "seasons"] },
  // Measures
  { id: "km2", forms: ["square kilometre", "square kilometres", "square kilometer", "square kilometers", "sq km", "km2", "km²"] },
  // Speeds: "120 miles per hour" is no distance, and 195 km/h is 121 mph.
  { id: "kmh", forms: ["km/h", "kmh", "kph", "kmph", "km per hour", "km an hour", "kilometres per hour", "kilometers per hour", "kilometres an hour", "kilometers an hour", "km/hour", "km/hr", "kilometres/hour", "kilometers/hour"] },
  { id: "mph", forms: ["mph", "miles per hour", "miles an hour", "mile per hour", "mile an hour", "miles/hour", "mi/h"] },
  { id: "km", forms: ["kilometre", "kilometres", "kilometer", "kilometers", "km", "kms"] },
  { id: "mi2", forms: ["square mile", "square miles", "sq mi"] },
  { id: "m2", forms: ["square metre", "square metres", "square meter", "square meters", "sq m", "m2", "m²"] },
  // Volumes: "500 cubic metres" of water is no length of 500 metres.
  { id: "m3", forms: ["cubic metre", "cubic metres", "cubic meter", "cubic meters", "cu m", "m3", "m³"] },
  { id: "ft3", forms: ["cubic foot", "cubic feet", "cubic-foot", "cu ft", "ft3", "ft³"] },
  // "a 10,000 square-foot building" is the building's floor area, not 10,000 buildings.
  { id: "ft2", forms: ["square foot", "square feet", "square-foot", "square-feet", "sq ft"] },
  { id: "nautical-mile", forms: ["nautical mile", "nautical miles"] },
  { id: "mile", forms: ["mile", "miles"] },
  // "120 m high", "394 feet (120 m)": "m" apart from its figure; glued ("2.5m") it is millions in British copy.
  { id: "m", forms: ["metre", "metres", "meter", "meters"], spacedForms: ["m"] },
  { id: "ha", forms: ["hectare", "hectares"] },
  { id: "feddan", forms: ["feddan", "feddans"] },
  { id: "dunam", forms: ["dunam", "dunams", "dunum", "dunums", "donum", "donums"] },
  { id: "acre", forms: ["acre", "acres"] },
  { id: "ton", forms: ["ton", "tons", "tonne", "tonnes", "metric tons"] },
  { id: "kg", forms: ["kilogram", "kilograms", "kilogramme", "kilogrammes", "kg", "kgs"] },
  { id: "barrel", forms: ["barrel", "barrels", "bpd"] },
  { id: "litre", forms: ["litre", "litres", "liter", "liters"] },
  { id: "mm", forms: ["millimetre", "millimetres", "millimeter", "millimeters", "mm"] },
  { id: "cm", forms: ["centimetre", "centimetres", "centimeter", "centimeters", "cm"] },
  { id: "inch", forms: ["inch", "inches"] },
  { id: "foot", forms: ["foot", "feet"] },
  // Temperatures: "degrees" alone is left out, as it is Fahrenheit in American copy and Celsius elsewhere.
  // The bare letters read a glued suffix ("51C", "124F").
  { id: "celsius", forms: ["degrees celsius", "degree celsius", "degrees centigrade", "celsius", "centigrade", "°c", "c"] },
  { id: "fahrenheit", forms: ["degrees fahrenheit", "degree fahrenheit", "fahrenheit", "°f", "f"] },
  { id: "mw", forms: ["megawatt", "megawatts", "mw"] },
  { id: "gw", forms: ["gigawatt", "gigawatts", "gw"] },
  // Money
  { id: "usd", forms: ["dollar", "dollars", "usd", "us dollars"] },
  { id: "eur", forms: ["euro", "euros", "eur"] },
  { id: "rub", forms: ["rouble", "roubles", "ruble", "rubles", "rub"] },
  { id: "gbp", forms: ["pound", "pounds", "pounds sterling", "gbp"] },
  { id: "egp", forms: ["egyptian pound", "egyptian pounds", "egp"] },
  { id: "syp", forms: ["syrian pound", "syrian pounds"] },
  { id: "try", forms: ["turkish lira", "turkish liras", "lira", "liras"] },
  // One id for each name shared by several countries' currencies: the story says which. The riyal keeps the id of
  // the Saudi one; Oman's and Qatar's, also «ريال» in Arabic, are spelled "rial" and "riyal" in English copy.
  { id: "sar", forms: ["riyal", "riyals", "saudi riyal", "saudi riyals", "rial", "rials", "omani rial", "omani rials", "qatari riyal", "qatari riyals"] },
  { id: "dirham", forms: ["dirham", "dirhams"] },
  { id: "dinar", forms: ["dinar", "dinars"] },
  { id: "cny", forms: ["yuan", "renminbi"] },
  { id: "rupee", forms: ["rupee", "rupees"] },
  // Subunits, compared in their currency (align/conversions.ts): "89 cents a share" is the "$0.89" of another outlet.
  // A euro's cents are named as such; bare cents are American copy's.
  { id: "usd-cent", forms: ["cent", "cents"] },
  { id: "eur-cent", forms: ["euro cent", "euro cents", "eurocent", "eurocents"] },
  { id: "gbp-penny", forms: ["penny", "pence"] },
  // Rates and scales
  { id: "basis-point", forms: ["basis point", "basis points", "bps", "bp"] },
  { id: "percentage-point", forms: ["percentage point", "percentage points"] },
  { id: "magnitude", forms: ["magnitude", "on the Richter scale", "Richter"] },
  { id: "survivor", forms: ["survivor", "survivors"] },
  { id: "missing", forms: ["missing"] },
  { id: "arrival", forms: ["arrival", "arrivals", "sea arrivals", "crossing", "crossings", "small-boat arrivals", "small boat arrivals"] },
  // Counting words that are units in themselves
  { id: "times", forms: ["times", "fold"] },
  { id: "vote", forms: ["vote", "votes"] },
  { id: "seat", forms: ["seat", "seats"] },
  // Charges in a court case: "acquitted him on 9 counts" counts charges, not the acquitted. Plural only: "a charge
  // of $50" is a price and "a count of 500" a tally.
  { id: "count", forms: ["counts", "charges"] },
];

export const quantities: QuantityWords = {
  units,
  roles: [
    // "179 passengers feared dead": the hedge before "dead" leaves the count one of the dead.
    { unit: "killed", cues: ["killed", "killing", "kill", "kills", "dead", "feared dead", "presumed dead", "confirmed dead", "died", "die", "death toll", "toll", "deaths", "lost their lives", "claimed the lives of", "fatalities", "drowned", "drowning"] },
    // "Blast kills two, injures 49": a headline's present tense, read only right before its figure, since "Cave-in
    // injures other workers trying to reach the six trapped miners" has its object before the miners.
    { unit: "injured", cues: ["wounded", "wounding", "injured", "injuring", "hurt", "injuries"], cuesRightBefore: ["injures", "injure"] },
    { unit: "displaced", cues: ["displaced", "displacing", "uprooted", "forced from their homes", "driven from their homes", "from their homes", "fled", "homeless"] },
    { unit: "survivor", cues: ["survived", "survivors", "survivor", "rescued alive", "pulled alive"] },
    // Rescued are those pulled out by others: fewer than the survivors when some swam ashore or walked out.
    { unit: "rescued", cues: ["rescued", "pulled from the water", "pulled from the rubble", "plucked from the water"] },
    // "The death toll has crossed 126": right before its figure "crossed" is passed, not a crossing.
    { unit: "arrival", keepsGroup: true, cues: ["crossed", "arrived", "landed", "made the crossing", "made the journey", "crossings"], cuesBeforeName: ["reached"], cuesNotRightBefore: ["crossed"] },
    // Not "recovered" alone: bodies, weapons and money are recovered too.
    { unit: "recovered", cues: ["recoveries", "have recovered", "has recovered", "had recovered", "have since recovered", "recovered from the disease", "recovered from the virus"] },
    { unit: "missing", cues: ["missing", "unaccounted for", "disappeared", "lost at sea"] },
    { unit: "acquitted", cues: ["acquitted", "acquitting", "cleared of all charges"] },
    { unit: "arrested", cues: ["arrested", "arrests", "detained", "taken into custody", "rounded up"] },
    { unit: "evacuated", cues: ["evacuated", "evacuation", "evacuating"] },
    // A jobs report counts jobs on the payrolls: "Nonfarm payrolls rose by 143,000, down from an upwardly revised
    // 307,000 in December" meets another outlet's "143,000 jobs".
    // "Job growth for January was concentrated in health care (44,000), retail (34,000) and government (32,000)".
    {
      unit: "job",
      cues: ["payrolls", "payroll employment", "nonfarm employment", "non-farm employment", "job growth", "job gains", "job losses", "job creation"],
    },
  ],
  prefixUnits: [["$", "usd"], ["US$", "usd"], ["USD", "usd"], ["€", "eur"], ["£", "gbp"], ["EUR", "eur"], ["E£", "egp"], ["LE", "egp"], ["EGP", "egp"], ["SAR", "sar"], ["SR", "sar"], ["OMR", "sar"], ["RO", "sar"], ["QAR", "sar"], ["QR", "sar"], ["AED", "dirham"], ["Dh", "dirham"], ["Dhs", "dirham"], ["KWD", "dinar"], ["JOD", "dinar"], ["IQD", "dinar"], ["BHD", "dinar"], ["Rs", "rupee"], ["Rs.", "rupee"], ["INR", "rupee"], ["₹", "rupee"], ["magnitude", "magnitude"], ["magnitude-", "magnitude"]],
  spanWords: ["over", "within", "under"],
  unitBounds: [{ phrase: "as far as", units: ["km", "mile", "m", "foot", "km2", "mi2"] }],
  conjunctions: ["or", "and", "to", "nor"],
  clauseJoiners: ["and", "or", "but", "while", "whereas", "nor"],
  disjunctions: ["or"],
  subjectVerbs: ["was", "were", "is", "are", "had", "has", "have", "remain", "remains", "remained"],
  // Passengers, crew and hostages are counted as such, but what their own verb says befell them is the count:
  // "76 passengers were seriously injured", "two crew members died". So are people in general, nearer their own
  // verb than a cue before them: "1,411 people were killed and 3,124 people were injured". A verb that leaves them
  // in a state is theirs too: "killed 12 people and 30 people were left homeless" made 30 homeless, not dead.
  ownVerbGroups: {
    units: ["passenger", "crew", "hostage", "injured", "person"],
    between: [
      "was", "were", "had", "have", "has", "been", "also", "all", "reportedly", "later", "seriously", "critically",
      "badly", "severely", "slightly", "fatally", "gravely", "mortally", "grievously", "left", "made", "rendered",
    ],
  },
  fillers: ["of"],
  rateMarkers: ["per", "for every", "for each"],
  // "had captained a 737": a number after "a" that counts nothing is a name.
  // "about half of the homes in Brittany", "two-thirds of voters": a fraction before "of" is a share, not 0.5 homes.
  shareOf: { words: ["of"], definitePrefixes: [] },
  indefiniteArticles: ["a", "an"],
  // Not "his" or "her": "six of his victims" are a perpetrator's, not the dead of a disaster.
  partitiveDeterminers: ["the", "its", "their", "these", "those"],
  hyphenAdjectives: true,
  // "-odd" and "-plus" are read as qualifiers of the figure ("40-odd people").
  hyphenCounts: ["strong", "odd", "plus"],
  // "half year results", "a six-month report": the period a report covers, not a span that passed. Not
  // "statement" or "review": "a 20-minute statement", "a six-month review" last that long or come after it.
  periodLabelNouns: [
    "result", "results", "performance", "report", "reports", "earnings", "profit", "profits", "loss", "losses",
    "accounts", "figures", "revenue", "revenues", "sales", "dividend",
  ],
  exchangeAfter: ["to the dollar", "against the dollar", "per dollar", "to the euro", "against the euro", "per euro", "to the greenback", "against the greenback"],
  gapModifiers: ["needed", "required", "necessary", "promised", "pledged", "allotted", "allocated", "available", "remaining"],
  // In an article on Egypt, "pounds" are Egyptian pounds.
  senses: [
    { unit: "egp", forms: ["pound", "pounds"], cues: ["egypt", "egyptian", "egypt's", "cairo", "egp"] },
    // In an article on the labour market, positions are jobs ("adding 44,000 positions"), not a war's targets,
    // unless the sentence is of fighting.
    {
      unit: "job",
      forms: ["position", "positions"],
      cues: ["payrolls", "unemployment", "jobless", "hiring", "employers", "layoffs"],
      unlessInSentence: ["troops", "army", "forces", "militants", "rebels", "struck", "shelled", "shelling", "captured", "attacked", "strikes", "airstrikes"],
    },
    // In an article on a wildfire, personnel are the crews fighting it ("more than 1,600 personnel battled flames"),
    // not soldiers, unless the sentence names the military.
    {
      unit: "rescuer",
      forms: ["personnel"],
      cues: ["wildfire", "wildfires", "firefighters", "firefighting", "blaze"],
      unlessInSentence: ["military", "army", "troops", "soldiers", "guard", "navy", "police"],
    },
  ],
  // "cut rates by a quarter point", "raised interest rates half a point": percentage points; "50 points" after a
  // rate are basis points. "The Dow fell 500 points" stays points.
  // Hyphenated, the rate may come after: "a quarter-point rate cut", "a half-point increase in interest rates".
  cuedReadings: [
    {
      forms: ["point", "points"],
      cues: ["rate", "rates", "rate's"],
      units: [[0, "percentage-point"], [5, "basis-point"]],
      hyphenThrough: [
        "cut", "cuts", "rise", "rises", "hike", "hikes", "increase", "increases", "reduction", "reductions", "raise",
        "move", "in", "to", "of", "the", "its", "their", "key", "benchmark", "interest", "policy", "lending",
        "borrowing", "main", "federal", "funds", "overnight", "deposit", "base", "bank", "bank's", "central",
      ],
    },
  ],
  modifiers: ["more", "other", "additional", "new", "extra", "further", "fewer", "less", "some", "such", "own"],
  ageHolders: [
    "children", "child", "kids", "adults", "people", "those", "men", "women", "anyone", "everyone", "infants",
    "babies", "boys", "girls", "patients", "residents", "citizens", "aged",
  ],
  partitiveLeads: ["of the", "of those", "among the", "of these"],
  countNouns: ["number of", "numbers of", "total of", "tally of", "count of", "toll of"],
  // "Aircraft movements reached 279,000" meets another outlet's "279,000 aircraft movements". Intransitive verbs
  // only: the subject of "cut", "raised" or "reduced" is who acted ("Airlines cut flights to 300").
  subjectCounts: {
    verbs: [
      "reached", "reach", "reaches", "totalled", "totaled", "total", "totals", "numbered", "number", "numbers",
      "topped", "tops", "exceeded", "exceeds", "surpassed", "surpasses", "stood", "stands", "stand",
      "rose", "rise", "rises", "risen", "climbed", "climbs", "grew", "grows", "grown", "jumped", "jumps", "surged",
      "surges", "soared", "soars", "increased", "increases", "fell", "falls", "fallen", "dropped", "drops",
      "declined", "declines", "decreased", "decreases", "dipped", "dips", "plunged", "plunges", "slipped", "slips",
    ],
    auxiliaries: ["has", "have", "had"],
    links: ["to", "at", "by"],
    determiners: ["the", "its", "their"],
    // What a figure after these measures is a price, a rate or a reading, not how many of them there are.
    levelNouns: [
      "prices", "rates", "yields", "temperatures", "temps", "shares", "stocks", "markets", "indices", "indexes",
      "futures", "bonds", "costs", "wages", "salaries", "earnings", "revenues", "profits", "losses", "sales",
      "exports", "imports", "reserves", "levels", "readings", "scores", "ratings", "numbers", "figures", "totals",
      "volumes", "values", "assets", "deposits", "savings", "bills", "fees", "fares", "rents", "tariffs", "taxes",
    ],
  },
  appositiveAges: true,
  ageCues: ["aged", "age"],
  capacityCues: [
    "licensed to carry", "licenced to carry", "certified to carry", "permitted to carry", "allowed to carry",
    "designed to carry", "built to carry", "capacity of", "a capacity of", "capacity for",
    "room for", "seating for", "seating capacity of", "can hold", "can carry", "able to carry",
    // How a vehicle or hall is fitted out ("the plane was equipped to carry 13 people"): what it may hold.
    "equipped to carry", "equipped for", "outfitted to carry", "outfitted for", "fitted to carry", "configured to carry",
    "configured for", "capable of carrying", "capable of holding", "could carry", "could hold", "able to hold",
    "can accommodate", "could accommodate", "able to accommodate", "rated to carry",
  ],
  capacityAfter: ["capacity"],
  remainderWords: ["other", "others"],
  remainderConjunctions: ["and"],
  speedAfter: ["per hour", "an hour", "a hour", "per hr"],
  speedOf: { km: "kmh", mile: "mph" },
  loadVerbs: ["carrying", "carried", "ferrying", "transporting"],
  breakdownCues: ["among them", "among whom", "including", "of whom", "of which", "of them", "among those"],
  headFinal: true,
  pluralEndings: ["s"],
  verbEndings: ["ed"],
  singularEndings: ["ss", "us", "is", "ous", "ics", "'s", "’s"],
  pluralNouns: [
    "people", "men", "women", "children", "staff", "personnel", "police", "cattle", "sheep", "fish", "deer",
    "troops", "crew", "youth", "feet", "teeth", "mice", "geese", "data", "media", "criteria",
    "aircraft", "spacecraft", "livestock",
  ],
  invariantNouns: ["aircraft", "spacecraft", "police", "staff", "personnel", "crew", "sheep", "fish", "deer", "cattle", "livestock"],
  nounPrefixes: [],
  nounEndings: [],
  maxGap: 2,
  postNominalMarkers: [],
};
