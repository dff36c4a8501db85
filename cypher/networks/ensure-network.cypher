// Makes sure a network exists (the default one at schema setup, a data set's at seed time); an existing one keeps its label.
// $id: slug; $label: text. Returns nothing.
MERGE (n:Network {id: $id})
ON CREATE SET n.label = $label, n.createdAt = toString(datetime())
