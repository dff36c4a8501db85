// Creates a network (CREATE: the id constraint refuses a taken id). $id: slug; $label: text.
// Returns: network { id, label }.
CREATE (n:Network {id: $id, label: $label, createdAt: toString(datetime())})
RETURN n { .id, .label } AS network
