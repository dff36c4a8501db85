// The tie `it` as every read returns it (server/graph/mapper.ts maps it): its stored fields, its type, its ends
// as organisation ids and its extra attributes (`attr_<name>` properties, read as [name, value] pairs). A new tie
// field is one edit here. Include with `{{> tie r}}`.
it { .id, .since, .until, .description, .evidenceSources, .evidenceQuotes,
     type: type(it), source: startNode(it).id, target: endNode(it).id,
     attributes: [key IN keys(it) WHERE key STARTS WITH 'attr_' | [substring(key, 5), it[key]]] }
