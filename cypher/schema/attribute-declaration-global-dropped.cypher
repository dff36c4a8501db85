// Declarations were once unique per database (scope, name); they are per network now, so that constraint goes.
DROP CONSTRAINT attribute_declaration IF EXISTS
