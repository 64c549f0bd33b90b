-- One number that every change to what the public sees increases; each node reads it once a second and forgets
-- the public pages it keeps when it moved (web.PublicPages, docs/performance.md).
create table public_page_version (
    id      int primary key check (id = 1),
    version bigint not null
);
insert into public_page_version (id, version) values (1, 0);
