// Rolling an import back: deletes the ties of one type it created. {{type}}: a relationship type from the
// vocabulary. $ties: [{ id, source, target }]. Returns nothing.
UNWIND $ties AS tie
MATCH (:Organisation {id: tie.source})-[r{{type}} {id: tie.id}]->(:Organisation {id: tie.target})
DELETE r
