"""Every figure of the book, drawn on the five statements: legible at the width it is shown, one colour per meaning.

The text column is about 690 px; figures are 6.9 inches wide at 100 dpi, so a font of 8 pt renders at
11 px, and at 10 px or more on a 1280 px screen where the column is 672 px.
"""

from __future__ import annotations

import matplotlib
import pandas as pd
import pytest
from matplotlib.colors import to_rgb

from analysis.book import plots, style
from analysis.io.corpus import PROJECT_ROOT
from analysis.methods import frequency, keyness, markers, sentiment, similarity, stance, synthesis, tfidf, verbs


@pytest.fixture(scope="module")
def figures(corpus):
    """Each figure as the chapters draw it, by name."""
    doc_ids = corpus.doc_ids
    vs_rest = keyness.keyness_table(corpus)
    weights = tfidf.tfidf_matrix(corpus)
    sims = similarity.similarity_matrix(weights)
    tree = similarity.cluster_tree(sims)
    statement_map = similarity.statement_map(weights, n_terms=4)
    pairs = similarity.similarity_pairs(corpus, weights)
    hits = verbs.verb_table(corpus)
    queries = ["ceasefire", "terror*"]
    return {
        "timeline": plots.timeline(corpus.documents),
        "corpus_size": plots.corpus_size(corpus.documents),
        "top_frequencies": plots.top_frequencies(frequency.top_terms(frequency.frequency_table(corpus), 8), doc_ids),
        "keyness_landscape": plots.keyness_landscape(vs_rest, doc_ids),
        "key_terms": plots.key_terms_plot(keyness.key_terms(vs_rest, 8), doc_ids),
        "dispersion": plots.dispersion_plot(frequency.dispersion(corpus, queries), queries, doc_ids),
        "collocations": plots.collocation_bars(frequency.collocation_table(corpus), doc_ids),
        "tfidf": plots.tfidf_top_terms(tfidf.top_terms(weights, k=10), doc_ids),
        "heatmap": plots.similarity_heatmap(sims),
        "tree": plots.similarity_dendrogram(tree.linkage, tree.labels),
        "map": plots.map_of_statements(statement_map.coordinates, statement_map.loadings, statement_map.explained),
        "time": plots.similarity_over_time(pairs, similarity.drift_test(pairs, corpus).rho),
        "stance_matrix": plots.stance_matrix_plot(stance.document_stance(corpus), doc_ids, stance.TARGETS),
        "verbs": plots.verb_profile_plot(
            verbs.verb_profile(corpus, hits),
            verbs.directive_profile(corpus, hits),
            doc_ids,
            verbs.VERB_CLASSES,
            list(verbs.DIRECTIVE_STRENGTH.values()),
        ),
        "addressees": plots.directive_addressees_plot(verbs.addressee_profile(corpus, hits), doc_ids, verbs.ADDRESSEES),
        "markers": plots.marker_profile_plot(
            markers.marker_profile(corpus), doc_ids, markers.CATEGORIES, markers.CATEGORY_NAMES
        ),
        "sentiment": plots.sentiment_stance_plot(sentiment.sentiment_vs_stance(corpus, stance.stance_table(corpus))),
        "discourse": plots.discourse_over_time(
            synthesis.target_profile(corpus), corpus.documents, synthesis.TARGET_NAMES
        ),
        "benchmark": plots.benchmark_plot(pd.read_csv(PROJECT_ROOT / "benchmarks" / "results" / "benchmark.csv")),
    }


def _texts(figure):
    return [text for text in figure.findobj(matplotlib.text.Text) if text.get_text().strip() and text.get_visible()]


def test_every_figure_is_drawn_at_the_width_of_the_text_column(figures):
    for name, figure in figures.items():
        width = figure.get_size_inches()[0] * figure.dpi
        assert width == pytest.approx(690, abs=1), f"{name}: {width:.0f} px wide"


def test_no_text_is_smaller_than_ten_pixels_on_a_1280_px_screen(figures):
    shown_scale = 672 / 690
    for name, figure in figures.items():
        smallest = min(text.get_fontsize() for text in _texts(figure))
        assert smallest * figure.dpi / 72 * shown_scale >= 10, f"{name}: smallest text {smallest} pt"


def test_the_five_statements_keep_their_colours_in_any_corpus_order():
    seeds = list(style.SEED_COLOURS)
    assert style.doc_colours(seeds) == style.doc_colours(list(reversed(seeds))) == style.SEED_COLOURS
    other = style.doc_colours(["a", "b", "nato-2020"])
    assert other["nato-2020"] == style.SEED_COLOURS["nato-2020"]
    assert len(set(other.values())) == 3 and style.doc_colours(["a", "b"]) == style.doc_colours(["a", "b"])


def _contrast_on_white(colour: str) -> float:
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(channel) for channel in to_rgb(colour))
    return 1.05 / (0.2126 * red + 0.7152 * green + 0.0722 * blue + 0.05)


def test_statement_colours_are_visible_on_white_and_never_mean_a_position():
    """Okabe-Ito's yellow (1.3:1 on white) is out; no statement shares a colour with favour or against."""
    assert _contrast_on_white("#F0E442") < 1.5
    for colour in style.STATEMENT_PALETTE:
        assert _contrast_on_white(colour) >= 1.9, colour
    positions = {style.STANCE_COLOURS["favor"], style.STANCE_COLOURS["against"]}
    assert not positions & set(style.STATEMENT_PALETTE)
    assert not set(style.CATEGORY_GREYS) & set(style.STATEMENT_PALETTE)


def test_statements_are_told_apart_without_colour(figures):
    """Small multiples name each statement above its panel (the keyness landscape, once by colour alone)."""
    for name in ("keyness_landscape", "key_terms", "top_frequencies", "collocations", "tfidf"):
        titles = [ax.get_title() for ax in figures[name].axes if ax.get_visible()]
        assert titles == list(style.SEED_COLOURS), name


def test_timeline_labels_do_not_overlap(figures):
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    figure = figures["timeline"]
    renderer = FigureCanvasAgg(figure).get_renderer()
    boxes = [text.get_window_extent(renderer) for text in figure.axes[0].texts]
    assert len(boxes) == 5
    for first in range(len(boxes)):
        for second in range(first + 1, len(boxes)):
            assert not boxes[first].overlaps(boxes[second])
        assert figure.bbox.contains(boxes[first].x0, boxes[first].y0) and figure.bbox.contains(
            boxes[first].x1, boxes[first].y1
        )


def test_the_stance_matrix_marks_leaning_cells_with_a_question_mark_and_a_legend(corpus):
    """A leaning cell (could change sign) is drawn paler with '?' after its net position, and the legend says so."""
    doc_stance = stance.document_stance(corpus)
    firm = doc_stance[~doc_stance["thin_evidence"] & (doc_stance["net"] != 0)].iloc[0]
    figure = plots.stance_matrix_plot(doc_stance, corpus.doc_ids, stance.TARGETS, {(firm["doc_id"], firm["target"])})
    texts = [text.get_text() for text in figure.axes[0].texts]
    legend = [text.get_text() for text in figure.axes[0].get_legend().get_texts()]
    assert sum("?" in text for text in texts) == 1 and f"{firm['net']:+.1f}?" in " ".join(texts)
    assert any(text.startswith("? leaning") for text in legend)


def test_the_discourse_figure_marks_leaning_cells_as_the_matrix_does(corpus):
    """A leaning cell of the synthesis figure has '?' after its count and a legend entry."""
    profile = synthesis.target_profile(corpus)
    firm = profile[profile["position"].isin(["for", "against"])].iloc[0]
    cell = (firm["doc_id"], firm["target"])
    figure = plots.discourse_over_time(profile, corpus.documents, synthesis.TARGET_NAMES, {cell})
    texts = [text.get_text() for text in figure.axes[0].texts]
    legend = [text.get_text() for text in figure.axes[0].get_legend().get_texts()]
    assert texts.count(f"{firm['salience']}?") == 1 and sum(text.endswith("?") for text in texts) == 1
    assert "? leaning" in legend


@pytest.mark.parametrize("n_statements", [5, 74])
def test_the_reports_stance_matrix_keeps_its_scale_small_and_names_the_targets_above_the_first_row(n_statements):
    """However many statements a corpus has, the colour scale is a strip under 0.3 inch high and at most
    4.2 inches long (at 74 statements it was once 17 inches tall), and the targets are named at the top."""
    from analysis.book import report_plots

    doc_ids = [f"statement-{number:02d}" for number in range(n_statements)]
    doc_stance = pd.DataFrame(
        [{"doc_id": doc_id, "target": target, "net": 0.5} for doc_id in doc_ids for target in stance.TARGETS]
    )
    figure = report_plots.stance_matrix(doc_stance, doc_ids, stance.TARGETS)
    matrix, scale = figure.axes
    width = scale.get_position().width * figure.get_size_inches()[0]
    assert width * scale.get_box_aspect() < 0.3 and width <= 4.2  # drawn as long as wide times its box aspect
    assert matrix.xaxis.get_ticks_position() == "top"
