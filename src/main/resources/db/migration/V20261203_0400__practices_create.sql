-- Good practices: a catalogue of the countries' practices, each saying why it is a good practice and how it
-- contributes to the Global Compact (PMM), submitted by focal points, reviewed by a secretariat and published once
-- accepted; and the joint prioritisation, where each country ranks the accepted practices of a thematic session.
-- Other modules' ids (documents) are plain uuids, never foreign keys.
create table practice (
  id                 uuid primary key,
  process            varchar(10)  not null,
  countries          text[]       not null,
  original_language  varchar(2)   not null,
  thematic_sessions  int[]        not null default '{}',
  objectives         int[]        not null default '{}',
  target_groups      text[]       not null default '{}',
  period_from        int          not null,
  period_to          int,
  results            text,
  contact_name       text,
  contact_email      text,
  documents          uuid[]       not null default '{}',
  status             varchar(20)  not null,
  review_note        text,
  demo               boolean      not null default false,
  created_by         varchar(100) not null,
  created_at         timestamptz  not null default now(),
  submitted_at       timestamptz,
  accepted_at        timestamptz,
  version            bigint       not null default 0,
  constraint practice_status check (status in ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'ACCEPTED')),
  constraint practice_process check (process in ('CRM', 'CSM')),
  constraint practice_language check (original_language in ('es', 'en', 'pt', 'fr')),
  constraint practice_period check (period_to is null or period_to >= period_from)
);
create index practice_status on practice (status);

-- the texts in each language: the original language's is required, translations are added when they exist
create table practice_text (
  practice_id  uuid        not null references practice (id) on delete cascade,
  language     varchar(2)  not null,
  title        text        not null,
  summary      text        not null,
  why          text        not null,
  how          text        not null,
  primary key (practice_id, language),
  constraint practice_text_language check (language in ('es', 'en', 'pt', 'fr'))
);

-- one country's ranking of the accepted practices of a thematic session: the practices in order, best first
create table practice_ranking (
  id                uuid primary key,
  thematic_session  int          not null,
  country           varchar(2)   not null,
  process           varchar(10)  not null,
  practices         uuid[]       not null,
  ranked_by         varchar(100) not null,
  updated_at        timestamptz  not null default now(),
  version           bigint       not null default 0,
  constraint practice_ranking_one unique (thematic_session, country),
  constraint practice_ranking_session check (thematic_session between 1 and 6)
);
