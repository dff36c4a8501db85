// Is `it` (a tie or an organisation) in force at some time between $inForceFrom and $inForceTo (ISO days, both
// included; a null bound is open)? The rule of server/contract/in-force.ts on the partial dates as written: since
// counts from its first day (as text, "2019" <= "2019-01-01"), until to its last ("2022-07" covers all of July).
// Include with `{{> in-force r}}`; with both bounds one day, it reads "in force on that day".
// The bounds are tested before the dates: without a window (every view without asOf) no date is read at all. Reading
// them costs a walk of each tie's property chain; ranking the 200,000 national organisations by ties this way took
// half the time (840 → 420 ms) before it moved to the degree store (graph/find-best-connected).
($inForceTo IS NULL OR it.since IS NULL OR it.since <= $inForceTo)
AND ($inForceFrom IS NULL OR it.until IS NULL OR left($inForceFrom, size(it.until)) <= it.until)
