-- A progress note is either Puente's own (a message key and its arguments, shown in each reader's language) or a
-- person's (the text as typed, and the language it was typed in, so pages mark it with lang where it differs from
-- theirs). Until now Puente's notes were stored as text in the minutes' language (walk of 5 December evening #9:
-- a Spanish «Ya no figura…» on a French page) and nobody's note had a language.
alter table agreement_update add column note_key varchar(80);
alter table agreement_update add column note_args text[];
alter table agreement_update add column note_language varchar(2);

-- The one note Puente wrote so far, "no longer in the new version of the minutes (FILE).", in the four languages it
-- was written in (its wording never changed): turned into its key and the file name. Any other text stays a person's.
update agreement_update
   set note_key = 'agreements.revision.dropped',
       note_args = array[substring(note from '^(?:Ya no figura en la nueva versión del acta|No longer in the new version of the minutes|Já não consta da nova versão da ata|Ne figure plus dans la nouvelle version du procès-verbal) \((.*)\)\.$')],
       note = ''
 where note ~ '^(Ya no figura en la nueva versión del acta|No longer in the new version of the minutes|Já não consta da nova versão da ata|Ne figure plus dans la nouvelle version du procès-verbal) \(.*\)\.$';
