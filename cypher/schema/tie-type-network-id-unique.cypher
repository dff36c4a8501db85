// A tie type's id is unique within its network (it is also a relationship type, shared by the whole database).
CREATE CONSTRAINT tie_type_network_id IF NOT EXISTS FOR (t:TieType) REQUIRE (t.network, t.id) IS UNIQUE
