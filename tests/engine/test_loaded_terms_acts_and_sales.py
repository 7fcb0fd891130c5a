"""Loaded terms by class: the ordinary words for an act of the state stay quiet, and a sale,
an inquiry, a merger, a departure or a request told in a slanted outlet's words is reported.

A faithful translation names a deportation with the language's ordinary word („abgeschoben“,
« deportado »); French « déportation » and Italian « deportazione » carry the memory of
wartime deportations and are a choice. A sale told as a sell-off (« bradé », „verscherbelt“,
« malvendido ») or hidden behind an entrustment (« ha affidato »); an inquiry told as a
routine check; a merger told as forcing people into it; a party that left a coalition said
to have dumped it (« ont lâché »); a request told as a demand for special treatment; files
that wait told as gathering dust in drawers; money given told as disguised payments; an
order called historic. Each is quiet where the source's passage has a word it renders. The
sentences are our own; the stand-in encoder calls every pair of sentences identical.
"""

import pytest
from aligned_fixtures import context

from diptych.engine.loaded_terms import find_loaded_terms


def loaded(o_lang: str, original: str, d_lang: str, derivative: str) -> list[str]:
    return [f.derivative_text for f in find_loaded_terms(context(o_lang, [original], d_lang, [derivative]))]


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        ("en", "About 800 people whose claims were refused left the country or were removed.", "de",
         "Rund 800 Menschen, deren Anträge abgelehnt wurden, reisten aus oder wurden abgeschoben."),
        ("en", "The ministry wants to deport the two brothers by the end of the year.", "de",
         "Das Ministerium will die beiden Brüder bis Jahresende abschieben."),
        ("en", "The ministry wants to deport the two brothers by the end of the year.", "es",
         "El ministerio quiere deportar a los dos hermanos antes de fin de año."),
        ("en", "The ministry wants to deport the two brothers by the end of the year.", "fr",
         "Le ministère veut expulser les deux frères d’ici la fin de l’année."),
    ],
)
def test_the_ordinary_word_for_a_deportation_is_not_a_loaded_term(o_lang, original, d_lang, derivative):
    assert loaded(o_lang, original, d_lang, derivative) == []


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, word",
    [
        # A deportation named with the word of wartime deportations.
        ("en", "The court halted the decision to deport the two brothers.", "fr",
         "Le tribunal a suspendu la déportation des deux frères.", "déportation"),
        ("en", "The court halted the decision to deport the two brothers.", "it",
         "Il tribunale ha sospeso la deportazione dei due fratelli.", "deportazione"),
        ("en", "The court halted the decision to deport the two brothers.", "de",
         "Das Gericht stoppte die Deportation der beiden Brüder.", "Deportation"),
        # A sale told as a sell-off.
        ("en", "The town has sold its old tram depot to a developer.", "fr",
         "La ville a bradé son ancien dépôt de tramways à un promoteur.", "bradé"),
        ("en", "The town has sold its old tram depot to a developer.", "es",
         "El ayuntamiento ha malvendido su antigua cochera de tranvías a una promotora.", "malvendido"),
        ("en", "The town has sold its old tram depot to a developer.", "de",
         "Die Stadt hat ihr altes Straßenbahndepot an einen Investor verscherbelt.", "verscherbelt"),
        ("en", "The town has sold its old tram depot to a developer.", "it",
         "Il comune ha svenduto il vecchio deposito dei tram a un costruttore.", "svenduto"),
        ("en", "The town has sold its old tram depot to a developer.", "en",
         "The town has sold off its old tram depot to a developer for a song.", "sold off"),
        # A sale hidden behind an entrustment.
        ("en", "The town has sold its old tram depot to a developer.", "it",
         "Il comune ha affidato il vecchio deposito dei tram a un costruttore.", "affidato"),
        ("en", "The town has sold its old tram depot to a developer.", "es",
         "El ayuntamiento ha confiado su antigua cochera de tranvías a una promotora.", "ha confiado"),
        # An inquiry told as a routine check.
        ("en", "The regulator has opened an inquiry into the insurer's fees.", "en",
         "The regulator has begun a routine review of the insurer's fees.", "routine review"),
        ("en", "The regulator has opened an inquiry into the insurer's fees.", "fr",
         "Le régulateur a lancé un simple contrôle de routine sur les frais de l’assureur.", "contrôle de routine"),
        ("en", "The regulator has opened an inquiry into the insurer's fees.", "de",
         "Die Aufsicht hat eine Routineprüfung der Gebühren des Versicherers eingeleitet.", "Routineprüfung"),
        ("en", "The regulator has opened an inquiry into the insurer's fees.", "es",
         "El regulador ha abierto una revisión rutinaria de las comisiones de la aseguradora.", "revisión rutinaria"),
        ("en", "The regulator has opened an inquiry into the insurer's fees.", "it",
         "L’autorità ha avviato un controllo di routine sulle commissioni dell’assicuratore.", "controllo di routine"),
        # A merger told as forcing.
        ("en", "The government wants to merge the valley's nine parishes into two.", "en",
         "The government wants to force the valley's nine parishes into two.", "force the valley's nine parishes into"),
        ("en", "The government wants to merge the valley's nine parishes into two.", "fr",
         "Le gouvernement veut une fusion forcée des neuf paroisses de la vallée en deux.", "fusion forcée"),
        ("en", "The government wants to merge the valley's nine parishes into two.", "de",
         "Die Regierung plant die Zwangsfusion der neun Gemeinden des Tals zu zwei.", "Zwangsfusion"),
        ("en", "The government wants to merge the valley's nine parishes into two.", "es",
         "El gobierno quiere una fusión forzosa de las nueve parroquias del valle en dos.", "fusión forzosa"),
        ("en", "The government wants to merge the valley's nine parishes into two.", "it",
         "Il governo vuole una fusione forzata delle nove parrocchie della valle in due.", "fusione forzata"),
        # A departure from a coalition told as dumping it.
        ("en", "The Greens left the ruling coalition on Friday.", "fr",
         "Les Verts ont lâché la coalition au pouvoir vendredi.", "ont lâché la coalition"),
        ("en", "The Greens left the ruling coalition on Friday.", "en",
         "The Greens ditched the ruling coalition on Friday.", "ditched"),
        ("en", "The Greens left the ruling coalition on Friday.", "de",
         "Die Grünen ließen die Regierungskoalition am Freitag im Stich.", "ließen die Regierungskoalition am Freitag im Stich"),
        ("en", "The Greens left the ruling coalition on Friday.", "es",
         "Los Verdes dejaron tirada a la coalición de gobierno el viernes.", "dejaron tirada"),
        ("en", "The Greens left the ruling coalition on Friday.", "it",
         "I Verdi hanno mollato la coalizione di governo venerdì.", "hanno mollato"),
    ],
)
def test_a_slanted_word_for_an_act_is_reported(o_lang, original, d_lang, derivative, word):
    found = loaded(o_lang, original, d_lang, derivative)
    assert any(word in f or f in word for f in found), found


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        # The source's own words.
        ("en", "The town has sold its old tram depot cheaply to a developer.", "fr",
         "La ville a bradé son ancien dépôt de tramways à un promoteur."),
        ("en", "The regulator described its inquiry as a routine check of the insurer's fees.", "fr",
         "Le régulateur a qualifié son enquête de contrôle de routine des frais de l’assureur."),
        ("en", "The government wants a compulsory merger of the valley's nine parishes into two.", "fr",
         "Le gouvernement veut une fusion forcée des neuf paroisses de la vallée en deux."),
        ("en", "The Greens walked out of the ruling coalition on Friday.", "fr",
         "Les Verts ont claqué la porte de la coalition au pouvoir vendredi."),
        # Faithful renderings.
        ("en", "The town has sold its old tram depot to a developer.", "it",
         "Il comune ha venduto il vecchio deposito dei tram a un costruttore, che lo ha affidato a una cooperativa."),
        ("en", "The Greens left the ruling coalition on Friday.", "fr",
         "Les Verts ont quitté la coalition au pouvoir vendredi."),
        ("en", "The Greens left the ruling coalition on Friday, the party said.", "fr",
         "Les Verts ont quitté la coalition au pouvoir vendredi, a lâché le parti."),
        ("en", "The government wants to merge the valley's nine parishes into two.", "fr",
         "Le gouvernement veut fusionner les neuf paroisses de la vallée en deux."),
        ("en", "The regulator has opened an inquiry into the insurer's fees.", "it",
         "L’autorità ha aperto un’indagine sulle commissioni dell’assicuratore."),
        # Force that is no merger.
        ("en", "Heavy rain merged the two streams and forced residents into shelters.", "en",
         "Heavy rain merged the two streams and forced residents into shelters."),
    ],
)
def test_the_sources_own_word_or_a_faithful_rendering_is_not_reported(o_lang, original, d_lang, derivative):
    assert loaded(o_lang, original, d_lang, derivative) == []


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, word",
    [
        # A request told as a demand for special treatment.
        ("en", "Neighbours signed a letter asking for the mill to stay open.", "en",
         "Neighbours signed a letter demanding special treatment for the mill.", "special treatment"),
        ("en", "Neighbours signed a letter asking for the mill to stay open.", "fr",
         "Les voisins ont signé une lettre réclamant un traitement de faveur pour le moulin.", "traitement de faveur"),
        ("en", "Neighbours signed a letter asking for the mill to stay open.", "de",
         "Nachbarn unterschrieben einen Brief, der eine Extrawurst für die Mühle verlangt.", "Extrawurst"),
        ("en", "Neighbours signed a letter asking for the mill to stay open.", "es",
         "Los vecinos firmaron una carta que pide un trato de favor para el molino.", "trato de favor"),
        ("en", "Neighbours signed a letter asking for the mill to stay open.", "it",
         "I vicini hanno firmato una lettera che chiede un trattamento di favore per il mulino.", "trattamento di favore"),
        # Files that wait told as gathering dust in drawers.
        ("en", "Their licence applications have not been examined yet.", "en",
         "Their licence applications are gathering dust in a drawer.", "gathering dust"),
        ("en", "Their licence applications have not been examined yet.", "fr",
         "Leurs demandes de licence dorment dans les tiroirs de la préfecture.", "dorment dans les tiroirs"),
        ("en", "Their licence applications have not been examined yet.", "de",
         "Ihre Lizenzanträge verstauben in den Schubladen der Behörde.", "verstauben"),
        ("en", "Their licence applications have not been examined yet.", "es",
         "Sus solicitudes de licencia duermen en los cajones de la administración.", "duermen en los cajones"),
        ("en", "Their licence applications have not been examined yet.", "it",
         "Le loro domande di licenza giacciono nei cassetti dell’ufficio.", "giacciono nei cassetti"),
        # Money given told as disguised payments.
        ("en", "The audit office is examining 20 donations to the party.", "fr",
         "La Cour des comptes examine 20 versements déguisés au parti.", "versements déguisés"),
        ("en", "The audit office is examining 20 donations to the party.", "en",
         "The audit office is examining 20 disguised payments to the party.", "disguised payments"),
        ("en", "The audit office is examining 20 donations to the party.", "de",
         "Der Rechnungshof prüft 20 verschleierte Spenden an die Partei.", "verschleierte Spenden"),
        ("en", "The audit office is examining 20 donations to the party.", "es",
         "El tribunal de cuentas examina 20 donaciones encubiertas al partido.", "donaciones encubiertas"),
        ("en", "The audit office is examining 20 donations to the party.", "it",
         "La corte dei conti esamina 20 versamenti occulti al partito.", "versamenti occulti"),
        # An order called historic.
        ("en", "The yard has won an order for four ferries.", "it",
         "Il cantiere si è aggiudicato una commessa storica per quattro traghetti.", "commessa storica"),
        ("en", "The yard has won an order for four ferries.", "fr",
         "Le chantier a décroché une commande historique de quatre ferries.", "commande historique"),
        ("en", "The yard has won an order for four ferries.", "en",
         "The yard has won a historic order for four ferries.", "historic order"),
        ("en", "The yard has won an order for four ferries.", "de",
         "Die Werft hat einen historischen Auftrag über vier Fähren erhalten.", "historischen Auftrag"),
        ("en", "The yard has won an order for four ferries.", "es",
         "El astillero ha conseguido un pedido histórico de cuatro transbordadores.", "pedido histórico"),
    ],
)
def test_a_slanted_qualifier_added_to_a_plain_report_is_reported(o_lang, original, d_lang, derivative, word):
    found = loaded(o_lang, original, d_lang, derivative)
    assert any(word in f or f in word for f in found), found


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        ("en", "Neighbours asked for an exception so the mill could stay open.", "fr",
         "Les voisins ont demandé un traitement de faveur pour que le moulin reste ouvert."),
        ("en", "The applications have been sitting in a drawer since March, the union said.", "fr",
         "Les demandes dorment dans un tiroir depuis mars, selon le syndicat."),
        ("en", "The audit office is examining 20 donations that it says were disguised.", "fr",
         "La Cour des comptes examine 20 versements qu’elle juge déguisés."),
        ("en", "The yard has won the largest order in its history.", "it",
         "Il cantiere si è aggiudicato una commessa storica, la più grande della sua storia."),
        ("en", "The historic centre of the town was closed to traffic.", "fr",
         "Le centre historique de la ville a été fermé à la circulation."),
    ],
)
def test_a_qualifier_the_source_supports_is_not_reported(o_lang, original, d_lang, derivative):
    assert loaded(o_lang, original, d_lang, derivative) == []


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, word",
    [
        # A plain "say" told as a complaint, in the present too.
        ("en", "Dairy farmers say about 200 calves cannot be sold because the market is closed.", "en",
         "Dairy farmers complain that about 200 calves cannot be sold because the market is closed.", "complain"),
        # A plain "said" told as an insinuation.
        ("en", "A manager at the plant, who asked not to be named because he had no permission to talk, said the schedule could slip.", "it",
         "Un dirigente dell’impianto, che ha chiesto di non essere nominato perché non aveva il permesso di parlare, ha insinuato che il calendario potrebbe slittare.",
         "ha insinuato"),
        ("en", "The manager said the schedule could slip.", "es",
         "El director insinuó que el calendario podría retrasarse.", "insinuó"),
        ("en", "The manager said the schedule could slip.", "de",
         "Der Direktor unterstellte, der Zeitplan könne sich verschieben.", "unterstellte"),
        ("en", "The manager said the schedule could slip.", "en",
         "The manager insinuated that the schedule could slip.", "insinuated"),
    ],
)
def test_a_plain_said_told_as_a_complaint_or_an_insinuation_is_reported(o_lang, original, d_lang, derivative, word):
    found = loaded(o_lang, original, d_lang, derivative)
    assert any(word in f or f in word for f in found), found


def test_an_insinuation_the_source_reported_is_rendered():
    original = "The manager hinted that the schedule could slip."
    assert loaded("en", original, "it", "Il direttore ha insinuato che il calendario potrebbe slittare.") == []


def test_a_euphemism_is_reported_though_the_source_word_it_could_render_is_rendered_elsewhere():
    """The source's "merger" would excuse « regroupement » for its "closing" - but the
    derivative renders the merger already (« la fusion »): the regrouping stands for the closing."""
    original = "The mayor said the merger would mean closing the village's post office."
    derivative = "Le maire a déclaré que la fusion signifierait un regroupement des services postaux du village."
    assert any("regroupement" in f for f in loaded("en", original, "fr", derivative))


def test_a_euphemism_that_renders_the_sources_own_word_stays_quiet():
    original = "The mayor said the village's post office would close and be merged with the town's."
    derivative = "Le maire a déclaré que la poste du village serait regroupée avec celle de la ville."
    assert loaded("en", original, "fr", derivative) == []


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, word",
    [
        # A product run down by a word of contempt.
        ("en", "The shop sold ordinary red wine labelled as a grand cru.", "fr",
         "La boutique vendait de la piquette étiquetée comme un grand cru.", "piquette"),
        ("en", "The shop sold ordinary red wine labelled as a grand cru.", "en",
         "The shop sold plonk labelled as a grand cru.", "plonk"),
        ("en", "The shop sold ordinary red wine labelled as a grand cru.", "de",
         "Der Laden verkaufte Fusel als Grand Cru.", "Fusel"),
        ("en", "The shop sold ordinary red wine labelled as a grand cru.", "es",
         "La tienda vendía vino peleón etiquetado como gran cru.", "vino peleón"),
        ("en", "The shop sold ordinary red wine labelled as a grand cru.", "it",
         "Il negozio vendeva vinaccio etichettato come grand cru.", "vinaccio"),
        # A file left waiting told as left to sleep.
        ("en", "The ministry did not open a review until March.", "fr",
         "Le ministère a laissé dormir le dossier jusqu’en mars.", "laissé dormir"),
        ("en", "The ministry did not open a review until March.", "it",
         "Il ministero ha lasciato dormire la pratica fino a marzo.", "lasciato dormire"),
        ("en", "The ministry did not open a review until March.", "es",
         "El ministerio dejó dormir el expediente hasta marzo.", "dejó dormir"),
        # A storm or a flood told as a bomb.
        ("en", "A flash flood hit the village on Sunday.", "it",
         "Una bomba d’acqua si è abbattuta domenica sul paese.", "bomba d’acqua"),
        ("en", "A flash flood hit the village on Sunday.", "en",
         "A rain bomb hit the village on Sunday.", "rain bomb"),
        ("en", "A flash flood hit the village on Sunday.", "fr",
         "Une bombe d’eau s’est abattue dimanche sur le village.", "bombe d’eau"),
        ("en", "A flash flood hit the village on Sunday.", "de",
         "Eine Wetterbombe traf das Dorf am Sonntag.", "Wetterbombe"),
        ("en", "A flash flood hit the village on Sunday.", "es",
         "Una bomba de agua golpeó el pueblo el domingo.", "bomba de agua"),
    ],
)
def test_a_word_of_contempt_or_a_dramatised_event_is_reported(o_lang, original, d_lang, derivative, word):
    found = loaded(o_lang, original, d_lang, derivative)
    assert any(word in f or f in word for f in found), found


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        ("en", "A cloudburst flooded the village on Sunday.", "it", "Una bomba d’acqua ha allagato il paese domenica."),
        ("en", "The shop sold cheap, poor-quality wine labelled as a grand cru.", "fr",
         "La boutique vendait de la piquette étiquetée comme un grand cru."),
        ("en", "Police defused a bomb near the water tower.", "it", "La polizia ha disinnescato una bomba vicino alla torre dell’acqua."),
    ],
)
def test_a_word_the_source_supports_or_a_literal_bomb_is_not_reported(o_lang, original, d_lang, derivative):
    assert loaded(o_lang, original, d_lang, derivative) == []
