-- The language a meeting's agenda and notes are written in (WCAG 3.1.2: a Spanish agenda on a Portuguese page is
-- marked lang="es", walk 8 #9's "Left"). The titles have a field per language; the agenda has one text. Meetings
-- kept so far are read in the conferences' working language, Spanish.
alter table meeting add column agenda_language varchar(2) not null default 'es';
