// The ties whose two ends are both in $ids. {{types}}: `:A|B` or empty. Returns: tie.
MATCH (a:Organisation)-[r{{types}}]->(b:Organisation)
WHERE a.id IN $ids AND b.id IN $ids
RETURN r { .id, .since, .until, .description, .evidenceSources, .evidenceQuotes,
           type: type(r), source: a.id, target: b.id } AS tie
ORDER BY tie.id
