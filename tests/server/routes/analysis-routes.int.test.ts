// The analysis API on the seeded Leeds network: top brokers, university–NHS brokers with roles, common partners.
import { describe, expect, it } from 'vitest';
import { useSeededReadApp } from '../../support/seeded-read-app.ts';

const { get } = useSeededReadApp();

describe('GET /api/analysis/measures', () => {
  it('ranks the whole network by betweenness with LTHT first', async () => {
    const { status, body } = await get('/api/analysis/measures?sort=betweenness&top=6');
    expect(status).toBe(200);
    console.info('top betweenness', body.organisations.map((o: { id: string; betweenness: number }) => `${o.id} ${o.betweenness.toFixed(3)}`), 'communities', body.communityCount, 'modularity', body.modularity, 'components', body.componentCount);
    // The analyst's networkx figures (issue 14): LTHT 0.706, the Hub 0.287, Lincoln Green 0.124, LAHP 0.111.
    expect(body.organisations.slice(0, 4).map((o: { id: string }) => o.id)).toEqual([
      'leeds-teaching-hospitals', 'leeds-health-and-social-care-hub', 'lincoln-green-employment-and-skills-project', 'leeds-academic-health-partnership',
    ]);
    expect(body.organisations.slice(1, 4).map((o: { betweenness: number }) => o.betweenness.toFixed(3))).toEqual(['0.287', '0.124', '0.111']);
    expect(body.communityCount).toBe(8);
    expect(body.organisations[0].betweenness).toBeCloseTo(0.706, 3);
    expect(body.organisations[0].partners).toBe(25);
    expect(body.organisations[0].ties).toBe(28);
    expect(body.componentCount).toBe(2);
  });

  it('answers an empty selection (the fuzzer found this 500) with no organisations', async () => {
    // No ministry refers patients (nhs-region, the fuzzer's kind, is a synthetic kind the seeded database refuses).
    const { status, body } = await get('/api/analysis/measures?tieTypes=REFERS_PATIENTS_TO&kinds=ministry');
    expect(status).toBe(200);
    expect(body).toMatchObject({ organisations: [], organisationCount: 0, componentCount: 0 });
  });

  it('rejects an unknown measure with a 400 naming the field', async () => {
    const { status, body } = await get('/api/analysis/measures?sort=charm');
    expect(status).toBe(400);
    expect(body.message).toMatch(/sort/);
  });
});

describe('GET /api/analysis/brokers', () => {
  it('lists who brokers between universities and NHS trusts, with roles', async () => {
    const { status, body } = await get('/api/analysis/brokers?groupBy=kind&from=university&to=nhs-trust');
    expect(status).toBe(200);
    console.info('university–NHS brokers', JSON.stringify(body.brokers.slice(0, 8)));
    expect(body.brokers.slice(0, 2)).toMatchObject([
      { id: 'leeds-health-and-social-care-hub', liaison: 10, total: 10 },
      { id: 'university-of-leeds', representative: 1, gatekeeper: 1, total: 2 },
    ]);
    for (const broker of body.brokers) {
      expect(broker.total).toBe(broker.coordinator + broker.itinerant + broker.gatekeeper + broker.representative + broker.liaison);
    }
  });

  it('asks for both ends of the groups', async () => {
    const { status, body } = await get('/api/analysis/brokers?from=university');
    expect(status).toBe(400);
    expect(body.message).toMatch(/from and to/);
  });
});

describe('GET /api/analysis/common-partners', () => {
  it('lists the common partners of the University of Leeds and Leeds Beckett with evidence', async () => {
    const { status, body } = await get('/api/analysis/common-partners?ids=university-of-leeds,leeds-beckett-university');
    expect(status).toBe(200);
    console.info('common partners', body.partners.map((p: { id: string }) => p.id));
    expect(body.partners.length).toBeGreaterThan(0);
    for (const partner of body.partners) {
      expect(partner.ties).toHaveLength(2);
      for (const ties of partner.ties) expect(ties[0].evidence.length).toBeGreaterThan(0);
    }
  });

  it('names an unknown organisation with a 404', async () => {
    const { status, body } = await get('/api/analysis/common-partners?ids=university-of-leeds,nowhere');
    expect(status).toBe(404);
    expect(body.message).toMatch(/nowhere/);
  });
});

describe('GET /api/analysis/connections', () => {
  it('finds what connects the universities to the NHS trusts, most depended on first, with the ties’ evidence', async () => {
    const { status, body } = await get('/api/analysis/connections?groupBy=kind&from=university&to=nhs-trust&top=5');
    expect(status).toBe(200);
    console.info('university–NHS connections', body.fromCount, body.toCount, body.connectedPairs, body.meanDistance,
      body.organisations.map((o: { id: string; routes: number }) => `${o.id} ${o.routes.toFixed(2)}`),
      body.ties.map((t: { source: string; target: string; routes: number }) => `${t.source}–${t.target} ${t.routes.toFixed(2)}`));
    // 3 universities × 3 trusts, all connected; the Hub carries 7 of the 9 pairs' routes.
    expect(body).toMatchObject({ fromCount: 3, toCount: 3, connectedPairs: 9, unconnectedPairs: 0 });
    expect(body.organisations).toMatchObject([{ id: 'leeds-health-and-social-care-hub', routes: 7 }, { id: 'university-of-leeds', routes: 3 }]);
    expect(body.ties[0]).toMatchObject({ source: 'leeds-health-and-social-care-hub', target: 'university-of-leeds', routes: 4 });
    for (const pair of body.ties) expect(pair.ties[0].evidence.length).toBeGreaterThan(0);
  });

  it('asks for both groups by name', async () => {
    const { status, body } = await get('/api/analysis/connections?groupBy=kind&from=university');
    expect(status).toBe(400);
    expect(body.message).toMatch(/to/);
  });
});
