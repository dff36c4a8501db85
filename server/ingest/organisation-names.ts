// Names in a sentence that look like organisations: capitalised runs holding an organisation word ("… University",
// "… Trust", "Ministry of …"), a name followed by its acronym in brackets, a titled person ("Sir …", "Lord …"), and
// groups the text names without a proper name ("other NHS trusts", "three universities"). Each with a suggested kind.
export interface NameCandidate {
  name: string;
  start: number;
  end: number;
  kind: string;
  acronym: string | null;
  confidence: number;
}

const KIND_WORDS: [RegExp, string][] = [
  [/^(university|universities|college|colleges|faculty)$/i, 'university'],
  [/^(council)$/i, 'local-authority'],
  [/^(ministry)$/i, 'ministry'],
  [/^(department|england)$/i, 'national-body'],
  [/^(charity|charities)$/i, 'charity'],
  [/^(hospital|hospitals|infirmary)$/i, 'hospital-site'],
  [/^(trust|trusts)$/i, 'nhs-trust'],
  [/^(groups?|ccgs?|commissioning)$/i, 'commissioner'],
  [/^(academy|hub)$/i, 'academy-or-hub'],
  [/^(network|ahsn)$/i, 'network'],
  [/^(partnership|partnerships|association|alliance|collaborative|system|consortium)$/i, 'collaborative'],
  [/^(fellowship|programme|program|project|scheme|schemes|forum|practitioners|units?)$/i, 'programme'],
  [/^(center|centre|institute|foundation|committee|committees|board|agency|service)$/i, 'other-organisation'],
];
const CONNECTORS = new Set(['of', 'for', 'and', '&', 'the', 'through']);
/** Lower-case words that still end a name: "the Lincoln Green project". */
const NOT_IN_NAMES = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had', 'a', 'an', 'the', 'of', 'to', 'in', 'for', 'with', 'by', 'be', 'been', 'this', 'that', 'its', 'their', 'our', 'new']);
const TRAILING_KINDS = new Set(['programme', 'project', 'scheme', 'fellowship', 'charity', 'hub', 'network']);
const LEADING_STOPWORDS = new Set(['the', 'a', 'an', 'within', 'as', 'in', 'our', 'we', 'this', 'for', 'to', 'there', 'it', 'with', 'at', 'by', 'from', 'on', 'and', 'but', 'his', 'her', 'their', 'its', 'links', 'find', 'while', 'when', 'through', 'after', 'before', 'new', 'professor', 'executive', 'dean', 'chief', 'director', 'head', 'of']);
const TITLES = new Set(['sir', 'lord', 'lady', 'dame', 'dr', 'professor']);
const GROUP = /\b(?:other|many|several|all|local|partner|three|two|four|five|six)\b(?:\s+(?:of\s+the\s+)?[\p{L}’']+){0,3}?\s+(?:trusts|universities|colleges|charities|charity|organisations|organizations|groups|units|hospitals)\b(?:\s+(?:in|outside|across)\s+(?:the\s+)?[\p{Lu}\p{Ll}]+)?/giu;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’&.-]*/gu;
const isCapitalised = (word: string) => /^[\p{Lu}\p{N}]/u.test(word);
const isAcronym = (word: string) => /^[\p{Lu}&]{2,8}s?$/u.test(word);
const kindOf = (word: string) => KIND_WORDS.find(([pattern]) => pattern.test(word.replace(/['’]s?$/, '')))?.[1];

interface RawWord {
  text: string;
  start: number;
  end: number;
}

export function findOrganisationNames(sentence: string, offset = 0): NameCandidate[] {
  const list: RawWord[] = [...sentence.matchAll(WORD)].map((m) => ({ text: m[0].replace(/[.]$/, ''), start: m.index, end: m.index + m[0].replace(/[.]$/, '').length }));
  const found: NameCandidate[] = [];
  for (let i = 0; i < list.length; i++) {
    if (!isCapitalised(list[i]!.text)) continue;
    // A capitalised run, through connectors that are followed by another capitalised word; "and" after an
    // organisation word ends it ("Leeds City Council and NHS England" are two).
    let j = i;
    while (j + 1 < list.length) {
      const next = list[j + 1]!;
      if (isCapitalised(next.text) && !/[,;:()]/.test(sentence.slice(list[j]!.end, next.start))) { j++; continue; }
      const after = list[j + 2];
      const gapOk = !/[,;:()]/.test(sentence.slice(list[j]!.end, after?.start ?? next.end));
      if (CONNECTORS.has(next.text.toLowerCase()) && after && isCapitalised(after.text) && gapOk && !(next.text === 'and' && kindOf(list[j]!.text))) { j += 2; continue; }
      // "West Yorkshire Integrated care System": one lower-case word inside a longer capitalised name.
      if (j - i >= 1 && after && /^\p{Ll}+$/u.test(next.text) && !CONNECTORS.has(next.text) && isCapitalised(after.text) && kindOf(after.text) && gapOk) { j += 2; continue; }
      // "the Lincoln Green employment and skills project": up to four lower-case words up to a word like project.
      const tail = list.slice(j + 1, j + 5);
      const kindAt = tail.findIndex((word) => TRAILING_KINDS.has(word.text));
      const lowerRun = kindAt >= 0 && tail.slice(0, kindAt + 1).every((word) => /^\p{Ll}+$/u.test(word.text) && !NOT_IN_NAMES.has(word.text));
      if (lowerRun && !/[,;:()]/.test(sentence.slice(list[j]!.end, tail[kindAt]!.start))) j += kindAt + 1;
      break;
    }
    let first = i;
    let title = false;
    while (first <= j && (LEADING_STOPWORDS.has(list[first]!.text.toLowerCase()) || /^\d+$/.test(list[first]!.text))) first++;
    if (first <= j && TITLES.has(list[first - 1]?.text.toLowerCase() ?? '')) title = true;
    if (first > j) { i = j; continue; }
    if (TITLES.has(list[first]!.text.toLowerCase()) && first < j) title = true;
    const run = list.slice(first, j + 1);
    const name = sentence.slice(run[0]!.start, run.at(-1)!.end).replace(/['’]s?$/, '');
    const bracket = /^\s*\(([\p{Lu}&]{2,10})\)/u.exec(sentence.slice(run.at(-1)!.end));
    const kind = [...run].reverse().map((word) => kindOf(word.text)).find(Boolean);
    if (title && run.length >= 2) {
      const personStart = TITLES.has(list[first]!.text.toLowerCase()) ? run[0]!.start : list[first - 1]!.start;
      found.push({ name: sentence.slice(personStart, run.at(-1)!.end).replace(/['’]s?$/, ''), start: offset + personStart, end: offset + run.at(-1)!.end, kind: 'person', acronym: null, confidence: 0.5 });
    } else if (run.length >= 2 && (kind || bracket)) {
      found.push({ name, start: offset + run[0]!.start, end: offset + run.at(-1)!.end, kind: kind ?? 'other-organisation', acronym: bracket?.[1] ?? null, confidence: bracket ? 0.75 : 0.6 });
    } else if (run.length === 1 && isAcronym(run[0]!.text) && bracket === null && kind) {
      found.push({ name, start: offset + run[0]!.start, end: offset + run[0]!.end, kind, acronym: null, confidence: 0.4 });
    }
    i = j;
  }
  for (const match of sentence.matchAll(GROUP)) {
    const start = offset + match.index;
    // A group names more than the capitalised words inside it ("other NHS Trusts in the region"): it wins.
    const overlapping = found.filter((candidate) => candidate.start < start + match[0].length && start < candidate.end);
    if (overlapping.some((candidate) => candidate.kind === 'person' || candidate.acronym)) continue;
    for (const candidate of overlapping) found.splice(found.indexOf(candidate), 1);
    found.push({ name: match[0], start, end: start + match[0].length, kind: 'group', acronym: null, confidence: 0.35 });
  }
  return found.sort((a, b) => a.start - b.start);
}
