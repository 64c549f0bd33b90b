-- The time zone a person reads meeting times in (walk 10 #7), an IANA region id ("America/Argentina/Buenos_Aires").
-- Null: the zone of the account's country, else of its conference's secretariat, else the browser's.
alter table account add column time_zone varchar(64);
