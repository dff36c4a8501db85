// How many ties of a network have a type (a type in use cannot be deleted). {{type}}: the type, from the vocabulary.
// $network. Returns: uses.
MATCH (o:Organisation)-[r{{type}}]->() WHERE {{> in-network o}}
RETURN count(r) AS uses
