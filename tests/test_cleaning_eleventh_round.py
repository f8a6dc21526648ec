"""Rules of the eleventh round, on the statement lines heldout12 lost and the furniture every split kept: each test
takes its lines from labelled pages (named in comments)."""

from analysis.text.cleaning import clean_text
from analysis.text.cleaning_headlines import is_headline


def test_the_turns_of_a_transcript_are_no_run_of_headlines():
    # heldout12 c780: a press briefing, each turn under its speaker's label, the last ones short questions
    turns = [
        "QUESTION: Is there any update on kidnapped American citizens in Afghanistan?",
        "MS NAUERT: And who exactly are you referring to?",
        "QUESTION: Reffing to? I don’t understand what you’re saying.",
        "MS NAUERT: Okay. So you asked me about – about who kidnapped?",
        "QUESTION: Yeah, American citizens kidnapped in Afghanistan. Is there any update on that?",
        "MS NAUERT: Let me get back with you on that and let me see what I have, okay?",
        "QUESTION: Can we go to Turkey?",
    ]
    raw = "Department Press Briefing\n\n" + "\n\n".join(turns)
    assert clean_text(raw).paragraphs == turns
    # a kicker in capitals over a headline is still a headline (heldout c93, heldout6 c436)
    assert is_headline("AFGHANISTAN: TRANSITION UNDER THREAT WORKSHOP REPORT", "", False)
    assert is_headline("Iran: Authorities must halt plan to amputate fingers of tortured prisoners", "", False)
