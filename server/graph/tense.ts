// Tie labels in the past tense, for ties that ended ("had a contract with", "was a member of"): the labels are
// present-tense verb phrases, so only their first word changes.
const IRREGULAR: Record<string, string> = {
  is: 'was', are: 'were', has: 'had', runs: 'ran', oversees: 'oversaw', takes: 'took', builds: 'built', refers: 'referred', leads: 'led', gives: 'gave',
};

export function pastTense(label: string): string {
  const [verb = '', ...rest] = label.split(' ');
  const base = verb.endsWith('s') ? verb.slice(0, -1) : verb;
  const past = IRREGULAR[verb] ?? (base.endsWith('e') ? `${base}d` : `${base}ed`);
  return [past, ...rest].join(' ');
}
