-- The same minutes uploaded twice for one meeting are recognised by the SHA-256 of their text (issue 12), so that
-- the register never doubles a meeting's agreements without the secretariat saying it holds a new version.
alter table agreement_review add column source_sha256 text;
update agreement_review set source_sha256 = encode(sha256(convert_to(source_text, 'UTF8')), 'hex');
alter table agreement_review alter column source_sha256 set not null;
create index agreement_review_meeting_idx on agreement_review(meeting_date, status);
