"""Target stance: what each sentence is for or against, by transparent rules written from the codebook, and a learned model beside them.

The codebook (``analysis/data/stance_codebook.md``) defines nine targets and what counts as
*favor* or *against* each. The package reads as the method, one module per step:

* :mod:`~analysis.methods.stance.targets`: the targets and the terms that name them;
* :mod:`~analysis.methods.stance.cues`: the stance cues (directive, evaluative, commitment,
  shifter, negator, adjective) and the predicates that judge a subject;
* :mod:`~analysis.methods.stance.clauses`: normalising, clauses, conditions, reported speech;
* :mod:`~analysis.methods.stance.scope`: which cue governs which mention;
* :mod:`~analysis.methods.stance.rules`: the label of a sentence, with its evidence;
* :mod:`~analysis.methods.stance.matrix`: the corpus tables and the statement × target matrix;
* :mod:`~analysis.methods.stance.coding`: a coding as a table (what every method returns), and the rules' coding;
* :mod:`~analysis.methods.stance.model`: a supervised model (scikit-learn); :mod:`~analysis.methods.stance.keywords`: a keyword baseline;
* :mod:`~analysis.methods.stance.regularisation`: each target's regularisation, chosen inside the training statements;
* :mod:`~analysis.methods.stance.context`: what the model knows besides a sentence's words (genre, speaker, the sentence before);
* :mod:`~analysis.methods.stance.stacking`: the combination's decision, a stacked model over its readers;
* :mod:`~analysis.methods.stance.evaluation`: scoring any labelled set, and comparing the methods;
* :mod:`~analysis.methods.stance.record`: the locked test set and the unseen check, each scored once and recorded;
* :mod:`~analysis.methods.stance.intervals`: F1 per target or per kind of speaker with its bootstrap interval.

Every label keeps its *cues*: the words and the rule behind it, so a reader can see why.
"""

from analysis.methods.stance.clauses import clauses, is_reporter_background, normalise, split_conditions
from analysis.methods.stance.cues import CUES, Cue
from analysis.methods.stance.matrix import (
    BOOTSTRAP_SEED,
    THIN_EVIDENCE,
    bootstrap_draws,
    bootstrap_rate_interval,
    bootstrap_rate_intervals,
    document_stance,
    export_tables,
    is_news_report,
    iter_targets,
    stance_rows,
    stance_table,
)
from analysis.methods.stance.rules import StanceLabel, sentence_stance, sentence_stance_evidence
from analysis.methods.stance.targets import ACTOR_TARGETS, TARGET_TERMS, TARGETS

__all__ = [
    "ACTOR_TARGETS",
    "BOOTSTRAP_SEED",
    "CUES",
    "Cue",
    "StanceLabel",
    "TARGETS",
    "TARGET_TERMS",
    "THIN_EVIDENCE",
    "bootstrap_draws",
    "bootstrap_rate_interval",
    "bootstrap_rate_intervals",
    "clauses",
    "document_stance",
    "export_tables",
    "is_news_report",
    "is_reporter_background",
    "iter_targets",
    "normalise",
    "sentence_stance",
    "sentence_stance_evidence",
    "split_conditions",
    "stance_rows",
    "stance_table",
]
