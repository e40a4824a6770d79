"""A synthetic bilingual content pack of any size, for benchmarks (import, start-up, search).

The pack is valid by the rules of ``docs/content-pack.md``: English and Russian files for every
slug with the same section ids, a news overview and thematic areas at the top, projects (some
with a ``[brief]``), news and articles below, links to existing entries only, and a manifest
with the SHA-256 of every file. The text is made of real English and Russian words in their
inflected forms (пограничники, пограничных, пограничной…; train, training, trained…) drawn
with a Zipf-like skew, so that stemming, ranking and index size behave as on real prose.
The same ``seed`` always gives the same pack.

    python -m benchmarks.synthetic DIR --entries 10000 [--seed 0]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from pathlib import Path

# Each concept: its English forms and its Russian forms, the first being the dictionary form.
CONCEPTS: list[tuple[tuple[str, ...], tuple[str, ...]]] = [
    (("border", "borders", "border's"),
     ("граница", "границы", "границе", "границу", "границей", "границ", "границам", "границами",
      "границах")),
    (("border guard", "border guards", "border officers"),
     ("пограничник", "пограничника", "пограничники", "пограничников", "пограничникам",
      "пограничниками", "пограничниках")),
    (("border", "cross-border", "frontier"),
     ("пограничный", "пограничная", "пограничное", "пограничные", "пограничного", "пограничной",
      "пограничных", "пограничным", "пограничными")),
    (("train", "trains", "training", "trained", "trainer", "trainers"),
     ("обучение", "обучения", "обучению", "обучением", "обучении", "обучать", "обучает",
      "обучают", "обучали", "обучил")),
    (("migrant", "migrants", "migration", "migrate", "migrated", "migrating"),
     ("мигрант", "мигранта", "мигранты", "мигрантов", "мигрантам", "мигрантами", "мигрантах",
      "миграция", "миграции", "миграцию")),
    (("labour", "labourers", "worker", "workers", "work", "worked", "working"),
     ("работа", "работы", "работе", "работу", "работой", "работник", "работники",
      "работников", "трудовой", "трудовых", "трудовая")),
    (("manage", "managed", "management", "managing", "manager", "managers"),
     ("управление", "управления", "управлению", "управлением", "управлении", "управлять",
      "управляет")),
    (("support", "supports", "supported", "supporting"),
     ("поддержка", "поддержки", "поддержке", "поддержку", "поддерживать", "поддерживает",
      "поддержали")),
    (("health", "healthy", "healthcare"),
     ("здоровье", "здоровья", "здоровью", "здравоохранение", "здравоохранения", "медицинский",
      "медицинской", "медицинских")),
    (("centre", "centres", "center"),
     ("центр", "центра", "центре", "центры", "центров", "центрах", "центрами")),
    (("family", "families", "household", "households"),
     ("семья", "семьи", "семье", "семью", "семей", "семьям", "семьями", "семьях")),
    (("checkpoint", "checkpoints", "crossing point", "crossing points"),
     ("пункт", "пункта", "пункте", "пункты", "пунктов", "пунктах", "КПП")),
    (("return", "returns", "returned", "returning", "returnee", "returnees"),
     ("возвращение", "возвращения", "возвращении", "вернулись", "вернувшихся", "вернувшимся")),
    (("protect", "protects", "protected", "protection", "protecting"),
     ("защита", "защиты", "защите", "защиту", "защищать", "защищает")),
    (("community", "communities", "local", "village", "villages"),
     ("община", "общины", "общин", "общинам", "местный", "местных", "местным", "село", "сёл",
      "сёлах")),
    (("assist", "assisted", "assistance", "assisting"),
     ("помощь", "помощи", "помощью", "помогать", "помогает", "помогли")),
    (("traffic", "trafficking", "trafficked", "trafficker", "traffickers"),
     ("торговля", "торговли", "торговлей", "торговле", "торговцы", "торговцев")),
    (("victim", "victims"),
     ("жертва", "жертвы", "жертв", "жертвам", "жертвами", "жертвах")),
    (("account", "accounting", "accounted", "consideration"),
     ("учёт", "учёта", "учёту", "учёте", "учётом", "учитывать")),
    (("equipment", "equip", "equipped", "equipping"),
     ("оборудование", "оборудования", "оборудованием", "оснащение", "оснащения", "оснащён",
      "оснащённых")),
    (("government", "governments", "governmental", "state"),
     ("правительство", "правительства", "правительству", "правительством", "государство",
      "государства", "государственных")),
    (("woman", "women", "gender", "girls"),
     ("женщина", "женщины", "женщин", "женщинам", "женщинами", "гендерный", "гендерного",
      "гендерных")),
    (("emergency", "emergencies", "disaster", "disasters", "flood", "floods", "flooded"),
     ("чрезвычайная", "чрезвычайных", "ситуация", "ситуации", "бедствие", "бедствия",
      "наводнение", "наводнения", "наводнений")),
    (("research", "researched", "study", "studies", "survey", "surveys", "surveyed"),
     ("исследование", "исследования", "исследований", "исследованиях", "опрос", "опроса",
      "опросы")),
    (("remittance", "remittances", "money", "income", "incomes"),
     ("перевод", "переводы", "переводов", "денежных", "доход", "доходы", "доходов")),
    (("partner", "partners", "partnership", "partnerships"),
     ("партнёр", "партнёры", "партнёров", "партнёрам", "партнёрство", "партнёрства")),
    (("strengthen", "strengthened", "strengthening", "capacity", "capacities"),
     ("укрепление", "укрепления", "укреплять", "потенциал", "потенциала", "потенциалом")),
    (("officer", "officers", "staff", "personnel"),
     ("сотрудник", "сотрудники", "сотрудников", "сотрудникам", "персонал", "персонала")),
    (("information", "informed", "inform", "awareness"),
     ("информация", "информации", "информацию", "осведомлённость", "осведомлённости")),
    (("procedure", "procedures", "process", "processes", "processing"),
     ("процедура", "процедуры", "процедур", "процедурам", "процесс", "процесса")),
    (("infrastructure", "building", "buildings", "built", "construction"),
     ("инфраструктура", "инфраструктуры", "здание", "здания", "зданий", "строительство",
      "построено")),
    (("regional", "region", "regions", "cooperation", "cooperate"),
     ("регион", "региона", "регионе", "регионов", "сотрудничество", "сотрудничества",
      "сотрудничать")),
    (("energy", "solar", "green", "environment", "environmental"),
     ("энергия", "энергии", "солнечный", "солнечных", "зелёный", "зелёной", "экологичный",
      "экологичных")),
    (("law", "laws", "legal", "legislation", "rights"),
     ("закон", "закона", "законы", "законов", "законодательство", "законодательства", "права",
      "прав")),
    (("visa", "visas", "passport", "passports", "document", "documents"),
     ("виза", "визы", "виз", "паспорт", "паспорта", "документ", "документы", "документов")),
]
PLACES: list[tuple[str, str]] = [
    ("Dushanbe", "Душанбе"), ("Khorog", "Хорог"), ("Khujand", "Худжанд"), ("Kulob", "Куляб"),
    ("Bokhtar", "Бохтар"), ("Panj", "Пяндж"), ("Rasht", "Рашт"), ("Murghab", "Мургаб"),
    ("Istaravshan", "Истаравшан"), ("Isfara", "Исфара"), ("Penjikent", "Пенджикент"),
]
GLUE = {"en": ("the", "of", "and", "in", "for", "with", "to", "on", "by", "at", "a"),
        "ru": ("и", "в", "на", "с", "по", "для", "о", "к", "при", "из", "а также")}
AREAS: list[tuple[str, str, str]] = [
    ("border-management", "Border management", "Управление границами"),
    ("labour-migration", "Labour migration", "Трудовая миграция"),
    ("counter-trafficking", "Counter-trafficking", "Противодействие торговле людьми"),
    ("migration-health", "Migration health", "Миграция и здоровье"),
    ("emergencies", "Emergencies and disasters", "Чрезвычайные ситуации"),
    ("migration-development", "Migration and development", "Миграция и развитие"),
    ("migration-research", "Migration research", "Исследования миграции"),
    ("assisted-return", "Assisted voluntary return", "Содействие добровольному возвращению"),
    ("community-stabilisation", "Community stabilisation", "Стабилизация общин"),
    ("legal-migration", "Legal migration", "Легальная миграция"),
    ("gender-equality", "Gender equality", "Гендерное равенство"),
    ("climate-mobility", "Climate and mobility", "Климат и мобильность"),
]
SECTIONS: list[tuple[str, str, str]] = [
    ("overview", "Overview", "Обзор"),
    ("background", "Background", "Общие сведения"),
    ("objectives", "Objectives", "Цели"),
    ("activities", "Activities", "Деятельность"),
    ("results", "Results", "Результаты"),
    ("partners", "Partners", "Партнёры"),
    ("lessons", "Lessons learned", "Извлечённые уроки"),
]
SUBSECTION = ("details", "Details", "Подробности")
STATUS = {"en": ("ongoing", "completed", "planned"), "ru": ("идёт", "завершён", "планируется")}
DONORS = [("European Union", "Европейский союз"), ("UNDP", "ПРООН"), ("USAID", "USAID"),
          ("Government of Japan", "Правительство Японии"), ("OSCE", "ОБСЕ")]
LANGS = ("en", "ru")
WEIGHTS = [1.0 / (rank + 1) ** 0.7 for rank in range(len(CONCEPTS))]  # Zipf-like, gentle


def _toml(value: str) -> str:
    """A TOML basic string (JSON's escapes are valid TOML)."""
    return json.dumps(value, ensure_ascii=False)


class _Writer:
    """Draws words in both languages from one random stream, so a given seed is reproducible."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def concepts(self, count: int) -> list[int]:
        return self.rng.choices(range(len(CONCEPTS)), weights=WEIGHTS, k=count)

    def words(self, concepts: list[int], lang: str) -> list[str]:
        side = 0 if lang == "en" else 1
        out: list[str] = []
        for index, concept in enumerate(concepts):
            if index and self.rng.random() < 0.4:
                out.append(self.rng.choice(GLUE[lang]))
            out.append(self.rng.choice(CONCEPTS[concept][side]))
        return out

    def sentence(self, lang: str, length: int | None = None) -> str:
        concepts = self.concepts(length or self.rng.randint(6, 14))
        words = self.words(concepts, lang)
        if self.rng.random() < 0.3:
            words.append(("in " if lang == "en" else "в ") + self.rng.choice(PLACES)[lang == "ru"])
        text = " ".join(words)
        return text[0].upper() + text[1:] + "."

    def paragraph(self, lang: str) -> str:
        return " ".join(self.sentence(lang) for _ in range(self.rng.randint(2, 4)))

    def title(self, concepts: list[int], place: tuple[str, str], lang: str) -> str:
        side = 0 if lang == "en" else 1
        words = [CONCEPTS[c][side][0] if i == 0 else self.rng.choice(CONCEPTS[c][side])
                 for i, c in enumerate(concepts)]
        text = " ".join(words) + (" in " if lang == "en" else " в ") + place[side]
        return text[0].upper() + text[1:]


def _front(slug: str, kind: str, title: str, order: int, area: str | None,
           brief: dict[str, str | list[str]] | None) -> list[str]:
    lines = ["+++", f"slug = {_toml(slug)}", f"kind = {_toml(kind)}"]
    if area:
        lines.append(f"area = {_toml(area)}")
    lines += [f"title = {_toml(title)}", f"order = {order}", 'sources = ["synthetic.txt"]']
    if brief is not None:
        lines += ["", "[brief]"]
        for key, value in brief.items():
            rendered = (_toml(value) if isinstance(value, str)
                        else "[" + ", ".join(_toml(v) for v in value) + "]")
            lines.append(f"{key} = {rendered}")
    return [*lines, "+++", ""]


def _entry_texts(writer: _Writer, slug: str, kind: str, order: int, area: str | None,
                 titles: dict[str, str]) -> dict[str, str]:
    """The English and the Russian file of one entry, with the same sections."""
    rng = writer.rng
    count = rng.randint(2, 5)
    sections = sorted(rng.sample(range(len(SECTIONS)), count))
    with_sub = rng.random() < 0.2
    with_list = rng.random() < 0.3
    brief_values = None
    if kind == "project" and rng.random() < 0.5:
        start = rng.randint(2002, 2024)
        donor = rng.randrange(len(DONORS))
        place = rng.randrange(len(PLACES))
        status = rng.randrange(3)
        brief_values = (start, donor, place, status)
    texts: dict[str, str] = {}
    state = rng.getstate()
    for lang in LANGS:
        rng.setstate(state)  # the same structure, drawn again, in each language
        side = 0 if lang == "en" else 1
        brief: dict[str, str | list[str]] | None = None
        if brief_values is not None:
            start, donor, place, status = brief_values
            brief = {"period": f"{start}–{start + 3}", "funding": DONORS[donor][side],
                     "partners": [DONORS[donor][side]], "locations": [PLACES[place][side]],
                     "status": STATUS[lang][status]}
        lines = _front(slug, kind, titles[lang], order, area, brief)
        lines.append(writer.paragraph(lang))
        if area:
            see = "See also" if lang == "en" else "См. также"
            lines.append(f"\n{see} [{AREA_TITLES[area][side]}](entry:{area}).")
        for index in sections:
            anchor, en_title, ru_title = SECTIONS[index]
            lines += ["", f"## {en_title if lang == 'en' else ru_title} {{#{anchor}}}", "",
                      writer.paragraph(lang)]
            if with_list and index == sections[0]:
                lines.append("")
                lines += [f"- {writer.sentence(lang, 4)}" for _ in range(3)]
        if with_sub:
            anchor, en_title, ru_title = SUBSECTION
            lines += ["", f"### {en_title if lang == 'en' else ru_title} {{#{anchor}}}", "",
                      writer.paragraph(lang)]
        texts[lang] = "\n".join(lines) + "\n"
    return texts


AREA_TITLES = {slug: (en, ru) for slug, en, ru in AREAS}
AREA_TITLES["news"] = ("Newsletter archive", "Архив бюллетеня")


def _plan(entries: int) -> tuple[list[str], list[tuple[str, str, str]]]:
    """Top-level slugs (the news overview, then areas) and (slug, kind, area) of the rest."""
    if entries < 2:
        raise ValueError("a synthetic pack needs at least 2 entries (an overview and an area)")
    areas = [slug for slug, _en, _ru in AREAS[: max(1, min(len(AREAS), entries // 100))]]
    tops = ["news", *areas]
    children: list[tuple[str, str, str]] = []
    for number in range(entries - len(tops)):
        kind = ("project", "project", "project", "news", "article")[number % 5]
        area = "news" if kind == "news" and number % 2 else areas[number % len(areas)]
        children.append((f"{area}/{kind}-{number:06d}", kind, area))
    return tops, children


def write_synthetic_pack(root: Path, entries: int, seed: int = 0) -> Path:
    """Write a valid EN + RU pack of ``entries`` entries into ``root`` and return ``root``."""
    tops, children = _plan(entries)
    writer = _Writer(seed)
    root.mkdir(parents=True, exist_ok=True)
    checksums: dict[str, str] = {}

    def put(rel: str, text: str) -> None:
        raw = text.encode("utf-8")
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(raw)
        checksums[rel] = hashlib.sha256(raw).hexdigest()

    for order, slug in enumerate(tops):
        kind = "overview" if slug == "news" else "area"
        en, ru = AREA_TITLES[slug]
        for lang, text in _entry_texts(writer, slug, kind, order, None,
                                       {"en": en, "ru": ru}).items():
            put(f"{lang}/{slug}.md", text)
    for order, (slug, kind, area) in enumerate(children):
        concepts = writer.rng.sample(range(len(CONCEPTS)), writer.rng.randint(2, 4))
        place = writer.rng.choice(PLACES)
        titles = {lang: writer.title(concepts, place, lang) for lang in LANGS}
        for lang, text in _entry_texts(writer, slug, kind, order, area, titles).items():
            put(f"{lang}/{slug}.md", text)
    rows = [f"{_toml(rel)} = {_toml(digest)}" for rel, digest in sorted(checksums.items())]
    manifest = "\n".join([
        f'id = "synthetic-{seed}"', 'version = "1.0.0"', "date = 2026-11-22",
        'languages = ["en", "ru"]', f'title = "Synthetic pack of {entries} entries"', "",
        "[files]", *rows, ""])
    (root / "manifest.toml").write_text(manifest, encoding="utf-8")
    return root


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.synthetic",
                                     description="Write a synthetic bilingual content pack.")
    parser.add_argument("folder", type=Path, metavar="DIR")
    parser.add_argument("--entries", type=int, default=10_000, metavar="N")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    root = write_synthetic_pack(args.folder, args.entries, args.seed)
    print(f"{root}: a synthetic pack of {args.entries} entries in English and Russian.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
