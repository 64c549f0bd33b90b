-- The language a nomination round's title is written in (WCAG 3.1.2, walk 10 #18): the page's language of the
-- secretariat that opened it, so that a Spanish title on a French page is marked lang="es". Rounds opened so far are
-- read in the conferences' working language, Spanish (as the meetings' agenda_language).
alter table experts_round add column title_language varchar(2) not null default 'es';
