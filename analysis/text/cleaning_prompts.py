"""Forms and prompts: the lines of a web page's forms, buttons and prompts, furniture wherever they stand.

They are part of :data:`analysis.text.cleaning_furniture.BOILERPLATE_PATTERNS`, in this order, at this place. Removed
wherever they stand are:

- comment forms (their fields, "Name*", "Website", and their spam-filter, log-in and
  moderation notes, "Comments are closed", a forum's "Not open for further replies." and a topic's
  counts ("This topic has 0 replies, ... and was last updated ...") and opening stamp ("Discussion in '...' started
  by ..."), "Join the conversation",
  "Discussion about this post", "comments powered by ...",
  "You must be logged in to post a comment.", "Comments are moderated ..."), a forum's greeting of a visitor and its
  log-in box ("Welcome, Guest.", "Forgot your password?"), the banner of a US federal site
  ("... safely connected to the .gov website"), share and print buttons ("Twitter icon", "Share it:", "Share.", "Like us on
  Facebook!"), cookie notices, subscription, membership,
  newsletter and app prompts ("Join the ... mailing list", "Are you getting our free newsletter?", "For the latest
  headlines, follow our ... channel", "Get ... News in your Inbox:", "Today’s top headlines delivered to you daily.") and
  a sign-up form's notes ("By subscribing, you ...", "Alert me about debates
  like this" and its error message), a mailing service's header ("... sent this bulletin at ..."), comment prompts
  ("Click to comment", a document viewer's "Please leave a comment to let me know what you think"),
  petition counters ("102 people have signed this petition."), feedback prompts ("Was this article
  helpful?"), archive blurbs ("Looking for more press releases? ..."), a site's account dialog and login prompt
  ("Don't have an account?", "Already have an account?", "Create a free PG account.", "You are not logged in."), and a
  site's accessibility controls ("Font size:", "Site colours:"), a document viewer's control ("Start display at
  page:"), and its greeting of its reader over an appeal ("Dear Reader,").

A call to the reader to act for the site and a comment section's house rules stay at the end of that table.
"""

from __future__ import annotations

import re

#: Lines of a form, a button or a prompt to the reader, by kind.
FORM_AND_PROMPT_PATTERNS: dict[str, re.Pattern[str]] = {
    "comment form": re.compile(
        r"(your email address will not be publish|required fields are marked|save my name, email"
        r"|this site uses akismet|how your comment data is processed|^comments are (closed\b.{0,20}$|moderated\b)"
        r"|see our comments faq)"
    ),
    # a comment form's fields, alone on their lines ("Name*", "Email *", "Website", "Your Comment"), and its log-in
    # note; anchored apart from the phrases above, so that the search of other lines fails at their first character
    "comment form field": re.compile(
        r"^((your )?(name|e-?mail( address)?|website|comment)\s?\*?\s?:?"
        r"|you must be (logged in|registered)\b.{0,30}\bto (post|leave|add) a (comment|reply)\b.{0,20}"
        # a forum thread or an item closed to replies, and a prompt to comment ("Join the conversation in the comments!")
        r"|not open for further replies\.?|join the conversation\b.{0,30}|commenting (has been|is) (disabled|closed)\b.{0,20}"
        # a forum topic's counts and its last update ("This topic has 0 replies, 1 voice, and was last updated ...")
        r"|([•·-]\s*)?this topic has \d+\b.{0,80}\blast updated\b.*"
        # the head of a theme's comment section, and a comment service's credit ("comments powered by Disqus")
        r"|discussion about this (post|article|story)|comments powered by \w+"
        # a forum thread's opening stamp: "Discussion in 'Global Affairs' started by Firebrand Mullah, Jul 14, 2012."
        r"|discussion in ['‘\"][^'’\"]{1,60}['’\"] started by\b.{1,80})$"
    ),
    "share buttons": re.compile(
        r"^((share|tweet|print|email|share (this|it)( article| story| post)?)\s*[:.!]?"
        r"|(click to )?share (on|via|with) \w+.{0,30}|(follow|like) us on\b.*|((adjust|comment|print|share|email)\s*){2,}"
        r"|[\w-]+ icon)$",
        re.IGNORECASE,
    ),
    # the banner of every US federal site: ".gov website belongs to an official government organization ..."
    "government site banner": re.compile(r"\.gov website( belongs to an official government organi[sz]ation|\.)"),
    # ... or any line of a cookie banner, in any language, that names them ("Cookie tecnici", "Uso de cookies", "I cookie
    # sono piccoli file di testo ..."): no labelled statement line does; a paragraph of text, longer, may
    "cookie notice": re.compile(
        r"(we use cookies|(this|our) (web)?site uses cookies|accept (all )?cookies|cookie (policy|settings|preferences))"
        r"|^(?=(?:\S++\s++){0,39}+\S++$).*?\bcookies?\b"
    ),
    "subscription or comment prompt": re.compile(
        r"^(please enter your (comment|name)|no comments|subscribe( to)?( our newsletter)?|sign up for .{0,40}"
        r"|please enter your name here|your comment|log ?in|sign in|post comments \(atom\)"
        # a forum's greeting of a visitor not logged in, and its log-in box ("Welcome, Guest.", "Forgot your password?")
        r"|welcome, guest|please (log ?in|sign in) or register|forgot (your )?password\?"
        # a forum's empty notice board over a thread ("No announcement yet."), a link to a story's comments
        r"|no announcements? yet|view (all )?comments( \(\d+\))?"
        r"|advertisement( \d{1,2})?(\W+scroll (down )?to continue( reading)?)?|(story|article) continues below( this ad\w*)?"
        r"|(log ?in|sign in|register) to (post|leave|add) (a )?comments?|(click to|add a|write a) comment"
        r"|please wait while we load .{0,30}comments\W*|please (register|log ?in|sign in)\b.{0,40}\bto comment\b.{0,30}"
        r"|this is (a )?developing (news|story).{0,60}|be the first to comment( on .{1,150})?"
        # a note that more of a developing story is to come ("Details shortly..", "More to follow.")
        r"|(more )?details (shortly|soon|to follow)(\.\.|…)?|more to follow)[!:.]?$|\bunsubscribe\b"
        r"|\b(support|shaping|fund|funding) (our|independent) journalism\b"
        # a charity's appeal for donations ("Please donate now to support CARE's life-saving work ...", "Donate today",
        # "Please give today, to help us provide ...") or its widget's button for a monthly gift ("Set up a regular
        # payment Donate")
        r"|^(please )?(donate|give) (now|today)\b|^set up a (regular|monthly) (payment|gift|donation)\W*(donate)?\W*$"
        # a site's appeal to its readers for small gifts ("Just $5 from everyone reading this would do it.")
        r"|^(just )?\$\d[\d.,]* from (everyone|every one of you|each of you|every reader)\b"
        # a document viewer's note over the file it shows: "... Please leave a comment to let me know what you think ..."
        r"|\bplease leave a comment to let (me|us) know\b",
    ),
    # anchored at the start, apart from the prompts above, so that the search of other lines fails at once
    "newsletter, petition or archive prompt": re.compile(
        r"^((join (the|our) .{0,40}(mailing( list)?|newsletter)|sign up to (receive|get)\b[^!?]{0,150}"
        r"|download (the|our) (mobile )?app(lication)?\b[^!?]{0,80}|subscribe to\b[^.!?]{0,80}\bnewsletter\b[^!?]{0,150}"
        r"|if you('d| would)( also)? like to (subscribe|sign up)\b[^!?]{0,150})[.!]?$"
        r"|(are you getting|do you get) our (free )?(\w+ )?newsletter\?$"
        r"|for the latest (news|headlines|updates)\b[^.!?]{0,40}, follow (us|our)\b"
        r"|looking for more [^.!?]{1,40}\?|explore our (full |complete )?[\w ]{0,30}archive\b"
        r"|get [^.!?]{1,40} in your inbox\W*$"  # "Get Rediff News in your Inbox:"
        # "Get top stories and blog posts emailed to you each day.", "Get the news updates on WhatsApp & Telegram by
        # subscribing to our channels. ...", and a newsroom's call for stories ("Do you have a groundbreaking story you
        # would like us to publish? Please reach us through ...")
        r"|get [^.!?]{1,40} (emailed|delivered|sent) to you\b[^.!?]{0,30}[.!]?$"
        # news delivered to the reader, without the "get" ("Today’s top headlines delivered to you daily.", "Delivered
        # straight to your inbox three times weekly, this curated briefing provides ..."), and the box's label alone
        r"|([^.!?]{0,40}\b(headlines|news|stories|briefing|must-reads)\b[^.!?]{0,20} )?delivered (straight |right "
        r"|directly )?to (you|your inbox)\b[^!?]{0,200}$|(our|the) newsletter:?$"
        r"|get [^.!?]{1,40} on (whatsapp|telegram|google news)\b[^.!?]{0,40}\bsubscribing\b[^!?]{0,200}$"
        r"|do you have an? [^.!?]{0,30}\bstory\b[^.!?]{0,60}\? please (reach|contact|e-?mail|write to|send)\b[^!?]{0,120}$"
        # "For more news, be the first to receive our newsletter straight to your inbox!"
        r"|([^.!?,]{1,30}+, )?be the first to (receive|get) [^.!?]{0,80}\b(newsletter|inbox|updates)\b[^.!?]{0,40}[.!]?$"
        r"|\d[\d,]*( people| supporters)? (have )?signed( this petition)?[.!]?( [^.!?]{0,40}!)?$"
        # a sign-up form's notes: "By subscribing, you ...", "You are subscribed to ...", "Alert me about debates like
        # this" and its error message
        r"|by subscribing, you\b[^.!?]{0,80}[.!]?$|you are (now )?subscribed to\b|alert me (about|when)\b[^.!?]{0,60}$"
        # a mailing service's header: "U.S. Department of Defense sent this bulletin at 03/09/2013 02:14 PM EST"
        r"|.{1,80}? sent this (bulletin|newsletter|message) at\b"
        r"|there was an error (while )?trying to (send|submit) your (request|form|subscription)\b[^!?]{0,40}$)",
        re.IGNORECASE,
    ),
    # a site's greeting of its reader alone on its line, opening its appeal to subscribe or to give ("Dear Reader,",
    # "Kedves Olvasónk!" over "Elindult hírlevelünk ..."): a letter's salutation names someone ("Dear Secretary-General,")
    "greeting of the site's reader": re.compile(
        r"^(dear|kedves|liebe|lieber|cher|chère|chers|querido|querida|caro|cara|drogi|drodzy|milí|dragi) (readers?"
        r"|olvasó(nk|ink)?|leser(in|innen)?( und leser)?|lecteurs?|lectrices?|lectores?|lettori|lettore|czytelni\w*"
        r"|čtenáři|čitaoci|čitatelji)\s*[,!:]?$",
        re.IGNORECASE,
    ),
    # a site's accessibility controls, their labels alone on their lines ("Font size:", "Site colours:"), or its
    # buttons for the text's size alone ("A A A", "A- A A+")
    "accessibility controls": re.compile(
        r"^(font size|text size|site colou?rs)\s*:?$|^(a[-+−]?\s+){1,3}a[-+−]?$", re.IGNORECASE
    ),
    # a document viewer's control, its label of a few words ending on "page:" alone, the box for the page's number lost
    # ("Start display at page:"): a line of text that names a page gives its number ("See page 4:")
    "document viewer's control": re.compile(r"^([^\W\d]+ ){1,4}page\s*:$", re.IGNORECASE),
    # a site's account dialog printed into the page (registering, a code sent, a password reset, its buttons): "Enter
    # the email address you registered with and ...", "We have sent a verification code to your email address. ...",
    # "The password must be at least 12 characters long, ...", "Click the button to return to the page you were on ..."
    "account dialog": re.compile(
        r"^(enter (the|your) e-?mail( address)? you registered with\b|we('ve| have) sent (you )?an? (verification|"
        r"confirmation|reset) (code|link|e-?mail)\b|(the|your) (new )?password must\b|click (on )?the button\b"
        r"|(don['’]?t|do not)( you)? have an account\b|already have an account\b|create an? (free )?(\w+ )?account[.!]?$"
        # its note to a reader not logged in, perhaps with what that means ("You are not logged in. Your IP address ...")
        r"|you are not (currently )?(logged|signed) in\b([.!][^!?]{0,200})?$)"
    ),
}
