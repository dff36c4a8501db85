// The organisation `it` as every read returns it (server/graph/mapper.ts maps it): its stored fields, its write
// version and its degree. A new organisation field is one edit here. Include with `{{> organisation o}}`.
it { .id, .name, .shortName, .aliases, .kind, .sector, .city, .country, .description, .url, .since, .until,
     version: coalesce(it.version, 1), degree: COUNT { (it)--() } }
