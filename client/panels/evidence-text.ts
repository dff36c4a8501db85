// How evidence reads: a passage of a stored source (checked against its text on every write) in quotation marks; a
// note about a web page whose text is not stored says it is a note, so nobody takes it for a quote.
import type { Evidence } from '../types.ts';

export const evidenceText = (item: Pick<Evidence, 'quote' | 'verbatim'>): string => (item.verbatim ? `“${item.quote}”` : `Note: ${item.quote}`);
