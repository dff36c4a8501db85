// What an error answer says: `{ statusCode, error, message }`, and for a 400 about the request's fields, `errors`
// with one entry per field, so a form puts each problem beside its field without reading the message's wording.

export interface FieldError {
  /** Where in the request, as a dotted path: "since", "evidence.0.quote", "aliases.2"; "" for the request as a whole. */
  field: string;
  /** A sentence for a person, about that field. */
  message: string;
}

export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  errors?: FieldError[];
}

/** The words both sides use when a date or a web address is not in the form the API accepts. */
export const FIELD_HINTS = {
  partialDate: 'Use a year, a month or a date: 2019, 2020-01 or 2021-03-15.',
  httpUrl: 'Use a web address that starts with https:// or http://.',
} as const;
