-- The flows dashboard asks for the current counts' first and last weeks (FlowSeries.recent, perf21): walked from
-- either end of this index, not by reading every count of every year.
create index flow_count_week on flow_count (week);
