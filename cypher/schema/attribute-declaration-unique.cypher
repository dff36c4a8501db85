// One declaration (its type) per extra attribute name of organisations or of ties.
CREATE CONSTRAINT attribute_declaration IF NOT EXISTS FOR (a:AttributeDeclaration) REQUIRE (a.scope, a.name) IS UNIQUE
