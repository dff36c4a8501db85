// Why no path was found, when the endpoints themselves say so: an endpoint without ties on the day, without ties
// of the chosen types, or whose only partners are avoided. "Try more hops" would be wrong advice then.
import type { OrganisationTie, PathQuery } from '../types.ts';

export interface Endpoint {
  id: string;
  name: string;
  ties: ReadonlyArray<Pick<OrganisationTie, 'type' | 'state' | 'other'>>;
}

/** A sentence saying why no path can exist, or null when the endpoints do not explain it (then hops might). */
export function noPathReason(query: Pick<PathQuery, 'tieTypes' | 'avoid'>, endpoints: readonly Endpoint[], day: string): string | null {
  for (const endpoint of endpoints) {
    const current = endpoint.ties.filter((tie) => tie.state === 'current');
    if (!current.length) return `${endpoint.name} has no ties in force ${day}.`;
    const usable = query.tieTypes.length ? current.filter((tie) => query.tieTypes.includes(tie.type)) : current;
    if (!usable.length) return `none of ${endpoint.name}’s ties is of the chosen types.`;
    const partners = new Map(usable.map((tie) => [tie.other.id, tie.other.name]));
    const avoided = [...partners].filter(([id]) => query.avoid.includes(id));
    if (avoided.length < partners.size) continue;
    const over = query.tieTypes.length ? ' over the chosen tie types' : '';
    if (avoided.length === 1) return `the avoided organisation ${avoided[0]![1]} is ${endpoint.name}’s only partner${over}.`;
    return `every partner of ${endpoint.name}${over} is avoided (${avoided.map(([, name]) => name).join(', ')}).`;
  }
  return null;
}
