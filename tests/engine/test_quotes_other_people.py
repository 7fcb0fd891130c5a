"""A quote handed to someone else of the story, and a quote sharpened in translation.

A named speaker's words credited to a description ("the harbour master") that a version
gives another named person of the story, and never the speaker, are that other person's:
a misattribution, even where the original says only "she said". So are words credited
to a role the derivative brings in elsewhere with no name ("a judge … ordered" before
"…, the judge wrote") and unlike every role the versions give the speaker. So are words credited to
an unnamed official ("an official", « un responsable ») of a body the story brings in
apart from the speaker (a blood bank for a health minister's words): the generic role
hides who spoke only when the body could be the speaker's own.

A quote rendered with a charged word its original does not say (« pillé » for "ran for
its friends") was reworded, though the encoder scores it as a loose translation. The
same word where the original says it too ("plundered") is a faithful rendering, and an
idiom of the curated list (« au fond d'un tiroir » for "put aside") a translator's choice.

Each row: an English article (title and paragraphs), a rendering paragraph for paragraph,
and the quote findings of a kind that must come out (kind, original text, derivative
text).
"""

from __future__ import annotations

import pytest

from diptych.engine.model import Article, Link, Segment
from diptych.engine.quotes import find_quotes
from diptych.engine.sentences import sentence_spans
from diptych.engine.spans import find_span_findings

HARBOUR = (
    "Ferry operator quits Kalmar harbour",
    "The harbour master, Sven Ahlgren, said the last ferry would leave the port of Kalmar on Friday.",
    "Town councillor Mia Lund said the council would pay for a new crane. "
    '"We will not let the harbour fall apart," she said.',
)
HARBOUR_FR = (
    "L’opérateur des ferries quitte le port de Kalmar",
    "Le capitaine du port, Sven Ahlgren, a indiqué que le dernier ferry quitterait le port de Kalmar vendredi.",
    "La conseillère municipale Mia Lund a déclaré que la commune paierait une nouvelle grue. "
    "« Nous ne laisserons pas le port tomber en ruine », a assuré le capitaine du port.",
)
HARBOUR_DE = (
    "Fährbetreiber verlässt den Hafen von Kalmar",
    "Der Hafenmeister Sven Ahlgren sagte, die letzte Fähre werde den Hafen von Kalmar am Freitag verlassen.",
    "Die Stadträtin Mia Lund sagte, die Gemeinde werde einen neuen Kran bezahlen. "
    "„Wir werden den Hafen nicht verfallen lassen“, versicherte der Hafenmeister.",
)
HARBOUR_ES = (
    "La naviera abandona el puerto de Kalmar",
    "El capitán del puerto, Sven Ahlgren, dijo que el último ferri saldría del puerto de Kalmar el viernes.",
    "La concejala Mia Lund dijo que el ayuntamiento pagaría una nueva grúa. "
    "«No dejaremos que el puerto se venga abajo», aseguró el capitán del puerto.",
)
HARBOUR_OWN = (
    "Ferry operator quits Kalmar harbour",
    "Town councillor Mia Lund said the last ferry would leave the port of Kalmar on Friday.",
    "The harbour master, Sven Ahlgren, said the council would pay for a new crane. "
    '"We will not let the harbour fall apart," he said.',
)
HARBOUR_OWN_FR = (
    "L’opérateur des ferries quitte le port de Kalmar",
    "La conseillère municipale Mia Lund a indiqué que le dernier ferry quitterait le port de Kalmar vendredi.",
    "Le capitaine du port, Sven Ahlgren, a déclaré que la commune paierait une nouvelle grue. "
    "« Nous ne laisserons pas le port tomber en ruine », a assuré le capitaine du port.",
)

BLOOD = (
    "Hospitals postpone operations as blood runs short",
    "The national blood bank said on Monday that its stocks of two blood groups would last less than a week.",
    "Health Minister Rosa Kline said donors would be given a day off work. "
    '"Every donation this week can save a life," she said.',
)
BLOOD_FR = (
    "Les hôpitaux reportent des opérations faute de sang",
    "La banque du sang nationale a indiqué lundi que ses réserves de deux groupes sanguins dureraient moins "
    "d’une semaine.",
    "La ministre de la Santé, Rosa Kline, a déclaré que les donneurs recevraient un jour de congé. "
    "« Chaque don cette semaine peut sauver une vie », a fait valoir un responsable de la banque du sang.",
)
BLOOD_DE = (
    "Kliniken verschieben Operationen wegen Blutmangels",
    "Die nationale Blutbank teilte am Montag mit, ihre Vorräte zweier Blutgruppen reichten weniger als eine "
    "Woche.",
    "Gesundheitsministerin Rosa Kline sagte, Spender bekämen einen Tag frei. "
    "„Jede Spende in dieser Woche kann ein Leben retten“, sagte ein Mitarbeiter der Blutbank.",
)
BLOOD_ES = (
    "Los hospitales aplazan operaciones por falta de sangre",
    "El banco de sangre nacional informó el lunes de que sus reservas de dos grupos sanguíneos durarían menos "
    "de una semana.",
    "La ministra de Sanidad, Rosa Kline, dijo que los donantes tendrían un día libre. "
    "«Cada donación esta semana puede salvar una vida», afirmó un funcionario del banco de sangre.",
)
BLOOD_SPOKESMAN_DE = (
    BLOOD_DE[0],
    BLOOD_DE[1],
    "Gesundheitsministerin Rosa Kline sagte, Spender bekämen einen Tag frei. "
    "„Jede Spende in dieser Woche kann ein Leben retten“, sagte ein Sprecher der Blutbank.",
)
BLOOD_SPOKESMAN_FR = (
    BLOOD_FR[0],
    BLOOD_FR[1],
    "La ministre de la Santé, Rosa Kline, a déclaré que les donneurs recevraient un jour de congé. "
    "« Chaque don cette semaine peut sauver une vie », a fait valoir un porte-parole de la banque du sang.",
)
BLOOD_SPOKESMAN_MINISTRY_ES = (
    BLOOD_ES[0],
    BLOOD_ES[1],
    "La ministra de Sanidad, Rosa Kline, dijo que los donantes tendrían un día libre. "
    "«Cada donación esta semana puede salvar una vida», afirmó un portavoz del Ministerio de Sanidad.",
)
BLOOD_MINISTRY_FR = (
    BLOOD_FR[0],
    BLOOD_FR[1],
    "La ministre de la Santé, Rosa Kline, a déclaré que les donneurs recevraient un jour de congé. "
    "« Chaque don cette semaine peut sauver une vie », a fait valoir un responsable du ministère de la Santé.",
)
BLOOD_NOWHERE_FR = (
    BLOOD_FR[0],
    "Les réserves de deux groupes sanguins dureraient moins d’une semaine, selon les chiffres publiés lundi.",
    "La ministre de la Santé, Rosa Kline, a déclaré que les donneurs recevraient un jour de congé. "
    "« Chaque don cette semaine peut sauver une vie », a fait valoir un responsable de la banque du sang.",
)

# German compounds share their first part (the topic, „Gesundheits-“) across bodies: the
# head (the last part) says whose body it is, „-gruppen“ not „-ministerin“
HEALTH_GROUPS = (
    "Clinic closures anger health groups",
    "Local health groups said the closure of two clinics would leave thousands without a doctor nearby.",
    "The health minister, Rosa Kline, said the state would pay for a bus to the nearest hospital. "
    '"Nobody will be left without care," she said.',
)
HEALTH_GROUPS_DE = (
    "Klinikschließungen verärgern Gesundheitsgruppen",
    "Örtliche Gesundheitsgruppen erklärten, durch die Schließung zweier Kliniken seien Tausende ohne Arzt in "
    "der Nähe.",
    "Gesundheitsminister Rosa Kline sagte, das Land werde einen Bus zum nächsten Krankenhaus bezahlen. "
    "„Niemand wird ohne Versorgung bleiben“, sagte ein Sprecher der örtlichen Gesundheitsgruppen.",
)
HEALTH_MINISTRY_DE = (
    HEALTH_GROUPS_DE[0],
    HEALTH_GROUPS_DE[1],
    "Gesundheitsminister Rosa Kline sagte, das Land werde einen Bus zum nächsten Krankenhaus bezahlen. "
    "„Niemand wird ohne Versorgung bleiben“, sagte ein Sprecher des Gesundheitsministeriums.",
)

BOILERS = (
    "Boiler fires rise in Brno",
    "The city's fire brigade recorded more than 300 boiler fires last winter, a third more than the year before.",
    "Jana Novak, who has repaired boilers for thirty years, said old ones were the most common cause. "
    '"Old boilers rarely fail without some warning first," she said.',
)
BOILERS_RENAMED_DE = (
    "Mehr Heizkesselbrände in Brünn",
    "Die Feuerwehr der Stadt verzeichnete im vergangenen Winter mehr als 300 Heizkesselbrände, ein Drittel mehr "
    "als im Jahr davor.",
    "Jana Nowotny, die seit dreißig Jahren Heizkessel repariert, sagte, alte Kessel seien die häufigste Ursache. "
    "„Alte Heizkessel fallen selten ohne eine Vorwarnung aus“, sagte ein Sprecher der Feuerwehr.",
)

RULING = (
    "Court halts demolition of Ghent tenement",
    "A judge in Ghent ordered the housing company on Monday to stop the demolition of the old tenement.",
    "Lotte Claes, who chairs the tenants' committee, said residents would hold a street party on Saturday. "
    '"We have waited four years for somebody to listen to us," she said.',
)
RULING_FR = (
    "La justice suspend la démolition d’un immeuble à Gand",
    "Un juge de Gand a ordonné lundi à la société de logement d’arrêter la démolition du vieil immeuble.",
    "Lotte Claes, qui préside le comité des locataires, a déclaré que les habitants feraient une fête de rue "
    "samedi. « Nous attendons depuis quatre ans que quelqu’un nous écoute », a écrit le juge dans sa décision.",
)
RULING_DE = (
    "Gericht stoppt Abriss eines Mietshauses in Gent",
    "Ein Richter in Gent ordnete am Montag an, dass die Wohnungsgesellschaft den Abriss des alten Mietshauses "
    "stoppt.",
    "Lotte Claes, die den Mieterausschuss leitet, sagte, die Bewohner würden am Samstag ein Straßenfest feiern. "
    "„Wir warten seit vier Jahren darauf, dass uns jemand zuhört“, schrieb der Richter in seinem Urteil.",
)
RULING_ES = (
    "La justicia detiene la demolición de un edificio en Gante",
    "Un juez de Gante ordenó el lunes a la empresa de vivienda detener la demolición del viejo edificio.",
    "Lotte Claes, que preside el comité de inquilinos, dijo que los vecinos celebrarían una fiesta en la calle "
    "el sábado. «Llevamos cuatro años esperando a que alguien nos escuche», escribió el juez en su sentencia.",
)
JUDGE = (
    "Court halts demolition of Ghent tenement",
    "A court in Ghent ruled on Monday that the housing company must stop the demolition of the old tenement.",
    "Judge Lotte Claes ordered the company to rehouse the tenants nearby. "
    '"Nobody may be moved out of the district against their will," she wrote.',
)
JUDGE_FR = (
    "La justice suspend la démolition d’un immeuble à Gand",
    "Un tribunal de Gand a jugé lundi que la société de logement devait arrêter la démolition du vieil immeuble.",
    "La juge Lotte Claes a ordonné à la société de reloger les locataires à proximité. "
    "« Personne ne peut être chassé du quartier contre sa volonté », a écrit la juge.",
)

FUND = (
    "Pension fund board resigns",
    "The regional pension fund lost a third of its assets in two years, its auditors found.",
    'Auditor Hanna Vogt said the board had run the fund "for the benefit of its own friends".',
)
FUND_PLUNDERED = (
    "Pension fund board resigns",
    "The regional pension fund lost a third of its assets in two years, its auditors found.",
    'Auditor Hanna Vogt said the board had "plundered the fund for the benefit of its own friends".',
)
FUND_FR = (
    "Démission du conseil d’un fonds de pension",
    "Le fonds de pension régional a perdu un tiers de ses actifs en deux ans, selon ses auditeurs.",
    "L’auditrice Hanna Vogt a déclaré que le conseil avait « pillé le fonds au profit de ses propres amis ».",
)
FUND_DE = (
    "Vorstand eines Pensionsfonds tritt zurück",
    "Der regionale Pensionsfonds hat in zwei Jahren ein Drittel seines Vermögens verloren, stellten seine "
    "Prüfer fest.",
    "Die Prüferin Hanna Vogt sagte, der Vorstand habe den Fonds „zum Nutzen seiner eigenen Freunde geplündert“.",
)
FUND_ES = (
    "Dimite la junta de un fondo de pensiones",
    "El fondo de pensiones regional perdió un tercio de sus activos en dos años, según sus auditores.",
    "La auditora Hanna Vogt dijo que la junta había «saqueado el fondo en beneficio de sus propios amigos».",
)
FUND_FAITHFUL_FR = (
    "Démission du conseil d’un fonds de pension",
    "Le fonds de pension régional a perdu un tiers de ses actifs en deux ans, selon ses auditeurs.",
    "L’auditrice Hanna Vogt a déclaré que le conseil avait géré le fonds « au profit de ses propres amis ».",
)

WARNINGS = (
    "Inspectors warned of the dam's cracks years ago",
    "The regional dam authority received three inspection reports on the dam between 2019 and 2022.",
    'Inspector Marta Olsen said the safety warnings "were put aside for years and never read by anyone on the '
    'authority\'s board".',
)
WARNINGS_FR = (
    "Les inspecteurs avaient signalé les fissures du barrage il y a des années",
    "L’autorité régionale des barrages a reçu trois rapports d’inspection sur le barrage entre 2019 et 2022.",
    "L’inspectrice Marta Olsen a déclaré que les avertissements de sécurité « ont fini au fond d’un tiroir "
    "pendant des années sans être lus par personne au conseil de l’autorité ».",
)

CASES = [
    pytest.param(
        HARBOUR, "fr", HARBOUR_FR,
        [("quote_misattributed", "Mia Lund", "le capitaine du port")],
        id="fr: 'she said' (the councillor) -> 'le capitaine du port', the derivative's title for Sven Ahlgren",
    ),
    pytest.param(
        HARBOUR, "de", HARBOUR_DE,
        [("quote_misattributed", "Mia Lund", "der Hafenmeister")],
        id="de: the councillor's words given to 'der Hafenmeister' (Sven Ahlgren)",
    ),
    pytest.param(
        HARBOUR, "es", HARBOUR_ES,
        [("quote_misattributed", "Mia Lund", "el capitán del puerto")],
        id="es: the councillor's words given to 'el capitán del puerto'",
    ),
    pytest.param(
        HARBOUR_OWN, "fr", HARBOUR_OWN_FR,
        [],
        id="fr: 'le capitaine du port' is what both versions call the speaker himself: no finding",
    ),
    pytest.param(
        BLOOD, "fr", BLOOD_FR,
        [("quote_misattributed", "Health Minister Rosa Kline", "un responsable de la banque du sang")],
        id="fr: the minister's words given to an official of the blood bank, a body the story quotes apart",
    ),
    pytest.param(
        BLOOD, "de", BLOOD_DE,
        [("quote_misattributed", "Health Minister Rosa Kline", "ein Mitarbeiter der Blutbank")],
        id="de: the same, 'ein Mitarbeiter der Blutbank'",
    ),
    pytest.param(
        BLOOD, "es", BLOOD_ES,
        [("quote_misattributed", "Health Minister Rosa Kline", "un funcionario del banco de sangre")],
        id="es: the same, 'un funcionario del banco de sangre'",
    ),
    pytest.param(
        BLOOD, "de", BLOOD_SPOKESMAN_DE,
        [("quote_misattributed", "Health Minister Rosa Kline", "ein Sprecher der Blutbank")],
        id="de: the minister's words given to a spokesman of the blood bank, a body the story quotes apart",
    ),
    pytest.param(
        BLOOD, "fr", BLOOD_SPOKESMAN_FR,
        [("quote_misattributed", "Health Minister Rosa Kline", "un porte-parole de la banque du sang")],
        id="fr: the same, « un porte-parole de la banque du sang »",
    ),
    pytest.param(
        BLOOD, "es", BLOOD_SPOKESMAN_MINISTRY_ES,
        [],
        id="es: a spokesman of the minister's own ministry only hides who spoke: no misattribution",
    ),
    pytest.param(
        BLOOD, "fr", BLOOD_MINISTRY_FR,
        [],
        id="fr: an official of the minister's own ministry only hides who spoke: no misattribution",
    ),
    pytest.param(
        BLOOD, "fr", BLOOD_NOWHERE_FR,
        [],
        id="fr: a body the derivative names nowhere else may be the speaker's: no misattribution",
    ),
    pytest.param(
        HEALTH_GROUPS, "de", HEALTH_GROUPS_DE,
        [("quote_misattributed", "Rosa Kline", "ein Sprecher der örtlichen Gesundheitsgruppen")],
        id="de: the minister's words given to a spokesman of the health groups: „Gesundheitsgruppen“ and "
        "„Gesundheitsministerin“ share their first part, not their head",
    ),
    pytest.param(
        HEALTH_GROUPS, "de", HEALTH_MINISTRY_DE,
        [],
        id="de: a spokesman of the minister's own ministry („Gesundheitsministeriums“, the same head inflected): none",
    ),
    pytest.param(
        BOILERS, "de", BOILERS_RENAMED_DE,
        [("quote_misattributed", "Jana Novak", "ein Sprecher der Feuerwehr")],
        id="de: the engineer, renamed („Jana Nowotny“), and her words given to a spokesman of the fire brigade",
    ),
    pytest.param(
        RULING, "fr", RULING_FR,
        [("quote_misattributed", "Lotte Claes", "le juge dans sa décision")],
        id="fr: the tenants' leader's words given to 'le juge', the unnamed judge the story brings in",
    ),
    pytest.param(
        RULING, "de", RULING_DE,
        [("quote_misattributed", "Lotte Claes", "der Richter in seinem Urteil")],
        id="de: the same, 'der Richter'",
    ),
    pytest.param(
        RULING, "es", RULING_ES,
        [("quote_misattributed", "Lotte Claes", "el juez en su sentencia")],
        id="es: the same, 'el juez'",
    ),
    pytest.param(
        JUDGE, "fr", JUDGE_FR,
        [],
        id="fr: 'la juge' is what the derivative calls the speaker herself: no finding",
    ),
    pytest.param(
        FUND, "fr", FUND_FR,
        [("quote_changed", "for the benefit of its own friends", "pillé le fonds au profit de ses propres amis")],
        id="fr: 'run for the benefit of its friends' sharpened to « pillé »",
    ),
    pytest.param(
        FUND, "de", FUND_DE,
        [("quote_changed", "for the benefit of its own friends", "zum Nutzen seiner eigenen Freunde geplündert")],
        id="de: the same, „geplündert“",
    ),
    pytest.param(
        FUND, "es", FUND_ES,
        [("quote_changed", "for the benefit of its own friends", "saqueado el fondo en beneficio de sus propios amigos")],
        id="es: the same, «saqueado»",
    ),
    pytest.param(
        FUND_PLUNDERED, "fr", FUND_FR,
        [],
        id="fr: « pillé » for an original that says 'plundered' is a faithful rendering",
    ),
    pytest.param(
        WARNINGS, "fr", WARNINGS_FR,
        [],
        id="fr: « au fond d'un tiroir » for 'put aside' is a journalist's idiom (a curated qualifier), not a charged word",
    ),
    pytest.param(
        FUND, "fr", FUND_FAITHFUL_FR,
        [],
        id="fr: a faithful translation of the quote stays clean",
    ),
]


def article(language: str, paragraphs: tuple[str, ...]) -> Article:
    return Article(
        source="test", title=paragraphs[0], language=language, text="\n\n".join(paragraphs),
        segments=[Segment(i, p) for i, p in enumerate(paragraphs)],
    )


@pytest.mark.slow
@pytest.mark.parametrize("original, language, derivative, expected", CASES)
def test_quote_findings(encoder, original, language, derivative, expected):
    links = [Link([i], [i], 0.9) for i in range(len(original))]
    findings = find_span_findings(article("en", original), article(language, derivative), links, encoder)
    kinds = {kind for kind, _, _ in expected} or {"quote_misattributed", "quote_changed"}
    found = [(f.kind, f.original_text, f.derivative_text) for f in findings if f.kind in kinds]
    assert found == expected


@pytest.mark.parametrize(
    "language, text, source",
    [
        ("fr", "« On nous a dit que tout irait bien », a fait valoir un porte-parole des usagers.",
         "un porte-parole des usagers"),
        ("fr", "« Ils ont dit que la route rouvrirait lundi », a tempêté la maire du village.", "la maire du village"),
        ("es", "«Nos dijeron que el puente aguantaría», ha lamentado una vecina del barrio.", "una vecina del barrio"),
    ],
    ids=["fr: 'a dit' inside the quote, 'a fait valoir' after it", "fr: 'ont dit' inside, 'a tempêté' after",
         "es: 'dijeron' inside, 'ha lamentado' after"],
)
def test_a_reporting_verb_inside_the_quote_reports_nobody(language, text, source):
    """The quoted words are the speaker's: where the verb after the quote is one no
    lexicon lists, a listed verb among the quoted words still names no speaker."""
    sentences = sentence_spans(0, text, language)
    [quote] = find_quotes(sentences, language, {0: text})
    assert quote.source is not None and quote.source.phrase.text == source
