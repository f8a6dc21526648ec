"""Turning raw statements into text the methods can count: cleaning, sentences, tokens."""
