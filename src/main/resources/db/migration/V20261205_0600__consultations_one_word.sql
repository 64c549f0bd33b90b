-- One word per concept: the capability, its URL, its bundle and its classes say "consultation", and now its tables
-- and columns too (they said "questionnaire"). Only names change; rows, keys and constraints stay as they are.
alter table questionnaire rename to consultation;
alter table questionnaire_section rename to consultation_section;
alter table questionnaire_question rename to consultation_question;
alter table consultation_section rename column questionnaire_id to consultation_id;
alter table consultation_response rename column questionnaire_id to consultation_id;
alter table glossary_country_definition rename column questionnaire_id to consultation_id;
