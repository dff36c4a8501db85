// Empties the database in batches (auto-commit only: CALL IN TRANSACTIONS). Used by `npm run seed -- --reset` and tests.
MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
