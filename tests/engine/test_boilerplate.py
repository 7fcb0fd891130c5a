"""Boilerplate marking: page furniture is flagged, news text never is."""

from __future__ import annotations

import re

import pytest

from diptych.engine.boilerplate import PLACEHOLDERS, is_boilerplate, mark_boilerplate
from diptych.resource_files import read_lexicon, resource

LEXICON_LANGUAGES = ["en", "fr", "de", "es", "it"]


@pytest.mark.parametrize(
    "language, line",
    [
        # English
        ("en", "Related Post"),
        ("en", "Related Articles"),
        ("en", "Read also: Ferry fares to double next spring"),
        ("en", "Read more"),
        ("en", "Source link"),
        ("en", "Source: Harbour Gazette"),
        ("en", "You can share this story on social media:"),
        ("en", "Follow us on Telegram"),
        ("en", "Follow us on Facebook and Instagram"),
        ("en", "Subscribe"),
        ("en", "Subscribe to our newsletter."),
        ("en", "Sign up for our daily newsletter"),
        ("en", "All rights reserved."),
        ("en", "© 2024 The Harbour Gazette. All rights reserved."),
        ("en", "Photo: Jane Doe/Harbour Gazette"),
        ("en", "AFP via Getty Images"),
        ("en", "(Photo by Jane Doe/AP)"),
        ("en", "By Jane Doe"),
        ("en", "By JANE DOE and John Smith, Harbour Gazette"),
        ("en", "By Ursula van der Berg"),
        ("en", "Reporting by Jane Doe; Editing by John Smith"),
        ("en", "Advertisement"),
        ("en", "Share this article"),
        ("en", "Facebook Twitter WhatsApp"),
        ("en", "Published 3 June 2024"),
        ("en", "Updated: June 3, 2024 12:30 GMT"),
        ("en", "5 min read"),
        ("en", "Tags: ferry, council, harbour"),
        # French
        ("fr", "Lire aussi : Le ferry de Porthallow est sauvé"),
        ("fr", "À lire aussi"),
        ("fr", "Lien source"),
        ("fr", "Vous pouvez partager cette histoire sur les réseaux sociaux :"),
        ("fr", "Suivez-nous sur Telegram"),
        ("fr", "Abonnez-vous à notre newsletter"),
        ("fr", "Inscrivez-vous à notre newsletter quotidienne"),
        ("fr", "Publicité"),
        ("fr", "Tous droits réservés"),
        ("fr", "Par Jean Dupont"),
        ("fr", "Par Jean Dupont et Marie Martin, AFP"),
        ("fr", "Photo : AFP"),
        ("fr", "Partager"),
        ("fr", "Sur le même sujet"),
        ("fr", "Publié le 3 juin 2024 à 12h30"),
        # German
        ("de", "Lesen Sie auch: Die Fähre bleibt"),
        ("de", "Mehr zum Thema"),
        ("de", "Von Hans Müller"),
        ("de", "Von Hans Müller und Eva Schmidt, Berlin"),
        ("de", "Foto: dpa"),
        ("de", "Anzeige"),
        ("de", "Alle Rechte vorbehalten"),
        ("de", "Folgen Sie uns auf Instagram"),
        ("de", "Jetzt abonnieren"),
        ("de", "Teilen"),
        ("de", "Quelle: dpa"),
        ("de", "Aktualisiert am 3. Juni 2024, 12:30 Uhr"),
        # Spanish and Italian
        ("es", "Lea también: El ferry se salva"),
        ("es", "Publicidad"),
        ("es", "Por María López"),
        ("es", "Síguenos en Telegram"),
        ("it", "Leggi anche: Il traghetto resta"),
        ("it", "Pubblicità"),
        ("it", "Riproduzione riservata"),
        # English furniture on a French page: the English lexicon is always checked.
        ("fr", "Related Post"),
        ("de", "Source link"),
        # Labels before a linked headline, share bars, bylines with place or date
        ("en", "Related: Why ferry fares keep rising"),
        ("en", "More on transport: The bridge that never opened"),
        ("en", "Share on Facebook · Share on X · Email"),
        ("en", "Share this story: WhatsApp | Telegram | Email"),
        ("en", "By Ines Varga in Porto"),
        ("en", "Mark Ellis — 2 April 2024"),
        ("en", "Mark Ellis | April 2, 2024 | 6 min read"),
        ("en", "Additional reporting by Kim Lee in Seoul; editing by Ana Ruiz"),
        ("en", "Comments are closed."),
        ("en", "LIVE: Follow our coverage of the ferry strike"),
        ("en", "Our Morning Brief newsletter lands in your inbox before 7am. Sign up"),
        ("fr", "À lire aussi : Le port veut doubler ses quais"),
        ("fr", "Partager cet article : Facebook X LinkedIn E-mail"),
        ("fr", "Partager sur Facebook Partager sur WhatsApp"),
        ("fr", "Par Claire Morel à Nantes"),
        ("es", "Lee también: ¿Subirán los billetes del ferri? Lo que dicen los expertos"),
        ("es", "Comparte esta noticia en tus redes sociales"),
        ("de", "Lesen Sie auch: Warum die Fähre teurer wird"),
        ("de", "Teilen Sie diesen Artikel: Facebook · X · E-Mail"),
        # Breadcrumbs, datelines, comment counters, error reports, newsletter pitches
        ("en", "News › Science › Climate"),
        ("fr", "Politique | Europe"),
        ("en", "Metro desk | Monday 3 March 2025 07:40"),
        ("fr", "Publié le 12/03/2025 à 08h15, mis à jour à 09h02"),
        ("en", "12 June 2024 · 3 min read"),
        ("en", "Share this article: Facebook · LinkedIn · Copy link"),
        ("en", "Report an error"),
        ("fr", "Réagir à cet article (5 commentaires)"),
        ("fr", "Vous aimez nos articles ? Abonnez-vous à notre newsletter Climat"),
        ("en", "Enjoyed this? Get our Science briefing in your inbox every Friday"),
    ],
)
def test_furniture_lines_are_boilerplate(language, line):
    assert is_boilerplate(line, language)


@pytest.mark.parametrize(
    "language, line",
    [
        ("en", "Ferry saved"),
        ("en", "Council backs ferry plan"),
        ("en", "The council voted."),
        ("en", "By Friday, officials said the bridge would reopen."),
        ("en", "Subscribers complained about the price."),
        ("en", "The mayor said the photo was taken in 2019."),
        ("en", "Related posts on social media angered the mayor."),
        ("en", "All rights reserved, the lawyer insisted, were never waived."),
        ("en", "Follow us on the road to recovery, the minister urged."),
        ("en", "Copyright lawyers said the ruling was wrong."),
        ("en", "Updated rules for 2025 ferry passengers"),
        ("en", "Published reports say the ferry lost money last year."),
        ("en", "Share prices fell sharply on Tuesday."),
        ("en", "Source of the leak remains unknown, police said."),
        ("en", '"We will not give up," she said.'),
        ("en", "Related: the two cases share a lawyer, the court heard, and will be tried together in May."),
        ("en", "By Friday in Porto, the strike had spread to the docks."),
        ("en", "Facebook and X removed the posts on Monday after complaints from the ministry."),
        ("en", "Voters had until Friday to sign up."),
        ("en", "Watch: the minister's full statement will be published on Tuesday."),
        ("en", "Paris / Berlin talks resume"),
        ("en", "Storm hits at 10:30"),
        ("en", "Talks resume on 3 May"),
        ("en", "The bank cut rates on 6 February 2025."),
        ("en", "Subscribers to the newsletter were told on Monday that prices would rise."),
        ("fr", "Par ailleurs, le maire a démissionné."),
        ("fr", "Le ferry est sauvé"),
        ("fr", "Partager le coût du ferry reste difficile, selon le maire."),
        ("fr", "La newsletter du maire inquiète"),
        ("fr", "Publié hier, le rapport accuse la mairie."),
        ("de", "Von Montag an fährt die Fähre wieder."),
        ("de", "Die Fähre bleibt"),
        ("de", "Anzeige gegen den Bürgermeister erstattet"),
        ("de", "Stand der Dinge in Berlin"),
        ("es", "Por eso el alcalde dimitió."),
        ("es", "Sigue en pie la huelga"),
        ("it", "Di notte il traghetto non parte."),
    ],
)
def test_headlines_and_news_sentences_are_content(language, line):
    assert not is_boilerplate(line, language)


@pytest.mark.parametrize(
    "line",
    ["X", "»", "12", "* * *", "—", "| |", "https://example.org/ferry", "www.example.org", "via example.org"],
)
def test_structural_debris_is_boilerplate_in_any_language(line):
    assert is_boilerplate(line, "und")
    assert is_boilerplate(line, "ja")


def test_long_paragraph_is_never_matched_by_phrase():
    paragraph = "By " + " ".join(["Jane Doe and the council"] * 10)  # 51 words, starts like a byline
    assert not is_boilerplate(paragraph, "en")


def test_scraped_french_article_marks_debris_and_footer_but_keeps_news():
    paragraphs = [
        "X",
        "Le port de Porthallow garde son ferry – Gazette",
        "Le conseil municipal a voté mardi le maintien du ferry pour cinq ans.",
        "Related Post",
        "Sept conseillers ont voté pour, six contre.",
        "Vous pouvez partager cette histoire sur les réseaux sociaux :",
        "Lien source",
    ]
    assert mark_boilerplate(paragraphs, "fr") == [True, False, False, True, False, True, True]


def test_trailing_short_line_ending_with_colon_introduces_missing_share_buttons():
    paragraphs = ["The ferry will keep running.", "Tell your friends about it:"]
    assert mark_boilerplate(paragraphs, "en") == [False, True]


def test_colon_line_in_the_middle_introduces_content():
    paragraphs = ["The mayor listed three demands:", "A new pier.", "Cheaper tickets."]
    assert mark_boilerplate(paragraphs, "en") == [False, False, False]


def test_repeated_very_short_line_is_navigation():
    paragraphs = ["Top News", "The ferry will keep running.", "Top News", "Tickets cost two pounds."]
    assert mark_boilerplate(paragraphs, "en") == [True, False, True, False]


def test_single_short_headline_is_not_navigation():
    paragraphs = ["Ferry saved", "The ferry will keep running for five more years."]
    assert mark_boilerplate(paragraphs, "en") == [False, False]


def test_repeated_quoted_answer_is_not_navigation():
    paragraphs = ["Did he agree?", "No.", "Did she?", "No."]
    assert mark_boilerplate(paragraphs, "en") == [False, False, False, False]


def test_unknown_language_falls_back_to_english_lexicon():
    assert mark_boilerplate(["Related Post", "Il traghetto resta in servizio."], "xx") == [True, False]


@pytest.mark.parametrize("language", LEXICON_LANGUAGES)
def test_lexicon_exists_with_a_header_saying_where_it_comes_from(language):
    text = resource("lexicons", f"boilerplate.{language}.txt").read_text(encoding="utf-8")
    header = [line for line in text.splitlines()[:12] if line.startswith("#")]
    assert any("Where this list comes from" in line for line in header)
    assert len(read_lexicon("boilerplate", language)) >= 30


@pytest.mark.parametrize("language", LEXICON_LANGUAGES)
def test_every_lexicon_entry_compiles_and_uses_only_known_placeholders(language):
    for entry in read_lexicon("boilerplate", language):
        unknown = set(re.findall(r"\{[A-Z]+\}", entry)) - set(PLACEHOLDERS)
        assert not unknown, entry
        for placeholder, regex in PLACEHOLDERS.items():
            entry = entry.replace(placeholder, regex)
        re.compile(entry, re.IGNORECASE)
