-- Who changed what, when, with the state before and after. Rows are only ever inserted.
create table audit_entry (
  id bigserial primary key,
  at timestamptz not null default now(),
  actor text not null,
  action varchar(30) not null,
  capability varchar(30) not null,
  entity_type varchar(40) not null,
  entity_id text not null,
  summary text not null,
  before_state jsonb,
  after_state jsonb,
  public_entry boolean not null default false
);
create index audit_entry_at_idx on audit_entry (at desc);
create index audit_entry_entity_idx on audit_entry (entity_type, entity_id);
create index audit_entry_actor_idx on audit_entry (actor);
