"""Latin letters that look like Cyrillic ones, left inside Cyrillic words by copy-paste,
Word's autocorrect or a wrong keyboard layout («Сoвещание», «Постiйно»); Greek ones too, which
web pages leave («с 15 апреля пο 14 мая» with a Greek omicron).

One table for the deadline grammar, which reads through them, and for `planctl fix`, which
writes them right (T003).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

#: Latin (and Greek) letter → the Cyrillic one it stands for, in both languages.
_SHARED = str.maketrans("aceopxykABCEHKMOPTXY" + "αεοκρχΑΒΕΗΚΜΟΡΤΧ", "асеорхукАВСЕНКМОРТХУ" + "аеокрхАВЕНКМОРТХ")
#: «i» and «I» stand for the Ukrainian «і» and «І»; Russian has no such letter.
_UKRAINIAN = str.maketrans("iI", "іІ")
_LATIN = re.compile(r"[A-Za-z\u0370-\u03ff]")
#: «c 20 апреля», «1 квітня i 1 жовтня»: a word of one Latin letter among Cyrillic ones, a preposition
#: or a conjunction typed on the wrong layout (for reading only: «I квартал» reads the same either way).
_LONE_LETTER = re.compile(r"(?<![\w.-])[aceoykiACEOYKIB](?![\w.-])")
_WORD = re.compile(r"[^\W\d_]+")
#: Any Latin letter, accented ones included (and any Greek one), and any Cyrillic one: what makes a word mixed.
_ANY_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u0370-\u03ff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff\u0500-\u052f]")


def mixed_words(text: str) -> Iterator[re.Match[str]]:
    """The words of `text` that mix Latin and Cyrillic letters; a hyphen parts two words."""
    for word in _WORD.finditer(text):
        if _ANY_LATIN.search(word.group()) and _CYRILLIC.search(word.group()):
            yield word


def latin_letters(word: str) -> list[str]:
    """The Latin letters of `word`, each once, in order."""
    return list(dict.fromkeys(_ANY_LATIN.findall(word)))


def unmixed(text: str, lang: str) -> str:
    """`text` with every mixed word whose Latin letters all have Cyrillic twins written in Cyrillic."""
    return _mend(text, lambda word: in_cyrillic(word, lang) or word)


def for_reading(text: str) -> str:
    """`text` with the lookalikes of its Cyrillic words in Cyrillic, «i» as «і» whatever the
    language, and a Latin letter without a twin left as it is: only for reading, never written back."""
    if not (_LATIN.search(text) and _CYRILLIC.search(text)):
        return text  # the common text of one script: no pass at all
    text = _mend(text, _reading_twin)
    return _LONE_LETTER.sub(lambda letter: _reading_twin(letter.group()), text)


def _reading_twin(word: str) -> str:
    return word.translate(_SHARED).translate(_UKRAINIAN)


def _mend(text: str, mend: Callable[[str], str]) -> str:
    """`text` with `mend` applied to each word that has a Cyrillic letter; a Latin word («IT»,
    «COVID») is meant as it is. One pass, and none for the common text of one script."""
    if not (_LATIN.search(text) and _CYRILLIC.search(text)):
        return text
    return _WORD.sub(lambda word: mend(word.group()) if _CYRILLIC.search(word.group()) else word.group(), text)


def in_cyrillic(word: str, lang: str) -> str | None:
    """`word` with its Latin lookalikes written in Cyrillic, or None when some Latin letter has
    no Cyrillic twin in `lang` (then the word is not a slip of one letter, and stays as it is)."""
    fixed = word.translate(_SHARED)
    if lang == "uk":
        fixed = fixed.translate(_UKRAINIAN)
    return None if _LATIN.search(fixed) else fixed
