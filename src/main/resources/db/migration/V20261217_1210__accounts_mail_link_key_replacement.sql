-- An administrator replaces the key of the one-click unsubscribe links (one may have leaked): every link written
-- before stops working. The key it replaced is kept only to tell the person who opens such a link that it was
-- withdrawn (410, and where to switch the mail off instead) rather than that it never existed; it signs and switches
-- off nothing. The generation, counted from 1, lets two administrators not replace it twice unawares.
alter table mail_link_key add column previous_secret bytea;
alter table mail_link_key add column replaced_at timestamptz;
alter table mail_link_key add column generation int not null default 1;
