// The changes that touched an organisation (itself, or a tie at either end), newest first. Kept after the
// organisation is deleted. $id: organisation id; $limit: integer. Returns: change (all its properties).
CALL {
  MATCH (c:Change {organisationId: $id}) RETURN c
  UNION
  MATCH (c:Change {otherOrganisationId: $id}) RETURN c
}
RETURN c { .* } AS change
ORDER BY c.at DESC, c.seq DESC
LIMIT $limit
