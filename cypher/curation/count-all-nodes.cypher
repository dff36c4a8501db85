// Is the database empty (restore refuses otherwise), and does it hold nodes a backup would not keep?
// No params. Returns: total, other (nodes that are not Organisation, Source, Change or AttributeDeclaration).
MATCH (n)
RETURN count(n) AS total,
       count(CASE WHEN n:Organisation OR n:Source OR n:Change OR n:AttributeDeclaration THEN null ELSE n END) AS other
