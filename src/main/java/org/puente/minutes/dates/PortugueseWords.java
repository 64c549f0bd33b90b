package org.puente.minutes.dates;

/**
 * Portuguese date words, by class (see {@link Grammar}), folded; '~' marks a word that is a date word only when written
 * with its accent ("março", since "marco" is a word too). "segunda", "quarta", "quinta" and "sexta" are weekdays or
 * ordinals: class A, read by where they stand.
 */
final class PortugueseWords {

	static final String DATA = """
			M janeiro=1 fevereiro=2 ~marco=3 abril=4 maio=5 junho=6 julho=7 agosto=8 setembro=9 outubro=10 novembro=11 dezembro=12
			a jan=1 fev=2 abr=4 mai=5 jun=6 jul=7 ago=8 set=9 out=10 nov=11 dez=12
			W segunda-feira=1 terca-feira=2 quarta-feira=3 quinta-feira=4 sexta-feira=5 terca=2 sabado=6 domingo=7 sabados=16 domingos=17
			A segunda=1 quarta=3 quinta=4 sexta=5
			d de do da
			t o os as no na nos nas
			D dia dias
			U semana semanas
			V mes meses
			Z ano anos
			R trimestre trimestres
			H semestre semestres
			F quinzena=15 quinzenas=15
			P proximo proxima proximos proximas seguinte que_vem
			T este esta neste nesta deste desta corrente presente atual
			B inicio comeco principio
			I meados metade
			E final fim fins finais
			X encerramento termino terminar acabar findar
			K ate antes no_horizonte no_horizonte_de com_horizonte_em no_maximo o_mais_tardar no_mais_tardar
			G prazo
			J em dentro daqui_a durante=1 para=1 ao_longo=1
			S desde a_partir_de a_partir_do a_partir_da entre
			j a ao
			y e ou
			N hoje=0 amanha=1 depois_de_amanha=2 esta_noite=0 esta_tarde=0 nesta_noite=0 nesta_tarde=0
			p passado passada anterior
			h ^natal=1225 vespera_de_natal=1224 ^ano_novo=101 dia_de_reis=106 todos_os_santos=1101 finados=1102 dia_de_finados=1102
			k pascoa=0 domingo_de_pascoa=0 quinta-feira_santa=-3 sexta-feira_santa=-2 sexta-feira_da_paixao=-2 sabado_de_aleluia=-1 domingo_de_ramos=-7 quarta-feira_de_cinzas=-46 ^ascensao=39 pentecostes=49 corpus_christi=60 semana_santa=100 carnaval=200
			O uteis corridos=1
			o primeiro=1 primeira=1 segundo=2 terceiro=3 terceira=3 quarto=4 ultimo=-1 ultima=-1 primeiros=1 primeiras=1 ultimos=-1 ultimas=-1
			w um=1 uma=1 dois=2 duas=2 tres=3 quatro=4 cinco=5 seis=6 sete=7 oito=8 nove=9 dez=10 onze=11 doze=12 quinze=15 vinte=20 trinta=30 quarenta=40 sessenta=60 noventa=90 treze=13 catorze=14 quatorze=14 dezesseis=16 dezasseis=16 dezessete=17 dezassete=17 dezoito=18 dezenove=19 dezanove=19 mil=1000
			C data_limite vencimento deadline
			deadline: ate|horizonte|mais tardar|deadline|antes de|antes do|antes da|prazo|data limite|no maximo|impreterivelmente|vencimento|entrega|entregar
			event: sera realizad[oa]|serao realizad[oa]s|realizar-se-a|acontecera|ocorrera|reuniao|encontro|oficina|seminario|sessao|evento|assembleia|workshop|conferencia|a partir de|a partir del|a partir do|a partir da|a partir d'|apresentacao|lancamento|implantacao|sera publicad[oa]|sera lancad[oa]|agendad[oa]|prevista para|previsto para|marcad[oa] para|sprint
			deadline-before: para o|para a|para|pro
			deadline-after: o mais tardar|no maximo|impreterivelmente|como prazo|como data limite|como data de entrega
			""";

	private PortugueseWords() {
	}
}
