-- Joint drafting: a text held in paragraphs (Spanish master, aligned translations), amendments proposed per
-- paragraph by a country or a conference, supported by countries and discussed in threads, decided by a
-- secretariat or a plenary, in rounds that open and close. Other modules' ids (meetings, documents) are plain
-- uuids, never foreign keys.
create table drafting_text (
  id                    uuid primary key,
  kind                  varchar(30)  not null,
  title_es              text         not null,
  title_en              text,
  title_pt              text,
  title_fr              text,
  thematic_session      int,
  processes             text[]       not null default '{}',
  status                varchar(20)  not null,
  document_id           uuid,
  approved_meeting_id   uuid,
  approved_meeting_title text,
  approved_on           date,
  approving_agreement   text,
  submitted_on          date,
  submitted_reference   text,
  created_by            varchar(100) not null,
  created_at            timestamptz  not null default now(),
  version               bigint       not null default 0,
  constraint drafting_text_kind check (kind in ('JOINT_DECLARATION', 'BIREGIONAL_INPUT', 'CONFERENCE_DRAFT')),
  constraint drafting_text_status check (status in ('DRAFTING', 'FROZEN', 'APPROVED', 'SUBMITTED')),
  constraint drafting_text_session check (thematic_session is null or thematic_session between 1 and 6)
);
create index drafting_text_session on drafting_text (thematic_session);

create table drafting_paragraph (
  id            uuid primary key,
  text_id       uuid         not null references drafting_text (id) on delete cascade,
  position      int          not null,
  body          text         not null,
  -- raised each time the Spanish master changes: translations and amendments remember the revision they read
  revision      int          not null default 1,
  deleted       boolean      not null default false,
  version       bigint       not null default 0,
  constraint drafting_paragraph_position unique (text_id, position) deferrable initially deferred
);

create table drafting_translation (
  paragraph_id  uuid         not null references drafting_paragraph (id) on delete cascade,
  language      varchar(2)   not null,
  body          text         not null,
  based_on_revision int      not null,
  updated_by    varchar(100) not null,
  updated_at    timestamptz  not null default now(),
  primary key (paragraph_id, language),
  constraint drafting_translation_language check (language in ('en', 'pt', 'fr'))
);

create table drafting_round (
  id            uuid primary key,
  text_id       uuid         not null references drafting_text (id) on delete cascade,
  opens_on      date         not null,
  closes_at     timestamptz  not null,
  late_policy   varchar(20)  not null,
  closed        boolean      not null default false,
  reminded      boolean      not null default false,
  opened_by     varchar(100) not null,
  opened_at     timestamptz  not null default now(),
  constraint drafting_round_policy check (late_policy in ('REFUSE', 'ACCEPT_MARKED'))
);
-- at most one open round per text
create unique index drafting_round_one_open on drafting_round (text_id) where not closed;

create table drafting_amendment (
  id              uuid primary key,
  text_id         uuid         not null references drafting_text (id) on delete cascade,
  paragraph_id    uuid         not null references drafting_paragraph (id) on delete cascade,
  round_id        uuid         references drafting_round (id),
  kind            varchar(20)  not null,
  proponent       varchar(10)  not null,
  original        text,
  replacement     text,
  reason          text         not null,
  base_revision   int          not null,
  base_body       text         not null,
  late            boolean      not null default false,
  status          varchar(20)  not null,
  merged_into     uuid         references drafting_amendment (id),
  decided_by      varchar(100),
  decided_at      timestamptz,
  decision_meeting_id    uuid,
  decision_meeting_title text,
  decision_note   text,
  created_by      varchar(100) not null,
  created_at      timestamptz  not null default now(),
  version         bigint       not null default 0,
  constraint drafting_amendment_kind check (kind in ('INSERT_AFTER', 'DELETE', 'REPLACE', 'COMMENT')),
  constraint drafting_amendment_status check (status in ('PROPOSED', 'ACCEPTED', 'REJECTED', 'MERGED', 'WITHDRAWN'))
);
create index drafting_amendment_text on drafting_amendment (text_id, status);

create table drafting_support (
  amendment_id  uuid         not null references drafting_amendment (id) on delete cascade,
  country_iso2  varchar(2)   not null,
  supported_by  varchar(100) not null,
  supported_at  timestamptz  not null default now(),
  primary key (amendment_id, country_iso2)
);

create table drafting_comment (
  id            uuid primary key,
  amendment_id  uuid         not null references drafting_amendment (id) on delete cascade,
  parent_id     uuid         references drafting_comment (id) on delete cascade,
  author        varchar(100) not null,
  author_name   text         not null,
  body          text         not null,
  created_at    timestamptz  not null default now()
);
create index drafting_comment_amendment on drafting_comment (amendment_id, created_at);

-- What a person typed in an amendment form and has not yet proposed: kept on the server as they type, so a
-- closed tab or an ended session loses nothing.
create table drafting_amendment_draft (
  account       varchar(100) not null,
  paragraph_id  uuid         not null references drafting_paragraph (id) on delete cascade,
  fields        jsonb        not null,
  saved_at      timestamptz  not null default now(),
  primary key (account, paragraph_id)
);

-- Every wording a paragraph has had, so a proponent whose paragraph changed under them sees what they read.
create table drafting_paragraph_revision (
  paragraph_id  uuid         not null references drafting_paragraph (id) on delete cascade,
  revision      int          not null,
  body          text         not null,
  written_at    timestamptz  not null default now(),
  primary key (paragraph_id, revision)
);
