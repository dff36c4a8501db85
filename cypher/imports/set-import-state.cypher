// Marks an import failed (with why) or rolled back. $id; $state; $error: text or null; $at: ISO date-time.
// Returns: import (all its properties).
MATCH (i:Import {id: $id})
SET i.state = $state, i.error = $error, i.updatedAt = $at
RETURN i { .* } AS import
