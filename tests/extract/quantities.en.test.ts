/** What English figures count and the intervals they assert, on sentences as wire copy writes them. */
import { describe, expect, it } from "vitest";
import { quantities } from "./helpers.js";

describe("English quantities", () => {
  it.each([
    ["The air force has flown 2,289 combat sorties and destroyed 4,111 terrorist targets.", ["2289 sortie", "4111 target"]],
    ["The attacks killed 129 people and wounded 350.", ["129 killed", "350 injured"]],
    ["The two quakes were followed by 243 aftershocks, he said.", ["2 ~quakes", "243 aftershock"]],
    // "plus or minus" gives a margin: the figure before it is no "or more", the one after it no negative.
    ["The bank set an inflation target of 7% plus or minus 2 percentage points by 2026.", ["7 percent", "2 percentage-point"]],
    ["The survey has a margin of error of plus or minus 3 percentage points.", ["3 percentage-point"]],
    ["The index closed the session at minus 2 percent.", ["-2 percent"]],
    ["At least 129 people were killed in the attacks.", ["atLeast 129 killed"]],
    // Jeju Air flight 2216 (29 December 2024): "passengers and crew" are everyone on board, and a hedge before
    // "dead" keeps the count one of the dead.
    ["The Jeju Air flight, carrying 181 passengers and crew, crashed while landing.", ["181 person"]],
    ["The plane was carrying 175 passengers and six crew members.", ["175 passenger", "6 crew"]],
    ["The crash left 179 passengers feared dead.", ["179 killed"]],
    ["The WHO counted 412 confirmed cases and 78 deaths.", ["412 case", "78 killed"]],
    // Recovered patients are their own count.
    ["The ministry reported 412 new cases and 390 recoveries.", ["412 case", "390 recovered"]],
    ["So far 600 patients have recovered, the ministry said.", ["600 recovered"]],
    ["Divers recovered 12 bodies from the wreck.", ["12 body"]],
    // Firefighters are rescue personnel; policemen are officers.
    ["More than 40 firefighters battled the blaze.", ["over 40 rescuer"]],
    ["Police deployed 2,000 policemen around the stadium.", ["2000 soldier"]],
    // What happened to people: arrested, evacuated; a breakdown of a counted noun counts that noun.
    ["As many as 500 people were evacuated, and 12 to 15 people were arrested.", ["atMost 500 evacuated", "range 13.5 arrested"]],
    ["The ministry received 3,000 applications, of which 1,500 were approved.", ["3000 ~applications", "1500 ~applications"]],
    // A part against its whole counts what the whole counts; a larger first figure is no part ("10 of the 2015 contests").
    ["The bloc won 48 of the 329 seats, and 10 of the 2015 contests.", ["48 seat", "329 seat", "10 ?"]],
    // A possessive between the part-of words and the whole: the part counts what the whole counts, not the possessor.
    ["Only three of the stadium's 12 gates were open, and rebels hold 32 of the state’s 35 districts.", ["3 ~gates", "12 ~gates", "32 ~districts", "35 ~districts"]],
    // The whole's own qualifier between the part-of words and its figure bounds the whole; it is not what the part counts.
    ["Hamas will free 50 of the roughly 240 hostages it holds.", ["50 hostage", "approx 240 hostage"]],
    ["Only 30 of the more than 200 trucks crossed on Sunday.", ["30 vehicle", "over 200 vehicle"]],
    // A verb of exceeding under a negation is an upper bound, not "more than".
    ["Ticket sales did not exceed 38,000 tickets, and costs will not exceed $5 million.", ["atMost 38000 ~tickets", "atMost 5000000 usd"]],
    // A clause opening "Of the …" names what the bare figure after it counts.
    ["Of the suspected cases, 412 have been confirmed. In the city, 40 were confirmed.", ["412 case", "40 ?"]],
    // A verb after the figure is not what it counts; the same form before a noun is an adjective.
    ["Fewer than 100 remained, and 40 armed men left.", ["under 100 ?", "40 ~men"]],
    // A bound on people's age is no count, a bound on a count is.
    ["Over 65 people were hurt, among them children under five.", ["over 65 injured"]],
    // "the number of displaced": the count noun, not the nearer "reached", says what is counted.
    ["The number of displaced reached 1.7 million, and 20 were killed.", ["1700000 displaced", "20 killed"]],
    // The plural noun heads the counted phrase; the verb after it is not what is counted.
    ["Shares of the top 10 firms fell 3.4 percent.", ["10 ~firms", "3.4 percent"]],
    ["In the 1980's, 2,000 workers struck and 3,500 staff walked out.", ["2000 ~workers", "3500 ~staff"]],
    ["The two leaders spoke for 45 minutes.", ["2 ~leaders", "45 minute"]],
    // A place named by its number only when capitalised ("Ward 4"): here the figure counts people.
    ["In the ward 30 patients were treated overnight.", ["30 ~patients"]],
    ["On the train 12 passengers were hurt.", ["12 injured"]],
    ["The war has killed more than 240,000 people.", ["over 240000 killed"]],
    ["Nearly 2,300 sorties have been flown since Sept. 30.", ["nearly 2300 sortie"]],
    ["About 4,000 combat sorties were flown, officials said.", ["approx 4000 sortie"]],
    ["France carried out 12% of the strikes.", ["12 percent"]],
    ["France carried out 12 percent of the strikes.", ["12 percent"]],
    ["Twelve bombers took part in the raid.", ["12 bomber"]],
    ["The group will be reinforced with 37 more aircraft.", ["37 aircraft"]],
    ["The damage was put at $2.5 million.", ["2500000 usd"]],
    ["The bombers stayed airborne for more than 8 hours and covered 4,500 km.", ["over 8 hour", "4500 km"]],
    ["Troops retook 500 square kilometres and 80 towns.", ["500 km2", "80 town"]],
    ["A ceasefire is possible in 3 or 4 weeks.", ["3 week", "4 week"]],
    ["Between 20 and 30 civilians were killed.", ["range 25 killed"]],
    ["The toll rose to 2,317 killed, among them 1,498 in Turkey and 819 in Syria.", ["2317 killed", "1498 killed", "819 killed"]],
    ["The death toll from Monday's earthquake in southern Turkey climbed to 2,371 on Tuesday.", ["2371 killed"]],
    ["61 people were missing and 10 survived after the boat capsized.", ["61 missing", "10 survivor"]],
    ["The war has displaced 13 million people.", ["13000000 displaced"]],
    ["The bank cut rates by 200 basis points, or 2 percentage points.", ["200 basis-point", "2 percentage-point"]],
    ["A magnitude 6.6 earthquake struck before dawn.", ["6.6 magnitude"]],
    ["The pound traded at E£51 before the decision.", ["51 egp"]],
    // The qualifier reaches past a currency written with letters and a sign.
    ["The pound traded at about E£51 before the decision.", ["approx 51 egp"]],
    ["Nearly US$2 billion was pledged.", ["nearly 2000000000 usd"]],
    // Letters glued before a known sign make another currency, kept as written.
    ["The ticket cost HK$5, or $0.64.", ["5 hk$", "0.64 usd"]],
    // "law" and "bill" name a text only when written as a title.
    ["Parliament passed the bill 12 days later.", ["12 day"]],
    ["As much as 170 millimetres of rain fell, and 150 million dirhams were set aside.", ["atMost 170 mm", "150000000 dirham"]],
    ["Nearly 3,000 families were left homeless and 12,000 people displaced.", ["nearly 3000 family", "12000 displaced"]],
    ["The campaign will use 1.2 million doses of oral vaccine.", ["1200000 dose"]],
    ["Both sides agreed a seven-day truce.", ["7 day"]],
    ["The toll could reach 10.000 dead, officials said.", ["10000 killed"]],
    // The noun after a rate marker is the rate's denominator, not what the figure counts; a price of a currency in
    // another counts the currency named before it in its clause.
    ["Following the announcement, the Egyptian pound fell to a record low 42 per dollar on Wednesday.", ["42 egp"]],
    ["The pound traded at 50.85 to the dollar on Thursday, little changed in Cairo.", ["50.85 egp"]],
    ["Sterling rose to 1.27 against the dollar.", ["1.27 ?"]],
    ["Shares rose 3 to the dollar's delight.", ["3 ?"]],
    ["The fare rose to 5 dollars per person.", ["5 usd"]],
    // "pounds" in an article on Egypt are Egyptian pounds; elsewhere sterling.
    ["Egypt's banks were selling the dollar at 18.5 pounds.", ["18.5 egp"]],
    ["British banks were selling the dollar at 0.79 pounds.", ["0.79 gbp"]],
    // A model designation and its maker's name between a figure and its noun are one modifier.
    ["The airline grounded its 65 Boeing 737-9 aircraft, United its 79 Boeing 737 MAX 9 jets; 20 Airbus A321neo planes flew.", ["65 aircraft", "79 aircraft", "20 aircraft"]],
    // A nationality in the singular before another capitalised word opens a name; the noun after it is counted.
    ["Reus left with two German Cup titles, and two British Airways jets collided.", ["2 ~titles", "2 aircraft"]],
    // A fraction of a whole is a share of it, not a count of what the whole counts.
    ["The 737-9s make up a fifth of the company's 314 planes.", ["0.2 ?", "314 aircraft"]],
    // In an exchange the hostages and the prisoners are the two sides.
    ["Hamas will release 33 Israeli hostages in exchange for 737 Palestinian prisoners.", ["33 hostage", "737 detainee"]],
    ["More than 3,000 rescuers were searching the river bed on Sunday.", ["over 3000 rescuer"]],
    ["More than 30 nationalities are among the dead, including at least eight Americans.", ["over 30 nationality", "atLeast 8 killed"]],
    // "reached" says people arrived only before a place's name.
    ["Some 18,000 people reached Greece in the same period.", ["approx 18000 arrival"]],
    ["The number of people rescued reached 2,470 on Monday.", ["2470 rescued"]],
    // A cue in an earlier clause ("killed … and destroyed") is not what a figure with its own noun counts.
    ["The quake killed 41 people and destroyed 6,000 buildings.", ["41 killed", "6000 building"]],
    ["At least 41 people were killed as a result of the fire and almost 6,000 structures, including homes, have been destroyed.", ["atLeast 41 killed", "nearly 6000 building"]],
    ["California Wildfires Char 644,000 Acres, Destroy 2,000 Structures", ["644000 acre", "2000 building"]],
    ["That size, about 575 square miles, is almost half the size of Rhode Island.", ["approx 575 mi2", "nearly 0.5 ?"]],
    // The hyphenated adjective closes after its noun: the noun it goes with is not what the figure counts.
    ["The cabinet declared a two-week state of emergency in the capital.", ["2 week"]],
    ["A 12-member committee of soldiers will monitor the truce.", ["12 member"]],
    ["Deaths passed 1,000 this year, up from 49 a year earlier.", ["over 1000 killed", "49 killed"]],
    ["Italy is bound by the 1951 Refugee Convention.", []],
    ["The air force hit 4,111 targets in 2,299 sorties over 48 days.", ["4111 target", "2299 sortie", "48 day"]],
    ["The strikes went on for over 48 hours.", ["over 48 hour"]],
    // A singular noun modifying a plural head may follow another modifier and come before a second noun.
    ["A strike will shutter two major plane assembly plants near Seattle.", ["2 workshop"]],
    ["Relatives buried 10 plane crash victims on Sunday.", ["10 killed"]],
    // A breakdown between commas leaves the figure's cue after it the figure's own.
    ["At least 44 people, including 26 women and three children, were killed in the fire.", ["atLeast 44 killed", "26 woman", "3 child"]],
    ["Around 75 people, including 42 found unconscious, were rescued from the building.", ["approx 75 rescued", "42 person"]],
    ["The toll rose to 72 after nine more residents, including three children, were found dead.", ["72 killed", "9 killed", "3 killed"]],
    // A cue whose own figure stands between it and a clause opener ("even as") is not the next figure's.
    ["The death toll rose to 28 even as 150 people were feared trapped under the debris.", ["28 killed", "150 person"]],
    // A cue before "while" is its own clause's: the people after it were not killed.
    ["At least one person in France was killed, while 1.2 million people were without power.", ["atLeast 1 killed", "1200000 person"]],
    ["Floods killed 28 civilians and 150 soldiers.", ["28 killed", "150 killed"]],
    // A semicolon parts two statements of a summary line: the dead are not the 22 in critical condition.
    ["Women and children among the dead; 22 in critical condition; dozens rescued.", ["22 ?"]],
    // "The loss of … lives" are the dead.
    ["The blaze caused the tragic loss of at least 44 lives.", ["atLeast 44 killed"]],
    // The same after a percent mark: the span a change is spread over, not "more than four years".
    ["The deal would have raised wages by 25% over four years.", ["25 percent", "4 year"]],
    ["Pay rises 12 per cent over three years, and staff had waited for over 3 years.", ["12 percent", "3 year", "over 3 year"]],
    // A cue in an earlier clause does not say what happened to a noun the lexicon does not know.
    ["Some 1.2 million people were displaced, and nearly 2,300 homes were destroyed.", ["approx 1200000 displaced", "nearly 2300 home"]],
    ["Nearly 2,300 villagers were displaced by the floods.", ["nearly 2300 displaced"]],
    // People are counted whole: a figure with decimals beside a cue measures something else.
    ["Nine deaths were reported after the 5.9 tremor.", ["9 killed", "5.9 ~tremor"]],
    ["The toll reached 4.5 after the count, officials said.", ["4.5 ?"]],
    ["The number of displaced reached 1.7 million.", ["1700000 displaced"]],
    // The cue right before a figure's qualifier is the nearest, not the next figure's cue after it.
    ["The bus overturned, killing at least 12 and injuring about 40 people.", ["atLeast 12 killed", "approx 40 injured"]],
    // A headline's present tense: the injured, not the dead of the verb before.
    ["Explosion at US chemical plant kills two, injures 49", ["2 killed", "49 injured"]],
    ["Blast injures 49 workers at plant", ["49 injured"]],
    ["Cave-in injures other workers trying to reach the six trapped miners", ["6 ~miners"]],
    // A bare whole after "out of" counts what its part names.
    ["The party won 48 seats out of 329, and the jury convicted him on 19 counts out of 28.", ["48 seat", "329 seat", "19 count", "28 count"]],
    // "out of" may follow a short phrase of the part's; "of the" after a phrase is another noun's.
    ["The party won 48 seats in the election, out of 329.", ["48 seat", "329 seat"]],
    ["It took about 1.2 s of CPU of the 3.2 s extraction.", ["approx 1.2 ?", "3.2 ~extraction"]],
    // Counts of a verdict are charges, not the acquitted, nor the days of a breakdown before them.
    ["The jury also acquitted him on 9 counts of insider trading.", ["9 count"]],
    ["It deliberated over six days before convicting Lay on all counts, including four counts of bank fraud.", ["6 day", "4 count"]],
    // "that" joining a reported clause before "one" and a noun: a count, not the pronoun of "that one".
    ["The governor confirmed that one person was killed in the explosion.", ["1 killed"]],
    ["The blast killed as many as 9 and wounded 30 people.", ["atMost 9 killed", "30 injured"]],
    // A figure that names what it counts, after a word opening its clause, was not what the cue says.
    ["Eight people were killed when 3 wagons left the rails.", ["8 killed", "3 ~wagons"]],
    ["Twenty people were hurt as 5 carriages overturned.", ["20 injured", "5 ~carriages"]],
    // A vessel's load is what it carried, not what befell those it carried.
    ["At least 30 people died when a boat carrying 120 people sank.", ["atLeast 30 killed", "120 person"]],
    ["Some 30 people drowned after a ferry that carried about 90 people capsized.", ["approx 30 killed", "approx 90 person"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "en")).toEqual(expected);
  });
});

// A figure that leaves its noun out because an earlier clause of the sentence named it.
describe("English figures whose noun is gapped", () => {
  it.each([
    [
      "Italy registered 31,529 sea arrivals between Jan. 1 and June 30, while Greece recorded 17,682 and Spain 21,406, UNHCR figures show.",
      ["31529 arrival", "17682 arrival", "21406 arrival"],
    ],
    // A function word ends the phrase as punctuation does.
    ["OPEC agreed to cap output at 32.5 million barrels per day, down from 33.64 million in October.", ["32500000 barrel", "33640000 barrel"]],
    // A capital after the figure is a code, not a function word ("A" is not "a").
    ["The airline operates a fleet of 11 aircraft - six A320s and five Boeing jets.", ["11 aircraft", "6 ?", "5 aircraft"]],
    // Not of a size: a score, a count of something else.
    ["Italy registered 31,529 sea arrivals, while Greece recorded 12.", ["31529 arrival", "12 ?"]],
    // Two counted things before it: which one it counts is not said.
    ["The army said it destroyed 40 tanks and 35 aircraft, while the rebels claimed 38.", ["40 tank", "35 aircraft", "38 ?"]],
    // "the 165 needed": after a determiner, a word of what the figure is for leaves its noun out too; not of a size,
    // or with no determiner, it stays unread.
    ["The coalition has won 48 of the 329 seats, far short of the 165 needed for a majority.", ["48 seat", "329 seat", "165 seat"]],
    ["The coalition won 48 seats, far short of the 165 needed for a majority.", ["48 seat", "165 ?"]],
    ["The coalition has won 48 of the 329 seats; 165 needed reforms wait.", ["48 seat", "329 seat", "165 ~reforms"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "en")).toEqual(expected);
  });
});

// Temperatures and power: a unit written after the figure wins over a verb nearby ("reached" is no arrival).
describe("English temperatures and power", () => {
  it.each([
    ["The temperature reached 51 degrees Celsius (124 Fahrenheit) on Sunday.", ["51 celsius", "124 fahrenheit"]],
    ["Temperatures hit 51C, short of the 53.9C record.", ["51 celsius", "53.9 celsius"]],
    ["It was 104F in Phoenix and 40 degrees centigrade in Seville.", ["104 fahrenheit", "40 celsius"]],
    // The degree sign opens the unit (BBC copy of the UK's 2022 heat deaths): "°" is no word of its own.
    ["Heat-periods are days when the average temperature is 20°C in central England.", ["20 celsius"]],
    ["It hit 104 °F in Phoenix and 40.3°C in Coningsby.", ["104 fahrenheit", "40.3 celsius"]],
    ["The ministry set up two field hospitals and 3 clinics.", ["2 hospital", "3 ~clinics"]],
    ["Load on the grid hit 24,000 megawatts (MW), against demand of more than 40,000 MW.", ["24000 mw", "over 40000 mw"]],
    // Glued capitals that are not units stay codes.
    ["The carrier runs 4G and 5G networks and flies an A321.", []],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "en")).toEqual(expected);
  });
});

// A currency code between a qualifier and the figure does not cut them apart.
describe("English currency codes", () => {
  it.each([
    ["Spending falls to about EGP 130bn this year.", ["approx 130000000000 egp"]],
    ["The fund lent nearly KWD 100 million.", ["nearly 100000000 dinar"]],
    ["The deal is worth AED 5 billion.", ["5000000000 dirham"]],
    // Glued to the amount, a currency code is no model's letters ("A321", "MH17").
    ["It projects revenues of SR1.147 trillion and a SR166 billion deficit.", ["1147000000000 sar", "166000000000 sar"]],
    ["The fund holds AED30 million.", ["30000000 dirham"]],
    // A currency's subunits are money: "89 cents a share" meets another outlet's "$0.89" (align/conversions.ts).
    ["Net income rose to $22.09 billion, or 89 cents per diluted share, versus 49 cents a year ago.", ["22090000000 usd", "89 usd-cent", "49 usd-cent"]],
    ["The fare rises by 20 pence, and coins worth 50 euro cents were found.", ["20 gbp-penny", "50 eur-cent"]],
    // "last month" after a figure dates it: it counts no months ("killed 12 last month" are 12 dead).
    ["The army said it had killed 12 last month. The firm sold 300 last year and 3 weeks ago.", ["12 killed", "300 ?", "3 week"]],
    ["Arrivals rose to 2,000 last week and will reach 5,000 next week.", ["2000 ?", "5000 ?"]],
    // A jobs report: the payrolls name what a bare figure counts, and positions are jobs where the article is of
    // the labour market, targets in a sentence of fighting.
    ["Nonfarm payrolls rose by 143,000, down from an upwardly revised 307,000 in December.", ["143000 job", "307000 job"]],
    ["Hiring slowed as health care added 44,000 positions, while unemployment fell to 4%.", ["44000 job", "4 percent"]],
    ["Job growth for January was concentrated in health care (44,000), the BLS said.", ["44000 job"]],
    ["Unemployment rose to 9%, and the army shelled 40 positions near the town.", ["9 percent", "40 target"]],
    // Homes named with the buildings around them are buildings (Cal Fire's "structures"); homes alone stay homes.
    ["The toll is 434 homes and buildings destroyed, and 120 homes and 30 other buildings were damaged.", ["434 building", "120 home", "30 building"]],
    // A wildfire's personnel are its crews, not soldiers; military personnel stay soldiers.
    ["The wildfire grew to 178,000 acres as more than 1,600 personnel battled the blaze.", ["178000 acre", "over 1600 rescuer"]],
    ["The wildfire grew as 500 National Guard personnel joined the firefighters.", ["500 soldier"]],
    // "per cent" stays a percentage.
    ["Revenue rose 12 per cent to $39.3 billion.", ["12 percent", "39300000000 usd"]],
    // Oman's and Qatar's codes are riyals, as Arabic «ريال» reads whichever country's it is (Omani budget copy:
    // "public spending at RO11.8bn", "revenue of approximately OMR11.180 billion" gave no currency).
    ["Oman projects public spending at RO11.8bn and a deficit of RO620mn.", ["11800000000 sar", "620000000 sar"]],
    ["Revenue is set to reach approximately OMR11.180 billion.", ["approx 11180000000 sar"]],
    ["The budget allocates OMR 8.555 billion for current expenditures.", ["8555000000 sar"]],
    ["Qatar expects revenue of QR197bn and spending of QAR 210.2 billion.", ["197000000000 sar", "210200000000 sar"]],
    ["Oman's gas revenue rose to 1.8 billion Omani rials.", ["1800000000 sar"]],
    // The UAE's own English press writes the dirham "Dh", "Dhs", glued or apart.
    ["The Group said its profit after tax stood at Dh10.6 billion, up 13 per cent from last year.", ["10600000000 dirham", "13 percent"]],
    ["Its revenue reached Dhs 65.6 billion, and the cash balance about Dh56 billion.", ["65600000000 dirham", "approx 56000000000 dirham"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "en")).toEqual(expected);
  });
});

// River accidents and trials: ferries, bodies recovered apart from the toll, people saved by others apart from
// survivors, drowning as a death, and defendants as a count of their own.
describe("English boats, bodies, rescues and defendants", () => {
  it.each([
    ["Fishermen rescued 22 people and divers recovered 24 bodies.", ["22 rescued", "24 body"]],
    ["Thirty-eight people survived the sinking.", ["38 survivor"]],
    ["In August 2022, 31 people drowned when a boat capsized.", ["31 killed"]],
    ["Fishermen in 13 boats and two ferries joined the search.", ["13 ship", "2 ship"]],
    ["Seven other defendants were jailed.", ["7 defendant"]],
    ["Seven other defendants were jailed for one to three years, and two were acquitted.", ["7 defendant", "range 2 year", "2 acquitted"]],
    // One span of time written in two units is one figure in the larger: "11 years and 3 months" is 11.25 years.
    ["She was sentenced to 11 years and 3 months in prison.", ["11.25 year"]],
    // A fraction before "of" is a share of what follows, not a count of it.
    ["That includes about half of the homes in Brittany.", ["approx 0.5 ?"]],
    // A plus sign glued after the figure is a lower bound, and the noun after it is what it counts.
    ["Holmes gets 11+ years in prison.", ["atLeast 11 year"]],
    // Not when the second is the larger unit, or counts past the larger one, or is a bound of its own.
    ["He was jailed for more than four years and six months; the talks lasted two hours and 30 minutes, then six months and 2 years, then 3 hours and 90 minutes, then 2 years and about 5 months.", ["over 4.5 year", "2.5 hour", "6 month", "2 year", "3 hour", "90 minute", "2 year", "approx 5 month"]],
    // The rest of a list of names is what the names leave out ("-other"), not the whole; after another figure
    // it is read as before.
    ["Israel, the United States and eight other countries voted against it.", ["8 country-other"]],
    ["Austria, Israel, the US, and 7 other countries voted no.", ["7 country-other"]],
    ["The driver and 12 others were killed.", ["12 killed-other"]],
    ["Two soldiers and three others were killed.", ["2 killed", "3 killed"]],
    ["Two people have died and 77 others were injured.", ["2 killed", "77 injured"]],
    ["Hamas released 13 Israelis and 11 other hostages.", ["13 israeli", "11 hostage"]],
    // A capacity is what a boat may carry, not what it carried.
    ["The boat was carrying 68 passengers although it was licensed to carry 50 passengers.", ["68 passenger", "50 passenger-capacity"]],
    // Glued after the figure: "a 40,000-capacity stadium" holds 40,000; the crowd is another figure.
    ["About 50,000 fans packed into the 40,000-capacity stadium.", ["approx 50000 ~fans", "40000 capacity"]],
    ["The center, which has room for about 400 people, held more than 1,300.", ["approx 400 person-capacity", "over 1300 ?"]],
    // How a plane is fitted out is what it may hold, not who was aboard.
    ["Homendy said the plane was equipped to carry 13 people.", ["13 person-capacity"]],
    ["The aircraft itself is outfitted for 13 people.", ["13 person-capacity"]],
    ["The hall could accommodate 500 people but 800 people came.", ["500 person-capacity", "800 person"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "en")).toEqual(expected);
  });
});

// Speeds are no distances: "120 miles per hour" is not set against "70 miles south of Tampa", and a unit of
// measure before a plural noun measures it ("107 mph winds").
describe("English speeds and measures", () => {
  it.each([
    ["Milton made landfall with winds of 120 miles per hour (195 kph) near Siesta Key.", ["120 mph", "195 kmh"]],
    ["Winds reaching speeds of 193 km/h caused damage, about 70 miles south of Tampa.", ["193 kmh", "approx 70 mile"]],
    // A slash before the hour is "per hour" too.
    ["Waves powered by winds of 135 km/hour hit, and gusts of 40 miles/hour followed.", ["135 kmh", "40 mph"]],
    ["Gusts of 60 miles an hour were recorded.", ["60 mph"]],
    // The time after a length's own conversion in brackets makes both speeds.
    ["It still had winds of up to 85 miles (140 kilometers) per hour.", ["atMost 85 mph", "140 kmh"]],
    ["The epicentre was 28 km (17 miles) east of the city.", ["28 km", "17 mile"]],
    ["Venice Beach saw a high of 107 mph winds.", ["107 mph"]],
    ["Volunteers filled 500 kg bags with sand.", ["500 kg"]],
    // A unit of measure glued by a hyphen is the figure's unit, not a modifier: one building, not 10,000.
    ["A video showed their 10,000 square-foot red-iron building torn apart.", ["10000 ft2"]],
    ["The warehouse covers 5,000 square feet.", ["5000 ft2"]],
    // Spans of time stay durations before other nouns, and in a headline in title case.
    ["They agreed a six-week truce and he got a five-year sentence.", ["6 week", "5 year"]],
    ["Man Gets Five-Year Sentence For Fraud", ["5 year"]],
    ["Kaplan dismissed Bankman-Fried's 20-minute statement.", ["20 minute"]],
    // A volume is its own unit, not a length.
    ["The tanks hold 500 cubic metres of water and 200 m³ of fuel.", ["500 m3", "200 m3"]],
    ["The field produces 300 million cubic feet of gas a day.", ["300000000 ft3"]],
    ["Two passenger trains collided.", ["2 ~trains"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "en")).toEqual(expected);
  });
});

// Wire copy gives a person's age between commas after the name: an age in years, never a count of the dead.
describe("English ages in apposition", () => {
  it.each([
    ["Salem Rashid al-Kaabi, 58, the former director general, was also fined.", ["58 year"]],
    ["John Smith, 45, was killed when the boat capsized.", ["45 year"]],
    ["Fatima Hassan, 7, was among the dead.", ["7 year"]],
    // Counts by country in a list, and a day before a count, are no ages.
    ["The victims included Italy, 21, and Britain, 9.", ["21 ?", "9 ?"]],
    ["In Khartoum, 15 people were killed.", ["15 killed"]],
    // "aged 32" is the same age in years as ", 32,", so outlets writing it the two ways meet.
    ["Bankman-Fried, aged 32, now faces the consequences.", ["32 year"]],
    ["She died at age 80 in Paris.", ["80 year"]],
    // A range after "aged" is a bound on people, no figure.
    ["Children aged 5 to 11 can get the shot.", []],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "en")).toEqual(expected);
  });
});

describe("English hyphenated compounds, martyrs and camps", () => {
  it.each([
    // A number glued by a hyphen to a singular noun before another noun is an adjective: one home, one panel.
    ["A two-story home and a three-bedroom flat burned; 5 children escaped.", ["5 child"]],
    ["A three-judge panel heard the appeal, and 10-man Arsenal held on.", []],
    // Glued to a unit the lexicon counts, or to "strong", the compound still counts.
    ["A 300-strong force, a 12-member committee and a five-year contract.", ["300 ~force", "12 member", "5 year"]],
    ["Rescuers found 3 survivors in the 10-storey building after a 24-hour search.", ["3 survivor", "24 hour"]],
    // "-plus" and "-odd" glued to a figure are its qualifiers.
    ["Some 300-plus homes were destroyed and 20-odd boats sank.", ["atLeast 300 home", "approx 20 ship"]],
    // Martyrs are the killed; camps alone are no training camps.
    ["The ministry said 51 martyrs were buried on Tuesday.", ["51 killed"]],
    ["The state opened 744 relief camps and 12 training camps.", ["744 ~camps", "12 training-camp"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "en")).toEqual(expected);
  });
});

describe("English cues across an apposition, Indian scale words and rupees", () => {
  it.each([
    // An apposition between commas does not push the count noun out of reach of the figure.
    ["The death toll from flash floods across the northern state, the worst in decades, rose to 71 on Monday.", ["71 killed"]],
    // A season is a span of play (Grealish's move to Manchester City, 2021); "the 2023 season" names a year.
    ["In two seasons, the Englishman scored 14 goals and made 16 assists.", ["2 season", "14 goal", "16 ~assists"]],
    ["The 2023 season ended with 12 wins.", ["12 ~wins"]],
    ["The toll from the storm across the coastal region, the worst-hit area in the state, rose to 44.", ["44 killed"]],
    // A cue in a clause with its own figure is not the next clause's people's.
    ["Floods: 12 more dead, over 40 lakh residents affected", ["12 killed", "over 4000000 person"]],
    ["In Assam 2.5 lakh people were moved to 300 relief camps.", ["250000 person", "300 ~camps"]],
    // A determiner between "of" and the counted noun: the noun is still what the figure counts.
    ["The charity rescued 51 of its passengers, and 20 of the protesters were arrested.", ["51 passenger", "20 arrested"]],
    ["The bloc won 48 of the 329 seats, and 10 of the 2015 contests.", ["48 seat", "329 seat", "10 ?"]],
    // A cue glued by a hyphen to the word before it is part of another word: the airliner crash-landed, nobody arrived.
    ["An airliner carrying 144 people crash-landed on a 5,000-foot runway.", ["144 person", "5000 foot"]],
    ["The runway is 5,000 feet long.", ["5000 foot"]],
    // A perpetrator's victims are not the dead.
    ["Six of his victims were in court, and two of the victims died.", ["6 ?", "2 killed"]],
    ["The state set aside Rs 500 crore, and Rs. 2 lakh per family; the fund holds ₹1,200 crore.", ["5000000000 rupee", "200000 rupee", "12000000000 rupee"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "en")).toEqual(expected);
  });
});

describe("English upper bounds of size and distance", () => {
  it.each([
    // "as long as", "as high as" before a figure bound it from above, as "as many as" does.
    ["The trees can live as long as 400 years, and customers may wait as long as 10 days.", ["atMost 400 year", "atMost 10 day"]],
    ["Waves as high as 6 metres hit the coast, with a surge as high as 4 feet.", ["atMost 6 m", "atMost 4 foot"]],
    // "as far as" bounds a distance only.
    ["The quake was felt as far as 300 km away.", ["atMost 300 km"]],
    ["Ash fell as far as 40 miles from the crater, and as far as 2 towns reported it.", ["atMost 40 mile", "2 town"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "en")).toEqual(expected);
  });
});

describe("English hyphenated scale words", () => {
  it.each([
    ["The city signed a $5-million deal and a 2.5-billion-euro loan.", ["5000000 usd", "2500000000 eur"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "en")).toEqual(expected);
  });
});

describe("English hyphenated modifiers between a figure and its noun", () => {
  it.each([
    // Words glued by hyphens before the noun modify it: the noun after them is counted.
    ["The state sent 20 water-bombing planes and 12 Russian-made jets.", ["20 aircraft", "12 aircraft"]],
    ["They freed 30 Israeli-held prisoners, and 300 search-and-rescue workers helped.", ["30 detainee", "300 ~workers"]],
    // At the phrase's end the compound's last word is its head.
    ["Jets flew 5 air-strikes on Monday.", ["5 strike"]],
    // A number glued to its own noun is still read as before.
    ["A 10-year-old boy and 5 state-run hospitals.", ["10 year", "5 hospital"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "en")).toEqual(expected);
  });
});

describe("English lives lost and lives named", () => {
  it.each([
    // Lives are the dead only after a verb of losing or claiming, or when lost.
    ["The fire claimed 10 lives, and the war cost more than 3,000 lives.", ["10 killed", "over 3000 killed"]],
    ["About 40 lives were lost, and floods took 25 lives.", ["approx 40 killed", "25 killed"]],
    ["The crash, destroying 10 young lives, shocked the town; doctors saved 12 lives.", ["10 ~lives", "12 ~lives"]],
    ["The crash changed the lives of 10 people.", ["10 person"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "en")).toEqual(expected);
  });
});

describe("English label lines", () => {
  it.each([
    // A short label and a colon before the figure name what a count of people is of.
    ["Evacuees: 4,403 people", ["4403 evacuated"]],
    ["Dead: 12", ["12 killed"]],
    ["Confirmed deaths: 45 people", ["45 killed"]],
    // A label naming no people, or a long lead-in, is no label.
    ["Homes: 300 people", ["300 person"]],
    ["The latest figures from the ministry: 300 people", ["300 person"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "en")).toEqual(expected);
  });
});

describe("English cues owned by an earlier figure", () => {
  it.each([
    // A cue that is the noun of the figure before it does not reach past a new clause.
    ["At least 6 dead as the storm cuts power to almost 2 million in the South", ["atLeast 6 killed", "nearly 2000000 ?"]],
    ["Six dead as the storm cuts power to 200,000 customers.", ["6 killed", "200000 ~customers"]],
    ["12 killed as troops opened fire on 300 people.", ["12 killed", "300 person"]],
    // A breakdown is still the figure's part; a cue with no figure of its own still reaches on.
    ["At least 6 dead, among them 2 children.", ["atLeast 6 killed", "2 killed"]],
    ["The storm killed 5 people as it hit the coast, and injured 40 people.", ["5 killed", "40 injured"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "en")).toEqual(expected);
  });
});

// A part of people named against their whole: a cue before the part is the part's, the whole stays people.
describe("English parts of a count of people", () => {
  it.each([
    ["The crash killed 38 of the 67 people on board.", ["38 killed", "67 person"]],
    ["Rescuers said the blast injured 14 of the 40 people inside.", ["14 injured", "40 person"]],
    // A cue after the whole names nobody surely: neither figure takes it.
    ["Five of the 12 people aboard were killed, police said.", ["5 person", "12 person"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "en")).toEqual(expected);
  });
});

describe("English singular nouns that modify the counted plural", () => {
  it.each([
    // A singular noun after a count other than one modifies the plural after it, which the figure counts.
    ["Two passenger trains collided on Sunday.", ["2 ~trains"]],
    ["Forty refugee boats reached the island.", ["40 ship"]],
    ["Officers searched 12 passenger cars and 3 hostage videos.", ["12 vehicle", "3 ~videos"]],
    // One is counted singular; a verb after it is not a noun.
    ["One passenger dies in the crash.", ["1 passenger"]],
    // A plural unit after the modifier is already the head; a nationality and a currency stay what they are.
    ["Three crew members and 20 family members were hurt.", ["3 crew", "20 member"]],
    ["21 Egyptian workers were freed, and 5 billion dollar loans were signed.", ["21 egyptian", "5000000000 usd"]],
    ["300 passengers were aboard.", ["300 passenger"]],
    // Workers of a union are its members: one count, however an outlet words it.
    ["The deal goes to 57,000 union workers, and 8,700 unionized workers walked out.", ["57000 member", "8700 member"]],
    ["The plant has 3,000 workers and 40 union members.", ["3000 ~workers", "40 member"]],
    // A noun written the same in both numbers modifies a plural after it too; before a verb it is the head.
    ["The navy has 12 aircraft carriers, and protesters attacked five police stations.", ["12 ~carriers", "5 ~stations"]],
    ["Shoigu said 12 aircraft flew 40 sorties, and 300 staff walked out.", ["12 aircraft", "40 sortie", "300 ~staff"]],
    // A cue right before another figure is that figure's: the trains did the killing.
    ["The crash involved two passenger trains which killed more than 280 people.", ["2 ~trains", "over 280 killed"]],
    ["Three tankers that injured 12 workers exploded.", ["3 ~tankers", "12 injured"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "en")).toEqual(expected);
  });
});

describe("English breakdowns end at a subordinate clause", () => {
  it.each([
    // A clause opened by "when" / "after" after the breakdown cue has left it: its figure is no part of the whole.
    ["More than 200 people were injured, many of them badly, when 14 coaches derailed.", ["over 200 injured", "14 ~coaches"]],
    ["At least 150 people were hurt, including children, after 9 wagons overturned.", ["atLeast 150 injured", "9 ~wagons"]],
    // A list after the cue is still the breakdown, across "and".
    ["The quake killed 2,317, among them 1,498 in Turkey and 819 in Syria.", ["2317 killed", "1498 killed", "819 killed"]],
    ["The ministry received 3,000 applications, of which 1,500 were approved.", ["3000 ~applications", "1500 ~applications"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "en")).toEqual(expected);
  });
});

describe("English cues that are no figure's", () => {
  it.each([
    // A state offered against its opposite says neither happened.
    ["It was not known if the four were alive or dead.", ["4 ?"]],
    ["Officials could not say whether the 12 were dead or alive.", ["12 ?"]],
    // Two fates offered together still count the first, as before.
    ["At least 1,014 migrants died or went missing.", ["atLeast 1014 killed"]],
    // A bare figure that is its verb's subject opens its own clause: an earlier clause's cue is not its own,
    // nor is the earlier figure's unit left out after it.
    ["Two died at the scene, one was flown to a hospital and three were being treated.", ["2 killed", "1 ?", "3 ?"]],
    ["Twelve people were killed, 30 were injured and 5 remain missing.", ["12 killed", "30 injured", "5 missing"]],
    ["Italy registered 31,529 arrivals, while Greece recorded 17,682 and Spain 21,406.", ["31529 arrival", "17682 arrival", "21406 arrival"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "en")).toEqual(expected);
  });
});

describe("English count nouns with a modifier before what they count", () => {
  it.each([
    // "the number of cholera cases": the counted noun may follow a modifier or two.
    ["The cumulative number of cholera cases this year is 78,784, including 1,159 associated deaths.", ["78784 case", "1159 killed"]],
    ["The total number of confirmed cases rose to 412.", ["412 case"]],
    // People are still left to the cue that says what happened to them.
    ["The number of people killed rose to 50.", ["50 killed"]],
    // A named group of people is what a count noun's figure counts ("pilgrims" is the unit Arabic copy counts),
    // unless what happened to them follows the group.
    ["The total number of pilgrims reached 1,833,164 this year.", ["1833164 pilgrim"]],
    ["The number of female pilgrims reached 875,027, and the number of refugees stood at 40,000.", ["875027 pilgrim", "40000 refugee"]],
    ["The number of pilgrims who died rose to 1,301.", ["1301 killed"]],
    ["The number of migrants killed rose to 50.", ["50 killed"]],
    // Umrah pilgrims are another count, all year round.
    ["Some 13.5 million Umrah pilgrims came, and 1.8 million pilgrims performed Hajj.", ["approx 13500000 umrah-pilgrim", "1800000 pilgrim"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "en")).toEqual(expected);
  });
});

describe("English years before a singular noun", () => {
  it.each([
    // A year-like figure after a determiner and before a singular noun names that thing's year.
    ["The 1982 strike won better pay for 20,000 workers.", ["20000 ~workers"]],
    ["Its 2019 report found 40 cases.", ["40 case"]],
    // A plural or invariant noun is counted; so are a distance and a sum.
    ["The 2000 soldiers left, and the 1500 passengers boarded.", ["2000 soldier", "1500 passenger"]],
    ["The 2000 aircraft were grounded.", ["2000 aircraft"]],
    ["The 2000 km route is long.", ["2000 km"]],
    // Before a describing word and the singular time word it is the year ("the 2025 fiscal year"); a plural time
    // word is still counted.
    ["Revenue is forecast at RO11.18bn for the 2025 fiscal year.", ["11180000000 sar"]],
    ["Over the 1500 working days of the project, the 1000 days of the siege and the 2000 years of history.", ["1500 day", "1000 day", "2000 year"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "en")).toEqual(expected);
  });
});

describe("English cues after a figure of a later clause", () => {
  it.each([
    // The deaths are the later figure's: the clause joined after the first figure has its own figure.
    ["The storm hit 10,000 people and caused 15 deaths, officials said.", ["10000 person", "15 killed"]],
    ["The floods reached 4,000 residents and left 12 people dead.", ["4000 person", "12 killed"]],
    // Figures joined by the conjunction itself share the cue after both; a place between is no clause.
    ["Police said 3 Americans and 2 Britons were killed.", ["3 killed", "2 killed"]],
    ["Officials said 10 people in 3 villages died.", ["10 killed", "3 town"]],
    // Counties are counted, not the evacuated a cue nearby names, even past a place's name.
    ["Despite mandatory evacuation orders across 15 Florida counties, some chose to stay.", ["15 county"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "en")).toEqual(expected);
  });
});

describe("English points of an interest rate and fractions of one thing", () => {
  it.each([
    // A fraction takes the article of the one thing it is part of.
    ["The bank cut its key rate by a quarter of a percentage point.", ["0.25 percentage-point"]],
    // A fraction before "of" is a share of things counted ("half of the homes"), never of one measure or point.
    ["The bank raised its rate by half of a percentage point.", ["0.5 percentage-point"]],
    ["The runway was extended by half of a mile.", ["0.5 mile"]],
    ["The bank raised rates by half a percentage point.", ["0.5 percentage-point"]],
    ["The convoy waited half an hour at the crossing.", ["0.5 hour"]],
    // Points after a word of a rate: fractions of a percentage point, or tens of basis points.
    ["The Fed cut rates by a quarter point.", ["0.25 percentage-point"]],
    ["The Fed raised its benchmark interest rate by half a point.", ["0.5 percentage-point"]],
    ["The central bank raised its key rate 50 points.", ["50 basis-point"]],
    // An index moves in points.
    ["The Dow fell 500 points after the rate decision.", ["500 ~points"]],
    // Glued by a hyphen the points are an adjective, and the rate may come after them, past the move's words.
    ["The Fed made a quarter-point rate cut on Wednesday.", ["0.25 percentage-point"]],
    ["The bank announced a half-point cut in its key interest rate.", ["0.5 percentage-point"]],
    ["The Fed cut rates by a quarter-point.", ["0.25 percentage-point"]],
    ["The bank made a 50-point rate hike.", ["50 basis-point"]],
    // Without a rate the hyphenated points stay an adjective, and a half-brother is no figure.
    ["She holds a half-point lead in the polls.", []],
    ["The index posted a half-point gain after the rate decision.", []],
    ["His half-brother cut rates at the bank.", []],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "en")).toEqual(expected);
  });
});

// Goals are a unit, so a match's goals meet Arabic «أهداف» in a match article, and never targets.
describe("English goals", () => {
  it.each([
    ["Salah scored two goals and has 15 goals this season.", ["2 goal", "15 goal"]],
    ["The strikes hit 40 targets.", ["40 target"]],
    // Contracts are a unit too, as Arabic «عقود» after a word of concluding them.
    ["The ministry signed 10 contracts worth $2 billion, and he signed a 5-year contract.", ["10 contract", "2000000000 usd", "5 year"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "en")).toEqual(expected);
  });
});

// Monarchies, kingdoms and republics are countries ("the six Gulf Arab monarchies" are the GCC's six states).
describe("English countries named by their form of state", () => {
  it.each([
    ["Britain and the six Gulf Arab monarchies signed a free trade agreement.", ["6 country"]],
    ["Five former Soviet republics joined the bloc.", ["5 country"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "en")).toEqual(expected);
  });
});

// "m" written apart from its figure is metres ("394 feet (120 m)", "120 m high"); glued on ("$2.5m", "2.5m people") it stays
// millions. "on 74 minutes" is a minute of play, no span; "1950s and 60s" is two decades; "between 737-800 people"
// is a range of people, not a Boeing designation.
describe("English metres, minutes of play, short decades and a range after between", () => {
  it.each([
    ["The rocket stands 394 feet (120 m) tall.", ["394 foot", "120 m"]],
    ["The tower is 120 m high.", ["120 m"]],
    ["He paid $2.5m for the house.", ["2500000 usd"]],
    ["Tinubu, who defeated Atiku with over 1.8m votes, won 12 states.", ["over 1800000 vote", "12 country"]],
    ["Flooding has affected 2.5m people.", ["2500000 person"]],
    ["The wall is 3m high and he is 1.8m tall.", ["3 ~high", "1.8 ~tall"]],
    ["The club built a 50m pool for 200 swimmers.", ["50 ~pool", "200 ~swimmers"]],
    ["Saka scored on 74 minutes to win it.", []],
    ["He waited for 74 minutes.", ["74 minute"]],
    ["In the 1950s and 60s the club won often.", []],
    ["Between 737-800 people attended the rally.", ["range 768.5 person"]],
    ["The airline grounded its 737-800 jets.", []],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "en")).toEqual(expected);
  });
});

// A race time written hours:minutes:seconds is a span, read in seconds; a time of day is written to the minute.
describe("English race times", () => {
  it.each([
    ["The Kenyan won the race in 2:03:17, beating the old mark of 2:04:09.", ["7397 second", "7449 second"]],
    ["She finished in 2:14:30 on Sunday, the second-fastest time ever.", ["8070 second"]],
    ["He ran a 2:05:01 finish and was under 2:06:00 for the third time.", ["7501 second", "under 7560 second"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "en")).toEqual(expected);
  });
});

// Adjectives joined by "and"/"or" before the noun modify it: the figure counts the noun after them.
describe("English adjectives joined before the counted noun", () => {
  it.each([
    ["The data of 73 million current and former customers was leaked.", ["73000000 ~customers"]],
    ["The breach touched 73 million current and former customer accounts.", ["73000000 ~accounts"]],
    ["The change affects 5 million new and existing users.", ["5000000 ~users"]],
    ["The firm serves 2 million new or returning subscribers.", ["2000000 ~subscribers"]],
    // Guards: a plural before "and" is the counted noun; a second clause stays its own.
    ["There were 40 boys and girls at the school.", ["40 ~boys"]],
    ["The blast killed 3 people and injured 5.", ["3 killed", "5 injured"]],
    ["The side won nine and drew four of their 13 matches.", ["9 ?", "4 ?", "13 ~matches"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "en")).toEqual(expected);
  });
});

// Passengers, crew and hostages are counted as such, unless a verb of their own says what befell them.
describe("English named groups and their own verb", () => {
  it.each([
    ["76 passengers were seriously injured in the derailment, Ahmad said.", ["76 injured"]],
    ["Over 100 passengers were killed and more than 200 injured.", ["over 100 killed", "over 200 injured"]],
    ["Two crew members died in the crash.", ["2 killed"]],
    ["Three hostages have been killed since the truce.", ["3 killed"]],
    // The injured a verb of dying follows have died; a verb of another kind leaves them injured.
    ["Two injured later died in hospital.", ["2 killed"]],
    ["The 40 injured were taken to hospital.", ["40 injured"]],
    // No verb of their own: the load of a vehicle, or a verb of another clause.
    ["The train was carrying 243 passengers when it hit the truck, killing three.", ["243 passenger", "3 killed"]],
    ["The boat had 160 passengers and 12 crew on board when it capsized.", ["160 passenger", "12 crew"]],
    ["The 300 passengers boarded, and two were later injured.", ["300 passenger", "2 injured"]],
    // The last group of a list is only a part of those the verb tells of.
    ["All 150 passengers and six crew were killed.", ["150 passenger", "6 crew"]],
    // People in general with a verb of their own, after a clause joined by "and" that ends on another cue.
    ["Zabihullah Mujahid said on X Tuesday that 1,411 people were killed and 3,124 people were injured in Kunar alone.", ["1411 killed", "3124 injured"]],
    // After a group with its verb before it, the next group's own verb is its own: left homeless, not killed.
    ["The blast killed 12 people and 30 people were left homeless.", ["12 killed", "30 displaced"]],
    ["The quake killed 12 people and 3,000 people were made homeless, officials said.", ["12 killed", "3000 displaced"]],
    ["Officials said 20 people died and 45 people were hurt in the blast.", ["20 killed", "45 injured"]],
    ["As many as 500 people were evacuated, and 12 people were arrested.", ["atMost 500 evacuated", "12 arrested"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "en")).toEqual(expected);
  });
});

// "Crossed" right before its figure is passed ("the toll crossed 126"); after it, a crossing.
describe("English 'crossed' before and after its figure", () => {
  it.each([
    ["The death toll has crossed 126, while 200 people were injured.", ["over 126 killed", "200 injured"]],
    ["More than 1,200 people crossed the Channel in small boats on Sunday.", ["over 1200 arrival"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "en")).toEqual(expected);
  });
});

// A cue of arriving fills in a generic count of people or a bare figure, but a named group right after the figure
// stays its unit ("60,251 pilgrims arrived" meets "60,251 pilgrims" elsewhere); cues of death and injury keep theirs.
describe("English arrivals leave a named group its unit", () => {
  it.each([
    ["In all, 60,251 pilgrims arrived by land.", ["60251 pilgrim"]],
    ["Some 500 migrants crossed the Channel on Tuesday.", ["approx 500 migrant"]],
    ["Some 120 students arrived at the airport.", ["approx 120 ~students"]],
    ["About 300 people arrived on the island.", ["approx 300 arrival"]],
    ["Another 4,714 arrived via seaports.", ["4714 arrival"]],
    ["About 300 people died in the heat.", ["approx 300 killed"]],
    ["At least 1,301 pilgrims died in the heat.", ["atLeast 1301 killed"]],
    ["Some 40 pilgrims were injured in the crush.", ["approx 40 injured"]],
    // Pilgrims who landed are still pilgrims; pilgrims who died are the dead.
    ["The number of foreign pilgrims who landed via Saudi airports reached 1,546,345.", ["1546345 pilgrim"]],
    ["The number of pilgrims who died reached 1,301.", ["1301 killed"]],
    // The rest of a list repeats the head's verb and leaves its group out.
    ["In all, 60,251 pilgrims arrived via land ports, and 4,714 arrived via seaports.", ["60251 pilgrim", "4714 pilgrim"]],
    ["GASTAT said 1,546,345 pilgrims came via airports, whilst 60,251 came via land crossings, and 4,714 came through seaports.", ["1546345 pilgrim", "60251 pilgrim", "4714 pilgrim"]],
    // Not after a figure that counts what befell people, nor without the head's verb repeated.
    ["Five soldiers were wounded and 300 crossed the border.", ["5 injured", "300 arrival"]],
    ["In all, 60,251 pilgrims prayed at the mosque, and 4,714 arrived via seaports.", ["60251 pilgrim", "4714 arrival"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "en")).toEqual(expected);
  });
});

// Airlines are a unit, to meet the Arabic «شركة طيران»; "carriers" alone may be aircraft carriers.
describe("English airlines", () => {
  it.each([
    ["Hamad International welcomed 55 airlines and served 197 destinations.", ["55 airline", "197 ~destinations"]],
    ["Two air carriers suspended flights on Monday.", ["2 airline"]],
    ["The navy deployed two carriers to the region.", ["2 ~carriers"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "en")).toEqual(expected);
  });
});
