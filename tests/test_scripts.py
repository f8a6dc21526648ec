"""runtime.scripts gives what reading every letter's Unicode name gives."""

import unicodedata

from analysis.runtime.scripts import non_latin_letters


def by_name(text):
    """The plain definition: every letter's script is the first word of its Unicode name."""
    letters = [char for char in text if char.isalpha()]
    scripts = [unicodedata.name(char, "?").split()[0] for char in letters]
    return len(letters), [(char, script) for char, script in zip(letters, scripts) if script != "LATIN"]


def test_non_latin_letters_agree_with_the_unicode_names():
    lines = [
        "",
        "Press Release 2021",
        "Café Kabul – “peace” for all, naïve résumé",
        "میکانیزم افغانستان برای صلح",
        "د ټول شموله سولې لپاره",
        "अफगान मंत्री का दावा",
        "Главная / Новости",
        "Kabul کابل ², Ⅻ ½ _ ٣",
        "\u200fمرحبا\u200e",
    ]
    for line in lines:
        assert non_latin_letters(line) == by_name(line), line


def test_non_latin_letters_agree_with_the_unicode_names_on_every_labelled_statement_and_seed_line():
    from analysis.io.corpus import PROJECT_ROOT

    folders = ["validation/cleaning/raw", "validation/statements", "seeds"]
    paths = [path for folder in folders for path in sorted((PROJECT_ROOT / folder).glob("*.txt"))]
    assert len(paths) > 500
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            assert non_latin_letters(line) == by_name(line), (path.name, line)
