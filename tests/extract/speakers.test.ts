/** Who stands behind a figure: the speaker of the statement that reports it, and nobody else. */
import { describe, expect, it } from "vitest";
import { claimsOf } from "./helpers.js";

function speakerOf(text: string, lang: "ar" | "en", figure: string): string | undefined {
  const c = claimsOf(text, lang).find((x) => x.kind === "quantity" && x.text.includes(figure));
  if (!c) throw new Error(`no figure ${figure} in: ${text}`);
  return c.speaker;
}

describe("speakers of figures", () => {
  it.each<[string, "ar" | "en", string, string | undefined]>([
    ["كما كشف غيراسيموف أن سلاح الجو الروسي قام بـ 2289 طلعة قتالية.", "ar", "2289", "غيراسيموف"],
    ["ووفقا لرئيس هيئة الاركان العامة الروسية، فقد ضرب الطيران 4111 هدفاً.", "ar", "4111", "رئيس هيئة الاركان العامة الروسية"],
    ["قامت فرنسا حتى الان بنسبة 12٪ من الضربات، وفقا لمتحدث عسكري اميركي.", "ar", "12", "متحدث عسكري اميركي"],
    ["وبعد سلسلة من الاعتداءات في باريس (129 قتيلاً و 350 جريحاً)، دعا الرئيس الفرنسي فرانسوا هولاند الى «ائتلاف موحد واسع» ضد التنظيم.", "ar", "129", undefined],
    ["وقال كيري: «تم إغلاق الآن 75 في المئة من كامل الحدود الشمالية لسورية».", "ar", "75", "كيري"],
    ["The air force has flown 2,289 sorties since Sept. 30, Gerasimov said.", "en", "2,289", "Gerasimov"],
    ["\"We have flown 2,289 sorties,\" said General Valery Gerasimov.", "en", "2,289", "General Valery Gerasimov"],
    ["According to the Russian general staff, the air force has hit 4,111 targets.", "en", "4,111", "the Russian general staff"],
    // An age between commas beside the name, then an appositive title.
    ["Mr. Brown, 61, a retired teacher, said he had lost 40 goats in the flood.", "en", "40", "Mr. Brown"],
    // A participle after the report ends its name: when or by whom it came out is no part of the speaker.
    ["The toll rose to at least 11,300, according to a UN report released Saturday.", "en", "11,300", "a UN report"],
    ["At least 12 people died, according to a statement published on Sunday.", "en", "12", "a statement"],
    ["Some 400 homes were lost, according to figures issued by the governor's office.", "en", "400", "figures"],
    // A body's acronym in brackets after its name is part of the name, not a break before the verb.
    ["A further 170 people were killed elsewhere, the World Health Organization (WHO) said.", "en", "170", "the World Health Organization (WHO)"],
    ["More than 40,000 people were displaced, the International Organization for Migration (IOM) said.", "en", "40,000", "the International Organization for Migration (IOM)"],
    // "adding" with a figure for its object adds jobs, it reports nothing: only before what is said.
    ["Healthcare continued to lead job gains, adding 44,000 positions in January, as unemployment fell.", "en", "44,000", undefined],
    ["The minister said 40 people died, adding that 12 were children.", "en", "12", "The minister"],
  ])("%s", (text, lang, figure, speaker) => {
    expect(speakerOf(text, lang, figure)).toBe(speaker);
  });
});

// «وكيل وزارة» (an undersecretary) is a person's title; «عام» right after a title is "general", not "year".
describe("Arabic undersecretaries and directors general", () => {
  it.each<[string, string, string | undefined]>([
    ["وقال أحمد سالم وكيل وزارة الصحة بمحافظة البحيرة إن 7 مصابين نقلوا إلى المستشفى.", "7", "أحمد سالم وكيل وزارة الصحة"],
    ["وقالت وكيلة الوزارة إن 12 مدرسة أغلقت.", "12", "وكيلة الوزارة"],
    ["وقال مدير عام المستشفى إن القسم استقبل 9 مصابين.", "9", "مدير عام المستشفى"],
    ["وأوضح مدير عام مستشفى الجامعة، الدكتور سامي عادل، أن 4 مصابين غادروا.", "4", "مدير عام مستشفى الجامعة، الدكتور سامي عادل"],
    // «عام» after no title is still a year, which no speaker phrase takes.
    ["وقال عام 2020 شهد 30 حادثا.", "30", undefined],
  ])("%s", (text, figure, speaker) => {
    expect(speakerOf(text, "ar", figure)).toBe(speaker);
  });
});

// Statistics offices speak (Morocco's «المندوبية», Egypt's «الجهاز»); «أظهر … أن» and Maghrebi «مبرزا أن» attribute.
describe("Arabic statistics offices and their verbs", () => {
  it.each<[string, string, string | undefined]>([
    ["وقال الجهاز المركزي للتعبئة العامة والإحصاء إن معدل البطالة بلغ 6.3 في المئة.", "6.3", "الجهاز المركزي للتعبئة العامة والإحصاء"],
    ["وأفادت المندوبية السامية للتخطيط بأن عدد العاطلين بلغ 1.6 مليون شخص.", "1.6", "المندوبية السامية للتخطيط"],
    ["وأظهر تقرير البنك المركزي أن التضخم تراجع إلى 11.6 في المئة.", "11.6", "تقرير البنك المركزي"],
    ["وكشفت المندوبية أن عدد العاطلين بلغ مليون شخص. مبرزة أن البطالة بين الشباب بلغت 36.7 في المئة.", "36.7", "المندوبية"],
    // «أظهر» with no complement is only "showed": no speaker.
    ["وأظهر اللاعب مستوى جيدا وسجل 3 أهداف.", "3", undefined],
  ])("%s", (text, figure, speaker) => {
    expect(speakerOf(text, "ar", figure)).toBe(speaker);
  });
});

// "Despite X having warned …, <main clause>": a concessive phrase is no subject, and the speech verb inside it
// lends no speaker to the main clause's figures; "having" before a speech verb is an auxiliary, not a name.
describe("English concessive openers and 'having'", () => {
  it.each<[string, string, string | undefined]>([
    ["Despite officials having warned that a storm was coming, the airline cancelled 40 flights.", "40", undefined],
    ["Despite police saying 30 people were hurt, the hospital listed 12 patients.", "12", undefined],
    ["Having said that 12 people died, the mayor left the town hall.", "12", undefined],
    // A plain subject still speaks.
    ["Officials warned that 40 flights would be cancelled.", "40", "Officials"],
  ])("%s", (text, figure, speaker) => {
    expect(speakerOf(text, "en", figure)).toBe(speaker);
  });
});

// A verbal noun right after a reporting verb is its object, never its subject; the subject is the one named before
// (the verb's own pronoun), and words before a verb glued to «و» end another clause.
describe("Arabic verbal nouns after a reporting verb", () => {
  it.each<[string, string, string | undefined]>([
    ["وزار الوزير مكان الحريق وأكد مقتل 41 عاملا على الأقل.", "41", "الوزير"],
    ["وقالت مديرية الصحة إن 107 أشخاص توفوا. كما أفادت بإرسال أربعة مصابين للعلاج في الخارج.", "أربعة", "مديرية الصحة"],
    ["وأعلن مقتل 12 شخصا في الحادث.", "12", undefined],
    // A preposition with a pronoun glued on after the verb names nobody; the verb's subject before it speaks.
    ["وأقرت الهيئة النتائج التي كانت أعلنت عنها الاثنين وأظهرت فوز الرئيس بنسبة 90.69% من الأصوات.", "90.69", "الهيئة"],
    // A subject before the verb, or after it, still speaks.
    ["والوزير أكد مقتل 9 جنود.", "9", "والوزير"],
    ["وأكدت وزارة الصحة مقتل 30 شخصا.", "30", "وزارة الصحة"],
  ])("%s", (text, figure, speaker) => {
    expect(speakerOf(text, "ar", figure)).toBe(speaker);
  });
});

// Directorates and departments speak («مديرية الصحة», «دائرة صحة نينوى»); an indefinite chain ends before the verb's
// object.
describe("Arabic directorates and departments", () => {
  it.each<[string, string, string | undefined]>([
    ["وقالت مديرية الدفاع المدني إن 12 شخصا أصيبوا.", "12", "مديرية الدفاع المدني"],
    ["أعلنت مديرية الصحة في المحافظة، تسجيل 100 حالة وفاة.", "100", "مديرية الصحة"],
    ["وأعلنت دائرة صحة نينوى وفاة 107 أشخاص.", "107", "دائرة صحة نينوى"],
  ])("%s", (text, figure, speaker) => {
    expect(speakerOf(text, "ar", figure)).toBe(speaker);
  });
});

describe("Arabic body names holding a verbal noun", () => {
  it.each<[string, string, string | undefined]>([
    ["وقالت وزارة النقل الكازاخستانية إن 62 راكبا كانوا على متن الطائرة.", "62", "وزارة النقل الكازاخستانية"],
    ["وأعلنت هيئة الإنقاذ انتشال 14 جثة.", "14", "هيئة الإنقاذ"],
  ])("%s", (text, figure, speaker) => {
    expect(speakerOf(text, "ar", figure)).toBe(speaker);
  });
});

// A tatweel written apart is a dash: the outlet or place before it at a paragraph's start is a date line, not a
// speaker (Nesan, whose name is also the month April: «نيسان ـ قال رئيس …» gave the speaker «نيسان ـ»).
describe("Arabic date lines closed by a lone tatweel", () => {
  it.each<[string, string, string | undefined]>([
    ["نيسان ـ قال رئيس الهيئة المستقلة للانتخاب، المهندس موسى المعايطة، إن العدد النهائي للمقترعين بلغ 1,638,351 مقترعا.", "1,638,351", "رئيس الهيئة المستقلة للانتخاب، المهندس موسى المعايطة"],
    ["عمان ـ قال وزير الداخلية إن 12 مركزا أغلق.", "12", "وزير الداخلية"],
    ["دمشق ـــ أعلنت وزارة الصحة أن 40 شخصا أصيبوا.", "40", "وزارة الصحة"],
    // Glued to a preposition, a tatweel stays part of its word.
    ["وقال المتحدث باسم الدفاع المدني لـ«الرأي» إن 7 أشخاص أصيبوا.", "7", "المتحدث باسم الدفاع المدني"],
  ])("%s", (text, figure, speaker) => {
    expect(speakerOf(text, "ar", figure)).toBe(speaker);
  });
});
