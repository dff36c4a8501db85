// $ids: organisation ids. Returns: organisation (one row per existing id).
MATCH (o:Organisation) WHERE o.id IN $ids
RETURN o { .since, .until, .id, .name, .shortName, .aliases, .kind, .sector, .city, .country, .description, .url,
           degree: COUNT { (o)--() } } AS organisation
ORDER BY o.id
