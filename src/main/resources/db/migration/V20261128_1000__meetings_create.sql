-- Meetings of the CRM and the CSM and of the bodies around them. A joint meeting is one row whose processes
-- list both conferences. Lists of ids of other capabilities (organisations, people) are stored as text, without
-- foreign keys into their tables.
create table meeting (
  id uuid primary key,
  uid varchar(255) not null unique,
  title_es text not null,
  title_en text,
  title_pt text,
  title_fr text,
  kind varchar(40) not null,
  processes text not null default '',
  bodies text not null default '',
  host_meeting_id uuid references meeting (id) on delete set null,
  host_relation varchar(20),
  city text,
  country_iso2 varchar(2),
  venue text,
  online_url text,
  precision varchar(10) not null,
  start_date date not null,
  end_date date not null,
  starts_at timestamp,
  ends_at timestamp,
  time_zone varchar(64),
  status varchar(20) not null,
  visibility varchar(20) not null,
  participant_countries text not null default '',
  participant_organisations text not null default '',
  participant_people text not null default '',
  agenda text,
  sequence integer not null default 0,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  version bigint not null default 0,
  constraint meeting_dates_ordered check (end_date >= start_date)
);
create index meeting_start_idx on meeting (start_date);
create index meeting_search_idx on meeting using gin (to_tsvector('simple', puente_unaccent(
  coalesce(title_es, '') || ' ' || coalesce(title_en, '') || ' ' || coalesce(title_pt, '') || ' ' ||
  coalesce(title_fr, '') || ' ' || coalesce(agenda, '') || ' ' || coalesce(city, ''))));

create table meeting_attachment (
  meeting_id uuid not null references meeting (id) on delete cascade,
  position integer not null,
  title text not null,
  url text,
  file_name text,
  primary key (meeting_id, position)
);

-- A person who follows a meeting: change notices, and a reminder N days before when reminder_days is set.
create table meeting_subscription (
  account_id uuid not null,
  meeting_id uuid not null references meeting (id) on delete cascade,
  reminder_days integer,
  created_at timestamptz not null default now(),
  primary key (account_id, meeting_id)
);

-- Which reminder went to whom for which start date: the insert is the claim, so no node sends one twice.
create table meeting_reminder_sent (
  account_id uuid not null,
  meeting_id uuid not null references meeting (id) on delete cascade,
  start_date date not null,
  sent_at timestamptz not null default now(),
  primary key (account_id, meeting_id, start_date)
);
