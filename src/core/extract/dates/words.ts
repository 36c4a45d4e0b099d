/** The word lists a locale gives the date recogniser. (To be defined by the date recogniser.) */
export interface DateWords {
  readonly placeholder?: never;
}
