-- Sign-in throttling by account name and by address (growing delays), in place of the lockout any stranger could
-- trigger on a real account. Kept in the database so every node sees the same counts.
create table sign_in_throttle (
  key text primary key,
  failures int not null,
  last_failure timestamptz not null,
  blocked_until timestamptz not null
);

alter table account drop column failed_attempts;
alter table account drop column locked_until;
