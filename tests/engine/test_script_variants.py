import pytest

from gui.engine.article import parse_article
from gui.engine.scripts.punctuation import widen_punctuation
from gui.engine.scripts.script_variants import Variant, convert_fragment, render_view

# The bundled article's naive-conversion artefacts and their repairs.
ARTEFACTS = {"規范": "規範", "范圍": "範圍", "模范": "模範", "愿做": "願做", "并舉": "並舉", "并加": "並加",
             "最后": "最後", "穿于": "穿於"}
# What a view changes besides the repairs: its own standard forms (README, "Script conversion").
HOUSE_STYLE = {
    Variant.HANT: {("為", "爲"), ("著", "着")},  # OpenCC standard forms
    Variant.TW: set(),
    Variant.HK: {("臺", "台"), ("說", "説")},  # Hong Kong standard forms
}


@pytest.fixture(scope="module")
def article(bundled_raw):
    return parse_article(bundled_raw)


def test_original_is_untouched(article):
    view = render_view(article.text, Variant.ORIGINAL)
    assert view.text == article.text
    assert view.span(5, 9) == (5, 9)


@pytest.mark.parametrize("variant", [Variant.HANT, Variant.TW, Variant.HK])
def test_traditional_views_repair_machine_conversion(article, variant):
    text = render_view(article.text, variant).text
    for right in ("規範化", "最後一公里", "多措並舉", "願做", "貫穿於"):
        assert right in text
    for wrong in ("規范", "最后", "措并", "愿做", "穿于"):
        assert wrong not in text


@pytest.mark.parametrize("variant", [Variant.HANT, Variant.TW, Variant.HK])
def test_nothing_else_in_the_article_changes_but_house_style(article, variant):
    source = widen_punctuation(article.text)
    shown = render_view(article.text, variant).text
    assert len(shown) == len(source)
    repaired = set()
    for start, wrong in ((i, w) for w in ARTEFACTS for i in range(len(source)) if source.startswith(w, i)):
        repaired.update(range(start, start + len(wrong)))
    changes = [(i, a, b) for i, (a, b) in enumerate(zip(source, shown, strict=True)) if a != b]
    artefacts = [i for i, _, _ in changes if i in repaired]
    assert len(artefacts) == 9  # 規范 ×2, 范圍, 模范, 愿, 并 ×2, 最后, 于
    assert {(a, b) for i, a, b in changes if i not in repaired} <= HOUSE_STYLE[variant]


def test_simplified_view(article):
    text = render_view(article.text, Variant.HANS).text
    for word in ("规范化", "最后一公里", "协商"):
        assert word in text
    assert "協" not in text


def test_converted_views_use_full_width_punctuation(article):
    text = render_view(article.text, Variant.HANT).text
    assert "能力？各市" in text and "," not in text


def test_taiwan_phrases_are_opt_in(article):
    plain = render_view(article.text, Variant.TW).text
    phrased = render_view(article.text, Variant.TW, taiwan_phrases=True).text
    assert "優化" in plain and "程序化" in plain
    assert "最佳化" in phrased and "程式化" in phrased


def test_spans_stay_exact_when_length_changes():
    text = "我的U盘坏了，“这个U盘里的软件”他说。"
    quote = (text.index("这"), text.index("”"))
    cuts = [text.index("U盘"), text.index("U盘") + 2, *quote]
    view = render_view(text, Variant.TW, cuts, taiwan_phrases=True)
    assert len(view.text) > len(text)  # 隨身碟 is longer than U盘
    start, end = view.span(*quote)
    assert view.text[start:end] == "這個隨身碟裡的軟體"
    u_start, u_end = view.span(cuts[0], cuts[1])
    assert view.text[u_start:u_end] == "隨身碟"


def test_view_offsets_map_back(article):
    view = render_view(article.text, Variant.HANS)
    for offset in (0, 100, len(article.text)):
        assert view.offsets.to_source(view.offsets.to_view(offset)) == offset


def test_fragments_convert_like_the_view():
    assert convert_fragment("市政協主席", Variant.HANS) == "市政协主席"
    assert convert_fragment("市政协主席", Variant.HK) == "市政協主席"


def test_a_conversion_nobody_wants_stops_early():
    from gui.engine.scripts.script_variants import Cancelled

    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 1

    text = "他說，今天很好。" * 5000  # 10,000 pieces: the flag is polled more than once
    with pytest.raises(Cancelled):
        render_view(text, Variant.HANT, cancelled=cancelled)
    assert len(calls) == 2
