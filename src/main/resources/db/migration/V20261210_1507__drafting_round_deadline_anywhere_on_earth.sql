-- Every deadline day in Puente now ends when that day has ended everywhere on Earth (23:59 in UTC−12, as
-- consultations already did; org.puente.i18n.Deadline). Amendment rounds stored the end of their last day in Panama
-- (midnight there is 05:00 UTC, Panama keeps no daylight saving): the same last day now ends at 12:00 UTC of the next
-- day, seven hours later, so each round keeps the last day it was opened with and takes proposals until it is over
-- everywhere. Rounds whose end is not a Panama midnight were not set by that rule and are left alone.
update drafting_round
   set closes_at = closes_at + interval '7 hours'
 where (closes_at at time zone 'UTC')::time = time '05:00:00';
