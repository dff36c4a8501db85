// An import's extra attributes, row by row: the file's other columns (CSV), fields (JSON) or keys (GraphML) become
// attributes. A name that cannot be one is listed as refused, with the reason (never dropped silently); text values
// are read as the declared type (the database's declaration first, else the file's own: a CSV header, a GraphML key);
// every name the import uses for the first time is listed with the type it declares.
import { attributeFromText, attributeNameProblem, type AttributeDeclaration, type AttributeScope, type Attributes } from '../contract/attributes.ts';
import { splitList } from '../export/list-text.ts';
import { checkAttributes, withDeclarations, type DeclaredAttributes } from '../writes/attribute-checks.ts';
import type { ImportSet } from './import-rows.ts';

export interface RefusedAttribute {
  scope: AttributeScope;
  name: string;
  reason: string;
}

export interface ImportAttributes {
  /** The row's attributes, checked; problems name `attributes.<name>`. */
  read(scope: AttributeScope, raw: Readonly<Record<string, unknown>>): { attributes: Attributes; problems: string[] };
  /** Names used by accepted rows that the database has not declared, with their type. */
  added(): AttributeDeclaration[];
  refused(): RefusedAttribute[];
}

const isEmpty = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

export function createImportAttributes(declared: DeclaredAttributes, fileTypes: ImportSet['attributeTypes'] = {}): ImportAttributes {
  const fileDeclarations = (['organisation', 'tie'] as const).flatMap((scope) =>
    Object.entries(fileTypes[scope] ?? {}).map(([name, type]) => ({ scope, name, type })));
  let known = withDeclarations(declared, fileDeclarations);
  const used = new Map<string, AttributeDeclaration>();
  const refused = new Map<string, RefusedAttribute>();

  return {
    read(scope, raw) {
      const changes: Record<string, unknown> = {};
      for (const [name, value] of Object.entries(raw)) {
        const nameProblem = attributeNameProblem(name);
        if (nameProblem) {
          refused.set(`${scope} ${name}`, { scope, name, reason: nameProblem });
          continue;
        }
        if (isEmpty(value)) continue; // "no value", as for every other field of a file
        const type = known[scope].get(name);
        if (typeof value !== 'string' || !type) changes[name] = value;
        else changes[name] = type === 'list' ? splitList(value) : attributeFromText(type, value) ?? value;
      }
      const checked = checkAttributes(scope, changes, {}, known);
      if (checked.problems.length === 0) {
        known = withDeclarations(known, checked.declarations);
        for (const name of Object.keys(checked.attributes)) {
          if (!declared[scope].has(name)) used.set(`${scope} ${name}`, { scope, name, type: known[scope].get(name)! });
        }
      }
      return { attributes: checked.attributes, problems: checked.problems.map((problem) => problem.message) };
    },
    added: () => [...used.values()],
    refused: () => [...refused.values()],
  };
}
