/** Vulgar fraction signs, each a number by itself: its value, and its denominator (the granularity). */
export const VULGAR: Record<string, number> = {
  "½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5, "⅗": 3 / 5, "⅘": 4 / 5,
  "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8, "⅐": 1 / 7, "⅑": 1 / 9, "⅒": 1 / 10,
};
export const VULGAR_DENOMINATOR: Record<string, number> = {
  "½": 2, "⅓": 3, "⅔": 3, "¼": 4, "¾": 4, "⅕": 5, "⅖": 5, "⅗": 5, "⅘": 5, "⅙": 6, "⅚": 6, "⅛": 8, "⅜": 8, "⅝": 8,
  "⅞": 8, "⅐": 7, "⅑": 9, "⅒": 10,
};
