"""Charged words by class, session 18: each class a style guide names, in English, French,
German, Spanish and Italian, reported where the source said it plainly and quiet where the
source already used the word (or one the charged word faithfully renders).

A hygiene breach told as filth and squalor (filthy, « crasseux », „verdreckt“, « mugriento »,
« lurido »); an inspection or a closure told in police-raid words (raided, « descentes »,
« mis sous scellés », „hochgenommen“, « batidas », « retate »); a check told as hunting or
tracking down (hunt down, « traquer », „Jagd auf“, « a la caza de », « dare la caccia »); a
decision to stop told as quitting (walk away from a contract, « jetterait l'éponge », „die
Flinte ins Korn“, « tiraría la toalla », « alzare bandiera bianca »); using a resource told
as draining or siphoning it (« siphonner », suck dry, „abzapfen“, « esquilmar »,
« prosciugare »); the largest firm called a giant or an ogre (« le géant », behemoth,
„Branchenriese“, « el coloso », « il colosso »); an injury told as disfigurement or
mutilation (« défigurée », disfigured, „entstellt“, « desfigurada », « sfigurata »); a
minority called holdouts or diehards (« irréductibles », „Unbeugsamen“, « irriducibili »);
a withdrawal or job losses told in a manager's euphemism (retire a service, « mis en sommeil »,
„gesundschrumpfen“, « ajuste de plantilla », « rimodulazione »);
damage told as razing (« arrasó », « rasé », „dem Erdboden gleichgemacht“); goods or figures
relabelled or adjusted told as doctored (fudged, « maquillé », „frisiert“, « taroccate »).
The sentences are invented; the stand-in encoder calls every pair identical, so only the
words decide.
"""

import pytest
from aligned_fixtures import charged_words


@pytest.mark.parametrize(
    "original, d_lang, derivative, word",
    [
        # a hygiene breach told as filth
        ("Inspectors found that the clinic reused unsterilised instruments.", "en", "Inspectors found that the clinic reused filthy instruments.", "filthy"),
        ("Inspectors found that the clinic reused unsterilised instruments.", "fr", "Les inspecteurs ont constaté que la clinique réutilisait des instruments crasseux.", "crasseux"),
        ("Inspectors found that the clinic reused unsterilised instruments.", "de", "Die Kontrolleure stellten fest, dass die Klinik verdreckte Instrumente wiederverwendete.", "verdreckte"),
        ("Inspectors found that the clinic reused unsterilised instruments.", "es", "Los inspectores comprobaron que la clínica reutilizaba instrumentos mugrientos.", "mugrientos"),
        ("Inspectors found that the clinic reused unsterilised instruments.", "it", "Gli ispettori hanno accertato che la clinica riutilizzava strumenti luridi.", "luridi"),
        # an inspection or a closure told as a police raid
        ("Labour inspectors have visited 30 farms and closed four packing sheds.", "fr", "Les inspecteurs du travail ont multiplié les descentes dans les fermes et mis sous scellés quatre hangars.", "descentes"),
        ("Labour inspectors have closed four packing sheds.", "fr", "Les inspecteurs du travail ont mis sous scellés quatre hangars de conditionnement.", "mis sous scellés"),
        ("Labour inspectors have visited 30 farms this month.", "en", "Labour inspectors have raided 30 farms this month.", "raided"),
        ("Labour inspectors have visited 30 farms this month.", "de", "Arbeitsinspektoren haben diesen Monat 30 Höfe hochgenommen.", "hochgenommen"),
        ("Labour inspectors have visited 30 farms this month.", "es", "Los inspectores de trabajo han hecho batidas en 30 granjas este mes.", "batidas"),
        ("Labour inspectors have visited 30 farms this month.", "it", "Gli ispettori del lavoro hanno fatto retate in 30 aziende agricole questo mese.", "retate"),
        # a check told as hunting down
        ("The agency will check whether the firms pay the minimum wage.", "fr", "L’agence va traquer les entreprises qui ne paient pas le salaire minimum.", "traquer"),
        ("The agency will check whether the firms pay the minimum wage.", "en", "The agency will hunt down firms that do not pay the minimum wage.", "hunt down"),
        ("The agency will check whether the firms pay the minimum wage.", "de", "Die Behörde macht Jagd auf Firmen, die den Mindestlohn nicht zahlen.", "Jagd auf"),
        ("The agency will check whether the firms pay the minimum wage.", "es", "La agencia saldrá a la caza de las empresas que no pagan el salario mínimo.", "a la caza de"),
        ("The agency will check whether the firms pay the minimum wage.", "it", "L’agenzia darà la caccia alle aziende che non pagano il salario minimo.", "darà la caccia"),
        # a decision to stop told as quitting
        ("The operator said it would hand back its rail franchise.", "en", "The operator said it would walk away from its rail franchise.", "walk away from"),
        ("The operator said it would hand back its rail franchise.", "fr", "L’exploitant a annoncé qu’il jetterait l’éponge.", "jetterait l’éponge"),
        ("The operator said it would hand back its rail franchise.", "de", "Der Betreiber kündigte an, die Flinte ins Korn zu werfen.", "die Flinte ins Korn"),
        ("The operator said it would hand back its rail franchise.", "es", "El operador anunció que tiraría la toalla.", "tiraría la toalla"),
        ("The operator said it would hand back its rail franchise.", "it", "L’operatore ha annunciato che alzerà bandiera bianca.", "alzerà bandiera bianca"),
        # using a resource told as draining it
        ("The resort holds a licence to draw water from the lake.", "fr", "La station a le droit de siphonner le lac.", "siphonner"),
        ("The resort holds a licence to draw water from the lake.", "en", "The resort holds a licence to suck the lake dry.", "suck the lake dry"),
        ("The resort holds a licence to draw water from the lake.", "de", "Das Resort darf dem See das Wasser abzapfen.", "abzapfen"),
        ("The resort holds a licence to draw water from the lake.", "es", "El complejo tiene licencia para esquilmar el lago.", "esquilmar"),
        ("The resort holds a licence to draw water from the lake.", "it", "Il resort ha la licenza per prosciugare il lago.", "prosciugare"),
        # the largest firm called a giant
        ("The largest dairy in the region has 900 employees.", "fr", "Le géant laitier de la région emploie 900 personnes.", "Le géant"),
        ("The largest dairy in the region has 900 employees.", "en", "The region's dairy behemoth has 900 employees.", "behemoth"),
        ("The largest dairy in the region has 900 employees.", "de", "Der Molkereiriese der Region hat 900 Beschäftigte.", "Molkereiriese"),
        ("The largest dairy in the region has 900 employees.", "es", "El coloso lácteo de la región tiene 900 empleados.", "coloso"),
        ("The largest dairy in the region has 900 employees.", "it", "Il colosso caseario della regione ha 900 dipendenti.", "colosso"),
        # an injury told as disfigurement
        ("After the reaction her lips and cheeks swelled for a week.", "fr", "Après la réaction, elle est restée défigurée pendant une semaine.", "défigurée"),
        ("After the reaction her lips and cheeks swelled for a week.", "en", "After the reaction she was left disfigured for a week.", "disfigured"),
        ("After the reaction her lips and cheeks swelled for a week.", "de", "Nach der Reaktion war sie eine Woche lang entstellt.", "entstellt"),
        ("After the reaction her lips and cheeks swelled for a week.", "es", "Tras la reacción quedó desfigurada durante una semana.", "desfigurada"),
        ("After the reaction her lips and cheeks swelled for a week.", "it", "Dopo la reazione è rimasta sfigurata per una settimana.", "sfigurata"),
        # a minority called holdouts
        ("Eleven small growers have not signed the new contract.", "en", "Eleven holdouts have not signed the new contract.", "holdouts"),
        ("Eleven small growers have not signed the new contract.", "fr", "Onze irréductibles n’ont pas signé le nouveau contrat.", "irréductibles"),
        ("Eleven small growers have not signed the new contract.", "de", "Elf Unbeugsame haben den neuen Vertrag nicht unterschrieben.", "Unbeugsame"),
        ("Eleven small growers have not signed the new contract.", "es", "Once irreductibles no han firmado el nuevo contrato.", "irreductibles"),
        ("Eleven small growers have not signed the new contract.", "it", "Undici irriducibili non hanno firmato il nuovo contratto.", "irriducibili"),
        # a withdrawal or job losses told in a manager's euphemism
        ("The health board will withdraw its mobile eye clinic in March.", "en", "The health board will retire its mobile eye clinic in March.", "retire its mobile eye clinic"),
        ("The health board will withdraw its mobile eye clinic in March.", "fr", "L’autorité sanitaire mettra sa clinique ophtalmologique mobile en sommeil en mars.", "mettra sa clinique ophtalmologique mobile en sommeil"),
        ("The bakery chain will cut 60 jobs.", "de", "Die Bäckereikette will sich gesundschrumpfen und 60 Beschäftigte freisetzen.", "gesundschrumpfen"),
        ("The bakery chain will cut 60 jobs.", "es", "La cadena de panaderías anunció un ajuste de plantilla de 60 puestos.", "ajuste de plantilla"),
        ("The bakery chain will cut 60 jobs.", "de", "Die Bäckereikette wird 60 Mitarbeiter freisetzen.", "Mitarbeiter freisetzen"),
        ("The bus company will cut its evening routes.", "it", "L’azienda dei trasporti annuncia una rimodulazione delle corse serali.", "rimodulazione"),
        ("The bus company will cut two stops from the route.", "en", "The bus company will streamline the route.", "streamline the route"),
        # damage told as razing
        ("The hailstorm damaged vines on about 300 hectares.", "es", "La granizada arrasó viñedos en unas 300 hectáreas.", "arrasó"),
        ("The hailstorm damaged vines on about 300 hectares.", "fr", "La grêle a rasé les vignes sur quelque 300 hectares.", "a rasé"),
        ("The hailstorm damaged vines on about 300 hectares.", "en", "The hailstorm razed vines on about 300 hectares.", "razed"),
        ("The hailstorm damaged vines on about 300 hectares.", "de", "Der Hagel hat Reben auf rund 300 Hektar dem Erdboden gleichgemacht.", "dem Erdboden gleichgemacht"),
        ("The hailstorm damaged vines on about 300 hectares.", "it", "La grandinata ha lasciato un paesaggio lunare su circa 300 ettari di vigneti.", "paesaggio lunare"),
        # goods or figures relabelled told as doctored
        ("The winery relabelled 20,000 bottles of table wine.", "fr", "La cave a maquillé 20 000 bouteilles de vin de table.", "maquillé"),
        ("The winery relabelled 20,000 bottles of table wine.", "it", "La cantina ha venduto 20.000 bottiglie taroccate di vino da tavola.", "taroccate"),
        ("The council adjusted its waiting-list figures.", "en", "The council fudged its waiting-list figures.", "fudged"),
        ("The council adjusted its waiting-list figures.", "de", "Die Stadt hat ihre Wartelistenzahlen frisiert.", "frisiert"),
        ("The council adjusted its waiting-list figures.", "es", "El ayuntamiento maquilló sus cifras de listas de espera.", "maquilló"),
    ],
)
def test_a_charged_word_where_the_source_spoke_plainly_is_reported(original, d_lang, derivative, word):
    found = charged_words("en", original, d_lang, derivative)
    assert any(word in f or f in word for f in found), found


@pytest.mark.parametrize(
    "original, d_lang, derivative",
    [
        # faithful renderings of the plain words
        ("Inspectors found that the clinic reused unsterilised instruments.", "fr", "Les inspecteurs ont constaté que la clinique réutilisait des instruments non stérilisés."),
        ("Labour inspectors have visited 30 farms and closed four packing sheds.", "fr", "Les inspecteurs du travail ont visité 30 fermes et fermé quatre hangars de conditionnement."),
        ("The agency will check whether the firms pay the minimum wage.", "fr", "L’agence vérifiera si les entreprises paient le salaire minimum."),
        ("The operator said it would hand back its rail franchise.", "fr", "L’exploitant a annoncé qu’il rendrait sa concession ferroviaire."),
        ("The resort holds a licence to draw water from the lake.", "fr", "La station dispose d’une licence pour prélever de l’eau dans le lac."),
        ("The largest dairy in the region has 900 employees.", "fr", "La plus grande laiterie de la région emploie 900 personnes."),
        ("After the reaction her lips and cheeks swelled for a week.", "fr", "Après la réaction, ses lèvres et ses joues ont enflé pendant une semaine."),
        ("Eleven small growers have not signed the new contract.", "fr", "Onze petits producteurs n’ont pas signé le nouveau contrat."),
        # the source's own charged word, faithfully rendered
        ("Inspectors described the kitchen as filthy.", "fr", "Les inspecteurs ont décrit la cuisine comme crasseuse."),
        ("Inspectors found a filthy kitchen.", "de", "Die Kontrolleure fanden eine verdreckte Küche."),
        ("Police raided four bars on Friday night.", "fr", "La police a fait une descente dans quatre bars vendredi soir."),
        ("Police sealed the flat after the fire.", "fr", "La police a mis l’appartement sous scellés après l’incendie."),
        ("Police raided four bars on Friday night.", "it", "La polizia ha fatto una retata in quattro bar venerdì sera."),
        ("Police raided four bars on Friday night.", "de", "Die Polizei hat am Freitagabend vier Bars hochgenommen."),
        ("Hunters tracked the wolf for three days.", "fr", "Les chasseurs ont traqué le loup pendant trois jours."),
        ("Police hunted down the two escaped prisoners.", "es", "La policía salió a la caza de los dos presos fugados."),
        ("The partner walked away from the deal in June.", "fr", "Le partenaire a jeté l’éponge en juin."),
        ("The operator said it would walk away from the franchise.", "en", "The operator said it would walk away from the franchise."),
        ("Farms pumped the aquifer dry within ten years.", "fr", "Les fermes ont siphonné la nappe en dix ans."),
        ("Tourists drained the village's wells every summer.", "it", "I turisti prosciugavano i pozzi del paese ogni estate."),
        ("The retail giant opened six stores.", "fr", "Le géant de la distribution a ouvert six magasins."),
        ("The town put up a giant screen for the final.", "fr", "La ville a installé un écran géant pour la finale."),
        ("The mine's owner, a mining behemoth, refused to comment.", "es", "El propietario de la mina, un coloso minero, se negó a comentar."),
        ("The burns left him disfigured.", "fr", "Les brûlures l’ont laissé défiguré."),
        ("The bomb mutilated three soldiers.", "it", "La bomba ha mutilato tre soldati."),
        ("A few diehards stayed at the stadium until midnight.", "fr", "Quelques irréductibles sont restés au stade jusqu’à minuit."),
        ("Three holdouts still refuse to sell their land.", "de", "Drei Unbeugsame weigern sich noch, ihr Land zu verkaufen."),
        ("The health board will withdraw its mobile eye clinic in March.", "fr", "L’autorité sanitaire retirera sa clinique ophtalmologique mobile en mars."),
        ("The bakery chain will cut 60 jobs.", "de", "Die Bäckereikette wird 60 Stellen streichen."),
        ("The airline will retire its oldest planes next year.", "en", "The airline will retire its oldest planes next year."),
        ("The company said it would right-size its workforce.", "es", "La empresa dijo que haría un ajuste de plantilla."),
        ("The earthquake destroyed the old town centre.", "es", "El terremoto arrasó el casco antiguo."),
        ("The hailstorm damaged vines on about 300 hectares.", "fr", "La grêle a endommagé des vignes sur quelque 300 hectares."),
        ("Prosecutors say the winery faked the labels.", "fr", "Selon le parquet, la cave a maquillé les étiquettes."),
        ("The winery relabelled 20,000 bottles of table wine.", "it", "La cantina ha rietichettato 20.000 bottiglie di vino da tavola."),
        ("The actress did her own make-up.", "fr", "L’actrice s’est maquillée elle-même."),
        ("Burning batteries released toxic gas, a chemist said.", "de", "Brennende Batterien haben giftiges Gas freigesetzt, sagte eine Chemikerin."),
        ("The planned extension of the library was shelved in 2023.", "fr", "L’extension prévue de la bibliothèque a été mise en sommeil en 2023."),
        ("About 300 hectares of forest were cleared between 2022 and 2025.", "fr", "Quelque 300 hectares de forêt ont été rasés entre 2022 et 2025."),
        # a thieves' raid is the plain word; a regulator's sights are no hunt
        ("Thieves took silver coins from the museum early on Sunday.", "en", "Thieves took silver coins from the museum in a surprise raid early on Sunday."),
        ("The regulator suspended the charity's trustees.", "fr", "Les administrateurs de l’association, dans le viseur du régulateur, ont été suspendus."),
    ],
)
def test_a_faithful_rendering_stays_quiet(original, d_lang, derivative):
    assert charged_words("en", original, d_lang, derivative) == []
