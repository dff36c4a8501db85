// Migration, run at every schema setup: organisations written before networks existed (no network key) join the
// default network. Idempotent, and batched so a national-scale database is migrated in bounded transactions.
// $network: the default network's id. Auto-commit only (CALL … IN TRANSACTIONS). Returns nothing.
MATCH (o:Organisation) WHERE o.network IS NULL
CALL (o) { SET o.network = $network } IN TRANSACTIONS OF 10000 ROWS
