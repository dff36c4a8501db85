// Ids made from names: readable, ASCII, unique with -2, -3 … and never empty.
import { describe, expect, it } from 'vitest';
import { slugify, uniqueSlug } from '../../server/writes/slug.ts';

describe('slugify', () => {
  it.each([
    ['Leeds Teaching Hospitals NHS Trust', 'leeds-teaching-hospitals-nhs-trust'],
    ['St James’s University Hospital', 'st-james-s-university-hospital'],
    ['Hôpital Saint-Éloi', 'hopital-saint-eloi'],
    ['Marks & Spencer', 'marks-and-spencer'],
    ['  --WYAAT!!  ', 'wyaat'],
  ])('makes %s into %s', (name, slug) => expect(slugify(name)).toBe(slug));

  it('falls back when nothing readable is left, and keeps slugs short without a trailing dash', () => {
    expect(slugify('مؤسسة الشراكة')).toBe('organisation');
    expect(slugify('!!!', 'page')).toBe('page');
    const long = slugify(`${'a'.repeat(79)} b c`);
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long.endsWith('-')).toBe(false);
  });
});

describe('uniqueSlug', () => {
  it('keeps a free slug and otherwise appends the first free -N', () => {
    expect(uniqueSlug('acme', new Set())).toBe('acme');
    expect(uniqueSlug('acme', new Set(['acme']))).toBe('acme-2');
    expect(uniqueSlug('acme', new Set(['acme', 'acme-2', 'acme-3']))).toBe('acme-4');
    expect(uniqueSlug('acme', new Set(['acme', 'acme-3']))).toBe('acme-2');
  });
});
