"""Web furniture: the lines of a web page that are furniture wherever they stand, read on their own.

Each rule names a kind of furniture, never a site or a document. Removed wherever they stand are:

- **navigation and stamps**: navigation crumbs (also a trail whose separators were lost, ending on the title cut
  short: "Home South African Dirco in talks ..."), an empty menu's note ("No menu items!"), skip links ("bottom of
  page", "3. Skip to more DW sites"), a web address alone on its line, a row of a table of fields ("rdf:type | |", "To
  | a@b.com |"), an archive's title with its page number ("Statements Archives - Page 20 of 24 - ..."), menus of links
  between bars, "last updated" stamps and update stamps with a time ("Update: 2022-08-12 19:38 GMT"), a parliament
  record's stamp of the sitting ("Part of the debate – in the Senedd at 3:07 pm on ..."), a stamp's label whose value
  the extraction lost ("Published" / "on", "Published by"), headlines stamped with a date after a dash ("... -
  22/07/2007") or under their age ("• 6 days Investment in renewables tanking"), a clock time on a line of its own
  ("7:35 p.m.") and a transcript's timecode ("0 – 35", "[00:01:23]"); a headline stamped with a clock time and a date
  ("... 09:30 PM | 14 Dec, 2020") is left to the heading rule, which sets it aside as well;
- **forms and prompts** (:mod:`analysis.text.cleaning_prompts`): comment forms, share buttons, cookie notices,
  subscription, newsletter and account prompts; here, a call to the reader to act for the site in one sentence
  ("Support our ... today.", "Like this article? share it ...", "Try Rev and save time ..."), a comment section's
  house rules and a call for story ideas ("Please keep your comments respectful ...", "... read our comment policy.");
- **captions and credits**: photo captions and their credits (:mod:`analysis.text.cleaning_photo_captions`), credit
  lines ("Reporting by ...", "Source: ...", "(With inputs from agencies)", a feed's "The post ... appeared first on"),
  copyright and fair-use notices, bylines ("By Catherine Putz", "Maira Mirza 7 Min Read", "... 13:58 IST By
  Metrovaartha A A A" with its text-size buttons), a masthead naming a news agency or a newspaper ("The Kabul Times.")
  or a news site's line under its name ("Get the latest news from around the world, ..."), a member's biography at
  the foot of a press release ("Congressman ... represents the 25th Congressional District of Texas and ...");
- **widgets and links**: page widgets ("Go to top", "Back to Press Releases", "Close this search box.", "Hi, what are
  you looking for?", "Exit mobile version", "Continue reading...", "More on Afghanistan", "Find more here: ...", zoom
  and font-size controls, "Select Language", "Play video", "Start of main content."), a player's or widget's note
  that its content did not load ("We apologize, but this video has failed to load.", "This advertisement has not
  loaded yet, ...", "Loading ..."), a speech's "Check against delivery!", an
  archive's banner ("Archived page: may contain outdated information!"), "See also" and "Read more:" links ("READ MORE
  The15-year-old girl ...", "Read more at The National Interest") and headlines marked as videos ("(Video) ..."), link
  prompts ("Click here ...", "Tap here ...", "Read the full statement here", "Read the full statement, in PDF
  format.", "To know more, please read:", "For a full list of resources, please click here."), a link to a file ending on
  its type and size ("(PDF | 5 pages | 320 kB)") and an editor's introduction closing on one ("... Read the transcript
  of the briefing here.");
- **residue and markers**: tags, editors' notes in square brackets, notes in italics ("*... heads the Bureau*"), markers of a quoted text ("Text
  begins:", "From the summary:", "See below for what they are saying:"), a reader's reply opening on the name it
  answers ("@CB He doesn't ..."), an editor's line announcing a reposted text ("... translation
  below.", "Below is the text of ..."), separators of punctuation alone ("#####"), a note's or an interjection's
  number alone ("({2})"), a German parliament record's stage directions ("(Beifall bei der LINKEN)"), a letter's subject line ("Re: ..."), a contact
  note ("For any inquiries, contact ...", "Public contact:", a telephone number alone, "Contact us:", "Please contact us if you would
  like to interview ...", "The correspondent can be contacted at: ...", a press office's numbers: "Tel: +93 ... - Mobile:
  ..."), an editor's note placing the
  text in a series ("This piece is part of ..."), a publisher's disclaimer of the text it carries ("Not an
  official record.", "This is a provisional translation.", "(The original version is on Parliament's site.)", a
  feed's "(This story has been published from ... feed, without modifications to the text)", a scraper's "Content
  was cut ..." and its "Read the original article: ..." link), HTML attributes and comments left by the extraction
  ("class = “cf”>", "<!--The Official Report ..."), the predicates of a linked-data record ("rdf:type"), lines of
  script (JavaScript), a server script's warning printed into the page
  ("Deprecated: ... on line 1744"), the name of an image or banner slot left in place of the picture
  ("banner11", a forum's "View attachment 769837"), a theme's placeholder text ("Lorem ipsum dolor ..."), a
  Russian outlet's footnote on an organisation banned there, a site's standards and "about" notes
  (:mod:`analysis.text.cleaning_site_notices`), document symbols on a line of their own ("SC/14464"), a PDF's
  table of contents ("Summary ...... 1").
"""

from __future__ import annotations

import re

from analysis.text.cleaning_dates import DATE_WITH_YEAR
from analysis.text.cleaning_photo_captions import CAPTION_RULES, PHOTO_CAPTION_PATTERNS, is_not_a_caption
from analysis.text.cleaning_prompts import FORM_AND_PROMPT_PATTERNS
from analysis.text.cleaning_site_notices import NOTICES_IN_LOWER_CASE, SITE_NOTICE_PATTERNS

#: Lines that are web furniture wherever they stand.
BOILERPLATE_PATTERNS: dict[str, re.Pattern[str]] = {
    # "Home / News / ...", perhaps after its label ("You are here: Home / Resources / ..."), or a trail whose separators
    # the extraction lost, ending on the title cut short ("Home South African Dirco in talks with other countries to ...")
    "navigation crumbs": re.compile(
        r"^(you are here\s*:\s*)?(home|главная|accueil)(\s*[/>»›|]\s*.+|\s(?-i:[A-Z])[^.!?]{3,200}(\.\.\.|…))$",
        re.IGNORECASE,
    ),
    # a menu of five entries or more between bars or dots ("World Video | Defence | Foreign Affairs | Trade | ...")
    # (possessive runs, so that a line with no bar in its first 40 characters fails at once)
    "menu of links": re.compile(r"^(?:[^.!?|•·]{1,40}+(?<=\s)[|•·](?=\s)){4,}[^.!?|•·]{1,40}+$"),
    # the title of an archive or a listing with its page's number ("Statements Archives - Page 20 of 24 - Islamic ...")
    # (the word first, and what stands before it looked behind, so that the search skips to the word)
    "page number of a listing": re.compile(r"page(?:(?<=^page)|(?<=\s[-–—|]\spage)) \d+ of \d+(?:\s[-–—|]\s|\.?$)"),
    # a stamp of the last update ("(Last Updated On: June 27, 2018)"), or of an update with its time in figures
    # ("Update: 2022-08-12 19:38 GMT"; "UPDATE: Today, ..." and "UPDATE #2, Aug. 31: ..." open a paragraph of text), or
    # of the first publication ("Story first published: Tuesday, August 31, 2021, 8:47 [IST]"), or of both, dated
    # ("published 3 December 2021 updated 23 February 2024")
    "last-updated stamp": re.compile(
        r"(^|\()\s*(last updated|updated on|published on|updated?\s*:\s*\d|((story|article|post) )?first published\s*:)"
        rf"|^published {DATE_WITH_YEAR},? (last )?updated {DATE_WITH_YEAR}$"
        # ... or a label's stamp dated to the minute ("Published: April 14, 2023, 6:26 a.m.")
        rf"|^published\s*:\s*{DATE_WITH_YEAR},? \d{{1,2}}[:.]\d{{2}}\s?[ap]\.?m\.?$",
        re.IGNORECASE,
    ),
    # a stamp's label whose value the extraction lost ("Published" / "on", the date between them gone; "Published by")
    # ... and a link's label without its address ("URL:")
    "stamp without its value": re.compile(
        r"^((published|posted|updated)(\s+(on|by|at))?|on|by|(url|link)(?=\s*:))\s*:?$", re.IGNORECASE
    ),
    # "This article was last updated ...", a mailing's "This information has recently been updated, and is now available."
    # ... and a newspaper's note of an old article's age ("This article was published 27/03/2025 (220 days ago), so
    # information in it may no longer be current.")
    "update note": re.compile(
        r"^this (article|page|post|story|information) (was|has) (last |recently )?(been )?updated\b"
        r"|^this (article|page|post|story) was published\b.{0,60}\bmay no longer be current\b",
        re.IGNORECASE,
    ),
    **FORM_AND_PROMPT_PATTERNS,
    # "Tags: Doha", or an empty list of tags with its count ("No tags 0")
    "tags": re.compile(
        r"^((tags|tagged( as)?|filed under|(in )?categories)\s*:\s*\S.{0,200}|no tags( \d+| in this (article|post|story)\.?)?)$",
        re.IGNORECASE,
    ),
    **PHOTO_CAPTION_PATTERNS,
    "credit line": re.compile(
        # ... also "Reports by Sabine Siebold and Robin Emmott; Additional reports from John Irish in Paris"
        r"^[—–([*-]*\s*((additional )?(reporting|reports|writing|editing) by\s[^.!?]{0,80}|(source|sources|via)\s*[:»]\s*\S.{0,60}"
        r"|(photo|image|picture) source\s*:.{0,100}"  # "* Image source: Zabihullah (Twitter ...)", "Photo source:"
        r"|(developed by|designed by|powered by|originally (posted|published) (on|in|by)|based on reporting by)"
        r"\s[^.!?;]{0,60}|(some )?information for this (report|article|story) (was )?(provided|contributed) by\s[^!?]{0,60}"
        r"|the post .{5,200} appeared first on [^.!?]{1,60}\.?|with (inputs from [^.!?()]{1,40}|agency inputs)\)?)$",
        re.IGNORECASE,
    ),
    # a sidebar headline (capitalised) under its age: "• 6 days Investment in renewables tanking" (not "6 days later")
    "age-stamped headline": re.compile(
        r"^([•·▪*-]\s*)?\d{1,3} (?i:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)(?i: ago)? "
        r"(?!(?i:ago|later|before|after|earlier|of|in|to|and|for|from|on|at|the|a|an|into|since|until|or|with)\b)"
        r"[A-Z][^.!?]*$",
    ),
    # ... the date perhaps in figures, as under a picture's alt text ("Relatives of hostages wait for news - 24/07/2007")
    "dated headline": re.compile(
        rf"^(?!.*[.!]\s).{{10,150}}\s[|–—-]\s*({DATE_WITH_YEAR}|\d{{1,2}}/\d{{1,2}}/\d{{4}})$"
    ),
    # a parliament record's stamp of the sitting a speech was given at ("Part of the debate – in the Senedd at 3:07 pm
    # on 14 September 2021.", "– in the House of Lords at 3:40 pm on 14 May 2014.")
    "stamp of a sitting": re.compile(
        rf"^((?i:part of the debate)\s*)?[–—-]\s*in the [A-Z][\w ]{{2,30}} at \d{{1,2}}[:.]\d{{2}}\s?[ap]\.?m\.? on "
        rf"{DATE_WITH_YEAR}\.?$"
    ),
    # ... not a parliament record's note of who presides, part of the record ("[Mr Speaker in the Chair]")
    "editor's note in brackets": re.compile(r"^\[(?![^\[\]]{1,60} in the Chair\]$)[^\[\]]{10,300}\]$"),
    # a parliament record's note that a member spoke out of turn ("Senator Kim Carr interjecting—"): the words are
    # not recorded, only who spoke
    # a Dutch parliament record's label of who speaks ("De voorzitter:", "De heer Ceder (ChristenUnie):", "Mevrouw Piri
    # (PvdA):") and its stamp of the sitting's start ("Aanvang 9.32 uur."): the record's frame, not the speech
    "Dutch record's speaker label": re.compile(
        r"^(De voorzitter|(De heer|Mevrouw) [A-Z][\w'’. -]{1,40} \([^()]{1,30}\)):$|^Aanvang \d{1,2}[.:]\d{2} uur\.?$"
    ),
    "interjection note": re.compile(r"^[A-Z][\w.’'-]*(?: [\w.’'()-]+){0,5} interjecting\s*[—–-]?$"),
    # a Canadian parliament record's label of the member who speaks, with party and riding ("Patrick Brown
    # Conservative Barrie, ON"), which the line under it, "Mr. Speaker, ...", must not be joined to
    "member's label": re.compile(
        r"^[A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){1,3} (?:Conservative|Liberal|NDP|Bloc Québécois|Green|Independent) "
        r"[A-Z][^.!?]{1,80}, (?:ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|YT|NT|NU)$"
    ),
    # a German parliament record's stage directions, in brackets: the house's applause, laughter or calls ("(Beifall
    # beim BÜNDNIS 90/DIE GRÜNEN ...)") and a member's call from the floor with the party in capitals ("(Dr. (DIE
    # LINKE): Nein!)"): the record's notes, not the speech
    "stage direction": re.compile(
        r"^\((?i:beifall|heiterkeit|lachen|zurufe?|widerspruch)\b[^()]{0,200}\)$"
        r"|^\([^()]{2,60}\([A-ZÄÖÜ0-9/ ]{2,30}\): [^()]{1,200}\)$"
    ),
    # a line set in italics between asterisks: an author's note or a signature ("*Tariq Ismail Mustafa heads Pejuang's
    # Foreign Affairs Bureau*", "*Zabiullah Mujahid*"); a date so set is left to the date rules
    "note in italics": re.compile(r"^\*[^*\s\d][^*]{2,300}(?<!\s)\*$"),
    "link to another page": re.compile(
        r"^(for (more|further) (details|information|news|updates)|(please )?(visit|go to|click here))\b.{0,120}"
        r"(https?://|www\.)\S*$"
        # a link's sentence alone on its line: "The full letter can be found HERE or below.", "... can be found here."
        r"|^[^.!?]{1,80}\bcan be (found|read|viewed|downloaded) (here|below)\b[^.!?]{0,80}[.!]?$",
        re.IGNORECASE,
    ),
    "page widget": re.compile(
        r"^(((go|back|scroll) )?to (the )?top( button)?|(close|open) (this )?(search|menu)( box)?"
        # a skip link's label, perhaps numbered in a list of them ("Skip to main content", "3. Skip to more DW sites")
        r"|(\d\.\s*)?skip to( the)? [\w ]{2,30}"
        r"|back to (the )?(all )?[\w’'-]+( [\w’'-]+){0,2}|exit mobile version|(hi, )?what are you looking for\?"
        r"|%d bloggers like this"  # a blog engine's "like" widget, its count left unfilled
        r"|no menu items!?|[a-z\d]+(_[a-z\d]+)+"  # a theme's empty menu; a code's or an image's name ("spot_img")
        # a translator's menu, a copy guard's alert, a video's button, a site's skip target and its bot check
        r"|select language|error: content is protected|play video|start of main content|verifying user"
        # a translation plugin's switcher ("Ce message est également disponible en : French, English") and a file's
        # link label ("Dokument downloaden", "Download PDF")
        r"|(this (post|page|article) is also available in|ce (message|article) est également disponible en) ?: [\w ,()]{2,80}"
        r"|(dokument|document|pdf) (downloaden|herunterladen)|download (the )?(document|pdf)"
        r"|\d+ users? (have|has) voted"  # a forum post's count of votes ("12 users have voted.")
        r"|short ?link|(top|bottom) of (the )?page"  # a short link's label; a site builder's skip links
        # a link to read on, perhaps to where the rest is ("Read the rest of the story on the governor's Medium page.")
        r"|(continue reading|read more|read the rest)( of (the|this) (story|article|post))?( (from|on) [\w .’'-]{1,40}| on)?"
        r"|see more"  # a link's label under the headline of a related story
        # a link to more of a topic or to a report elsewhere ("More on Afghanistan", "Find more here: Press Release",
        # "Read the BBC’s online report")
        # written as a link, with no full stop ("More on this message later." is a sentence)
        r"|more (on|from|about|in) [^.!?]{2,30}(?=$)|find (out )?more here\b[^.!?]{0,40}"
        r"|read the [^.!?]{2,30} (online |full )?(report|article|story)(?=$)"
        r"|\W{0,3}(see|show|view) all( \d+)? (search )?results"  # a search page's link to its full list of results
        r"|to continue reading\b[^.!?]{0,40}, (follow|click|visit)\b[^.!?]{0,60}"
        r"|(to )?read the full (text|statement|story|article|report|letter)( here| below)?"
        r"|read (the )?full (news|story|article) (in|at|on) (the )?(source|original)( page| site)?"  # an aggregator's link
        r"|search (for )?(this|the)( \w+)? (site|website)|no products in the (cart|basket)"
        r"|lorem ipsum dolor\b.*)\W*$"  # a theme's placeholder text, left unfilled
        r"|\b(allow zooming|zoom(ing)? in and out|ctrl \(cmd|(increase|adjust) (the )?(text|font) size|high contrast mode)\b",
    ),
    # a link to a file, ending on its type and size in brackets ("... Afghanistan (PDF | 5 pagina's | 320 kB)")
    "link to a file": re.compile(r"\((pdf|docx?|xlsx?|odt)\b[^()]{0,40}\b[\d.,]+ ?[km]i?b\)$", re.IGNORECASE),
    "link to another story": re.compile(
        r"^((see also|also read|read also)\b\s*:?|(read more|other news)\s*:)\s+\S.{0,200}(?<![.;])$"
        # "READ MORE The15-year-old girl that killed ...", "Read more at The National Interest": a headline or a site
        r"|^read more( (at|on|in))?\s+(?-i:[A-Z])[^.!?]{0,200}$"
        # a headline marked as a video's ("(Video) Humanitarian crisis looms ...", "WATCH: ...")
        r"|^(\((video|photos)\)|\[(video|photos)\]|(video|watch)\s*:)\s*\S.{0,200}(?<![.;])$"
        # a label of similar or related stories with its colon ("Related news:"), over their links or glued to one
        r"|^(similar|related) (news|stories|articles|posts)\s*:"
        # a scraper's link back to the page it copied: "Read the original article: History and the Recognition of ..."
        r"|^read the original (article|post|story)\s*:",
        re.IGNORECASE,
    ),
    "link prompt": re.compile(
        r"^((click|tap) here\b.{0,100}|(read|see|view|download|watch)\b[^.!?]{0,60}\bhere|to (know|learn|find out) more\b[^.!?]{0,40}"
        r"|learn more( about\b[^.!?]{0,60})?"  # a link's label alone: "Learn more about protections for medical personnel."
        # a link's sentence, read in one pass: "For a full list of resources, please click here."
        r"|[^.!?]{2,80}+(?<=click here)"
        r"|(the )?full (text|report|statement|transcript|video)\b[^.!?]{0,60}\bavailable\b[^.!?]{0,40}"
        r"|(read|download|listen to|watch)\b[^.!?]{0,60}\bin (pdf|mp3|mp4|audio|video) format"
        r"|download (a|the) pdf( copy| version)? of\b[^.!?]{0,80})[.:!]?$",  # "Download a PDF of the open letter ...:"
        re.IGNORECASE,
    ),
    # an editor's introduction that closes on a link to the transcript it stands over ("NATO officials held a press
    # conference on August 20, 2021 to discuss ... Read the transcript of the briefing here."): the transcript follows
    "introduction to a transcript": re.compile(
        r"[.!?]\s+read the (full )?transcript\b[^.!?]{0,60}\bhere\.?$", re.IGNORECASE
    ),
    # a player's or a widget's note that what it holds did not load ("We apologize, but this video has failed to load.",
    # "Try refreshing your browser, or", "This advertisement has not loaded yet, but your article continues below."), or
    # a site's note that one of its services is down ("We’re sorry, this service is currently unavailable. ...")
    # a site's banner to a reader whose browser it does not support ("Your browser is out of date, and may not be
    # compatible with our website. ...", "IE 11 is not supported. For an optimal experience visit our site on ...")
    "note of an unsupported browser": re.compile(
        r"^(your (web )?browser is (out of date|outdated|not supported)|(ie|internet explorer) ?\d{0,2} is not supported)\b"
        r"[^!?]{0,120}\b(our|this) (web)?site\b[^!?]{0,120}$"  # ... and naming the site it speaks for
        # or asking for a modern one ("The browser you are using is not supported. Please consider using a modern browser.")
        r"|^the browser you are using is not supported\b[^!?]{0,40}\bmodern browser\.?$"
    ),
    "note of content that did not load": re.compile(
        r"^((we apologi[sz]e|we(’|')?re sorry|we are sorry|sorry)\b[^.!?]{0,20}\b(this|the) (video|feature|content|player|media"
        r"|service)\b"
        r"[^.!?]{0,20}\b(failed to load|(is )?(currently )?(unavailable|not available))\b.{0,120}"
        r"|this (advertisement|ad|video|content) has not loaded yet\b.{0,80}|try refreshing your (browser|page)\b.{0,40}"
        r"|loading ?(\.\.\.|…))$"
    ),
    # a speech's note that the words spoken are what counts ("Check against delivery!"), and an archive's banner over
    # an old page ("Archived page: may contain outdated information!", "This is historical material “frozen in time”. The
    # website is no longer updated and links to external websites ... may not work.")
    "delivery or archive note": re.compile(
        r"^[\[(*]*\s*((please )?check against (the )?delivery|archived (page|content|article)\b[^.!?]{0,20}:[^.!?]{0,80}"
        r"|this is (historical|archived) material\b[^.!?]{0,40}\. (the|this) (web)?site is no longer updated\b.{0,120})\W*$"
    ),
    "feedback prompt": re.compile(
        r"^(was this (page|article|answer|information|post) (helpful|useful)|did you find this( page| article)? "
        r"(helpful|useful)|does this answer (the|your)( above)? question)\b.{0,20}$",
        re.IGNORECASE,
    ),
    # whom to ask for more, and how: "For any inquiries, contact ...", "For more information ..., please call:"
    "contact note": re.compile(
        r"^(for (any |further |media |press )*(inquiries|enquiries)\b"
        r"|for (more|further) information\b[^.!?]{0,60}\b(contact|call|e-?mail|write to)\b"
        # "If you require any further information, feel free to contact us:"
        r"|if you (require|need|have) any (further |more |other )?(information|questions|queries)\b[^.!?]{0,40}\bcontact (us|me)\b"
        # a contact's label ("Media contact: +1 ...", "Public contact:", "Contact us:"), and a telephone number alone ("or +1 (703) ...")
        r"|((media|press|public) (contacts?|enquiries|inquiries)|contact us)\s*:|((or|tel|phone|fax)\.?:?\s+)?\+\d[\d ()/.+-]{6,}$"
        # a telephone number with the press office's other contacts after it ("Tel: +93 ... - Mobile: ... - www...")
        r"|(tel|phone)\.?\s*:\s*\+?\d[\d ()/.+-]{6,}\s[-–|]\s.{0,150}$"
        # the writer's address under a story, after a colon ("The correspondent can be contacted at: ...")
        r"|the (correspondent|author|writer|reporter) (can|may) be (contacted|reached) at\s*:\s*\S.{0,60}$"
        # an address hidden by the site's e-mail guard, under its label ("Contact: [email protected]")
        r"|(contact|e-?mail)\s*:\s*\[email\s+protected\]$"
        # an offer of interviews: "Please contact us if you would like to interview WFP Afghanistan Country Director ..."
        r"|please contact (us|me)\b[^.!?]{0,20}\b(if you (would like|wish|want)|for (an )?interviews?|to (arrange|request))\b"
        # a site's e-mail address hidden from robots ("Email: This email address is being protected from spambots.")
        r"|([•·-]\s*)?(e-?mail\s*:\s*)?this e-?mail address is being protected from spambots\b)",
        re.IGNORECASE,
    ),
    # a publisher disclaiming the text it carries: "Not an official record.", "... is solely responsible for the
    # information contained therein", "This is a provisional translation.", "auto-generated from a syndicated feed"
    "publisher's disclaimer": re.compile(
        r"not (comprise |form )?(part of )?(an?|the) offici?al record|solely responsible for the (information|content)"
        r"|this is a provisional translation|auto-generated from a syndicated feed|might be of the point-in-time nature"
        # a government site's note of the government a page was published under ("This was published under the 2010 to
        # 2015 Conservative and Liberal Democrat coalition government")
        r"|^this was published under the \d{4} to \d{4} [^.!?]{0,80}government\.?$"
        # a scraper's note on the text it cut: "Content was cut in order to protect the source.Please visit the source ..."
        r"|content was cut in order to protect the source|visit the source for the rest of the (article|story|post)"
        # an aggregator's legal disclaimer: "MENAFN provides the information “as is” without warranty of any kind."
        r"|provides? (the|this|all) (information|content)\W{1,3}as is\W{1,3}without (any )?warrant"
        # a copy's note that the text's original is kept elsewhere: "House of Commons Hansard #74 of the 39th Parliament,
        # 2nd Session. (The original version is on Parliament's site.) The word of the day was military."
        r"|\(the original (version|text|record) is (on|at) [^)]{1,80}\)"
        # a feed's copy: "(This story has been published from Such TV feed, without modifications to the text)"
        r"|published from [^.]{0,40}\bfeed,? without modifications"
        # an outlet disowning an opinion it prints: "Any views expressed in this article are those of the author and not
        # of Thomson Reuters Foundation."
        r"|^(any |the )?(views|opinions) expressed in this (article|post|piece|commentary|column|blog) are (solely )?those"
        r" of the authors?\b"
        # a publisher's note on a text it reworked: "This article has been adapted from its original source."
        r"|^this (article|story|post) (has been|was) adapted from (its|the) original\b"
        # an open-access licence: "... distributed under the terms of the Creative Commons Attribution 4.0 ..."
        r"|\b(distributed|licensed|published) under (the terms of )?(an?|the) creative commons\b"
    ),
    **SITE_NOTICE_PATTERNS,
    # an editor's note placing the text in a series: "This piece is part of 19A: The Brookings Gender Equality Series."
    "series note": re.compile(r"^this (piece|essay|article|post|commentary|report) is (part|one) of\b", re.IGNORECASE),
    # a web address alone on its line: a link or a source, not a sentence
    "web address": re.compile(r"^(https?://|www\.)\S+$"),
    "letter subject line": re.compile(r"^(re|subject)\s*:\s+(?!.*[.!?]\s)\S.{0,200}$", re.IGNORECASE),
    "separator": re.compile(r"^\W+$"),  # a line of punctuation alone: "– .", "#####", "|"
    # a note's or an interjection's number left alone on its line ("({2})", "[3]")
    "note marker": re.compile(r"^[(\[{]{1,2}\d{1,3}[)\]}]{1,2}$"),
    # ... and a reprint's notice ("Copyright (c) 2023. RFE/RL, Inc. Reprinted with the permission of ...")
    "copyright notice": re.compile(r"©|all rights reserved|title 17 u\.?s\.?c|reprinted with (the )?permission of\b"),
    "text marker": re.compile(
        # perhaps numbered as a cable's paragraph ("2. Begin Text:")
        r"^(\d{1,2}\.\s+)?((full )?(text|statement|transcript) (begins|ends)|(begin|end)( of)? (the )?(full )?(text|statement|transcript)"
        r"|from the (summary|report|statement|text|letter)\s*:"
        # a collection's lead-in to the quotations it gathers: "See below for what they are saying:"
        r"|see below for (what|the) [^.!?]{0,40}:)\W*$",
        re.IGNORECASE,
    ),
    # an editor's line announcing the text it reposts: "The publication is reproduced in full below:", "Given below
    # is the text of a statement issued by ...", "Here we reproduce its conclusions ..."
    "repost announcement": re.compile(
        # the look-ahead first: one pass over the line finds "below" at its end before any word is tried
        r"^(?=.*below\s*[.:]?$).*(?<!\w)(?:reproduced|translation|translated|text|statement)(?!\w)[^.!?]{0,30}"
        r"(?<!\w)below\s*[.:]?$"
        r"|^(?:given )?below (?:is|are) the (?:full |complete )?(?:text|translation|transcript)s? of\b"
        r"|^here (?:we|i) (?:reproduce|republish)\b"
        # the text announced as shared here, ending on the colon that opens it: "The statement is shared here, unedited:"
        r"|^(?:the|this) (?:statement|text|letter|remarks|speech|transcript) (?:is|was) (?:shared|reproduced|republished"
        r"|posted|printed) here\b[^.!?]{0,30}:$"
    ),
    # (?<!\w) rather than \b before the words, so that the search can skip to their first letters
    "script": re.compile(r"(?<!\w)(?:function\s*\([^)]*\)\s*\{|(?:document|window|console)\.[a-z]\w*[.(])|\}\);"),
    "clock time": re.compile(r"^\d{1,2}[:.]\d{2}\s*([ap]\.?\s?m\.?)?$", re.IGNORECASE),
    # a transcript's timecode alone on its line, between the fragments of speech it marks ("0 – 35", "[00:01:23]")
    "timecode": re.compile(r"^[\[(]?(\d{1,2}\s?[:–—]\s?)?\d{1,2}\s?[:–—]\s?[0-5]\d[\])]?$"),
    # ... and a comment of the markup, opening on its mark ("<!--The Official Report of Parliamentary Debates ...")
    "markup residue": re.compile(r"^(<!--|<?[\w-]+\s*=\s*[\"“”'][^\"“”'<>]{0,40}[\"“”']\s*/?>$)"),
    # a predicate of a linked-data record, its vocabulary's prefix glued to its name ("rdf:type", "dcterms:Is Part Of",
    # "lpv:translated text"): the field names of a record's table, printed one a line
    "linked-data predicate": re.compile(r"^[a-z]{2,8}:[A-Za-z][A-Za-z ]{0,40}$"),
    # a PDF's table of contents, its entries led by dots to their page numbers ("Summary ........ 1 Education ..."),
    # or to the line's end, the number cut off ("Civil Society Position Paper ..........")
    "table of contents": re.compile(r"\.{5}\s?\d{1,4}\b|\.{10}$"),
    "document symbol": re.compile(r"^[A-Z]{1,6}(/[A-Z0-9]+(\.\d+)*){1,4}$"),
    # "By Catherine Putz"; or an author with the post's reading time, "Maira Mirza 7 Min Read"
    "byline": re.compile(
        # "By Huseyn Hasanov – Trend:": the author and the agency after a dash
        r"^[Bb][Yy]:?\s+[A-Z][\w.'’-]*(\s+(and\s+|&\s+)?[A-Z][\w.'’-]*){0,5}(\s[–—-]\s[A-Z][\w.'’-]*:?)?$"
        # a news agency's name alone before a dash, over each post's text ("IANS -"): the story's source, no place
        r"|^[A-Z]{2,5}\s[–—-]$"
        r"|^([A-Z][\w.'’-]*\s+){0,4}\d{1,3}\s+(?i:min(ute)?s?\s+read)$"
        # a speech's label, alone ("Remarks by") or with its speaker ("Statement delivered by Ms. Lila Del Colle, ...")
        r"|^(Statement|Remarks|Speech) (delivered )?by(\s+(Mr|Ms|Mrs|Dr)\.?\s+[A-Z].{0,150})?$"
        # a byline after its date stamp, with the buttons that size the text: "Saturday, May 14, 2016,13:58 IST By
        # Metrovaartha A A A"
        # (anchored on the date stamp, so that other lines fail at once)
        r"|^([A-Z][a-z]+, )?[A-Z][a-z]+ \d{1,2}, \d{4}, ?\d{1,2}:\d{2}( [A-Z]{2,4})? [Bb]y( [A-Z][\w.'’-]*){1,4} A A A$"
    ),
    # a row of a table of fields, its cells short and holding no sentence, closed by a bar: "rdf:type | |",
    # "Predicate | Value (sorted: default) |" (possessive, so that a line without a bar fails at once)
    # ... a cell may hold an e-mail address or a file's name, whose full stops end no sentence ("To | a@b.com |")
    # a reader's reply in a comment section, opening on the name it answers ("@CB He doesn't even realize ...")
    "reader's reply": re.compile(r"^@\w"),
    "row of a table of fields": re.compile(r"^(?:(?:[^|.!?]|\.(?=\w)){0,40}+\|\s*)++$"),
    # the name of an image or a banner slot left for the picture ("banner11", "IMG_2034.jpg"), a forum's link to an
    # attachment ("View attachment 769837"), a media library's id ("media:entermedia_image:c92c8772-b28f-..."), or a
    # file's name of five or more words in lower case joined, its story's ("juru-bicara-taliban-ejek-as-tak-bisa-...")
    "image or file name": re.compile(
        r"^([A-Za-z]+[_-]?\d+(\.(jpe?g|png|gif|webp))?|View attachment \d+|media:\w+:[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}"
        r"|[a-z0-9]+([-_.][a-z0-9]+){4,})$"
    ),
    # a script's warning printed into the page by the server ("Deprecated: preg_replace(): ... on line 1744")
    "server error message": re.compile(r"^(Deprecated|Warning|Notice|Fatal error|Parse error): .{0,400} on line \d+$"),
    "masthead": re.compile(  # anchored once, at the start, so that other lines fail at their first character
        r"^(?:(?i:[^.!?]{0,60}\b(news agency|news network|newspaper|news portal)\.?)"
        # a news site's line under its name: "Get the latest news from around the world, live coverage, ..."
        r"|(?i:get the latest (news|headlines) from\b[^.!?]{0,100}\.?)"
        r"|(The )?[A-Z][\w'’-]*( [A-Z][\w'’-]*){0,3} (Times|Post|Herald|Tribune|Observer|Express|Gazette|Chronicle)\.?)$"
    ),
    # a call to the reader, in one sentence, to act for the site that prints the page ("Support our Afghanistan
    # Emergency Response today.", "Follow our latest ... news via Google news", "Continue the conversation with #..."),
    # to share what it printed ("Like this article? share it ..."), or to try its service ("Try Rev and save time ...")
    # a member's biography at the foot of a press release: "Congressman Roger Williams represents the 25th
    # Congressional District of Texas and serves as ..."
    "member's biography": re.compile(
        r"^(congress(wo)?man|rep\.|representative|senator) [a-z.'’ -]{2,40} represents the "
        r"(\d+(st|nd|rd|th) (congressional )?district|(state|people) of)\b"
    ),
    "call to the reader": re.compile(
        r"^(?:(support|follow|join|help|visit|read|donate to) (our|us)\b[^.!?]{0,120}[.!]?"
        r"|continue the conversation\b[^.!?]{0,60}[.!]?|(liked?|enjoy(ed)?|found) this (article|story|post)\b.{0,60}"
        r"|try \w+ (and save|for free)\b.{0,80})$"
    ),
    # a comment section's house rules and a newsroom's call for story ideas ("Please keep your comments respectful and
    # relevant.", "KION 46 is committed to providing a forum for civil and constructive conversation.")
    "comment policy or story prompt": re.compile(
        r"(please keep (your )?comments\b|review our community guidelines|forum for civil and constructive"
        r"|tolerance for comments containing|(share|submit) a story idea|interested in your story suggestions"
        r"|comments will be moderated|moderation decisions are|read our comment policy)"
    ),
}

#: Rules written in lower case and matched against the line in lower case: the same answer as ignoring
#: case, found about twice as fast, since the search can skip to the literal first letters.
MATCHED_IN_LOWER_CASE = (
    frozenset(
        {
            "account dialog",
            "comment form",
            "comment form field",
            "cookie notice",
            "copyright notice",
            "delivery or archive note",
            "government site banner",
            "note of an unsupported browser",
            "note of content that did not load",
            "subscription or comment prompt",
            "page number of a listing",
            "page widget",
            "photo caption or credit",
            "caption naming its photo",
            "call to the reader",
            "member's biography",
            "comment policy or story prompt",
            "publisher's disclaimer",
            "repost announcement",
        }
    )
    | NOTICES_IN_LOWER_CASE
)


def furniture_rule(line: str) -> str | None:
    """The rule of :data:`BOILERPLATE_PATTERNS` that takes ``line`` for web furniture, or None.

    >>> furniture_rule("Leave a Reply"), furniture_rule("Home / News / Afghanistan")
    (None, 'navigation crumbs')
    """
    lower = line.lower()
    for rule, pattern in BOILERPLATE_PATTERNS.items():
        if pattern.search(lower if rule in MATCHED_IN_LOWER_CASE else line):
            if rule in CAPTION_RULES and is_not_a_caption(line):
                continue  # a paragraph that mentions its cover photo or runs on from a caption, or a question
            return rule
    return None
