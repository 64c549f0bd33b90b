-- The directory: who is who in the two conferences, and the roles that change over time.
create table process (
  code varchar(8) primary key,
  name_es text not null, name_en text not null, name_pt text not null, name_fr text not null,
  region text not null
);

create table member_state (
  iso2 varchar(2) not null,
  process_code varchar(8) not null references process(code),
  primary key (iso2, process_code)
);

-- Organisations (secretariats, IOM, OAS, ministries) and the conferences' own bodies (troikas, the Ad Hoc Group,
-- the plenary): both are things a person belongs to and a role is held in, so they share one table.
create table organisation (
  id uuid primary key,
  code varchar(40) not null unique,
  kind varchar(30) not null,
  process_code varchar(8) references process(code),
  name_es text not null, name_en text not null, name_pt text not null, name_fr text not null,
  version bigint not null default 0
);

create table person (
  id uuid primary key,
  full_name text not null,
  title text,
  organisation_id uuid references organisation(id),
  country_iso2 varchar(2),
  languages varchar(40) not null default 'es',
  email text,
  phone text,
  notes text,
  version bigint not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index person_email_uk on person (lower(email)) where email is not null;
create index person_name_trgm on person using gin (puente_unaccent(lower(full_name)) gin_trgm_ops);

-- PPT, troika seats and focal points: who holds which role for which process, body and topic, from when to when.
create table role_assignment (
  id uuid primary key,
  kind varchar(30) not null,
  process_code varchar(8) not null references process(code),
  country_iso2 varchar(2),
  person_id uuid references person(id),
  organisation_id uuid references organisation(id),
  topic text,
  seat varchar(20),
  starts_on date not null,
  ends_on date,
  version bigint not null default 0,
  constraint role_assignment_period check (ends_on is null or ends_on >= starts_on),
  constraint role_assignment_holder check (country_iso2 is not null or person_id is not null or organisation_id is not null)
);
create index role_assignment_period_idx on role_assignment (process_code, kind, starts_on);

-- The gazetteer: every way people write a country, organisation, body or role, in es/en/pt/fr.
create table gazetteer_alias (
  id bigserial primary key,
  alias text not null,
  lang varchar(2) not null,
  entity_ids text not null,
  unique (alias, lang)
);
