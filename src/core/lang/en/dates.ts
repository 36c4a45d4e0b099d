import type { DateWords } from "../../extract/dates/words.js";

export const dates: DateWords = {};
