// A kind's id is unique within its network (two networks may each have a kind "family").
CREATE CONSTRAINT kind_network_id IF NOT EXISTS FOR (k:Kind) REQUIRE (k.network, k.id) IS UNIQUE
