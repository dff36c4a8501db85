// One network, to check a request's `network` parameter. $network: its id. Returns: network { id, label } (no row if unknown).
MATCH (n:Network {id: $network})
RETURN n { .id, .label } AS network
