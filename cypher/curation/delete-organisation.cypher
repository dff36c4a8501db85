// Deletes an organisation and its ties (history keeps what they were). $id. Returns nothing.
MATCH (o:Organisation {id: $id})
DETACH DELETE o
