package org.puente.minutes.dates;

/**
 * English date words, by class (see {@link Grammar}), folded; '^' marks a word that is a date word only when written
 * with a capital ("May", "March", "Wed"), since it is also an ordinary word.
 */
final class EnglishWords {

	static final String DATA = """
			M january=1 february=2 ^march=3 april=4 ^may=5 june=6 july=7 ^august=8 september=9 october=10 november=11 december=12
			a jan=1 feb=2 ^mar=3 apr=4 jun=6 jul=7 aug=8 sep=9 sept=9 oct=10 nov=11 dec=12
			W monday=1 tuesday=2 wednesday=3 thursday=4 friday=5 saturday=6 sunday=7 ^mon=1 ^tue=2 ^tues=2 ^wed=3 ^thu=4 ^thurs=4 ^thur=4 ^weds=3 ^fri=5 mondays=11 tuesdays=12 wednesdays=13 thursdays=14 fridays=15 saturdays=16 sundays=17
			d of
			t the on
			D day days
			U week weeks
			V month months
			Z year years
			R quarter quarters
			H half
			F fortnight=14 fortnights=14
			P next coming following after_next=2
			T this current
			B early beginning start
			I mid middle
			E end late close
			K by before until till up_to_and_including up_to no_later_than not_later_than prior_to cob eod close_of_business end_of_day
			G within over within_a_period_of within_a_timeframe_of
			J in during=1 for=1 throughout=1
			S from since between starting commencing
			j to through thru
			y and or
			N today=0 tomorrow=1 day_after_tomorrow=2 tonight=0 this_evening=0 this_afternoon=0
			p past previous
			h christmas=1225 christmas_day=1225 christmas_eve=1224 boxing_day=1226 ^new_year=101 ^new_year's_day=101 ^new_year's_eve=1231 halloween=1031
			k easter=0 easter_sunday=0 good_friday=-2 holy_thursday=-3 maundy_thursday=-3 holy_saturday=-1 palm_sunday=-7 ash_wednesday=-46 shrove_tuesday=-47 mardi_gras=-47 ^ascension=39 ^ascension_day=39 pentecost=49 whitsun=49 whit_sunday=49 whit_monday=50 corpus_christi=60 holy_week=100
			O working business calendar=1
			o first=1 second=2 third=3 fourth=4 fifth=5 sixth=6 seventh=7 eighth=8 ninth=9 tenth=10 twentieth=20 thirtieth=30 last=-1
			w a=1 an=1 one=1 two=2 three=3 four=4 five=5 six=6 seven=7 eight=8 nine=9 ten=10 eleven=11 twelve=12 fifteen=15 twenty=20 thirty=30 forty=40 sixty=60 ninety=90 thirteen=13 fourteen=14 sixteen=16 seventeen=17 eighteen=18 nineteen=19 thousand=1000
			e weekend=6 week-end=6 eow=7 eom=30 eoy=365 year_end=365 year-end=365 month_end=30 month-end=30
			C deadline due
			deadline: by|before|until|till|no later than|not later than|prior to|due|deadline|within|cob|eod|close of business|target(?:ing|ed|s)?|delivery|submission
			event: will be held|will take place|to be held|to take place|takes place|held on|meeting|workshop|session|conference|seminar|webinar|summit|event|retreat|call on|scheduled|planned for|release[ds]? on|releas(?:e|ed|es) to|deploy(?:ed|ment)?|go-live|rollout|starting|as of|effective|kick-?off|presentation|demo
			deadline-before: for the|for
			deadline-after: at the latest|latest|as (?:the |a )?deadline|as (?:the )?due date
			""";

	private EnglishWords() {
	}
}
