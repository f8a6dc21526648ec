"""NLTK's own bigram finder and association measures: the reference for analysis.methods.collocations."""


def nltk_collocation_rows(sentences, min_freq, stop_words):
    """Rows ``word_1, word_2, freq, freq_1, freq_2, log_likelihood, pmi`` as NLTK computes them."""
    from nltk.collocations import BigramAssocMeasures, BigramCollocationFinder

    finder = BigramCollocationFinder.from_documents(sentences)
    finder.apply_freq_filter(min_freq)
    finder.apply_word_filter(lambda word: word in stop_words)
    measures = BigramAssocMeasures()
    log_likelihood = dict(finder.score_ngrams(measures.likelihood_ratio))
    pmi = dict(finder.score_ngrams(measures.pmi))
    rows = [
        (a, b, finder.ngram_fd[(a, b)], finder.word_fd[a], finder.word_fd[b], log_likelihood[(a, b)], pmi[(a, b)])
        for a, b in log_likelihood
    ]
    return sorted(rows, key=lambda row: (-row[5], row[0], row[1]))
