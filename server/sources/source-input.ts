// What an upload says a document is: plain text as given, or HTML converted to text; exactly one of the two.
import { badRequest } from '../errors.ts';
import { SOURCE_MAX_CHARACTERS, type SourceCreate } from '../schemas/sources.ts';
import type { NewSource } from './source-repository.ts';
import { htmlToPlainText } from './html-text.ts';

export function newSourceFrom(body: SourceCreate): NewSource {
  const { text, html, ...fields } = body;
  if ((text === undefined) === (html === undefined)) throw badRequest('text: give the document as text or as html (one of them)');
  const plain = (text ?? htmlToPlainText(html!)).normalize('NFC');
  const field = text === undefined ? 'html' : 'text';
  if (!/\S/u.test(plain)) throw badRequest(`${field} is empty${field === 'html' ? ' once its markup is removed' : ''}`);
  if (plain.length > SOURCE_MAX_CHARACTERS) throw badRequest(`${field} is longer than ${SOURCE_MAX_CHARACTERS} characters of text`);
  return { ...fields, text: plain };
}
