"""The comparison itself: how items are matched and what each change says."""

from __future__ import annotations

import datetime as dt

from diff_helpers import DATA, diff, flat

from planctl.load import load_plan
from planctl.plandiff import OccurrenceChange, diff_documents, normalize_title

A = 'number: "1"\ntitle: Заседания группы\nexecutors: [Минздрав]\ndeadline: в течение года'
B = 'number: "2"\ntitle: Отчёт о работе\nexecutors: [Минздрав]\ndeadline: ежегодно до 1 октября'
C = 'number: "3"\ntitle: Обучение волонтёров\nexecutors: [ЦОЗ]\ndeadline: 4 квартал 2024 г.'


def kinds(result) -> list[tuple[str, str | None]]:
    return [(i.kind, i.ref.number) for i in result.items]


def test_identical_plans_have_no_changes() -> None:
    result = diff(flat(A, B), flat(A, B))
    assert not result.changed
    assert result.to_json()["items"] == [] and result.to_json()["changed"] is False


def test_reformatting_and_executor_ids_are_not_changes() -> None:
    old = flat(A, head="title: План\nperiod: 2024\nexecutors:\n  mz: Минздрав\n")
    new = flat(A.replace("[Минздрав]", "[mz]"), head="title: План\nperiod: 2024\nexecutors:\n  mz: Минздрав\n")
    assert not diff(old, new).changed


def test_added_and_removed_items() -> None:
    result = diff(flat(A, B), flat(A, C))
    # item 2 and item 3 differ in number and title: nothing ties them, so one went and one came
    assert kinds(result) == [("removed", "2"), ("added", "3")]
    added = result.items[1]
    assert [f.field for f in added.fields] == ["executors", "deadline"]
    assert added.schedule == (OccurrenceChange("work", "2024-Q4", None, dt.date(2024, 12, 28)),)


def test_changed_title_under_the_same_number() -> None:
    result = diff(flat(A), flat(A.replace("Заседания группы", "Заседания Консультативной группы")))
    (item,) = result.items
    assert item.kind == "changed" and not item.moved
    assert [(f.field, f.old, f.new) for f in item.fields] == [
        ("title", "Заседания группы", "Заседания Консультативной группы")
    ]


def test_inserted_item_renumbers_the_rest_as_moved() -> None:
    new_b = B.replace('"2"', '"3"')
    inserted = 'number: "2"\ntitle: Новое мероприятие\ndeadline: постоянно'
    result = diff(flat(A, B), flat(A, inserted, new_b))
    assert kinds(result) == [("added", "2"), ("moved", "3")]
    moved = result.items[1]
    assert moved.moved and moved.old.number == "2" and moved.new.number == "3" and moved.fields == ()


def test_pure_renumbering_is_moved_not_removed_and_added() -> None:
    result = diff(flat(A, B), flat(A.replace('"1"', '"2"'), B.replace('"2"', '"1"')))
    assert {i.kind for i in result.items} == {"moved"}
    assert sorted((i.old.number, i.new.number) for i in result.items) == [("1", "2"), ("2", "1")]


def test_items_without_numbers_match_by_normalized_title() -> None:
    old = flat("title: Заседания «группы».\ndeadline: постоянно", "title: Отчёт\ndeadline: постоянно")
    new = flat("title: Отчет\ndeadline: постоянно", "title: заседания  группы\ndeadline: в течение года")
    result = diff(old, new)
    # both found their pair across the reordering; the titles' spelling and one deadline changed
    assert [(i.kind, i.moved, [f.field for f in i.fields]) for i in result.items] == [
        ("changed", False, ["title"]),
        ("changed", False, ["title", "deadline"]),
    ]
    assert normalize_title("Заседания «группы».") == normalize_title("заседания  группы")


def test_executors_added_and_removed() -> None:
    result = diff(flat(A), flat(A.replace("[Минздрав]", "[Минздрав, ЦОЗ]")))
    (change,) = result.items[0].fields
    assert (change.field, change.added, change.removed) == ("executors", ("ЦОЗ",), ())
    result = diff(flat(A.replace("[Минздрав]", "[Минздрав, ЦОЗ]")), flat(A.replace("[Минздрав]", "[ЦОЗ]")))
    (change,) = result.items[0].fields
    assert (change.added, change.removed) == ((), ("Минздрав",))


def test_deadline_change_carries_its_schedule_effect() -> None:
    result = diff(flat(B), flat(B.replace("1 октября", "1 ноября")))
    (item,) = result.items
    assert [(f.field, f.old, f.new) for f in item.fields] == [("deadline", "ежегодно до 1 октября", "ежегодно до 1 ноября")]
    assert item.schedule == (OccurrenceChange("work", "2024", dt.date(2024, 10, 1), dt.date(2024, 11, 1)),)


def test_deadline_change_that_adds_periods() -> None:
    result = diff(flat(A), flat(A.replace("в течение года", "два раза в год")))
    labels = {(o.label, o.old, o.new) for o in result.items[0].schedule}
    assert ("2024-H1", None, dt.date(2024, 6, 28)) in labels
    # 31 December 2024 was a day off in Russia: both the old and the new date are Saturday 28 December
    assert ("2024", dt.date(2024, 12, 28), None) in labels and ("2024-H2", None, dt.date(2024, 12, 28)) in labels


def test_period_change_moves_due_dates_without_a_deadline_edit() -> None:
    result = diff(flat(B), flat(B, head="title: План\nperiod: 2024-2025\n"))
    assert [f.field for f in result.plan] == ["period"]
    (item,) = result.items
    assert item.fields == ()
    assert item.schedule == (OccurrenceChange("work", "2025", None, dt.date(2025, 10, 1)),)


def test_result_status_done_and_notes() -> None:
    new = A + "\nresult: протоколы\nstatus: in_progress\ndone: ['2024']\nnotes: см. приказ"
    fields = {f.field: f for f in diff(flat(A), flat(new)).items[0].fields}
    assert set(fields) == {"result", "status", "done", "notes"}
    assert (fields["status"].old, fields["status"].new) == ("planned", "in_progress")
    assert fields["done"].added == ("2024",)


def test_plan_level_fields() -> None:
    old = "title: План\nperiod: 2024\napproval:\n  name: И.И. Иванов\n  date: 2024-01-09\nitems:\n  - title: X\n"
    new = "title: План на 2024 год\nperiod: 2024\napproval:\n  name: П.П. Петров\n  date: 2024-01-10\nitems:\n  - title: X\n"
    result = diff(old, new)
    assert [(f.field, f.old, f.new) for f in result.plan] == [
        ("title", "План", "План на 2024 год"),
        ("approval.name", "И.И. Иванов", "П.П. Петров"),
        ("approval.date", "2024-01-09", "2024-01-10"),
    ]
    assert result.items == ()


def sectioned(*sections: tuple[str, str, str]) -> str:
    out = "title: План\nperiod: 2024\nsections:\n"
    for number, title, item in sections:
        out += f'  - number: "{number}"\n    title: {title}\n    items:\n      - title: {item}\n'
    return out


def test_section_renamed_added_and_removed() -> None:
    old = sectioned(("1", "Организация", "X"), ("2", "Информирование", "Y"), ("3", "Старое", "Z"))
    new = sectioned(("1", "Организация", "X"), ("2", "Информационное сопровождение", "Y"), ("3", "Новое", "W"))
    result = diff(old, new)
    got = {(s.kind, s.old_title, s.new_title) for s in result.sections}
    # section 3 changed title and all its items: still the same number, so it reads as renamed
    assert ("renamed", "Информирование", "Информационное сопровождение") in got
    assert ("renamed", "Старое", "Новое") in got
    assert not any(i.moved for i in result.items if i.ref.title == "Y")
    new = sectioned(("1", "Организация", "X"), ("2", "Информирование", "Y"), ("4", "Новое", "W"))
    old = sectioned(("1", "Организация", "X"), ("2", "Информирование", "Y"))
    assert [(s.kind, s.new_number) for s in diff(old, new).sections] == [("added", "4")]
    assert [(s.kind, s.old_number) for s in diff(new, old).sections] == [("removed", "4")]


def test_item_moved_to_another_section() -> None:
    old = sectioned(("1", "Организация", "X"), ("2", "Информирование", "Y"))
    new = sectioned(("1", "Организация", "Y"), ("2", "Информирование", "X"))
    result = diff(old, new)
    assert {(i.kind, i.old.section, i.new.section) for i in result.items} == {
        ("moved", "2 Информирование", "1 Организация"),
        ("moved", "1 Организация", "2 Информирование"),
    }


def test_removed_item_is_listed_where_it_stood() -> None:
    result = diff(flat(A, B, C), flat(A, C))
    assert kinds(result) == [("removed", "2")]
    result = diff(flat(A, B, C), flat(B.replace("Минздрав", "ЦОЗ"), C))
    assert kinds(result) == [("removed", "1"), ("changed", "2")]


def test_the_fixture_pair() -> None:
    result = diff_documents(load_plan(DATA / "old.yaml"), load_plan(DATA / "new.yaml"))
    assert result.counts() == {"added": 1, "removed": 1, "changed": 5, "moved": 0}
    deadline = next(i for i in result.items if i.kind == "changed" and any(f.field == "deadline" for f in i.fields))
    assert (deadline.old.number, deadline.new.number, deadline.moved) == ("1.3", "1.4", True)


def test_ukrainian_plan_uses_its_own_language() -> None:
    head = "title: План\nperiod: 2024\nlanguage: uk\n"
    item = 'title: Звіт\ndeadline: щороку до 1 грудня'
    result = diff(flat(item, head=head), flat(item.replace("грудня", "листопада"), head=head))
    # 1 December 2024 is a Sunday: the Ukrainian calendar moves it to Friday 29 November
    assert result.items[0].schedule == (OccurrenceChange("work", "2024", dt.date(2024, 11, 29), dt.date(2024, 11, 1)),)
