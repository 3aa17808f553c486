"""`dateline eval cleaning`: headline, date and body fidelity on the messy PDF round-trips."""
from dateline.clean.evaluate import evaluate, format_report

__all__ = ["evaluate", "format_report"]
