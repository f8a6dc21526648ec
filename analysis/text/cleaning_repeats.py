"""What repeats on a page: a title printed twice, a teaser above the text it copies, a form's field value.

Web pages print some text more than once. A title shown again above the article, a teaser that
copies (or nearly copies) the first sentence, and a value repeated under every field of a database
record are not more text: one copy, or none, is. Lines are compared by their words (lower case,
no punctuation):

- **A repeated line** (two identical lines): the later copy goes, unless it ends a sentence broken off above it
  (it opens in lower case: a quotation's "- he said."), or it is a sentence (one copy
  at least finished; not a heading and not written like a title) of :data:`TEASER_WORDS` words or
  more; then the earlier copy is the teaser and the later one the text. Two copies that both stop
  without final punctuation are a title printed twice, however long; with a full stop, only nearly
  all words capitalised make a title (:data:`TITLE_WITH_STOP_SHARE`), not a sentence full of names; a line longer
  than any headline (:data:`SENTENCE_MIN_WORDS`) printed first without its full stop and then with it is a sentence
  (a summary's bullet above the text), however many names it holds, and so is one that ends on its full stop in both
  copies. A shorter sentence printed above the text and quoted whole further down (:data:`QUOTED_SENTENCE`, of
  :data:`QUOTED_TEASER_WORDS` words or more) is a teaser too: the quotation is the text.
- **A teaser** that is no plain copy: its words, all but a few, open a later line, or most of its
  three-word runs recur later. The earlier copy goes. Two paragraphs that only open alike ("The
  members of the Council condemned ...") are not copies, and two paragraphs of text in a row that
  are both copied further down are the text printed twice (a forum quoting the article it links),
  where the first copy is the text (but a summary's bullets without final punctuation, each copied below, are
  teasers). A teaser stands above the text: after a paragraph of text, a paragraph
  printed again further down (a quote repeated, an embedded post) is text, unless it is lifted from a
  later paragraph half as long again or more (a pull quote) or printed twice in a row.
- **The opening of a paragraph printed again at the page's foot**: the page's last line, a finished sentence whose
  words open a paragraph of text above it, longer by half again or more, goes (a pull quote printed under the text),
  unless the line above it is a copy too (the text printed twice) or it is cut off by the extraction (the text quoted
  again).
- **A title printed again, cut short**: a line without final punctuation whose words, :data:`TEASER_WORDS` or more,
  all open the page's first line, which is longer, goes (not among the fragments of a text wrapped at a fixed width);
  cut with an ellipsis, :data:`CUT_TITLE_WORDS` words will do.
- **A field value** found :data:`FIELD_VALUE_REPEATS` times or more ("No specific mention."): every
  copy goes.
- **A photo gallery**: a short credit printed :data:`FIELD_VALUE_REPEATS` times or more, each copy followed by one
  short line before the next ("M. Rankin Photography" / a caption / "M. Rankin Photography" / ...): the line after
  each copy is its photo's caption and goes.

None of these is a post's signature (:mod:`analysis.text.cleaning_embedded_posts`): one account's posts of one day
each end on the same name, handle and date.
"""

from __future__ import annotations

import re

from analysis.text.cleaning_embedded_posts import EMBEDDED_POST
from analysis.text.cleaning_rules import TERMINAL_PUNCTUATION, is_heading, looks_like_title

#: How many opening words a teaser must share with the paragraph it announces, or (for a teaser that
#: is not a plain copy) how many words it must have at least.
TEASER_WORDS = 10
#: A title printed again and cut short with an ellipsis shows its cut: this many of its words suffice.
CUT_TITLE_WORDS = 3
#: A teaser that is not a plain copy shares at least this share of its three-word runs with later
#: text, or of its words with the opening of a later line.
TEASER_OVERLAP = 0.8
#: A line that ends on a full stop is taken for a title printed twice only when this share of its words
#: (small words aside) are capitalised.
TITLE_WITH_STOP_SHARE = 0.8
#: A line of more words than this is a sentence, not a title, when a later copy of it ends on a full stop, even if
#: this copy stops without one (a summary's bullet printed above the text), or when it ends on one itself, and its
#: words are mostly names.
SENTENCE_MIN_WORDS = 20
#: A sentence quoted whole on a line of its own, in quotation marks: a speaker's words, which a teaser above the text
#: may print again without them, however short ("Indonesia mengharapkan ... memenuhi komitmennya.").
QUOTED_SENTENCE = re.compile(r"^[\"“„«].+[.!?][\"”“»]$")
#: ... but of this many words at least: a word or two said twice ("“Allahu Akbar.”") is no teaser's copy.
QUOTED_TEASER_WORDS = 5
#: A line repeated this many times on a page is the value of a form field, not text.
FIELD_VALUE_REPEATS = 3
#: A pull quote is an extract: it holds at most this share of the words of the paragraph it was lifted from. A
#: paragraph of text printed again inside one barely longer (a garbled copy with a few words before it) is no extract.
EXTRACT_MAX_SHARE = 2 / 3


def word_key(text: str) -> tuple[str, ...]:
    """The words of a line, lower-cased, without punctuation: what two copies of a line share."""
    return tuple(re.findall(r"\w+", text.lower()))


def common_opening(first: tuple[str, ...], second: tuple[str, ...]) -> int:
    """How many words two lines share from their first word on."""
    shared = 0
    for a, b in zip(first, second):
        if a != b:
            break
        shared += 1
    return shared


def repeated_units(texts: list[str], min_words: int = 1, teasers: bool = True) -> list[str | None]:
    """For each unit, why it repeats another (a title shown twice, a teaser, a form value), or None.

    A unit identical to an earlier one is a repeated line (the later copy goes), unless it ends a sentence
    (:func:`ends_a_sentence`) or is a sentence (not a heading, and not written like a title) of :data:`TEASER_WORDS` words or more: then
    the earlier copy is the teaser and the later one the text. A finished line found :data:`FIELD_VALUE_REPEATS` times or more is a form's
    field value (every copy goes). A unit whose words, all but a few, open a later unit, or of
    :data:`TEASER_WORDS` words or more whose three-word runs mostly recur later, is a teaser (the
    earlier copy goes): news pages print the first sentence, or a near copy of it, as a summary
    above the article. Two paragraphs that merely open alike ("The members of the Council
    condemned ...") are not copies. Units shorter than ``min_words`` words are left alone, and
    with ``teasers`` false only whole repeats are looked for. The signature of a post embedded in the text
    (:data:`~analysis.text.cleaning_embedded_posts.EMBEDDED_POST`) is never a repeat: printed again, it closes the same
    account's next post.

    >>> first = "The two sides met in Doha on Monday and agreed to meet again soon"
    >>> repeated_units(["Talks open", "Talks open", first, first + ", officials said."])
    [None, 'repeated line', 'teaser repeating the text', None]
    """
    keys = [word_key(text) for text in texts]
    copies: dict[tuple[str, ...], int] = {}
    for key in keys:
        copies[key] = copies.get(key, 0) + 1
    is_teaser = [False] * len(keys)
    # From the end: what later units open with and hold, so a page is read once, not once per unit.
    later_by_opening: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    later_runs: set[tuple[str, ...]] = set()
    later_keys: set[tuple[str, ...]] = set()
    later_finished: set[tuple[str, ...]] = set()  # later units that end as a sentence does
    later_quoted: set[tuple[str, ...]] = set()  # later units that are a sentence quoted whole
    copied_sentences: set[tuple[str, ...]] = set()  # sentences whose earlier copy is the teaser
    for index in range(len(keys) - 1, -1, -1):
        key, text = keys[index], texts[index]
        opening = key[:TEASER_WORDS]
        runs = {key[i : i + 3] for i in range(len(key) - 2)}
        quoted_below = key in later_quoted and len(key) >= QUOTED_TEASER_WORDS  # a shorter teaser of a quotation
        if (len(opening) == TEASER_WORDS or quoted_below) and key in later_keys:
            # two copies that both stop without final punctuation are a title shown twice, however long
            finished = bool(TERMINAL_PUNCTUATION.search(text)) or key in later_finished
            # a line with a full stop is a title only when nearly all its words are capitalised: a sentence
            # full of names ("The Taliban has reacted to the 'Global Peace Index 2022' of ...") is not one
            title = looks_like_title(text, TITLE_WITH_STOP_SHARE if text.endswith(".") else 0.6)
            # longer than any headline and ending on its own full stop, it is a sentence however many names it holds
            # ("Mohammad Javanbakht, the Deputy Minister of Energy of Iran, discussed the Helmand River ...")
            title = title and not (len(key) > SENTENCE_MIN_WORDS and TERMINAL_PUNCTUATION.search(text))
            sentence = finished and not is_heading(text) and not title
            # a sentence longer than a headline, printed first without its full stop (a summary's bullet), then with it
            bullet = not TERMINAL_PUNCTUATION.search(text) and key in later_finished
            sentence = sentence or bullet and len(key) > SENTENCE_MIN_WORDS
            is_teaser[index] = sentence and copies[key] < FIELD_VALUE_REPEATS
            if is_teaser[index]:
                copied_sentences.add(key)
        elif len(opening) == TEASER_WORDS:
            near_copy = len(runs & later_runs) >= TEASER_OVERLAP * len(runs)
            is_teaser[index] = near_copy or any(
                common_opening(key, later) >= TEASER_OVERLAP * len(key) for later in later_by_opening.get(opening, [])
            )
            later_by_opening.setdefault(opening, []).append(key)
        later_runs |= runs
        later_keys.add(key)
        if TERMINAL_PUNCTUATION.search(text):
            later_finished.add(key)
        if QUOTED_SENTENCE.match(text):
            later_quoted.add(key)
    # two paragraphs of text in a row, each copied further down, are the text printed twice, not a teaser
    # (a teaser is one paragraph, perhaps with its attribution): the first copy is the text; a summary's bullets
    # without final punctuation ("- The ban was introduced a day earlier, after ...") are no paragraphs of text
    paragraphs = [
        teaser and not is_heading(text) and bool(TERMINAL_PUNCTUATION.search(text))
        for teaser, text in zip(is_teaser, texts)
    ]
    in_pairs = [a and b for a, b in zip(paragraphs, paragraphs[1:])]
    text_twice = [pair_before or pair_after for pair_before, pair_after in zip([False, *in_pairs], [*in_pairs, False])]
    is_teaser = [teaser and not twice for teaser, twice in zip(is_teaser, text_twice)]
    is_teaser = _teasers_above_the_text(texts, keys, is_teaser)
    seen: set[tuple[str, ...]] = set()
    reasons: list[str | None] = []
    captions = gallery_captions(texts, keys)
    cut_titles = titles_printed_again_cut_short(texts, keys) if teasers else set()  # not among fragments of a PDF
    for index, (text, key, teaser) in enumerate(zip(texts, keys, is_teaser)):
        if EMBEDDED_POST.search(text):
            reasons.append(None)  # a quoted post's signature printed again: the same account's next post of the day
        elif index in captions:
            reasons.append(GALLERY_CAPTION)
        elif copies[key] >= FIELD_VALUE_REPEATS and TERMINAL_PUNCTUATION.search(text):
            reasons.append("repeated field value")
        elif not key or len(key) < min_words:
            reasons.append(None)
        elif teaser and teasers:
            reasons.append("teaser repeating the text")
        elif key in seen or index in cut_titles:
            kept = teasers and key in copied_sentences or ends_a_sentence(text)
            reasons.append(None if kept else "repeated line")
        else:
            reasons.append(None)
        seen.add(key)
    if teasers and reasons and reasons[-1] is None and _opening_printed_again_at_the_foot(texts, keys):
        reasons[-1] = PULL_QUOTE_AT_THE_FOOT
    return reasons


#: The page's last paragraph, the opening sentence of a longer paragraph of text above printed again, goes for this
#: reason.
PULL_QUOTE_AT_THE_FOOT = "opening of a paragraph printed again at the page's foot"


def _opening_printed_again_at_the_foot(texts: list[str], keys: list[tuple[str, ...]]) -> bool:
    """The page's last unit is a finished sentence of :data:`TEASER_WORDS` words or more whose words open a paragraph of
    text above it, longer by half again or more, and the unit above it is no copy of an earlier one: the paragraph's
    first sentence printed again at the page's foot ("Las partes han sugerido ... en el marco de la ONU." under the
    paragraph it opens, and another). A copy cut off by the extraction ("... demand answers from the administration
    and pro") is the text quoted again, and a run of copies is the text printed twice.

    >>> first = "China has pledged to keep talking with the Taliban and to support the country."
    >>> texts = [first[:-1] + " in its rebuilding after four decades of war and want, the spokesman said on Monday.",
    ...          "Talks went on.", first]
    >>> _opening_printed_again_at_the_foot(texts, [word_key(text) for text in texts])
    True
    """
    if len(texts) < 3 or not TERMINAL_PUNCTUATION.search(texts[-1]) or is_heading(texts[-1]):
        return False
    key = keys[-1]
    if len(key) < TEASER_WORDS or keys[-2] in keys[:-2] or keys[-2] == key:
        return False
    return any(
        len(key) <= EXTRACT_MAX_SHARE * len(other) and other[: len(key)] == key and _is_paragraph_of_text(text)
        for text, other in zip(texts[:-2], keys[:-2])
    )


def ends_a_sentence(text: str) -> bool:
    """A line that opens in lower case and ends on final punctuation is the end of a sentence broken off above it (a
    quotation's "- stwierdził."), which a text may say twice; a title or a menu's entry printed again opens on a
    capital.

    >>> ends_a_sentence("stwierdził."), ends_a_sentence("Read more.")
    (True, False)
    """
    return text[:1].islower() and bool(TERMINAL_PUNCTUATION.search(text))


def titles_printed_again_cut_short(texts: list[str], keys: list[tuple[str, ...]]) -> set[int]:
    """The indices of lines without final punctuation whose words, :data:`TEASER_WORDS` or more, all open the page's
    first line, which is longer: its title printed again, cut short ("Statement by India under Agenda Item 2: ...
    Permanent Mission of India" under the same title with its date and more); cut with an ellipsis,
    :data:`CUT_TITLE_WORDS` words will do ("Taliban Mengaku Terkejut..." under "Taliban Mengaku Terkejut Bisa Kuasai
    Afghanistan dengan Cepat").

    >>> texts = ["Statement by India under Agenda Item 2 on the situation of Human Rights in Afghanistan [Geneva]",
    ...          "Statement by India under Agenda Item 2 on the situation of Human Rights"]
    >>> titles_printed_again_cut_short(texts, [word_key(text) for text in texts])
    {1}
    """
    title = keys[0] if keys else ()
    return {
        index
        for index, (text, key) in enumerate(zip(texts, keys))
        if index
        and title[: len(key)] == key
        and (
            TEASER_WORDS <= len(key) < len(title)
            and not TERMINAL_PUNCTUATION.search(text)
            # cut with an ellipsis, the cut shows: a few words do ("Taliban Mengaku Terkejut...")
            or CUT_TITLE_WORDS <= len(key) < len(title)
            and text.endswith(("...", "…"))
        )
    }


#: A caption in a photo gallery is removed for this reason.
GALLERY_CAPTION = "caption in a photo gallery"
#: A photo's credit is a short line: at most this many words ("M. Rankin Photography").
CREDIT_MAX_WORDS = 4
#: A gallery's caption is one short line: at most this many words.
GALLERY_CAPTION_MAX_WORDS = 25


def gallery_captions(texts: list[str], keys: list[tuple[str, ...]]) -> set[int]:
    """The indices of the captions of a photo gallery: a short credit without final punctuation printed
    :data:`FIELD_VALUE_REPEATS` times or more, every copy followed by one short line (its photo's caption) and the
    next copy right after it ("M. Rankin Photography" / "Ambassador Hakimi addresses the audience at the National
    Day celebration." / "M. Rankin Photography" / ...). A paragraph of text has no credit above it.

    >>> texts = ["Title", "AP Photo", "Talks open.", "AP Photo", "Delegates sit.", "AP Photo", "Done."]
    >>> sorted(gallery_captions(texts, [word_key(text) for text in texts]))
    [2, 4, 6]
    """
    where: dict[tuple[str, ...], list[int]] = {}
    for index, (text, key) in enumerate(zip(texts, keys)):
        if key and len(key) <= CREDIT_MAX_WORDS and not TERMINAL_PUNCTUATION.search(text):
            where.setdefault(key, []).append(index)
    captions: set[int] = set()
    for places in where.values():
        evenly = all(later - earlier == 2 for earlier, later in zip(places, places[1:]))
        if len(places) >= FIELD_VALUE_REPEATS and evenly:
            after = [index + 1 for index in places if index + 1 < len(texts)]
            captions.update(index for index in after if len(texts[index].split()) <= GALLERY_CAPTION_MAX_WORDS)
    return captions


def _is_paragraph_of_text(text: str) -> bool:
    """A finished sentence of :data:`TEASER_WORDS` words or more that is no heading: a paragraph of text."""
    return bool(TERMINAL_PUNCTUATION.search(text)) and len(text.split()) >= TEASER_WORDS and not is_heading(text)


def _teasers_above_the_text(texts: list[str], keys: list[tuple[str, ...]], is_teaser: list[bool]) -> list[bool]:
    """Keep as teasers only those above the text, or lifted from a longer paragraph further down.

    A teaser stands above the text it announces. Once a paragraph of text has begun the page, a paragraph
    printed again further down, whole or cut short (a quote repeated, an embedded post, a fragment), is the
    text itself; only one whose words recur inside a longer later paragraph is still an extract of it (a
    pull quote), and one printed twice in a row is the same paragraph doubled (one copy goes). A paragraph under a
    sentence of text that ends on a colon ("... in Macleans magazine on this issue. ... I quote:") is the quotation
    it announces, quoted again further down, not an extract.
    """
    kept = list(is_teaser)
    text_begun = False
    for index, text in enumerate(texts):
        doubled = index + 1 < len(keys) and keys[index + 1] == keys[index]
        if kept[index] and text_begun and not doubled:
            announced = index > 0 and _announces_a_quotation(texts[index - 1])
            kept[index] = not announced and _lifted_from_longer(keys[index], keys[index + 1 :])
        text_begun = text_begun or not kept[index] and _is_paragraph_of_text(text)
    return kept


def _announces_a_quotation(text: str) -> bool:
    """A sentence of text that ends on a colon, opening what it quotes ("The article is entitled ... I quote:")."""
    return text.rstrip().endswith(":") and len(text.split()) >= TEASER_WORDS and not is_heading(text)


def _lifted_from_longer(key: tuple[str, ...], later: list[tuple[str, ...]]) -> bool:
    """Most three-word runs of ``key`` recur in one later unit with more words (:data:`EXTRACT_MAX_SHARE`): an
    extract of that unit."""
    runs = {key[i : i + 3] for i in range(len(key) - 2)}
    for other in later:
        if len(key) <= EXTRACT_MAX_SHARE * len(other) and runs:
            other_runs = {other[i : i + 3] for i in range(len(other) - 2)}
            if len(runs & other_runs) >= TEASER_OVERLAP * len(runs):
                return True
    return False
