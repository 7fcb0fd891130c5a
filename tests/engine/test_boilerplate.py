"""Boilerplate marking: page furniture is flagged, news text never is."""

from __future__ import annotations

import re

import pytest

from diptych.engine.boilerplate import PLACEHOLDERS, is_boilerplate, is_copy, mark_boilerplate, unlinked_furniture
from diptych.engine.lexicons import sections
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
        ("en", "Most read: the minister resigned on Monday. His deputy takes over."),
        ("en", "Nantes (AFP) – Dockers strike again in 2026"),
        ("en", "Dock strike (AFP) – 3 May 2026 fares rise"),
        ("en", "Home owners · tenants · landlords and the city council all met on Friday in Lyon to agree the plan"),
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
    "language, line",
    [
        # Menu lines: tool words, perhaps with section names, in any order.
        ("en", "Sections Search Log in"),
        ("en", "Home | News | Sport | Weather | Sign in"),
        ("en", "Skip to content Menu Search"),
        ("fr", "Accueil Rubriques Rechercher S'abonner"),
        ("fr", "Menu Rechercher"),
        ("de", "Menü Suche Startseite"),
        ("es", "Menú Buscar Iniciar sesión"),
        ("it", "Menu Cerca Abbonati Accedi"),
        ("en", "Accept all cookies | Cookie settings"),
        ("fr", "Tout accepter | Paramétrer"),
        # Bylines cut by separators into names, places, dates and reading times.
        ("en", "Tomas Reyes, Valparaíso · 2 March 2027 · 6 min read"),
        ("en", "Kim Adler | Updated 4 May 2027, 09:10 BST"),
        ("en", "Political correspondent Kim Adler • 4 May 2027"),
        ("fr", "Claire Morel, Nantes · 2 mars 2027 · Lecture 5 min"),
        ("fr", "Par Claire Morel | Publié le 2 mars 2027 à 10h05"),
        ("de", "Eva Schmidt, Hamburg · 2. März 2027 · 5 Min. Lesezeit"),
        ("de", "Von Eva Schmidt | Aktualisiert am 02.03.2027, 10:05 Uhr"),
        ("es", "María López, Bilbao · 2 de marzo de 2027 · 5 min de lectura"),
        ("es", "Por María López | Actualizado el 2 mar 2027 - 10:05 CET"),
        ("it", "Anna Rossi, Genova · 2 marzo 2027 · Lettura 5 min"),
        ("it", "di Anna Rossi | Aggiornato il 2 marzo 2027 alle 10:05"),
        # Reading times and update stamps on their own line.
        ("en", "7-minute read"),
        ("fr", "Lecture : 7 min"),
        ("de", "Lesezeit: 7 Minuten"),
        ("es", "Lectura de 7 min"),
        ("it", "7 minuti di lettura"),
        ("en", "Updated 3 hours ago"),
        ("fr", "Mis à jour le 2 mars 2027 à 10h05"),
        ("de", "Aktualisiert: 02.03.2027, 10:05 Uhr"),
        ("es", "Actualizado: 02/03/2027 10:05"),
        ("it", "Aggiornato alle 10:05 del 2 marzo 2027"),
        # Cookie and consent notices, with or without their buttons.
        ("en", "We use cookies and similar technologies to improve your experience and to show you "
               "relevant ads. By clicking Accept all you consent to this. Accept all Reject all Manage preferences"),
        ("en", "This website stores cookies on your device. Continue | Privacy policy"),
        ("fr", "Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience. En poursuivant "
               "votre navigation, vous acceptez leur utilisation. Tout accepter | Paramétrer"),
        ("fr", "Ce site utilise des cookies. Accepter Refuser"),
        ("de", "Wir verwenden Cookies, um Ihnen ein besseres Nutzungserlebnis zu bieten. Alle akzeptieren | Einstellungen"),
        ("de", "Diese Website verwendet Cookies. Durch die weitere Nutzung stimmen Sie der Verwendung zu."),
        ("es", "Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa navegando, "
               "consideramos que acepta su uso. Aceptar | Configurar"),
        ("it", "Questo sito utilizza cookie tecnici e di profilazione. Continuando a navigare acconsenti all'uso "
               "dei cookie. Accetta | Rifiuta"),
        ("it", "Utilizziamo i cookie per personalizzare contenuti e annunci. Accetta tutti Gestisci preferenze"),
        # Share bars that repeat "share on <network>", in any language.
        ("en", "Share on Facebook Share on X Share by email"),
        ("fr", "Partager sur Facebook Partager sur LinkedIn Envoyer par e-mail"),
        ("de", "Auf Facebook teilen Auf X teilen Per E-Mail teilen"),
        ("es", "Compartir en Facebook Compartir en X Enviar por correo"),
        ("it", "Condividi su Facebook Condividi su X Invia per email"),
        # Credits, prompts, labels, counters, tags, follow prompts, copyright.
        ("en", "Photograph by Tomas Reyes for Harbour Press"),
        ("fr", "Crédit photo : Claire Morel / AFP"),
        ("es", "Foto de María López para Diario del Puerto"),
        ("it", "Foto: Anna Rossi/Ansa"),
        ("en", "Sign up to our Morning Ferry newsletter"),
        ("fr", "Inscrivez-vous à notre newsletter du matin"),
        ("de", "Jetzt zum Newsletter anmelden"),
        ("es", "Suscríbete a nuestro boletín diario"),
        ("it", "Iscriviti alla nostra newsletter"),
        ("en", "Advertisement - Scroll to continue"),
        ("de", "Werbung"),
        ("es", "Publicidad"),
        ("en", "Comments 12"),
        ("de", "Kommentare (12)"),
        ("es", "Comentarios (12)"),
        ("it", "Commenti (12)"),
        ("fr", "Mots-clés : ports, grèves, Grèce"),
        ("es", "Etiquetas: puertos, huelgas"),
        ("en", "Follow the Harbour Press on Instagram"),
        ("fr", "Suivez Le Courrier du Port sur Instagram"),
        ("it", "Seguici su Instagram"),
        ("fr", "© Le Courrier du Port 2027"),
        ("de", "© 2027 Hafenkurier GmbH"),
    ],
)
def test_page_furniture_of_each_class_is_boilerplate(language, line):
    assert is_boilerplate(line, language)


@pytest.mark.parametrize(
    "language, line",
    [
        # Short paragraphs of news, quotes and datelines opening a sentence.
        ("en", "Business groups welcomed the move."),
        ("en", "The strike continues."),
        ("en", '"We will not back down."'),
        ("en", "PARIS — The strike entered its third day on Tuesday."),
        ("en", "ATHENS, 13 May 2027 — Ferry crews walked out at dawn."),
        ("fr", "La grève continue."),
        ("fr", "PARIS — La grève est entrée mardi dans son troisième jour."),
        ("de", "BERLIN — Der Streik ging am Dienstag in den dritten Tag."),
        ("es", "MADRID — La huelga entró el martes en su tercer día."),
        ("it", "ROMA — Lo sciopero è entrato martedì nel terzo giorno."),
        # Menu, share and consent words inside real sentences and headlines.
        ("en", "Menu prices at the harbour cafés doubled during the strike."),
        ("en", "Search teams found the crane operator's logbook."),
        ("en", "Home owners near the port complained about the noise."),
        ("en", "Sign in sheets showed that only 40 inspectors turned up."),
        ("en", "World Business"),
        ("en", "Opinion"),
        ("fr", "Le menu du gouvernement reste inchangé."),
        ("fr", "Accueil glacial pour le ministre au port."),
        ("de", "Suche nach Vermissten dauert an"),
        ("de", "Teilen statt streiken, fordert die Gewerkschaft."),
        ("es", "Buscar culpables no basta, dijo la ministra."),
        ("es", "Inicio de la huelga en el puerto"),
        ("it", "Cerca lavoro da due anni, racconta il portuale."),
        ("it", "Accetta la proposta del governo il sindacato dei portuali"),
        ("en", "Facebook and X removed the posts."),
        # Cookies in the news are not a consent notice; nor is a notice quoted in an article.
        ("en", "Cookies were handed out to striking workers."),
        ("en", "The regulator fined the broadcaster for placing cookies without consent."),
        ("en", '"We use cookies only with your consent," the company said in a statement.'),
        ("fr", "La Cnil a sanctionné trois sites qui déposaient des cookies sans consentement."),
        ("de", "Die Behörde verhängte ein Bußgeld, weil die Seite Cookies ohne Einwilligung setzte."),
        # Names, dates and minutes in headlines and sentences.
        ("en", "Tomas Reyes"),
        ("en", "Updated rules take effect on 2 March 2027."),
        ("en", "4 minutes of silence were held at noon."),
        ("en", "Strike in Piraeus enters day three"),
        ("en", "Greece | Strike enters third day"),
        ("en", "Dock workers, union leaders and ministers met on Tuesday"),
    ],
)
def test_news_lines_near_furniture_classes_stay_content(language, line):
    assert not is_boilerplate(line, language)


def test_scraped_spanish_page_marks_menu_byline_share_bar_and_notice_only():
    paragraphs = [
        "Menú Buscar Suscríbete",
        "Los pescadores de Vigo amarran la flota",
        "Lucía Varela, Vigo · 3 de junio de 2027 · 4 min de lectura",
        "La flota de bajura de Vigo no salió a faenar el lunes.",
        "La huelga continúa.",
        "Compartir en Facebook Compartir en X Enviar por correo",
        "Utilizamos cookies para mejorar tu experiencia. Si continúas navegando, aceptas su uso. Aceptar",
    ]
    assert mark_boilerplate(paragraphs, "es") == [True, False, True, False, False, True, True]


@pytest.mark.parametrize(
    "language, line",
    [
        # Subscription offers: a call to subscribe or try, with a price or an offer's terms.
        ("en", "Subscribe for £1 a month and read every story without limits"),
        ("en", "Try 4 weeks for £1, then £6.99 a month. Cancel anytime."),
        ("fr", "Abonnez-vous : 1 € le premier mois, sans engagement"),
        ("fr", "Offre découverte : 3,99 € par mois pendant un an"),
        ("de", "Jetzt 4 Wochen für 1 € testen"),
        ("de", "Testen Sie jetzt: 0,99 € im ersten Monat, jederzeit kündbar"),
        ("es", "Suscríbete por 1 € al mes y lee sin límites"),
        ("es", "Hazte suscriptor: el primer mes gratis"),
        ("it", "Abbonati a 1 € al mese per i primi 3 mesi"),
        ("it", "Provalo gratis per un mese. Disdici quando vuoi"),
        ("de", "Jetzt abonnieren, um weiterzulesen"),
        # A paywall's label and login prompt.
        ("en", "Subscribers only"),
        ("fr", "Article réservé aux abonnés"),
        ("de", "Nur für Abonnenten"),
        ("es", "Exclusivo para suscriptores"),
        ("it", "Contenuto riservato"),
        ("en", "Already have an account? Sign in"),
        ("fr", "Déjà abonné ? Connectez-vous"),
        ("de", "Sie haben bereits ein Abo? Hier einloggen"),
        ("es", "¿Ya eres suscriptor? Inicia sesión"),
        ("it", "Sei già abbonato? Accedi"),
        # Syndication and reuse.
        ("en", "Reuse this content"),
        ("en", "Reprints & Permissions"),
        ("en", "Licensing"),
        ("fr", "Réutiliser ce contenu"),
        ("fr", "Droits de reproduction"),
        ("de", "Nutzungsrechte erwerben"),
        ("de", "Diesen Artikel nachdrucken"),
        ("es", "Republicar este artículo"),
        ("es", "Licencias"),
        ("it", "Ripubblica questo articolo"),
        ("it", "Diritti di riproduzione"),
        # Topic trails: a label and a short list of topics.
        ("en", "Explore more on these topics: Ferries · Harbours · Cornwall"),
        ("en", "Topics | Energy | Climate"),
        ("en", "More on this story"),
        ("fr", "Plus sur ce sujet : Grèce · Ports · Grèves"),
        ("de", "Mehr zum Thema: Fähren, Häfen, Nordsee"),
        ("es", "Más sobre: Vigo · Pesca · Huelgas"),
        ("it", "Temi: traghetti, porti, Liguria"),
        ("it", "Argomenti correlati"),
        # Consent banners that never say "cookie": the reader's privacy, then the buttons.
        ("en", "We value your privacy. We use your data to measure audiences and show relevant ads. "
               "Accept all | Reject all | Manage settings"),
        ("en", "Your privacy choices. Learn more about how we process personal data. I agree"),
        ("en", "We and our 142 partners store and/or access information on a device, such as unique IDs, "
               "to process personal data."),
        ("fr", "Nous respectons votre vie privée. Nos partenaires et nous traitons vos données pour mesurer "
               "l'audience. Tout accepter Tout refuser Paramétrer"),
        ("de", "Wir respektieren Ihre Privatsphäre. Wir und unsere Partner verarbeiten Daten, um Inhalte zu "
               "personalisieren. Alle akzeptieren | Ablehnen | Einstellungen"),
        ("es", "Valoramos tu privacidad. Tratamos tus datos para mostrarte publicidad personalizada. "
               "Aceptar todo Rechazar todo Configurar"),
        ("it", "Rispettiamo la tua privacy. Noi e i nostri partner trattiamo dati personali per mostrarti "
               "annunci. Accetta tutto Rifiuta Personalizza"),
        # Comment counters and prompts.
        ("en", "Show all 48 comments"),
        ("en", "Join the discussion"),
        ("en", "Comment on this story"),
        ("fr", "Voir les 23 commentaires"),
        ("fr", "Commentez cet article"),
        ("de", "Alle Kommentare anzeigen (31)"),
        ("de", "Diskutieren Sie mit"),
        ("es", "Mostrar comentarios (17)"),
        ("es", "Únete a la conversación"),
        ("it", "Leggi i commenti (9)"),
        ("it", "Partecipa alla discussione"),
    ],
)
def test_offers_reuse_lines_topic_trails_consent_banners_and_comment_prompts_are_boilerplate(language, line):
    assert is_boilerplate(line, language)


@pytest.mark.parametrize(
    "language, line",
    [
        # Prices in the news: subscribers are named, not addressed.
        ("en", "Subscribers will pay £2 a month more from April, the broadcaster said."),
        ("en", "Try for free: the city opens its museums on Sundays"),
        ("fr", "Les abonnés paieront 1 € de plus par mois dès janvier."),
        ("de", "Das Abo kostet künftig 2 Euro mehr im Monat, teilte der Verlag mit."),
        ("es", "Prueba de ello: la tarifa subió a 3 euros al mes."),
        ("it", "Abbonati e pendolari pagheranno 2 euro in più al mese."),
        ("fr", "Essayez de trouver un logement à 500 € par mois à Paris."),
        ("de", "Jetzt testen Forscher ein Medikament, das 5 Euro im Monat kostet."),
        ("es", "Únete a nosotros, pidió el sindicato."),
        # Licences and reprints as news.
        ("en", "Licensing fees for the port's cranes doubled in 2026."),
        ("fr", "Reproduire cet exploit sera difficile, admet l'entraîneur."),
        ("de", "Der Nachdruck des Buches wurde verboten."),
        ("es", "Las licencias de pesca se renovarán en mayo."),
        ("it", "Le licenze dei taxi restano bloccate."),
        # Topics and "more on" opening a sentence.
        ("en", "More on the ferry's future will be decided next week."),
        ("en", "Topics ranged from pay to pensions, the union said."),
        ("fr", "Plus sur ce sujet, le ministre n'a rien dit."),
        ("de", "Themen wie Rente und Pflege dominierten den Wahlkampf."),
        ("es", "Más sobre la huelga se sabrá el lunes."),
        ("it", "Temi come il lavoro e la sanità hanno dominato il dibattito."),
        # Privacy in the news, consent words in a sentence.
        ("en", "The privacy watchdog said readers must be able to reject all tracking."),
        ("en", "Your privacy is not for sale, the campaigners wrote on their banners."),
        ("fr", "La Cnil, gardienne de la vie privée, exige un bouton « Tout refuser »."),
        ("de", "Datenschützer fordern, dass Nutzer alles ablehnen können."),
        ("es", "La agencia de protección de datos personales multó al diario por no dejar rechazarlo todo."),
        ("it", "Il garante della privacy ha detto che bisogna poter rifiutare tutto."),
        # Comments in the news.
        ("en", "Comments from the harbour master were not available."),
        ("fr", "Les commentaires du préfet ont agacé les pêcheurs."),
        ("de", "Kommentare des Ministers sorgten für Unmut."),
        ("es", "Ver comentarios tan duros sorprendió al alcalde."),
        ("it", "Commenti del sindaco hanno irritato i portuali."),
    ],
)
def test_news_about_prices_licences_topics_privacy_and_comments_stays_content(language, line):
    assert not is_boilerplate(line, language)


@pytest.mark.parametrize(
    "language, paragraphs, expected",
    [
        # A kicker above the headline, or below it, before the body begins.
        ("en", ["CHESS", "Teenager from Bergen takes the Nordic title",
                "The 16-year-old won the final game on Sunday after five hours."], [True, False, False]),
        ("fr", ["Le port de Brest rouvre après la tempête", "ÉCONOMIE",
                "Les premiers cargos sont entrés dans la rade lundi matin."], [False, True, False]),
        ("de", ["Wirtschaft", "Werft in Kiel stellt 300 Leute ein",
                "Die Werft hat am Montag einen Auftrag über vier Fähren erhalten."], [True, False, False]),
        ("es", ["Menú Buscar", "OPINIÓN", "Lo que la huelga de Vigo nos enseña",
                "La flota lleva tres semanas amarrada en el puerto."], [True, True, False, False]),
        ("it", ["Politica", "Il sindaco di Genova si dimette",
                "Il sindaco ha annunciato le dimissioni martedì sera in consiglio."], [True, False, False]),
        ("en", ["Middle East", "Ceasefire talks resume in Cairo",
                "Negotiators met for four hours on Monday."], [True, False, False]),
        # Two section names joined by an ampersand are one label.
        ("de", ["Wissen & Umwelt", "Dürre trifft die Weinbauern an der Mosel",
                "Die Ernte fiel um ein Drittel geringer aus."], [True, False, False]),
        ("en", ["Science & Environment", "Quarry blast shakes village",
                "The blast was heard twenty kilometres away."], [True, False, False]),
        # ... but words that are no section names are a headline, ampersand or not.
        ("en", ["Salt & Pepper", "The chef opened a bistro in the harbour district last week."], [False, False]),
        # A one-word line with no headline next to it, or in the body, is content.
        ("en", ["NATO", "Allies agreed on Tuesday to send more ships to the Baltic."], [False, False]),
        ("en", ["Ferry fares double", "Passengers at Porthallow will pay twice as much from May.", "CHAOS",
                "By noon the queue reached the town square."], [False, False, False, False]),
        # A headline in capitals is not a kicker, nor is a title-case word that names no section.
        ("en", ["TRAGEDY AT SEA", "Three fishermen missing off Vigo",
                "The coastguard searched through the night."], [False, False, False]),
        ("fr", ["Grève", "Les dockers cessent le travail à l'aube",
                "Le mouvement touche les trois terminaux du port."], [False, False, False]),
        ("de", ["Streik", "Hafenarbeiter legen die Arbeit nieder",
                "Der Ausstand betrifft alle drei Terminals."], [False, False, False]),
    ],
)
def test_kicker_next_to_the_headline_is_boilerplate(language, paragraphs, expected):
    assert mark_boilerplate(paragraphs, language) == expected


def test_a_kicker_needs_its_neighbours():
    assert not is_boilerplate("CHESS", "en")
    assert not is_boilerplate("Wirtschaft", "de")


def test_scraped_italian_page_marks_kicker_offer_trail_banner_and_comments_only():
    paragraphs = [
        "CRONACA",
        "Genova, il porto si ferma per lo sciopero",
        "I portuali di Genova hanno incrociato le braccia all'alba di lunedì.",
        "Abbonati a 1 € al mese per i primi 3 mesi",
        "Il sindacato chiede più controlli sulle gru.",
        "Temi: porti · sciopero · Genova",
        "Mostra commenti (14)",
        "Rispettiamo la tua privacy. Noi e i nostri partner trattiamo dati personali. Accetta tutto Rifiuta",
    ]
    assert mark_boilerplate(paragraphs, "it") == [True, False, False, True, False, True, True, True]


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


@pytest.mark.parametrize("language", LEXICON_LANGUAGES)
def test_every_lexicon_has_the_word_lists_of_the_structural_rules(language):
    lists = sections("boilerplate", language)
    names = ("navigation", "sections", "share", "byline", "notices", "privacy", "consent", "settings",
             "subscribe", "offer", "trails", "kickers")
    assert set(lists) >= {"", *names}
    assert all(lists[name] for name in names)


@pytest.mark.parametrize(
    "language, line",
    [
        ("en", "Tomas Brandt, Transport Correspondent"),
        ("en", "Lena Hargreaves, senior economics editor, in Lisbon"),
        ("en", "Fri 13 Mar 2026 07.15 GMT · Last modified on Fri 13 Mar 2026 16.40 GMT"),
        ("en", "First published on Tue 2 Jun 2026 08.00 BST | Last updated Tue 2 Jun 2026 21.05 BST"),
        ("en", "Rui Pereira in Ponte do Lima · Wed 4 Mar 2026 09.40 GMT"),
        ("en", "Ana Ortega y Gil in Toledo · Wed 4 Mar 2026 09.40 GMT"),
        ("en", "Support independent journalism – give from £2"),
        ("en", "Skip to main navigation"),
        ("en", "Jump to content"),
        ("en", "Go to the main content"),
        ("en", "Divers search the harbour at dawn on Sunday. Photograph: Ana Lobo/Reuters"),
        ("en", "Nurses at the clinic's entrance in March. (Photo: Tom Reyes/AP)"),
        ("en", "Join the discussion: 112 comments"),
        ("en", "Sign up for Morning Dispatch, our free daily email on politics"),
        ("en", "With AFP and Reuters"),
        ("fr", "Avec AFP et Reuters"),
        ("en", "Comments are closed on this story"),
        ("fr", "Jeanne Roux, correspondante à Madrid"),
        ("fr", "Soutenez un journalisme indépendant"),
        ("de", "Jana Roth, Korrespondentin in Wien"),
        ("de", "Unterstützen Sie unabhängigen Journalismus"),
        ("es", "Juana Ruiz, corresponsal en Roma"),
        ("it", "Giulia Neri, corrispondente da Berlino"),
    ],
)
def test_desk_bylines_dates_with_their_changes_donation_appeals_and_skip_links_are_boilerplate(language, line):
    assert is_boilerplate(line, language)


@pytest.mark.parametrize(
    "language, line",
    [
        ("en", "Tomas Brandt, the transport correspondent who broke the story, resigned on Friday."),
        ("en", "The rules were last modified on 3 March 2026 after a court ruling that struck down the old ones."),
        ("en", "Readers were asked to support independent journalism, the editor said."),
        ("en", "Jump to the recount"),
        ("en", "The minister said the photos were fake. Video: none has been released."),
        ("en", "With AFP gone, the agency's rivals moved in."),
        ("en", "Readers signed up for the newsletter in their thousands after the scandal broke."),
        ("en", "Skip to content moderation: the new rules"),
        ("fr", "Jeanne Roux, correspondante à Madrid, a été expulsée vendredi par les autorités."),
        ("de", "Jana Roth, Korrespondentin in Wien, wurde am Freitag festgenommen."),
    ],
)
def test_news_about_correspondents_and_modified_dates_stays_content(language, line):
    assert not is_boilerplate(line, language)


@pytest.mark.parametrize(
    "language, paragraphs, expected",
    [
        ("en", ["Dam inquiry blames late repairs", "Marta Lind in Oslo", "The inquiry found that repairs came a year late."],
         [False, True, False]),
        ("fr", ["Le barrage cède après des années de retard", "Jeanne Roux à Lyon", "L'enquête a conclu que les réparations avaient un an de retard."],
         [False, True, False]),
        # The headline itself, a lower-case phrase, or a line in the body stay content.
        ("en", ["Zelensky in Washington", "The president arrived on Monday for talks."], [False, False]),
        ("en", ["Strike ends", "Workers in Lyon", "The strike ended on Monday."], [False, False, False]),
        ("en", ["Dam inquiry blames late repairs", "The inquiry found that repairs came a year late.", "Marta Lind in Oslo"],
         [False, False, False]),
    ],
)
def test_a_reporters_name_and_place_under_the_headline_is_a_byline(language, paragraphs, expected):
    assert mark_boilerplate(paragraphs, language) == expected


@pytest.mark.parametrize(
    "language, line",
    [
        # Breadcrumbs cut by spaced slashes
        ("en", "Home / Europe / Baltic states"),
        ("fr", "Accueil / Monde / Amérique latine"),
        # Bylines whose time carries a zone the lexicon does not list
        ("en", "Marta Quispe | Cusco | Wed 4 Mar 2026 08.40 PET"),
        ("de", "Jonas Weber · Graz · 12. Mai 2026, 14:05 MESZ"),
        # App pitches opening with their imperative
        ("en", "Stay informed wherever you are: get the Lakeside Post app on iOS and Android"),
        ("fr", "L'info partout avec vous : téléchargez notre application gratuite"),
        ("es", "Toda la actualidad en tu móvil: descarga nuestra app"),
        ("it", "Le notizie sempre con te: scarica la nostra app"),
        # A pitch closed by its button
        ("en", "Want the morning's headlines before breakfast? Sign up here"),
        ("fr", "Recevez chaque soir l'essentiel de l'actualité. Inscrivez-vous"),
        ("de", "Die wichtigsten Nachrichten am Morgen per E-Mail. Jetzt anmelden"),
        ("es", "¿Quieres recibir lo más importante del día? Suscríbete aquí"),
        # Ranked lists of headlines
        ("en", "Most read: 1. Ferry fares double on the northern route 2. Council delays budget vote"),
        ("fr", "Les plus lus : 1. Le pont fermé jusqu'en juin 2. Grève des bus lundi"),
        ("de", "Meistgelesen: 1. Brücke bleibt gesperrt 2. Busfahrer streiken am Montag"),
        # A single linked headline after a ranked list's label
        ("en", "Most read: The harbour town that printed its own paper money in winter"),
        ("fr", "Les plus lus : Le village savoyard qui a réinventé la coopérative laitière"),
        ("de", "Meistgelesen: Der Bäcker, der seit vierzig Jahren nachts arbeitet"),
        # A top menu whose sections and tools together pass ten tokens only with their dots
        ("en", "Home · Nordics · Culture · Science · Newsletters · Log in"),
        ("fr", "Accueil · Régions · Culture · Faits divers · Vidéos · Connexion"),
        # Widgets set side by side
        ("en", "112 comments · Join the discussion"),
        ("en", "Advertisement | Share this article"),
        # Wire datelines: a place, a comma, the date and the agency
        ("de", "Bergen, 14.02.2026 (dpa)"),
        ("fr", "Lyon, 3 mars 2026 (AFP)"),
        ("en", "Cape Town, March 3, 2026 (Reuters)"),
        ("es", "Santiago, 9 de abril de 2026 (EFE)"),
        # ...or the places, the agency, a dash and the date
        ("de", "Rostock/Schwerin (dpa) – 14. Februar 2026"),
        ("en", "Brussels/Strasbourg (Reuters) - March 3, 2026"),
        ("fr", "Nantes (AFP) – 3 mars 2026"),
    ],
)
def test_furniture_known_only_by_its_structure_is_boilerplate(language, line):
    assert is_boilerplate(line, language), line


@pytest.mark.parametrize(
    "language, line",
    [
        ("en", "Paris / Berlin talks resume"),
        ("en", "Most read: the minister resigned on Monday. His deputy takes over."),
        ("en", "Nantes (AFP) – Dockers strike again in 2026"),
        ("en", "Dock strike (AFP) – 3 May 2026 fares rise"),
        ("en", "Home owners · tenants · landlords and the city council all met on Friday in Lyon to agree the plan"),
        ("en", "Lisbon and/or Porto will host the final, organisers said."),
        ("en", "The match starts at 20:45 CET in Milan."),
        ("en", "Users were told to download the banking app to check their balances."),
        ("en", "The minister asked: will you sign up? Few did."),
        ("en", "The plan has two stages: 1. a survey of the slope 2. new drainage, the engineers said."),
        ("fr", "La mairie invite les habitants à s'inscrire sur les listes avant le 3 mars."),
        ("de", "Die Stadt bittet die Anwohner, sich bis Freitag anzumelden."),
        ("en", "Most residents read the notice: 1,200 signed the petition by noon."),
        ("en", "Storms cut power to 40,000 homes · officials warned of more rain."),
        ("en", "Lyon, 2026: the year the trams stopped"),
        ("en", "Paris 2024 Olympics"),
        ("fr", "Lyon, 2026 : la ville renonce au tramway"),
    ],
)
def test_news_lines_near_the_structural_furniture_classes_stay_content(language, line):
    assert not is_boilerplate(line, language), line


class TestUnlinkedFurniture:
    """Once aligned, what has no counterpart and is no sentence came with the page."""

    ORIGINAL = {
        0: "The bridge over the Vltava will close for repairs on Monday, the city said.",
        1: "Engineers found cracks in two of its piers during a routine inspection in May.",
        2: "Trams will be diverted over the Palacký bridge for at least six weeks.",
        3: "The repairs will cost about 4 million euros, according to the city's transport office.",
    }
    COPY = {
        0: "The bridge over the Vltava will close for repairs on Monday, the city said.",
        1: "Listen to this story",
        2: "Engineers found cracks in two of its piers during a routine inspection in May.",
        3: "Trams will be diverted over the Palacký bridge for at least six weeks.",
        4: "Prague edition | Transport",
        5: "The repairs will cost about 4 million euros, according to the city's transport office.",
        6: "Residents of Smíchov have complained about noise from earlier works.",
        7: "Read on.",
    }
    LINKS = [([0], [0]), ([1], [2]), ([2], [3]), ([3], [5])]
    LINKED = {0, 2, 3, 5}

    def test_a_short_line_without_a_sentence_end_is_furniture_in_any_pair(self):
        assert unlinked_furniture(self.COPY, self.LINKED, "en") == [1, 4]

    def test_an_added_sentence_stays_content_even_in_a_copy(self):
        assert 6 not in unlinked_furniture(self.COPY, self.LINKED, "en", copy=True)

    def test_in_a_copy_a_few_words_are_furniture_even_with_a_full_stop(self):
        assert unlinked_furniture(self.COPY, self.LINKED, "en", copy=True) == [1, 4, 7]
        assert 7 not in unlinked_furniture(self.COPY, self.LINKED, "en", copy=False)

    def test_the_headline_is_never_furniture(self):
        assert 0 not in unlinked_furniture({0: "Vltava bridge to close", 1: "Text."}, set(), "en")

    def test_a_word_for_word_copy_is_a_copy_and_a_rewrite_is_not(self):
        assert is_copy(self.ORIGINAL, self.COPY, self.LINKS)
        rewrite = dict(self.COPY)
        rewrite[0] = "On Monday the city will shut the Vltava bridge so that it can be repaired."
        rewrite[2] = "A routine May inspection turned up cracks in two piers, engineers say."
        assert not is_copy(self.ORIGINAL, rewrite, self.LINKS)

    def test_too_few_copied_paragraphs_prove_nothing(self):
        assert not is_copy({0: self.ORIGINAL[0]}, {0: self.COPY[0], 1: "Listen"}, [([0], [0])])

    @pytest.mark.parametrize(
        "language, line, furniture",
        [
            ("en", "If you value this kind of reporting, please consider supporting our newsroom.", True),
            ("fr", "Merci de votre fidélité : cet article vous est offert par la rédaction.", True),
            ("de", "Wir freuen uns über Ihre Meinung zu diesem Artikel.", True),
            ("es", "Gracias por confiar en nuestro periodismo cada mañana.", True),
            ("en", "\"We will rebuild it,\" the mayor told residents at a meeting on Tuesday evening.", False),
            ("de", "Sie sagte, die Sanierung werde mindestens bis zum Herbst dauern.", False),
        ],
    )
    def test_a_line_speaking_to_the_reader_or_for_the_publisher_is_furniture_of_a_copy(self, language, line, furniture):
        copy = dict(self.COPY)
        copy[6] = line
        assert (6 in unlinked_furniture(copy, self.LINKED, language, copy=True)) is furniture
        assert 6 not in unlinked_furniture(copy, self.LINKED, language, copy=False)
