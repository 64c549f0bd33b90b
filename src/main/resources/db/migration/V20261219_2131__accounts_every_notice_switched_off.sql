-- Every notice mail carries a one-click unsubscribe that stops that kind of notice for that account (RFC 8058), and
-- the account page shows the same switch: agreements confirmed, agreements' due-date reminders, consultations,
-- amendment rounds, flow alerts and good practices' review, beside the weekly digest and meeting notices. On by
-- default, as those two: nobody stops receiving a mail they received until now.
alter table account add column agreement_notices boolean not null default true;
alter table account add column agreement_reminders boolean not null default true;
alter table account add column consultation_notices boolean not null default true;
alter table account add column drafting_notices boolean not null default true;
alter table account add column flow_alerts boolean not null default true;
alter table account add column practice_notices boolean not null default true;
