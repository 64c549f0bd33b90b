-- Experts: the roster the two conferences propose speakers from, nomination rounds with a quota per thematic
-- session and conference, the refusals a round met, and the letter template each secretariat can edit.
-- Only the personal data a nomination needs is held; an entry is exported and erased with its nominations.
create table experts_expert (
  id                 uuid primary key,
  full_name          varchar(200) not null,
  email              varchar(254) not null,
  affiliation        varchar(300) not null,
  country_iso2       varchar(2)   not null,
  languages          varchar(100) not null,
  sessions           varchar(50)  not null default '',
  objectives         varchar(100) not null default '',
  bio                text         not null,
  links              text         not null default '',
  gender             varchar(20)  not null,
  region             varchar(30)  not null,
  consent_listed     boolean      not null default false,
  consent_share_un   boolean      not null default false,
  consent_on         date,
  consent_withdrawn_on date,
  created_by         varchar(100) not null,
  created_at         timestamptz  not null default now(),
  version            bigint       not null default 0,
  constraint experts_expert_gender check (gender in ('FEMALE', 'MALE', 'OTHER', 'UNDISCLOSED')),
  constraint experts_expert_region check (region in ('NORTH_AMERICA', 'CENTRAL_AMERICA', 'CARIBBEAN', 'SOUTH_AMERICA', 'OUTSIDE'))
);
-- the same person is the same name and e-mail, whatever the case
create unique index experts_expert_identity on experts_expert (lower(full_name), lower(email));

create table experts_round (
  id               uuid primary key,
  title            varchar(300) not null,
  sessions         varchar(50)  not null,
  quota            int          not null,
  deadline         date         not null,
  approved_crm_by  varchar(100),
  approved_crm_on  date,
  approved_crm_country varchar(2),
  approved_csm_by  varchar(100),
  approved_csm_on  date,
  approved_csm_country varchar(2),
  created_by       varchar(100) not null,
  created_at       timestamptz  not null default now(),
  version          bigint       not null default 0,
  constraint experts_round_quota check (quota between 1 and 20)
);

create table experts_nomination (
  id            uuid primary key,
  round_id      uuid         not null references experts_round (id) on delete cascade,
  expert_id     uuid         not null references experts_expert (id) on delete cascade,
  session       int          not null,
  conference    varchar(3)   not null,
  country_iso2  varchar(2)   not null,
  status        varchar(20)  not null,
  reason        text,
  proposed_by   varchar(100) not null,
  proposed_on   date         not null,
  decided_by    varchar(100),
  decided_on    date,
  version       bigint       not null default 0,
  constraint experts_nomination_conference check (conference in ('CRM', 'CSM')),
  constraint experts_nomination_status check (status in ('PROPOSED', 'AGREED', 'DECLINED', 'WITHDRAWN'))
);
create index experts_nomination_round on experts_nomination (round_id, session, conference);

-- what a round refused (a nominee over the quota, after the deadline, without consent, from outside the
-- conference), kept so both secretariats see it; the expert's id is cleared when the entry is erased
create table experts_refusal (
  id            uuid primary key,
  round_id      uuid         not null references experts_round (id) on delete cascade,
  expert_id     uuid         references experts_expert (id) on delete set null,
  session       int          not null,
  conference    varchar(3)   not null,
  country_iso2  varchar(2)   not null,
  reason_key    varchar(100) not null,
  refused_by    varchar(100) not null,
  refused_on    date         not null
);

create table experts_letter_template (
  lang        varchar(2)   primary key,
  body        text         not null,
  updated_by  varchar(100) not null,
  updated_at  timestamptz  not null default now(),
  version     bigint       not null default 0
);
