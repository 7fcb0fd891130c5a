"""A quote translated faithfully but for one short clause added at its end.

Across languages the encoder scores a faithful translation's clauses low against the
whole original (a clause is a part of it), so a short added clause barely moves the
scores: « …, pas avec des promesses », «…, y en la empresa nadie nos escucha ya»,
« …, e in azienda nessuno ci ascolta più da mesi ». Such a tail is found when every sign
agrees: the derivative quote is longer than its original; its last clause follows a
comma or a conjunction; the clauses before it render the original better than the whole
quote; and the original's end is rendered better without the tail than with it. A
faithful translation whose last clause renders the original's last clause ("…, and the
council knows it" / « …, et la mairie le sait ») is no extension.

Each row: the original's paragraph (English) and the derivative's, under a title and a lead.
"""

from __future__ import annotations

import pytest

from aligned_fixtures import headed_findings

pytestmark = pytest.mark.slow

TITLE = {
    "en": "Storm damage keeps the ferry port closed for a third day",
    "fr": "Les dégâts de la tempête gardent le port des ferries fermé pour un troisième jour",
    "de": "Sturmschäden halten den Fährhafen den dritten Tag geschlossen",
    "es": "Los daños del temporal mantienen cerrado el puerto de ferris por tercer día",
    "it": "I danni della tempesta tengono chiuso il porto dei traghetti per il terzo giorno",
}

LEAD = {
    "en": "The ferry port of Kerrow stayed closed on Tuesday after the storm tore away two of its piers. "
    "Engineers from the county council inspected the remaining berths throughout the afternoon.",
    "fr": "Le port des ferries de Kerrow est resté fermé mardi après que la tempête a arraché deux de ses jetées. "
    "Des ingénieurs du conseil du comté ont inspecté les postes d’amarrage restants tout l’après-midi.",
    "de": "Der Fährhafen von Kerrow blieb am Dienstag geschlossen, nachdem der Sturm zwei seiner Anleger "
    "weggerissen hatte. Ingenieure der Grafschaft prüften den ganzen Nachmittag die übrigen Liegeplätze.",
    "es": "El puerto de ferris de Kerrow siguió cerrado el martes después de que el temporal arrancara dos de sus "
    "muelles. Ingenieros del consejo del condado inspeccionaron los atracaderos restantes durante toda la tarde.",
    "it": "Il porto dei traghetti di Kerrow è rimasto chiuso martedì dopo che la tempesta ha strappato via due dei "
    "suoi moli. Gli ingegneri della contea hanno ispezionato gli ormeggi rimasti per tutto il pomeriggio.",
}


def findings(encoder, original: list[str], language: str, derivative: list[str]):
    found = headed_findings(encoder, TITLE, LEAD, original, language, derivative)
    return [f for f in found if f.kind.startswith("quote")]

FERRY = ['"We will keep the night ferry running until the new pier is finished," said Ewan Tait, the harbour master.']
WAGES = ['"The crews have waited two years for a contract that the company keeps promising," said Ines Moor, '
         "who speaks for the dockers' union."]
VALLEY = ['"If the night ferry stops, young families will think the island is for tourists and retired people," '
          "said Ewan Tait, the harbour master."]
OVERTIME = ['"The company is taking away our overtime," said Ines Moor, who speaks for the dockers\' union.']
SHORT = ['The harbour master called the new fees "a toll on the islanders," according to the minutes.']
COUNCIL = ['"The pier was patched three times in ten years, and the council knows it," said Ewan Tait, the harbour '
           "master."]
REPRIEVE = ['"The old pier has served this island for a century, and now the council has given it a reprieve," '
            "said Ewan Tait, the harbour master."]
LAST_REPRIEVE = ['"The old pier has served this island for a century, and now the council has given it a reprieve, '
                 'perhaps the last one it will get," said Ewan Tait, the harbour master.']

TAILS = [
    pytest.param(
        FERRY, "fr",
        "« Nous maintiendrons le ferry de nuit en service jusqu’à ce que la nouvelle jetée soit terminée, sans "
        "attendre que la mairie nous y autorise », a déclaré Ewan Tait, le capitaine du port.",
        id="fr: « …, sans attendre que la mairie nous y autorise » added (cut at words inside: the whole tail)",
    ),
    pytest.param(
        REPRIEVE, "de",
        "„Der alte Anleger dient dieser Insel seit einem Jahrhundert, und nun hat ihm der Rat eine Gnadenfrist "
        "gewährt, vielleicht die letzte, die er noch bekommt“, sagte Ewan Tait, der Hafenmeister.",
        id="de: an apposition with its relative clause added („…, vielleicht die letzte, die er noch bekommt“)",
    ),
    pytest.param(
        FERRY, "fr",
        "« Nous maintiendrons le ferry de nuit en service jusqu’à ce que la nouvelle jetée soit terminée, pas avec "
        "des promesses », a déclaré Ewan Tait, le capitaine du port.",
        id="fr: « …, pas avec des promesses » added",
    ),
    pytest.param(
        WAGES, "es",
        "«Las tripulaciones llevan dos años esperando un contrato que la empresa no deja de prometer, y en la empresa "
        "nadie nos escucha ya», dijo Ines Moor, portavoz del sindicato de estibadores.",
        id="es: «…, y en la empresa nadie nos escucha ya» added",
    ),
    pytest.param(
        WAGES, "it",
        "«Gli equipaggi aspettano da due anni un contratto che la compagnia continua a promettere, e in azienda "
        "nessuno ci ascolta più da mesi», ha detto Ines Moor, portavoce del sindacato dei portuali.",
        id="it: «…, e in azienda nessuno ci ascolta più da mesi» added",
    ),
    pytest.param(
        VALLEY, "es",
        "«Si el ferri nocturno deja de funcionar, las familias jóvenes pensarán que la isla es cosa de turistas "
        "y de jubilados, y eso en el condado lo sabe todo el mundo», dijo Ewan Tait, el capitán del puerto.",
        id="es: a tail after a short coordinated clause («… y de jubilados, y eso …»)",
    ),
    pytest.param(
        SHORT, "es",
        "El capitán del puerto calificó las nuevas tasas de «un peaje para los isleños que acabarán pagando los "
        "pescadores», según el acta.",
        id="es: a relative clause added to a short quote («… que acabarán pagando los pescadores»)",
    ),
    pytest.param(
        OVERTIME, "es",
        "«La empresa nos está quitando las horas extra para regalárselas a los subcontratistas», dijo Ines Moor, "
        "portavoz del sindicato de estibadores.",
        id="es: a purpose clause added («… para regalárselas a los subcontratistas»)",
    ),
]

FAITHFUL = [
    pytest.param(
        LAST_REPRIEVE, "de",
        "„Der alte Anleger dient dieser Insel seit einem Jahrhundert, und nun hat ihm der Rat eine Gnadenfrist "
        "gewährt, vielleicht die letzte, die er noch bekommt“, sagte Ewan Tait, der Hafenmeister.",
        id="de: the original's apposition and relative clause rendered („…, vielleicht die letzte, die …“)",
    ),
    pytest.param(
        COUNCIL, "fr",
        "« La jetée a été rafistolée trois fois en dix ans, et la mairie le sait », a déclaré Ewan Tait, le "
        "capitaine du port.",
        id="fr: the original's last clause rendered by the last clause",
    ),
    pytest.param(
        COUNCIL, "es",
        "«El muelle se ha remendado tres veces en diez años, y el ayuntamiento lo sabe», dijo Ewan Tait, el "
        "capitán del puerto.",
        id="es: the original's last clause rendered by the last clause",
    ),
    pytest.param(
        WAGES, "it",
        "«Gli equipaggi aspettano da due anni un contratto che la compagnia continua a promettere», ha detto "
        "Ines Moor, portavoce del sindacato dei portuali.",
        id="it: translated",
    ),
    pytest.param(
        FERRY, "de",
        "„Wir lassen die Nachtfähre weiterfahren, bis der neue Anleger fertig ist“, sagte Ewan Tait, der "
        "Hafenmeister.",
        id="de: translated",
    ),
]


@pytest.mark.parametrize("original, language, paragraph", TAILS)
def test_a_short_clause_added_at_the_end_extends_the_quote(encoder, original, language, paragraph):
    found = findings(encoder, original, language, [paragraph])
    assert [f.kind for f in found] == ["quote_changed"]
    assert "extended" in found[0].explanation


@pytest.mark.parametrize("original, language, paragraph", FAITHFUL)
def test_a_translation_that_ends_where_its_original_ends_is_no_extension(encoder, original, language, paragraph):
    assert [f.kind for f in findings(encoder, original, language, [paragraph])] == []
