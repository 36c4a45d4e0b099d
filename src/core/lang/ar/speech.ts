import type { SpeechWords } from "../../extract/quotes/words.js";

export const speech: SpeechWords = {};
