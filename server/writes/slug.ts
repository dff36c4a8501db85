// Ids made from names: readable slugs ("Leeds Teaching Hospitals" → leeds-teaching-hospitals), made unique with
// -2, -3 … on collision. An id is made once, when the organisation is created, and never follows a rename.

const MAX_SLUG_LENGTH = 80;

/** ASCII lower-case letters, digits and single dashes; accents folded, everything else a separator. */
export function slugify(text: string, fallback = 'organisation'): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/, '');
  return slug || fallback;
}

/** `base` if free, else the first of base-2, base-3 … that `taken` does not hold. */
export function uniqueSlug(base: string, taken: { has(id: string): boolean }): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
