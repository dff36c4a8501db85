// Loads every Cypher statement from cypher/**/*.cypher once, by name ("graph/expand-frontier"), expands the shared
// fragments they include (`{{> in-force r}}`: cypher/fragments/in-force.cypher about the variable r; the projections
// `{{> organisation o}}` and `{{> tie r}}` likewise), and fills the few template slots Cypher cannot parameterise
// (relationship types, hop bounds) with values that were validated first.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CYPHER_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../cypher');

export interface QueryStore {
  /** The statement as written; fails for unknown names or statements with unfilled slots. */
  get(name: string): string;
  /** The statement with its `{{slot}}`s filled from trusted, pre-validated fragments. */
  render(name: string, slots: Record<string, TemplateFragment>): string;
  names(): string[];
}

/** A fragment that is safe to put into Cypher text; only created by the functions in cypher-fragments.ts. */
export interface TemplateFragment {
  readonly cypher: string;
  readonly trusted: true;
}

const SLOT = /\{\{(\w+)\}\}/g;
/** `{{> name variable}}`: fragment file cypher/fragments/<name>.cypher, written about the variable `it`. */
const INCLUDE = /\{\{> ([\w-]+) (\w+)\}\}/g;
const FRAGMENTS = 'fragments/';
const SAFE_FRAGMENT = /^[A-Za-z0-9_:|,{} ]*$/;

function listCypherFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listCypherFiles(path);
    return entry.name.endsWith('.cypher') ? [path] : [];
  });
}

export function loadQueries(dir: string = CYPHER_DIR): QueryStore {
  const statements = new Map<string, string>();
  const fragments = new Map<string, string>();
  for (const file of listCypherFiles(dir)) {
    const name = relative(dir, file).replace(/\\/g, '/').replace(/\.cypher$/, '');
    const text = readFileSync(file, 'utf8').trim().replace(/;\s*$/, '');
    if (name.startsWith(FRAGMENTS)) fragments.set(name.slice(FRAGMENTS.length), text.split('\n').filter((line) => !line.startsWith('//')).join('\n'));
    else statements.set(name, text);
  }
  for (const [name, text] of statements) {
    statements.set(name, text.replace(INCLUDE, (_, fragment: string, variable: string) => {
      const body = fragments.get(fragment);
      if (body === undefined) throw new Error(`Cypher statement "${name}" includes an unknown fragment "${fragment}"`);
      return `(${body.replace(/\bit\b/g, variable)})`;
    }));
  }
  const statement = (name: string): string => {
    const text = statements.get(name);
    if (text === undefined) throw new Error(`No Cypher statement named "${name}" in ${dir}`);
    return text;
  };
  return {
    get(name) {
      const text = statement(name);
      if (SLOT.test(text)) throw new Error(`Cypher statement "${name}" has template slots; use render()`);
      SLOT.lastIndex = 0;
      return text;
    },
    render(name, slots) {
      return statement(name).replace(SLOT, (_, slot: string) => {
        const fragment = slots[slot];
        if (!fragment?.trusted || !SAFE_FRAGMENT.test(fragment.cypher)) {
          throw new Error(`Cypher statement "${name}" needs a trusted value for slot {{${slot}}}`);
        }
        return fragment.cypher;
      });
    },
    names: () => [...statements.keys()].sort(),
  };
}
