"""How a plan diff speaks to a reviewer: field names, values of closed vocabularies, phrases."""

from __future__ import annotations

#: How each compared field is named to a reviewer (plan-level fields use dotted paths).
FIELD_LABELS: dict[str, str] = {
    "title": "название",
    "heading": "заголовок",
    "period": "период",
    "approval.stamp": "гриф утверждения",
    "approval.position": "должность утвердившего",
    "approval.name": "кто утвердил",
    "approval.date": "дата утверждения",
    "approval.document": "документ об утверждении",
    "attachment": "приложение",
    "language": "язык",
    "shift": "перенос сроков с выходных",
    "columns.number": "заголовок графы «№»",
    "columns.title": "заголовок графы «мероприятие»",
    "columns.executors": "заголовок графы «исполнители»",
    "columns.deadline": "заголовок графы «срок»",
    "columns.result": "заголовок графы «результат»",
    "executors": "исполнители",
    "deadline": "срок",
    "due": "даты исполнения",
    "result": "результат",
    "status": "статус",
    "done": "выполнено за",
    "notes": "примечание",
    "schedule": "график",
}

#: Values of closed vocabularies as a reviewer reads them.
VALUE_LABELS: dict[str, dict[str, str]] = {
    "status": {"planned": "запланировано", "in_progress": "выполняется", "done": "выполнено", "cancelled": "отменено"},
    "shift": {"previous": "на предыдущий рабочий день", "next": "на следующий рабочий день", "none": "не переносить"},
}

#: Markers of the text and Markdown formats, one per kind of change.
MARKERS: dict[str, str] = {"added": "+", "removed": "-", "changed": "~", "moved": ">", "renamed": "~"}

#: Every phrase the formats print, in one place.
TEXT: dict[str, str] = {
    "header": "Изменения плана: {old} → {new}",
    "no-changes": "Изменений нет.",
    "plan": "План",
    "sections": "Разделы",
    "no-section": "Без раздела",
    "section": "Раздел {number}«{title}»",
    "section-added": "добавлен раздел {number}«{title}»",
    "section-removed": "удалён раздел {number}«{title}»",
    "section-renamed": "раздел {old} → {new}",
    "item-moved": "номер {old} → {new}",
    "item-moved-section": "перенесено из раздела {old}",
    "report": "отчёт ",
    "more": "и ещё {count}",
    "summary": "Итого: {parts}.",
    "count-added": "добавлено {n}",
    "count-removed": "удалено {n}",
    "count-changed": "изменено {n}",
    "count-moved": "перенесено {n}",
    "count-plan": "изменений в реквизитах плана {n}",
    "count-sections": "изменений в разделах {n}",
    "md-title": "### Изменения плана `{new}`",
    "md-field": "поле",
    "md-old": "было",
    "md-new": "стало",
    "md-number": "№",
    "md-item": "мероприятие",
    "md-what": "что изменилось",
    "md-summary": "**{parts}**",
    "removed-list": "удалены: ",
    "added-list": "добавлены: ",
    "none": "—",
}

#: At most this many schedule lines per item; a monthly deadline would flood the review.
MAX_SCHEDULE_LINES = 6
