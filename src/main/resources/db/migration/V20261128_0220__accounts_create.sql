create table account (
  id uuid primary key,
  username varchar(60) not null,
  email text not null,
  display_name text not null,
  password_hash text,
  role varchar(20) not null,
  process_code varchar(8),
  country_iso2 varchar(2),
  person_id uuid,
  language varchar(2) not null default 'es',
  enabled boolean not null default true,
  failed_attempts int not null default 0,
  locked_until timestamptz,
  calendar_token varchar(64),
  created_at timestamptz not null default now(),
  version bigint not null default 0
);
create unique index account_username_uk on account (lower(username));
create unique index account_email_uk on account (lower(email));
create unique index account_calendar_token_uk on account (calendar_token) where calendar_token is not null;
