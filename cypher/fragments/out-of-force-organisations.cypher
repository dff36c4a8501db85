// The organisations *not* in force at any time between $inForceFrom and $inForceTo (the complement of
// fragments/in-force, by the same rule), found through the range indexes on since and until (schema/organisation-since-
// index, -until-index) rather than by reading two absent properties of every organisation a search passes: a path or
// neighbourhood search then checks a node against this short list by identity. Include as an expression,
// `{{> out-of-force-organisations x}}` (x names the organisation inside; it is not bound outside). An until that sorts
// before the day has ended unless it is a prefix of it ("2022-07" sorts before "2022-07-15" but covers it): written
// as STARTS WITH, which the planner keeps apart from the index range (`left(…) > until` made it scan every organisation).
COLLECT {
  MATCH (it:Organisation) WHERE it.since > $inForceTo RETURN it
  UNION
  MATCH (it:Organisation) WHERE it.until < $inForceFrom AND NOT $inForceFrom STARTS WITH it.until RETURN it
}
