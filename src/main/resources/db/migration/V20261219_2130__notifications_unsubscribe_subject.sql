-- A mail one receives because one follows something (a meeting, an agreement) is stopped from the mail by no longer
-- following it: the delivery keeps what is followed, signed into the one-click address when the copy is sent.
-- Null for a mail switched off on the account page (the weekly digest, meeting notices).
alter table notice_delivery add column unsubscribe_subject uuid;
alter table notice_delivery add constraint notice_delivery_unsubscribe_subject_whole
  check (unsubscribe_subject is null or unsubscribe_choice is not null);
