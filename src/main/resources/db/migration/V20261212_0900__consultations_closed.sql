-- A consultation is closed by its secretariat once the answers are in (or the wait is over): from then on no country
-- answers it. When and by whom, shown on the answer page and the consultation's; the status column (varchar) takes
-- the new value CLOSED as it is.
alter table consultation add column closed_at timestamptz;
alter table consultation add column closed_by text;
