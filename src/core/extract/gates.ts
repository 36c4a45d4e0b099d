/**
 * The gates let a recogniser pass over a paragraph, or a word, that cannot hold what it reads (see
 * numbers/gate.ts, dates/index.ts). They change nothing but speed; tests turn them off to check that.
 */
export const gates = { on: true };
