// Is `it` (a tie or an organisation) in force at some time between $inForceFrom and $inForceTo (ISO days, both
// included; a null bound is open)? The rule of server/contract/in-force.ts on the partial dates as written: since
// counts from its first day (as text, "2019" <= "2019-01-01"), until to its last ("2022-07" covers all of July).
// Include with `{{> in-force r}}`; with both bounds one day, it reads "in force on that day".
(it.since IS NULL OR $inForceTo IS NULL OR it.since <= $inForceTo)
AND (it.until IS NULL OR $inForceFrom IS NULL OR left($inForceFrom, size(it.until)) <= it.until)
