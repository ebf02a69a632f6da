"""A seeded generator of synthetic plans in the spec format, for benchmarks and fuzzing.

`python benchmarks/generate.py OUT_DIR --files 200 --items 200 --seed 1` writes N files
of M items each, half with sections, with real-looking Russian text and a mix of the
deadline phrases found in real plans.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

ACTIONS = [
    "Проведение", "Организация", "Мониторинг", "Обеспечение", "Разработка", "Внедрение", "Поддержка",
    "Анализ", "Корректировка", "Информирование", "Актуализация", "Подготовка", "Оценка эффективности",
]
OBJECTS = [
    "заседаний Консультативной группы по добровольчеству в сфере охраны здоровья",
    "деятельности волонтеров при реализации добровольческих мероприятий",
    "информационной поддержки социально ориентированных некоммерческих организаций",
    "рациональной маршрутизации пациентов с ограничением функционального здоровья",
    "мер социальной поддержки на ведомственных информационных сайтах",
    "механизмов бережливого производства и единого визуального стиля",
    "совещаний с руководителями медицинских организаций",
    "анкетирования пациентов медицинских организаций третьего уровня",
    "службы социальных кураторов здравоохранения «Кураторы здоровья»",
    "конкурса социальных проектов среди некоммерческих организаций",
]
PLACES = ["в Смоленской области", "в Забайкальском крае", "в медицинских организациях края", "на территории региона", ""]
EXECUTORS = [
    "Министерство здравоохранения", "Министерство труда и социальной защиты населения", "медицинские организации",
    "образовательные организации среднего профессионального образования", "региональное отделение ВОД «Волонтеры-медики»",
    "ресурсный центр добровольчества", "Министерство образования и науки", "СО НКО",
]
DEADLINES = [
    "В течение года", "Постоянно", "ежегодно до 1 октября", "4 квартал {y} г", "IV квартал {y} года",
    "до 30 декабря {y} г.", "ежеквартально", "ежемесячно до 10 числа", "два раза в год",
    "не реже, чем два раза в год", "постоянно, отчет ежегодно до 25 декабря", "II полугодие {y} г.",
    "март {y} г.", "по мере необходимости", "ежеквартально до 5 числа месяца, следующего за отчетным кварталом",
    "в течение {y} года", "до 01.07.{y}", "к 1 сентября {y} года", "не позднее 15 марта", "I-II кварталы {y} года",
]
SECTIONS = [
    "Стратегия развития социальной сферы", "Совет по качеству жизни", "Модель работы «Дружелюбная организация»",
    "Поддержка социально ориентированных НКО", "Навигатор мер поддержки", "Служба социальных координаторов",
]


def plan_text(rng: random.Random, items: int, sectioned: bool, year: int) -> str:
    lines = [
        "# yaml-language-server: $schema=../schemas/plan.schema.json",
        f"title: План мероприятий по развитию добровольчества в сфере охраны здоровья в {year} году",
        f"period: {year}",
        "approval:",
        "  stamp: УТВЕРЖДЕНО",
        "  position: Заместитель министра здравоохранения",
        "  name: Т.Ю. Филатова",
        f"  date: {year}-01-09",
    ]

    def item(number: str, indent: str) -> list[str]:
        title = " ".join(x for x in (rng.choice(ACTIONS), rng.choice(OBJECTS), rng.choice(PLACES)) if x)
        executors = rng.sample(EXECUTORS, rng.randint(1, 3))
        deadline = rng.choice(DEADLINES).format(y=year)
        out = [
            f'{indent}- number: "{number}"',
            f"{indent}  title: {title} (мероприятие {number})",
            f"{indent}  executors:",
            *[f"{indent}    - {name}" for name in executors],
            f"{indent}  deadline: {deadline}",
        ]
        if rng.random() < 0.2:
            out.append(f"{indent}  result: Информация размещена, отчёт представлен")
        return out

    if sectioned:
        lines.append("sections:")
        per_section = max(1, items // len(SECTIONS))
        made = 0
        for s, name in enumerate(SECTIONS, start=1):
            count = per_section if s < len(SECTIONS) else items - made
            lines += [f'  - number: "{s}"', f"    title: {name}", "    items:"]
            for i in range(1, count + 1):
                lines += item(f"{s}.{i}", "      ")
            made += count
    else:
        lines.append("items:")
        for i in range(1, items + 1):
            lines += item(str(i), "  ")
    return "\n".join(lines) + "\n"


def generate(out: Path, files: int, items: int, seed: int = 1) -> list[Path]:
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for n in range(files):
        path = out / f"plan-{n:04d}.yaml"
        path.write_text(plan_text(rng, items, sectioned=n % 2 == 1, year=2024 + n % 2), encoding="utf-8")
        written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--items", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    paths = generate(args.out, args.files, args.items, args.seed)
    size = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} files, {size / 2**20:.1f} MiB in {args.out}")


if __name__ == "__main__":
    main()
