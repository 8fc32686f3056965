from gui.engine.article import parse_article


def test_bundled_article_structure(bundled_raw, seed_gold):
    article = parse_article(bundled_raw)
    assert article.text == seed_gold["text"]
    assert article.title.startswith("如何強化黨建引領")
    assert article.footer.splitlines() == [
        "來源:《人民政協報》(2023年07月05日第02版)",
        "記者:王有強 靳燕",
        "版面編輯:李彬",
        "新媒體編輯:洪琳",
    ]
    body = article.text[article.body_start : article.footer_start]
    assert "來源" not in body and body.rstrip().endswith("貢獻智慧和力量。")


def test_line_endings_are_normalised():
    article = parse_article("標題\r\n正文。\r\n編輯：某")
    assert article.text == "標題\n正文。\n編輯：某"
    assert article.footer == "編輯：某"


def test_text_without_title_or_footer():
    article = parse_article("只有一段正文，沒有標題。")
    assert article.title == ""
    assert article.footer == ""
    assert article.body_start == 0


def test_long_line_opening_with_a_label_is_not_a_credit():
    text = "標題\n正文。\n文：" + "很長的一段話" * 20
    assert parse_article(text).footer == ""
