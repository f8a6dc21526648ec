"""Benchmarks of the analysis at scale (``make bench``); not run by the tests."""
