"""The corpus tables that the command line exports: documents, sentences and the cleaning report."""

from __future__ import annotations

import pandas as pd

from analysis.corpus import Corpus


def export_tables(corpus: Corpus) -> dict[str, pd.DataFrame]:
    """``documents``, ``sentences``, ``cleaning_report`` and ``non_english_lines`` as tables."""
    return {
        "documents": corpus.documents,
        "sentences": corpus.sentences,
        "cleaning_report": corpus.cleaning_report(),
        "non_english_lines": corpus.non_english_lines(),
    }
