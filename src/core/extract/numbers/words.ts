/** The word lists a locale gives the number recogniser. (To be defined by the number recogniser.) */
export interface NumberWords {
  readonly placeholder?: never;
}
