"""Build the foreign-layout corpus: Word plans planctl did not write, imitating real variants.

    python tests/importer/corpus/build_corpus.py      # rewrites tests/importer/corpus/*.docx

Each document imitates a layout found in public plans (a table saved from an HTML page,
merged section rows with the stamps in a borderless table, a Ukrainian council plan, a
six-column labour-safety plan, automatic numbering, vertically merged cells, a table
split across pages, line breaks in cells, «СОГЛАСОВАНО», a signature after the table,
headings other than ПЛАН). They are built with python-docx plus the raw XML python-docx
has no API for, and saved with fixed zip timestamps so that a rebuild gives the same
bytes. Next to each `NAME.docx` the test keeps `NAME.yaml`, the plan it must give, and
`NAME.report.txt`, the warnings and summary it must print.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))  # run as a script: the builder lives in the tests' helpers

from import_helpers import UP, DocBuilder, Numbered, Span  # noqa: E402

# ====================================================================== the documents


def html_table_saved_as_docx() -> DocBuilder:
    """A plan published as a web page, opened in Word and saved: <br> in cells, labels nobody listed."""
    d = DocBuilder()
    d.para("УТВЕРЖДЕН", indent_cm=10)
    d.para("постановлением Администрации", indent_cm=10)
    d.para("муниципального образования «Город»", indent_cm=10)
    d.para("от 15.02.2023 № 214", indent_cm=10)
    d.para("")
    d.para("ПЛАН", center=True, bold=True)
    d.para("мероприятий по\u00a0подготовке и проведению Года педагога и\u00a0наставника в 2023 году", center=True)
    d.table(
        [
            ["N п/п", "Наименование мероприятий", "Сроки проведения мероприятий", "Ответственные за проведение мероприятий"],
            ["1.", "Торжественное открытие Года педагога и\u00a0наставника", "февраль", "Управление образования\nМБУ «Информационно-методический центр»"],
            ["2.", "Конкурс профессионального мастерства «Педагог года»", "март - апрель", "Управление образования"],
            ["3.", "Чествование педагогов-ветеранов", "октябрь", "Управление образования\nСовет ветеранов педагогического труда\nпрофсоюзная организация работников образования"],
        ],
        widths_pct=True,
    )
    d.para("")
    return d


def merged_sections_and_stamp_table() -> DocBuilder:
    """Sections as rows merged across the table; СОГЛАСОВАНО and УТВЕРЖДАЮ side by side in a borderless table."""
    d = DocBuilder()
    d.table(
        [
            [
                ["СОГЛАСОВАНО", "Председатель профсоюзного комитета", "____________ Н.В. Орлова", "«10» января 2024 г."],
                ["УТВЕРЖДАЮ", "Директор МБОУ «Средняя школа № 5»", "____________ С.П. Громов", "«12» января 2024 г."],
            ]
        ],
        borderless=True,
        header_rows=0,
    )
    d.para("")
    d.para("ПЛАН", center=True, bold=True)
    d.para("работы по профилактике безнадзорности и правонарушений несовершеннолетних на 2024 год", center=True)
    d.table(
        [
            ["№", "Мероприятия", "Сроки", "Ответственные"],
            [Span("1. Организационная работа", 4)],
            ["1.1", "Составление социального паспорта школы", "сентябрь", "Социальный педагог"],
            ["1.2", "Заседания Совета профилактики", "ежемесячно", "Зам. директора по УВР, ВР"],
            [Span("2. Работа с родителями", 4)],
            ["2.1", "Родительские собрания по вопросам профилактики", "1 раз в четверть", "Классные руководители, педагог-психолог"],
        ]
    )
    d.para("")
    return d


def ukrainian_council_plan() -> DocBuilder:
    """A Ukrainian council plan: «ЗАТВЕРДЖЕНО рішення … сесії», a committee whose name has commas."""
    d = DocBuilder()
    for line in ["ЗАТВЕРДЖЕНО", "Рішення 12 сесії Веселівської селищної ради", "8 скликання", "від 14.07.2022 № 135"]:
        d.para(line, indent_cm=10)
    d.para("")
    d.para("ПЛАН", center=True, bold=True)
    d.para("заходів з відзначення Дня Незалежності України у 2022 році", center=True)
    d.table(
        [
            ["№ з/п", "Зміст заходів", "Відповідальні за виконання", "Термін виконання"],
            ["1.", "Провести урочисті збори громадськості", "Постійна комісія з питань освіти, культури, молоді та спорту", "до 24 серпня"],
            ["2.", "Організувати святковий концерт", "Відділ культури, Будинок культури", "24 серпня"],
            ["3.", "Висвітлити заходи на офіційному сайті", "Загальний відділ", "протягом серпня"],
        ]
    )
    d.para("")
    d.para("Селищний голова\t\t\tОлена КОВАЛЬ")
    return d


def labour_safety_six_columns() -> DocBuilder:
    """A labour-safety plan with six columns: two of them the format has no key for."""
    d = DocBuilder(landscape=True)
    d.para("Приложение № 2", right=True)
    d.para("к коллективному договору", right=True)
    d.para("")
    d.para("ПЛАН", center=True, bold=True)
    d.para("мероприятий по улучшению условий и охраны труда на 2025 год", center=True)
    d.table(
        [
            ["№ п/п", "Наименование мероприятий", "Единица учета", "Количество", "Срок выполнения", "Ответственные за выполнение"],
            ["1", "2", "3", "4", "5", "6"],
            ["1", "Проведение специальной оценки условий труда", "рабочее место", "12", "II квартал", "Специалист по охране труда"],
            ["2", "Обучение работников безопасным методам работы", "человек", "45", "в течение года", "Специалист по охране труда"],
            ["3", "Приобретение средств индивидуальной защиты", "комплект", "30", "I квартал", "Заместитель директора по АХЧ"],
        ]
    )
    d.para("")
    return d


def automatic_numbering() -> DocBuilder:
    """The «№» column is Word's automatic list: no digits in the file, «1.», «1.1.» drawn by Word."""
    d = DocBuilder()
    d.para("ПЛАН", center=True, bold=True)
    d.para("мероприятий по противодействию коррупции на 2024-2025 годы", center=True)
    d.table(
        [
            ["№ п/п", "Мероприятие", "Срок исполнения", "Ответственный исполнитель"],
            [Numbered(), "Мониторинг изменений законодательства", "постоянно", "Юридический отдел"],
            [Numbered(), "Антикоррупционная экспертиза проектов правовых актов", "по мере поступления", "Юридический отдел"],
            [Numbered(), "Обучение муниципальных служащих", "ежегодно до 1 декабря", "Отдел кадров"],
        ]
    )
    d.para("")
    return d


def vertically_merged_cells() -> DocBuilder:
    """One deadline and one executor cell merged down over several items (w:vMerge)."""
    d = DocBuilder()
    d.para("ПЛАН", center=True, bold=True)
    d.para("мероприятий месячника безопасности в 2024 году", center=True)
    d.table(
        [
            ["№ п/п", "Мероприятие", "Исполнители", "Сроки исполнения"],
            ["1", "Инструктажи по технике безопасности", "Классные руководители", "1–10 сентября"],
            ["2", "Учебная эвакуация", "Преподаватель-организатор ОБЖ", UP],
            ["3", "Конкурс рисунков «Безопасная дорога»", UP, "сентябрь"],
        ]
    )
    d.para("")
    return d


def table_split_across_pages() -> DocBuilder:
    """The plan table cut into two at a page break, its header and number rows repeated."""
    d = DocBuilder()
    d.para("ПЛАН", center=True, bold=True)
    d.para("основных мероприятий на 2025 год", center=True)
    header = ["№ п/п", "Мероприятие", "Исполнители", "Сроки исполнения"]
    d.table([header, ["1", "2", "3", "4"], ["1", "Заседание коллегии", "Министерство", "I квартал"], ["2", "Отчёт о работе", "Министерство", "II квартал"]], header_rows=2)
    d.page_break()
    d.table([header, ["1", "2", "3", "4"], ["3", "Совещание с муниципалитетами", "Министерство", "III квартал"], ["4", "План на следующий год", "Министерство", "до 25 декабря"]], header_rows=2)
    d.para("")
    return d


def line_breaks_in_cells() -> DocBuilder:
    """Executors one per line inside one paragraph (Shift+Enter), and a title broken by hand."""
    d = DocBuilder()
    d.para("ПЛАН", center=True, bold=True)
    d.para("мероприятий по развитию волонтерства на 2024 год", center=True)
    d.table(
        [
            ["№ п/п", "Мероприятие", "Исполнители", "Сроки исполнения"],
            ["1", "Форум добровольцев\n«Мы вместе»", "Комитет по делам молодежи\nРесурсный центр добровольчества", "май"],
            ["2", "Обучение координаторов", "Ресурсный центр добровольчества", "в течение года"],
            ["3", "Акция «Чистый берег»", "Комитет по делам молодежи, Ресурсный центр добровольчества", "июль"],
        ]
    )
    d.para("")
    return d


def agreed_block_paragraphs() -> DocBuilder:
    """«СОГЛАСОВАНО» at the left margin above the approval stamp, both as paragraphs."""
    d = DocBuilder()
    for line in ["СОГЛАСОВАНО", "Начальник отдела образования", "________________ Т.А. Белова", "« 28 » августа 2023 г."]:
        d.para(line)
    d.para("")
    for line in ["УТВЕРЖДАЮ", "Заведующий МБДОУ «Детский сад № 12»", "________________ Е.В. Соколова", "« 30 » августа 2023 г."]:
        d.para(line, indent_cm=10)
    d.para("")
    d.para("ПЛАН", center=True, bold=True)
    d.para("работы с семьями воспитанников на 2023-2024 учебный год", center=True)
    d.table(
        [
            ["№", "Содержание работы", "Сроки", "Ответственные"],
            ["1", "Общее родительское собрание", "сентябрь", "Заведующий"],
            ["2", "Консультации для родителей", "ежемесячно", "Воспитатели, педагог-психолог"],
        ]
    )
    d.para("")
    return d


def signature_after_table() -> DocBuilder:
    """A note and a signature line (position, tabs, name) after the table."""
    d = DocBuilder()
    d.para("Приложение", right=True)
    d.para("к распоряжению Комитета", right=True)
    d.para("от 20.12.2023 № 45-р", right=True)
    d.para("")
    d.para("ПЛАН", center=True, bold=True)
    d.para("мероприятий по патриотическому воспитанию молодежи в 2024 году", center=True)
    d.table(
        [
            ["№ п/п", "Мероприятие", "Срок", "Исполнитель", "Примечание"],
            ["1", "Военно-спортивная игра «Зарница»", "май", "Комитет по молодежной политике", "по согласованию с военкоматом"],
            ["2", "Акция «Георгиевская ленточка»", "апрель – май", "Молодежный центр", ""],
            ["3", "Вахта памяти", "июнь", "Молодежный центр", "при наличии финансирования"],
        ]
    )
    d.para("")
    d.para("* Мероприятия проводятся в пределах средств, предусмотренных на эти цели.")
    d.para("")
    d.para("Председатель Комитета\t\t\t\tА.С.\u00a0Миронов")
    return d


def calendar_plan_heading() -> DocBuilder:
    """«КАЛЕНДАРНЫЙ ПЛАН» as the heading, in two words."""
    d = DocBuilder()
    d.para("КАЛЕНДАРНЫЙ ПЛАН", center=True, bold=True)
    d.para("спортивно-массовых мероприятий на 2025 год", center=True)
    d.table(
        [
            ["№ п/п", "Наименование мероприятия", "Дата проведения", "Ответственный"],
            ["1", "Лыжня России", "февраль", "Спорткомитет"],
            ["2", "Кросс Нации", "сентябрь", "Спорткомитет"],
        ]
    )
    d.para("")
    return d


def ukrainian_schedule_heading() -> DocBuilder:
    """A Ukrainian «ГРАФІК» with the approving act in the stamp and labels «Найменування заходу», «Строк»."""
    d = DocBuilder()
    d.para("ЗАТВЕРДЖЕНО", indent_cm=10)
    d.para("розпорядженням голови районної державної адміністрації", indent_cm=10)
    d.para("від 03.01.2019 № 5", indent_cm=10)
    d.para("")
    d.para("ГРАФІК", center=True, bold=True)
    d.para("проведення особистих прийомів громадян на 2019 рік", center=True)
    d.table(
        [
            ["№ з/п", "Найменування заходу", "Строк", "Хто проводить"],
            ["1", "Особистий прийом громадян", "щопонеділка", "Голова райдержадміністрації"],
            ["2", "Виїзний прийом громадян", "щомісяця", "Заступник голови райдержадміністрації"],
        ]
    )
    d.para("")
    return d


def agreement_heading_with_result() -> DocBuilder:
    """«СОГЛАШЕНИЕ» as the heading and a result column with a label nobody listed."""
    d = DocBuilder()
    d.para("СОГЛАШЕНИЕ", center=True, bold=True)
    d.para("о взаимодействии в сфере добровольчества на 2024 год", center=True)
    d.table(
        [
            ["№ п/п", "Содержание мероприятия", "Срок реализации", "Исполнители (соисполнители)", "Показатель результата"],
            ["1", "Совместные акции", "ежеквартально", "Сторона 1, Сторона 2", "не менее 4 акций"],
            ["2", "Обмен информацией", "постоянно", "Сторона 1", "ежемесячный отчёт"],
        ]
    )
    d.para("")
    return d


CORPUS: dict[str, Callable[[], DocBuilder]] = {
    "html_table_saved_as_docx": html_table_saved_as_docx,
    "merged_sections_and_stamp_table": merged_sections_and_stamp_table,
    "ukrainian_council_plan": ukrainian_council_plan,
    "labour_safety_six_columns": labour_safety_six_columns,
    "automatic_numbering": automatic_numbering,
    "vertically_merged_cells": vertically_merged_cells,
    "table_split_across_pages": table_split_across_pages,
    "line_breaks_in_cells": line_breaks_in_cells,
    "agreed_block_paragraphs": agreed_block_paragraphs,
    "signature_after_table": signature_after_table,
    "calendar_plan_heading": calendar_plan_heading,
    "ukrainian_schedule_heading": ukrainian_schedule_heading,
    "agreement_heading_with_result": agreement_heading_with_result,
}


def build(folder: Path = HERE) -> list[Path]:
    return [make().save(folder / f"{name}.docx") for name, make in CORPUS.items()]


if __name__ == "__main__":
    for path in build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE):
        print(path)
