-- The notices sent to a presidency's focal points (agreements.PresidencyNotices): when it is recorded, and on the day
-- it takes office if that is later. One row per presidency (the directory's role id, no foreign key across modules),
-- kind and address, claimed by the node that sends it: two nodes, an hourly job run twice, or a presidency saved
-- again never send the same notice twice. sent_on is the conference's day it was sent.
create table presidency_notice (
  role_id uuid not null,
  kind varchar(20) not null,
  recipient text not null,
  sent_on date not null,
  sent_at timestamptz not null default now(),
  primary key (role_id, kind, recipient)
);
