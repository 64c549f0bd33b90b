-- One weekly digest per person and week, whichever node runs the task (db-scheduler runs it once, this makes
-- a re-run after a crash harmless too).
create table agreement_digest_sent (
  account_id uuid not null,
  week_of date not null,
  sent_at timestamptz not null default now(),
  primary key (account_id, week_of)
);
