-- Each version's bytes already carry their SHA-256 (document_version.sha256, written on every upload). An upload now
-- asks whether a document of the same meeting or conference already holds the same bytes (the same file uploaded
-- twice): the lookup by hash is indexed so that it stays one index probe however large the repository grows.
create index if not exists document_version_sha256 on document_version (sha256);
