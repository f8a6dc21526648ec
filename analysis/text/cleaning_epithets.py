"""An author's biography made of epithets: "Zombie specialist. Friendly twitter guru. Internet buff. Organizer."

Some sites print, under or over the text, an author's biography that is only a string of epithets, each set out as a
sentence of its own ("Unapologetic tv specialist. Hardcore zombie trailblazer. Infuriatingly humble problem
solver."). A text's short sentences link their words into a clause, with a pronoun, an article, a preposition or a
verb ("Your silence strengthens oppression. Stand with us. Be our voice."); the epithets hold none of those words.
A slogan or a chant says the same words again ("Long live ...", "Allahu Akbar.") or one word a sentence ("Peace.
Justice. Freedom."); the epithets of a biography each open on another word, and most are two words or more.
"""

from __future__ import annotations

import re

#: A string of epithets has at least this many, each of one word to :data:`EPITHET_MAX_WORDS` words.
EPITHETS_MIN, EPITHET_MAX_WORDS = 3, 4
#: Words that link the words of a sentence into a clause: no epithet holds one.
CLAUSE_WORDS = frozenset(
    "a an the this that these those i you he she it we they me him her us them my your his its our their is are was "
    "were be been am has have had do does did not no of to in on at by for with from and or but as if".split()
)
#: One epithet: words of letters (perhaps hyphenated), with its full stop.
EPITHET = re.compile(r"[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*)*\.")


def is_string_of_epithets(line: str) -> bool:
    """The line, perhaps in quotation marks, is :data:`EPITHETS_MIN` or more sentences of one to
    :data:`EPITHET_MAX_WORDS` words each, none holding a word of :data:`CLAUSE_WORDS`, each opening on another word and
    most of more than one word: an author's biography.

    >>> is_string_of_epithets("Zombie specialist. Friendly twitter guru. Internet buff. Organizer.")
    True
    >>> is_string_of_epithets("Your silence strengthens oppression. Stand with us. Be our voice.")
    False
    >>> is_string_of_epithets("Long live Afghanistan. Long live Islam. Long live peace."), is_string_of_epithets("Peace. Justice. Freedom.")
    (False, False)
    """
    parts = line.strip().strip('“”"').split(". ")
    if len(parts) < EPITHETS_MIN or not parts[-1].endswith("."):
        return False
    epithets = [part if part.endswith(".") else f"{part}." for part in parts]
    if len({epithet.split()[0].lower() for epithet in epithets}) < len(epithets):
        return False  # a slogan or a chant says its words again
    if 2 * sum(1 for epithet in epithets if " " not in epithet) > len(epithets):
        return False  # one word a sentence: a slogan's ("Peace. Justice. Freedom.")
    return all(
        EPITHET.fullmatch(epithet)
        and len(epithet.split()) <= EPITHET_MAX_WORDS
        and not CLAUSE_WORDS.intersection(epithet[:-1].lower().split())
        for epithet in epithets
    )
