"""Layers of voice, read by hand from the sentences of the two news reports; the own-voice stance matrix."""

from __future__ import annotations

import pytest

from analysis.book import context_plots
from analysis.methods import own_voice
from analysis.text import voice


def test_layers_of_the_ministry_report(corpus):
    layers = voice.voice_layers(corpus).set_index("sent_id")["layer"]
    assert layers["mofa-consensus-2021:002"] == "reporter"  # "The sixth round ... was held in Kabul on Thursday."
    assert (
        layers["mofa-consensus-2021:003"] == "institution"
    )  # "..., the Ministry of Foreign Affairs said in a statement."
    assert layers["mofa-consensus-2021:007"] == "named person"  # "He noted that ..."
    assert layers["mofa-consensus-2021:010"] == "named person"  # "..., Halimi said."
    assert layers["nato-2020:010"] == "named person"  # "Secretary General Jens Stoltenberg has indicated ..."
    assert layers["nato-2020:001"] == "institution"  # "NATO said on Wednesday that ..."


def test_voice_summary(corpus):
    summary = voice.voice_summary(corpus).set_index("doc_id")
    assert summary.loc["mofa-consensus-2021", ["institution", "reporter", "named person"]].tolist() == [4, 2, 5]
    assert summary.loc["coalition-letter-2024", "layers"] == 1


def test_own_voice_stance_counts_only_the_institution(corpus):
    own = own_voice.own_voice_stance(corpus)
    mofa = own[own["doc_id"] == "mofa-consensus-2021"]
    assert (mofa["n_sentences"] == 4).all()
    comparison = own_voice.own_voice_comparison(corpus).set_index("doc_id")
    assert comparison.loc["mofa-consensus-2021", ["sentences", "own-voice sentences"]].tolist() == [11, 4]
    assert (
        comparison.loc["coalition-letter-2024", "sentences with a stance"]
        == comparison.loc["coalition-letter-2024", "of them in its own voice"]
    )
    assert own_voice.export_tables(corpus)["own_voice_comparison"].equals(comparison.reset_index())


def test_context_events_are_dated_and_sourced():
    events = context_plots.load_events()
    assert events["label"].tolist()[:3] == ["Doha agreement", "intra-Afghan talks", "Taliban takeover"]
    assert events["date"].is_monotonic_increasing and (events["source"] != "").all()


def test_bad_context_events_name_the_file(tmp_path):
    path = tmp_path / "events.csv"
    path.write_text("date,event,label,source\n2020-13-45,x,y,z\n", encoding="utf-8")
    with pytest.raises(ValueError, match=f"{path}: unreadable date '2020-13-45'"):
        context_plots.load_events(path)


def test_context_timeline_is_drawn_at_the_text_width(corpus):
    fig = context_plots.context_timeline(corpus.documents)
    assert fig.get_size_inches()[0] == pytest.approx(6.9)
    before = context_plots.events_before(corpus.documents).set_index("doc_id")["latest event before it"]
    assert before["kabul-process-2017"] == "–" and before["coalition-letter-2024"] == "second Doha meeting (Feb 2024)"
