-- The language a notice is written in (its recipients'), sent as the mail's Content-Language and kept with the
-- development outbox's copy, whose pages mark each subject and body with it (lang). Null for what was written before.
alter table notice add column language text;
alter table outbox_message add column language text;
