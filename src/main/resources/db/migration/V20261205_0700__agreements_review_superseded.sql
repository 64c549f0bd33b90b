-- A new version of confirmed minutes revises the register instead of adding a second set of agreements: the earlier
-- review is marked superseded and points at the one that replaced it, so links to its page still lead somewhere.
alter table agreement_review add column superseded_by uuid references agreement_review(id);
