<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../widgets/article_view.py" line="45"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
</context>
<context>
    <name>DocumentOpener</name>
    <message>
        <location filename="../document_opener.py" line="38"/>
        <source>Open Anyway</source>
        <translation>仍然開啟</translation>
    </message>
    <message>
        <location filename="../document_opener.py" line="89"/>
        <source>Chapter %1</source>
        <translation>第 %1 章</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="234"/>
        <source>Main toolbar</source>
        <translation>主工具列</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="235"/>
        <source>Chapter</source>
        <translation>章節</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="236"/>
        <source>Working</source>
        <translation>處理中</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="237"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="238"/>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="239"/>
        <source>&amp;Paste as Article</source>
        <translation>貼上為文章(&amp;P)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="240"/>
        <source>Open &amp;Recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="241"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="242"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="245"/>
        <source>Taiwan &amp;Vocabulary in the Taiwan View</source>
        <translation>臺灣檢視使用臺灣用語(&amp;V)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="248"/>
        <source>Also swap mainland words for Taiwan ones (software, optimise). Off by default: it changes the wording of the news source.</source>
        <translation>同時把大陸用語換成臺灣用語（如「軟件」改為「軟體」）。預設關閉：這會改變新聞原文的措辭。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="252"/>
        <source>&amp;Corner Quotation Marks in Taiwan and Hong Kong</source>
        <translation>臺灣和香港檢視使用直角引號(&amp;C)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="255"/>
        <source>Show corner brackets, the quotation marks used in Taiwan and Hong Kong, in those two views.</source>
        <translation>在臺灣和香港檢視中顯示當地通用的引號「」『』。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="258"/>
        <source>Reopen with &amp;Encoding</source>
        <translation>以其他編碼重新開啟(&amp;E)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="259"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="260"/>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="261"/>
        <source>&amp;Actual Size</source>
        <translation>原始大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="262"/>
        <source>&amp;Language</source>
        <translation>介面語言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="263"/>
        <source>System Language</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="264"/>
        <source>&amp;Quotations</source>
        <translation>引語(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="265"/>
        <source>&amp;Next Quotation</source>
        <translation>下一句引語(&amp;N)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="266"/>
        <source>&amp;Previous Quotation</source>
        <translation>上一句引語(&amp;P)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="267"/>
        <source>Show &amp;All Speakers</source>
        <translation>顯示全部發言人(&amp;A)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="268"/>
        <source>&amp;Clear Highlights</source>
        <translation>清除標示(&amp;C)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="269"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="270"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="271"/>
        <source>&amp;About Yanlu</source>
        <translation>關於言錄(&amp;A)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="412"/>
        <source>Converting to %1…</source>
        <translation>正在轉換為%1…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="462"/>
        <source>Keyboard Shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="472"/>
        <source>A reader for Chinese news that shows who said what.</source>
        <translation>閱讀中文新聞，看清誰說了什麼。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="474"/>
        <source>Script conversion uses OpenCC&apos;s dictionaries (Apache License 2.0). When no Chinese font is installed, Yanlu shows the bundled Noto Sans CJK (SIL Open Font License 1.1).</source>
        <translation>簡繁轉換使用 OpenCC 詞典（Apache License 2.0）。系統未安裝中文字型時，言錄使用隨附的 Noto Sans CJK 字型（SIL Open Font License 1.1）。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="477"/>
        <source>Built with Qt for Python (PySide6, LGPL 3).</source>
        <translation>以 Qt for Python（PySide6，LGPL 3）建置。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="481"/>
        <source>About Yanlu</source>
        <translation>關於言錄</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="697"/>
        <source>Yanlu could not analyse this text: %1</source>
        <translation>言錄無法分析這段文字：%1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="717"/>
        <source>Open Article</source>
        <translation>開啟文章</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="719"/>
        <source>Articles (*.txt *.md *.html *.htm *.epub);;All files (*)</source>
        <translation>文章 (*.txt *.md *.html *.htm *.epub);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="751"/>
        <source>(no recent files)</source>
        <translation>（沒有最近開啟的檔案）</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../widgets/message_bar.py" line="25"/>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <location filename="../widgets/message_bar.py" line="35"/>
        <source>Dismiss message</source>
        <translation>關閉訊息</translation>
    </message>
    <message>
        <location filename="../widgets/message_bar.py" line="36"/>
        <source>Dismiss</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>ScriptBar</name>
    <message>
        <location filename="../widgets/script_bar.py" line="50"/>
        <source>Script</source>
        <translation>文字版本</translation>
    </message>
</context>
<context>
    <name>SpeakerPanel</name>
    <message>
        <location filename="../widgets/speaker_panel.py" line="85"/>
        <source>Speakers</source>
        <translation>發言人</translation>
    </message>
    <message>
        <location filename="../widgets/speaker_panel.py" line="86"/>
        <source>&amp;Speakers Panel</source>
        <translation>發言人面板(&amp;S)</translation>
    </message>
    <message>
        <location filename="../widgets/speaker_panel.py" line="87"/>
        <source>Speakers in this article</source>
        <translation>本文的發言人</translation>
    </message>
    <message>
        <location filename="../widgets/speaker_panel.py" line="89"/>
        <source>◀ Previous</source>
        <translation>◀ 上一句</translation>
    </message>
    <message>
        <location filename="../widgets/speaker_panel.py" line="90"/>
        <source>Previous quotation (Shift+F3)</source>
        <translation>上一句引語（Shift+F3）</translation>
    </message>
    <message>
        <location filename="../widgets/speaker_panel.py" line="91"/>
        <source>Previous quotation</source>
        <translation>上一句引語</translation>
    </message>
    <message>
        <location filename="../widgets/speaker_panel.py" line="92"/>
        <source>Next ▶</source>
        <translation>下一句 ▶</translation>
    </message>
    <message>
        <location filename="../widgets/speaker_panel.py" line="93"/>
        <source>Next quotation (F3)</source>
        <translation>下一句引語（F3）</translation>
    </message>
    <message>
        <location filename="../widgets/speaker_panel.py" line="94"/>
        <source>Next quotation</source>
        <translation>下一句引語</translation>
    </message>
</context>
<context>
    <name>UiText</name>
    <message>
        <location filename="../ui_text.py" line="16"/>
        <source>Yanlu</source>
        <translation>言錄</translation>
    </message>
    <message>
        <location filename="../ui_text.py" line="22"/>
        <source>Original</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../ui_text.py" line="23"/>
        <source>Simplified</source>
        <translation>簡體</translation>
    </message>
    <message>
        <location filename="../ui_text.py" line="24"/>
        <source>Traditional</source>
        <translation>繁體</translation>
    </message>
    <message>
        <location filename="../ui_text.py" line="25"/>
        <source>Taiwan</source>
        <translation>臺灣</translation>
    </message>
    <message>
        <location filename="../ui_text.py" line="26"/>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <location filename="../ui_text.py" line="33"/>
        <source>Original: the text as it arrived (pinyin annotations removed)</source>
        <translation>原文：收到時的文字（已去除拼音注音）</translation>
    </message>
    <message>
        <location filename="../ui_text.py" line="36"/>
        <source>Simplified Chinese</source>
        <translation>簡體中文</translation>
    </message>
    <message>
        <location filename="../ui_text.py" line="37"/>
        <source>Traditional Chinese, OpenCC standard</source>
        <translation>繁體中文（OpenCC 標準）</translation>
    </message>
    <message>
        <location filename="../ui_text.py" line="38"/>
        <source>Traditional Chinese, Taiwan standard</source>
        <translation>臺灣正體（臺灣標準字形）</translation>
    </message>
    <message>
        <location filename="../ui_text.py" line="39"/>
        <source>Traditional Chinese, Hong Kong standard</source>
        <translation>香港繁體（香港標準字形）</translation>
    </message>
    <message>
        <location filename="../ui_text.py" line="48"/>
        <source>1 quotation</source>
        <translation>1 句直接引語</translation>
    </message>
    <message>
        <location filename="../ui_text.py" line="50"/>
        <source>%1 quotations</source>
        <translation>%1 句直接引語</translation>
    </message>
    <message>
        <location filename="../ui_text.py" line="53"/>
        <source>1 indirect statement</source>
        <translation>1 處轉述</translation>
    </message>
    <message>
        <location filename="../ui_text.py" line="55"/>
        <source>%1 indirect statements</source>
        <translation>%1 處轉述</translation>
    </message>
    <message>
        <location filename="../ui_text.py" line="56"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../ui_text.py" line="62"/>
        <source>1 speaker in this article</source>
        <translation>本文有 1 位發言人</translation>
    </message>
    <message>
        <location filename="../ui_text.py" line="63"/>
        <source>%1 speakers in this article</source>
        <translation>本文有 %1 位發言人</translation>
    </message>
    <message>
        <location filename="../ui_text.py" line="67"/>
        <source>All speakers</source>
        <translation>全部發言人</translation>
    </message>
    <message>
        <location filename="../ui_text.py" line="71"/>
        <source>group of speakers</source>
        <translation>群體</translation>
    </message>
    <message>
        <location filename="../ui_text.py" line="76"/>
        <source>Numbers: quotations + indirect statements. Quotations are filled with the speaker&apos;s colour, indirect statements are lighter and dash-underlined; the one you are on is underlined.</source>
        <translation>數字：直接引語 + 轉述。直接引語以發言人的顏色標示，轉述顏色較淺並加虛線底線；目前這一句加底線。</translation>
    </message>
    <message>
        <location filename="../ui_text.py" line="86"/>
        <source>%1 (indirect statement)</source>
        <translation>%1（轉述）</translation>
    </message>
    <message>
        <location filename="../ui_text.py" line="88"/>
        <source>%1 (quotation)</source>
        <translation>%1（直接引語）</translation>
    </message>
    <message>
        <location filename="../ui_text.py" line="93"/>
        <source>Quotation, speaker unknown</source>
        <translation>引語，發言人不明</translation>
    </message>
    <message>
        <location filename="../ui_text.py" line="100"/>
        <source>%1: %2 — %3</source>
        <translation>%1：%2——%3</translation>
    </message>
    <message>
        <location filename="../ui_text.py" line="105"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui_text.py" line="111"/>
        <source>Quotation %1 of %2: %3</source>
        <translation>第 %1 句，共 %2 句：%3</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../app.py" line="79"/>
        <source>Your settings could not be read; Yanlu started with defaults.</source>
        <translation>無法讀取您的設定，言錄已使用預設設定啟動。</translation>
    </message>
</context>
</TS>
