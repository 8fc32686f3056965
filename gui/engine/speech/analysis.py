"""``analyze``: who said what in one article.

Pipeline, all on the simplified folding of the text (offsets are shared with the original):

1. quotation pairs (``quotation_marks``), speech verbs outside them (``attribution.find_cues``)
   and speaker labels over transcript paragraphs (``transcripts``);
2. explicit subjects of the verbs, so names are known before pronouns need them;
3. one pass in text order: verbs get their speakers and indirect spans, quotations are judged
   speech or term and attributed (verb before, verb after, reported-speech context, the mention
   right after the quotation, or the current turn's speaker).
"""

from __future__ import annotations

import gc
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass

from gui.engine import regex_cache as re
from gui.engine.model import Analysis, Quote, QuotedTerm, Speaker
from gui.engine.scripts.folding import fold
from gui.engine.speech import lexicon as lx
from gui.engine.speech.attribution import (
    Cue,
    Resolver,
    clause_subject,
    described_head,
    explicit_subject,
    find_cues,
    owner_named_after,
    pronoun_may_stand_for,
    register,
    subject_after,
    subject_ahead,
)
from gui.engine.speech.clauses import LINE_SPACE, SENTENCE_LIMIT, Layout
from gui.engine.speech.dialogue import Turn, alternate, narrated_speakers, own_line
from gui.engine.speech.indirect_speech import (
    indirect_span,
    reports_after,
    reports_unnamed,
    verb_after_object,
)
from gui.engine.speech.names import dictionary, person_names
from gui.engine.speech.patterns import HAN
from gui.engine.speech.plausibility import opens_clauses, plausible_speaker
from gui.engine.speech.quotation_marks import QuotePair, find_pairs
from gui.engine.speech.registry import Mention, Registry
from gui.engine.speech.roles import ROLE_AT_END, TITLE_WINDOW, RoleIndex
from gui.engine.speech.speaker_ranker import rank_dialogue
from gui.engine.speech.speech_model import features, is_speech, says_speech
from gui.engine.speech.subjects import strip_clause
from gui.engine.speech.transcripts import LABEL_VERB, paragraph_labels, transcript_turns

_CHAIN_JOINERS = "、，…—― 　"
AFTER_CUE_REACH = 30
CLOSING_REACH = 60  # characters of a sentence after words that only says who spoke them
ADDRESSEE_REACH = 6  # characters between a speech verb and its colon: 问孙玉亭：, 说开了：
CLAUSE_MARKS = frozenset("，。！？；：、\n“”「」")
# The addressee right after a verb that ends its clause (问少安。, 问孙玉亭：), or between an
# addressee preposition and the verb, after any manner adverbial (认真地对润叶姐说).
ADDRESSEE_AFTER = re.compile(rf"([{HAN}]{{2,4}})[。：！？\n]")
ADDRESSEE_BEFORE = re.compile(rf"(?:对着|冲着|对|向|跟|朝)([{HAN}]{{2,6}})$")
# The words' opening mark right after a verb, maybe behind the pronoun they are aimed at.
# (“……”某某补充道，“……” is one speaker's words around the verb: a comma leaves the verb to both.)
_WORDS_FOLLOW = re.compile(f"(?:{'|'.join(lx.ADDRESSED_PRONOUNS)})?(?=[“「])")
_AFTER_CUE_STOP = re.compile("[。！？；\n“「]")  # what ends the clause a verb after the words may open
_PRONOUN_ENDS = frozenset(pronoun[-1] for pronoun in lx.ADDRESSED_PRONOUNS)
PEOPLE_REACH = 300  # how far back a dialogue's participants are looked for in the narration
# A clause that frames a view as someone's (在某某看来，/ 在他心中，/ 在家长眼里，): its holder.
_VIEW_FRAME = re.compile(rf"在([{HAN}A-Za-z·\-]{{1,16}}?)(?:看来|眼中|眼里|心中|心目中|心里)[，,]")


# A quotation that can be a role phrase: Han characters only, of a title's length.
_ROLE_PHRASE_ONLY = re.compile(rf"[{HAN}]{{3,16}}")

@dataclass
class _Direct:
    pair: QuotePair
    speaker: int | None
    explicit: bool = True  # named by a verb, a colon or a label, not guessed from the context
    addressee: int | None = None  # whom the verb says the words are for (对润叶说, 问少安)


class _Analyzer:
    """State of one analysis; see the module docstring for the passes."""

    def __init__(self, text: str, rank_dialogue: bool = True) -> None:
        self.text = text
        self.rank_dialogue = rank_dialogue  # off when a trainer reads the rules' own speakers
        self.folded = fold(text)
        self.layout = Layout(self.folded, find_pairs(self.folded))
        self.registry = Registry(self.folded, lambda index: self.layout.pair_containing(index) is not None)
        self.resolver = Resolver(self.layout, self.registry)
        self.cues = find_cues(self.layout)
        self.cue_by_end = {cue.end: cue for cue in self.cues}
        self.cue_starts = {cue.start for cue in self.cues}
        self.cue_starts_sorted = [cue.start for cue in self.cues]
        self._cue_index = {cue.start: cue for cue in self.cues}
        self.resolved: dict[int, int | None] = {}  # cue.start → speaker ident
        self.directs: list[_Direct] = []
        self.terms: list[QuotePair] = []
        self.indirects: list[tuple[int, int, int]] = []
        self.fragments: dict[int, int] = {}  # pair.open → speaker of the indirect span around it
        self.after_object: set[int] = set()  # cue.start of verbs that follow another's object
        self.decided: dict[int, int | None] = {}  # pair.open → speaker, for chained quotations
        self.labelled: set[int] = set()
        # (pair, features) of every speech-or-term decision, when a trainer asks to see them
        self.observed: list[tuple[QuotePair, dict[str, float]]] | None = None
        self.last_cue: Cue | None = None
        self.route_cue: Cue | None = None  # the verb that attributes the quotation being routed
        self.roles: RoleIndex | None = None  # built on first use, for the speakers' roles
        # what the dialogue ranker reads: how each quotation was attached, who held the floor
        self.routes: dict[int, str] = {}  # pair.open → route
        self.floor_at: dict[int, int | None] = {}  # pair.open → the floor's holder before it

    # -- speech verbs -------------------------------------------------------------------------

    def label_transcript_turns(self) -> None:
        """Quotations under a speaker label (## 张三：) are that speaker's."""
        turns = transcript_turns(self.layout, self.registry, self.cue_starts_sorted)
        self.decided.update(turns)
        self.labelled.update(turns)

    def register_explicit_subjects(self) -> None:
        """Pass 2: read every verb's explicit subject so later look-ups know the names."""
        for cue in self.cues:
            cue.subject = explicit_subject(self.layout, self.registry, cue)
            if cue.subject is not None and cue.subject.kind in ("person", "group", "org"):
                register(self.registry, cue.subject)
        labels = paragraph_labels(self.layout, self.registry, self.cue_starts)
        if labels:
            # 莫：……: a paragraph opened by a speaker's name and a colon reports that speaker
            self.cues = sorted(self.cues + labels, key=lambda cue: cue.start)
            self.cue_starts.update(cue.start for cue in labels)
            self.cue_starts_sorted = sorted(self.cue_starts)
            self._cue_index.update((cue.start, cue) for cue in labels)

    def speaker_of(self, cue: Cue) -> int | None:
        """The speaker ident of ``cue`` (memoised; resolves pronouns, documents and elisions)."""
        if cue.start in self.resolved:
            return self.resolved[cue.start]
        ident = self._floor_for_pronoun(cue)
        if ident is None:
            ident = self.resolver.resolve(cue.subject, cue.start)
        if ident is None and cue.subject is None and cue.elided:
            previous = self.last_cue
            sentence = self.layout.sentence_start(cue.start)
            if previous is not None and previous.start >= sentence and previous.start < cue.start:
                ident = self.resolved.get(previous.start)
            if ident is None:
                # 晓霞不笑了，嘴里喃喃地说: the subject of the sentence speaks.
                mention = clause_subject(self.layout, self.registry, cue.start, sentence)
                if mention is None:
                    mention = self._previous_topic(sentence)
                ident = self.resolver.resolve(mention, cue.start) if mention is not None else None
        if ident is None and cue.subject is None:
            ident = self._described_before(cue)
        self.resolved[cue.start] = ident
        return ident

    def _previous_topic(self, sentence: int) -> Mention | None:
        """The subject that opens the sentence before ``sentence`` (对方以……为由拒绝解释。而在
        随后的回复中则表示): a sentence with no subject of its own goes on about it."""
        end = sentence - 1
        while end > 0 and self.folded[end - 1] in CLAUSE_MARKS:
            end -= 1
        if end <= 0 or self.folded[end] == "\n" or self.folded[sentence - 1] == "\n":
            return None  # (a new paragraph opens a new topic)
        start = self.layout.sentence_start(end)
        for _ in range(3):  # a sentence runs on through the quotations inside it
            pair = self.layout.by_close.get(start - 1) or self.layout.by_open.get(start - 1)
            if pair is None or self.folded[pair.close - 1] in "。！？":
                break  # (words that end with a full stop end their sentence)
            start = self.layout.sentence_start(pair.open)
        mention = subject_ahead(self.layout, self.registry, start, end)
        if mention is None or mention.kind not in ("person", "org", "group", "counterpart"):
            return None
        # The topic opens the sentence, or is the other party it turned to (记者致电某公司，对方……).
        opens = self.layout.clause_start(mention.start) == start
        return mention if opens or mention.kind == "counterpart" else None

    def _floor_for_pronoun(self, cue: Cue) -> int | None:
        """Who 他/她 speaking again stands for when the floor is plain: the speaker of the words
        right before it (某某说：“……”他续说：), or of the verb before in the same sentence (某某表示，
        宿舍对某人有特别待遇，他说：), whoever the words between named, unless a new subject took
        it since (……，某某坦言……，她说)."""
        subject = cue.subject
        if subject is None or subject.kind != "pronoun":
            return None
        if self.folded[subject.start - 1 : subject.start] == "被":
            return None  # 被他指骂: the agent of a passive is not the one the sentence is about
        ident = self._words_before_for(subject)
        if ident is not None:
            return ident
        return self._standing_for(subject, self._speaker_of_verb_before(cue))

    def _words_before_for(self, pronoun: Mention) -> int | None:
        """The speaker of the words right before 他/她 (某某说，“……”他也感谢……，“……”), when a verb
        named them and the pronoun can stand for them."""
        if pronoun.kind != "pronoun":
            return None
        return self._standing_for(pronoun, self._speaker_of_words_before(pronoun.start))

    def _standing_for(self, pronoun: Mention, ident: int | None) -> int | None:
        """``ident`` when the pronoun can stand for that speaker, the pronoun then counted among
        the speaker's mentions; else None."""
        if ident is None or not self._may_stand_for(pronoun, ident):
            return None
        self.registry.entries[ident].mention_spans.append((pronoun.start, pronoun.end))
        return ident

    def _speaker_of_words_before(self, index: int) -> int | None:
        """The speaker of the quotation that closes right before ``index`` (maybe a comma between),
        when a verb before it named them."""
        if not self.directs:
            return None
        last = self.directs[-1]
        close = index - 2 if self.folded[index - 1 : index] == "，" else index - 1
        return last.speaker if last.pair.close == close and last.explicit else None

    def _speaker_of_verb_before(self, cue: Cue) -> int | None:
        previous = self.last_cue
        if previous is None or previous.start >= cue.start:
            return None
        if previous.start < self.layout.sentence_start(cue.start):
            return None
        ident = self.resolved.get(previous.start)
        if ident is None:
            return None
        found = self.resolver.antecedent_at(cue.subject.start)  # type: ignore[union-attr]
        if found is not None and found.start > previous.start:
            return None  # someone became the subject after that verb (……，某某坦言……，她说)
        return ident

    def _may_stand_for(self, pronoun: Mention, ident: int) -> bool:
        """True when the pronoun can refer to the speaker ``ident``: a person of its gender."""
        return pronoun_may_stand_for(self.folded, pronoun.start, self.registry.entries[ident])

    def _described_before(self, cue: Cue) -> int | None:
        """The person the clause before the verb's own describes (……的作者某某，在接受专访时曾
        表示): a sentence that opens with a noun phrase has it as the subject of what follows."""
        layout = self.layout
        end = layout.clause_start(cue.start) - 1
        while end > 0 and self.folded[end - 1] in CLAUSE_MARKS:
            end -= 1
        if end <= layout.sentence_start(cue.start):
            return None
        head = described_head(layout, self.registry, layout.clause_start(end - 1), end)
        return self.resolver.resolve(head, head.start) if head is not None else None

    def handle_cue(self, cue: Cue) -> None:
        ident = self.speaker_of(cue)
        if self.indirects and cue.start < self.indirects[-1][1]:
            # Reported speech nested in another speaker's reported speech (某某说，有人说……) is
            # not labelled, and the words that go on after it are still the outer speaker's;
            # but words quoted in the nested clause are the nested speaker's (某会指出，某官员
            # 宣称要「……」).
            self._nested_fragments(cue, ident)
            return
        self.last_cue = cue
        if ident is not None:
            self.resolver.note(ident)
        if cue.verb not in lx.INDIRECT_VERBS and cue.verb != LABEL_VERB:
            return
        if ident is None and not self._unnamed_reporter(cue):
            return
        if ident is not None and self._is_media(ident):
            return
        if cue.start not in self.after_object and not reports_after(
            self.layout, cue.start, cue.end, cue.verb
        ):
            return
        later = verb_after_object(self.folded, cue.end, self.cue_starts)
        if later is not None:
            # 某某回应某团体的说法表示，……: the later verb reports, for the same speaker (what
            # stands before it is the first verb's object, not its subject)
            self.after_object.add(later)
            if ident is not None:
                self.resolved.setdefault(later, ident)
            return
        span = indirect_span(self.layout, cue.end, self.cue_starts, cue.verb)
        if span is None:
            return
        self.indirects.append((span[0], span[1], ident))
        for pair in self.layout.pairs_between(span[0], span[1]):
            self.fragments[pair.open] = ident

    def _unnamed_reporter(self, cue: Cue) -> bool:
        """True when a verb whose speaker cannot be named still reports someone's words."""
        # A subject that was read and refused (the writer, a word that names no one) stays refused;
        # 他们/她们 whose group the text never names as a speaker still speak (部分基金经理……。
        # 他们认为，……: a group described, not registered). (A lone 他 with no one before it
        # stays refused: nothing in the text says who speaks.)
        if cue.subject is not None:
            return cue.subject.kind == "plural_pronoun"
        return reports_unnamed(self.layout, cue.start, cue.end)

    def _nested_fragments(self, cue: Cue, ident: int | None) -> None:
        """Give the quotations of a nested verb's clause to the nested speaker."""
        if ident is None or cue.verb == LABEL_VERB:
            return
        span = indirect_span(self.layout, cue.end, self.cue_starts, cue.verb)
        if span is None:
            return
        for pair in self.layout.pairs_between(span[0], span[1]):
            self.fragments[pair.open] = ident

    def _is_media(self, ident: int) -> bool:
        """A news outlet reports; its reports are no reported speech (the corpus rules)."""
        entry = self.registry.entries[ident]
        return entry.kind != "person" and entry.key.endswith(lx.MEDIA_SUFFIXES)

    # -- quotations ---------------------------------------------------------------------------

    def cue_before(self, pair: QuotePair) -> tuple[Cue | None, bool]:
        """The verb right before the opening mark (X说：“ / X表示，“), and whether a colon is there.

        A line break between them is looked through: in dialogue the words often start a new
        line under 他问：."""
        folded = self.folded
        index = pair.open
        while index > 0 and folded[index - 1] in LINE_SPACE and pair.open - index < 8:
            index -= 1
        colon = index > 0 and folded[index - 1] == "："
        if index > 0 and folded[index - 1] in "：，":
            index -= 1
        cue = self.cue_by_end.get(index)
        if cue is None and not colon:
            cue = self._cue_before_pronoun(index)
        if cue is None and colon:
            cue = self._cue_before_addressee(index)
        return cue, colon

    def _cue_before_pronoun(self, index: int) -> Cue | None:
        """The verb of 骂她“……”: only a pronoun, the one the words are aimed at, stands between."""
        if index == 0 or self.folded[index - 1] not in _PRONOUN_ENDS:
            return None  # (most often: one test instead of one per pronoun)
        for pronoun in lx.ADDRESSED_PRONOUNS:
            if self.folded.startswith(pronoun, index - len(pronoun)):
                return self.cue_by_end.get(index - len(pronoun))
        return None

    def _cue_before_addressee(self, colon: int) -> Cue | None:
        """The verb of 问孙玉亭：/ 对他说开了：, whose addressee or complement stands between it
        and the colon: a verb a few characters back in the same clause."""
        position = bisect_left(self.cue_starts_sorted, colon) - 1
        if position < 0:
            return None
        cue = self._cue_index[self.cue_starts_sorted[position]]
        gap = self.folded[cue.end : colon]
        if len(gap) > ADDRESSEE_REACH or any(char in CLAUSE_MARKS for char in gap):
            return None
        return cue

    def cue_after(self, pair: QuotePair) -> Cue | None:
        """A verb whose subject opens the text after the closing mark (“……”X说)."""
        folded = self.folded
        index = pair.close + 1
        if index < len(folded) and folded[index] == "，":
            index += 1
        elif folded.startswith("\n", index):
            return self._cue_on_next_line(pair, index)
        # The first verb before the clause ends (a comma after its first character ends it too).
        limit = min(len(folded), index + AFTER_CUE_REACH)
        stop = _AFTER_CUE_STOP.search(folded, index, limit)
        end = stop.start() if stop is not None else limit
        comma = folded.find("，", index + 1, end)
        end = comma if comma >= 0 else end
        slot = bisect_left(self.cue_starts_sorted, index)
        if slot < len(self.cue_starts_sorted) and self.cue_starts_sorted[slot] < end:
            cue = self._cue_index[self.cue_starts_sorted[slot]]
            if cue.subject is None or cue.subject.start < index or self._opens_words(cue):
                return None
            # “……。” and a new paragraph whose verb goes on (某某透露，……): its next turn
            return cue if not self._ends_paragraph(pair) or self._closes_sentence(cue) else None
        return self._closing_attribution(pair, index)

    def _closes_sentence(self, cue: Cue) -> bool:
        """True when the verb ends its sentence (某某说。, 某某说道。)."""
        end = cue.end + 1 if self.folded.startswith("道", cue.end) else cue.end
        return self.folded[end : end + 1] in ("。", "！", "？", "\n", "")

    def _closing_attribution(self, pair: QuotePair, index: int) -> Cue | None:
        """A verb that ends the sentence after the words, its subject after them behind any
        adverbials and a long title (“……”赛后，某队一名主力队员表示。 / “……”某中心主任某某在接受
        采访时如此表示。): a sentence that does nothing but say who spoke attributes the words
        before it."""
        if self._ends_paragraph(pair):
            return None
        end = self.layout.sentence_end(index)
        if end - index > CLOSING_REACH or self.layout.pairs_between(index, end):
            return None
        position = bisect_left(self.cue_starts_sorted, index)
        if position >= len(self.cue_starts_sorted) or self.cue_starts_sorted[position] >= end:
            return None
        cue = self._cue_index[self.cue_starts_sorted[position]]
        if not self._closes_sentence(cue) or cue.subject is None or cue.subject.start < index:
            return None
        return cue

    def _speaks_own_words(self, index: int) -> bool:
        """True when the clause from ``index`` has a verb that opens quoted words of its own
        (“……”，某某随即骂她“……”): its subject says those, not the quotation before."""
        end = index
        limit = min(len(self.folded), index + AFTER_CUE_REACH)
        while end < limit and self.folded[end] not in CLAUSE_MARKS:
            end += 1
        position = bisect_left(self.cue_starts_sorted, index)
        while position < len(self.cue_starts_sorted) and self.cue_starts_sorted[position] < end:
            if self._opens_words(self._cue_index[self.cue_starts_sorted[position]]):
                return True
            position += 1
        return False

    def _opens_words(self, cue: Cue) -> bool:
        """True when quoted words follow the verb right away (……”，结果被他骂“……”): it
        attributes them, not the quotation before it."""
        match = _WORDS_FOLLOW.match(self.folded, cue.end)
        return match is not None and match.end() in self.layout.by_open

    def _cue_on_next_line(self, pair: QuotePair, index: int) -> Cue | None:
        """Dialogue: words on a line of their own, and a line that only says who spoke them
        (少平说。 / 高朗问她。 / 田福堂说着，…). A next line that reports something else after its
        verb (某局指出，已……) is the next paragraph of a news story, not an attribution."""
        folded = self.folded
        if pair.open > 0 and folded[pair.open - 1] not in LINE_SPACE:
            return None
        while index < len(folded) and folded[index] in LINE_SPACE:
            index += 1
        for position in range(index, min(len(folded), index + AFTER_CUE_REACH)):
            if folded[position] in "。！？；\n“「，：":
                return None
            cue = self._cue_index.get(position)
            if cue is not None:
                tail = folded[cue.end : cue.end + 6]
                ends = next((i for i, char in enumerate(tail) if char in "。！？，：\n"), len(tail))
                closes = ends < len(tail) and (tail[ends] in "。！？\n" or tail.startswith("着"))
                if cue.subject is not None and cue.subject.start >= index and closes:
                    return cue
                return None
        return None

    def context_speaker(self, pair: QuotePair) -> int | None:
        """Speaker of a quotation with no verb of its own, from the text around it."""
        layout = self.layout
        sentence = layout.sentence_start(pair.open)
        # (b) first: a quotation that goes on with the reported speech of a verb earlier in its
        # sentence is that speaker's, whoever the clause after it is about (……表示，……，“……”，
        # 某某……): the floor stays with the speaker until a verb passes it.
        holder = self._sentence_reporter(pair, sentence)
        if holder is not None:
            return holder
        # (c) first when the words go on from a clause of their own sentence (某某对此感触很深，
        # “……。”某乙……): that clause's subject speaks, not whoever the next sentence is about.
        if self.folded[pair.open - 1 : pair.open] == "，":
            ident = self._sentence_subject(pair, sentence)
            if ident is not None:
                return ident
        # (a) “……”某某…… : the mention right after the (chain of) quotation(s), or first the
        # one that sentence says they came from (“……”这番话出自某某之口).
        last = self._chain_end(pair)
        owner = owner_named_after(layout, self.registry, last.close + 1)
        if owner is not None:
            ident = self.resolver.resolve(owner, owner.start)
            if ident is not None:
                return ident
        after = None
        if not self._ends_paragraph(last):
            after = subject_after(layout, self.registry, last.close + 1 + self._skip_joiners(last.close + 1))
        if after is not None and after.kind != "pronoun" and not self._speaks_own_words(after.end):
            ident = self.resolver.resolve(after, after.start)
            if ident is not None:
                return ident
        # (c) the subject of the sentence so far.
        ident = self._sentence_subject(pair, sentence)
        if ident is not None:
            return ident
        # (a') the subject of the rest of the sentence (“……”提到……，某某笑着……).
        end = layout.sentence_end(pair.close + 1)
        if end > pair.close + 1:
            mention = subject_ahead(layout, self.registry, pair.close + 1, end)
            if mention is not None and mention.kind != "pronoun":
                ident = self.resolver.resolve(mention, mention.start)
                if ident is not None:
                    return ident
        # (d) the current turn.
        return self.resolver.last_speaker

    def _view_holder(self, sentence: int, index: int) -> int | None:
        """Whose view the sentence gives before ``index`` when a frame opens one of its clauses
        (在某某看来，……; 在他心中，……; 在许多家长眼里，……): the one it is seen by, whoever is the
        subject of the clause the view is about."""
        holder = None
        for frame in _VIEW_FRAME.finditer(self.folded, sentence, index):
            if self.layout.clause_start(frame.start()) == frame.start():
                holder = frame
        if holder is None:
            return None
        mention = subject_ahead(self.layout, self.registry, holder.start(1), holder.end(1))
        if mention is None or mention.start != holder.start(1):
            return None
        return self.resolver.resolve(mention, mention.start)

    def _sentence_subject(self, pair: QuotePair, sentence: int) -> int | None:
        """The speaker the subject of the quotation's sentence so far stands for, if any."""
        if sentence >= pair.open:
            return None
        holder = self._view_holder(sentence, pair.open)
        if holder is not None:
            return holder
        mention = clause_subject(self.layout, self.registry, pair.open, sentence)
        if mention is None:
            return None
        ident = self._words_before_for(mention)
        return ident if ident is not None else self.resolver.resolve(mention, mention.start)

    def _sentence_reporter(self, pair: QuotePair, sentence: int) -> int | None:
        """The speaker of a verb earlier in the quotation's sentence, if any."""
        cue = self.last_cue
        if cue is not None and sentence <= cue.start < pair.open:
            return self.resolved.get(cue.start)
        return None

    def _ends_paragraph(self, pair: QuotePair) -> bool:
        """True when the words end a sentence and a paragraph break follows them (“……。” and a
        new paragraph, its breaks maybe flattened to spaces): what opens the next paragraph is
        about someone, not an attribution of the words before it."""
        folded = self.folded
        closes = pair.close > 0 and folded[pair.close - 1] in "。！？"
        return closes and folded[pair.close + 1 : pair.close + 2] in (" ", "　", "\n")

    def _skip_joiners(self, index: int) -> int:
        count = 0
        while index + count < len(self.folded) and self.folded[index + count] in _CHAIN_JOINERS:
            count += 1
        return count

    def _chain_end(self, pair: QuotePair) -> QuotePair:
        """The last of quotations that follow each other with only 、，…… between them."""
        current = pair
        while True:
            index = current.close + 1
            index += self._skip_joiners(index)
            following = self.layout.by_open.get(index)
            if following is None or not self.layout.speechlike[following.open]:
                return current
            current = following

    def handle_pair(self, pair: QuotePair) -> None:
        self.floor_at[pair.open] = self.resolver.last_speaker
        if pair.open in self.decided:
            self.routes[pair.open] = "decided"
            self.directs.append(_Direct(pair, self.decided[pair.open], pair.open in self.labelled))
            return
        if not self.folded[pair.start : pair.end].strip():
            self.terms.append(pair)
            return
        if self._titles_name_after(pair):
            self.terms.append(pair)  # “某局副局长”某某表示: the quoted words are the name's title
            return
        route, speaker = self.route(pair)
        self.routes[pair.open] = route
        alone = own_line(self.folded, pair.open, pair.close)
        # A paragraph that is nothing but a quotation is an utterance (dialogue, a comment
        # quoted on its own line); the model weighs the rest.
        if (not alone or self.observed is not None) and not self._model_says_speech(pair, route, alone):
            self.terms.append(pair)
            return
        ident = speaker()
        if route in ("none", "cue_before", "colon"):
            # 骂她“……”、“……”: quotations listed after one verb (or none) share its speaker, up to
            # one that a verb after it gives to someone named there (“……”“……”某某坦言)
            for member in self._chain_members(pair)[1:]:
                if self._attributed_after(member, ident):
                    break
                self.decided[member.open] = ident
        if route in ("continued", "cue_before", "colon"):
            # short ones too (留言：“……！”“笑死我了”。), when the list ends the clause
            for member in self._listed_with(pair)[1:]:
                self.decided.setdefault(member.open, ident)
        self._speech(pair, ident, explicit=route != "none")
        if self.route_cue is not None:
            self.directs[-1].addressee = self.addressee_of(self.route_cue, ident)

    def _attributed_after(self, pair: QuotePair, ident: int | None) -> bool:
        """True when a verb right after the quotation gives it to someone other than ``ident``,
        named after it (“……”“……”某某坦言, where the first was another's)."""
        cue = self.cue_after(pair)
        if cue is None or cue.subject is None or cue.subject.start <= pair.close:
            return False
        if cue.subject.kind not in ("person", "org", "group"):
            # (speaker_of is memoised, and a pronoun's answer depends on the words and verbs
            # handled before it: asked this early it would be fixed wrong for the later pass)
            return False
        return self.speaker_of(cue) != ident

    def _titles_name_after(self, pair: QuotePair) -> bool:
        """True when the quotation is a role phrase alone (no punctuation, ending in a role word)
        right before a person's name: a title the writer quotes (an office of a body whose
        standing the writer disputes), not words anyone said."""
        words = self.folded[pair.start : pair.end]
        if not _ROLE_PHRASE_ONLY.fullmatch(words) or not ROLE_AT_END.search(words):
            return False
        if any(char in "我你您他她是" for char in words):
            return False  # (“我是副局长”: a clause, someone's words)
        names = person_names(self.folded[pair.close + 1 : pair.close + 5], 0)
        return bool(names) and names[0][0] == 0

    def _model_says_speech(self, pair: QuotePair, route: str, alone: bool) -> bool:
        _, tags = dictionary()
        if self.observed is None:
            return says_speech(self.folded, pair.start, pair.end, route, alone, tags, self._reported(pair))
        values = features(self.folded, pair.start, pair.end, route, alone, tags, self._reported(pair))
        self.observed.append((pair, values))
        return alone or is_speech(values)

    def _reported(self, pair: QuotePair) -> bool:
        """True when a speech verb earlier in the quotation's sentence reports what it sits in."""
        cue = self.last_cue
        if cue is None or not pair.open - SENTENCE_LIMIT <= cue.start < pair.open:
            return False  # (no sentence reaches further back: its start need not be looked for)
        return self.layout.sentence_start(pair.open) <= cue.start

    def route(self, pair: QuotePair) -> tuple[str, Callable[[], int | None]]:
        """How the quotation is attached to a speaker, and how to find that speaker: a verb right
        before it, a colon, a verb right after it, the reported speech around it, the end of a
        reported sentence, or nothing but the context."""
        cue, colon = self.cue_before(pair)
        self.route_cue = cue
        if cue is not None:
            return "cue_before", lambda: self._cue_speaker(cue, pair)
        if colon:
            reporter = self._reported_to_colon(pair)
            if reporter is not None:
                return "colon", lambda: reporter
            return "colon", lambda: self._subject_by_context(pair, pair.open - 1)
        after = self.cue_after(pair)
        self.route_cue = after
        if after is not None:
            holder = self._passed_from(pair, after)
            if holder is None:
                return "cue_after", lambda: self.speaker_of(after)
            self.route_cue = None
            return "continued", lambda: holder
        if pair.open in self.fragments:
            ident = self.fragments[pair.open]
            return "fragment", lambda: ident
        continued = self._continues_reported_speech(pair)
        if continued is not None:
            return "continued", lambda: continued
        return "none", lambda: self.context_speaker(pair)

    def _reported_to_colon(self, pair: QuotePair) -> int | None:
        """The speaker whose reported speech runs up to the colon before the words (某某表示，市民
        最关心的是房价：“……”): the colon goes on with what they said, and the subject of its
        clause is whom they spoke about, not the speaker."""
        if not self.indirects:
            return None
        colon = self.folded.rfind("：", max(0, pair.open - 8), pair.open)
        start, end, ident = self.indirects[-1]
        if end != colon or self.layout.sentence_start(colon) > start:
            return None
        return ident

    def _passed_from(self, pair: QuotePair, after: Cue) -> int | None:
        """The speaker holding the floor when the quotation goes on with their reported speech
        (某甲指，……，“……”) and the verb after it opens words of its own (某乙则说，……): the floor
        passes at that verb, which introduces the next turn and does not attribute the words
        before it. None when the verb after does attribute them."""
        holder = self._reported_holder(pair)
        if holder is None or not self._opens_content(after) or self.speaker_of(after) == holder:
            return None
        return holder

    def _reported_holder(self, pair: QuotePair) -> int | None:
        """The speaker whose reported speech the quotation sits in or follows right after a comma."""
        if pair.open in self.fragments:
            return self.fragments[pair.open]
        if not self.indirects or pair.open == 0 or self.folded[pair.open - 1] != "，":
            return None
        _, end, ident = self.indirects[-1]
        return ident if end == pair.open - 1 else None

    def _opens_content(self, cue: Cue) -> bool:
        """True when a comma or a colon and more words follow the verb (某某则说，……), not the
        end of its sentence (某某说。)."""
        index = cue.end
        if index >= len(self.folded) or self.folded[index] not in "，：":
            return False
        return index + 1 < len(self.folded) and self.folded[index + 1] not in "。！？\n"

    def _cue_speaker(self, cue: Cue, pair: QuotePair) -> int | None:
        ident = self.speaker_of(cue)
        return ident if ident is not None else self._subject_by_context(pair)

    def _continues_reported_speech(self, pair: QuotePair) -> int | None:
        """Speaker of a quotation that ends the sentence right after their reported speech
        (……说，台风明天登陆，“民众务必做好准备”。): the verbatim end of what they said."""
        if not self.indirects or pair.open == 0 or self.folded[pair.open - 1] != "，":
            return None
        _, end, ident = self.indirects[-1]
        if end != pair.open - 1:
            return None
        after = self._listed_with(pair)[-1].close + 1  # (“……”，“……”。: fragments listed one after another)
        return ident if after >= len(self.folded) or self.folded[after] in "。！？\n" else None

    def _subject_by_context(self, pair: QuotePair, before: int | None = None) -> int | None:
        """The subject of the sentence before ``before`` (the opening mark, or the colon before
        it), else the current turn's speaker."""
        sentence = self.layout.sentence_start(pair.open)
        holder = self._view_holder(sentence, pair.open)
        if holder is not None:
            return holder
        index = pair.open if before is None else before
        mention = clause_subject(self.layout, self.registry, index, sentence)
        ident = self.resolver.resolve(mention, pair.open) if mention else None
        return ident if ident is not None else self.resolver.last_speaker

    def _listed_with(self, pair: QuotePair) -> list[QuotePair]:
        """``pair`` and the quotations listed right after it, joined by nothing but 、，…… (short
        fragments too, which ``_chain_end`` leaves out)."""
        members = [pair]
        while True:
            index = members[-1].close + 1
            following = self.layout.by_open.get(index + self._skip_joiners(index))
            if following is None:
                break
            members.append(following)
        # A list ends its clause: “……”是…… after it makes the last one the subject, a term.
        after = members[-1].close + 1
        if after < len(self.folded) and self.folded[after] not in "。！？；，\n":
            members.pop()
        return members or [pair]

    def _chain_members(self, pair: QuotePair) -> list[QuotePair]:
        members = [pair]
        end = self._chain_end(pair)
        while members[-1] is not end:
            index = members[-1].close + 1
            index += self._skip_joiners(index)
            members.append(self.layout.by_open[index])
        return members

    def _speech(self, pair: QuotePair, ident: int | None, explicit: bool = True) -> None:
        self.directs.append(_Direct(pair, ident, explicit))
        self.resolver.note(ident)

    # -- driver -------------------------------------------------------------------------------

    def run(self) -> Analysis:
        self.label_transcript_turns()
        self.register_explicit_subjects()
        events: list[tuple[int, int, object]] = [(cue.start, 1, cue) for cue in self.cues]
        events += [(pair.open, 0, pair) for pair in self.layout.pairs]
        events.sort(key=lambda event: (event[0], event[1]))
        for _, _, item in events:
            if isinstance(item, Cue):
                self.handle_cue(item)
            else:
                self.handle_pair(item)  # type: ignore[arg-type]
        return self.result()

    def take_turns(self) -> None:
        """Dialogue lines no verb attributes alternate between the two participants."""
        turns = [Turn(d.pair.open, d.pair.close, d.speaker, d.explicit, d.addressee) for d in self.directs]
        narrated_speakers(self.folded, turns, self.subject_of_line)
        alternate(self.folded, turns, self.people_named_near)
        for direct, turn in zip(self.directs, turns, strict=True):
            direct.speaker = turn.speaker

    def addressee_of(self, cue: Cue, speaker: int | None) -> int | None:
        """The person a speech verb says the words are for, when the text names them: after the
        verb (问少安。/ 问孙玉亭：) or as its addressee before it (对润叶姐说). Only a speaker already
        known counts; a pronoun or a kin word (问她, 对父亲说) is left to turn-taking."""
        folded = self.folded
        after = ADDRESSEE_AFTER.match(folded, cue.end)
        span = after.span(1) if after else None
        if span is None:
            before = ADDRESSEE_BEFORE.search(folded, max(0, cue.start - 12), cue.start)
            span = before.span(1) if before else None
        if span is None:
            return None
        known = self.registry.known_in(span[0], span[1], span[0])
        if not known or known[0][0] != span[0]:
            return None
        start, end = known[0]
        entry = self.registry.lookup(folded[start:end])
        if entry is None or entry.kind != "person":
            return None  # (registering it here would name a speaker after a passing mention)
        return entry.ident if entry.ident != speaker else None

    def subject_of_line(self, start: int, end: int) -> int | None:
        """The person a line of narration opens with (少平愣住了。 / 她笑着问。), if any."""
        mention = subject_ahead(self.layout, self.registry, start, min(end, start + 40))
        if mention is None or mention.start > start + 8 or mention.kind not in ("person", "pronoun"):
            return None
        return self.resolver.resolve(mention, mention.start)

    def people_named_near(self, start: int, end: int) -> list[int]:
        """People the narration names before ``start`` (nearest first), then after ``end``."""
        found = self._people_in(max(0, start - PEOPLE_REACH), start, reverse=True)
        for ident in self._people_in(end, min(len(self.folded), end + PEOPLE_REACH)):
            if ident not in found:
                found.append(ident)
        return found

    def _people_in(self, lo: int, hi: int, reverse: bool = False) -> list[int]:
        found: list[int] = []
        spans = self.registry.known_in(lo, hi)
        for start, end in reversed(spans) if reverse else spans:
            if self.layout.pair_containing(start) is not None:
                continue  # a name inside someone's words is addressed, not present as a speaker
            mention = Mention(start, end, "person", start, end)
            entry = self.registry.lookup(self.folded[start:end])
            if entry is not None and entry.kind != "person":
                continue
            ident = register(self.registry, mention) if entry is None else entry.ident
            if ident not in found:
                found.append(ident)
        return found

    def result(self) -> Analysis:
        self.take_turns()
        if self.rank_dialogue:
            rank_dialogue(self)
        first_span: dict[int, int] = {}
        spans: list[tuple[int, int, int | None, str]] = []
        for direct in self.directs:
            spans.append((direct.pair.start, direct.pair.end, direct.speaker, "direct"))
        for start, end, ident in self.indirects:
            spans.append((start, end, ident, "indirect"))
        for start, _, ident, _ in spans:
            if ident is not None:
                first_span[ident] = min(first_span.get(ident, start), start)
        names: dict[int, str] = {}
        speakers: list[Speaker] = []
        listed: set[str] = set()
        for ident in sorted(first_span, key=lambda i: first_span[i]):
            speaker = self._speaker(ident)
            if speaker.name not in listed:
                listed.add(speaker.name)
                speakers.append(speaker)
            names[ident] = speaker.name
        quotes = sorted(
            (Quote(start, end, names.get(ident) if ident is not None else None, kind)
             for start, end, ident, kind in spans),
            key=lambda quote: (quote.start, quote.kind != "direct", quote.end),
        )
        terms = tuple(QuotedTerm(pair.start, pair.end) for pair in sorted(self.terms, key=lambda p: p.open))
        return Analysis(tuple(speakers), tuple(quotes), terms)

    def _speaker(self, ident: int) -> Speaker:
        entry = self.registry.entries[ident]
        name = self.text[entry.name_span[0] : entry.name_span[1]]
        title = None
        if entry.title_span is None and entry.kind == "person" and len(entry.key) >= 2:
            # The role may be given where the name is first introduced, not where it speaks.
            spans = entry.mention_spans or [entry.name_span]
            lo = max(0, min(spans)[0] - TITLE_WINDOW)
            hi = max(spans)[1] + TITLE_WINDOW
            if self.roles is None:
                self.roles = RoleIndex(self.folded)
            entry.title_span = self.roles.title_before(entry.key, lo, hi)
        if entry.title_span is not None:
            # (a description titles the name in brackets after it, 她的父亲(某爸): not the bracket)
            title = self.text[entry.title_span[0] : entry.title_span[1]].strip("「」“”").rstrip("(（ ")
            title = title or None
        mentions: list[str] = []
        for start, end in sorted(entry.mention_spans):
            surface = self.text[start:end]
            if surface not in mentions:
                mentions.append(surface)
        return Speaker(name=name, title=title, group=entry.kind == "group", mentions=tuple(mentions))


def analyze(text: str) -> Analysis:
    """Quotations, reported speech and their speakers in ``text`` (simplified or traditional)."""
    if not text:
        return Analysis()
    # The analysis makes many small objects and no reference cycles, so the cyclic collector
    # would only walk them again and again (about a tenth of the time on a long book); it is
    # paused for the call and restored as it was found.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _Analyzer(text).run()
    finally:
        opens_clauses.cache_clear()  # (keyed on the whole text: a book would stay alive with it)
        strip_clause.cache_clear()
        plausible_speaker.cache_clear()
        if collecting:
            gc.enable()
