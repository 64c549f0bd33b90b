-- The uploaded file's own SHA-256 (of its bytes, computed while the upload streams in), so that the same file sent
-- again for the same day's meeting is recognised before it is read: reading minutes took 31 s under load only to say
-- "already uploaded" (walk-through of 4 December 2026, #7). Earlier reviews take the checksum of the document that
-- keeps their file, when it was kept; the others are still recognised after reading, by the hash of their text.
alter table agreement_review add column upload_sha256 varchar(64);
update agreement_review r set upload_sha256 = v.sha256
  from document_version v
 where v.document_id = r.minutes_document_id and v.number = r.minutes_document_version;
