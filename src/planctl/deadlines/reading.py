"""What a clerk reads in a deadline phrase: as written, or with one slip of the pen corrected.

`grammar.read_as_written` reads the phrase with its known misspellings and Word artefacts
corrected. Where that gives no reading, or one only in part, a word one letter from a known
word («декаабря», «течене») is taken for it (`spelling.slips`), if the phrase then reads better;
lint D006 names each such guess and `planctl fix` writes it.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from planctl.deadlines.grammar import PHRASES_KEPT, read_as_written
from planctl.deadlines.spec import Reading
from planctl.deadlines.spelling import Respelling, broken_names, respell, slips


@lru_cache(maxsize=PHRASES_KEPT)
def read_phrase(phrase: str, lang: str = "ru") -> Reading:
    """How an office worker reads `phrase`; cached, since plans repeat the same phrases."""
    reading = read_as_written(phrase, lang)
    used = slips_read(phrase, lang) if _weak(reading) else ()
    if used:
        reading = replace(read_as_written(respell(phrase, lang, used), lang), phrase=phrase)
    if reading.kind == "unknown" and isinstance(phrase, str) and (joined := broken_names(phrase, lang)):
        # «Ка-никулы: 30.10.21 – 07.11.21», «В тече-нии года»: a word Word broke at a line's end
        rejoined = read_as_written(respell(phrase, lang, (*used, *joined)), lang)
        if rejoined.kind != "unknown":
            return replace(rejoined, phrase=phrase)
    return reading


@lru_cache(maxsize=PHRASES_KEPT)
def slips_read(phrase: str, lang: str = "ru") -> tuple[Respelling, ...]:
    """The slips of the pen («декаабря», «отетным») the grammar corrects in `phrase`: only where the
    phrase reads no other way, or only by leaving words out, and reads better with them corrected
    (lint D006 names them, `fix` writes them)."""
    before = read_as_written(phrase, lang) if isinstance(phrase, str) else None
    if before is None or not _weak(before):
        return ()
    # plans mix languages («незамедлительно» in a Ukrainian plan): the other language's words too
    found = slips(phrase, lang) or slips(phrase, "uk" if lang == "ru" else "ru", known_in=lang)
    if not found:
        return ()
    after = read_as_written(respell(phrase, lang, found), lang)
    # a phrase that did not read takes any reading; one that read only in part, a strong one, or one
    # that leaves fewer words and no date out («Осень (2-я-4-я недели сентбря)» reads its weeks, not autumn)
    left = " ".join(after.remarks)
    fewer_left = after.kind != "unknown" and len(left) < len(" ".join(before.remarks)) and not any(ch.isdigit() for ch in left)
    better = after.kind != "unknown" if before.kind == "unknown" else not _weak(after) or fewer_left
    return found if better else ()


def _weak(reading: Reading) -> bool:
    """A reading that may hide a slip: none at all, one that left words out as a remark, or a term
    tied to an event whose words the grammar does not know («в течение меячника»)."""
    return reading.kind == "unknown" or bool(reading.remarks) or any(p.rule.from_other_event for p in reading.parts)
