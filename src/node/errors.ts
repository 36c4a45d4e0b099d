/** An error caused by what the user asked for (a missing path, an unwritable output): one line, no stack. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UserError";
  }
}
