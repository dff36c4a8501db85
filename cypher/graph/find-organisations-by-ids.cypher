// $ids: organisation ids. Returns: organisation (fragments/organisation; one row per existing id).
MATCH (o:Organisation) WHERE o.id IN $ids
RETURN {{> organisation o}} AS organisation
ORDER BY o.id
