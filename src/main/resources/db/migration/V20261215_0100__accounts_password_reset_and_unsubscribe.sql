-- A forgotten password's reset links (walk 9). Only the SHA-256 of the random token is kept: whoever reads the
-- database cannot use a link still valid. A link is good once (its use deletes it, in one statement, so two nodes
-- cannot both accept it), until expires_at, and only while it is its account's latest (a later request deletes the
-- earlier ones).
create table password_reset (
  token_hash char(64) primary key,
  account_id uuid not null references account (id) on delete cascade,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index password_reset_account on password_reset (account_id);

-- Each request for a reset link, by the typed name or address and by client address, for the rate limit: in the
-- database, so that every node counts the same requests. Rows older than a day are deleted as new ones come.
create table password_reset_request (
  id bigserial primary key,
  key text not null,
  requested_at timestamptz not null default now()
);
create index password_reset_request_key on password_reset_request (key, requested_at);

-- The key that signs the one-click unsubscribe links of the mail (RFC 8058): made once by the first node that needs
-- it and read by all, so a link written on one node is accepted by every other.
create table mail_link_key (
  id int primary key check (id = 1),
  secret bytea not null
);

-- A recipient's own one-click unsubscribe address, written into the List-Unsubscribe header of their copy.
alter table notice_delivery add column unsubscribe text;
