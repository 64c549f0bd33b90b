-- "My actions" (agreements.MyAgreements) reads an agreement's responsible parties and its creator in SQL
create index agreement_party_agreement_idx on agreement_party(agreement_id, responsible);
create index agreement_created_by_idx on agreement(created_by);
