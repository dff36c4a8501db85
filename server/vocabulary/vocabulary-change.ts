// The history entry of a vocabulary write (entity kind or tieType, entityId network/id), like every other write's.
import type { ChangeInput } from '../writes/history.ts';

type Entity = 'kind' | 'tieType';
type Entry = Record<string, unknown> & { id: string };

export function vocabularyChange(entity: Entity, network: string, before: Entry | null, after: Entry | null): ChangeInput {
  const { id } = (after ?? before)!;
  const fields = before && after ? Object.keys({ ...before, ...after }).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key])) : [];
  return { action: !before ? 'create' : !after ? 'delete' : 'update', entity, entityId: `${network}/${id}`, before, after, fields, organisationId: null, otherOrganisationId: null };
}
