"""The offline planner (demo mode): reads a description with curated data files; no network, no key, no LLM.

Modules: text (split a description into phrases), phrase/names/match/values/modifiers (read one phrase),
lexicon (typed loaders for data/), fields (one column), rules/links (rules between columns), planner (the run).
"""

from .planner import OfflinePlanner

__all__ = ["OfflinePlanner"]
