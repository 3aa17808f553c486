"""spurious74: "X said Y must <act>" with Y of X's own actor code is no demand.

The coder reads "said Y must / should <act>" as X's demand on Y (coder._code_obligation, 100).
When the obliged party carries the speaker's own code, the clause states what the speaker's own
side has to do or what is needed, not a demand on another party: "Nugent said ... the state must
take the initiative in molding U.S. energy policy" (a state official of his state), "governments
must retain flexibility, he said" (a finance official of governments in general), "the SEC's
rule change must first be formalized, a CBT spokesman said", "the Agriculture Department must
make a decision soon, the president of the association said" (the speaker resolved to the
department's own code). On the tuning files every such triple was wrong (five, in r7, r14, r16,
r30, r36; no gold 100 between one code in them), while the annotators code a demand between
two parties of one country with two codes ("the union demanded that the government ..."). r36
("would tell Chun he should consider reversing a decision") is gold KORGOV 0242 KORGOV: an
appeal for a policy change within one code is coded, so an obligation another rule recodes to
an appeal (02x) is left; only the demand code (10x) goes.

Only the obligation path is touched: a demand said with a demand verb ("demanded that Y",
"Chase demanded repayment from Y") and appeals stay, whatever the codes.

Pure: an event in, a yes or no out.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dateline.model import Event

#: The pattern the coder's "said Y must <act>" demands carry (general.OBLIGATION_PATTERN).
OBLIGATION_PATTERN = "100 say ^ccomp:* >csubj"


def own_duty(ev: "Event") -> bool:
    """A "said Y must <act>" demand whose obliged party has the speaker's own actor code."""
    return ev.pattern == OBLIGATION_PATTERN and ev.code[:2] == "10" and bool(ev.target.code) \
        and ev.target.code == ev.source.code
