// `npm run check:quotes`: checks every stored quote against the text of the source it cites and lists those that
// are not (or no longer) a passage of it. Exit code 1 when any is found.
import { checkStoredQuotes, describeMismatch } from '../server/sources/quote-check.ts';
import { withDatabase } from './database-cli.ts';

await withDatabase(async ({ database, queries }) => {
  const { checked, mismatches } = await checkStoredQuotes(database, queries);
  for (const mismatch of mismatches) console.log(describeMismatch(mismatch));
  console.log(`Checked ${checked} quotes of sources with stored text: ${mismatches.length} not found in their source.`);
  return mismatches.length ? 1 : 0;
});
