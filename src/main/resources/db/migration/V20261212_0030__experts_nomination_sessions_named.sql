-- An expert proposed for a session she did not name (listed for session 6, proposed for 1): the conferences may allow
-- it, so the proposal is recorded, with the sessions she had named ("6") as a warning the Technical Secretariat sees
-- in the round. Null when the session was one of hers, or she named none.
alter table experts_nomination add column sessions_named varchar(100);
