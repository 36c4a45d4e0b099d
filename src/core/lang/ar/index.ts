import type { Locale } from "../types.js";
import { isArabicLetter } from "../../text/chars.js";
import { scriptAndWordScore } from "../detect.js";
import { fold } from "../../text/normalize.js";
import { calendar } from "./calendar.js";
import { numbers } from "./numbers.js";
import { quantities } from "./quantities.js";
import { dates } from "./dates.js";
import { speech } from "./speech.js";
import { furniture } from "./furniture.js";
import { align } from "./glossary.js";

// Function words, with the spellings news copy uses (with and without hamza); folded when loaded.
const stopwords = new Set(
  [
    "في", "من", "على", "إلى", "الى", "عن", "أن", "ان", "إن", "أنه", "انه", "إنه", "أنها", "لا", "لم", "لن", "ما",
    "مع", "هذا", "هذه", "ذلك", "تلك", "هذان", "التي", "الذي", "الذين", "اللذين", "و", "أو", "او", "ثم", "كما", "قد",
    "لقد", "كان", "كانت", "يكون", "تكون", "بين", "بعد", "قبل", "حتى", "عند", "منذ", "خلال", "حول", "ضد", "أي", "اي",
    "كل", "بعض", "غير", "هو", "هي", "هم", "هما", "نحن", "أنا", "انا", "أيضا", "ايضا", "فقط", "لكن", "ولكن", "إلا",
    "الا", "إذا", "اذا", "لو", "بل", "أمس", "اليوم", "وقد", "كذلك", "عبر", "لدى", "حيث", "فيه", "فيها", "منه", "منها",
    "عليه", "عليها", "له", "لها", "لهم", "به", "بها", "إنها", "التى", "فى", "وفي", "ومن", "وعلى", "وإلى", "وأن",
    "الذى", "يوم", "عام", "وقال", "قال", "وأضاف", "أضاف", "وأكد", "أكد", "وأوضح", "وأشار", "أشار", "وكان", "بأن",
    "بان", "لأن", "لان", "وهو", "وهي", "ذاته", "نفسه", "أكثر", "اكثر", "نحو", "حوالي", "قرابة",
    // Words of attribution: «(6,8 وفق هيئة المسح الجيولوجي)» names a source, not what 6.8 counts.
    "وفق", "وفقا", "حسب", "بحسب", "طبقا",
    // "Without": «بالمركز 14 بدون أي نقطة», «بهدفين دون رد» name nothing the figure counts.
    "بدون", "دون",
  ].map(fold),
);

export const ar: Locale = {
  code: "ar",
  name: "Arabic",
  detect: (sample) => scriptAndWordScore(sample, isArabicLetter, stopwords),
  // و ف (and), ب ل ك (with, for, like), ال (the) and their combinations, as they are glued to words and
  // numbers ("وثلاثة", "بـ2289", "الـ24"); ا is the accusative ending ("هدفاً"), ه/ها/هم pronoun endings.
  clitics: {
    prefixes: ["و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "وب", "فب", "ول", "فل", "وك", "وبال"],
    suffixes: ["ا", "ه", "ها", "هم", "هما", "ي"],
    minStem: 2,
  },
  abbreviations: new Set<string>(),
  stopwords,
  calendar,
  numbers,
  quantities,
  dates,
  speech,
  furniture,
  align,
};
