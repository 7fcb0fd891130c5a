"""Loaded language by the families style guides and media-literacy material name, not by
article: officials called a caste or bigwigs, activists called agitators or hotheads, a tax
cut or a payment called a giveaway or a pittance, a change of decision told as a U-turn, a
figure dressed up as staggering or belittled as a mere sum, a lost vote told as a trouncing,
killings called collateral damage, layoffs told as letting people go, arrivals told as a
flood, a budget cut told as clear-felled. One reported and one faithful (quiet) case per
family and language. The sentences are our own.
"""

import pytest
from aligned_fixtures import charged_words


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative, word",
    [
        # officials
        ("en", "Senior civil servants drafted the reform.", "en", "Ministry mandarins drafted the reform.", "mandarins"),
        ("en", "The party leadership met on Monday.", "fr", "La caste dirigeante du parti s'est réunie lundi.", "caste"),
        ("en", "The party leadership met on Monday.", "de", "Die Parteibonzen trafen sich am Montag.", "Parteibonzen"),
        ("en", "The politicians voted for a pay rise.", "es", "La casta política votó una subida de sueldo.", "casta"),
        ("en", "The politicians voted for a pay rise.", "it", "La casta ha votato un aumento di stipendio.", "casta"),
        # activists
        ("en", "Activists blocked the ring road.", "en", "Rabble-rousers blocked the ring road.", "Rabble-rousers"),
        ("en", "Activists blocked the ring road.", "fr", "Des excités ont bloqué le périphérique.", "excités"),
        ("en", "Activists blocked the ring road.", "de", "Aufwiegler blockierten die Ringstraße.", "Aufwiegler"),
        ("en", "Activists blocked the ring road.", "es", "Unos exaltados bloquearon la circunvalación.", "exaltados"),
        ("en", "Activists blocked the ring road.", "it", "Gli scalmanati hanno bloccato la tangenziale.", "scalmanati"),
        # spending and taxes
        ("en", "The budget includes a tax cut for hauliers.", "en", "The budget includes a giveaway for hauliers.", "giveaway"),
        ("en", "The budget includes a tax cut for hauliers.", "fr", "Le budget comprend un cadeau fiscal aux transporteurs.", "cadeau fiscal"),
        ("en", "The budget includes a tax cut for hauliers.", "de", "Der Haushalt enthält ein Steuergeschenk für Spediteure.", "Steuergeschenk"),
        ("en", "The budget includes a tax cut for hauliers.", "es", "El presupuesto incluye un regalo fiscal a los transportistas.", "regalo fiscal"),
        ("en", "The region announced a payment to shepherds.", "it", "La regione ha annunciato una mancia ai pastori.", "mancia"),
        ("en", "The town has set aside 3 million for the quay.", "fr", "La commune a une cagnotte de 3 millions pour le quai.", "cagnotte"),
        # decisions
        ("en", "The minister changed the ferry timetable after the vote.", "en", "The minister made a U-turn on the ferry timetable after the vote.", "U-turn"),
        ("en", "The mayor withdrew the parking plan.", "fr", "Le maire a fait machine arrière sur le plan de stationnement.", "machine arrière"),
        ("en", "The mayor withdrew the parking plan.", "de", "Der Bürgermeister machte beim Parkplan eine Rolle rückwärts.", "Rolle rückwärts"),
        ("en", "The mayor withdrew the parking plan.", "es", "El alcalde dio marcha atrás con el plan de aparcamiento.", "marcha atrás"),
        ("en", "The mayor withdrew the parking plan.", "it", "Il sindaco ha fatto retromarcia sul piano dei parcheggi.", "retromarcia"),
        # figures
        ("en", "The footbridge cost 40 million euros.", "en", "The footbridge cost a staggering 40 million euros.", "staggering"),
        ("en", "The footbridge cost 40 million euros.", "fr", "La passerelle a coûté la bagatelle de 40 millions d'euros.", "bagatelle"),
        ("en", "The footbridge cost 40 million euros.", "de", "Die Fußgängerbrücke kostete satte 40 Millionen Euro.", "satte"),
        ("en", "The footbridge cost 40 million euros.", "es", "La pasarela costó la friolera de 40 millones de euros.", "friolera"),
        ("en", "The footbridge cost 40 million euros.", "it", "La passerella è costata la bellezza di 40 milioni di euro.", "bellezza"),
        ("en", "The choir received 2,000 euros.", "en", "The choir received a mere 2,000 euros.", "mere"),
        # defeats
        ("en", "The opposition lost the vote.", "en", "The opposition was trounced in the vote.", "trounced"),
        ("en", "The opposition lost the vote.", "fr", "L'opposition a été laminée lors du vote.", "laminée"),
        ("en", "The opposition lost the vote.", "es", "La oposición fue arrollada en la votación.", "arrollada"),
        ("en", "The opposition lost the vote.", "it", "L'opposizione è stata asfaltata nel voto.", "asfaltata"),
        # euphemisms and scare words with a neutral side
        ("en", "The strike killed 12 civilians.", "it", "L'attacco ha causato danni collaterali fra i civili.", "danni collaterali"),
        ("en", "The firm laid off 40 workers.", "en", "The firm let 40 workers go.", "let 40 workers go"),
        ("en", "The firm laid off 40 workers.", "fr", "L'entreprise s'est séparée de 40 salariés.", "séparée de 40 salariés"),
        ("en", "The firm laid off 40 workers.", "es", "La empresa prescindió de 40 trabajadores.", "prescindió de 40"),
        ("en", "The firm laid off 40 workers.", "it", "L'azienda ha alleggerito l'organico di 40 lavoratori.", "alleggerito l'organico"),
        ("en", "1,200 migrants arrived on the island.", "de", "Eine Flut von 1.200 Migranten erreichte die Insel.", "Flut von"),
        ("en", "1,200 migrants arrived on the island.", "es", "Una avalancha de 1.200 migrantes llegó a la isla.", "avalancha"),
        ("en", "1,200 migrants arrived on the island.", "fr", "Une submersion migratoire a touché l'île.", "submersion migratoire"),
        ("en", "The council cut the library budget.", "de", "Die Stadt hat das Bibliotheksbudget kahlgeschlagen.", "kahlgeschlagen"),
    ],
)
def test_loaded_word_of_a_family_is_reported(o_lang, original, d_lang, derivative, word):
    assert any(word in found for found in charged_words(o_lang, original, d_lang, derivative))


@pytest.mark.parametrize(
    "o_lang, original, d_lang, derivative",
    [
        # officials: the source's own elite, caste or language
        ("en", "The political elite met on Monday.", "fr", "L'élite politique s'est réunie lundi."),
        ("en", "The caste system still shapes village life.", "fr", "Le système des castes façonne encore la vie des villages."),
        ("en", "Party bigwigs met on Monday.", "de", "Die Parteibonzen trafen sich am Montag."),
        ("en", "The course teaches Mandarin Chinese.", "en", "The course teaches Mandarin Chinese."),
        ("en", "The establishment closed ranks.", "es", "La casta cerró filas."),
        ("en", "The establishment closed ranks.", "it", "La casta ha fatto quadrato."),
        # activists: the source's radicals or rioters
        ("en", "Agitators blocked the ring road.", "en", "Rabble-rousers blocked the ring road."),
        ("en", "Rioters blocked the ring road.", "fr", "Des excités ont bloqué le périphérique."),
        ("en", "Radical activists blocked the ring road.", "de", "Radikale Aktivisten blockierten die Ringstraße."),
        ("en", "Agitators blocked the ring road.", "es", "Unos agitadores bloquearon la circunvalación."),
        ("en", "Violent protesters blocked the ring road.", "it", "Gli scalmanati hanno bloccato la tangenziale."),
        # spending: the source's giveaway or online kitty
        ("en", "The budget includes a pre-election giveaway for hauliers.", "en", "The budget includes a giveaway for hauliers."),
        ("en", "Friends started an online fundraiser for the family.", "fr", "Des amis ont lancé une cagnotte en ligne pour la famille."),
        ("en", "Critics called the tax cut a gift to hauliers.", "de", "Kritiker nannten die Steuersenkung ein Steuergeschenk für Spediteure."),
        ("en", "The budget includes a tax cut for hauliers.", "es", "El presupuesto incluye una rebaja fiscal para los transportistas."),
        ("en", "Diners left a tip for the staff.", "it", "I clienti hanno lasciato una mancia per il personale."),
        # decisions: the source's reversal
        ("en", "The minister reversed the ferry decision after the vote.", "en", "The minister made a U-turn on the ferry decision after the vote."),
        ("en", "The mayor backtracked on the parking plan.", "fr", "Le maire a fait machine arrière sur le plan de stationnement."),
        ("en", "The mayor backtracked on the parking plan.", "de", "Der Bürgermeister ruderte beim Parkplan zurück."),
        ("en", "The mayor reversed the parking plan.", "es", "El alcalde dio marcha atrás con el plan de aparcamiento."),
        ("en", "The mayor backed down on the parking plan.", "it", "Il sindaco ha fatto retromarcia sul piano dei parcheggi."),
        # figures: the source's own qualifier
        ("en", "The footbridge cost a whopping 40 million euros.", "en", "The footbridge cost a staggering 40 million euros."),
        ("en", "The footbridge cost as much as 40 million euros.", "fr", "La passerelle a coûté pas moins de 40 millions d'euros."),
        ("en", "The choir received only 2,000 euros.", "de", "Der Chor erhielt gerade einmal 2.000 Euro."),
        ("en", "The choir received just 2,000 euros.", "es", "El coro recibió apenas 2.000 euros."),
        ("en", "The footbridge cost 40 million euros.", "it", "La passerella è costata 40 milioni di euro."),
        ("en", "The choir received only 2,000 euros.", "en", "The choir received a mere 2,000 euros."),
        # defeats: the source's heavy defeat, or a road paved
        ("en", "The opposition suffered a crushing defeat in the vote.", "en", "The opposition was trounced in the vote."),
        ("en", "The opposition suffered a heavy defeat.", "fr", "L'opposition a été laminée lors du vote."),
        ("en", "The opposition suffered a heavy defeat.", "es", "La oposición fue arrollada en la votación."),
        ("en", "The road was paved in May.", "it", "La strada è stata asfaltata a maggio."),
        # with a neutral side: faithful renderings
        ("en", "The strike killed 12 civilians.", "it", "L'attacco ha ucciso 12 civili."),
        ("en", "The firm laid off 40 workers.", "fr", "L'entreprise a licencié 40 salariés."),
        ("en", "The firm laid off 40 workers.", "es", "La empresa despidió a 40 trabajadores."),
        ("en", "The firm laid off 40 workers.", "it", "L'azienda ha licenziato 40 lavoratori."),
        ("en", "A flood of 1,200 migrants reached the island.", "de", "Eine Flut von 1.200 Migranten erreichte die Insel."),
        ("en", "1,200 migrants arrived on the island.", "es", "Llegaron 1.200 migrantes a la isla."),
        ("en", "A wave of 1,200 migrants reached the island.", "fr", "Une vague de 1 200 migrants a atteint l'île."),
        ("en", "The council cut the library budget.", "de", "Die Stadt hat das Bibliotheksbudget gekürzt."),
    ],
)
def test_faithful_rendering_of_a_family_stays_quiet(o_lang, original, d_lang, derivative):
    assert charged_words(o_lang, original, d_lang, derivative) == []


@pytest.mark.parametrize(
    "original, d_lang, derivative, word",
    [
        ("The inheritance tax will rise next year.", "en", "The death tax will rise next year.", "death tax"),
        ("The inheritance tax will rise next year.", "fr", "L'impôt sur la mort augmentera l'an prochain.", "impôt sur la mort"),
        ("The inheritance tax will rise next year.", "de", "Die Todessteuer steigt im nächsten Jahr.", "Todessteuer"),
        ("The inheritance tax will rise next year.", "es", "El impuesto a la muerte subirá el año que viene.", "impuesto a la muerte"),
        ("The inheritance tax will rise next year.", "it", "La tassa sulla morte aumenterà l'anno prossimo.", "tassa sulla morte"),
    ],
)
def test_tax_given_a_campaigning_name_is_reported(original, d_lang, derivative, word):
    assert any(word in found for found in charged_words("en", original, d_lang, derivative))


@pytest.mark.parametrize(
    "original, d_lang, derivative",
    [
        ("Opponents call the inheritance tax a death tax.", "en", "Opponents call the inheritance tax a death tax."),
        ("The inheritance tax will rise next year.", "fr", "Les droits de succession augmenteront l'an prochain."),
        ("Opponents call it a death tax.", "de", "Gegner nennen sie eine Todessteuer."),
        ("The inheritance tax will rise next year.", "es", "El impuesto de sucesiones subirá el año que viene."),
        ("The inheritance tax will rise next year.", "it", "La tassa di successione aumenterà l'anno prossimo."),
    ],
)
def test_faithful_rendering_of_a_tax_stays_quiet(original, d_lang, derivative):
    assert charged_words("en", original, d_lang, derivative) == []


@pytest.mark.parametrize(
    "original, derivative, word",
    [
        ("The government closed the mountain pass.", "Il regime ha chiuso il valico.", "regime"),
        ("Militants attacked the checkpoint at dawn.", "I terroristi hanno attaccato il posto di blocco all'alba.", "terroristi"),
        ("The occupied town lost power overnight.", "La città liberata è rimasta senza corrente nella notte.", "liberata"),
        ("The invasion began in February.", "Il conflitto è iniziato a febbraio.", "conflitto"),
        ("The suspect set fire to the barn, police said.", "Il piromane ha dato fuoco al fienile, secondo la polizia.", "piromane"),
        ("Two athletes were suspended on Tuesday.", "Due imbroglioni sono stati sospesi martedì.", "imbroglioni"),
    ],
)
def test_italian_rewrite_of_a_neutral_term_is_reported(original, derivative, word):
    assert any(word in found for found in charged_words("en", original, "it", derivative))


@pytest.mark.parametrize(
    "original, derivative",
    [
        ("The government closed the mountain pass.", "Il governo ha chiuso il valico."),
        ("The regional government met on Monday.", "La giunta regionale si è riunita lunedì."),
        ("Militants attacked the checkpoint at dawn.", "I miliziani hanno attaccato il posto di blocco all'alba."),
        ("The occupied town lost power overnight.", "La città occupata è rimasta senza corrente nella notte."),
        ("The invasion began in February.", "L'invasione è iniziata a febbraio."),
        ("The suspected killer was arrested in Bari.", "Il presunto assassino è stato arrestato a Bari."),
        ("The accused pleaded guilty.", "L'imputato si è dichiarato colpevole."),
        ("Two athletes were suspended on Tuesday.", "Due atleti sono stati sospesi martedì."),
    ],
)
def test_italian_faithful_rendering_stays_quiet(original, derivative):
    assert charged_words("en", original, "it", derivative) == []
