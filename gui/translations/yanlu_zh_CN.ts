<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <translation>仍然打开</translation>
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
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="235"/>
        <source>Chapter</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="236"/>
        <source>Working</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="237"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="238"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="239"/>
        <source>&amp;Paste as Article</source>
        <translation>粘贴为文章(&amp;P)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="240"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="241"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="242"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="245"/>
        <source>Taiwan &amp;Vocabulary in the Taiwan View</source>
        <translation>台湾视图使用台湾用语(&amp;V)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="248"/>
        <source>Also swap mainland words for Taiwan ones (software, optimise). Off by default: it changes the wording of the news source.</source>
        <translation>同时把大陆用语换成台湾用语（如“软件”改为“软体”）。默认关闭：这会改变新闻原文的措辞。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="252"/>
        <source>&amp;Corner Quotation Marks in Taiwan and Hong Kong</source>
        <translation>台湾和香港视图使用直角引号(&amp;C)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="255"/>
        <source>Show corner brackets, the quotation marks used in Taiwan and Hong Kong, in those two views.</source>
        <translation>在台湾和香港视图中显示当地通用的引号「」『』。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="258"/>
        <source>Reopen with &amp;Encoding</source>
        <translation>以其他编码重新打开(&amp;E)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="259"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="260"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="261"/>
        <source>&amp;Actual Size</source>
        <translation>原始大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="262"/>
        <source>&amp;Language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="263"/>
        <source>System Language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="264"/>
        <source>&amp;Quotations</source>
        <translation>引语(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="265"/>
        <source>&amp;Next Quotation</source>
        <translation>下一句引语(&amp;N)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="266"/>
        <source>&amp;Previous Quotation</source>
        <translation>上一句引语(&amp;P)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="267"/>
        <source>Show &amp;All Speakers</source>
        <translation>显示全部发言人(&amp;A)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="268"/>
        <source>&amp;Clear Highlights</source>
        <translation>清除标示(&amp;C)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="269"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="270"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="271"/>
        <source>&amp;About Yanlu</source>
        <translation>关于言录(&amp;A)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="412"/>
        <source>Converting to %1…</source>
        <translation>正在转换为%1…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="462"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="472"/>
        <source>A reader for Chinese news that shows who said what.</source>
        <translation>阅读中文新闻，看清谁说了什么。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="474"/>
        <source>Script conversion uses OpenCC&apos;s dictionaries (Apache License 2.0). When no Chinese font is installed, Yanlu shows the bundled Noto Sans CJK (SIL Open Font License 1.1).</source>
        <translation>简繁转换使用 OpenCC 词典（Apache License 2.0）。系统未安装中文字体时，言录使用随附的 Noto Sans CJK 字体（SIL Open Font License 1.1）。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="477"/>
        <source>Built with Qt for Python (PySide6, LGPL 3).</source>
        <translation>基于 Qt for Python（PySide6，LGPL 3）构建。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="481"/>
        <source>About Yanlu</source>
        <translation>关于言录</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="697"/>
        <source>Yanlu could not analyse this text: %1</source>
        <translation>言录无法分析这段文字：%1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="717"/>
        <source>Open Article</source>
        <translation>打开文章</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="719"/>
        <source>Articles (*.txt *.md *.html *.htm *.epub);;All files (*)</source>
        <translation>文章 (*.txt *.md *.html *.htm *.epub);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="751"/>
        <source>(no recent files)</source>
        <translation>（没有最近打开的文件）</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../widgets/message_bar.py" line="25"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../widgets/message_bar.py" line="35"/>
        <source>Dismiss message</source>
        <translation>关闭消息</translation>
    </message>
    <message>
        <location filename="../widgets/message_bar.py" line="36"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
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
        <translation>发言人</translation>
    </message>
    <message>
        <location filename="../widgets/speaker_panel.py" line="86"/>
        <source>&amp;Speakers Panel</source>
        <translation>发言人面板(&amp;S)</translation>
    </message>
    <message>
        <location filename="../widgets/speaker_panel.py" line="87"/>
        <source>Speakers in this article</source>
        <translation>本文的发言人</translation>
    </message>
    <message>
        <location filename="../widgets/speaker_panel.py" line="89"/>
        <source>◀ Previous</source>
        <translation>◀ 上一句</translation>
    </message>
    <message>
        <location filename="../widgets/speaker_panel.py" line="90"/>
        <source>Previous quotation (Shift+F3)</source>
        <translation>上一句引语（Shift+F3）</translation>
    </message>
    <message>
        <location filename="../widgets/speaker_panel.py" line="91"/>
        <source>Previous quotation</source>
        <translation>上一句引语</translation>
    </message>
    <message>
        <location filename="../widgets/speaker_panel.py" line="92"/>
        <source>Next ▶</source>
        <translation>下一句 ▶</translation>
    </message>
    <message>
        <location filename="../widgets/speaker_panel.py" line="93"/>
        <source>Next quotation (F3)</source>
        <translation>下一句引语（F3）</translation>
    </message>
    <message>
        <location filename="../widgets/speaker_panel.py" line="94"/>
        <source>Next quotation</source>
        <translation>下一句引语</translation>
    </message>
</context>
<context>
    <name>UiText</name>
    <message>
        <location filename="../ui_text.py" line="16"/>
        <source>Yanlu</source>
        <translation>言录</translation>
    </message>
    <message>
        <location filename="../ui_text.py" line="22"/>
        <source>Original</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../ui_text.py" line="23"/>
        <source>Simplified</source>
        <translation>简体</translation>
    </message>
    <message>
        <location filename="../ui_text.py" line="24"/>
        <source>Traditional</source>
        <translation>繁体</translation>
    </message>
    <message>
        <location filename="../ui_text.py" line="25"/>
        <source>Taiwan</source>
        <translation>台湾</translation>
    </message>
    <message>
        <location filename="../ui_text.py" line="26"/>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <location filename="../ui_text.py" line="33"/>
        <source>Original: the text as it arrived (pinyin annotations removed)</source>
        <translation>原文：收到时的文字（已去除拼音注音）</translation>
    </message>
    <message>
        <location filename="../ui_text.py" line="36"/>
        <source>Simplified Chinese</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <location filename="../ui_text.py" line="37"/>
        <source>Traditional Chinese, OpenCC standard</source>
        <translation>繁体中文（OpenCC 标准）</translation>
    </message>
    <message>
        <location filename="../ui_text.py" line="38"/>
        <source>Traditional Chinese, Taiwan standard</source>
        <translation>台湾正体（台湾标准字形）</translation>
    </message>
    <message>
        <location filename="../ui_text.py" line="39"/>
        <source>Traditional Chinese, Hong Kong standard</source>
        <translation>香港繁体（香港标准字形）</translation>
    </message>
    <message>
        <location filename="../ui_text.py" line="48"/>
        <source>1 quotation</source>
        <translation>1 句直接引语</translation>
    </message>
    <message>
        <location filename="../ui_text.py" line="50"/>
        <source>%1 quotations</source>
        <translation>%1 句直接引语</translation>
    </message>
    <message>
        <location filename="../ui_text.py" line="53"/>
        <source>1 indirect statement</source>
        <translation>1 处转述</translation>
    </message>
    <message>
        <location filename="../ui_text.py" line="55"/>
        <source>%1 indirect statements</source>
        <translation>%1 处转述</translation>
    </message>
    <message>
        <location filename="../ui_text.py" line="56"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../ui_text.py" line="62"/>
        <source>1 speaker in this article</source>
        <translation>本文有 1 位发言人</translation>
    </message>
    <message>
        <location filename="../ui_text.py" line="63"/>
        <source>%1 speakers in this article</source>
        <translation>本文有 %1 位发言人</translation>
    </message>
    <message>
        <location filename="../ui_text.py" line="67"/>
        <source>All speakers</source>
        <translation>全部发言人</translation>
    </message>
    <message>
        <location filename="../ui_text.py" line="71"/>
        <source>group of speakers</source>
        <translation>群体</translation>
    </message>
    <message>
        <location filename="../ui_text.py" line="76"/>
        <source>Numbers: quotations + indirect statements. Quotations are filled with the speaker&apos;s colour, indirect statements are lighter and dash-underlined; the one you are on is underlined.</source>
        <translation>数字：直接引语 + 转述。直接引语以发言人的颜色标示，转述颜色较浅并加虚线下划线；当前这一句加下划线。</translation>
    </message>
    <message>
        <location filename="../ui_text.py" line="86"/>
        <source>%1 (indirect statement)</source>
        <translation>%1（转述）</translation>
    </message>
    <message>
        <location filename="../ui_text.py" line="88"/>
        <source>%1 (quotation)</source>
        <translation>%1（直接引语）</translation>
    </message>
    <message>
        <location filename="../ui_text.py" line="93"/>
        <source>Quotation, speaker unknown</source>
        <translation>引语，发言人不明</translation>
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
        <translation>无法读取您的设置，言录已使用默认设置启动。</translation>
    </message>
</context>
</TS>
