// The network-wide feed of edits between two instants, newest first (a curator reviewing last month's edits).
// $since, $until: ISO date-times (since included, until excluded); $limit: integer. Returns: change (all its properties).
MATCH (c:Change)
WHERE c.at >= $since AND c.at < $until
RETURN c { .* } AS change
ORDER BY c.at DESC, c.seq DESC
LIMIT $limit
