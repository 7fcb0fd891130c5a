"""Charged words by class, round two of session 17: each class a style guide names, in
English, French, German, Spanish and Italian, reported where the source said it plainly and
quiet where the source already used the word (or one the charged word faithfully renders).

A stop or a ban told as grounding or nailing down (« cloué au sol »: an aircraft grounded is
the plain word); a bar or a refusal told as chasing out or evicting (a tenant evicted is the
plain word); a risk told as gambling with lives or Russian roulette; a finding shrunk to
minor lapses or teething problems (« quelques manquements », „kleinere Mängel“); a figure
brandished (« a brandi un déficit »); a finding told as an infestation (« infestée de
rats », rat-infested); a document left unmentioned told as buried. French
« en sont réduits à » stays out: a real translation writes it for a plain "were drinking". The sentences are invented; the stand-in encoder calls
every pair identical, so only the words decide.
"""

import pytest
from aligned_fixtures import charged_words


@pytest.mark.parametrize(
    "original, d_lang, derivative, word",
    [
        # a stop or a ban told as grounding
        ("The inspectors ordered the fair's eight rides to stop running.", "fr", "Les inspecteurs ont cloué au sol les huit manèges de la fête.", "cloué au sol"),
        ("The inspectors ordered the fair's eight rides to stop running.", "en", "The inspectors grounded the fair's eight rides.", "grounded"),
        ("The inspectors ordered the fair's eight rides to stop running.", "it", "Gli ispettori hanno inchiodato a terra le otto giostre della fiera.", "inchiodato a terra"),
        ("The inspectors ordered the fair's eight rides to stop running.", "es", "Los inspectores dejaron clavadas en tierra las ocho atracciones de la feria.", "clavadas en tierra"),
        # a bar or a refusal told as chasing out or evicting
        ("The council voted to bar the travelling market from the square.", "en", "The council voted to evict the travelling market from the square.", "evict"),
        ("The council voted to bar the travelling market from the square.", "fr", "Le conseil a voté pour chasser le marché ambulant de la place.", "chasser"),
        ("The council voted to bar the travelling market from the square.", "de", "Der Rat stimmte dafür, den Wandermarkt vom Platz zu verjagen.", "verjagen"),
        ("The council voted to bar the travelling market from the square.", "es", "El consejo votó ahuyentar el mercado ambulante de la plaza.", "ahuyentar"),
        ("The council voted to bar the travelling market from the square.", "it", "Il consiglio ha votato per cacciare il mercato ambulante dalla piazza.", "cacciare"),
        # a risk told as gambling with lives
        ("Prosecutors asked whether the operator had put visitors in danger.", "en", "Prosecutors asked whether the operator had gambled with visitors' lives.", "gambled with visitors' lives"),
        ("Prosecutors asked whether the operator had put visitors in danger.", "fr", "Le parquet cherche à savoir si l’exploitant a joué avec la vie des visiteurs.", "joué avec la vie"),
        ("Prosecutors asked whether the operator had put visitors in danger.", "de", "Die Staatsanwaltschaft prüft, ob der Betreiber russisches Roulette mit den Besuchern spielte.", "russisches Roulette"),
        ("Prosecutors asked whether the operator had put visitors in danger.", "es", "La fiscalía investiga si el operador jugó con la vida de los visitantes.", "jugó con la vida"),
        ("Prosecutors asked whether the operator had put visitors in danger.", "it", "La procura indaga se il gestore abbia giocato con la vita dei visitatori.", "giocato con la vita"),
        # a finding shrunk to minor lapses
        ("Inspectors found rat droppings and spoiled fish in the canteen.", "en", "Inspectors found minor hygiene lapses in the canteen.", "minor hygiene lapses"),
        ("Inspectors found rat droppings and spoiled fish in the canteen.", "fr", "Les inspecteurs ont relevé quelques manquements dans la cantine.", "quelques manquements"),
        ("Inspectors found rat droppings and spoiled fish in the canteen.", "de", "Die Kontrolleure fanden kleinere Mängel in der Kantine.", "kleinere Mängel"),
        ("Inspectors found rat droppings and spoiled fish in the canteen.", "es", "Los inspectores hallaron pequeñas deficiencias en el comedor.", "pequeñas deficiencias"),
        ("Inspectors found rat droppings and spoiled fish in the canteen.", "it", "Gli ispettori hanno trovato piccole carenze nella mensa.", "piccole carenze"),
        ("The new ticket machines broke down on their first day.", "en", "The new ticket machines had teething problems on their first day.", "teething problems"),
        # a figure brandished
        ("The director said the theatre faced a deficit of 90,000 euros.", "fr", "Le directeur a brandi un déficit de 90 000 euros.", "brandi un déficit"),
        ("The director said the theatre faced a deficit of 90,000 euros.", "en", "The director brandished a deficit of 90,000 euros.", "brandished a deficit"),
        ("The director said the theatre faced a deficit of 90,000 euros.", "es", "El director blandió un déficit de 90.000 euros.", "blandió un déficit"),
        # a stop told as grounding where the source's "ground" is no aircraft's
        ("The city ordered the swings to stop after a chair jammed 20 metres above the ground.", "fr", "La ville a cloué au sol les balançoires après qu’une nacelle s’est bloquée à 20 mètres du sol.", "cloué au sol"),
        # a finding told as an infestation
        ("Inspectors found rat droppings in the bakery's storeroom.", "fr", "Les inspecteurs ont découvert une réserve infestée de rats.", "infestée"),
        ("Inspectors found rat droppings in the bakery's storeroom.", "en", "Inspectors found a rat-infested storeroom at the bakery.", "rat-infested"),
        ("Inspectors found rat droppings in the bakery's storeroom.", "de", "Die Kontrolleure fanden ein von Ratten befallenes Lager.", "von Ratten befallenes"),
        ("Inspectors found rat droppings in the bakery's storeroom.", "es", "Los inspectores hallaron un almacén plagado de ratas.", "plagado de ratas"),
        ("Inspectors found rat droppings in the bakery's storeroom.", "it", "Gli ispettori hanno trovato un magazzino infestato dai topi.", "infestato"),
        # a document left unmentioned told as buried
        ("The council received a warning in May, a letter it did not mention when it voted.", "en", "The council received a warning in May, a letter the council buried when it voted.", "buried"),
    ],
)
def test_a_charged_word_where_the_source_spoke_plainly_is_reported(original, d_lang, derivative, word):
    found = charged_words("en", original, d_lang, derivative)
    assert any(word in f or f in word for f in found), found


@pytest.mark.parametrize(
    "original, d_lang, derivative",
    [
        # faithful renderings of the plain words
        ("The inspectors ordered the fair's eight rides to stop running.", "fr", "Les inspecteurs ont ordonné l’arrêt des huit manèges de la fête."),
        ("The council voted to bar the travelling market from the square.", "fr", "Le conseil a voté l’interdiction du marché ambulant sur la place."),
        ("Prosecutors asked whether the operator had put visitors in danger.", "fr", "Le parquet cherche à savoir si l’exploitant a mis les visiteurs en danger."),
        ("Inspectors found rat droppings and spoiled fish in the canteen.", "fr", "Les inspecteurs ont trouvé des crottes de rat et du poisson avarié dans la cantine."),
        ("The director said the theatre faced a deficit of 90,000 euros.", "fr", "Le directeur a déclaré que le théâtre faisait face à un déficit de 90 000 euros."),
        # the source's own word, or one the charged word renders
        ("The strike grounded 40 of the airline's 60 flights.", "fr", "La grève a cloué au sol 40 des 60 vols de la compagnie."),
        ("Fog kept the helicopters on the ground all morning.", "it", "La nebbia ha inchiodato a terra gli elicotteri per tutta la mattina."),
        ("The landlord evicted the tenants in March.", "fr", "Le propriétaire a chassé les locataires en mars."),
        ("The landlord evicted the tenants in March.", "en", "The landlord evicted the tenants in March."),
        ("Police drove the protesters out of the square.", "de", "Die Polizei verjagte die Demonstranten vom Platz."),
        ("The union said the company was gambling with workers' lives.", "fr", "Le syndicat a affirmé que l’entreprise jouait avec la vie des ouvriers."),
        ("Critics called the bypass plan a game of Russian roulette.", "es", "Los críticos calificaron el plan de ruleta rusa."),
        ("Inspectors found minor breaches of the hygiene rules.", "fr", "Les inspecteurs ont relevé quelques manquements mineurs aux règles d’hygiène."),
        ("Inspectors found minor breaches of the hygiene rules.", "de", "Die Kontrolleure fanden kleinere Verstöße gegen die Hygieneregeln, also kleinere Mängel."),
        ("Measles is not a harmless childhood illness, the doctor said.", "de", "Masern sind keine harmlose Kinderkrankheit, sagte die Ärztin."),
        ("The new app had teething problems, the bank said.", "it", "La nuova app ha avuto qualche problema di rodaggio, ha detto la banca."),
        ("The protesters brandished placards outside the theatre.", "fr", "Les manifestants ont brandi des pancartes devant le théâtre."),
        ("The minister brandished the report at the press conference.", "fr", "Le ministre a brandi le rapport lors de la conférence de presse."),
        # « en être réduit à » is how a translator renders a plain hardship ("were drinking
        # from hoses"), so a substitute said to reduce people to it is left alone
        ("Pupils in 12 schools have been given sandwiches instead of hot meals.", "fr", "Les élèves de 12 écoles en sont réduits à des sandwichs."),
        # the hunt, and dust blown away, are no one chased out
        ("A member of a hunting club near the village said the boar had moved north.", "fr", "Un membre d’une société de chasse des environs a dit que les sangliers étaient partis vers le nord."),
        ("The report said dust blown from the seed drills killed the bees.", "fr", "Selon le rapport, la poussière chassée des semoirs a tué les abeilles."),
        ("The tour operators warned the fee could drive away older visitors.", "es", "Los operadores advirtieron que la tasa podría ahuyentar a los visitantes de más edad."),
        ("The soldiers were buried in the town cemetery.", "en", "The soldiers were buried in the town cemetery."),
        ("The hotel closed two floors after an outbreak of bedbugs.", "fr", "L’hôtel a fermé deux étages après une infestation de punaises de lit."),
        ("Inspectors said the storeroom was infested with mice.", "de", "Die Kontrolleure sagten, das Lager sei von Mäusen befallen."),
        ("The report the council buried in May has been published.", "fr", "Le rapport que le conseil avait enterré en mai a été publié."),
    ],
)
def test_a_faithful_rendering_stays_quiet(original, d_lang, derivative):
    assert charged_words("en", original, d_lang, derivative) == []
