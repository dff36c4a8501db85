// Who the selected organisation is: its kind, facts, other names, description, attributes and website.
import { externalLink, h, swatch } from '../dom.ts';
import type { GraphStyles } from '../graph/graph-styles.ts';
import type { OrganisationDetail } from '../types.ts';
import { dateRange } from '../view-helpers.ts';
import { attributeList } from './attribute-list.ts';

export function organisationHeader(org: OrganisationDetail, styles: GraphStyles): (HTMLElement | null)[] {
  const kind = styles.kind(org.kind);
  const facts = [org.shortName && org.shortName !== org.name ? org.shortName : null, org.sector, [org.city, org.country].filter(Boolean).join(', ') || null, dateRange(org.since, org.until)]
    .filter((fact): fact is string => Boolean(fact));
  return [
    h('p', { class: 'kind-line' }, [swatch(kind.colour, 'swatch swatch-dot'), h('span', { text: kind.label })]),
    facts.length ? h('p', { class: 'facts', text: facts.join(' · ') }) : null,
    org.aliases.length ? h('p', { class: 'muted small', text: `Also known as ${org.aliases.join(', ')}` }) : null,
    org.description ? h('p', { class: 'description', text: org.description }) : null,
    org.attributes ? attributeList(org.attributes) : null,
    org.url && /^https?:\/\//i.test(org.url) ? h('p', { class: 'small' }, [externalLink(org.url, 'Website')]) : null,
  ];
}
