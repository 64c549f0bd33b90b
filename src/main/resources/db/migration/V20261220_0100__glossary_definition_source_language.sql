-- The language a country's definition's source is written in (WCAG 3.1.2, walk of 5 December night #5): the source is
-- a questionnaire's title Puente writes (its Spanish, else the language it has) or what a person typed in the
-- definition form, and a page in another language marks it with lang. Sources recorded so far have no known language
-- (null: no lang rather than a guess), but for the demo's, the Spanish title of the 2017 questionnaire.
alter table glossary_country_definition add column source_language varchar(2);
update glossary_country_definition set source_language = 'es' where source = 'Conceptos esenciales para el PMM (2017)';
