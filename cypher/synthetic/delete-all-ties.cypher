// Reset, step 1 (auto-commit only: CALL IN TRANSACTIONS): deletes every relationship in batches. DETACH DELETE alone
// deletes a supernode's ties (the care regulator has ~70k) in one inner transaction and exceeds the memory pool.
// No params.
MATCH ()-[r]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 10000 ROWS
