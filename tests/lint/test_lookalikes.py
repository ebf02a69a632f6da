"""Latin lookalike letters in Cyrillic words (planctl.lookalikes): what T003's fix writes."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from planctl.lookalikes import in_cyrillic, mixed_words, unmixed

#: Cyrillic letters with a Latin twin, and the twin.
TWINS = dict(zip("асеорхукАВСЕНКМОРТХУ", "aceopxykABCEHKMOPTXY", strict=True))
cyrillic_words = st.text(alphabet="абвгдежзиклмнопрстуфхцчшщыэюяАВСЕНКМОРТХУ", min_size=1, max_size=12)


@given(cyrillic_words, st.data())
def test_a_word_with_latin_twins_comes_back_as_it_was_typed(word: str, data: st.DataObject) -> None:
    places = [index for index, char in enumerate(word) if char in TWINS]
    chosen = data.draw(st.sets(st.sampled_from(places))) if places else set()
    if len(chosen) == len(word):
        chosen.discard(min(chosen))  # a word all of Latin letters is a Latin word, meant as such
    slipped = "".join(TWINS[char] if index in chosen else char for index, char in enumerate(word))
    assert in_cyrillic(slipped, "ru") == word
    assert unmixed(f"{slipped} IT COVID-19", "ru") == f"{word} IT COVID-19"


@given(cyrillic_words, st.sampled_from("bdfghjlqrsuvwzDFGIJLNQRSUVWZ"))
def test_a_latin_letter_without_a_twin_leaves_the_word_alone(word: str, latin: str) -> None:
    mixed = word + latin
    assert in_cyrillic(mixed, "ru") is None
    assert unmixed(mixed, "ru") == mixed
    assert [match.group() for match in mixed_words(mixed)] == [mixed]


def test_latin_i_is_the_ukrainian_letter_only_in_a_ukrainian_plan() -> None:
    assert in_cyrillic("Постiйно", "uk") == "Постійно"
    assert in_cyrillic("Постiйно", "ru") is None


#: Cyrillic letters with a Greek twin, and the twin: web pages leave them («пο» with an omicron).
GREEK_TWINS = dict(zip("аеокрхАВЕНКМОРТХ", "αεοκρχΑΒΕΗΚΜΟΡΤΧ", strict=True))


@given(cyrillic_words, st.data())
def test_a_word_with_greek_twins_comes_back_as_it_was_typed(word: str, data: st.DataObject) -> None:
    places = [index for index, char in enumerate(word) if char in GREEK_TWINS]
    chosen = data.draw(st.sets(st.sampled_from(places))) if places else set()
    if len(chosen) == len(word):
        chosen.discard(min(chosen))  # a word all of Greek letters is a Greek word
    slipped = "".join(GREEK_TWINS[char] if index in chosen else char for index, char in enumerate(word))
    assert in_cyrillic(slipped, "ru") == word
    assert unmixed(slipped, "ru") == word
    assert [match.group() for match in mixed_words(slipped)] == ([slipped] if chosen else [])
