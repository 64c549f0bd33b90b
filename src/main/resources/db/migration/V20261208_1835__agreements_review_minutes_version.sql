-- Which version of the kept document the review's upload became: 1 when it started the document, more when it was a
-- new version of minutes still under review. Discarding the review takes back a version above 1. Null where unknown.
alter table agreement_review add column minutes_document_version int;
