-- The language an information-exchange agreement's texts (title, legal basis, notes) are written in, so that its page
-- marks them for a reader of another language (walk 17 #13, walk 18 #11). The agreements so far are the demo's, typed
-- in Spanish from the Acta Final.
alter table flow_exchange_agreement
    add column language varchar(2) not null default 'es' check (language in ('es', 'en', 'pt', 'fr'));
