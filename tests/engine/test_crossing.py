"""Line links follow names and numbers across a moved sentence boundary."""

from diptych.engine.crossing import anchor_tokens, attach_anchored_orphans, merge_crossing_links
from diptych.engine.groups import Embeddings
from diptych.engine.model import Link


def texts(*lines: str) -> dict[int, str]:
    return dict(enumerate(lines))


def pairs(links: list[Link]) -> list[tuple[list[int], list[int]]]:
    return [(link.original, link.derivative) for link in links]


def test_anchors_are_numbers_and_capitalised_words_a_translation_copies():
    assert anchor_tokens("Die Hütte auf 2.850 m wurde 1931 von Hanna Greub gebaut .") == {
        "Hütte", "2850", "1931", "Hanna", "Greub",
    }
    assert anchor_tokens("It is 7 km to the Col du Lac .") == set()


def test_a_name_moved_across_the_boundary_makes_two_links_one():
    original = texts(
        "Erstbegehung 1951 durch W. M .",
        "Rieder , seither selten wiederholt .",
    )
    derivative = texts(
        "Première ascension en 1951 par W. M. Rieder .",
        "Rarement répétée depuis .",
    )
    links = [Link([0], [0], 0.6), Link([1], [1], 0.5)]
    assert pairs(merge_crossing_links(links, original, derivative)) == [([0, 1], [0, 1])]


def test_a_number_moved_the_other_way_makes_two_links_one():
    original = texts("Die ersten Seillängen kosteten Stunden , 300 Meter zwei Tage .", "Dann kam der Grat .")
    derivative = texts("Les premières longueurs coûtèrent des heures .", "Il fallut deux jours pour 300 m , puis vint l' arête .")
    links = [Link([0], [0], 0.6), Link([1], [1], 0.5)]
    assert pairs(merge_crossing_links(links, original, derivative)) == [([0, 1], [0, 1])]


def test_names_that_stay_with_their_own_sentence_keep_the_links_apart():
    original = texts("Am Montag erreichte Bruna Keller den Gipfel .", "Am Dienstag folgte Ilse Arnet .")
    derivative = texts("Lundi , Bruna Keller atteint le sommet .", "Mardi , Ilse Arnet la suit .")
    links = [Link([0], [0], 0.8), Link([1], [1], 0.8)]
    assert pairs(merge_crossing_links(links, original, derivative)) == [([0], [0]), ([1], [1])]


def test_a_name_the_first_original_line_also_has_is_no_crossing():
    """The second derivative line may refer back to a name its partner repeats."""
    original = texts("Der Dom misst 4545 m , wie sein Nachbar Täschhorn .", "Auch beim Täschhorn gilt die alte Zahl .")
    derivative = texts("Le Dom mesure 4545 m , comme son voisin le Täschhorn .", "Pour ce dernier aussi , l' ancienne cote vaut .")
    links = [Link([0], [0], 0.8), Link([1], [1], 0.6)]
    assert pairs(merge_crossing_links(links, original, derivative)) == [([0], [0]), ([1], [1])]


def test_links_apart_on_either_side_are_never_merged():
    original = texts("Erstbegehung 1951 durch W. M .", "Ein Satz dazwischen .", "Rieder , seither selten wiederholt .")
    derivative = texts("Première ascension en 1951 par W. M. Rieder .", "Rarement répétée depuis .")
    links = [Link([0], [0], 0.6), Link([2], [1], 0.5)]
    assert pairs(merge_crossing_links(links, original, derivative)) == [([0], [0]), ([2], [1])]


def test_a_merge_stops_at_three_lines_a_side():
    original = texts("Eins Anna .", "Zwei .", "Drei .", "Vier Bruno .")
    derivative = texts("Un .", "Deux .", "Trois Bruno .", "Quatre Anna .")
    links = [Link([0, 1], [0, 1], 0.6), Link([2, 3], [2, 3], 0.6)]
    assert pairs(merge_crossing_links(links, original, derivative)) == [([0, 1], [0, 1]), ([2, 3], [2, 3])]


def test_a_broken_off_reference_line_joins_the_link_whose_other_side_holds_its_number():
    original = texts(
        "Ein Bericht darüber erschien im Bergjournal ( Nr .",
        "417 , Mai 1962 ) .",
        "Die Expedition brach im Juni auf .",
    )
    derivative = texts(
        "Le Bergjournal ( n° 417 , mai 1962 ) en a publié un récit .",
        "L' expédition partit en juin .",
    )
    links = [Link([0], [0], 0.7), Link([2], [1], 0.8)]
    assert pairs(attach_anchored_orphans(links, original, derivative)) == [([0, 1], [0]), ([2], [1])]


def test_an_unlinked_line_without_such_a_token_stays_unlinked():
    """An inserted translator's note is an insertion, not part of its neighbour."""
    original = texts("Die Expedition brach im Juni 1962 auf .")
    derivative = texts("L' expédition partit en juin 1962 .", "( Traduit de l' allemand . )")
    links = [Link([0], [0], 0.8)]
    assert pairs(attach_anchored_orphans(links, original, derivative)) == [([0], [0])]


def test_an_unlinked_line_whose_token_its_own_side_already_has_stays_unlinked():
    original = texts("Die Expedition brach im Juni 1962 auf .")
    derivative = texts("L' expédition partit en juin 1962 .", "Voir la carte de 1962 .")
    links = [Link([0], [0], 0.8)]
    assert pairs(attach_anchored_orphans(links, original, derivative)) == [([0], [0])]


def test_an_empty_text_is_similar_to_nothing():
    """A clause cut out of a segment may leave nothing: it scores zero, not an error."""

    class NoEncoder:
        def encode(self, texts):
            raise AssertionError("nothing to encode")

    assert Embeddings(NoEncoder()).sim("", "") == 0.0
