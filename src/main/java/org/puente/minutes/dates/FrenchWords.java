package org.puente.minutes.dates;

/**
 * French date words, by class (see {@link Grammar}), folded. Elided words ("d'", "l'", "jusqu'") are split from the word
 * they stand before unless the whole is listed ("d'ici", "aujourd'hui").
 */
final class FrenchWords {

	static final String DATA = """
			M janvier=1 fevrier=2 mars=3 avril=4 mai=5 juin=6 juillet=7 aout=8 septembre=9 octobre=10 novembre=11 decembre=12
			a janv=1 fevr=2 fev=2 avr=4 juil=7 sep=9 sept=9 oct=10 nov=11 dec=12
			W lundi=1 mardi=2 mercredi=3 jeudi=4 vendredi=5 samedi=6 dimanche=7 lundis=11 mardis=12 mercredis=13 jeudis=14 vendredis=15 samedis=16 dimanches=17
			d de du d' des
			t le la les l'
			D jour jours journee
			U semaine semaines
			V mois
			Z an ans annee annees
			R trimestre trimestres
			H semestre semestres moitie
			F quinzaine=15 huitaine=8
			P prochain prochaine prochains prochaines suivant suivante qui_vient a_venir
			T ce cet cette courant en_cours
			B debut
			I mi milieu
			E fin fins cloture
			K avant d'ici a_l'horizon jusqu' jusqu'a jusqu'au jusqu'en au_plus_tard
			G sous delai delais
			J en dans durant=1 pendant=1 pour=1 tout_au_long=1
			S depuis des a_partir_du a_partir_de entre
			j au a
			y et ou
			N aujourd'hui=0 demain=1 apres-demain=2 ce_soir=0 cet_apres-midi=0 dans_la_journee=0
			p precedent precedente passe passee
			h noel=1225 toussaint=1101 jour_de_l'an=101 nouvel_an=101 ^assomption=815
			k paques=0 jeudi_saint=-3 vendredi_saint=-2 samedi_saint=-1 dimanche_des_rameaux=-7 mercredi_des_cendres=-46 mardi_gras=-47 ^ascension=39 pentecote=49 corpus_christi=60 semaine_sainte=100 carnaval=200
			O ouvrables ouvres calendaires=1
			o premier=1 premiere=1 deuxieme=2 second=2 seconde=2 troisieme=3 quatrieme=4 dernier=-1 derniere=-1 premiers=1 premieres=1 derniers=-1 dernieres=-1
			w un=1 une=1 deux=2 trois=3 quatre=4 cinq=5 six=6 huit=8 neuf=9 dix=10 onze=11 douze=12 quinze=15 vingt=20 trente=30 quarante=40 soixante=60 treize=13 quatorze=14 seize=16 dix-sept=17 dix-huit=18 dix-neuf=19 vingt-et-un=21 vingt-deux=22 vingt-trois=23 vingt-quatre=24 vingt-cinq=25 vingt-six=26 vingt-sept=27 vingt-huit=28 vingt-neuf=29 trente-et-un=31 mille=1000
			e week-end=6 weekend=6
			C date_limite date_butoir echeance deadline
			deadline: avant|deadline|d'ici|a l'horizon|au plus tard|jusqu'|date limite|date butoir|echeance|delai|remise|a rendre|livraison
			event: aura lieu|auront lieu|se tiendra|se tiendront|se deroulera|se derouleront|reunion|seance|atelier|seminaire|session|rencontre|conference|assemblee|colloque|a partir de|a partir du|a partir del|a partir do|a partir da|a partir d'|des le|lancement|presentation|deploiement|mise en production|sera publiee?|sera lancee?|soutenance|programme pour
			deadline-before: pour le|pour la|pour l'|pour
			deadline-after: au plus tard|dernier delai|comme date limite|comme echeance|comme delai
			""";

	private FrenchWords() {
	}
}
