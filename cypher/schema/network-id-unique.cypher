// Each network (a separate graph in the one database) has a unique slug id.
CREATE CONSTRAINT network_id IF NOT EXISTS FOR (n:Network) REQUIRE n.id IS UNIQUE
