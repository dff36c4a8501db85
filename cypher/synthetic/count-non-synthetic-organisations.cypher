// Guard before a synthetic load or reset: how many organisations are NOT synthetic (the reviewed data set, or anyone's).
// No params. Returns: count.
MATCH (o:Organisation)
WHERE o.synthetic IS NULL OR o.synthetic <> true
RETURN count(o) AS count
