"""Offline planner, clauses: the shapes of whole sentences that say what a row is ('Each row is a trip', 'It has
...', 'I need ...') and the share sentence ('About 5% of trips are delayed'). Plain patterns with no imports of the
reader's modules, so text.py and sentences.py can both use them without a cycle."""

from __future__ import annotations

import re

# 'Each row is a hospital admission', 'Every record represents a trip': what the table is
ROW_IS = re.compile(r"^\s*(?:each|every|one)\s+(?:row|record|entry|line|item|document)\s+(?:is|represents|describes|"
                    r"corresponds\s+to|stands\s+for|holds|captures)\s+(?:an?\s+|one\s+|the\s+)?(.+)$", re.IGNORECASE)
# 'Our trucking company logs every trip': the table is trips
LOGS_EVERY = re.compile(r"^.{0,60}?\b(?:logs|records|tracks|keeps|stores|lists)\s+(?:every|each|all(?:\s+(?:its|our|"
                        r"the))?|"
                        r"its|their|our)\s+(.+)$", re.IGNORECASE)
# 'It has ...', 'It also records ...', 'Each lease has ...': a list of the row's fields, no header
ROW_HAS = re.compile(r"^\s*(?:it|they|this|these|each\s+[\w-]+|every\s+[\w-]+)\s+(?:also\s+)?(?:has|have|records?|"
                     r"lists?|tracks?|stores?|includes?|captures?|logs?|holds?|keeps?|contains?|carries|says|shows|"
                     r"gives|notes)\s+(.+)$", re.IGNORECASE)
# 'For each bill I need the account number, ...', 'I want a ticket number, ...', 'Give the amount claimed ...',
# 'Also add whether ...': a request that lists fields; the verb is the request, the rest are the fields
WANTS = re.compile(r"^\s*(?:(?:for|on|in)\s+(?:each|every|the)\s+[\w-]+(?:\s+[\w-]+)?\s*,?\s+)?(?:please\s+)?(?:"
                   r"(?:i|we)(?:'d|\s+would|\s+also|\s+will|\s+really)?\s+(?:need|want|like|require|expect|record|"
                   r"track|log|keep|"
                   r"store|capture)(?:\s+to\s+"
                   r"(?:see|have|get|know))?|(?:also\s+|then\s+|and\s+)?(?:give|include|add|track|record|log|list|"
                   r"show|capture|"
                   r"store|provide|put|keep)(?:\s+(?:me|us|in))?)\s+(?:also\s+)?(?=(?:the|a|an|each|every|their|its|"
                   r"his|her|"
                   r"our|whether|if|how|which|what|when|where)\s)(.+)$", re.IGNORECASE)
# 'Roughly 10% of admissions should be flagged as readmissions', 'About 15% of bookings carry a cancelled flag'
_SHARE = re.compile(r"^\s*(?:about|roughly|around|approximately|approx\.?|nearly|almost|some|"
                    r"~)?\s*(\d+(?:\.\d+)?)\s*%\s+"
                    r"of\s+(?:the\s+|all\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:should\s+|must\s+|will\s+|would\s+)?"
                    r"(?:be\s+|are\s+|is\s+|were\s+|get\s+|carry\s+|have\s+|has\s+|receive\s+)?"
                    r"(?:flagged|marked|labell?ed|tagged|set|recorded)?\s*(?:as\s+|"
                    r"for\s+)?(?:an?\s+)?(.+?)\s*(?:flag|marker)?\s*$",
                    re.IGNORECASE)


def share_sentence(clause: str) -> str | None:
    """'About 5% of trips should be marked as delayed' -> 'delayed flag (5% true)'; None for other clauses."""
    found = _SHARE.match(clause.strip(" ."))
    if not found or len(found.group(2).split()) > 3:
        return None
    return f"{found.group(2)} flag ({found.group(1)}% true)"
