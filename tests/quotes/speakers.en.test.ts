import { describe, expect, it } from "vitest";
import { analyse, sentenceSpeakers, speakerOf } from "./helpers.js";

describe("English speakers", () => {
  it.each([
    ["X said", "Russian Defence Minister Sergei Shoigu said the air force had flown 2,289 sorties.", "Russian Defence Minister Sergei Shoigu"],
    ["said X", '"The strikes will continue," said Shoigu.', "Shoigu"],
    ["said X, title first", '"The strikes will continue," said Foreign Minister Sergei Lavrov, who was in Moscow.', "Foreign Minister Sergei Lavrov"],
    ["said X ends at the name", '"We are ready," said Lavrov in Moscow.', "Lavrov"],
    ["a name with a lower-case particle", '"We will not stop," said Abu Bakr al-Baghdadi.', "Abu Bakr al-Baghdadi"],
    ["a title and a name with a particle", '"Egypt is safe," President Abdel Fattah el-Sisi said.', "President Abdel Fattah el-Sisi"],
    ["X says", "The Kremlin says the operation will last as long as needed.", "The Kremlin"],
    ["X has said", "Lavrov has said Russia will not join the coalition.", "Lavrov"],
    ["X initially wrote", "Gov. Ivan Petrov initially wrote that 43 passengers were aboard.", "Gov. Ivan Petrov"],
    // A rank's full stop does not end the sentence: the speaker is the corporal, not "Cpl".
    ["said Cpl. X", "Seven of the train's eight cars derailed, said Cpl. Justin Dunn, public information officer.", "Cpl. Justin Dunn"],
    ["Supt. X said", "Supt. Ravi Kumar said the line would reopen on Monday.", "Supt. Ravi Kumar"],
    ["X officially announced", "The ministry officially announced that 12 people had died.", "The ministry"],
    ["X subsequently said", "Police subsequently said the toll had risen to 9.", "Police"],
    ["X told reporters", "Lavrov told reporters in Moscow that Russia was ready.", "Lavrov"],
    // Initials with their dots are part of the name, one letter or several.
    ["a middle initial", '"We will not find anyone alive," Rear Admiral Shannon N. Gilreath said.', "Rear Admiral Shannon N. Gilreath"],
    ["a quote closed by two apostrophes", "\"We do not believe we will find anyone alive,'' Coast Guard Rear Admiral Shannon Gilreath said.", "Coast Guard Rear Admiral Shannon Gilreath"],
    // A number between capitalised words numbers a body in its name.
    ["a numbered district in a title", '"This is about respect," IAM District 751 President Jon Holden said.', "IAM District 751 President Jon Holden"],
    // An ampersand between capitalised words joins them in one name.
    ["an ampersand in a company's name", '"Customers should be prepared for extended outages," said Florida Power & Light Company.', "Florida Power & Light Company"],
    ["an ampersand between two names", "Procter & Gamble said sales rose in the quarter.", "Procter & Gamble"],
    // Business copy's titles before a name.
    ["a CEO stating", "CEO Jensen Huang expressed strong confidence, stating, \u201cDemand for Blackwell is amazing.\u201d", "CEO Jensen Huang"],
    // A phrase opening the sentence before its comma is no part of the subject a participle shares.
    ["an opening phrase before the subject of a participle", "In a statement, CEO Jensen Huang expressed strong confidence in the company\u2019s future, stating, \u201cDemand for Blackwell is amazing.\u201d", "CEO Jensen Huang"],
    ["a day opening the sentence before the subject of a participle", "On Thursday, the minister expressed sorrow, saying \u201cWe grieve for all the families today.\u201d", "the minister"],
    ["chained initials", '"We have reached the main area," district official D.D. Kale said today.', "district official D.D. Kale"],
    ['"…," X said.', '"We are ready," Foreign Minister Sergei Lavrov said.', "Foreign Minister Sergei Lavrov"],
    ['"…," X told reporters', '"We are ready," Foreign Minister Sergei Lavrov told reporters in Moscow on Thursday.', "Foreign Minister Sergei Lavrov"],
    ["X, the title, said", "Kerry, the U.S. secretary of state, said the talks were useful.", "Kerry, the U.S. secretary of state"],
    // A title in lower case after a comma, its place named with a comma of its own, describes the name before it.
    ["X, title of Place, Region, has said", "The quake left 182 people injured, Wang Wen, vice mayor of Haidong City, Qinghai, has said at a press conference.", "Wang Wen, vice mayor of Haidong City, Qinghai"],
    ["no name before the title's comma", "After the quake, officials of Haidong City, Qinghai, have said that 182 people were injured.", "officials of Haidong City, Qinghai"],
    ["title, name, said", "A spokesman for the Pentagon, Colonel Steve Warren, said the strikes had not affected operations.", "A spokesman for the Pentagon, Colonel Steve Warren"],
    ["X, who …, said", "Lavrov, who met Kerry in Paris, said Russia would not join the coalition.", "Lavrov"],
    ["X, speaking …, said", "Shoigu, speaking at a meeting in Moscow, said 37 aircraft would be added.", "Shoigu"],
    // A rank written as a number after "No." or "number" is part of the description.
    ["a rank before the role", "The group's No. 2 official said on Monday the talks had failed.", "The group's No. 2 official"],
    ["a rank and a name", "The party's No. 3, Ali Musa, said the vote would go ahead.", "The party's No. 3, Ali Musa"],
    // A release speaks as a statement does.
    ["a news release", "Shots were fired near several businesses, the news release said.", "the news release"],
    // A body whose name holds an event word still speaks: its head is its last word.
    ["a fire service", "The Fire Service said 13 engines were used.", "The Fire Service"],
    ["a rank after number", "The ministry's number 2 said the talks had failed.", "The ministry's number 2"],
    ["X added that", "Lavrov added that Russia would act.", "Lavrov"],
    ["X has vowed that", 'Forestry Minister Hasan Karabulut has vowed that the authorities "will not leave a single village alone".', "Forestry Minister Hasan Karabulut"],
    ["X states that", "The report states that 40 people died.", "The report"],
    ["X pledged", "The governor pledged that every family would be rehoused.", "The governor"],
    ["X added:", 'Lavrov added: "We will act."', "Lavrov"],
    ["according to X, at the end", "More than 240,000 people have been killed, according to the Syrian Observatory for Human Rights.", "the Syrian Observatory for Human Rights"],
    ["according to X, at the start", "According to the defence ministry, 34 cruise missiles were fired.", "the defence ministry"],
    ["the article opens the subject", "In a statement the ministry said 34 missiles were fired.", "the ministry"],
    ["officials in a place", "Officials in Paris said Hollande would travel to Moscow on Nov. 26.", "Officials in Paris"],
    ["U.S. officials", "U.S. officials said the coalition was not coordinating with Russia.", "U.S. officials"],
    ["X said in a statement", "The Pentagon said in a statement that the coalition was not coordinating with Russia.", "The Pentagon"],
    ["citing replaces the teller", "Hollande will travel to Moscow on Nov. 26, RIA Novosti reported, citing the Kremlin.", "the Kremlin"],
    ["possessive title", "Russia's defence ministry said 50 aircraft were deployed.", "Russia's defence ministry"],
    ["as X said", "As Lavrov said, the operation will continue.", "Lavrov"],
    ["X, a title, said", "Zakharova, a spokeswoman for the foreign ministry, said the talks were useful.", "Zakharova, a spokeswoman for the foreign ministry"],
    ["a title before the name", "Russian Foreign Ministry spokeswoman Maria Zakharova told a briefing that Moscow was ready.", "Russian Foreign Ministry spokeswoman Maria Zakharova"],
    ["sources told", "Sources told AFP that 20 civilians had been killed.", "Sources"],
    ["according to media", "Twenty civilians were killed, according to Russian media.", "Russian media"],
    ["a definite body: the central bank", "Core inflation eased to 10.9% from 11.6%, the central bank said.", "the central bank"],
    ["a definite body: the bank, after a quote", '"The Committee judges that the cut is consistent with its target," the bank said in a statement.', "the bank"],
    ["a definite body: the coast guard", "Some 400 people were rescued off Lampedusa, the coast guard said.", "the coast guard"],
    ["a definite body: the airline", "The aircraft had flown 41,000 hours, the airline said.", "the airline"],
    ["a reporting word inside a capitalised name", "The quake struck at dawn, according to the United States Geological Survey.", "the United States Geological Survey"],
    ["coordinated names", "The truce will begin on Saturday, the United States and Saudi Arabia said.", "the United States and Saudi Arabia"],
    ["coordinated bodies", "Syrian authorities and rescue groups reported 873 deaths in Syria.", "Syrian authorities and rescue groups"],
    ["coordinated bodies with lower-case modifiers", "In Syria, the health ministry in Damascus and rescuers in the northwest reported 428 dead.", "the health ministry in Damascus and rescuers in the northwest"],
    ["a coordination whose first part is a clause", "Police arrested ministry officials and Lavrov said the operation would go on.", "Lavrov"],
    ["a coordination whose first part is no name", "The strikes hit Raqqa and Lavrov said the operation would go on.", "Lavrov"],
    ["a coordination whose first part is an object", "The strikes hit the ministry and Lavrov said the operation would go on.", "Lavrov"],
    ["an adverbial of time before the verb", "President Vladimir Putin on Tuesday told his navy to work with the French.", "President Vladimir Putin"],
    ["an adverbial of place before the verb", "Lavrov in Moscow said the talks were useful.", "Lavrov"],
    ["two adverbials before the verb", "The ministry in a statement on Tuesday said 20 people had died.", "The ministry"],
    ["an adverb and an adverbial before the verb", "The ministry late on Friday said 20 people had died.", "The ministry"],
    ["a name with particles", "European Commission President Ursula von der Leyen said the bloc would act.", "European Commission President Ursula von der Leyen"],
    ["people named by what they do", "Twelve people were pulled out alive, rescue workers said.", "rescue workers"],
    ["an indefinite subject", "A Western diplomat in Beirut said the truce would not hold.", "A Western diplomat in Beirut"],
    ["a verb that shares its sentence's subject", "A Western diplomat in Beirut seemed less upbeat and said the truce would not hold.", "A Western diplomat in Beirut"],
    // A plain noun before a name is the object of the clause before, not part of the speaker.
    ["a name after a plain noun", "Before announcing the sentence Davila said the case was troubling.", "Davila"],
  ])("%s", (_name, text, expected) => {
    expect(speakerOf(text, "en")).toBe(expected);
  });

  it.each([
    ["a pronoun names nobody", "He said the talks were useful."],
    ["negated", "Putin did not say when the operation would end."],
    ["negated, contracted", "Putin didn't say when the operation would end."],
    ["a modal before the verb", "Russia would say nothing more."],
    ["added meaning add", "Russia added 37 aircraft to its force in Syria."],
    // "states" is a noun far more often than a verb: it speaks only before a complement.
    ["states as a noun before a comma", "Two people died after the storm hit southern US states, cutting power to homes."],
    ["states as a noun before a time", "The storm moved toward the Gulf states by the afternoon."],
    ["according to a plan", "The strikes were carried out according to the plan."],
    // A name that runs up to a number designates a text or a thing, not someone who speaks.
    ["according to an article number", "Two jets were seen, according to Article 5 of the treaty."],
    ["according to a flight number", "Twelve people died, according to Flight 9268 records."],
    ["a verb inside a relative clause", "The general who said the war was over resigned."],
    ["an object of a preposition is no subject", "The attacks on targets in Raqqa said to be used by the group went on."],
    ["a passive", "Lavrov was told the talks would resume."],
    ["said as an adjective", "The said agreement was signed in Vienna."],
    ["a subject that names nobody", "Both sides said the talks were useful."],
    ["a capitalised reporting word continues a name", "The United States Geological Survey measured the quake."],
    ["a verb that shares the subject of an unnamed clause", "Russia bombed Aleppo and said the strikes would go on."],
    // An event claims lives; it does not speak.
    ["an event that claims lives", "Maharashtra's worst landslide claims 82 lives."],
    ["a storm that claimed lives", "The storm claimed 12 lives in the region."],
    // After a possessive, a reporting word in -s is a plural noun.
    ["claims after a possessive", "He led the firm through its 15-year history, and the company's claims to have built a new device never held."],
  ])("%s", (_name, text) => {
    expect(speakerOf(text, "en")).toBeUndefined();
  });
});

describe("English carry-over and quote speakers", () => {
  it("carries a speaker to a pronoun in the next paragraph", () => {
    const text = "Russian Defence Minister Sergei Shoigu said the air force had flown 2,289 sorties.\n\nHe added that 4,111 targets had been destroyed.";
    expect(sentenceSpeakers(text, "en")).toEqual(["Russian Defence Minister Sergei Shoigu", "Russian Defence Minister Sergei Shoigu"]);
  });

  it("gives a quote followed by a pronoun attribution the previous speaker", () => {
    const text = 'Warren told reporters in Baghdad that the coalition had flown several sorties.\n\n"We hope the Russians will do the same," he said.';
    const res = analyse(text, "en");
    expect(res.quotes.map((q) => [q.text, q.speaker])).toEqual([["We hope the Russians will do the same,", "Warren"]]);
  });

  it("attributes a quote of several sentences to the name after it, in every sentence", () => {
    const text = '"The strikes will continue. We have enough aircraft," said Shoigu, who spoke at a meeting of the defence ministry board.';
    const res = analyse(text, "en");
    expect(res.quotes.map((q) => q.speaker)).toEqual(["Shoigu"]);
    expect(res.speakers[0]).toEqual(["Shoigu", "Shoigu"]);
  });

  it("prefers the name right after a quote to the one before it", () => {
    const text = 'Kerry said the talks would resume, but "we are not ready yet," Lavrov said.';
    expect(analyse(text, "en").quotes.map((q) => q.speaker)).toEqual(["Lavrov"]);
  });

  it("keeps a speaker through a quote continued in the next paragraph", () => {
    const text = '"We will act," Lavrov said. "We have the means to do it.\n\n"And we will win."';
    const res = analyse(text, "en");
    expect(res.quotes.map((q) => q.speaker)).toEqual(["Lavrov", "Lavrov", "Lavrov"]);
  });

  it("lets a pronoun refer to the titled subject of another verb", () => {
    const text = 'A senior U.S. official said the strikes were dangerous.\n\nRussia\'s Foreign Ministry spokeswoman, Maria Zakharova, dismissed the criticism. "These claims are groundless," she told reporters.';
    const res = analyse(text, "en");
    expect(res.speakers).toEqual([["A senior U.S. official"], [undefined, "Russia's Foreign Ministry spokeswoman, Maria Zakharova"]]);
    expect(res.quotes.map((q) => q.speaker)).toEqual(["Russia's Foreign Ministry spokeswoman, Maria Zakharova"]);
  });

  it("gives each clause of a sentence its own speaker", () => {
    const text = "Turkish officials said 1,498 people had died in Turkey, and Syrian authorities and rescue groups reported 873 deaths in Syria.";
    const res = analyse(text, "en");
    expect(res.attributions[0]?.map((a) => [text.slice(a.start, a.end), a.speaker])).toEqual([
      ["Turkish officials said", "Turkish officials"],
      ["Syrian authorities and rescue groups reported", "Syrian authorities and rescue groups"],
    ]);
  });

  it("does not carry a speaker to a verb that shares its sentence's subject", () => {
    const text = "Lavrov said Russia was ready.\n\nRussia bombed Aleppo and said the strikes would go on.";
    expect(sentenceSpeakers(text, "en")).toEqual(["Lavrov", undefined]);
  });

  it.each([
    [
      "an untitled name with an age",
      'Dr. Leila Mansour said time was short.\n\nIn Antakya, whole blocks collapsed. Ayse Demir, 54, stood outside her sister\'s building. "We have been waiting for 30 hours," she said.',
      "Ayse Demir",
    ],
    [
      "a titled subject past an adverbial of time",
      'According to the Russian general staff, the air force hit 4,111 targets.\n\nPresident Vladimir Putin on Tuesday ordered his navy to work with the French "as allies". He said: "We need direct contact with the French."',
      "President Vladimir Putin",
    ],
    [
      "a titled subject past an adverbial of place",
      'Lavrov said Russia was ready.\n\nThe French defence minister in Paris dismissed the criticism. "These claims are groundless," he told reporters.',
      "The French defence minister in Paris",
    ],
    [
      "a title past name particles",
      'Lavrov said Russia was ready.\n\nEuropean Commission President Ursula von der Leyen arrived in Kyiv on Friday. "We stand with Ukraine," she said.',
      "European Commission President Ursula von der Leyen",
    ],
    [
      "people named by what they do",
      'Lavrov said Russia was ready.\n\nRescue workers pulled 12 people from the rubble. "We will keep digging," they said.',
      "Rescue workers",
    ],
    [
      "a name the document gave a speaker before",
      'Lavrov said Russia was ready.\n\nAFAD said 12,000 people were hurt.\n\nLavrov met Kerry in Paris. "These claims are groundless," he told reporters.',
      "Lavrov",
    ],
    [
      "a name with a particle, a title in apposition and a copula",
      'Prime Minister Helen Carter said the deal would put money in pockets.\n\nKhalid al-Nuaimi, the secretary general of the Gulf Cooperation Council, was more expansive. "This agreement opens a new chapter," he said.',
      "Khalid al-Nuaimi, the secretary general of the Gulf Cooperation Council",
    ],
    [
      "a titled subject before a copula",
      'Lavrov said Russia was ready.\n\nSecretary General Khalid al-Nuaimi was more expansive. "This agreement opens a new chapter," he said.',
      "Secretary General Khalid al-Nuaimi",
    ],
    [
      "no untitled name that nothing shows to be a person",
      'Governor Ron DeSantis said the state was ready.\n\nHurricane Milton made landfall near Sarasota late on Wednesday. "We are seeing the worst of it," he said.',
      "Governor Ron DeSantis",
    ],
  ])("lets a pronoun refer to %s", (_name, text, expected) => {
    const quotes = analyse(text, "en").quotes.filter((q) => q.text.split(" ").length > 2);
    expect(quotes.map((q) => q.speaker)).toEqual([expected]);
  });

  it.each([
    ["he: the person who spoke before, not the body", 'A military spokesman said the strikes would go on.\n\nIsraeli forces struck 40 targets in Gaza. "We will continue," he said.', "A military spokesman"],
    ["it: the body", 'A military spokesman said the strikes would go on.\n\nThe Israeli army struck 40 targets in Gaza. "We will continue," it said.', "The Israeli army"],
    ["they: the body, in the next paragraph", 'A military spokesman said the strikes would go on.\n\nIsraeli forces struck 40 targets in Gaza.\n\n"We will continue," they said.', "Israeli forces"],
    // "She" is one person: not officials mentioned or quoted before.
    ["she: not officials mentioned before", 'Police officials in Hathras were not available for comment.\n\nThe devotees included Kamla. "I went with my daughter," she told ANI.', undefined],
    ["she: not officials who spoke before", 'Police officials said the crowd was too large.\n\n"I went with my daughter," she said.', undefined],
    ["he: a spokesman still", 'A police spokesman said the crowd was too large.\n\n"I went there myself," he said.', "A police spokesman"],
  ])("matches a pronoun to a person or a body: %s", (_name, text, expected) => {
    expect(analyse(text, "en").quotes.map((q) => q.speaker)).toEqual([expected]);
  });

  it("takes the phrase after 'told' for who heard it, not who spoke", () => {
    const text = '"The attendees were leaving," said Chaitra V, divisional commissioner of Aligarh city, told AFP. "We are focusing on relief," she added.';
    expect(analyse(text, "en").quotes.map((q) => q.speaker)).toEqual(["Chaitra V", "Chaitra V"]);
  });

  it.each([
    // A statement that ended its sentence inside its marks is not the next clause's, whose verb has an object.
    ["a verb with an object after a full stop", 'The river burst its banks in the morning. "The water will keep rising in the coming hours." The ministry had reported 12 deaths by noon.', [undefined]],
    ["a verb with its own clause after a full stop", 'Lavrov met Kerry. "We will rebuild what was lost." Officials said that 40 homes burned.', [undefined]],
    ["a verb with nothing after it still", 'Lavrov met Kerry. "We will rebuild what was lost." Kerry said on Monday.', ["Kerry"]],
    ["a verb after a comma still", 'Lavrov met Kerry. "We will rebuild what was lost," the ministry said in a statement.', ["the ministry"]],
    ["assured names who speaks", 'The fires spread on Friday. Boric has assured in his message that "the number of victims will rise in the coming hours."', ["Boric"]],
  ] as const)("gives a statement the attribution after it only when that is the statement's: %s", (_name, text, expected) => {
    expect(analyse(text, "en").quotes.filter((q) => q.text.split(" ").length > 2).map((q) => q.speaker)).toEqual(expected);
  });

  it.each([
    ["people who spoke before", 'Rescue workers said the search would go on.\n\n"We found 12 survivors," it said.', [undefined]],
    ["an official who spoke in the same paragraph", 'Officials said 40 people were missing. "The search goes on," it said.', [undefined]],
    ["a named person", 'Mayor Ana Ruiz said the town was flooded.\n\n"Roads are closed," it said.', [undefined]],
    ["a body still", 'Officials said 40 people were missing.\n\nThe ministry said the search went on. "We found 12 survivors," it said.', ["The ministry"]],
  ] as const)("gives 'it said' no person: %s", (_name, text, expected) => {
    expect(analyse(text, "en").quotes.filter((q) => q.text.split(" ").length > 2).map((q) => q.speaker)).toEqual(expected);
  });

  it.each([
    ["people who spoke before", "Residents said the water rose fast.\n\nIt said 40 homes were flooded.", ["Residents", undefined]],
    ["people mentioned before", "Residents fled the area. It said the fire had destroyed 200 homes.", [undefined, undefined]],
    ["a body", "The ministry said the water rose fast.\n\nIt said 40 homes were flooded.", ["The ministry", "The ministry"]],
  ] as const)("carries no person to 'it said' in a sentence: %s", (_name, text, expected) => {
    expect(sentenceSpeakers(text, "en")).toEqual(expected);
  });

  it.each([
    ["a named person quoted before", '"It is designed to make certain he pays," Mitchell Epner, a former prosecutor, told CNN.\n\nThey said $8 billion represents "fraud on the customers."', ["Mitchell Epner, a former prosecutor", undefined]],
    ["a person who spoke in the same paragraph", 'The mayor said the town was flooded. "Roads are closed," they said.', [undefined]],
    ["officials still", 'Police officials said the crowd was too large.\n\n"We could not hold them back," they said.', ["Police officials"]],
    ["a body still", 'The ministry said the search went on.\n\n"We found 12 survivors," they said.', ["The ministry"]],
  ] as const)("gives 'they said' no single person: %s", (_name, text, expected) => {
    expect(analyse(text, "en").quotes.filter((q) => q.text.split(" ").length > 2).map((q) => q.speaker)).toEqual(expected);
  });

  it.each([
    ["stating", 'Judge Kaplan, in his assessment, highlighted his lack of contrition, stating, "He knew it was wrong."', "Judge Kaplan"],
    ["asserting", 'The minister defended the plan, asserting that "the budget adds up."', "The minister"],
    ["emphasizing", 'Defense lawyers sought leniency, emphasizing he was "an awkward math nerd."', "Defense lawyers"],
  ] as const)("takes the subject of the clause before a participle of speech: %s", (_name, text, expected) => {
    expect(analyse(text, "en").quotes.map((q) => q.speaker)).toEqual([expected]);
  });

  it.each([
    ["a participle", 'Lawyer Marc Mukasey pleaded for leniency, saying his client was "an awkward math nerd," Kaplan stated that there was "never a word of regret" for the crimes.', ["Lawyer Marc Mukasey", "Kaplan"]],
    ["under a subordinate clause, no one rather than the next speaker", 'Although Bankman-Fried apologized, saying he had "made a series of bad decisions," Kaplan stated that there was "never a word of regret" for his crimes.', [undefined, "Kaplan"]],
    ["a quote closed before its speaker still", '"We are ready," Foreign Minister Sergei Lavrov said.', ["Foreign Minister Sergei Lavrov"]],
  ] as const)("gives a quote opening right after a verb of speech to that verb: %s", (_name, text, expected) => {
    expect(analyse(text, "en").quotes.map((q) => q.speaker)).toEqual(expected);
  });

  it("carries no single person to 'they said' in a sentence", () => {
    const text = "The mayor spoke to reporters.\n\nThey said 40 homes had burned.";
    expect(sentenceSpeakers(text, "en")).toEqual([undefined, undefined]);
  });

  it("does not take an untitled subject for someone a pronoun refers to", () => {
    const text = "Lavrov said Russia was ready.\n\nRussian warplanes struck 50 targets. He added that the strikes would go on.";
    expect(sentenceSpeakers(text, "en")).toEqual(["Lavrov", undefined, "Lavrov"]);
  });

  it("leaves a partial quote in a sentence with no attribution unattributed", () => {
    const text = 'Lavrov said Russia was ready.\n\nThe ministry published photographs "showing the strikes hit their targets".';
    expect(analyse(text, "en").quotes.map((q) => q.speaker)).toEqual([undefined]);
  });
});
