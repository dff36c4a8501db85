// Strings that try to break out of where user text goes: Cypher (quotes, comments, clauses, relationship-type and
// hop slots), Lucene (the full-text search), XML/CSV/Cypher exports, and the page. Shared by the fuzz run's
// dictionaries and tests/hardening, so both throw the same things at the API.

/** Aimed at Cypher text: every one would change a query if it were concatenated instead of passed as a parameter. */
export const CYPHER_INJECTION = [
  "' OR 1=1 //",
  "x' }) DETACH DELETE n //",
  "leeds-teaching-hospitals'}) MATCH (n) DETACH DELETE n RETURN 1 AS id //",
  '"}) MATCH (n) DETACH DELETE n //',
  '`) DETACH DELETE n //',
  'COMMISSIONS]-() MATCH (n) DETACH DELETE n //',
  'COMMISSIONS|MEMBER_OF]-(x) DETACH DELETE x //',
  ':COMMISSIONS*1..100',
  '1..100',
  '8}]->(x) DETACH DELETE x //',
  '$from',
  '{{types}}',
  "\\' DETACH DELETE n //",
  '/* */ MATCH (n) SET n.pwned = true //',
  'CALL dbms.components() YIELD name RETURN name //',
  'LOAD CSV FROM "file:///etc/passwd" AS line RETURN line //',
];

/** Lucene query syntax for the search box: wildcards, fields, ranges, fuzzy/boost operators, regex, escapes. */
export const LUCENE_SYNTAX = [
  '*',
  '*:*',
  '?',
  'name:*',
  'id:leeds* OR kind:trust',
  '[a TO z]',
  '{* TO *}',
  '/.*/',
  '/[a-z]{1,100}(a|aa)+$/',
  'leeds~100',
  'leeds^1000',
  '"unclosed phrase',
  '(((((((((((((((',
  'AND OR NOT && || !',
  '\\',
  'a\\',
  '+-&&||!(){}[]^"~*?:\\/',
  "king's",
  '¿¡ 🙂 \u0000 \u202e',
];

/** Names and quotes that a careless exporter would turn into markup, formulas or Cypher statements. */
export const EXPORT_INJECTION = [
  '<script>alert(1)</script>',
  ']]><!ENTITY xxe SYSTEM "file:///etc/passwd">',
  '" /><node id="injected"/><data key="',
  '=HYPERLINK("http://127.0.0.1/x","click")',
  '+SUM(1+1)',
  '-2+3',
  '@cmd',
  'line one\nline two\r\n",injected,"',
  "'}) MATCH (n) DETACH DELETE n //",
  '\\u0027 \\\' `backtick`',
];

export const HOSTILE_STRINGS = [...CYPHER_INJECTION, ...LUCENE_SYNTAX, ...EXPORT_INJECTION];
