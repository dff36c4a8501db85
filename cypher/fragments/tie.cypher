// The tie `it` as every read returns it (server/graph/mapper.ts maps it): its stored fields, its type and its ends
// as organisation ids. A new tie field is one edit here. Include with `{{> tie r}}`.
it { .id, .since, .until, .description, .evidenceSources, .evidenceQuotes,
     type: type(it), source: startNode(it).id, target: endNode(it).id }
