// The organisation ids a new slug could collide with: every id starting with one of the bases (a prefix seek on
// the id index; the caller only asks about base, base-2, base-3 …). $bases: slugs. Returns: ids (one row).
UNWIND $bases AS base
OPTIONAL MATCH (o:Organisation) WHERE o.id STARTS WITH base
RETURN collect(DISTINCT o.id) AS ids
