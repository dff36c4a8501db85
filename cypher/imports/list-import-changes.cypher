// Every change an import wrote, in the order it wrote them. $id: import id. Returns: change (all its properties).
MATCH (c:Change {importId: $id})
RETURN c { .* } AS change
ORDER BY c.at, c.seq
