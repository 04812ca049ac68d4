// newsgraph's schema, applied at every start (idempotent: IF NOT EXISTS). One statement per entry,
// separated by semicolons; src/graph/apply-schema.ts runs them in order.

CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;

CREATE INDEX article_content_hash IF NOT EXISTS FOR (a:Article) ON (a.contentHash);
CREATE INDEX article_published_at IF NOT EXISTS FOR (a:Article) ON (a.publishedAt);
CREATE INDEX entity_name_key IF NOT EXISTS FOR (e:Entity) ON (e.nameKey);
CREATE INDEX entity_type_name IF NOT EXISTS FOR (e:Entity) ON (e.type, e.name);
CREATE INDEX company_name IF NOT EXISTS FOR (c:Company) ON (c.name);
CREATE INDEX listing_symbol IF NOT EXISTS FOR (l:Listing) ON (l.symbol);

CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } };

// Exact alias lookups for entity resolution: one keyword term per normalised alias.
CREATE FULLTEXT INDEX entity_alias_keys IF NOT EXISTS FOR (e:Entity) ON EACH [e.aliasKeys]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'keyword' } };

CREATE INDEX rel_key_partners_with IF NOT EXISTS FOR ()-[r:PARTNERS_WITH]-() ON (r.key);
CREATE INDEX rel_key_benefits_from IF NOT EXISTS FOR ()-[r:BENEFITS_FROM]-() ON (r.key);
CREATE INDEX rel_key_moved_by IF NOT EXISTS FOR ()-[r:MOVED_BY]-() ON (r.key);
CREATE INDEX rel_key_acquires IF NOT EXISTS FOR ()-[r:ACQUIRES]-() ON (r.key);
CREATE INDEX rel_key_bids_for IF NOT EXISTS FOR ()-[r:BIDS_FOR]-() ON (r.key);
CREATE INDEX rel_key_invests_in IF NOT EXISTS FOR ()-[r:INVESTS_IN]-() ON (r.key);
CREATE INDEX rel_key_leads IF NOT EXISTS FOR ()-[r:LEADS]-() ON (r.key);
CREATE INDEX rel_key_listed_as IF NOT EXISTS FOR ()-[r:LISTED_AS]-() ON (r.key);
CREATE INDEX rel_key_involves IF NOT EXISTS FOR ()-[r:INVOLVES]-() ON (r.key);
CREATE INDEX rel_key_subsidiary_of IF NOT EXISTS FOR ()-[r:SUBSIDIARY_OF]-() ON (r.key);
CREATE INDEX rel_key_produces IF NOT EXISTS FOR ()-[r:PRODUCES]-() ON (r.key);
CREATE INDEX rel_key_merges_with IF NOT EXISTS FOR ()-[r:MERGES_WITH]-() ON (r.key);
CREATE INDEX moved_by_date IF NOT EXISTS FOR ()-[r:MOVED_BY]-() ON (r.date);
