-- A recipient's one-click unsubscribe address is signed when their copy is sent, under the key of that moment, no
-- longer when the notice is queued: each delivery keeps what the address is made of, the kind of mail (its part of
-- the address, "digest") and the account. Signed at queue time, a mail queued in a transaction that committed after
-- an administrator replaced the key went out with a withdrawn link (410).
alter table notice_delivery add column unsubscribe_choice text;
alter table notice_delivery add column unsubscribe_account uuid;
alter table notice_delivery add constraint notice_delivery_unsubscribe_whole
  check ((unsubscribe_choice is null) = (unsubscribe_account is null));

-- The addresses signed so far, https://…/unsubscribe/<choice>/<account>/<signature>, give their choice and account:
-- the copies not yet sent go out with a link signed anew, one that works.
update notice_delivery
  set unsubscribe_choice = substring(unsubscribe from '/unsubscribe/([^/]+)/[0-9a-fA-F-]{36}/[^/]+$'),
      unsubscribe_account = cast(substring(unsubscribe from '/unsubscribe/[^/]+/([0-9a-fA-F-]{36})/[^/]+$') as uuid)
  where unsubscribe ~ '/unsubscribe/[^/]+/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/[^/]+$';

alter table notice_delivery drop column unsubscribe;
