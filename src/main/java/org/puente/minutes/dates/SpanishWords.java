package org.puente.minutes.dates;

/** Spanish date words, by class (see {@link Grammar} for the classes), folded; a phrase joins words with '_'. */
final class SpanishWords {

	static final String DATA = """
			M enero=1 febrero=2 marzo=3 abril=4 mayo=5 junio=6 julio=7 agosto=8 septiembre=9 setiembre=9 octubre=10 noviembre=11 diciembre=12
			a ene=1 feb=2 abr=4 jun=6 jul=7 ago=8 sep=9 sept=9 set=9 oct=10 nov=11 dic=12
			W lunes=1 martes=2 miercoles=3 jueves=4 viernes=5 sabado=6 domingo=7 sabados=16 domingos=17
			d de del
			t el la los las lo
			D dia dias
			U semana semanas
			V mes meses
			Z ano anos
			R trimestre trimestres
			H semestre semestres
			F quincena=15 quincenas=15
			P proximo proxima proximos proximas siguiente siguientes entrante que_viene
			T este esta presente corriente en_curso actual
			B principios inicios comienzos comienzo inicio principio
			I mediados mitad
			E finales fines fin final cierre
			X finalizar terminar concluir finalice termine concluya culminar acabar acabe acaba
			K antes hasta en_el_horizonte al_horizonte con_horizonte_a con_horizonte_al a_mas_tardar no_mas_tarde_de no_mas_tarde_del
			G plazo termino no_mayor_a no_mayor_de no_superior_a maximo_de
			J en dentro de_aqui_a durante=1 para=1 a_lo_largo=1 transcurso=1
			S desde a_partir_de a_partir_del entre
			j al a
			y y e o u
			N hoy=0 manana=1 pasado_manana=2 esta_noche=0 esta_tarde=0 dia_de_la_fecha=0
			p pasado pasada anterior
			h navidad=1225 nochebuena=1224 nochevieja=1231 ano_nuevo=101 dia_de_reyes=106 todos_los_santos=1101
			k pascua=0 domingo_de_pascua=0 domingo_de_resurreccion=0 jueves_santo=-3 viernes_santo=-2 sabado_santo=-1 domingo_de_ramos=-7 miercoles_de_ceniza=-46 martes_de_carnaval=-47 ^ascension=39 pentecostes=49 corpus_christi=60 semana_santa=100 carnaval=200 carnavales=200
			O habiles laborables naturales=1 calendario=1 corridos=1
			o primer=1 primero=1 primera=1 segundo=2 segunda=2 tercer=3 tercero=3 tercera=3 cuarto=4 cuarta=4 ultimo=-1 ultima=-1 primeros=1 primeras=1 ultimos=-1 ultimas=-1
			w un=1 una=1 uno=1 dos=2 tres=3 cuatro=4 cinco=5 seis=6 siete=7 ocho=8 nueve=9 diez=10 once=11 doce=12 quince=15 veinte=20 treinta=30 cuarenta=40 sesenta=60 noventa=90 trece=13 catorce=14 dieciseis=16 diecisiete=17 dieciocho=18 diecinueve=19 veintiuno=21 veintiun=21 veintidos=22 veintitres=23 veinticuatro=24 veinticinco=25 veintiseis=26 veintisiete=27 veintiocho=28 veintinueve=29 mil=1000
			C fecha_limite vencimiento deadline
			deadline: a mas tardar|horizonte|deadline|antes de|antes del|hasta|no mas tarde|plazo|fecha limite|vencimiento|como maximo|limite|entrega|entregar
			event: se realizara|se realizaran|se llevara a cabo|se llevaran a cabo|se celebrara|se celebraran|tendra lugar|tendran lugar|se reunira|se reuniran|realizara|celebrara|reunion|sesion|taller|encuentro|seminario|conferencia|evento|cumbre|foro|jornada|visita|a partir de|a partir del|a partir do|a partir da|a partir d'|desde|presentacion|lanzamiento|despliegue|puesta en produccion|se publicara|programad[oa] para|prevista para|previsto para|convocad[oa]|sprint
			deadline-before: para el|para la|para
			deadline-after: a mas tardar|como maximo|como fecha limite|como plazo
			""";

	private SpanishWords() {
	}
}
