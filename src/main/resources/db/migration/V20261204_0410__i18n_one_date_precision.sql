-- Issue 17: one precision type (i18n.DatePrecision: EXACT, DAY, WEEK, MONTH, QUARTER, HALF, YEAR) for meetings,
-- minutes and agreements. Meetings said DAYS for whole days; agreements folded quarters, halves and years into
-- PERIOD, which the span of the date tells apart again (a four-month term, as read from minutes, is a quarter's
-- word too).
update meeting set precision = 'DAY' where precision = 'DAYS';

update agreement_date set precision = case
    when end_date - start_date < 125 then 'QUARTER'
    when end_date - start_date < 190 then 'HALF'
    else 'YEAR' end
  where precision = 'PERIOD';

update agreement a set due_precision = coalesce((
    select d.precision from agreement_date d
     where d.agreement_id = a.id and d.kind = 'DEADLINE' and d.end_date = a.due_date
     order by d.start_date limit 1), 'YEAR')
  where due_precision = 'PERIOD';
