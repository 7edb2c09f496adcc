"""Reranking: a reader (cross-encoder) that reads the question and each passage together."""
