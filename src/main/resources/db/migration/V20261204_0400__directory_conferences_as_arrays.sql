-- Issue 17: one way to store which conferences a record concerns, text[] of directory.Conference names ('CRM',
-- 'CSM'), as documents, drafting and search already did. Meetings kept comma-separated text (its other code sets,
-- ids of bodies, countries, organisations and people, become text[] as well); agreements and reviews kept
-- 'CRM CSM' split on spaces; questionnaires kept 'CRM,CSM'.
create function pg_temp.codes(codes text) returns text[] language sql immutable as $$
  select coalesce(array(select c from unnest(regexp_split_to_array(trim(coalesce(codes, '')), '[\s,]+')) as c
                        where c <> '' order by c), '{}')
$$;

alter table meeting
  alter column processes drop default,
  alter column processes type text[] using pg_temp.codes(processes),
  alter column processes set default '{}',
  alter column bodies drop default,
  alter column bodies type text[] using pg_temp.codes(bodies),
  alter column bodies set default '{}',
  alter column participant_countries drop default,
  alter column participant_countries type text[] using pg_temp.codes(participant_countries),
  alter column participant_countries set default '{}',
  alter column participant_organisations drop default,
  alter column participant_organisations type text[] using pg_temp.codes(participant_organisations),
  alter column participant_organisations set default '{}',
  alter column participant_people drop default,
  alter column participant_people type text[] using pg_temp.codes(participant_people),
  alter column participant_people set default '{}';

alter table agreement_review alter column processes type text[] using pg_temp.codes(processes);
alter table agreement alter column processes type text[] using pg_temp.codes(processes);
alter table questionnaire alter column processes type text[] using pg_temp.codes(processes);

alter table meeting add constraint meeting_conferences check (processes <@ array['CRM', 'CSM']);
alter table agreement_review add constraint agreement_review_conferences check (processes <@ array['CRM', 'CSM']);
alter table agreement add constraint agreement_conferences check (processes <@ array['CRM', 'CSM']);
alter table questionnaire add constraint questionnaire_conferences check (processes <@ array['CRM', 'CSM']);
