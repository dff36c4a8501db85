// Does the organisation `it` have every extra attribute value of $attributes ([{ key: 'attr_<name>', value }],
// keys checked against the declared attributes; a list attribute holds the value)? Include with `{{> attribute-filter o}}`.
all(filter IN $attributes WHERE CASE WHEN it[filter.key] IS :: LIST<ANY> THEN filter.value IN it[filter.key] ELSE it[filter.key] = filter.value END)
