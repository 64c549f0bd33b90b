-- The bi-regional glossary: terms in four languages, what each country says a term means, and the shared
-- (bi-regional) definition as it moves from proposal to adoption.
create table glossary_term (
  id uuid primary key,
  slug varchar(120) not null unique,
  label_es text, label_en text, label_pt text, label_fr text,
  -- synonyms, one per line, per language
  synonyms_es text not null default '', synonyms_en text not null default '',
  synonyms_pt text not null default '', synonyms_fr text not null default '',
  note text,
  version bigint not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index glossary_term_fts on glossary_term using gin (to_tsvector('simple', puente_unaccent(lower(
  coalesce(label_es, '') || ' ' || coalesce(label_en, '') || ' ' || coalesce(label_pt, '') || ' ' || coalesce(label_fr, '')
  || ' ' || synonyms_es || ' ' || synonyms_en || ' ' || synonyms_pt || ' ' || synonyms_fr))));
create index glossary_term_trgm on glossary_term using gin (puente_unaccent(lower(
  coalesce(label_es, '') || ' ' || coalesce(label_en, '') || ' ' || coalesce(label_pt, '') || ' ' || coalesce(label_fr, '')
  || ' ' || synonyms_es || ' ' || synonyms_en || ' ' || synonyms_pt || ' ' || synonyms_fr)) gin_trgm_ops);

-- A country's own definition: from a questionnaire answer (answer_id) or entered by a secretariat (source).
create table glossary_country_definition (
  id uuid primary key,
  term_id uuid not null references glossary_term(id) on delete cascade,
  country_iso2 varchar(2) not null,
  language varchar(2) not null,
  text text not null,
  source text not null,
  questionnaire_id uuid,
  answer_id uuid unique,
  version bigint not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index glossary_country_definition_term on glossary_country_definition (term_id);

-- The shared definition of both conferences; meeting_id points into the meetings capability (no foreign key).
create table glossary_biregional_definition (
  term_id uuid primary key references glossary_term(id) on delete cascade,
  text_es text, text_en text, text_pt text, text_fr text,
  status varchar(20) not null,
  meeting_id uuid,
  meeting_title text,
  meeting_date date,
  version bigint not null default 0,
  updated_at timestamptz not null default now()
);

-- Every step of a bi-regional definition, shown on the term's page (the audit log keeps the full states).
create table glossary_definition_event (
  id bigserial primary key,
  term_id uuid not null references glossary_term(id) on delete cascade,
  status varchar(20) not null,
  actor text not null,
  note text,
  at timestamptz not null default now()
);
