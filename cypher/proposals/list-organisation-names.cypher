// Every organisation's names, for finding mentions in a document. No params.
// Returns: organisation { id, name, shortName, aliases }.
MATCH (o:Organisation)
RETURN o { .id, .name, .shortName, aliases: coalesce(o.aliases, []) } AS organisation
