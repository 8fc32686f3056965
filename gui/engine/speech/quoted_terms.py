"""Quotation or term: whether words in quotation marks are someone's words or a term being named.

Numbered slogans (“四个意识”), numbers (“110”) and words after a naming verb (所谓“…”, 称为“…”)
are terms; so is a word or two quoted inside someone's reported speech (“港独”).
"""

from __future__ import annotations

import re

from gui.engine.speech import lexicon as lx
from gui.engine.speech.quotation_marks import QuotePair

# “四个意识”, “五大工程”, “110”: numbered slogans, programme names and numbers are terms.
_NUMBERED = re.compile(rf"^[{lx.NUMERALS}]+(?:[大项个条化种点好严实为有不]|$)|^[\d\s\-－.]+$")
_NAMING = tuple(sorted(lx.NAMING_VERBS, key=len, reverse=True))
FRAGMENT_MIN = 4  # a quoted word inside reported speech shorter than this is a term
_PERSONAL = re.compile("[我你您咱俺]")


def is_term(folded: str, pair: QuotePair) -> bool:
    """Numbered slogans and quotations right after a naming verb (所谓, 称为) are terms."""
    inside = folded[pair.start : pair.end].strip()
    if not inside or _NUMBERED.match(inside):
        return True
    before = folded[max(0, pair.open - 4) : pair.open]
    return before.endswith(_NAMING)


def is_verbatim_fragment(inside: str) -> bool:
    """Whether a quotation inside someone's reported speech is their words or a term they use.

    A term is a word or two (“计分”, “整套”, “港独”); the speaker's own words run longer or speak
    in the first or second person (“我的肉身”).
    """
    return len(inside.strip()) >= FRAGMENT_MIN or _PERSONAL.search(inside) is not None
