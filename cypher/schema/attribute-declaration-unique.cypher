// One declaration (its type) per extra attribute name of organisations or of ties, in each network.
CREATE CONSTRAINT attribute_declaration_in_network IF NOT EXISTS FOR (a:AttributeDeclaration) REQUIRE (a.network, a.scope, a.name) IS UNIQUE
