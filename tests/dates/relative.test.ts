import { describe, expect, it } from "vitest";
import { ar } from "../../src/core/lang/ar/index.js";
import { en } from "../../src/core/lang/en/index.js";
import { datesIn } from "./helpers.js";

// Each case: a sentence, the publication date (or "" for none), and every date it must give as [text, value];
// "~" marks a year taken from the publication date, "rel" a date computed from it.
type Case = [string, string, string[][]];

describe("Arabic: a weekday named by its distance from the publication day", () => {
  it.each<Case>([
    // Published on Friday 22 May 2026: yesterday was Thursday the 21st.
    ["قررت اللجنة في اجتماعها مساء أمس الخميس خفض الفائدة", "2026-05-22", [["أمس الخميس", "2026-05-21~ rel"]]],
    // Published on a Saturday, "yesterday, Thursday" shows the publication date is not the writer's day.
    ["قررت اللجنة في اجتماعها مساء أمس الخميس خفض الفائدة", "2026-05-23", []],
    ["أعلنت الهيئة مساء أمس الأربعاء النتائج الأولية", "2028-09-13", []],
    ["وتمكنت فرق البحث صباح اليوم الأربعاء من انتشال الصندوقين", "2025-10-08", [["اليوم الأربعاء", "2025-10-08~ rel"]]],
    ["ويصل الوفد غداً الجمعة إلى جدة", "2025-06-12", [["غداً الجمعة", "2025-06-13~ rel"]]],
    ["وكانت الاشتباكات قد اندلعت أول من أمس الثلاثاء", "2025-10-09", [["أول من أمس الثلاثاء", "2025-10-07~ rel"]]],
    ["وأمس الخميس قال الوزير إن", "2026-05-22", [["أمس الخميس", "2026-05-21~ rel"]]],
    // «غد» in construct («يوم غد», «ليوم غد») is tomorrow too; alone it is also "the future", so it needs its weekday.
    ["نبه المركز من موجة طقس حارة ليوم غد الثلاثاء تصل إلى 50 درجة", "2024-06-17", [["يوم غد الثلاثاء", "2024-06-18~ rel"]]],
    ["تنطلق القمة صباح غد الأربعاء في الرياض", "2024-06-18", [["غد الأربعاء", "2024-06-19~ rel"]]],
    ["تنطلق القمة يوم غد الأربعاء في الرياض", "2024-06-17", []],
    ["نتطلع إلى غد أفضل لأبنائنا", "2024-06-17", []],
    // The written date wins over the offset.
    ["انتشلت الفرق اليوم الأربعاء 8 أكتوبر الصندوقين", "2025-10-08", [["الأربعاء 8 أكتوبر", "2025-10-08~"]]],
    // Without a publication date, or without a weekday to check it against, nothing.
    ["أعلنت الهيئة مساء أمس الأربعاء النتائج الأولية", "", []],
    ["وسجل سعر الصرف 50.85 جنيه أمس", "2026-05-22", []],
  ])("%s (published %s)", (text, published, expected) => {
    expect(datesIn(text, ar, published || undefined)).toEqual(expected);
  });
});

describe("Arabic: a weekday after a lead word, dated by the tense of its clause", () => {
  it.each<Case>([
    // Past: the last such day on or before publication (Friday 13 June 2025 → Wednesday the 11th).
    ["وقّع الجيش السوداني وقوات الدعم السريع مساء الأربعاء اتفاقاً على هدنة", "2025-06-13", [["الأربعاء", "2025-06-11~ rel"]]],
    ["وأعلنت إدارة الكوارث مساء الخميس انتهاء عمليات البحث", "2025-02-08", [["الخميس", "2025-02-06~ rel"]]],
    ["وقّع الطرفان مساء الأربعاء اتفاقاً", "2025-06-11", [["الأربعاء", "2025-06-11~ rel"]]],
    ["لم يصل الوفد يوم الأحد كما كان مقرراً", "2015-11-20", [["الأحد", "2015-11-15~ rel"]]],
    // Future: a present event verb, the future prefix or a word of plans; the next such day after publication.
    ["تبدأ الهدنة صباح الأحد وتستمر أسبوعاً", "2025-06-13", [["الأحد", "2025-06-15~ rel"]]],
    ["سيلتقي الرئيس نظيره مساء الخميس", "2015-11-20", [["الخميس", "2015-11-26~ rel"]]],
    ["ومن المقرر أن يصل الوفد يوم الاثنين", "2015-11-20", [["الاثنين", "2015-11-23~ rel"]]],
    ["ومن المقرر عقد اجتماع مساء الخميس", "2015-11-20", [["الخميس", "2015-11-26~ rel"]]],
    // After "أن" a present form takes the tense of what governs it; a past form keeps its own.
    ["ويتوقع أن يصل الوفد يوم الاثنين", "2015-11-20", [["الاثنين", "2015-11-23~ rel"]]],
    ["بعد أن وقع الطرفان مساء الأربعاء اتفاقاً", "2015-11-20", [["الأربعاء", "2015-11-18~ rel"]]],
    // "المقرر الخاص" is the special rapporteur, no plan: the verb before him gives the tense.
    ["قال المقرر الخاص للأمم المتحدة يوم الخميس", "2015-11-20", [["الخميس", "2015-11-19~ rel"]]],
    // Verbs of completing and releasing (Monday 19 October 2026 → Friday the 16th, Thursday the 15th).
    ["أتمت الأطراف يوم الجمعة المرحلة الثانية من التبادل", "2026-10-19", [["الجمعة", "2026-10-16~ rel"]]],
    ["بعد أن شملت المرحلة الأولى يوم الخميس 33 أسيرا", "2026-10-19", [["الخميس", "2026-10-15~ rel"]]],
    ["وأفرجت السلطات صباح الأحد عن 12 معتقلا", "2026-10-19", [["الأحد", "2026-10-18~ rel"]]],
    // Wire copy puts the day after the past verb's subject (Friday 20 November 2015).
    ["وقالت وزارة الصحة الأحد إن الحصيلة ارتفعت", "2015-11-20", [["الأحد", "2015-11-15~ rel"]]],
    ["وأعلن الجيش الإسرائيلي الخميس مقتل جندي", "2015-11-20", [["الخميس", "2015-11-19~ rel"]]],
    ["وقال المتحدث باسم الجيش السبت إن", "2015-11-20", [["السبت", "2015-11-14~ rel"]]],
    ["جرت الانتخابات الثلاثاء", "2015-11-20", [["الثلاثاء", "2015-11-17~ rel"]]],
    // Before «إن»/«أن», the subject of a past verb of saying may be a bare name, or a title and a name.
    ["قال نتنياهو الأحد إن الحرب ستستمر", "2015-11-20", [["الأحد", "2015-11-15~ rel"]]],
    ["وأعلن بايدن الثلاثاء أن بلاده سترسل مساعدات", "2015-11-20", [["الثلاثاء", "2015-11-17~ rel"]]],
    ["وقال رئيس الوزراء الإسرائيلي بنيامين نتنياهو الأحد إن", "2015-11-20", [["الأحد", "2015-11-15~ rel"]]],
    ["وقال مسؤولون أمريكيون الخميس إن المحادثات تعثرت", "2015-11-20", [["الخميس", "2015-11-19~ rel"]]],
    // Set off by commas, after a subject of any length; the verb opening the sentence gives the tense (Friday
    // 10 April 2020).
    ["أعلنت وزارة الصحة، الخميس، أن عدد الإصابات ارتفع", "2020-04-10", [["الخميس", "2020-04-09~ rel"]]],
    ["وافقت منظمة أوبك وحلفاؤها، الاثنين، على خفض الإنتاج", "2020-04-10", [["الاثنين", "2020-04-06~ rel"]]],
    ["اتفقت مجموعة أوبك ومنتجو النفط المتحالفون معها، في إطار ما يعرف بمجموعة أوبك+، الخميس، على خفض الإنتاج", "2020-04-10", [["الخميس", "2020-04-09~ rel"]]],
    ["ستعقد الوزارة، الأحد، اجتماعا طارئا", "2020-04-10", [["الأحد", "2020-04-12~ rel"]]],
    // The past verb behind an event's noun phrase («عقب نهائي كأس الجمهورية») dates it; «في» opens no event, so
    // the verb stays out of reach there.
    ["وأعلنت الحماية المدنية مقتل تسعة أشخاص في تدافع بملعب مدينة بوسعادة الجزائرية عقب نهائي كأس الجمهورية يوم السبت", "2026-07-05", [["السبت", "2026-07-04~ rel"]]],
    ["ولقي تسعة أشخاص حتفهم في تدافع بملعب مدينة بوسعادة الجزائرية بعد نهائي كأس الجمهورية لكرة القدم مساء السبت", "2026-07-05", [["السبت", "2026-07-04~ rel"]]],
    ["وأعلنت الحماية المدنية مقتل تسعة أشخاص في تدافع بملعب مدينة بوسعادة الجزائرية في نهائي كأس الجمهورية يوم السبت", "2026-07-05", []],
    // A day a decision names, after the verb and its subject (Monday 20 July 2026 → Thursday the 23rd); the
    // announcement's own day when it names no kind of day off, or when the verb does not decide.
    ["أعلنت يوم الخميس عطلة رسمية", "2026-07-20", [["الخميس", "2026-07-23~ rel"]]],
    ["وأعلن مجلس الوزراء العراقي يوم الخميس عطلة رسمية", "2026-07-20", [["الخميس", "2026-07-23~ rel"]]],
    ["وأعلن الرئيس الخميس حدادا وطنيا لثلاثة أيام", "2026-07-20", [["الخميس", "2026-07-16~ rel"]]],
    ["بدأت الخميس عطلة رسمية بمناسبة العيد", "2026-07-20", [["الخميس", "2026-07-16~ rel"]]],
    // A later weekday is the day off; the first is the day of the announcement.
    ["أعلنت الحكومة الخميس عطلة رسمية يوم الأحد", "2026-07-20", [["الخميس", "2026-07-16~ rel"], ["الأحد", "2026-07-19~ rel"]]],
  ])("%s (published %s)", (text, published, expected) => {
    expect(datesIn(text, ar, published || undefined)).toEqual(expected);
  });

  it.each<[string]>([
    // A future meeting on the publication's own weekday: today or in a week.
    ["يجتمع المجلس مساء الجمعة"],
    // No tense to read; the tense of another clause; a habit.
    ["الوفد في جدة مساء الخميس"],
    ["قال المتحدث إن الوفد يحط رحاله مساء الخميس"],
    ["يعقد المجلس اجتماعه كل يوم الأحد"],
    // A plan seen from the past may not have happened; words of plans that are also nouns.
    ["وكان من المقرر أن يصل الوفد يوم الاثنين"],
    ["جاء الخفض أكبر من المتوقع يوم الخميس"],
    // No lead word: "الاثنين" is also "the two"; "ليلة الخميس" is the eve of Thursday to many writers.
    ["اتفق الاثنين على الهدنة"],
    ["شنت الطائرات غارات ليلة الخميس"],
    // A subject that is not one: a preposition's phrase, a prayer, «الاثنين», a present verb.
    ["وقالت وزارة الصحة في غزة الأحد إن الحصيلة ارتفعت"],
    ["أدى المصلون صلاة الجمعة في المسجد"],
    ["وقال الرئيس الاثنين إن الهدنة صامدة"],
    ["وقال إن الوفد يصل الخميس"],
    // A bare word before the weekday: a name only after a past verb and before «إن»/«أن»; a noun whose second
    // word is the weekday (the Friday preacher) is none.
    ["أكد إمام الجمعة أن الصبر واجب"],
    ["يقول نتنياهو الأحد إن الحرب ستستمر"],
    ["وصل نتنياهو الأحد إلى واشنطن"],
    // Between commas with no verb of a tense in its sentence; a prayer's name between commas.
    ["الوفد، الخميس، في جدة"],
    ["وتقام صلاة الجمعة، الجمعة، في المسجد الكبير"],
  ])("no date: %s", (text) => {
    expect(datesIn(text, ar, "2015-11-20")).toEqual([]);
  });
});

describe("English: 'on Thursday', dated by the tense of its clause", () => {
  it.each<Case>([
    ["Egypt's central bank surprised the market on Thursday with a cut.", "2026-05-23", [["Thursday", "2026-05-21~ rel"]]],
    ["The army and the RSF agreed on Wednesday to a truce.", "2025-06-12", [["Wednesday", "2025-06-11~ rel"]]],
    ["The IOM said on Friday that 1,014 migrants had died.", "2025-07-05", [["Friday", "2025-07-04~ rel"]]],
    // Wire copy names the publication day by its weekday.
    ["The death toll climbed to 2,371 on Tuesday, officials said.", "2025-02-04", [["Tuesday", "2025-02-04~ rel"]]],
    ["On Thursday, the ministry announced new curbs.", "2015-11-20", [["Thursday", "2015-11-19~ rel"]]],
    // One appositive between commas after the subject is passed; the verb after it dates the day.
    ["On Thursday, SpaceX, led by Elon Musk, launched its rocket.", "2023-04-21", [["Thursday", "2023-04-20~ rel"]]],
    ["On Thursday, the minister, accused of fraud, will resign.", "2015-11-20", [["Thursday", "2015-11-26~ rel"]]],
    ["The bombers struck on Thursday night.", "2015-11-20", [["Thursday", "2015-11-19~ rel"]]],
    ["The prisoners were freed on Monday.", "2015-11-20", [["Monday", "2015-11-16~ rel"]]],
    ["The attacks in Paris on Friday killed 129 people.", "2015-11-18", [["Friday", "2015-11-13~ rel"]]],
    ["The ministers will meet on Monday.", "2015-11-20", [["Monday", "2015-11-23~ rel"]]],
    ["Prisoners will be freed on Monday.", "2015-11-20", [["Monday", "2015-11-23~ rel"]]],
    ["Talks are expected to resume on Monday.", "2015-11-20", [["Monday", "2015-11-23~ rel"]]],
    // "to" before a number, a name or a determiner is a preposition.
    ["The toll climbed to 2,371 on Tuesday.", "2015-11-20", [["Tuesday", "2015-11-17~ rel"]]],
    ["Kerry flew to Moscow on Monday.", "2015-11-20", [["Monday", "2015-11-16~ rel"]]],
    ["Kerry flew to the capital on Monday.", "2015-11-20", [["Monday", "2015-11-16~ rel"]]],
    // "since" looks back from the day of writing.
    ["Nine people have died of heatstroke since Friday.", "2026-07-20", [["Friday", "2026-07-17~ rel"]]],
    ["The border has been closed since Monday, the ministry said.", "2015-11-20", [["Monday", "2015-11-16~ rel"]]],
    // A decision's infinitive between its verb and the weekday: the day of the decision, told that day or the
    // next (Wednesday 5 October 2022); two days on, or an infinitive that names an event, no date.
    ["OPEC+ agreed to cut output by 2 million barrels a day on Wednesday.", "2022-10-05", [["Wednesday", "2022-10-05~ rel"]]],
    ["OPEC+ agreed to cut output by 2 million barrels a day on Wednesday.", "2022-10-06", [["Wednesday", "2022-10-05~ rel"]]],
    ["The bank decided to raise rates by 25 basis points on Thursday.", "2022-10-07", [["Thursday", "2022-10-06~ rel"]]],
    ["OPEC+ agreed to cut output by 2 million barrels a day on Wednesday.", "2022-10-07", []],
    ["The two leaders agreed to meet on Wednesday.", "2022-10-06", []],
    ["Workers voted to strike on Thursday.", "2022-10-07", []],
    ["The bank was expected to raise rates on Thursday.", "2022-10-07", []],
    // A past verb of trying: its infinitive's act was tried (or done, or missed) then; after an event's noun
    // phrase ("after the national cup final") the verb behind it dates the day (Sunday 5 July 2026). Not a
    // verb of trying to come ("will try to"), nor one still trying.
    ["Fans tried to leave a stadium in the Algerian town of Bou Saada after the national cup final on Saturday, police said.", "2026-07-05", [["Saturday", "2026-07-04~ rel"]]],
    ["Police failed to stop the crush at the gates on Saturday.", "2026-07-05", [["Saturday", "2026-07-04~ rel"]]],
    ["Rescuers managed to reach the village on Tuesday.", "2026-07-05", [["Tuesday", "2026-06-30~ rel"]]],
    ["Fans will try to leave after the final on Saturday.", "2026-07-05", []],
    ["Fans are trying to leave after the final on Saturday.", "2026-07-05", []],
    ["The two sides agreed to meet after the final on Saturday.", "2026-07-05", []],
    // A verb whose past is its present form is past after a singular subject (the present takes an "s" there);
    // after a plural, a modal, "to", or a capital that opens the sentence, its tense is open.
    ["The Tamanart river burst its banks at about 6:30 p.m. on Saturday, flooding the village.", "2026-09-27", [["Saturday", "2026-09-26~ rel"]]],
    ["Najm El Hidhab beat Mouloudia du Sahel 2-1 on Saturday.", "2026-07-05", [["Saturday", "2026-07-04~ rel"]]],
    ["Rivers burst their banks on Saturday.", "2026-09-27", []],
    ["The river could burst its banks on Saturday.", "2026-09-27", []],
    ["They cut rates on Thursday.", "2022-10-07", []],
    // The object of a decision naming a day is the next such day (Monday 20 July 2026 → Thursday the 23rd); on
    // that weekday, today or in a week; "declared Thursday a state of emergency" is wire style for "on Thursday".
    ["The government declared Thursday a public holiday for state employees.", "2026-07-20", [["Thursday", "2026-07-23~ rel"]]],
    ["The king declared Friday a national day of mourning.", "2026-07-20", [["Friday", "2026-07-24~ rel"]]],
    ["The government declared Thursday a public holiday for state employees.", "2026-07-23", []],
    ["The president declared Thursday a state of emergency.", "2026-07-20", []],
  ])("%s (published %s)", (text, published, expected) => {
    expect(datesIn(text, en, published || undefined)).toEqual(expected);
  });

  it.each<[string]>([
    // Present, modal, or a plan seen from the past: the day is open.
    ["The talks resume on Thursday, officials said."],
    ["The vote is on Thursday."],
    ["Talks could resume on Thursday."],
    ["The meeting was scheduled to take place on Monday."],
    ["He said that the talks resume on Thursday."],
    // The weekday of an infinitive: the meeting agreed on may be before or after publication.
    ["The two sides agreed to meet on Thursday."],
    ["The next day, on Thursday, police arrested him."],
    ["Hundreds of displaced families return on Friday."],
    // A future day with the publication's own weekday.
    ["The committee will meet on Friday."],
    // No lead word, a modifier, or a relative word English uses both ways.
    ["Thursday's meeting was cancelled."],
    ["They met last Thursday."],
    ["The talks were held on Thursday's anniversary."],
    ["The minister told the Mail on Sunday that he would resign."],
  ])("no date: %s", (text) => {
    expect(datesIn(text, en, "2015-11-20")).toEqual([]);
  });
});

describe("English: 'next Thursday', 'last Thursday', dated when both readings of the week give one day", () => {
  it.each<Case>([
    // Saturday 21 November 2015: the nearest Thursday ahead is next week's under either week start.
    ["The talks will resume next Thursday.", "2015-11-21", [["next Thursday", "2015-11-26~ rel"]]],
    ["Next Monday's vote was postponed.", "2015-11-21", [["Next Monday", "2015-11-23~ rel"]]],
    ["The talks resume next Thursday.", "2015-11-20", [["next Thursday", "2015-11-26~ rel"]]],
    // Tuesday 24 November 2015: the last Thursday is last week's either way.
    ["The ministers met last Thursday.", "2015-11-24", [["last Thursday", "2015-11-19~ rel"]]],
    // Said on the weekday itself, both readings are a week away.
    ["The talks will resume next Thursday.", "2015-11-26", [["next Thursday", "2015-12-03~ rel"]]],
    ["The ministers met last Thursday.", "2015-11-26", [["last Thursday", "2015-11-19~ rel"]]],
    // "last Sunday" said on a Sunday: a week ago under either week start.
    ["Voters went to the polls last Sunday.", "2015-11-22", [["last Sunday", "2015-11-15~ rel"]]],
    // "this past" and "this coming" name the nearest one.
    ["They met this past Thursday.", "2015-11-21", [["this past Thursday", "2015-11-19~ rel"]]],
    ["They meet this coming Thursday.", "2015-11-23", [["this coming Thursday", "2015-11-26~ rel"]]],
  ])("%s (published %s)", (text, published, expected) => {
    expect(datesIn(text, en, published || undefined)).toEqual(expected);
  });

  it.each<[string, string]>([
    // Monday 23 November: this week's Thursday (26th) or next week's (3 December)?
    ["The talks will resume next Thursday.", "2015-11-23"],
    // Saturday 21 November: the Thursday just gone (19th) or the week before's (12th)?
    ["The ministers met last Thursday.", "2015-11-21"],
    // Sunday 22 November: a week starting on Sunday puts Saturday the 21st in the week before, one starting on
    // Monday in this week.
    ["Crowds gathered last Saturday.", "2015-11-22"],
    // Counted from a day of the story, no one day, or the verb "last".
    ["He was arrested in May and released the next Thursday.", "2015-11-21"],
    ["They meet on the last Thursday of each month.", "2015-11-24"],
    ["The festival will last Thursday through Sunday.", "2015-11-24"],
    ["The imam gave his last Friday sermon before he retired.", "2015-11-24"],
    ["The talks will resume next Thursday.", ""],
  ])("no date: %s (published %s)", (text, published) => {
    expect(datesIn(text, en, published || undefined)).toEqual([]);
  });
});

describe("English: a day written as a bare ordinal", () => {
  it.each<Case>([
    ["The crossing has been closed since the 1st.", "2025-07-05", [["1st", "2025-07-01~ rel"]]],
    ["Talks resumed on the 28th.", "2025-07-05", [["28th", "2025-06-28~ rel"]]],
    ["The vote will take place on the 9th.", "2025-07-05", [["9th", "2025-07-09~ rel"]]],
    ["On the 7th, five people died.", "2025-07-09", [["7th", "2025-07-07~ rel"]]],
    // June has no 31st; the publication day in the future is today's or next month's.
    ["Talks resumed on the 31st.", "2025-07-05", []],
    ["The vote will take place on the 5th.", "2025-07-05", []],
    ["The fire started on the 7th floor.", "2025-07-09", []],
    ["The tower was built in the 7th century.", "2025-07-09", []],
    ["Talks resumed on the 28th.", "", []],
  ])("%s (published %s)", (text, published, expected) => {
    expect(datesIn(text, en, published || undefined)).toEqual(expected);
  });
});
