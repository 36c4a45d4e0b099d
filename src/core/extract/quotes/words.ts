/** The word lists a locale gives the quote and speaker recogniser. (To be defined by it.) */
export interface SpeechWords {
  readonly placeholder?: never;
}
