-- Whether a person gets the weekly digest of their due and overdue agreements (on unless they switch it off).
alter table account add column weekly_digest boolean not null default true;
