"""Furniture in other languages: the kinds of page furniture the English rules catch, in the words of the other
languages written in Latin script on the project's pages.

Pages in German, French, Spanish, Portuguese, Italian, Turkish or Indonesian stay in the text (only other scripts are set
aside), and their sites print the same furniture as English sites, in their own words: the English rules of
:mod:`analysis.text.cleaning_furniture` and :mod:`analysis.text.cleaning_trailers` do not read them. Each rule here is
a set phrase of one kind, in several languages, never a site's wording:

- a **link to another story**: its label, perhaps after a ">>" arrow, before a headline without final punctuation
  (">> Lire aussi : Les talibans appellent ...", "Mehr dazu: Seehofer fordert ...", "Leia também: ...", or the verb
  alone with its colon, "LEER: Estados Unidos y ..."; "Baca juga: ..." in Indonesian, whose headlines may end on an
  exclamation mark; "Citește și: ..." in Romanian; "you may be interested" and its colon, "Te puede interesar: ...",
  "Ti potrebbe interessare anche: ..."), as "Also read: ..." and "Read: ..." are in English;
- a **count of comments** alone on its line ("1 Kommentar", "3 commentaires", "0 comentarios", and "0 comments:"
  in English), or a blog's note that there are none ("No hay comentarios:", "Nenhum comentário:"): it heads the
  readers' comments, so after the text it starts the page trailer (:data:`COMMENT_COUNT`), as "3 Comments" does, and
  above the text it is no line of text either;
- a **comment form's notice** ("Il tuo indirizzo email non sarà pubblicato.", "Vaša email adresa neće biti
  objavljivana."), as "Your email address will not be published." is in English, or a blog's button to post a comment
  ("Postar um comentário", "Enregistrer un commentaire"), as "Post a Comment" is, a **call to follow the site** on a
  social network it names ("Pratite nas na našoj Facebook i Instagram stranici"), as "Follow us on Facebook" is, or
  for its latest news in Indonesian ("Follow ... WhatsApp Channel ... untuk mendapatkan berita-berita terkini ..."), a
  **prompt to subscribe** for the site's news ("Abonnieren Sie und bleiben Sie über die neuesten Nachrichten ...
  auf dem Laufenden."), as "Subscribe to our newsletter and stay updated ..." is, and an **advertisement's note** that the
  article goes on below it ("Artiklen fortsættes under billedet...", "Der Artikel wird unter der Anzeige
  fortgesetzt"), as "Story continues below" is;
- an **advertisement's label** alone on its line ("Reklama", "Anzeige"), as "Advertisement" is, and a **note that
  the story is developing** ("Správu budeme aktualizovať.", "Die Meldung wird aktualisiert."), as "This is
  developing news." is, and a **call to follow the site on Google News** ("Přidejte si PL do svých oblíbených zdrojů
  na Google Zprávy."), as "Follow us on Google News" is;
- a **consent notice** over an embedded service or in a cookie banner: the request for consent ("Wir benötigen Ihre
  Zustimmung um ... anzuzeigen"), its note that the service may collect personal data ("Unter Umständen sammelt ...
  personenbezogene Daten ...") and what a click on its button means ("Durch Klick auf "Akzeptieren" geben Sie Ihre
  Einwilligung ...", "En cliquant sur « Accepter », vous consentez ..."), as "By clicking ..., you consent" is in
  English, and a cookie banner's note that the site uses cookies ("Sitemizden en iyi şekilde faydalanmanız için
  çerezler kullanılmaktadır.", "Este sitio web utiliza cookies ..."), as "This website uses cookies ..." is, and its
  note that to browse on is to accept them ("Proseguendo nella navigazione accetti l'utilizzo dei cookie.");
- a **label of other stories** alone on its line ("À lire sur le même thème", "Articoli correlati"):
  after the text it starts the page trailer (:data:`OTHER_STORIES_LABEL`), as "Related stories" does (and
  "Mai multe din această categorie:" in Romanian, as "Other news in section");
- a **call for news tips** in the Scandinavian languages ("Tips oss:", "Har du tips ...? Send oss en e-post på: ..."),
  as "Do you have a groundbreaking story ...? Please reach us through news@..." is in English;
- the **credit of the agencies** a report drew on, alone on its line ("*Com informações da AFP", "Con información de
  EFE"), as "(With inputs from Agencies)" is in English, and the **label of the source** with its name ("Źródło: TVN24
  News in English, Reuters", "Fonte: BBC,", "Sumber: merdeka.com"), as "Source: ..." is;
- the **header and the notice of a UN press release in French**: the office that issues it ("Département de
  l'information • Service des informations et des accréditations • New York"; in English "Department of Public
  Information • News and Media Division • New York") and its notice to the press ("À l'intention des organes
  d'information • Document non officiel"), as "For information media. Not an official record." is in English;
- a **prompt to write to the editors** about the article: a short question on an error in it or remarks on it, and
  the call to report it ("Fehler im Artikel gefunden? Jetzt melden.", "Anmerkungen zum Beitrag? Hinweis an die
  Redaktion senden."; in English "Found an error? Let us know.");
- a **date stamp in figures with the label of its update**, the update's date given or lost by the extraction
  ("26.04.2018 - 06:07 | Son Güncellenme:", "08.06.2017 - Update : 11.06.2017"), as "Last updated: ..." is;
- a **date stamp written out in Hungarian**, year first ("2021. augusztus 7.", "Külföld :: 2021. augusztus 17. 15:32
  ::"), as "August 17, 2021 3:32 pm" is in English;
- the **start of a translation** a blogger forwards, on a line of its own ("Beginn der Übersetzung:", "Début de la
  traduction :", "Translation begins:"): as under an English announcement ("The text is translated below:",
  :mod:`analysis.text.cleaning_reposts`), the blogger's introduction above it goes.
"""

from __future__ import annotations

import re

#: A count of the comments below, alone on its line: a figure and the word for comments, perhaps with a colon.
COMMENT_COUNT = re.compile(
    r"^\d+\s+(comments?|kommentare?|commentaires?|comentarios?|comentários?|commenti|commento|yorum(lar)?)\s*:?$"
    # none yet, as a blog prints it in its language ("No hay comentarios:", "Nenhum comentário:"), as "No comments:"
    r"|^(no hay|sin|nenhum|sem|aucun|keine|nessun) (comentarios?|comentários?|commentaires?|kommentare|comment[oi])\s*:$",
    re.IGNORECASE,
)

#: A label of other stories alone on its line, in another language: French, German, Italian, Spanish, Portuguese,
#: Danish, Dutch, Romanian.
OTHER_STORIES_LABEL = re.compile(
    r"^([àa] lire (aussi|également|sur le même (thème|sujet))|(articles|sur le même) (similaires|thème|sujet)"
    r"|(weitere|ähnliche) (artikel|beiträge|nachrichten)|das könnte sie auch interessieren"
    r"|(articoli|notizie) correlat[ie]|potrebbe interessarti( anche)?"
    r"|(noticias|artículos|notas) relacionad[ao]s|(notícias|matérias|artigos) relacionad[ao]s"
    r"|relaterede artikler|læs også|gerelateerde artikelen|lees ook"
    # Romanian: "Mai multe din această categorie:", as "Other news in section" is in English
    r"|mai multe (știri |ştiri |articole )?din (această|aceasta) (categorie|secțiune|secţiune)"
    # the stories read most, as "Most Popular" is in English: Turkish, Spanish, Portuguese, French, German, Italian
    r"|en çok okunan(lar| haberler)?|(lo )?más leíd[oa]s?|(as )?mais lidas|les plus lus|meistgelesen(e artikel)?"
    r"|(i )?più letti)\s*:?$",
    re.IGNORECASE,
)

#: The label of a link to another story, in another language ("Lire aussi", "Leia também"; "Citește și" in Romanian).
LINK_LABELS = (
    r"lire aussi|[àa] lire aussi|voir aussi|mehr dazu|mehr zum thema|lesen sie auch|siehe auch"
    r"|leia também|veja também|lea también|lee también|ver también|leggi anche|vedi anche|ayrıca bakınız|baca juga"
    r"|cite[șş]te [șş]i"
)

#: The rule whose line opens a forwarded translation (the reposter's introduction above it goes).
TRANSLATION_START_RULE = "start of a translation"

#: Furniture in other languages, by kind; every pattern is matched against the line in lower case.
OTHER_LANGUAGE_PATTERNS: dict[str, re.Pattern[str]] = {
    "link to another story": re.compile(
        rf"^(>>|»)?\s*(({LINK_LABELS})\s*:?"
        # "you may (also) be interested" and its colon ("Te puede interesar: ...", "Ti potrebbe interessare anche: ...")
        r"|(te|le|ti|vi|lhe) (puede|podría|potrebbe|pode|poderá) interess?ar(e|te)?( también| anche| também)?\s*:"
        # the verb alone, as "READ: ..." in English, with its colon ("LEER: Estados Unidos y sus aliados ...")
        r"|(leer|lea|leia|lire|lesen|leggi)\s*:)\s+\S.{0,200}(?<![.;])$"
    ),
    "comment count": COMMENT_COUNT,
    # WordPress's notice over its comment form, in its translations
    "comment form": re.compile(
        r"^(il tuo indirizzo (e-?mail|di posta elettronica) non sarà pubblicato|votre adresse (e-?mail|de messagerie)"
        r" ne sera pas publiée|(deine|ihre) e-?mail-adresse wird nicht veröffentlicht|tu (dirección de )?correo"
        r"( electrónico)? no (será|se) publica|o seu (endereço de )?e-?mail não será publicado"
        r"|e-posta (adresiniz|hesabınız) yayınlanmayacak|uw e-?mailadres wordt niet gepubliceerd"
        r"|din e-?mail(adresse)? (vil|bliver) ikke (blive )?(offentliggjort|publiceret)"
        # in Serbian, Croatian and Bosnian ("Vaša email adresa neće biti objavljivana."), Polish, Czech, Slovak,
        # Hungarian, Romanian and Indonesian, and the note on its required fields ("Neophodna polja su označena sa *")
        r"|vaša (e-?mail )?adresa( e-pošte)? neće biti objavlj\w*|twój adres e-?mail nie zostanie opublikowany"
        r"|vaše e-?mailová adresa nebude zveřejněna|vaša e-?mailová adresa nebude zverejnená"
        r"|az e-?mail( cím)?et nem tesszük közzé|adresa ta de e-?mail nu va fi publicată"
        r"|alamat email anda tidak akan dipublikasikan|(neophodna|obavezna|obvezna) polja su označena)\b"
        # a blog's button to post a comment, alone on its line ("Postar um comentário", "Enregistrer un commentaire"),
        # as "Post a Comment" is in English
        r"|^(publicar|postar|enregistrer|poster|pubblica|posta) (un|um|uma) (comentario|comentário|commentaire|commento)$"
        r"|^kommentar (veröffentlichen|schreiben)$"
    ),
    # the note in an advertisement's or a picture's place that the article goes on below it
    "advertisement": re.compile(
        r"^((der )?artikel (geht|wird) (unter|nach) (der|dem) (anzeige|werbung|bild)\w* (weiter|fortgesetzt)"
        r"|weiter nach der (anzeige|werbung)|artiklen fortsætte[rs] (under|efter) \w+"
        r"|l'article continue (ci-dessous|sous|après) .{0,20}|l'articolo continua (sotto|dopo) .{0,20}"
        r"|(el )?artículo continúa (debajo|abajo|después) .{0,20}|a matéria continua (abaixo|após) .{0,20}"
        r"|artikel(en)? fortsätter (nedan|under|efter) .{0,20})[.…]*$"
        # or the advertisement's label alone on its line, as "Advertisement" is ("Reklama", "reklama", "Anzeige")
        r"|^-?\s*(reklama|reklam|anzeige|werbung|publicidad|publicité|pubblicità|publicidade|advertentie|iklan)\s*-?$"
    ),
    # a call to follow the site on Google News, the service named in the language of the page, the call's first
    # sentence ending on the name, perhaps with a short thanks after it ("Přidejte si PL do svých oblíbených zdrojů na Google Zprávy. Děkujeme."), as
    # "For Latest Updates Follow us on Google News" is in English
    "call to follow on google news": re.compile(
        r"^[^.!?]{0,120}\bgoogle (zprávy|správy|nachrichten|actualités|noticias|notícias|notizie|wiadomości|hírek"
        r"|haberler|berita|nieuws|tin tức)\s*([.!]\s*[^.!?]{0,20}[.!]?)?$"
    ),
    # a call to follow the site on social networks, a network named ("Pratite nas na našoj Facebook i Instagram
    # stranici, kao i na X nalogu."), as "Follow us on Facebook | Twitter" is in English, or to follow it for the latest
    # news in Indonesian ("Follow Suara.com untuk mendapatkan informasi terkini."), as "Follow us ... for latest news"
    "call to follow the site": re.compile(
        r"^(pratite nas|zapratite nas|folgen sie uns|folge uns|suivez-nous|síguenos|seguici|siga-nos|segue-nos"
        r"|śledź nas|sledujte nás|sledujte nas|volg ons|følg os|följ oss|ikuti kami)\b[^.!?]{0,120}"
        r"\b(facebook|instagram|twitter|telegram|youtube|tiktok|whatsapp|linkedin)\b[^.!?]{0,80}[.!]?$"
        r"|^(follow|ikuti)\b([^.!?]|\.(?=\w)){0,80}\buntuk mendapatkan (informasi|berita)[^.!?]{0,30}\bterkini\b"
    ),
    # a prompt to subscribe for the site's news ("Abonnieren Sie und bleiben Sie über die neuesten Nachrichten ... auf
    # dem Laufenden."), as "Subscribe to our newsletter and stay updated on the latest news ..." is in English
    "subscription prompt": re.compile(
        r"^(abonnieren sie|abonniere|abonnez-vous|suscríbete|suscríbase|iscriviti|assine|pretplatite se|zasubskrybuj)"
        r"\b[^!?]{0,150}\b(nachrichten|newsletter|actualités|noticias|notizie|notícias|vesti|vijesti|wiadomości)\b"
        r"[^!?]{0,100}[.!]?$"
    ),
    # a note that the story is developing and will be updated, alone on its line ("Správu budeme aktualizovať.",
    # "Der Artikel wird aktualisiert."), as "This is developing news." is in English
    "note of a developing story": re.compile(
        r"^((správu|zprávu|článok|článek) (budeme )?(aktualizovať|aktualizovat|priebežne aktualizovať|průběžně"
        r" aktualizovat)|(der artikel|die meldung|dieser artikel) wird (laufend )?aktualisiert|(l'article|cet article)"
        r" (sera|est) (mis à jour|actualisé)|(la noticia|esta noticia) (será|se está) actualiza(da|ndo)"
        r"|(la notizia|l'articolo) (sarà|è in) aggiorna(ta|to|mento)|(a notícia|esta notícia) (será|está sendo) atualizada"
        r"|haber güncelleniyor|berita ini (akan )?(terus )?diperbarui)[.…!]*$"
    ),
    # an embedded service's or a cookie banner's request for consent, its note on personal data, and its button's terms
    "consent notice": re.compile(
        r"^(wir benötigen (ihre|deine) (zustimmung|einwilligung)\b|nous avons besoin de votre (consentement|accord)\b"
        r"|(unter umständen )?(sammelt|erhebt) \S+ personenbezogene daten\b"
        r"|(by clicking|durch (einen )?klick auf|en cliquant sur|al (hacer clic|pulsar) en|cliccando su|ao clicar em)\b"
        r".{0,60}\b(you (agree|consent)|geben sie ihre (einwilligung|zustimmung)|willigen sie\b|stimmen sie\b"
        r"|vous (acceptez|consentez)|(acepta|aceptas|consientes?|acconsenti|accetti|concorda|aceita|consente)\b))"
        # a cookie banner's note that the site uses cookies, a line of 300 characters at most
        r"|^(?=.{0,300}$).*\b(çerez(ler)?(i)? kullan\w*|(verwenden|nutzen|verwendet|nutzt) cookies"
        r"|utilis\w* (des |les )?cookies|(utiliza|utilizamos|usa|usamos|utilizza|utilizziamo) (i |os |las )?cookies?"
        r"|menggunakan cookies?)\b"
        # its note that to browse on is to accept them ("Proseguendo nella navigazione accetti l'utilizzo dei cookie.")
        r"|^(?=.{0,300}$)(?=.*\bcookies?\b).*\b(by continuing to (browse|use)|if you continue (to browse|browsing|to use)"
        r"|proseguendo (la|nella) navigazione|continuando (a navigare|la navigazione|navegando|a navegar)"
        r"|si continúa navegando|en poursuivant (votre )?navigation|wenn sie (die (seite|website) )?weiter (nutzen|surfen))\b"
    ),
    # the credit of the agencies a report drew on, alone on its line ("*Com informações da AFP", "Con información de
    # EFE"), as "(With inputs from Agencies)" is in English
    "credit of the agencies drawn on": re.compile(
        r"^[*(\[—–-]*\s*(com informações|con información|avec des informations|con informazioni)"
        r" (da|de|do|das|dos|del|de la|des|dell'|della|dello) [^.!?]{1,60}?\)?$"
    ),
    # the label of the source a page credits, with its name ("Źródło: TVN24 News in English, Reuters", "Fonte: BBC,"), as
    # "Source: 1News" is in English
    "credit of the source": re.compile(
        r"^[—–(\[*-]*\s*(źródło|źródła|sumber|fuente|fuentes|fonte|fontes|quelle|quellen|forrás|kaynak|bron|källa|kilde"
        r"|lähde|zdroj|izvor|sursa|nguồn)\s*:\s*\S.{0,60}$"
    ),
    # a newsroom's call for tips, in the Scandinavian languages: its label alone ("Tips oss:") or the question with the
    # address to write to ("Har du tips eller innspill til denne eller andre saker? Send oss en e-post på: ..."), as
    # "Do you have a groundbreaking story ...? Please reach us through news@..." is in English
    "call for news tips": re.compile(
        r"^(tips oss|tipsa oss|tip os)\s*:?$|^har du (et |ett )?tips?\b[^?]{0,80}\?.{0,200}@"
    ),
    # the office that issues a UN press release, over it, and its notice to the press, under it, in French ("Département
    # de l'information • Service des informations et des accréditations • New York", "À l'intention des organes
    # d'information • Document non officiel"), as "For information media. Not an official record." is in English
    "UN press release's header or notice": re.compile(
        r"^(département|department) (de l['’]information|de la communication globale|of (public )?information"
        r"|of global communications)\b[^.!?]{0,120}\bnew york\W*$"
        r"|^(à|a) l['’]intention des (organes|médias) d['’]information\b\W*(document non officiel\W*)?$"
        r"|^document non officiel\W*$"
    ),
    # a prompt to write to the editors: a short question on an error in the article or remarks on it, and the call to
    # report it ("Fehler im Artikel gefunden? Jetzt melden.", "Anmerkungen zum Beitrag? Hinweis an die Redaktion senden.")
    "prompt to write to the editors": re.compile(
        r"^[^.!?]{0,30}\b(fehler|anmerkung(en)?|hinweise?|korrektur(en)?|error|mistake|typo)\b[^.!?]{0,30}\?\s*"
        r"(jetzt melden|(einen )?hinweis an die redaktion( senden)?|schreiben sie (uns|der redaktion)|report it|let us know"
        r"|tell us)\b[^.!?]{0,30}[.!]?$"
    ),
    # a date stamp in figures, perhaps with its time, and the label of its update, the update's date given or lost
    # ("26.04.2018 - 06:07 | Son Güncellenme:", "08.06.2017 - Update : 11.06.2017")
    "date stamp with its update": re.compile(
        r"^\d{1,2}[./]\d{1,2}[./]\d{4}([\s,|/–-]+\d{1,2}:\d{2}(:\d{2})?)?\s*[|/–-]\s*"
        r"(son güncell\w*|güncelle\w*|(last )?update[ds]?|aktualisiert|mis à jour|actualizad[oa]|atualizad[oa]"
        r"|aggiornat[oa]|diperbarui|bijgewerkt)\s*:?(\s*\d{1,2}[./]\d{1,2}[./]\d{4}([\s,|/–-]+\d{1,2}:\d{2}(:\d{2})?)?)?$"
    ),
    # a date stamp written out in Hungarian, year first, perhaps with its time, weekday and the section's name
    # ("2021. augusztus 7.", "Külföld :: 2021. augusztus 17. 15:32 ::"), as "August 17, 2021 3:32 pm" is in English
    "date stamp in Hungarian": re.compile(
        r"^(date \d{4}-\d{2}(-\d{2})?\s+)?([^\W\d_]{1,20}\s*::\s*)?\d{4}\.\s*(január|február|március|április|május"
        r"|június|július|augusztus|szeptember|október|november|december)\s+\d{1,2}\.(,?\s*\d{1,2}:\d{2})?"
        r"(,?\s*(hétfő|kedd|szerda|csütörtök|péntek|szombat|vasárnap))?(\s*(::|\|)\s*([^\W\d_]{1,20})?)?\s*$"
    ),
    # the label of a byline with the author's name alone, up to five words, perhaps an initial ("Redacción de: Karen
    # Rodríguez A.", "Autor: ČTK"), as "Written by: Hesamuddin Hesam" is in English
    "byline with its label": re.compile(
        r"^(written by|redacci[oó]n( de)?|redação( de)?|escrito por|reportaje de|autor|autora|auteur|por)\s*:\s*"
        r"[^\s.!?:;]+( [^\s.!?:;]+){0,4}\.?$"
    ),
    TRANSLATION_START_RULE: re.compile(
        r"^(beginn der übersetzung|anfang der übersetzung|début de la traduction|inicio de la traducción"
        r"|comienzo de la traducción|início da tradução|inizio della traduzione|translation begins"
        r"|(begin|beginning of|start of) (the )?translation)\s*:?$"
    ),
}


def other_language_furniture(line: str) -> str | None:
    """The kind of furniture in another language (or of a comment count) that ``line`` is, or None.

    >>> other_language_furniture("Mehr dazu: Seehofer fordert weiterhin Abschiebungen nach Afghanistan")
    'link to another story'
    >>> other_language_furniture("1 Kommentar"), other_language_furniture("Beginn der Übersetzung:")
    ('comment count', 'start of a translation')
    >>> other_language_furniture("Lire aussi le rapport de la mission, publié hier.") is None
    True
    """
    lower = line.lower()
    return next((rule for rule, pattern in OTHER_LANGUAGE_PATTERNS.items() if pattern.match(lower)), None)
