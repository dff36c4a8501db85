// One import record. $id. Returns: import (all its properties).
MATCH (i:Import {id: $id})
RETURN i { .* } AS import
