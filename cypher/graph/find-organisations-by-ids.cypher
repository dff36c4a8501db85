// $ids: organisation ids; $network: network id (ids of another network are not found). Returns: organisation (fragments/organisation; one row per existing id).
MATCH (o:Organisation) WHERE o.id IN $ids AND {{> in-network o}}
RETURN {{> organisation o}} AS organisation
ORDER BY o.id
