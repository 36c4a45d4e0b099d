import { describe, expect, it } from "vitest";
import { analyse, sentenceSpeakers, speakerOf } from "./helpers.js";

describe("English speakers", () => {
  it.each([
    ["X said", "Russian Defence Minister Sergei Shoigu said the air force had flown 2,289 sorties.", "Russian Defence Minister Sergei Shoigu"],
    ["said X", '"The strikes will continue," said Shoigu.', "Shoigu"],
    ["said X, title first", '"The strikes will continue," said Foreign Minister Sergei Lavrov, who was in Moscow.', "Foreign Minister Sergei Lavrov"],
    ["said X ends at the name", '"We are ready," said Lavrov in Moscow.', "Lavrov"],
    ["X says", "The Kremlin says the operation will last as long as needed.", "The Kremlin"],
    ["X has said", "Lavrov has said Russia will not join the coalition.", "Lavrov"],
    ["X told reporters", "Lavrov told reporters in Moscow that Russia was ready.", "Lavrov"],
    ['"…," X said.', '"We are ready," Foreign Minister Sergei Lavrov said.', "Foreign Minister Sergei Lavrov"],
    ['"…," X told reporters', '"We are ready," Foreign Minister Sergei Lavrov told reporters in Moscow on Thursday.', "Foreign Minister Sergei Lavrov"],
    ["X, the title, said", "Kerry, the U.S. secretary of state, said the talks were useful.", "Kerry, the U.S. secretary of state"],
    ["title, name, said", "A spokesman for the Pentagon, Colonel Steve Warren, said the strikes had not affected operations.", "A spokesman for the Pentagon, Colonel Steve Warren"],
    ["X, who …, said", "Lavrov, who met Kerry in Paris, said Russia would not join the coalition.", "Lavrov"],
    ["X, speaking …, said", "Shoigu, speaking at a meeting in Moscow, said 37 aircraft would be added.", "Shoigu"],
    ["X added that", "Lavrov added that Russia would act.", "Lavrov"],
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
  ])("%s", (_name, text, expected) => {
    expect(speakerOf(text, "en")).toBe(expected);
  });

  it.each([
    ["a pronoun names nobody", "He said the talks were useful."],
    ["negated", "Putin did not say when the operation would end."],
    ["negated, contracted", "Putin didn't say when the operation would end."],
    ["a modal before the verb", "Russia would say nothing more."],
    ["added meaning add", "Russia added 37 aircraft to its force in Syria."],
    ["according to a plan", "The strikes were carried out according to the plan."],
    ["a verb inside a relative clause", "The general who said the war was over resigned."],
    ["an object of a preposition is no subject", "The attacks on targets in Raqqa said to be used by the group went on."],
    ["a passive", "Lavrov was told the talks would resume."],
    ["said as an adjective", "The said agreement was signed in Vienna."],
    ["a subject that names nobody", "Both sides said the talks were useful."],
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

  it("does not take an untitled subject for someone a pronoun refers to", () => {
    const text = "Lavrov said Russia was ready.\n\nRussian warplanes struck 50 targets. He added that the strikes would go on.";
    expect(sentenceSpeakers(text, "en")).toEqual(["Lavrov", undefined, "Lavrov"]);
  });

  it("leaves a partial quote in a sentence with no attribution unattributed", () => {
    const text = 'Lavrov said Russia was ready.\n\nThe ministry published photographs "showing the strikes hit their targets".';
    expect(analyse(text, "en").quotes.map((q) => q.speaker)).toEqual([undefined]);
  });
});
