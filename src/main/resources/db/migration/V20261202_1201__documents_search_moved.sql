-- The documents' full text now lives in search_entry and the search index (see docs/search.md): the per-version
-- vector, the word list for spelling suggestions, the title trigrams and the highlighting configurations go.
drop index if exists document_version_search;
alter table document_version drop column search_vector;
drop table document_word;
drop index if exists document_title_trgm;
alter table document drop column title_search;
drop text search configuration documents_es;
drop text search configuration documents_en;
drop text search configuration documents_pt;
drop text search configuration documents_fr;
drop text search configuration documents_simple;
