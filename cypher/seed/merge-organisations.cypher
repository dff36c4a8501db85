// $organisations: [{ id, name, shortName, aliases, aliasesText, kind, sector, city, country, description, url, since, until }]
UNWIND $organisations AS org
MERGE (o:Organisation {id: org.id})
SET o.name = org.name, o.shortName = org.shortName, o.aliases = org.aliases, o.aliasesText = org.aliasesText,
    o.kind = org.kind, o.sector = org.sector, o.city = org.city, o.country = org.country,
    o.description = org.description, o.url = org.url, o.since = org.since, o.until = org.until
