-- Minutes being reviewed: the extracted proposal, kept server-side so nothing a secretariat types is lost.
-- Nothing here is an official agreement until the review is confirmed.
create table agreement_review (
  id uuid primary key,
  meeting_id uuid,                 -- the meetings capability's id; no foreign key across capabilities
  meeting_title text not null,
  meeting_date date not null,
  processes varchar(20) not null,  -- 'CRM', 'CSM' or 'CRM CSM'
  file_name text not null,
  language varchar(2) not null,
  source_text text not null,
  items text not null,             -- the proposal being corrected, as JSON
  status varchar(12) not null,     -- DRAFT, CONFIRMED, DISCARDED
  created_by uuid not null,
  created_by_name text not null,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  confirmed_at timestamptz,
  version bigint not null default 0
);

create table agreement (
  id uuid primary key,
  review_id uuid not null references agreement_review(id),
  position int not null,
  meeting_id uuid,
  meeting_title text not null,
  meeting_date date not null,
  processes varchar(20) not null,
  number varchar(20) not null,
  theme text,
  text text not null,
  status varchar(12) not null,     -- PENDING, IN_PROGRESS, DONE, CANCELLED; overdue is computed
  due_date date,
  due_precision varchar(10),
  created_by uuid not null,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  version bigint not null default 0
);
create index agreement_review_idx on agreement(review_id, position);
create index agreement_status_idx on agreement(status, due_date);
create index agreement_search_idx on agreement using gin (to_tsvector('simple', puente_unaccent(coalesce(theme, '') || ' ' || text)));

create table agreement_party (
  id uuid primary key,
  agreement_id uuid not null references agreement(id) on delete cascade,
  entity_id varchar(60) not null,  -- the gazetteer's id: country:CL, role:PPT-CRM, org:ST-CSM
  label text not null,
  responsible boolean not null
);
create index agreement_party_entity_idx on agreement_party(entity_id, responsible);

create table agreement_date (
  id uuid primary key,
  agreement_id uuid not null references agreement(id) on delete cascade,
  expression text not null,
  kind varchar(10) not null,
  precision varchar(10) not null,
  start_date date not null,
  end_date date not null,
  warning text
);

create table agreement_update (
  id uuid primary key,
  agreement_id uuid not null references agreement(id) on delete cascade,
  note text not null,
  evidence_url text,
  status_from varchar(12),
  status_to varchar(12),
  author_id uuid,
  author_name text not null,
  created_at timestamptz not null
);
create index agreement_update_idx on agreement_update(agreement_id, created_at);

create table agreement_follower (
  agreement_id uuid not null references agreement(id) on delete cascade,
  account_id uuid not null,
  primary key (agreement_id, account_id)
);

-- What the reminder task sent, so that a reminder is never sent twice.
create table agreement_reminder (
  agreement_id uuid not null references agreement(id) on delete cascade,
  kind varchar(10) not null,       -- DUE_SOON or OVERDUE
  due_date date not null,
  recipient text not null,
  sent_at timestamptz not null,
  primary key (agreement_id, kind, due_date, recipient)
);
