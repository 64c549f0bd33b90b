-- An observer account acts for an organisation of the directory (IOM, OAS, UNHCR…), named by the organisation's code:
-- a meeting that invites the organisation tells its observers, as it tells the focal points of the countries it
-- invites. The observer may switch these notices off (on unless they do, as the weekly digest).
alter table account add column organisation_code varchar(40);
alter table account add column meeting_notices boolean not null default true;
