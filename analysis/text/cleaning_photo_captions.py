"""Photo captions and their credits: the lines under a picture, furniture wherever they stand.

A news page prints its pictures' captions among the paragraphs of the text, and the extraction keeps them as lines of
their own. Each rule names a kind of caption or credit, never a site:

- a caption by its opening or its end ("Photo of ...", "In this file photo taken ...", "... in Kabul in this file
  picture.") or by the mark of a wire photo ("FILE - Women wait to ...", "TOPSHOT - Afghan security forces arrive
  ..."), and a stock picture's mark alone on its line ("Representative Image.");
- a caption or title line that ends on its place and date with no full stop ("... in Kabul, March 6, 2011");
- a caption credited to an agency after its sentence or its date ("... in Kabul. AFP", "... 2021 (AFP).",
  "(HUSSEIN MALLA / AP)", "... [Anadolu Agency via Getty]", "... pandemic. – Bernama pic, January 13, 2022", "...
  Afghansistan. /Reuters/Stringer/", "... in Kabul, Afghanistan – Ebrahim Noroozi/AP", "... seen waiting. — AFP/File",
  "... on Dec. 21. (AFP/Wakil Kohsar)"), or
  whose credit the extraction lost ("... Afghanistan.Credit:"), an agency photographer's credit ("(AP Photo/Rahmat
  Gul)", "(Photo credit should read ...)", "... 2017.REUTERS"), and an agency's credit in brackets alone on its line
  ("(Reportagem da Reuters)", "(Str/Xinhua)");
- a press photo's caption marking where each person stands ("(C, Rear)", "(left)"), and a news photo's caption in the
  present tense ending on its day ("... Hamid Karzai answers reporters' questions ... in Kabul, Afghanistan,
  Sunday.");
- a caption glued to the text's first sentence, its credit in brackets between them ("... (19/02/2024). (Photo:
  AFP/Sanaullah Seiam) Indonesian Minister ..."): :data:`GLUED_CAPTION` cuts it off, and the sentence stays.

:data:`PHOTO_CAPTION_PATTERNS` is read by :mod:`analysis.text.cleaning_furniture` among the other furniture, in this
order; a paragraph of more than :data:`CAPTION_MAX_SENTENCES` sentences or :data:`CAPTION_MAX_WORDS` words is text, whatever
credit it holds, and so is a question (:func:`is_not_a_caption`).
"""

from __future__ import annotations

import re

from analysis.text.cleaning_dates import CAPITALISED_MONTHS, DATE, DATE_WITH_YEAR, RESOLUTION_BODY, WEEKDAYS

#: Agencies whose name alone, after a caption's sentence or its date ("… in Kabul. AFP", "… 2021 (AFP).", "… Kabul. (AFP/File)"),
#: credits a photograph; a wire credit glued to a body sentence comes after a dash or alone in brackets.
_PHOTO_AGENCY = r"(AFP|AP|EPA|Reuters|Getty Images|Xinhua|Anadolu( Agency)?|Bloomberg|dpa)"

#: Captions and credits of photographs, tried in this order.
PHOTO_CAPTION_PATTERNS: dict[str, re.Pattern[str]] = {
    "photo caption or credit": re.compile(
        # (in other languages too: "... fortsætte med. Foto: Ritzau Scanpix", "Bild: dpa", "... ngày 17.8. Ảnh: AFP")
        r"\b(photo|photograph|picture|credit|pic|foto|bild|imagen|immagine|imagem|ảnh)s?( courtesy)?\s*:\s*\S"
        r"|\(photo\)|^(photo|image|picture) of [^.!?]{0,200}$"
        # a stock picture's mark alone, as Indian agencies print it under a picture ("Representative Image.")
        r"|^representative (photo|image|picture)\.?$"
        r"|^(in )?this (file |handout )?(photo|picture|image|photograph)( \w+)? (taken|released|provided|shows)\b"
        r"|[.!?]credit:$"  # a caption whose credit the extraction lost, glued to its sentence ("... Afghanistan.Credit:")
        # a picture credited after its caption's sentence and a dash, perhaps with its date ("... pandemic. – Bernama pic,
        # January 13, 2022")
        r"|[.!?] [–—-] [^.!?–—]{2,40} (pic|photo)s?(, [^.!?]{0,25}\d{4})?$",
    ),
    # ... or naming it at the end of its sentence, perhaps with its date or its release ("Afghan men inspect inside a
    # mosque after a terror attack in Kabul in this file picture.", "... in Islamabad, Pakistan in this Aug. 24, 2004
    # file photo. Karzai won ...", "... in this photo released Wednesday."); its literal opening keeps the search fast
    "caption naming its photo": re.compile(
        r"in this ([a-z]{3,9}\.? \d{1,2}, \d{4},? )?(file |handout )?(photo|picture|image|photograph)( released \w+)?\.(\s|$)"
    ),
    # a wire photo's caption marked as an archive picture ("FILE - Women wait to receive food rations in Kabul, ...",
    # "FILE -- In this March 9, 2016 file photo, ...") or
    # as a picture of the day ("TOPSHOT - Afghan security forces arrive at the site of a car bomb attack ...")
    # (a pattern of its own, anchored and case-sensitive, so that other lines fail at their first character)
    "wire photo caption with its mark": re.compile(r"^(FILE|TOPSHOT)\s?(--|[-–—])\s"),
    # a caption of a scene, or a title line, that ends on its place and date with no full stop ("... in Kabul,
    # March 6, 2011", "... Intercontinental Hotel, Kabul, 5 July 2018", "... in front of a mural in Kabul on August 17, 2021");
    # not a resolution's body meeting on its date, which opens the resolution's sentence
    "line ending on a place and date": re.compile(
        rf"^(?!.*[.!?]\s)(?!{RESOLUTION_BODY.pattern[1:]})[A-Z].{{20,200}}(,| on)\s+{DATE_WITH_YEAR}$"
    ),
    # a pattern of its own, case-sensitive; a caption opens on a capital: a line that opens on words in lower case and
    # ends on a credit carries on a sentence of the text ("world lacked objective judgment ... in this respect.
    # Xinhua"; a date stamp, "date 2021-08-26", is no word)
    "photo credit after a caption": re.compile(
        r"^(?![a-z]+ [a-z]).*(?:"
        # after the caption's sentence: an agency ("... in Kabul. AFP", "... AP Photo"), the photographer ("... on Capitol Hill. Photo
        # by Amanda Voisard/REUTERS", "Photos by ..."; in other languages, a capitalised name: "... del país. Foto de
        # EFE", "Foto von Visual People"), or an agency's photo in brackets ("... 2021. (PTI Photo)");
        # one group after the sentence's end, so that each full stop of a text is tried once
        rf"[.!?][\"”’]?\s+({_PHOTO_AGENCY}( Photo)?\.?|(?i:photo(graph)?s?|pictures?|images?) (?i:by|courtesy( of)?) [^.!?]{{2,60}}"
        r"|Foto (?:de|di|von|por) [A-Z][^.!?]{1,40}"
        # the photographer and the agency after a slash: "... is pictured in Berlin. Sebastian Kahnert/dpa"
        rf"|[A-Z][\w'’-]+( [A-Z][\w'’-]+){{1,2}}\s?/\s?{_PHOTO_AGENCY}\.?"
        r"|\(\s?[A-Z][\w&.-]{0,20}( [A-Z][\w&.-]{0,20})? (?i:photo|file photo|pic|picture)s?\s?\)\.?)$"
        rf"|\d{{4}}\s*(\({_PHOTO_AGENCY}\)|{_PHOTO_AGENCY})\.?$|\((?i:photo|photograph|image|picture) by\b"
        # the photographer, perhaps a pool, and the agency: "(HUSSEIN MALLA / AP)", "(ANDREW HARNIK/POOL/AFP via Getty Images)"
        rf"|\([A-Z][A-Z .'’-]{{1,40}}(\s?/\s?[A-Z]{{2,10}})*\s?/\s?{_PHOTO_AGENCY}( via Getty Images)?\)\.?$"
        rf"|[.!?]\s+\({_PHOTO_AGENCY}\s?/\s?Files?\)$"
        # the agency in square brackets, perhaps after the photographer or via an archive ("... [Anadolu Agency via Getty]"),
        # or with its "Photo", as "(AP Photo/...)" is written ("... 17 Agustus 2021 [Rahmat Gul/AP Photo]")
        rf"|\[[^\[\]]{{0,40}}{_PHOTO_AGENCY}( (?i:photos?)| via Getty( Images)?)?\]\.?$"
        rf"|[.!?]\s+(?i:(file )?photo)\s?[|/]\s?{_PHOTO_AGENCY}\.?$"
        # the agency after a slash, perhaps with its photographer after another ("... on August 16, 2021. / Reuters",
        # "... hanya kendalikan Afghansistan. /Reuters/Stringer/")
        rf"|[.!?]\s*/\s?{_PHOTO_AGENCY}(\s?/\s?[A-Z][\w.'’ -]{{1,40}}?)?\s?/?$"
        # or after a dash: the photographer and the agency ("... in Kabul, Afghanistan – Ebrahim Noroozi/AP"), or the
        # agency's archive ("... seen waiting. — AFP/File"); a wire credit glued to a sentence names agencies only ("APP/AFP");
        # or three or four names in capitals between slashes, the photographer, the agency and its archive ("... en Kabul
        # (archivo) - SAIFURAHMAN SAFI / NOTICIAS XINHUA / CONTACTOPHOTO", as "... / STRINGER / PAP/EPA" is)
        rf"|\s[–—-]\s?([A-Z][\w'’-]+( [A-Z][\w'’-]+){{1,2}}\s?/\s?{_PHOTO_AGENCY}|{_PHOTO_AGENCY}\s?/\s?Files?"
        r"|[A-Z][A-Z'’.-]+( [A-Z][A-Z'’.-]+){0,2}( ?/ ?[A-Z][A-Z'’.-]+( [A-Z][A-Z'’.-]+){0,2}){2,3})\.?$)"
    ),
    # an agency's credit in brackets alone on its line ("(Reportagem da Reuters)", "(Str/Xinhua)", "(AP Photo/Evan
    # Vucci)", "(Xinhua News Agency April 2, 2004)"): a line of text in brackets says more than fifty characters
    "agency's credit in brackets": re.compile(rf"^\((?=[^()]*\b{_PHOTO_AGENCY}\b)[^()]{{2,50}}\)\.?$"),
    # a photographer's credit closing the line, after the caption, glued to it or alone, by a dash or a full stop or
    # none ("... 2009. – Photo by Reuters.", "...Afghanistan.Photo by U.S. Marine Corps Sgt. Samuel Ruiz - Public
    # Domain", "... removed PHOTO by @UNICEF/Bidel", "Cover photo by James Longley. Used with permission."); in brackets
    # after a sentence's end ("... Aug. 18. (U.S. Marine Corps photo by Staff Sgt. Victor Mancilla)"), for in brackets
    # inside a sentence it may close one of the text ("... class of (NATO Training Mission Afghanistan photo by ...)");
    # the credit names someone, so it opens on a capital or a handle ("Photo by photo, the exhibition ..." is text)
    "photographer's credit closing the line": re.compile(
        r"^(?![a-z]+ [a-z]).*(\b(?i:photo(graph)?s?|pictures?) (?i:by) [A-Z@][^!?()]{1,59}"
        r"|[.!?]\s+\([^()]{0,40}\b(?i:photo(graph)?s?|pictures?) (?i:by) [A-Z@][^!?()]{1,59}\)\.?)$"
    ),
    # a press photo's caption marks where each person stands ("Zabihullah Mujahid (C, Rear) attends ...",
    # "Ahmad Massoud (c) at a meeting ...", "(2nd L)", "Abdulaziz Kamilov (left) meets ..."): after a word, never
    # after a number ("Items 20 (c)");
    # the bracket first, so that the search skips to it
    "caption marking positions": re.compile(
        r"\((?<=[A-Za-z'’.-] \()(?:[LRC]|[lrc]|\d(?:st|nd|rd|th) [LR]|[LRC], (?:[Ff]ront|[Rr]ear|[Bb]ack)"
        r"|(?:(?:second|third|far) )?(?:left|right)|cent(?:er|re))\) [a-z]"
    ),
    # a news photo's caption: one sentence in the present tense, a name and what the person is seen doing, ending on
    # the day ("Taliban spokesman Zabihullah Mujahid addresses a press conference in Kabul, ..., on Aug. 17, 2021.",
    # "... at the Presidential Palace in Kabul, Afghanistan, Sunday."); a full stop before a space ends a sentence,
    # unless it shortens a month ("Aug. 17")
    "caption in the present tense": re.compile(
        r"^[A-Z](?:[^.!?;:]|\.(?!\s)){0,120}?[A-Z][\w'’.-]*(\s\((?:left|right|cent(?:er|re)|[LRC])\))? (?:speaks|attends"
        r"|addresses|visits|answers|gestures|poses|looks on|listens|waits|arrives|ask|are seen|is seen|meets with"
        r"|shakes hands|greets) (?:[^.!?;]|\.(?!\s)|(?<=Jan|Feb|Mar|Apr|Aug|Sep|Oct|Nov|Dec)\.|(?<=Sept)\.){5,250}?"
        rf"(,|\bon|\bin)\s+((?i:{WEEKDAYS}),?\s+)?({DATE_WITH_YEAR}|{DATE}|(?i:{WEEKDAYS}))\.$"
    ),
    # an agency photographer's credit closing a caption: "(AP Photo/Rahmat Gul)", the credit a picture library asks for,
    # "(Photo credit should read SHAH MARAI/AFP/Getty Images)", an agency in capitals after the date ("2017.REUTERS")
    # (the bracket or the digit first, so that the search of other lines is a test of one character a position)
    "credit of an agency's photographer": re.compile(
        r"[(\d](?:(?<=\()(?:(?:AP|AFP|EPA|Reuters) Photo\s?/\s?[^()]{2,60}|(?i:photo credit should read) [^()]{2,80})\)\.?"
        r"|(?<=\d)\d{3}\.\s?(?:REUTERS|AFP|AP|EPA)(?:/[^./]{2,40})?)$"
        # or after the caption's last sentence, the agency in capitals over its photographer ("...  REUTERS/Jim Young")
        r"|\.\s{1,3}(?:REUTERS|AFP|AP|EPA)/[A-Z][\w.'’ -]{2,40}$"
    ),
    # ... or any credit in brackets after the caption's sentence, the photographer or the agency and another name after a
    # slash ("... on Dec. 21. (AFP/Wakil Kohsar)", "... 2012. (Kristina Truluck/U.S. Army)", "... (AP Foto/Ebrahim
    # Noroozi)"); an agency's initials glued to a sentence of the text are shorter ("... countries. (T/RE1)")
    "caption's credit in brackets with a slash": re.compile(
        r"^(?![a-z]+ [a-z]).*[.!?][\"”’]?\s+\(\s?[A-Z][^()/]{1,40}/[^()]{2,40}\)\.?$"
    ),
    # a caption in the present tense whose place and date need not end the line, tried last, after the narrower rules
    # ("Afghan President Hamid Karzai speaks at a meeting in Kabul October", "Qatari and Taliban officials speak during
    # a joint press conference ... in Doha, Qatar, in 2013."; "... is seen during ...", "... gestures in ..."), its verb
    # within the first sentence
    "caption of a scene with its place and date": re.compile(
        r"^[A-Z][^.!?]{0,120}? (gestures|speaks?|(is|are) seen|attends?|arrives?|looks on|listens|waves|poses?) "
        rf"[^.!?]{{0,160}}\b(in|at) [A-Z][^.!?]{{0,80}}\b((19|20)\d\d|({CAPITALISED_MONTHS})\b)"
    ),
}

#: A caption glued to the text's first sentence, its credit in brackets between them ("Afghan women weave a carpet ...
#: (19/02/2024). (Photo: AFP/Sanaullah Seiam) Indonesian Minister of Foreign Affairs, ..."): the caption's sentence,
#: its credit and the space after it, to cut off the text's first sentence; it is tried only on a line with a bracket.
GLUED_CAPTION = re.compile(
    r"^[A-Z][^()]*(?:\([^()]*\)[^()]*)?[.!?]\s?\((?i:photo|picture|image)s?\s?:[^()]{2,60}\)\s+(?=[A-Z])"
)

#: An agency's copyright glued to the end of the text's last sentence ("... to grasp local needs.© Thomson Reuters
#: 2022."): it is cut off and the sentence kept; it is sought only in a line with a "©", and a notice alone is furniture.
GLUED_COPYRIGHT = re.compile(r"(?<=\w[.!?]|[.!?][\"”’])\s?©\s?[A-Z][\w&.'’ -]{1,60}?\s\d{4}\.?$")

#: A caption or photo credit runs to this many sentences at most; a paragraph of more that holds a credit
#: ("... Cover photo: ...", a PDF page run into one line) is text.
CAPTION_MAX_SENTENCES = 3
#: ... and to this many words (the longest caption of the labelled pages has 56): a longer line is a caption with the
#: story's first paragraph run into it, as a blog's copy of an agency story prints it, and is text.
CAPTION_MAX_WORDS = 60
SENTENCE_END = re.compile(r"[.!?](\s|$)")
#: The caption rules that :data:`CAPTION_MAX_SENTENCES` limits.
CAPTION_RULES = frozenset(
    {
        "photo caption or credit",
        "caption naming its photo",
        "caption of a scene with its place and date",
        "caption marking positions",
    }
)


def is_longer_than_a_caption(line: str) -> bool:
    """More sentences (:data:`CAPTION_MAX_SENTENCES`) or words (:data:`CAPTION_MAX_WORDS`) than a caption holds: a
    paragraph of text that mentions a photo or runs on from one, not a caption."""
    return len(SENTENCE_END.findall(line)) > CAPTION_MAX_SENTENCES or len(line.split()) > CAPTION_MAX_WORDS


def is_not_a_caption(line: str) -> bool:
    """Longer than a caption (:func:`is_longer_than_a_caption`), or a question: a caption shows, it does not ask, so a
    line ending on a question mark that holds a credit's word is an interviewer's question under the outlet's name,
    as a transcript prints it ("BILD: Herr Mujahid, ... Können Sie uns sagen, ...?"; "Bild" is also a picture)."""
    return is_longer_than_a_caption(line) or line.rstrip().rstrip('"”’»').endswith("?")
