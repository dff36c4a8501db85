// The organisation `it` as every read returns it (server/graph/mapper.ts maps it): its stored fields, its write
// version, its degree and its extra attributes (stored as `attr_<name>` properties, so Cypher compares and indexes
// each with parameters; read as [name, value] pairs). A new organisation field is one edit here. Include with `{{> organisation o}}`.
it { .id, .name, .shortName, .aliases, .kind, .sector, .city, .country, .description, .url, .since, .until,
     version: coalesce(it.version, 1), degree: COUNT { (it)--() },
     attributes: [key IN keys(it) WHERE key STARTS WITH 'attr_' | [substring(key, 5), it[key]]] }
