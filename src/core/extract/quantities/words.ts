/** The word lists a locale gives the quantity assembler: units of counted things. (To be defined.) */
export interface QuantityWords {
  readonly placeholder?: never;
}
