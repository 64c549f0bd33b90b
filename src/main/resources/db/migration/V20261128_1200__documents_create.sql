-- Documents: one row per document (its metadata), one row per uploaded version (bytes, extracted text and the
-- full-text vector). Other modules' ids (meetings) are plain uuids, never foreign keys.
create table document (
  id                 uuid primary key,
  kind               varchar(30)  not null,
  title_es           text,
  title_en           text,
  title_pt           text,
  title_fr           text,
  summary_es         text,
  summary_en         text,
  summary_pt         text,
  summary_fr         text,
  language           varchar(2)   not null,
  document_date      date         not null,
  confidentiality    varchar(20)  not null,
  processes          text[]       not null default '{}',
  thematic_sessions  int[]        not null default '{}',
  objectives         int[]        not null default '{}',
  meeting_id         uuid,
  workflow_state     varchar(30),
  approved_meeting_id    uuid,
  approved_meeting_title text,
  current_version    int          not null default 0,
  indexed_version    int,
  created_by         varchar(100) not null,
  created_at         timestamptz  not null default now(),
  updated_at         timestamptz  not null default now(),
  version            bigint       not null default 0,
  -- every title in one lower-cased, accent-free string, for typo-tolerant title matching
  title_search       text generated always as (lower(puente_unaccent(
                       coalesce(title_es, '') || ' ' || coalesce(title_en, '') || ' ' ||
                       coalesce(title_pt, '') || ' ' || coalesce(title_fr, '')))) stored,
  constraint document_has_title check (coalesce(title_es, title_en, title_pt, title_fr) is not null),
  constraint document_confidentiality check (confidentiality in ('PUBLIC', 'CONFERENCES', 'SECRETARIATS'))
);
create index document_title_trgm on document using gin (title_search gin_trgm_ops);
create index document_meeting on document (meeting_id);
create index document_date_idx on document (document_date desc);
create index document_sessions on document using gin (thematic_sessions);
create index document_objectives on document using gin (objectives);

create table document_version (
  document_id        uuid         not null references document (id) on delete cascade,
  number             int          not null,
  file_name          text         not null,
  media_type         varchar(120) not null,
  size_bytes         bigint       not null,
  sha256             varchar(64)  not null,
  content            bytea        not null,
  uploaded_by        varchar(100) not null,
  uploaded_at        timestamptz  not null default now(),
  note               text,
  extraction_status  varchar(20)  not null default 'PENDING',
  extraction_error   varchar(100),
  extracted_text     text,
  truncated          boolean      not null default false,
  search_vector      tsvector,
  primary key (document_id, number),
  constraint version_status check (extraction_status in ('PENDING', 'RUNNING', 'DONE', 'FAILED'))
);
create index document_version_search on document_version using gin (search_vector);
create index document_version_pending on document_version (extraction_status) where extraction_status in ('PENDING', 'RUNNING');

-- The words the documents contain (accent-free, lower case), with the least confidential level they appear at,
-- so "did you mean" can only suggest words the reader is allowed to find. 0 public, 1 conferences, 2 secretariats.
create table document_word (
  word   text not null,
  level  smallint not null,
  primary key (word, level)
);
create index document_word_trgm on document_word using gin (word gin_trgm_ops);

-- Bi-regional inputs move draft → agreed in a conference → approved in plenary → submitted; who moved them, when.
create table document_transition (
  id             bigserial primary key,
  document_id    uuid         not null references document (id) on delete cascade,
  from_state     varchar(30),
  to_state       varchar(30)  not null,
  meeting_id     uuid,
  meeting_title  text,
  comment        text,
  actor          varchar(100) not null,
  at             timestamptz  not null default now()
);
create index document_transition_doc on document_transition (document_id, at);

-- Comments on an input by anyone who may read it (focal points comment, secretariats move).
create table document_comment (
  id           bigserial primary key,
  document_id  uuid         not null references document (id) on delete cascade,
  author       varchar(100) not null,
  body         text         not null,
  at           timestamptz  not null default now()
);

-- Accent-folding configurations used for highlighting, so a query typed without accents marks the accented word.
create text search configuration documents_es (copy = spanish);
alter text search configuration documents_es alter mapping for hword, hword_part, word with public.unaccent, spanish_stem;
create text search configuration documents_en (copy = english);
alter text search configuration documents_en alter mapping for hword, hword_part, word with public.unaccent, english_stem;
create text search configuration documents_pt (copy = portuguese);
alter text search configuration documents_pt alter mapping for hword, hword_part, word with public.unaccent, portuguese_stem;
create text search configuration documents_fr (copy = french);
alter text search configuration documents_fr alter mapping for hword, hword_part, word with public.unaccent, french_stem;
create text search configuration documents_simple (copy = simple);
alter text search configuration documents_simple alter mapping for hword, hword_part, word with public.unaccent, simple;
