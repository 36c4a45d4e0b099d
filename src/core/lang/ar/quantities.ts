import type { QuantityWords } from "../../extract/quantities/words.js";

export const quantities: QuantityWords = {};
