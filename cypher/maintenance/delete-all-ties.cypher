// Reset, step 1 (auto-commit only: CALL IN TRANSACTIONS): deletes every relationship in batches. DETACH DELETE alone
// deletes a supernode's ties (a national regulator has ~60,000) in one inner transaction and exceeds the memory pool.
MATCH ()-[r]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 10000 ROWS
