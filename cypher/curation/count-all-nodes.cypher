// Is the database empty (restore refuses otherwise), and does it hold nodes a backup would not keep?
// No params. Returns: total, other (nodes that are not Organisation, Source, Change, Network, Kind, TieType or
// AttributeDeclaration, nor the whole-network measures, which are recomputed from the network rather than backed up).
MATCH (n)
RETURN count(n) AS total,
       count(CASE WHEN n:Organisation OR n:Source OR n:Change OR n:Network OR n:Kind OR n:TieType OR n:AttributeDeclaration OR n:MeasureRun OR n:OrganisationMeasures THEN null ELSE n END) AS other
