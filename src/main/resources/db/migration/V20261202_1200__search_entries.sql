-- What the one search box can find: one row per document, meeting, agreement or glossary term, written by the
-- capability that owns the thing in the same transaction as its change. The search index (Lucene on every
-- application node, or a shared OpenSearch) is derived from this table and can always be rebuilt from it; see
-- docs/search.md. A removal only marks the row deleted, so that every node hears of it; changed_xid (set by the
-- trigger below) orders changes by transaction, which is what lets each node follow the table without missing one.
create table search_entry (
  id           varchar(120) primary key,   -- type ':' the owner's id
  type         varchar(20)  not null,      -- document, meeting, agreement, term
  source_id    varchar(100) not null,
  audience     varchar(20)  not null,      -- who may read it, in the owner's words (PUBLIC, CONFERENCES, MEMBERS…)
  language     varchar(2),                 -- the language of the body text, when it has one
  title_es     text,
  title_en     text,
  title_pt     text,
  title_fr     text,
  text_es      text,
  text_en      text,
  text_pt      text,
  text_fr      text,
  kind         varchar(40),
  processes    text[]       not null default '{}',
  sessions     text[]       not null default '{}',
  objectives   text[]       not null default '{}',
  languages    text[]       not null default '{}',
  names        text[]       not null default '{}', -- folded names that widen a query naming them (glossary terms)
  entry_date   date,
  url          text         not null,
  version      int,
  deleted      boolean      not null default false,
  changed_xid  xid8         not null default pg_current_xact_id()
);
create index search_entry_changed on search_entry (changed_xid);
create index search_entry_type on search_entry (type) where not deleted;

create function search_entry_changed() returns trigger language plpgsql as $$
begin
  new.changed_xid := pg_current_xact_id();
  return new;
end $$;
create trigger search_entry_changed before insert or update on search_entry
  for each row execute function search_entry_changed();

-- The shape of each capability's entries: when a capability's code writes them differently (its generation goes
-- up), its entries are rebuilt from its own tables at start-up.
create table search_source (
  type        varchar(20) primary key,
  generation  int         not null,
  rebuilt_at  timestamptz not null default now()
);
