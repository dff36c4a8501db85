// Rolling an import back: deletes the organisations it created (their ties from it are already gone; any other tie
// was refused before). $ids: organisation ids. Returns nothing.
UNWIND $ids AS id
MATCH (o:Organisation {id: id})
DETACH DELETE o
