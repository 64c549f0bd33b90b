-- Meetings read from another calendar's .ics file are drafts (reserved) until a secretariat confirms them.
alter table meeting add column draft boolean not null default false;
