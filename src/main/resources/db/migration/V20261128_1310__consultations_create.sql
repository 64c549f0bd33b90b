-- Questionnaires sent by a secretariat to the member states of one or both conferences, and each country's answers.
create table questionnaire (
  id uuid primary key,
  owner_process varchar(8) not null,
  title_es text, title_en text, title_pt text, title_fr text,
  intro_es text, intro_en text, intro_pt text, intro_fr text,
  -- the conferences it is (or will be) sent to, comma-separated: CRM, CSM or CRM,CSM
  processes varchar(20) not null,
  deadline date not null,
  late_policy varchar(20) not null,
  status varchar(20) not null,
  sent_at timestamptz,
  created_by text not null,
  version bigint not null default 0,
  created_at timestamptz not null default now()
);

create table questionnaire_section (
  id uuid primary key,
  questionnaire_id uuid not null references questionnaire(id) on delete cascade,
  position int not null,
  title_es text, title_en text, title_pt text, title_fr text
);

create table questionnaire_question (
  id uuid primary key,
  section_id uuid not null references questionnaire_section(id) on delete cascade,
  position int not null,
  kind varchar(20) not null,
  prompt_es text, prompt_en text, prompt_pt text, prompt_fr text,
  term text,
  glossary_term_id uuid,
  -- choices, one per line
  options text not null default '',
  required boolean not null default false
);

-- One per country the questionnaire was sent to.
create table consultation_response (
  id uuid primary key,
  questionnaire_id uuid not null references questionnaire(id) on delete cascade,
  country_iso2 varchar(2) not null,
  status varchar(20) not null,
  submitted_at timestamptz,
  submitted_by text,
  late boolean not null default false,
  reminded_at timestamptz,
  reopened_at timestamptz,
  version bigint not null default 0,
  unique (questionnaire_id, country_iso2)
);

create table consultation_answer (
  id uuid primary key,
  response_id uuid not null references consultation_response(id) on delete cascade,
  question_id uuid not null references questionnaire_question(id) on delete cascade,
  language varchar(2) not null default 'es',
  text_value text,
  choice_values text,
  scale_value int,
  file_name text,
  file_type text,
  file_content bytea,
  updated_by text,
  updated_at timestamptz not null default now(),
  version bigint not null default 0,
  unique (response_id, question_id)
);
