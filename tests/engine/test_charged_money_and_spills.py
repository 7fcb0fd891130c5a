"""Money and spills told with a verdict, by classes a style guide names.

A loss written off told as money squandered, or softened into an accounting adjustment;
borrowing told as money raised or collected, the debt out of sight; a fee paid told as a
gift; a discharge someone made told as waste water that escaped or leaked; pollution
dramatised as the poisoning of a river; a statement told as exploiting an incident. The
faithful rendering of the source's own word stays quiet, and so does a name that only
looks like an intensified epithet (« les sites Natura 2000 »). The sentences are our own.
"""

import pytest
from aligned_fixtures import charged_words


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, word",
    [
        # A loss written off told as money squandered.
        ("en", "The credit union has written off 12 million dollars it lent to a shipyard.", "es",
         "La cooperativa de crédito ha dilapidado 12 millones de dólares que prestó a un astillero.", "dilapidado"),
        ("en", "The club lost 4 million pounds on the stadium deal.", "fr",
         "Le club a dilapidé 4 millions de livres dans l'opération du stade.", "dilapidé"),
        ("en", "The state bank wrote off 30 million euros of loans to the airline.", "de",
         "Die Landesbank hat 30 Millionen Euro an Krediten für die Fluggesellschaft verschleudert.", "verschleudert"),
        ("en", "The region has written off 9 million euros it advanced to the ski resort.", "it",
         "La regione ha sperperato 9 milioni di euro anticipati alla stazione sciistica.", "sperperato"),
        ("en", "The agency spent 6 million euros on a booking app.", "en",
         "The agency threw away 6 million euros on a booking app.", "threw away"),
        ("en", "The agency spent 6 million euros on a booking app.", "fr",
         "L'agence a jeté 6 millions d'euros par les fenêtres pour une application de réservation.", "par les fenêtres"),
        ("en", "The agency spent 6 million euros on a booking app.", "de",
         "Die Behörde hat 6 Millionen Euro mit einer Buchungs-App in den Sand gesetzt.", "in den Sand gesetzt"),
        ("en", "The agency spent 6 million euros on a booking app.", "es",
         "La agencia tiró 6 millones de euros por la ventana en una aplicación de reservas.", "por la ventana"),
        ("en", "The agency spent 6 million euros on a booking app.", "it",
         "L'agenzia ha buttato via 6 milioni di euro per un'app di prenotazione.", "buttato via"),
        # A loss softened into an accounting adjustment.
        ("en", "The insurer has written off 40 million euros it invested in the port.", "it",
         "L'assicuratore ha effettuato una rettifica contabile di 40 milioni di euro sull'investimento nel porto.",
         "rettifica contabile"),
        ("en", "The bank lost 9 million on the loan to the brewery.", "en",
         "The bank booked an accounting adjustment of 9 million on the loan to the brewery.", "accounting adjustment"),
        ("en", "The fund wrote off 15 million euros lent to the hotel chain.", "fr",
         "Le fonds a procédé à un ajustement comptable de 15 millions d'euros sur la chaîne hôtelière.", "ajustement comptable"),
        ("en", "The fund wrote off 15 million euros lent to the hotel chain.", "de",
         "Der Fonds nahm eine buchhalterische Korrektur von 15 Millionen Euro bei der Hotelkette vor.", "buchhalterische Korrektur"),
        ("en", "The fund wrote off 15 million euros lent to the hotel chain.", "es",
         "El fondo hizo un ajuste contable de 15 millones de euros en la cadena hotelera.", "ajuste contable"),
        # Borrowing told as money raised, the debt out of sight.
        ("en", "The province has borrowed 200 million euros by selling bonds.", "es",
         "La provincia ha recaudado 200 millones de euros con la venta de bonos.", "recaudado"),
        ("en", "The province has borrowed 200 million euros by selling bonds.", "en",
         "The province has raised 200 million euros by selling bonds.", "raised"),
        ("en", "The province has borrowed 200 million euros by selling bonds.", "it",
         "La provincia ha incassato 200 milioni di euro con la vendita di obbligazioni.", "incassato"),
        ("en", "The province has borrowed 200 million euros by selling bonds.", "de",
         "Die Provinz hat mit dem Verkauf von Anleihen 200 Millionen Euro eingenommen.", "eingenommen"),
        ("en", "The province has borrowed 200 million euros by selling bonds.", "fr",
         "La province a engrangé 200 millions d'euros en vendant des obligations.", "engrangé"),
        # A fee paid told as a gift.
        ("en", "The county paid legal fees of 2 million to the firm that drafted the contract.", "it",
         "La provincia ha regalato 2 milioni di parcelle allo studio che ha scritto il contratto.", "regalato"),
        ("en", "The county paid legal fees of 2 million to the firm that drafted the contract.", "es",
         "La diputación regaló 2 millones en honorarios al bufete que redactó el contrato.", "regaló"),
        ("en", "The county paid legal fees of 2 million to the firm that drafted the contract.", "fr",
         "Le département a fait cadeau de 2 millions d'honoraires au cabinet qui a rédigé le contrat.", "fait cadeau"),
        ("en", "The county paid legal fees of 2 million to the firm that drafted the contract.", "de",
         "Der Landkreis hat der Kanzlei, die den Vertrag entwarf, 2 Millionen an Honoraren geschenkt.", "geschenkt"),
        ("en", "The county paid legal fees of 2 million to the firm that drafted the contract.", "en",
         "The county gifted 2 million in legal fees to the firm that drafted the contract.", "gifted"),
        ("en", "The county paid the two banks fees of 2 million.", "fr",
         "Le département a offert aux deux banques un cadeau de 2 millions.", "cadeau de"),
        ("en", "The county paid the two banks fees of 2 million.", "de",
         "Der Landkreis machte den beiden Banken ein Millionengeschenk.", "Millionengeschenk"),
        ("en", "The province has borrowed 200 million euros by selling bonds.", "en",
         "The province has secured 200 million euros by selling bonds.", "secured"),
        # A discharge someone made told as waste water that escaped.
        ("en", "Inspectors said a dairy had made an illegal discharge into the canal.", "de",
         "Nach Angaben der Inspektoren ist aus einer Molkerei Abwasser in den Kanal ausgetreten.", "ausgetreten"),
        ("en", "Inspectors said a dairy had made an illegal discharge into the canal.", "fr",
         "Selon les inspecteurs, des eaux usées se sont échappées d'une laiterie vers le canal.", "se sont échappées"),
        ("en", "Inspectors said a dairy had dumped waste water into the canal.", "en",
         "Inspectors said waste water had leaked from a dairy into the canal.", "leaked"),
        ("en", "Inspectors said a dairy had made an illegal discharge into the canal.", "es",
         "Según los inspectores, se produjo una fuga de aguas residuales de una lechería al canal.", "fuga"),
        ("en", "Inspectors said a dairy had made an illegal discharge into the canal.", "it",
         "Secondo gli ispettori, da un caseificio sono fuoriuscite acque reflue nel canale.", "fuoriuscite"),
        # Pollution dramatised as the poisoning of a river.
        ("en", "Hundreds of dead trout were found after a discharge from a paper mill.", "fr",
         "Des centaines de truites mortes ont été trouvées après l'empoisonnement du ruisseau par une papeterie.",
         "empoisonnement"),
        ("en", "Hundreds of dead trout were found after a discharge from a paper mill.", "de",
         "Hunderte tote Forellen wurden nach der Vergiftung des Bachs durch eine Papierfabrik gefunden.", "Vergiftung"),
        ("en", "Hundreds of dead trout were found after a discharge from a paper mill.", "es",
         "Se encontraron cientos de truchas muertas tras el envenenamiento del arroyo por una papelera.", "envenenamiento"),
        # A statement told as exploiting the incident.
        ("en", "Anglers' clubs said the spill showed that the canal was poorly monitored.", "de",
         "Anglervereine schlachteten den Unfall sofort aus und erklärten, der Kanal werde schlecht überwacht.",
         "schlachteten den Unfall sofort aus"),
        ("en", "Anglers' clubs said the spill showed that the canal was poorly monitored.", "fr",
         "Les clubs de pêche ont exploité l'incident pour dire que le canal était mal surveillé.", "exploité l'incident"),
        ("en", "Anglers' clubs said the spill showed that the canal was poorly monitored.", "it",
         "I circoli di pesca hanno sfruttato l'incidente per dire che il canale è mal sorvegliato.", "sfruttato l'incidente"),
        ("en", "Anglers' clubs said the spill showed that the canal was poorly monitored.", "es",
         "Los clubes de pesca explotaron el incidente para decir que el canal está mal vigilado.", "explotaron el incidente"),
        ("en", "Anglers' clubs said the spill showed that the canal was poorly monitored.", "de",
         "Anglervereine nutzten den Unfall sofort aus und sagten, der Kanal werde schlecht überwacht.", "nutzten den Unfall"),
        ("en", "Anglers' clubs said the spill showed that the canal was poorly monitored.", "en",
         "Anglers' clubs exploited the incident to say that the canal was poorly monitored.", "exploited the incident"),
    ],
)
def test_money_or_spill_told_with_a_verdict_is_reported(o_lang, original, d_lang, derivative, word):
    assert any(word in found for found in charged_words(o_lang, original, d_lang, derivative))


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        # The faithful wording of a write-off, a loss or a waste the source named.
        ("en", "The credit union has written off 12 million dollars it lent to a shipyard.", "es",
         "La cooperativa de crédito ha dado por perdidos 12 millones de dólares que prestó a un astillero."),
        ("en", "The credit union wasted 12 million dollars on a shipyard.", "es",
         "La cooperativa de crédito ha dilapidado 12 millones de dólares en un astillero."),
        ("en", "The insurer has written off 40 million euros it invested in the port.", "it",
         "L'assicuratore ha svalutato 40 milioni di euro investiti nel porto."),
        ("en", "The insurer made an accounting adjustment of 40 million euros.", "it",
         "L'assicuratore ha effettuato una rettifica contabile di 40 milioni di euro."),
        ("en", "The fund wrote off 15 million euros lent to the hotel chain.", "de",
         "Der Fonds hat 15 Millionen Euro abgeschrieben, die er der Hotelkette geliehen hatte."),
        # Borrowing kept as borrowing, or money the source said was raised.
        ("en", "The province has borrowed 200 million euros by selling bonds.", "es",
         "La provincia se ha endeudado en 200 millones de euros con la venta de bonos."),
        ("en", "The province has raised 200 million euros by selling bonds.", "es",
         "La provincia ha recaudado 200 millones de euros con la venta de bonos."),
        ("en", "The province has borrowed 200 million euros by selling bonds.", "it",
         "La provincia ha preso in prestito 200 milioni di euro con la vendita di obbligazioni."),
        ("en", "The province has borrowed 200 million euros by selling bonds.", "de",
         "Die Provinz hat sich mit dem Verkauf von Anleihen 200 Millionen Euro geliehen."),
        # A fee paid as paid, a gift the source called one.
        ("en", "The county paid legal fees of 2 million to the firm that drafted the contract.", "it",
         "La provincia ha pagato 2 milioni di parcelle allo studio che ha scritto il contratto."),
        ("en", "The county gave the land to the football club as a gift.", "es",
         "La diputación regaló el terreno al club de fútbol."),
        ("en", "The county paid legal fees of 2 million to the firm that drafted the contract.", "fr",
         "Le département a versé 2 millions d'honoraires au cabinet qui a rédigé le contrat."),
        # A discharge kept as a discharge; a leak the source called one.
        ("en", "Inspectors said a dairy had made an illegal discharge into the canal.", "de",
         "Nach Angaben der Inspektoren hat eine Molkerei illegal Abwasser in den Kanal eingeleitet."),
        ("en", "Inspectors said waste water had leaked from a dairy into the canal.", "de",
         "Nach Angaben der Inspektoren ist aus einer Molkerei Abwasser in den Kanal ausgetreten."),
        ("en", "Inspectors said a dairy had made an illegal discharge into the canal.", "fr",
         "Selon les inspecteurs, une laiterie a procédé à un rejet illégal dans le canal."),
        ("en", "Inspectors said a dairy had made an illegal discharge into the canal.", "es",
         "Según los inspectores, una lechería realizó un vertido ilegal al canal."),
        # A place lost to the water is no money lost.
        ("en", "The village was lost under the floodwater in 1959.", "fr",
         "Le village a été englouti par les eaux en 1959."),
        # Taxes collected beside a loan are no borrowing raised.
        ("en", "The city borrowed 5 million euros last year. It also collected 3 million in property taxes.", "es",
         "La ciudad pidió prestados 5 millones de euros el año pasado. También recaudó 3 millones en impuestos sobre bienes inmuebles."),
        # A patient discharged who fled is no waste that escaped.
        ("en", "The inmate was discharged from hospital on Monday and fled two days later.", "es",
         "El recluso recibió el alta del hospital el lunes y se escapó dos días después."),
        ("en", "The agency wasted 6 million euros on a booking app.", "it",
         "L'agenzia ha buttato via 6 milioni di euro per un'app di prenotazione."),
        ("en", "The patient was discharged from hospital on Monday and slipped away from his family.", "fr",
         "Le patient a quitté l'hôpital lundi et s'est échappé de chez sa famille."),
        # Poisoning the source named.
        ("en", "Hundreds of dead trout were found after the poisoning of the stream.", "fr",
         "Des centaines de truites mortes ont été trouvées après l'empoisonnement du ruisseau."),
        ("en", "Hundreds of dead trout were found after a discharge from a paper mill.", "fr",
         "Des centaines de truites mortes ont été trouvées après un rejet d'une papeterie."),
        # Exploitation the source reported.
        ("en", "Anglers' clubs were quick to exploit the accident, the mayor said.", "de",
         "Anglervereine schlachteten den Unfall sofort aus, sagte der Bürgermeister."),
        ("en", "Anglers' clubs were quick to exploit the accident, the mayor said.", "fr",
         "Les clubs de pêche ont vite exploité l'accident, a dit le maire."),
        # A name after an article is no epithet: "sites" is not an intensifier.
        ("en", "The minister may review every permit in Natura 2000 areas in the Alps.", "fr",
         "La ministre pourrait réexaminer tous les permis dans les sites Natura 2000 des Alpes."),
        ("en", "The profits the utility made in Bavaria were higher.", "de",
         "Die erzielten Gewinne des Versorgers in Bayern waren höher."),
        ("en", "The trophy Cup will be awarded in May.", "fr",
         "Le trophée Coupe sera remis en mai."),
    ],
)
def test_faithful_money_and_spill_wording_stays_quiet(o_lang, original, d_lang, derivative):
    assert charged_words(o_lang, original, d_lang, derivative) == []


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, word",
    [
        ("en", "The report was published by the Alliance for Rivers.", "fr",
         "Le rapport a été publié par la très militante Alliance pour les rivières.", "très militante"),
        ("en", "The motion was tabled by the People's Union.", "de",
         "Der Antrag kam von der erzkonservativen Volksunion.", "erzkonservativen"),
        ("en", "The motion was tabled by the People's Union.", "es",
         "La moción la presentó la ultraconservadora Unión del Pueblo.", "ultraconservadora"),
    ],
)
def test_an_intensified_epithet_is_still_reported(o_lang, original, d_lang, derivative, word):
    assert any(word in found for found in charged_words(o_lang, original, d_lang, derivative))
