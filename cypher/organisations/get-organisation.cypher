// $id: organisation id. Returns: organisation (with its write version), ties [{ tie, other { id, name, kind } }]
// (no row for an unknown id).
MATCH (o:Organisation {id: $id})
RETURN o { .id, .name, .shortName, .aliases, .kind, .sector, .city, .country, .description, .url,
           degree: COUNT { (o)--() }, version: coalesce(o.version, 1) } AS organisation,
       [(o)-[r]-(other:Organisation) |
         { tie: r { .id, .since, .until, .description, .evidenceSources, .evidenceQuotes,
                    type: type(r), source: startNode(r).id, target: endNode(r).id },
           other: other { .id, .name, .kind } }] AS ties
