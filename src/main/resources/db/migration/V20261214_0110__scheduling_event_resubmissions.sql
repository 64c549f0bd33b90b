-- How often the resubmission job has delivered an event publication again, and when it may next: after
-- puente.events.max-resubmissions it stops, and the publication is shown failed at /admin/deliveries. A row goes
-- when its publication completes.
create table event_resubmission (
  publication_id uuid primary key,
  attempts int not null default 0,
  last_attempt_at timestamptz,
  next_attempt_at timestamptz not null default now()
);
