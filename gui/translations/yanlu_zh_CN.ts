<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../printing.py" line="105"/>
        <source>Yanlu 言錄</source>
        <translation>言录</translation>
    </message>
    <message>
        <location filename="../printing.py" line="140"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../printing.py" line="224"/>
        <source>Print Article</source>
        <translation>打印文章</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../widgets/article_view.py" line="62"/>
        <location filename="../widgets/article_view.py" line="317"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
</context>
<context>
    <name>DictionaryPopup</name>
    <message>
        <location filename="../widgets/dictionary_popup.py" line="52"/>
        <source>Dictionary</source>
        <translation>词典</translation>
    </message>
</context>
<context>
    <name>DocumentOpener</name>
    <message>
        <location filename="../document_opener.py" line="119"/>
        <source>Opening “%1”… %2 %</source>
        <translation>正在打开“%1”… %2%</translation>
    </message>
    <message>
        <location filename="../document_opener.py" line="120"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../document_opener.py" line="142"/>
        <source>Open Anyway</source>
        <translation>仍然打开</translation>
    </message>
    <message>
        <location filename="../document_opener.py" line="190"/>
        <source>Chapter %1</source>
        <translation>第 %1 章</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../widgets/find_bar.py" line="90"/>
        <source>Find in article</source>
        <translation>在文章中查找</translation>
    </message>
    <message>
        <location filename="../widgets/find_bar.py" line="91"/>
        <source>Find in any script (协 finds 協)</source>
        <translation>繁简皆可查找（协 也能找到 協）</translation>
    </message>
    <message>
        <location filename="../widgets/find_bar.py" line="92"/>
        <source>Text to find</source>
        <translation>要查找的文字</translation>
    </message>
    <message>
        <location filename="../widgets/find_bar.py" line="93"/>
        <source>Matches</source>
        <translation>匹配</translation>
    </message>
    <message>
        <location filename="../widgets/find_bar.py" line="94"/>
        <source>Where to look</source>
        <translation>查找范围</translation>
    </message>
    <message>
        <location filename="../widgets/find_bar.py" line="96"/>
        <source>Look in the whole article, in quotations only, or in one speaker&apos;s</source>
        <translation>在全文、仅在引语中或仅在某位发言人的引语中查找</translation>
    </message>
    <message>
        <location filename="../widgets/find_bar.py" line="99"/>
        <source>Previous match (Shift+Enter, Ctrl+Shift+G)</source>
        <translation>上一个匹配（Shift+Enter、Ctrl+Shift+G）</translation>
    </message>
    <message>
        <location filename="../widgets/find_bar.py" line="100"/>
        <source>Next match (Enter, Ctrl+G)</source>
        <translation>下一个匹配（Enter、Ctrl+G）</translation>
    </message>
    <message>
        <location filename="../widgets/find_bar.py" line="101"/>
        <source>Close the find bar (Esc)</source>
        <translation>关闭查找栏（Esc）</translation>
    </message>
    <message>
        <location filename="../widgets/find_bar.py" line="131"/>
        <source>No matches</source>
        <translation>没有匹配</translation>
    </message>
    <message>
        <location filename="../widgets/find_bar.py" line="144"/>
        <source>Whole article</source>
        <translation>全文</translation>
    </message>
    <message>
        <location filename="../widgets/find_bar.py" line="145"/>
        <source>In quotations</source>
        <translation>引语中</translation>
    </message>
    <message>
        <location filename="../widgets/find_bar.py" line="147"/>
        <source>Said by %s</source>
        <translation>%s 说的话</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="244"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="245"/>
        <source>Chapter</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="246"/>
        <source>Working</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="247"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="248"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="249"/>
        <source>P&amp;aste as Article</source>
        <translation>粘贴为文章(&amp;A)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="250"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="251"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="252"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="255"/>
        <source>Taiwan &amp;Vocabulary in the Taiwan View</source>
        <translation>台湾视图使用台湾用语(&amp;V)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="258"/>
        <source>Also swap mainland words for Taiwan ones (software, optimise). Off by default: it changes the wording of the news source.</source>
        <translation>同时把大陆用语换成台湾用语（如“软件”改为“软体”）。默认关闭：这会改变新闻原文的措辞。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="262"/>
        <source>&amp;Corner Quotation Marks in Taiwan and Hong Kong</source>
        <translation>台湾和香港视图使用直角引号(&amp;C)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="265"/>
        <source>Show corner brackets, the quotation marks used in Taiwan and Hong Kong, in those two views.</source>
        <translation>在台湾和香港视图中显示当地通用的引号「」『』。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="268"/>
        <source>Reopen with &amp;Encoding</source>
        <translation>以其他编码重新打开(&amp;E)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="269"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="270"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="271"/>
        <source>&amp;Actual Size</source>
        <translation>原始大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="272"/>
        <source>&amp;Language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="273"/>
        <source>System Language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="274"/>
        <source>&amp;Quotations</source>
        <translation>引语(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="275"/>
        <source>&amp;Next Quotation</source>
        <translation>下一句引语(&amp;N)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="276"/>
        <source>&amp;Previous Quotation</source>
        <translation>上一句引语(&amp;P)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="277"/>
        <source>Show &amp;All Speakers</source>
        <translation>显示全部发言人(&amp;A)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="278"/>
        <source>&amp;Clear Highlights</source>
        <translation>清除标示(&amp;C)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="279"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="280"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="281"/>
        <source>&amp;About Yanlu</source>
        <translation>关于言录(&amp;A)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="438"/>
        <source>Converting to %1…</source>
        <translation>正在转换为%1…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="866"/>
        <source>Yanlu does not fetch web pages: save “%1” in your browser and open that file.</source>
        <translation>言录不会下载网页：请先在浏览器中保存“%1”，再打开保存的文件。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="498"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="508"/>
        <source>A reader for Chinese news that shows who said what.</source>
        <translation>阅读中文新闻，看清谁说了什么。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="510"/>
        <source>Script conversion uses OpenCC&apos;s dictionaries (Apache License 2.0). When no Chinese font is installed, Yanlu shows the bundled Noto Sans CJK (SIL Open Font License 1.1).</source>
        <translation>简繁转换使用 OpenCC 词典（Apache License 2.0）。系统未安装中文字体时，言录使用随附的 Noto Sans CJK 字体（SIL Open Font License 1.1）。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="517"/>
        <source>Built with Qt for Python (PySide6, LGPL 3).</source>
        <translation>基于 Qt for Python（PySide6，LGPL 3）构建。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="521"/>
        <source>About Yanlu</source>
        <translation>关于言录</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="768"/>
        <source>Yanlu could not analyse this text: its analysis process stopped twice while working on it (the text may be too large for this computer&apos;s memory).</source>
        <translation>言录无法分析这段文字：分析进程在处理时两次中止（文字可能太大，超出这台电脑的内存）。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="772"/>
        <source>Yanlu could not analyse this text: %1</source>
        <translation>言录无法分析这段文字：%1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="791"/>
        <source>Open Article</source>
        <translation>打开文章</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="793"/>
        <source>Articles (*.txt *.md *.html *.htm *.epub);;All files (*)</source>
        <translation>文章 (*.txt *.md *.html *.htm *.epub);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="826"/>
        <source>(no recent files)</source>
        <translation>（没有最近打开的文件）</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="514"/>
        <source>The dictionary is CC-CEDICT by MDBG and its contributors (Creative Commons Attribution-ShareAlike 4.0, cc-cedict.org). Pinyin readings come from pypinyin (MIT).</source>
        <translation>词典为 MDBG 及其贡献者的 CC-CEDICT（知识共享 署名-相同方式共享 4.0，cc-cedict.org）。拼音读音来自 pypinyin（MIT）。</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../widgets/message_bar.py" line="50"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../widgets/message_bar.py" line="51"/>
        <source>Dismiss message</source>
        <translation>关闭消息</translation>
    </message>
    <message>
        <location filename="../widgets/message_bar.py" line="52"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../messages.py" line="24"/>
        <source>The pasted text has %1 characters, more than the %2 Yanlu takes without asking.</source>
        <translation>粘贴的文字有 %1 个字符，超过言录无需确认即可接受的 %2 个。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="27"/>
        <source>There is no text to paste.</source>
        <translation>没有可以粘贴的文字。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="28"/>
        <source>The pasted text is only white space.</source>
        <translation>粘贴的内容只有空白。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="29"/>
        <source>There is no file “%1” (it may have been moved or deleted).</source>
        <translation>找不到文件“%1”（可能已被移动或删除）。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="30"/>
        <source>“%1” is a folder, not a file.</source>
        <translation>“%1”是文件夹，不是文件。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="31"/>
        <source>You do not have permission to read “%1”.</source>
        <translation>您没有读取“%1”的权限。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="32"/>
        <source>“%1” is not an ordinary file (it is a device, pipe or socket).</source>
        <translation>“%1”不是普通文件（而是设备、管道或套接字）。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="33"/>
        <source>Yanlu cannot open “%1”: %2.</source>
        <translation>言录无法打开“%1”：%2。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="34"/>
        <source>Yanlu could not read “%1”: %2.</source>
        <translation>言录无法读取“%1”：%2。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="35"/>
        <source>This file is %1, too large for Yanlu to open (the limit is %2).</source>
        <translation>这个文件有 %1，太大，言录无法打开（上限为 %2）。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="36"/>
        <source>This file is %1; files over %2 may take a while to open.</source>
        <translation>这个文件有 %1；超过 %2 的文件可能要打开一段时间。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="37"/>
        <source>This file is empty.</source>
        <translation>这个文件是空的。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="38"/>
        <source>This looks like %1, not text.</source>
        <translation>这看起来是%1，不是文字。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="39"/>
        <source>This web page is %1; Yanlu reads web pages up to %2.</source>
        <translation>这个网页有 %1；言录只读取 %2 以内的网页。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="40"/>
        <source>This file is named like an EPUB book but is not one.</source>
        <translation>这个文件的名称像 EPUB 电子书，但它不是。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="41"/>
        <source>This file contains only white space.</source>
        <translation>这个文件只有空白。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="42"/>
        <source>This Markdown file has no text, only markup.</source>
        <translation>这个 Markdown 文件没有文字，只有标记。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="43"/>
        <source>Opening was cancelled.</source>
        <translation>已取消打开。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="44"/>
        <source>Yanlu could not open this file (%1).</source>
        <translation>言录无法打开这个文件（%1）。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="45"/>
        <source>Yanlu could not open this file.</source>
        <translation>言录无法打开这个文件。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="47"/>
        <source>“%1” is not an encoding Yanlu knows.</source>
        <translation>“%1”不是言录认识的编码。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="48"/>
        <source>“%1” is not a text encoding.</source>
        <translation>“%1”不是文字编码。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="49"/>
        <source>This file is not valid %1: unreadable bytes from position %2 on.</source>
        <translation>这个文件不是有效的%1：从第 %2 个字节起无法读取。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="50"/>
        <source>This file does not look like text: its bytes are not valid in any encoding Yanlu knows (it may be damaged, or a binary file).</source>
        <translation>这个文件看起来不是文字：它的字节在言录认识的任何编码中都无效（可能已损坏，或是二进制文件）。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="55"/>
        <source>This file does not look like text (it may be a program or a binary file).</source>
        <translation>这个文件看起来不是文字（可能是程序或二进制文件）。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="58"/>
        <source>This file is damaged: many of its bytes are not valid text.</source>
        <translation>这个文件已损坏：很多字节不是有效的文字。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="60"/>
        <source>This EPUB book is damaged and Yanlu cannot open it.</source>
        <translation>这本 EPUB 电子书已损坏，言录无法打开。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="61"/>
        <source>This EPUB book is copy-protected (DRM), so Yanlu cannot read its text.</source>
        <translation>这本 EPUB 电子书有版权保护（DRM），言录无法读取其中的文字。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="62"/>
        <source>This EPUB book has %1 files in it, too many to be a real book.</source>
        <translation>这本 EPUB 电子书里有 %1 个文件，多得不像一本真正的书。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="63"/>
        <source>This EPUB book has %1 chapters, more than Yanlu can show.</source>
        <translation>这本 EPUB 电子书有 %1 章，超过言录能显示的数量。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="64"/>
        <source>This EPUB book has no text that Yanlu can read.</source>
        <translation>这本 EPUB 电子书没有言录能读取的文字。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="65"/>
        <source>This EPUB book unpacks to more than %1 in one chapter, too much to open.</source>
        <translation>这本 EPUB 电子书有一章解压后超过 %1，太大，无法打开。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="66"/>
        <source>This EPUB book unpacks to more than %1 in one file, too much to open.</source>
        <translation>这本 EPUB 电子书有一个文件解压后超过 %1，太大，无法打开。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="67"/>
        <source>This EPUB book unpacks to more than %1 of text, too much to open.</source>
        <translation>这本 EPUB 电子书解压后的文字超过 %1，太多，无法打开。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="69"/>
        <source>This web page has no article text that Yanlu can read.</source>
        <translation>这个网页没有言录能读取的文章内容。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="70"/>
        <source>Yanlu cannot read web pages on this computer (%1 is missing).</source>
        <translation>言录无法在这台电脑上读取网页（缺少 %1）。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="71"/>
        <source>This web page is damaged and Yanlu cannot read it.</source>
        <translation>这个网页已损坏，言录无法读取。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="72"/>
        <source>This web page is empty.</source>
        <translation>这个网页是空的。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="74"/>
        <source>This text contains no Chinese characters, so Yanlu will probably find no quotations in it.</source>
        <translation>这段文字没有汉字，言录很可能找不到其中的引语。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="78"/>
        <source>This text is in Korean, not Chinese, so Yanlu will probably find no quotations in it.</source>
        <translation>这段文字是韩文而不是中文，言录很可能找不到其中的引语。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="81"/>
        <source>%1 damaged spot(s) in this file could not be read and are shown as �.</source>
        <translation>这个文件中有 %1 处损坏无法读取，以 � 显示。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="83"/>
        <source>Your settings file “%1” is not an ordinary file (a pipe or a device), so Yanlu neither reads nor saves settings.</source>
        <translation>设置文件“%1”不是普通文件（而是管道或设备），因此言录既不读取也不保存设置。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="88"/>
        <source>Yanlu cannot read its settings file “%1” (%2); it started with defaults and will not save over it.</source>
        <translation>言录无法读取设置文件“%1”（%2）；已使用默认设置启动，并且不会覆盖该文件。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="92"/>
        <source>Your settings could not be read; Yanlu started with defaults (the old file is kept as “%1”).</source>
        <translation>无法读取您的设置；言录已使用默认设置启动（旧文件保留为“%1”）。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="96"/>
        <source>Your settings could not be read; Yanlu started with defaults.</source>
        <translation>无法读取您的设置；言录已使用默认设置启动。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="97"/>
        <source>Yanlu cannot save its settings in “%1” (permission denied); changes will be lost when it quits.</source>
        <translation>言录无法在“%1”中保存设置（权限不足）；退出后更改将会丢失。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="101"/>
        <source>Yanlu cannot save its settings to “%1” (%2); changes will be lost when it quits.</source>
        <translation>言录无法将设置保存到“%1”（%2）；退出后更改将会丢失。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="108"/>
        <source>a PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <location filename="../messages.py" line="109"/>
        <source>a JPEG image</source>
        <translation>JPEG 图片</translation>
    </message>
    <message>
        <location filename="../messages.py" line="110"/>
        <source>a GIF image</source>
        <translation>GIF 图片</translation>
    </message>
    <message>
        <location filename="../messages.py" line="111"/>
        <source>a TIFF image</source>
        <translation>TIFF 图片</translation>
    </message>
    <message>
        <location filename="../messages.py" line="112"/>
        <source>an icon file</source>
        <translation>图标文件</translation>
    </message>
    <message>
        <location filename="../messages.py" line="113"/>
        <source>a PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <location filename="../messages.py" line="114"/>
        <source>an RTF document (save it as plain text first)</source>
        <translation>RTF 文档（请先另存为纯文本）</translation>
    </message>
    <message>
        <location filename="../messages.py" line="115"/>
        <source>an old Microsoft Office document (.doc or .xls)</source>
        <translation>旧版 Microsoft Office 文档（.doc 或 .xls）</translation>
    </message>
    <message>
        <location filename="../messages.py" line="116"/>
        <source>a ZIP archive (or a Word, Excel or other Office file)</source>
        <translation>ZIP 压缩包（或 Word、Excel 等 Office 文件）</translation>
    </message>
    <message>
        <location filename="../messages.py" line="117"/>
        <source>an empty ZIP archive</source>
        <translation>空的 ZIP 压缩包</translation>
    </message>
    <message>
        <location filename="../messages.py" line="118"/>
        <source>a compressed (gzip) file</source>
        <translation>压缩文件（gzip）</translation>
    </message>
    <message>
        <location filename="../messages.py" line="119"/>
        <source>a 7-Zip archive</source>
        <translation>7-Zip 压缩包</translation>
    </message>
    <message>
        <location filename="../messages.py" line="120"/>
        <source>a RAR archive</source>
        <translation>RAR 压缩包</translation>
    </message>
    <message>
        <location filename="../messages.py" line="121"/>
        <source>a compressed (xz) file</source>
        <translation>压缩文件（xz）</translation>
    </message>
    <message>
        <location filename="../messages.py" line="122"/>
        <source>a compressed (Zstandard) file</source>
        <translation>压缩文件（Zstandard）</translation>
    </message>
    <message>
        <location filename="../messages.py" line="123"/>
        <source>a compressed (bzip2) file</source>
        <translation>压缩文件（bzip2）</translation>
    </message>
    <message>
        <location filename="../messages.py" line="124"/>
        <source>a program</source>
        <translation>程序</translation>
    </message>
    <message>
        <location filename="../messages.py" line="125"/>
        <source>a program (Java or macOS)</source>
        <translation>程序（Java 或 macOS）</translation>
    </message>
    <message>
        <location filename="../messages.py" line="126"/>
        <source>a macOS program</source>
        <translation>macOS 程序</translation>
    </message>
    <message>
        <location filename="../messages.py" line="127"/>
        <source>a WebAssembly program</source>
        <translation>WebAssembly 程序</translation>
    </message>
    <message>
        <location filename="../messages.py" line="128"/>
        <source>an SQLite database</source>
        <translation>SQLite 数据库</translation>
    </message>
    <message>
        <location filename="../messages.py" line="129"/>
        <source>an audio or video file (Ogg)</source>
        <translation>音频或视频文件（Ogg）</translation>
    </message>
    <message>
        <location filename="../messages.py" line="130"/>
        <source>an audio file (FLAC)</source>
        <translation>音频文件（FLAC）</translation>
    </message>
    <message>
        <location filename="../messages.py" line="131"/>
        <source>a video, audio or image file (MP4/MOV/HEIC)</source>
        <translation>视频、音频或图片文件（MP4/MOV/HEIC）</translation>
    </message>
    <message>
        <location filename="../messages.py" line="132"/>
        <source>a web font</source>
        <translation>网页字体</translation>
    </message>
    <message>
        <location filename="../messages.py" line="133"/>
        <source>a WebP image</source>
        <translation>WebP 图片</translation>
    </message>
    <message>
        <location filename="../messages.py" line="134"/>
        <source>an audio file (WAV)</source>
        <translation>音频文件（WAV）</translation>
    </message>
    <message>
        <location filename="../messages.py" line="135"/>
        <source>a video file (AVI)</source>
        <translation>视频文件（AVI）</translation>
    </message>
    <message>
        <location filename="../messages.py" line="136"/>
        <source>an audio file (MP3)</source>
        <translation>音频文件（MP3）</translation>
    </message>
    <message>
        <location filename="../messages.py" line="137"/>
        <source>a Windows program</source>
        <translation>Windows 程序</translation>
    </message>
    <message>
        <location filename="../messages.py" line="138"/>
        <source>GB18030 (Simplified Chinese, all characters)</source>
        <translation>GB18030（简体中文，全部字符）</translation>
    </message>
    <message>
        <location filename="../messages.py" line="139"/>
        <source>GBK (Simplified Chinese, Windows)</source>
        <translation>GBK（简体中文，Windows）</translation>
    </message>
    <message>
        <location filename="../messages.py" line="140"/>
        <source>GB2312 (Simplified Chinese, basic)</source>
        <translation>GB2312（简体中文，基本字符）</translation>
    </message>
    <message>
        <location filename="../messages.py" line="141"/>
        <source>Big5 (Traditional Chinese, Taiwan)</source>
        <translation>Big5（繁体中文，台湾）</translation>
    </message>
    <message>
        <location filename="../messages.py" line="142"/>
        <source>Big5-HKSCS (Traditional Chinese, Hong Kong)</source>
        <translation>Big5-HKSCS（繁体中文，香港）</translation>
    </message>
    <message>
        <location filename="../messages.py" line="147"/>
        <source>No such file or directory</source>
        <translation>没有那个文件或文件夹</translation>
    </message>
    <message>
        <location filename="../messages.py" line="148"/>
        <source>Permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <location filename="../messages.py" line="149"/>
        <source>No space left on device</source>
        <translation>磁盘空间不足</translation>
    </message>
    <message>
        <location filename="../messages.py" line="150"/>
        <source>Read-only file system</source>
        <translation>只读文件系统</translation>
    </message>
    <message>
        <location filename="../messages.py" line="151"/>
        <source>Is a directory</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <location filename="../messages.py" line="152"/>
        <source>File name too long</source>
        <translation>文件名太长</translation>
    </message>
    <message>
        <location filename="../messages.py" line="144"/>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
</context>
<context>
    <name>ReadingHelp</name>
    <message>
        <location filename="../reading_help.py" line="80"/>
        <source>Show &amp;Pinyin</source>
        <translation>显示拼音(&amp;P)</translation>
    </message>
    <message>
        <location filename="../reading_help.py" line="97"/>
        <source>Show &amp;Jyutping</source>
        <translation>显示粤拼(&amp;J)</translation>
    </message>
    <message>
        <location filename="../reading_help.py" line="83"/>
        <source>Pinyin over the characters of this script, read in context (Jyutping in the Hong Kong view; remembered per script).</source>
        <translation>在当前文字版本的汉字上方显示按上下文确定读音的拼音（香港版显示粤拼；每个文字版本分别记住）。</translation>
    </message>
    <message>
        <location filename="../reading_help.py" line="87"/>
        <source>&amp;Dictionary on Hover and Click</source>
        <translation>指向或点击时查词典(&amp;D)</translation>
    </message>
    <message>
        <location filename="../reading_help.py" line="89"/>
        <source>Point at a word or click it to see its readings and English meanings (CC-CEDICT).</source>
        <translation>指向或点击词语，查看读音和英文释义（CC-CEDICT）。</translation>
    </message>
    <message>
        <location filename="../reading_help.py" line="100"/>
        <source>Look Up &amp;Word at Cursor</source>
        <translation>查询光标处的词语(&amp;W)</translation>
    </message>
    <message>
        <location filename="../reading_help.py" line="102"/>
        <source>The dictionary for the word at the text cursor or selection; again for the next word.</source>
        <translation>在词典中查询文本光标处或所选的词语；再按一次查询下一个词语。</translation>
    </message>
</context>
<context>
    <name>ReadingTools</name>
    <message>
        <location filename="../reading_tools.py" line="117"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../reading_tools.py" line="118"/>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../reading_tools.py" line="119"/>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <location filename="../reading_tools.py" line="120"/>
        <source>Copy &amp;Quotation with Attribution</source>
        <translation>复制引语及出处(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../reading_tools.py" line="121"/>
        <source>Copy All of the &amp;Speaker&apos;s Quotations</source>
        <translation>复制这位发言人的全部引语(&amp;S)</translation>
    </message>
    <message>
        <location filename="../reading_tools.py" line="122"/>
        <source>&amp;CSV (spreadsheet)…</source>
        <translation>&amp;CSV（电子表格）…</translation>
    </message>
    <message>
        <location filename="../reading_tools.py" line="123"/>
        <source>&amp;JSON…</source>
        <translation>&amp;JSON…</translation>
    </message>
    <message>
        <location filename="../reading_tools.py" line="124"/>
        <source>&amp;Markdown…</source>
        <translation>&amp;Markdown…</translation>
    </message>
    <message>
        <location filename="../reading_tools.py" line="125"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../reading_tools.py" line="126"/>
        <source>Export P&amp;DF…</source>
        <translation>导出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../reading_tools.py" line="127"/>
        <source>&amp;Export Speakers and Quotations</source>
        <translation>导出发言人和引语(&amp;E)</translation>
    </message>
    <message>
        <location filename="../reading_tools.py" line="128"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../reading_tools.py" line="144"/>
        <location filename="../reading_tools.py" line="246"/>
        <source>Copy All of %s&apos;s Quotations</source>
        <translation>复制%s的全部引语</translation>
    </message>
    <message>
        <location filename="../reading_tools.py" line="146"/>
        <source>Copy All of the Speaker&apos;s Quotations</source>
        <translation>复制这位发言人的全部引语</translation>
    </message>
    <message>
        <location filename="../reading_tools.py" line="204"/>
        <source>Copied: %s</source>
        <translation>已复制：%s</translation>
    </message>
    <message>
        <location filename="../reading_tools.py" line="224"/>
        <source>Copy Quotation with Attribution</source>
        <translation>复制引语及出处</translation>
    </message>
    <message>
        <location filename="../reading_tools.py" line="257"/>
        <source>Yanlu is still analysing this article; try again in a moment.</source>
        <translation>言录仍在分析这篇文章，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../reading_tools.py" line="272"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../reading_tools.py" line="273"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../reading_tools.py" line="274"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../reading_tools.py" line="278"/>
        <source>Export Speakers and Quotations</source>
        <translation>导出发言人和引语</translation>
    </message>
    <message>
        <location filename="../reading_tools.py" line="297"/>
        <source>Could not write %s: %s</source>
        <translation>无法写入 %s：%s</translation>
    </message>
    <message>
        <location filename="../reading_tools.py" line="300"/>
        <location filename="../reading_tools.py" line="313"/>
        <source>Exported to %s</source>
        <translation>已导出到 %s</translation>
    </message>
    <message>
        <location filename="../reading_tools.py" line="313"/>
        <source>Speakers and quotations</source>
        <translation>发言人和引语</translation>
    </message>
    <message>
        <location filename="../reading_tools.py" line="314"/>
        <source>Source: %s</source>
        <translation>来源：%s</translation>
    </message>
    <message>
        <location filename="../reading_tools.py" line="315"/>
        <source>Speaker unknown</source>
        <translation>发言人不明</translation>
    </message>
    <message>
        <location filename="../reading_tools.py" line="316"/>
        <source>reported</source>
        <translation>转述</translation>
    </message>
    <message>
        <location filename="../reading_tools.py" line="317"/>
        <source>No quotations found.</source>
        <translation>未找到引语。</translation>
    </message>
    <message>
        <location filename="../reading_tools.py" line="307"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location filename="../reading_tools.py" line="307"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ScriptBar</name>
    <message>
        <location filename="../widgets/script_bar.py" line="46"/>
        <source>Script</source>
        <translation>文字版本</translation>
    </message>
</context>
<context>
    <name>SourceScriptMenu</name>
    <message>
        <location filename="../source_script.py" line="54"/>
        <source>Article&apos;s Sc&amp;ript</source>
        <translation>原文简繁(&amp;R)</translation>
    </message>
    <message>
        <location filename="../source_script.py" line="56"/>
        <source>Which script the article is written in; Yanlu finds it, and you can overrule it.</source>
        <translation>文章用哪种字体写成；言录会自动判断，你也可以自己指定。</translation>
    </message>
    <message>
        <location filename="../source_script.py" line="58"/>
        <source>&amp;Simplified</source>
        <translation>简体(&amp;S)</translation>
    </message>
    <message>
        <location filename="../source_script.py" line="59"/>
        <source>&amp;Traditional</source>
        <translation>繁体(&amp;T)</translation>
    </message>
    <message>
        <location filename="../source_script.py" line="69"/>
        <source>&amp;Detect from the Text</source>
        <translation>根据文本判断(&amp;D)</translation>
    </message>
    <message>
        <location filename="../source_script.py" line="71"/>
        <source>&amp;Detect from the Text (found: Traditional)</source>
        <translation>根据文本判断(&amp;D)（判断为：繁体）</translation>
    </message>
    <message>
        <location filename="../source_script.py" line="73"/>
        <source>&amp;Detect from the Text (found: Simplified)</source>
        <translation>根据文本判断(&amp;D)（判断为：简体）</translation>
    </message>
</context>
<context>
    <name>SpeakerPanel</name>
    <message>
        <location filename="../widgets/speaker_panel.py" line="101"/>
        <source>Speakers</source>
        <translation>发言人</translation>
    </message>
    <message>
        <location filename="../widgets/speaker_panel.py" line="107"/>
        <source>&amp;Speakers Panel</source>
        <translation>发言人面板(&amp;S)</translation>
    </message>
    <message>
        <location filename="../widgets/speaker_panel.py" line="108"/>
        <source>Speakers in this article</source>
        <translation>本文的发言人</translation>
    </message>
    <message>
        <location filename="../widgets/speaker_panel.py" line="110"/>
        <source>◀ Previous</source>
        <translation>◀ 上一句</translation>
    </message>
    <message>
        <location filename="../widgets/speaker_panel.py" line="111"/>
        <source>Previous quotation (Shift+F3)</source>
        <translation>上一句引语（Shift+F3）</translation>
    </message>
    <message>
        <location filename="../widgets/speaker_panel.py" line="112"/>
        <source>Previous quotation</source>
        <translation>上一句引语</translation>
    </message>
    <message>
        <location filename="../widgets/speaker_panel.py" line="113"/>
        <source>Next ▶</source>
        <translation>下一句 ▶</translation>
    </message>
    <message>
        <location filename="../widgets/speaker_panel.py" line="114"/>
        <source>Next quotation (F3)</source>
        <translation>下一句引语（F3）</translation>
    </message>
    <message>
        <location filename="../widgets/speaker_panel.py" line="115"/>
        <source>Next quotation</source>
        <translation>下一句引语</translation>
    </message>
    <message>
        <location filename="../widgets/speaker_panel.py" line="172"/>
        <source>Finding speakers…</source>
        <translation>正在查找发言人…</translation>
    </message>
    <message>
        <location filename="../widgets/speaker_panel.py" line="172"/>
        <source>No speakers in this text.</source>
        <translation>本文中没有发言人。</translation>
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
</TS>
