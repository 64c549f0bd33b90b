-- Entries that repeat (refused sign-ins of one account from one address) are counted once there are many: the first
-- few are written one by one, then one entry per window holds how many there were (fold_count) from its `at` until
-- fold_until. fold_key names what is counted together (AuditTrail).
alter table audit_entry add column fold_key text;
alter table audit_entry add column fold_count integer;
alter table audit_entry add column fold_until timestamptz;
create index audit_entry_fold_idx on audit_entry (fold_key, at) where fold_key is not null;
