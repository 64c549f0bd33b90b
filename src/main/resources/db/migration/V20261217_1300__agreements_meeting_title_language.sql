-- The language of the meeting title kept with minutes and their agreements: the one the calendar showed it in, or the
-- uploader's page's for a typed title. It is not the minutes' language (English minutes uploaded from a Spanish page
-- keep a Spanish title). NULL for rows kept so far: unknown, so pages mark no lang on them.
alter table agreement_review add column meeting_title_language varchar(2);
alter table agreement add column meeting_title_language varchar(2);
