"""A status word in the other language than the plan's.

A records file speaks its plan's language: a Russian plan's records say «выполнено»,
a Ukrainian plan's «виконано»; the report prints the words as they are.

PASS (a Russian plan):

    records:
      - {item: "1", status: выполнено}

FAIL:

    records:
      - {item: "1", status: виконано}
"""

from __future__ import annotations

from collections.abc import Iterator

from planctl.diagnostics import Diagnostic, Severity
from planctl.progress.model import status_word, status_words
from planctl.progress.rules.base import RecordsContext, Reporter

CODE = "R007"
NAME = "record-status-language"
SEVERITY = Severity.ERROR
report = Reporter(CODE, NAME, SEVERITY)


def check(ctx: RecordsContext) -> Iterator[Diagnostic]:
    language = ctx.records.language
    for index, record in enumerate(ctx.records.progress.records):
        if status_words()[record.status][0] != language and status_word(record.status_code, language) != record.status:
            yield report(ctx, ctx.at(index, "status"), status=record.status, own=status_word(record.status_code, language))
