-- Mail that the default (demo) run keeps instead of sending: shown at /admin/outbox.
create table outbox_message (
  id bigserial primary key,
  created_at timestamptz not null default now(),
  recipients text not null,
  subject text not null,
  body text not null,
  attachment_names text,
  mime bytea not null
);
