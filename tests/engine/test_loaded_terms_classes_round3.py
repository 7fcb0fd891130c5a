"""Loaded terms by class, third round of session 15: each class a style guide names, with
its neutral side and the source words a charged word faithfully renders.

Verbs of saying that discredit: "alleged" or "claimed" for "said", also after a quote or
after a body's name with a longer subject. Euphemisms: a closure told as taking a site out
of service or as pausing an activity at it; a price rise told as bringing prices into line
with costs. Dramatising: an inspection told as a crackdown or a blitz; persuading told as
pressuring or strong-arming; a rise told as flaring (« fera flamber »); a closing-time rule
told as a curfew; a revoked licence told as a club stripped of it; an incident told as a
drama or a tragedy; plain streets labelled rowdy or seedy. The sentences are invented; the
stand-in encoder calls every pair identical, so only the words decide.
"""

import pytest
from aligned_fixtures import charged_words


@pytest.mark.parametrize(
    "original, d_lang, derivative, word",
    [
        # verbs of saying that cast doubt
        ("\"The form was hidden on page nine,\" said Ana Ruiz, a tenants' lawyer.", "en", "\"The form was hidden on page nine,\" alleged Ana Ruiz, a tenants' lawyer.", "alleged"),
        ("The Harbour Traders' Association said the new fee could cost up to 90 jobs.", "en", "The Harbour Traders' Association claimed the new parking fee could cost up to 90 jobs.", "claimed"),
        ("\"The form was hidden on page nine,\" the lawyer said.", "fr", "« Le formulaire était caché en page neuf », a allégué l'avocate.", "allégué"),
        # a closure told as out of service or a pause
        ("The town will close the Mill Road sports hall for a year.", "en", "The town will take the Mill Road sports hall out of service for a year.", "out of service"),
        ("The council closed its outdoor pool after tests found algae.", "en", "The council paused swimming at its outdoor pool after tests found algae.", "paused swimming"),
        ("The town will close the Mill Road sports hall for a year.", "fr", "La ville va mettre hors service la salle de sport de Mill Road pendant un an.", "hors service"),
        ("The town will close the Mill Road sports hall for a year.", "de", "Die Stadt wird die Sporthalle an der Mill Road für ein Jahr außer Betrieb nehmen.", "außer Betrieb nehmen"),
        ("The town will close the Mill Road sports hall for a year.", "es", "La ciudad dejará fuera de servicio el pabellón de Mill Road durante un año.", "fuera de servicio"),
        ("The town will close the Mill Road sports hall for a year.", "it", "Il comune metterà fuori servizio la palestra di Mill Road per un anno.", "fuori servizio"),
        # a rise told as bringing prices into line with costs
        ("The zoo will raise the price of a family ticket in May.", "en", "The zoo will bring the price of a family ticket into line with costs in May.", "into line with costs"),
        ("The zoo will raise the price of a family ticket in May.", "fr", "Le zoo alignera en mai le prix du billet familial sur ses coûts.", "alignera en mai le prix du billet familial sur ses coûts"),
        # a rise dramatised
        ("The zoo will raise the price of a family ticket in May.", "fr", "Le zoo fera flamber en mai le prix du billet familial.", "fera flamber"),
        ("The zoo will raise the price of a family ticket in May.", "en", "The zoo will send the price of a family ticket soaring in May.", "soaring"),
        ("The zoo will raise the price of a family ticket in May.", "it", "Lo zoo farà schizzare a maggio il prezzo del biglietto famiglia.", "farà schizzare"),
        # an inspection told as a crackdown
        ("The ministry said it would inspect the leases used by landlords.", "en", "The ministry said it would launch a crackdown on the leases used by landlords.", "crackdown"),
        ("The ministry said it would inspect the leases used by landlords.", "fr", "Le ministère a annoncé un tour de vis sur les baux des propriétaires.", "tour de vis"),
        ("The ministry said it would inspect the leases used by landlords.", "de", "Das Ministerium kündigte an, hart gegen die Mietverträge der Vermieter durchzugreifen.", "hart gegen"),
        ("The ministry said it would inspect the leases used by landlords.", "es", "El ministerio anunció mano dura contra los contratos de los caseros.", "mano dura"),
        ("The ministry said it would inspect the leases used by landlords.", "it", "Il ministero ha annunciato un giro di vite sui contratti dei proprietari.", "giro di vite"),
        # persuading told as pressuring
        ("A salesman persuaded her to sign a ten-year contract.", "en", "A salesman pressured her into signing a ten-year contract.", "pressured her into"),
        ("A salesman persuaded her to sign a ten-year contract.", "en", "A salesman strong-armed her into a ten-year contract.", "strong-armed"),
        ("A salesman persuaded her to sign a ten-year contract.", "fr", "Un vendeur a fait pression sur elle pour qu’elle signe un contrat de dix ans.", "fait pression"),
        ("A salesman persuaded her to sign a ten-year contract.", "de", "Ein Verkäufer setzte sie unter Druck, einen Zehnjahresvertrag zu unterschreiben.", "unter Druck"),
        ("A salesman persuaded her to sign a ten-year contract.", "es", "Un vendedor la presionó para firmar un contrato de diez años.", "presionó"),
        # a closing-time rule told as a curfew
        ("The council voted to make the town's pubs close at midnight.", "en", "The council voted a midnight curfew for the town's pubs.", "curfew"),
        ("The council voted to make the town's pubs close at midnight.", "fr", "Le conseil a voté un couvre-feu à minuit pour les pubs de la ville.", "couvre-feu"),
        ("The council voted to make the town's pubs close at midnight.", "es", "El consejo aprobó un toque de queda a medianoche para los pubs.", "toque de queda"),
        ("The council voted to make the town's pubs close at midnight.", "it", "Il consiglio ha votato il coprifuoco a mezzanotte per i pub della città.", "coprifuoco"),
        # a revoked licence told as stripped
        ("The board revoked the licence of the Blue Anchor bar.", "en", "The board stripped the Blue Anchor bar of its licence.", "stripped"),
        ("The board revoked the licence of the Blue Anchor bar.", "fr", "La commission a dépouillé le bar Blue Anchor de sa licence.", "dépouillé"),
        ("The board revoked the licence of the Blue Anchor bar.", "de", "Der Ausschuss hat die Blue-Anchor-Bar ihrer Konzession beraubt.", "beraubt"),
        # an incident told as a drama or a tragedy
        ("Two weeks after a crush at its entrance injured nine people, the hall reopened.", "fr", "Deux semaines après le drame de son entrée, qui a fait neuf blessés, la salle a rouvert.", "drame"),
        ("Two weeks after a crush at its entrance injured nine people, the hall reopened.", "en", "Two weeks after the tragedy at its entrance injured nine people, the hall reopened.", "tragedy"),
        # plain streets labelled rowdy
        ("Noise in the old town's narrow streets reached 80 decibels.", "en", "Noise in the old town's rowdy streets reached 80 decibels.", "rowdy streets"),
    ],
)
def test_a_word_of_the_class_put_for_the_source_neutral_one_is_reported(original, d_lang, derivative, word):
    found = charged_words("en", original, d_lang, derivative)
    assert any(word in f or f in word for f in found), found


@pytest.mark.parametrize(
    "original, d_lang, derivative",
    [
        # faithful renderings of the plain words
        ("\"The form was hidden on page nine,\" said Ana Ruiz, a tenants' lawyer.", "fr", "« Le formulaire était caché en page neuf », a déclaré Ana Ruiz, avocate de locataires."),
        ("The town will close the Mill Road sports hall for a year.", "fr", "La ville va fermer la salle de sport de Mill Road pendant un an."),
        ("The zoo will raise the price of a family ticket in May.", "fr", "Le zoo augmentera en mai le prix du billet familial."),
        ("The ministry said it would inspect the leases used by landlords.", "fr", "Le ministère a annoncé qu’il contrôlerait les baux des propriétaires."),
        ("A salesman persuaded her to sign a ten-year contract.", "fr", "Un vendeur l’a convaincue de signer un contrat de dix ans."),
        ("The council voted to make the town's pubs close at midnight.", "de", "Der Rat beschloss, dass die Kneipen der Stadt um Mitternacht schließen müssen."),
        ("The board revoked the licence of the Blue Anchor bar.", "fr", "La commission a retiré la licence du bar Blue Anchor."),
        ("Two weeks after a crush at its entrance injured nine people, the hall reopened.", "fr", "Deux semaines après une bousculade à son entrée qui a fait neuf blessés, la salle a rouvert."),
        # the source's own strong word, rendered
        ("The city imposed a curfew on teenagers after the riots.", "fr", "La ville a imposé un couvre-feu aux adolescents après les émeutes."),
        ("Police announced a crackdown on illegal parking.", "fr", "La police a annoncé un tour de vis contre le stationnement illégal."),
        ("The boy died in the crush, a tragedy for the town.", "fr", "Le garçon est mort dans la bousculade, un drame pour la ville."),
        ("The salesman pressured her into signing, she said.", "en", "The salesman pressured her into signing, she said."),
        ("The pool will be out of service while the roof is repaired.", "fr", "La piscine sera hors service pendant la réparation du toit."),
        ("The bar was stripped of its licence last year.", "en", "The bar was stripped of its licence last year."),
        ("Prices soared in the spring.", "fr", "Les prix ont flambé au printemps."),
        # 'claimed' that is no verb of saying
        ("The flood killed six people.", "en", "The flood claimed six lives."),
    ],
)
def test_a_rendering_of_the_source_own_word_stays_quiet(original, d_lang, derivative):
    assert charged_words("en", original, d_lang, derivative) == []
