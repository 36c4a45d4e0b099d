import type { NumberWords } from "../../extract/numbers/words.js";

export const numbers: NumberWords = {};
