"""Extraction: Article + spaCy Doc -> raw spans (quotes, candidate mentions); no canonicalising."""
