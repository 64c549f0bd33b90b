-- The uploaded minutes file is kept in the document repository (kind MINUTES, reserved to the secretariats until
-- its agreements are confirmed); the review knows which document holds it. Null for minutes uploaded before, for
-- the demo's, and for a file the repository does not keep.
alter table agreement_review add column minutes_document_id uuid;
