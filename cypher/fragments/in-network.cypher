// Does the organisation `it` belong to the network $network? Only entry points need it (search, lists, counts, the
// seeds of a traversal): a tie only ever joins two organisations of one network, so whatever is reached from an
// organisation of $network is in $network too. Indexed (schema/organisation-network-index). Include with `{{> in-network o}}`.
it.network = $network
