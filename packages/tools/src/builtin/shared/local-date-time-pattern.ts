/**
 * The JSON Schema pattern of a local date and time without offset: `YYYY-MM-DDTHH:mm`, seconds optional.
 *
 * @example
 * new RegExp(localDateTimePattern).test("2024-03-15T09:30"); // true
 */
export const localDateTimePattern =
  "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?$";
