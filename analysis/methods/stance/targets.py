"""The nine targets of the codebook and the words that name them.

A target is what a sentence can be for or against (codebook: ``analysis/data/stance_codebook.md``).
Each target has a list of term patterns, matched on normalised text (lower case, hyphens as spaces,
no quotes). A term's polarity is -1 when it names the target's opposite ("interference" is the
opposite of Afghan ownership), so a stance on it is a stance against the target.
"""

from __future__ import annotations

#: The targets, in the order of the book's tables.
TARGETS = [
    "ceasefire",
    "violence",
    "taliban",
    "afghan_ownership",
    "inclusion",
    "human_rights",
    "international_role",
    "negotiations",
    "humanitarian",
]

#: Targets that name actors, not values: their head cue must stand close to them.
ACTOR_TARGETS = frozenset({"taliban", "international_role"})

#: Actors that are usually the addressees of demands: a directive does not code them, unless a
#: shifter says what is demanded of them ("demand the withdrawal of ...").
ADDRESSEE_TARGETS = frozenset({"taliban"})

#: Afghanistan or its people as the object of an outside actor's support, commitment or solidarity
#: ("its continued support for the people of Afghanistan", "reiterates its commitment to the
#: country", "stands by the people and Government of Afghanistan", "stood by the Afghan people"): the pledge is the outside
#: actor's engagement, so the object is an ``international_role`` mention and the pledge word is
#: its head cue (codebook: "reiterates its commitment to the country" is favor; revision R3).
ENGAGED_WITH_AFGHANS = (
    r"(?:(?<=commitment to )|(?<=commitments to )|(?<=support for )|(?<=support to )|(?<=solidarity with )|(?<=stands by )"
    r"|(?<=to support )|(?<=supporting )|(?<=to help )|(?<=to assist )|(?<=stand with all )|(?<=stands with all )"
    r"|(?<=stand by )|(?<=standing by )|(?<=stands with )|(?<=stand with )|(?<=stood by )|(?<=stood with ))"
    r"(?:(?:the )?(?:government (?:of afghanistan )?and (?:its |the )?)?(?:afghan )?(?:people|nation|population)(?: and (?:the )?government)?"
    r"(?: of afghanistan)?|afghanistan|the country(?!')|the afghans|afghans"
    r"|(?:the )?(?:government|development|reconstruction|rebuilding) of afghanistan|(?:the )?afghan (?:national )?institutions)"
)

#: An agreement right after the words of its violation or breach ("violation of the agreement", "violated that
#: agreement", "breach of agreement"): only there does a bare "agreement" name the agreement between the parties.
VIOLATED_AGREEMENT = (
    "(?:"
    + "|".join(
        f"(?<={verb} {article})"
        for verb in (
            "violation of",
            "violations of",
            "violating",
            "violated",
            "violates",
            "violate",
            "breach of",
            "breaches of",
        )
        for article in ("", "the ", "this ", "that ", "these ", "its ", "their ", "our ")
    )
    + ")agreements?"
)

#: Target terms: ``(pattern, polarity)``; polarity -1 marks a term that names the target's opposite
#: ("interference" is the opposite of Afghan ownership).
TARGET_TERMS: dict[str, list[tuple[str, int]]] = {
    "ceasefire": [
        (r"cease ?fires?", 1),
        (r"truces?", 1),
        (r"cessation of (?:all )?(?:hostilities|violence|fighting)|cessation", 1),
        (r"end of hostilities", 1),
    ],
    "violence": [
        (r"violence|violent extremism", 1),
        (r"terrorism|terrorists?|terror", 1),
        (r"extremism|extremists?", 1),
        (r"attacks?|attacking", 1),
        (r"(?:targeted )?killings?|killing", 1),
        (r"bloodshed|war|wars|warfare|armed struggle|jihad|fighting|hostilities", 1),
        # "air strike" and "drone strike" in two words, as "airstrike" in one ("condemned as unacceptable a NATO air strike")
        (
            r"bombings?|airstrikes?|(?:air|drone|missile|military) strikes?|atrocit(?:y|ies)|massacres?|battlefield|shelling"
            r"|rocket fire|artillery fire",
            1,
        ),
        (r"(?:suicide )?blasts?|suicide (?:attacks?|bombings?|bombers?)|reprisals?", 1),
        (r"targeting civilians", 1),
        # the harm of violence named by its toll ("concern over increasing civilian casualties", "the level of civilian
        # casualties ... is unacceptable"; codebook: "concern over the escalation of violence" is violence against)
        (r"civilian (?:casualties|casualty|deaths)", 1),
        (r"decapitations?|beheadings?|torture|mutilation", 1),
        (
            r"(?:military )?offensives?|military operations|armed conflict|insurgency|explosions?|(?:armed )?clashes",
            1,
        ),
        # war denied as the way out of the conflict ("there is no military solution to the Afghan conflict", "a war that
        # has no military solution", "must not rely on a military solution"): the speaker wants the war ended by other
        # means (codebook: "end the war" is violence against), so the term names the opposite of violence
        (r"(?:no|not (?:rely on|be) an?) (?:purely )?military solutions?", -1),
    ],
    "taliban": [
        (r"(?:the )?(?:taliban|taleban|talibane)(?:'s)?", 1),  # "Taleban": Amnesty International's spelling; "Talibane"
        (r"the group(?:'s)?", 1),
        (r"(?:the )?de facto (?:authorities|authority|government|rulers)(?:'s)?", 1),
        (r"(?:the )?islamic emirate(?: of afghanistan)?(?:'s)?|(?:the )?iea(?:'s)?", 1),
        (r"(?:the )?militants?(?:'s)?", 1),
        (r"(?:the )?interim afghan government(?:'s)?", 1),
    ],
    "afghan_ownership": [
        (r"afghan led|afghan owned|afghan led and (?:afghan )?owned", 1),
        (r"sovereignty|sovereign|territorial integrity|national unity", 1),
        (r"independence", 1),
        # independence won from foreign rule, named as the country's liberation ("the liberation of the country from
        # the invaders", "this great victory that freed our country from occupation")
        (
            r"liberat(?:ion|ed|ing|e) (?:of )?(?:our|the) (?:country|homeland)|liberation (?:against|from) (?:the )?(?:occupation|invaders?)"
            r"|freed (?:our|the) (?:country|homeland)",
            1,
        ),
        (r"non interference", 1),
        # the will of the Afghans as what decides ("without the will of the entire Afghan people", "respect for the will of
        # all relevant Afghan parties")
        (
            r"will of (?:the )?(?:entire |whole |all (?:relevant )?)?(?:afghan people|afghans|afghan parties|people of afghanistan)"
            r"|a matter concerning the afghans|afghans to their own"
            # the Afghans as the ones who decide ("it is up to Afghans to decide", "Afghans must decide for their
            # country", "the decision of the Afghanistan people"; codebook: against is "denying that Afghans should decide")
            r"|afghans (?:themselves |alone )?(?:must |should |shall |will |can |to )decide|decision of the afghan(?:istan)? people",
            1,
        ),
        (r"(?:afghan )?(?:the )?government's stewardship", 1),
        (
            r"(?:afghan )?owned and (?:afghan )?led|(?:led|owned|led and owned|owned and led) by (?:the )?afghans?|afghan controlled"
            r"|(?:led|owned|decided|determined|chosen|guided|performed|implemented|carried out) by (?:the )?(?:afghan people|people of afghanistan)"
            r"|led by (?:the )?country's (?:own |internal )?(?:actors|people)|led,? owned,? and controlled by kabul|(?:led|run) by (?:the )?afghan (?:institutions|government)",
            1,
        ),
        (r"(?:interfer(?:e|es|ed|ing|ence)|interventions?|meddl(?:e|es|ed|ing)) in", -1),
        (r"(?:foreign|external|outside) (?:interference|interventions?|meddling)", -1),
        # the transition: Afghans taking over their own security ("transfer full responsibility for security to")
        (
            r"afghan ownership|afghan lead|in(?:to)? (?:afghan|their own|the afghans'?) hands|(?:full|complete|lead) (?:security )?responsibility"
            r"|security lead|(?:transfer|handover|hand over|transition)(?: of)? (?:[\w]+ ){0,4}?responsibility",
            1,
        ),
        # the Afghans as the ones who decide their own affairs ("decided by the Afghans themselves", "the future lies
        # in the hands of Afghans")
        (r"(?:the )?(?:afghans|afghan people|people of afghanistan) themselves|in the hands of (?:the )?afghans", 1),
        # ... and their fate, future or security as theirs to decide ("time for the Afghans to decide their fate",
        # "the right of the Afghan people to independently determine their own destiny", "belongs to the Afghans")
        (
            r"(?:afghans|afghan people|people of afghanistan)(?: (?:are going|have|has|will|must|should|can|need)(?: to)?)*(?: to)?"
            r" (?:independently )?(?:decide|determine|choose|shape|take charge of|take (?:full )?control of)"
            r"(?: (?:about|on|for))? (?:their|its) (?:own )?(?:fate|future|destiny|security|affairs)"
            r"|belongs? to (?:the )?(?:afghans|afghan people|people of afghanistan)",
            1,
        ),
    ],
    "inclusion": [
        (r"inclusive(?:ness)?|inclusion|pluralism|more inclusive", 1),
        (r"participation", 1),
        (
            r"(?:civil society|women|youth|minorities|victims)(?:'s)? (?:[\w]+ ){0,3}?(?:engagement|role|voices?|involvement|representation)",
            1,
        ),
        (
            r"voices of (?:the )?(?:victims|women|civil society)|inclusivity|diversity|all sectors of (?:the )?society",
            1,
        ),
        (r"exclusion|marginali[sz]ation", -1),
        (r"voices of the afghan people", 1),
        (r"all (?:major )?ethno political forces", 1),
        (
            r"broad(?:ly)? based|representative (?:government|political system)|all (?:segments|sections|strata) of (?:afghan )?society",
            1,
        ),
        (
            r"all ethnic groups|(?:meaningful|full|equal) (?:participation|representation)|representation of (?:women|minorities|all)",
            1,
        ),
        (
            r"(?:involvement|participation|inclusion|presence and involvement) of (?:the )?(?:war )?(?:women|civil society|youth|victims|all)",
            1,
        ),
        (r"demands of (?:the )?(?:war )?victims", 1),
        (r"(?:meaningful )?presence of (?:afghan )?women", 1),
        (r"represent(?:s|ing)? (?:all|the whole|the entire) (?:afghans|(?:the )?afghan (?:people|nation|society))", 1),
        (r"(?<=be )involved in (?:the )?(?:[\w]+ )?(?:process|talks|negotiations)", 1),
        # power held by one side, the opposite of an inclusive government ("we do not believe in the monopoly of power"),
        # and all sides brought in, in plain words ("include all prominent personalities and politicians")
        (r"monopol(?:y|ies|i[sz]e|i[sz]es|i[sz]ed|i[sz]ing|ist|istic)(?: (?:of |on |over )?power)?", -1),
        (r"(?:includ(?:e|es|ed)|involv(?:e|es|ed|ing)) (?:all|every)", 1),
    ],
    "human_rights": [
        (r"human rights?", 1),
        (
            r"(?:women's|girls'|equal|fundamental|their|all|our|basic|hard won|hard earned|civil|political|constitutional) rights",
            1,
        ),
        (
            r"rights (?:and (?:freedoms|aspirations) )?of (?:the )?(?:[\w]+ ){0,2}?(?:women|girls|people|afghans|citizens|minorities|employees)",
            1,
        ),
        (r"education (?:of|for) (?:women|girls|female students)|female (?:students|employees|aid workers|staff)", 1),
        (
            r"(?:(?:restrictions?|bans?|edicts?|decrees?) (?:on|against)|(?:policies|decisions?|violence|discrimination) against) "
            r"(?:afghan )?(?:women|girls|female [\w]+)",
            -1,
        ),
        (
            r"censorship|repressive (?:rules|policies)|abusive (?:rules|policies)|detentions? of (?:journalists|activists)",
            -1,
        ),
        (r"rights (?:and freedoms )?of (?:women|girls|all|citizens|the people|ethnic groups|minorities|afghans)", 1),
        (r"rights and freedoms|freedoms", 1),
        (r"right to education|education (?:of|for) girls|girls' education", 1),
        (r"discrimination against women", -1),
        (r"women(?: and girls)? from (?:working|work|schools?|universities|education|public life)", 1),
        (
            r"(?:girls'?|women's) (?:schooling|education|schools?|secondary schools?|universit(?:y|ies))|(?:education|schooling|schools?) (?:of|for) (?:women and )?girls",
            1,
        ),
        (
            r"(?:gains|achievements)(?: and [\w]+)? (?:made by |of )?(?:afghan )?women|women's (?:gains|achievements)|dignified life",
            1,
        ),
        (
            r"right to (?:education|work)|access to education|gender equality|civil liberties|human dignity|press freedom|media freedom",
            1,
        ),
        (r"freedom of (?:expression|speech|the press|movement|assembly|religion)", 1),
    ],
    "international_role": [
        (
            r"international (?:community|communities|efforts|support|engagement|cooperation|partners|presence|actors|consensus|assistance)",
            1,
        ),
        (
            r"regional (?:and international )?(?:cooperation|consensus|mechanisms|actors|countries|partners|community)",
            1,
        ),
        (r"regionally and internationally agreed mechanism", 1),
        # states' cooperation among themselves (codebook R3: "a format of states deciding to keep meeting or to act
        # together"; "agreed to strengthen trilateral cooperation")
        (r"(?:trilateral|bilateral|quadrilateral|multilateral) cooperation", 1),
        (r"(?:state|government) to (?:state|government)(?: (?:cooperation|relations)|(?= talks))", 1),
        (r"neighbou?rs", 1),
        (
            r"(?:the )?united nations(?: family)?|(?:the )?un(?! charter)|unama|(?:the )?(?:un )?security council|unsc",
            1,
        ),
        (r"america|the united states|u\.? ?s\.? administration", 1),
        (r"(?:military|remaining) forces|(?:our|american|u\.?s\.?|nato|foreign) troops|troops", 1),
        (r"(?:the )?(?:nato |un |eu )?(?:training |military |political )?mission(?: in afghanistan)?|the alliance", 1),
        (r"neighbou?ring countries|stakeholders?|special (?:envoy|representative)(?: for afghanistan)?", 1),
        (r"drawdown|pull ?out|(?:our|the|its|their|a|any)(?: [\w]+)? withdrawal(?! of)", -1),
        (r"nato|the atlantic alliance|allies", 1),
        (r"(?:all|concerned|participating) (?:countries|states)", 1),
        (
            r"(?:western|regional|neighbou?ring|other|three|partner) (?:countries|nations|states)"
            r"|(?:countries|nations) of the world|global (?:solidarity|community|endeavou?r|partners)",
            1,
        ),
        (r"relations? with (?:the world|all (?:countries|nations)|other (?:countries|nations)|the nations)", 1),
        (r"(?:occupying|foreign|american|invading) army", 1),
        (r"foreign (?:forces|troops|military(?: presence)?|presence|occupying force|occupation)", 1),
        (
            r"(?:american|us|u\.s\.|nato|coalition|international|occupying|invading|occupation) (?:forces|troops|invaders?)",
            1,
        ),
        (r"(?:last )?(?:american )?invaders?|(?:foreign )?occupiers?|military presence|(?:the )?occupation", 1),
        (r"invasions?|invaded|invades?", 1),  # the foreign forces' coming, named as an invasion
        (r"disengage(?:ment)?|abandon", -1),
        (r"engagement with|engag(?:e|es|ed|ing) with", 1),
        (
            r"donors?|donor community|(?:the )?european union|the eu|(?:the )?oic|(?:the )?sco|(?:the )?(?:extended )?troika(?: plus)?",
            1,
        ),
        (
            r"member states|(?:the )?world community|global community|(?:international|regional) organi[sz]ations|(?:international|development) partners",
            1,
        ),
        (ENGAGED_WITH_AFGHANS, 1),
    ],
    "negotiations": [
        (r"(?:peace|direct peace|intra afghan) talks|talks|talking to|talk with|rounds? of talks", 1),
        (
            r"peace efforts|(?:all )?efforts (?:to|for) (?:achieve |bring |promote |restore )?peace|peace offer|peace making(?: process)?",
            1,
        ),
        (r"negotiated solution|negotiating (?:team|table)|negotiation team", 1),
        (r"(?:peace |intra afghan )?negotiations?|negotiat(?:e|ing)|negotiation table", 1),
        (r"(?:afghan |national )?(?:peace|political) process|(?:the )?bonn process", 1),
        (r"(?:intra afghan )?dialogue", 1),
        (r"doha (?:process|meeting|agreement|negotiations)", 1),
        (r"political (?:settlement|solution|roadmap)|negotiated settlement|settlement", 1),
        (r"peace (?:agreement|deal)|(?:sustainable and )?comprehensive agreement", 1),
        # an agreement named as violated or breached ("an explicit violation of the agreements concluded with us", "the
        # Americans violated that agreement"): what the speaker condemns is its breach (codebook rule 5 and R6: an
        # agreement between the parties is negotiations), so the agreement is the term
        (VIOLATED_AGREEMENT, 1),
        (r"(?:national )?reconciliation(?: process)?", 1),
        (r"resolving issues through (?:\(?mutual\)? )?understanding", 1),
    ],
    "humanitarian": [
        (r"(?:international )?humanitarian (?:law|efforts|assistance|aid|access|situation)|humanitarian", 1),
        (r"geneva conventions?|rules? of war|laws? of war", 1),
        (r"treated humanely|humane treatment", 1),
        # humanitarian aid named by its kind ("an additional 40 million euros in emergency assistance", "life saving food
        # and nutrition assistance", "emergency drought relief"; codebook: humanitarian aid and assistance)
        (
            r"emergency (?:[\w]+ )?(?:aid|assistance|relief)|(?:food|nutrition|relief|life saving) (?:aid|assistance)"
            r"|(?:drought|flood|earthquake|disaster) relief|relief (?:supplies|efforts|operations)",
            1,
        ),
    ],
}

#: Phrases that contain a target word without naming the target: they are found with the terms
#: (the longest match wins) and then dropped ("war victims" are people, not a stance on war).
NOT_TARGETS = r"war victims|war crimes?|war criminals?|war torn|war ravaged|post war|foreign fighters?"
