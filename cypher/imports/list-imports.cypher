// Import records, newest first. $limit: integer. Returns: import (all its properties).
MATCH (i:Import)
RETURN i { .* } AS import
ORDER BY i.startedAt DESC, i.id
LIMIT $limit
