-- Each notice as a capability wrote it, kept until every recipient has it: a retry sends the same text again.
create table notice (
  id bigserial primary key,
  created_at timestamptz not null default now(),
  subject text not null,
  body text not null
);

create table notice_attachment (
  notice_id bigint not null references notice (id) on delete cascade,
  position int not null,
  filename text not null,
  content_type text not null,
  content bytea not null,
  primary key (notice_id, position)
);

-- One row per notice and recipient (the unique key): a retry sends only to the recipients not yet sent. 'queued'
-- until sent or until the attempts run out ('failed', shown at /admin/deliveries); last_error is the mail server's
-- one-line answer, never a stack trace nor a secret.
create table notice_delivery (
  id bigserial primary key,
  notice_id bigint not null references notice (id) on delete cascade,
  recipient text not null,
  status text not null default 'queued' check (status in ('queued', 'sent', 'failed')),
  attempts int not null default 0,
  last_error text,
  next_attempt_at timestamptz not null default now(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  sent_at timestamptz,
  unique (notice_id, recipient)
);
create index notice_delivery_due on notice_delivery (next_attempt_at) where status = 'queued';
create index notice_delivery_failed on notice_delivery (updated_at) where status = 'failed';
