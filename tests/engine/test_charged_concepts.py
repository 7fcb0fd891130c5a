"""Concepts of the broad lexicon of charged words added from the blind sets' misses.

Each concept is a way news framing colours a plain report: a decision told as summary, an
official as zealous, thieves as looters, an incident as part of a crime wave, an appeal as
stalling, a postponement as a sacrifice to savings, a move as a blunder, an incident as a
disaster narrowly averted, a refusal as obstinacy, an intervention as meddling, an event as
orchestrated, an institution as plundered, a measure as feeble, a person as quarrelsome, a
departure as an ousting, a stay in office as clinging on, a plain result as a masterstroke, a
statement as passing the blame or as the least the speaker could say.
The sentences are our own; the stand-in encoder calls every pair of sentences identical, so
only the words decide.
"""

import pytest
from aligned_fixtures import charged_words


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, word",
    [
        # A decision told as summary or high-handed.
        ("en", "The ministry cancelled the permit of the ferry operator.", "en", "The ministry summarily cancelled the ferry operator's permit.", "summarily"),
        ("en", "The council closed the youth centre in March.", "de", "Der Stadtrat hat das Jugendzentrum im März kurzerhand geschlossen.", "kurzerhand"),
        ("en", "The federation suspended the coach.", "it", "La federazione ha sospeso l’allenatore su due piedi.", "su due piedi"),
        ("en", "The agency withdrew the grant.", "fr", "L’agence a supprimé la subvention d’un trait de plume.", "d’un trait de plume"),
        # An official called zealous or officious.
        ("en", "The inspector, Lena Moor, fined the bakery twice.", "en", "The overzealous inspector Lena Moor fined the bakery twice.", "overzealous"),
        ("en", "The customs officer checked every crate.", "fr", "Le douanier, très zélé, a contrôlé chaque caisse.", "zélé"),
        ("en", "The auditor questioned the travel expenses.", "de", "Der übereifrige Prüfer beanstandete die Reisekosten.", "übereifrige"),
        # Thieves called looters; a theft made part of a crime wave.
        ("en", "Burglars entered the pharmacy through a side door.", "en", "Marauders entered the pharmacy through a side door.", "Marauders"),
        ("en", "Thieves took copper cable from the depot.", "es", "Una banda de saqueadores se llevó cable de cobre del depósito.", "banda de saqueadores"),
        ("en", "The robbery was the second at the station this year.", "fr", "Ce braquage s’inscrit dans une vague de braquages qui frappe la gare.", "vague de braquages"),
        ("en", "It was the fourth break-in at the school.", "it", "È l’ennesimo episodio di un’ondata di furti che colpisce la scuola.", "ondata di furti"),
        # An appeal or a review told as stalling.
        ("en", "The insurer said it would appeal the ruling.", "en", "The insurer is dragging out the case with an appeal.", "dragging out the"),
        ("en", "The landlord asked the court for more time.", "fr", "Le propriétaire joue la montre devant le tribunal.", "joue la montre"),
        ("en", "The company asked for a second expert report.", "es", "La empresa da largas pidiendo un segundo informe pericial.", "da largas"),
        ("en", "The ministry is still reviewing the application.", "de", "Das Ministerium spielt bei dem Antrag auf Zeit.", "spielt bei dem Antrag auf Zeit"),
        # A postponement told as a sacrifice to savings.
        ("en", "The library extension was postponed.", "en", "The library extension was sacrificed on the altar of austerity.", "sacrificed on the altar of"),
        ("en", "The school trips were cancelled this year.", "de", "Die Klassenfahrten sind in diesem Jahr dem Rotstift zum Opfer gefallen.", "dem Rotstift zum Opfer"),
        ("en", "The night bus was not renewed.", "it", "Il bus notturno è stato sacrificato sull’altare dei tagli.", "sacrificato sull’altare"),
        # A move or a mistake told as a blunder.
        ("en", "The lorry turned into the closed lane.", "en", "The lorry blundered into the closed lane.", "blundered"),
        ("en", "The minister named June as the date.", "fr", "Le ministre a commis une bévue en citant juin comme date.", "bévue"),
        ("en", "The spokesman misnamed the town.", "de", "Dem Sprecher unterlief ein Patzer beim Namen der Stadt.", "Patzer"),
        # An incident told as a disaster narrowly averted.
        ("en", "The two trains stopped 200 metres apart.", "fr", "Les deux trains ont frôlé la catastrophe, à 200 mètres l’un de l’autre.", "frôlé la catastrophe"),
        ("en", "The dam held after the heavy rain.", "en", "The dam held, but the town was on the brink of disaster after the heavy rain.", "on the brink of disaster"),
        ("en", "The ferry lost power near the pier.", "it", "Il traghetto ha sfiorato la tragedia vicino al molo.", "sfiorato la tragedia"),
        # A refusal told as obstinacy.
        ("en", "The union rejected the offer.", "en", "The union stubbornly rejected the offer.", "stubbornly"),
        ("en", "The mayor kept the plan.", "es", "El alcalde se empecinó en mantener el plan.", "se empecinó"),
        ("en", "The board did not change its position.", "it", "Il consiglio si ostina a non cambiare posizione.", "si ostina"),
        # An intervention told as meddling.
        ("en", "The ministry issued guidance on school menus.", "en", "The ministry meddled in school menus with new guidance.", "meddled"),
        ("en", "The region set rules for the opening hours of bars.", "de", "Die Region setzt mit neuen Regeln für Bars ihre Bevormundung fort.", "Bevormundung"),
        # An event told as orchestrated.
        ("en", "Several residents wrote to the council.", "fr", "Plusieurs habitants, téléguidés par l’opposition, ont écrit au conseil.", "téléguidés"),
        ("en", "Hundreds of fans gathered outside the stadium.", "en", "Hundreds of fans gathered outside the stadium in a stage-managed show of support.", "stage-managed"),
        # A measure called feeble, a person given a quarrelsome character.
        ("en", "The parliament passed the new lobbying rules.", "en", "The parliament passed the toothless new lobbying rules.", "toothless"),
        ("en", "The government presented a housing plan.", "es", "El Gobierno presentó un plan de vivienda descafeinado.", "descafeinado"),
        ("en", "The ministry adopted the emissions rules.", "de", "Das Ministerium verabschiedete die verwässerten Emissionsregeln.", "verwässerten"),
        ("en", "The mayor, Tom Reyes, opened the session.", "en", "The combative mayor, Tom Reyes, opened the session.", "combative"),
        ("en", "The party leader spoke in Lyon.", "fr", "Le très clivant chef du parti a parlé à Lyon.", "clivant"),
        # A departure told as an ousting, a stay in office as clinging on, a plain result praised.
        ("en", "The club's director left in May.", "en", "The club's director was ousted in May.", "ousted"),
        ("en", "The board replaced its chairman.", "de", "Der Vorstand hat seinen Vorsitzenden geschasst.", "geschasst"),
        ("en", "The mayor stayed in office after the vote.", "fr", "Le maire s’accroche à son poste après le vote.", "s’accroche à son poste"),
        ("en", "The minister remained in her post.", "it", "La ministra resta attaccata alla poltrona.", "attaccata alla poltrona"),
        ("en", "The council approved the new tram line.", "en", "The council approved the long-overdue new tram line.", "long-overdue"),
        ("en", "The coach changed two players at half-time.", "es", "El entrenador hizo dos cambios en el descanso, una jugada maestra.", "jugada maestra"),
        # A statement told as passing the blame, or as the least the speaker could say.
        ("en", "The director said the delays were caused by two suppliers.", "fr", "Le directeur se défausse sur deux fournisseurs pour les retards.", "se défausse"),
        ("en", "The club said the referee had made the decision.", "es", "El club echó balones fuera y señaló al árbitro.", "echó balones fuera"),
        ("en", "The firm said in a statement that it followed the rules.", "fr", "L’entreprise s’est contentée d’affirmer dans un communiqué qu’elle respectait les règles.", "s’est contentée d’affirmer"),
        ("en", "The ministry said the figures were provisional.", "it", "Il ministero si è limitato a dire che i dati sono provvisori.", "si è limitato a dire"),
        # A cooperative or a fund said to be plundered.
        ("en", "The managers lent the fund's money to their own companies.", "fr", "Les dirigeants ont mis en coupe réglée le fonds au profit de leurs sociétés.", "mis en coupe réglée"),
        ("en", "The directors took loans from the association.", "it", "I dirigenti hanno spolpato l’associazione con prestiti.", "spolpato"),
    ],
)
def test_a_framing_concept_the_source_did_not_use_is_reported(o_lang, original, d_lang, derivative, word):
    assert charged_words(o_lang, original, d_lang, derivative) == [word]


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        # The source's own word of the same charge, rendered.
        ("en", "The regulator summarily revoked the licence.", "de", "Die Aufsicht entzog kurzerhand die Lizenz."),
        ("en", "The council abruptly closed the pool.", "fr", "Le conseil a fermé la piscine sommairement."),
        ("en", "Looters ransacked the shops after the storm.", "fr", "Des pillards ont dévalisé les magasins après la tempête."),
        ("en", "Police reported a spate of burglaries in the suburb.", "es", "La policía informó de una ola de robos en el barrio."),
        ("en", "The insurer has repeatedly delayed the payout.", "fr", "L’assureur fait traîner le versement."),
        ("en", "The bridge repair was cut to save money.", "de", "Die Brückenreparatur fiel dem Rotstift zum Opfer."),
        ("en", "The driver made a mistake at the junction.", "fr", "Le conducteur a commis une bévue au carrefour."),
        ("en", "The pilot narrowly averted a disaster.", "it", "Il pilota ha sfiorato la tragedia."),
        ("en", "The union refused to budge on pay.", "en", "The union stubbornly refused to move on pay."),
        ("en", "The minister was accused of interfering in the inquiry.", "es", "Se acusó al ministro de entrometerse en la investigación."),
        ("en", "Critics said the protest had been orchestrated by a party.", "de", "Kritiker sagten, der Protest sei von einer Partei orchestriert worden."),
        ("en", "The inspector was known as a strict official.", "de", "Der Inspektor galt als pedantisch."),
        ("en", "The regulator was criticised as weak and toothless.", "it", "Il regolatore è stato criticato come debole e sdentato."),
        ("en", "The outspoken mayor opened the session.", "de", "Der streitlustige Bürgermeister eröffnete die Sitzung."),
        ("en", "The minister is a controversial figure.", "fr", "Le ministre est une personnalité clivante."),
        ("en", "The chairman was forced to resign by the board.", "fr", "Le président a été évincé par le conseil."),
        ("en", "The mayor refused to resign despite the report.", "de", "Der Bürgermeister klebt trotz des Berichts an seinem Sessel."),
        ("en", "The ruling was hailed as a landmark.", "it", "La sentenza è stata salutata come un colpo da maestro."),
        ("en", "Hundreds of families were forced out of their homes by the flood.", "en", "Hundreds of families were forced out of their homes by the flood."),
        ("en", "The company paid the overdue invoices.", "de", "Die Firma beglich die überfälligen Rechnungen."),
        ("en", "The spokeswoman declined to comment, saying only that the rules were followed.", "fr", "La porte-parole n’a pas souhaité commenter, se contentant d’affirmer que les règles avaient été respectées."),
        ("en", "The coach blamed the referee for the defeat.", "it", "L’allenatore ha fatto scaricabarile sull’arbitro per la sconfitta."),
        # The plain word for people who stole quiets nothing else, and renders itself.
        ("en", "Thieves stole two bicycles from the yard.", "fr", "Des voleurs ont dérobé deux vélos dans la cour."),
        ("en", "Thieves stole two bicycles from the yard.", "de", "Diebe stahlen zwei Fahrräder aus dem Hof."),
        # Words of these concepts in a literal sense stay out of the lists.
        ("en", "The goalkeeper conceded an own goal in the 80th minute.", "de", "Der Torwart kassierte in der 80. Minute ein Eigentor."),
        ("en", "The storm closed the coastal road.", "de", "Der Sturm sperrte die Küstenstraße."),
        ("en", "Volunteers were digging in the garden.", "en", "Volunteers were digging in the garden."),
        ("en", "The roadside assistance arrived after an hour.", "de", "Die Pannenhilfe kam nach einer Stunde."),
        ("en", "The orchestra was conducted by a guest.", "fr", "L’orchestre était dirigé par un invité."),
        ("en", "The child's nanny collected her from school.", "fr", "La nounou de l’enfant est venue la chercher à l’école."),
        ("en", "The survivors were saved by a miracle.", "it", "I sopravvissuti si sono salvati per miracolo."),
        ("en", "He won by a whisker.", "es", "Ganó por los pelos."),
        ("en", "The army tested a guided missile.", "fr", "L’armée a testé un missile téléguidé."),
        ("en", "Police used a remote-controlled drone.", "de", "Die Polizei setzte eine ferngesteuerte Drohne ein."),
        ("en", "The prosecutor opened a case for abuse of authority.", "fr", "Le parquet a ouvert une enquête pour abus d’autorité."),
        ("en", "The minister answered the question directly.", "de", "Der Minister beantwortete die Frage ohne Umschweife."),
        ("en", "The plane was flown by a trainee pilot.", "it", "L’aereo era pilotato da un pilota in addestramento."),
    ],
)
def test_a_rendering_or_a_literal_use_stays_quiet(o_lang, original, d_lang, derivative):
    assert charged_words(o_lang, original, d_lang, derivative) == []


def test_a_source_that_says_thieves_does_not_excuse_looters():
    """'Thieves' is the plain word of a crime report, not a judgement of the source's own:
    it leaves the derivative's 'looters' to be reported."""
    assert charged_words(
        "en", "Thieves broke into the chapel and took the candlesticks.", "en", "Looters broke into the chapel and took the candlesticks."
    ) == ["Looters"]
