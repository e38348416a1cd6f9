/** An error whose message is safe and useful to show to the user (bad query, bad date, …). */
export class UserFacingError extends Error {
  override readonly name = 'UserFacingError';
}
