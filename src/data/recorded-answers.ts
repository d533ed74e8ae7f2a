// The shape of the API answers the guide shows (src/data/*jwt-api-responses.json):
// the example apps' test suites record them, ApiResponses renders them, and
// the browser tests read them back.

export interface Answer {
  status: number;
  body: unknown;
}

/** What one API route answered each kind of visitor. */
export interface RecordedRoute {
  /** Only where it is not GET. */
  method?: string;
  signedOut: Answer;
  signedIn: Answer;
  /** Only for the routes that answer an admin differently. */
  admin?: Answer;
}

// What a reader should read in place of a value that differs every time, so
// that a record changes only when an app's behaviour does.
const VOLATILE: Record<string, string> = {
  expires: '<30 days from now>',
  iat: '<issued at, in seconds>',
  exp: '<expires at, in seconds>',
  jti: '<unique token id>',
  id: "<the user's id in the database>",
};

/**
 * A JSON body with each volatile value replaced by its label, but for the
 * keys in `stable` (the JWT app's user ids are its demo accounts' names).
 */
export function withLabels(
  value: unknown,
  stable: readonly string[] = [],
): unknown {
  const label = (inner: unknown) => withLabels(inner, stable);
  if (Array.isArray(value)) return value.map(label);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [
        key,
        (!stable.includes(key) && VOLATILE[key]) || label(inner),
      ]),
    );
  }
  return value;
}
