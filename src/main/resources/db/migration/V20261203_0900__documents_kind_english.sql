-- Issue 17: the kinds of documents are named in English like every other enum (the words a person reads come from
-- the bundles in their language).
update document set kind = 'FINAL_ACT' where kind = 'ACTA';
update document set kind = 'MINUTES' where kind = 'MINUTA';
update search_entry set kind = 'FINAL_ACT' where type = 'document' and kind = 'ACTA';
update search_entry set kind = 'MINUTES' where type = 'document' and kind = 'MINUTA';
