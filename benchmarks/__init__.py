"""Benchmarks, each run as a script (``python benchmarks/qmsum.py ...``).

A package so that ``scripts/`` can reuse their loaders (a regular package, because
some installed distributions ship a top-level ``benchmarks`` package of their own).
"""
