// The one rule for a web address wherever one is written (organisation url, evidence url, an imported source's
// url): http or https, no white space. The pattern is also the JSON schema's, so the API and imports agree.
export const HTTP_URL_PATTERN = '^https?://[^\\s]+$';

const httpUrl = new RegExp(HTTP_URL_PATTERN);

export const isHttpUrl = (text: string): boolean => httpUrl.test(text);
