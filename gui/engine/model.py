"""Plain data that the engine hands to the command line and to the window."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

SpanKind = Literal["direct", "indirect"]


@dataclass(frozen=True)
class Speaker:
    """Someone (a person, a group or an organisation) whose words the article reports."""

    name: str
    title: str | None = None
    group: bool = False
    # Surface forms by which the text refers to this speaker (titled form, short name, pronoun…).
    mentions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Quote:
    """A stretch of reported speech; offsets are Python string indices, end exclusive.

    A direct quotation's span excludes its quotation marks.
    """

    start: int
    end: int
    speaker: str | None  # a Speaker.name, or None when nobody can be named
    kind: SpanKind = "direct"


@dataclass(frozen=True)
class QuotedTerm:
    """A pair of quotation marks around something that is not speech (a term, a name, a slogan)."""

    start: int
    end: int


@dataclass(frozen=True)
class Analysis:
    """Who said what in one text. Speakers are in order of first appearance; quotes by start."""

    speakers: tuple[Speaker, ...] = ()
    quotes: tuple[Quote, ...] = ()
    terms: tuple[QuotedTerm, ...] = field(default=())

    def speaker(self, name: str) -> Speaker | None:
        return next((s for s in self.speakers if s.name == name), None)

    def quotes_of(self, name: str) -> tuple[Quote, ...]:
        return tuple(q for q in self.quotes if q.speaker == name)
