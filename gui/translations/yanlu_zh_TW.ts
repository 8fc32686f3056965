<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name></name>
    <message>
        <location filename="../printing.py" line="105"/>
        <source>Yanlu 言錄</source>
        <translation>言錄</translation>
    </message>
    <message>
        <location filename="../printing.py" line="140"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../printing.py" line="224"/>
        <source>Print Article</source>
        <translation>列印文章</translation>
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
        <translation>詞典</translation>
    </message>
</context>
<context>
    <name>DocumentOpener</name>
    <message>
        <location filename="../document_opener.py" line="119"/>
        <source>Opening “%1”… %2 %</source>
        <translation>正在開啟「%1」… %2%</translation>
    </message>
    <message>
        <location filename="../document_opener.py" line="120"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../document_opener.py" line="142"/>
        <source>Open Anyway</source>
        <translation>仍然開啟</translation>
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
        <translation>在文章中尋找</translation>
    </message>
    <message>
        <location filename="../widgets/find_bar.py" line="91"/>
        <source>Find in any script (协 finds 協)</source>
        <translation>繁簡皆可尋找（協 也能找到 协）</translation>
    </message>
    <message>
        <location filename="../widgets/find_bar.py" line="92"/>
        <source>Text to find</source>
        <translation>要尋找的文字</translation>
    </message>
    <message>
        <location filename="../widgets/find_bar.py" line="93"/>
        <source>Matches</source>
        <translation>符合項目</translation>
    </message>
    <message>
        <location filename="../widgets/find_bar.py" line="94"/>
        <source>Where to look</source>
        <translation>尋找範圍</translation>
    </message>
    <message>
        <location filename="../widgets/find_bar.py" line="96"/>
        <source>Look in the whole article, in quotations only, or in one speaker&apos;s</source>
        <translation>在全文、僅在引語中或僅在某位發言人的引語中尋找</translation>
    </message>
    <message>
        <location filename="../widgets/find_bar.py" line="99"/>
        <source>Previous match (Shift+Enter, Ctrl+Shift+G)</source>
        <translation>上一個符合項目（Shift+Enter、Ctrl+Shift+G）</translation>
    </message>
    <message>
        <location filename="../widgets/find_bar.py" line="100"/>
        <source>Next match (Enter, Ctrl+G)</source>
        <translation>下一個符合項目（Enter、Ctrl+G）</translation>
    </message>
    <message>
        <location filename="../widgets/find_bar.py" line="101"/>
        <source>Close the find bar (Esc)</source>
        <translation>關閉尋找列（Esc）</translation>
    </message>
    <message>
        <location filename="../widgets/find_bar.py" line="131"/>
        <source>No matches</source>
        <translation>沒有符合項目</translation>
    </message>
    <message>
        <location filename="../widgets/find_bar.py" line="144"/>
        <source>Whole article</source>
        <translation>全文</translation>
    </message>
    <message>
        <location filename="../widgets/find_bar.py" line="145"/>
        <source>In quotations</source>
        <translation>引語中</translation>
    </message>
    <message>
        <location filename="../widgets/find_bar.py" line="147"/>
        <source>Said by %s</source>
        <translation>%s 說的話</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="244"/>
        <source>Main toolbar</source>
        <translation>主工具列</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="245"/>
        <source>Chapter</source>
        <translation>章節</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="246"/>
        <source>Working</source>
        <translation>處理中</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="247"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="248"/>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="249"/>
        <source>P&amp;aste as Article</source>
        <translation>貼上為文章(&amp;A)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="250"/>
        <source>Open &amp;Recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="251"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="252"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="255"/>
        <source>Taiwan &amp;Vocabulary in the Taiwan View</source>
        <translation>臺灣檢視使用臺灣用語(&amp;V)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="258"/>
        <source>Also swap mainland words for Taiwan ones (software, optimise). Off by default: it changes the wording of the news source.</source>
        <translation>同時把大陸用語換成臺灣用語（如「軟件」改為「軟體」）。預設關閉：這會改變新聞原文的措辭。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="262"/>
        <source>&amp;Corner Quotation Marks in Taiwan and Hong Kong</source>
        <translation>臺灣和香港檢視使用直角引號(&amp;C)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="265"/>
        <source>Show corner brackets, the quotation marks used in Taiwan and Hong Kong, in those two views.</source>
        <translation>在臺灣和香港檢視中顯示當地通用的引號「」『』。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="268"/>
        <source>Reopen with &amp;Encoding</source>
        <translation>以其他編碼重新開啟(&amp;E)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="269"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="270"/>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="271"/>
        <source>&amp;Actual Size</source>
        <translation>原始大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="272"/>
        <source>&amp;Language</source>
        <translation>介面語言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="273"/>
        <source>System Language</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="274"/>
        <source>&amp;Quotations</source>
        <translation>引語(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="275"/>
        <source>&amp;Next Quotation</source>
        <translation>下一句引語(&amp;N)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="276"/>
        <source>&amp;Previous Quotation</source>
        <translation>上一句引語(&amp;P)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="277"/>
        <source>Show &amp;All Speakers</source>
        <translation>顯示全部發言人(&amp;A)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="278"/>
        <source>&amp;Clear Highlights</source>
        <translation>清除標示(&amp;C)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="279"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="280"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="281"/>
        <source>&amp;About Yanlu</source>
        <translation>關於言錄(&amp;A)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="438"/>
        <source>Converting to %1…</source>
        <translation>正在轉換為%1…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="866"/>
        <source>Yanlu does not fetch web pages: save “%1” in your browser and open that file.</source>
        <translation>言錄不會下載網頁：請先在瀏覽器中儲存「%1」，再開啟儲存的檔案。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="498"/>
        <source>Keyboard Shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="508"/>
        <source>A reader for Chinese news that shows who said what.</source>
        <translation>閱讀中文新聞，看清誰說了什麼。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="510"/>
        <source>Script conversion uses OpenCC&apos;s dictionaries (Apache License 2.0). When no Chinese font is installed, Yanlu shows the bundled Noto Sans CJK (SIL Open Font License 1.1).</source>
        <translation>簡繁轉換使用 OpenCC 詞典（Apache License 2.0）。系統未安裝中文字型時，言錄使用隨附的 Noto Sans CJK 字型（SIL Open Font License 1.1）。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="517"/>
        <source>Built with Qt for Python (PySide6, LGPL 3).</source>
        <translation>以 Qt for Python（PySide6，LGPL 3）建置。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="521"/>
        <source>About Yanlu</source>
        <translation>關於言錄</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="768"/>
        <source>Yanlu could not analyse this text: its analysis process stopped twice while working on it (the text may be too large for this computer&apos;s memory).</source>
        <translation>言錄無法分析這段文字：分析程序在處理時兩度中止（文字可能太大，超出這臺電腦的記憶體）。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="772"/>
        <source>Yanlu could not analyse this text: %1</source>
        <translation>言錄無法分析這段文字：%1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="791"/>
        <source>Open Article</source>
        <translation>開啟文章</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="793"/>
        <source>Articles (*.txt *.md *.html *.htm *.epub);;All files (*)</source>
        <translation>文章 (*.txt *.md *.html *.htm *.epub);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="826"/>
        <source>(no recent files)</source>
        <translation>（沒有最近開啟的檔案）</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="514"/>
        <source>The dictionary is CC-CEDICT by MDBG and its contributors (Creative Commons Attribution-ShareAlike 4.0, cc-cedict.org). Pinyin readings come from pypinyin (MIT).</source>
        <translation>詞典為 MDBG 及其貢獻者的 CC-CEDICT（創用 CC 姓名標示-相同方式分享 4.0，cc-cedict.org）。拼音讀音來自 pypinyin（MIT）。</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../widgets/message_bar.py" line="50"/>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <location filename="../widgets/message_bar.py" line="51"/>
        <source>Dismiss message</source>
        <translation>關閉訊息</translation>
    </message>
    <message>
        <location filename="../widgets/message_bar.py" line="52"/>
        <source>Dismiss</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../messages.py" line="24"/>
        <source>The pasted text has %1 characters, more than the %2 Yanlu takes without asking.</source>
        <translation>貼上的文字有 %1 個字元，超過言錄無須確認即可接受的 %2 個。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="27"/>
        <source>There is no text to paste.</source>
        <translation>沒有可以貼上的文字。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="28"/>
        <source>The pasted text is only white space.</source>
        <translation>貼上的內容只有空白。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="29"/>
        <source>There is no file “%1” (it may have been moved or deleted).</source>
        <translation>找不到檔案「%1」（可能已被移動或刪除）。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="30"/>
        <source>“%1” is a folder, not a file.</source>
        <translation>「%1」是資料夾，不是檔案。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="31"/>
        <source>You do not have permission to read “%1”.</source>
        <translation>您沒有讀取「%1」的權限。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="32"/>
        <source>“%1” is not an ordinary file (it is a device, pipe or socket).</source>
        <translation>「%1」不是一般檔案（而是裝置、管道或通訊端）。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="33"/>
        <source>Yanlu cannot open “%1”: %2.</source>
        <translation>言錄無法開啟「%1」：%2。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="34"/>
        <source>Yanlu could not read “%1”: %2.</source>
        <translation>言錄無法讀取「%1」：%2。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="35"/>
        <source>This file is %1, too large for Yanlu to open (the limit is %2).</source>
        <translation>這個檔案有 %1，太大，言錄無法開啟（上限為 %2）。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="36"/>
        <source>This file is %1; files over %2 may take a while to open.</source>
        <translation>這個檔案有 %1；超過 %2 的檔案可能要開啟一段時間。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="37"/>
        <source>This file is empty.</source>
        <translation>這個檔案是空的。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="38"/>
        <source>This looks like %1, not text.</source>
        <translation>這看起來是%1，不是文字。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="39"/>
        <source>This web page is %1; Yanlu reads web pages up to %2.</source>
        <translation>這個網頁有 %1；言錄只讀取 %2 以內的網頁。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="40"/>
        <source>This file is named like an EPUB book but is not one.</source>
        <translation>這個檔案的名稱像 EPUB 電子書，但它不是。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="41"/>
        <source>This file contains only white space.</source>
        <translation>這個檔案只有空白。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="42"/>
        <source>This Markdown file has no text, only markup.</source>
        <translation>這個 Markdown 檔案沒有文字，只有標記。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="43"/>
        <source>Opening was cancelled.</source>
        <translation>已取消開啟。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="44"/>
        <source>Yanlu could not open this file (%1).</source>
        <translation>言錄無法開啟這個檔案（%1）。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="45"/>
        <source>Yanlu could not open this file.</source>
        <translation>言錄無法開啟這個檔案。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="47"/>
        <source>“%1” is not an encoding Yanlu knows.</source>
        <translation>「%1」不是言錄認得的編碼。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="48"/>
        <source>“%1” is not a text encoding.</source>
        <translation>「%1」不是文字編碼。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="49"/>
        <source>This file is not valid %1: unreadable bytes from position %2 on.</source>
        <translation>這個檔案不是有效的%1：從第 %2 個位元組起無法讀取。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="50"/>
        <source>This file does not look like text: its bytes are not valid in any encoding Yanlu knows (it may be damaged, or a binary file).</source>
        <translation>這個檔案看起來不是文字：它的位元組在言錄認得的任何編碼中都無效（可能已損壞，或是二進位檔）。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="55"/>
        <source>This file does not look like text (it may be a program or a binary file).</source>
        <translation>這個檔案看起來不是文字（可能是程式或二進位檔）。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="58"/>
        <source>This file is damaged: many of its bytes are not valid text.</source>
        <translation>這個檔案已損壞：許多位元組不是有效的文字。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="60"/>
        <source>This EPUB book is damaged and Yanlu cannot open it.</source>
        <translation>這本 EPUB 電子書已損壞，言錄無法開啟。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="61"/>
        <source>This EPUB book is copy-protected (DRM), so Yanlu cannot read its text.</source>
        <translation>這本 EPUB 電子書有版權保護（DRM），言錄無法讀取其中的文字。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="62"/>
        <source>This EPUB book has %1 files in it, too many to be a real book.</source>
        <translation>這本 EPUB 電子書裡有 %1 個檔案，多得不像一本真正的書。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="63"/>
        <source>This EPUB book has %1 chapters, more than Yanlu can show.</source>
        <translation>這本 EPUB 電子書有 %1 章，超過言錄能顯示的數量。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="64"/>
        <source>This EPUB book has no text that Yanlu can read.</source>
        <translation>這本 EPUB 電子書沒有言錄能讀取的文字。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="65"/>
        <source>This EPUB book unpacks to more than %1 in one chapter, too much to open.</source>
        <translation>這本 EPUB 電子書有一章解壓縮後超過 %1，太大，無法開啟。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="66"/>
        <source>This EPUB book unpacks to more than %1 in one file, too much to open.</source>
        <translation>這本 EPUB 電子書有一個檔案解壓縮後超過 %1，太大，無法開啟。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="67"/>
        <source>This EPUB book unpacks to more than %1 of text, too much to open.</source>
        <translation>這本 EPUB 電子書解壓縮後的文字超過 %1，太多，無法開啟。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="69"/>
        <source>This web page has no article text that Yanlu can read.</source>
        <translation>這個網頁沒有言錄能讀取的文章內容。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="70"/>
        <source>Yanlu cannot read web pages on this computer (%1 is missing).</source>
        <translation>言錄無法在這臺電腦上讀取網頁（缺少 %1）。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="71"/>
        <source>This web page is damaged and Yanlu cannot read it.</source>
        <translation>這個網頁已損壞，言錄無法讀取。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="72"/>
        <source>This web page is empty.</source>
        <translation>這個網頁是空的。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="74"/>
        <source>This text contains no Chinese characters, so Yanlu will probably find no quotations in it.</source>
        <translation>這段文字沒有漢字，言錄很可能找不到其中的引語。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="78"/>
        <source>This text is in Korean, not Chinese, so Yanlu will probably find no quotations in it.</source>
        <translation>這段文字是韓文而不是中文，言錄很可能找不到其中的引語。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="81"/>
        <source>%1 damaged spot(s) in this file could not be read and are shown as �.</source>
        <translation>這個檔案中有 %1 處損壞無法讀取，以 � 顯示。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="83"/>
        <source>Your settings file “%1” is not an ordinary file (a pipe or a device), so Yanlu neither reads nor saves settings.</source>
        <translation>設定檔「%1」不是一般檔案（而是管道或裝置），因此言錄既不讀取也不儲存設定。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="88"/>
        <source>Yanlu cannot read its settings file “%1” (%2); it started with defaults and will not save over it.</source>
        <translation>言錄無法讀取設定檔「%1」（%2）；已使用預設設定啟動，並且不會覆寫該檔案。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="92"/>
        <source>Your settings could not be read; Yanlu started with defaults (the old file is kept as “%1”).</source>
        <translation>無法讀取您的設定；言錄已使用預設設定啟動（舊檔案保留為「%1」）。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="96"/>
        <source>Your settings could not be read; Yanlu started with defaults.</source>
        <translation>無法讀取您的設定；言錄已使用預設設定啟動。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="97"/>
        <source>Yanlu cannot save its settings in “%1” (permission denied); changes will be lost when it quits.</source>
        <translation>言錄無法在「%1」中儲存設定（權限不足）；結束後變更將會遺失。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="101"/>
        <source>Yanlu cannot save its settings to “%1” (%2); changes will be lost when it quits.</source>
        <translation>言錄無法將設定儲存到「%1」（%2）；結束後變更將會遺失。</translation>
    </message>
    <message>
        <location filename="../messages.py" line="108"/>
        <source>a PNG image</source>
        <translation>PNG 圖片</translation>
    </message>
    <message>
        <location filename="../messages.py" line="109"/>
        <source>a JPEG image</source>
        <translation>JPEG 圖片</translation>
    </message>
    <message>
        <location filename="../messages.py" line="110"/>
        <source>a GIF image</source>
        <translation>GIF 圖片</translation>
    </message>
    <message>
        <location filename="../messages.py" line="111"/>
        <source>a TIFF image</source>
        <translation>TIFF 圖片</translation>
    </message>
    <message>
        <location filename="../messages.py" line="112"/>
        <source>an icon file</source>
        <translation>圖示檔</translation>
    </message>
    <message>
        <location filename="../messages.py" line="113"/>
        <source>a PDF document</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <location filename="../messages.py" line="114"/>
        <source>an RTF document (save it as plain text first)</source>
        <translation>RTF 文件（請先另存為純文字）</translation>
    </message>
    <message>
        <location filename="../messages.py" line="115"/>
        <source>an old Microsoft Office document (.doc or .xls)</source>
        <translation>舊版 Microsoft Office 文件（.doc 或 .xls）</translation>
    </message>
    <message>
        <location filename="../messages.py" line="116"/>
        <source>a ZIP archive (or a Word, Excel or other Office file)</source>
        <translation>ZIP 壓縮檔（或 Word、Excel 等 Office 檔案）</translation>
    </message>
    <message>
        <location filename="../messages.py" line="117"/>
        <source>an empty ZIP archive</source>
        <translation>空的 ZIP 壓縮檔</translation>
    </message>
    <message>
        <location filename="../messages.py" line="118"/>
        <source>a compressed (gzip) file</source>
        <translation>壓縮檔（gzip）</translation>
    </message>
    <message>
        <location filename="../messages.py" line="119"/>
        <source>a 7-Zip archive</source>
        <translation>7-Zip 壓縮檔</translation>
    </message>
    <message>
        <location filename="../messages.py" line="120"/>
        <source>a RAR archive</source>
        <translation>RAR 壓縮檔</translation>
    </message>
    <message>
        <location filename="../messages.py" line="121"/>
        <source>a compressed (xz) file</source>
        <translation>壓縮檔（xz）</translation>
    </message>
    <message>
        <location filename="../messages.py" line="122"/>
        <source>a compressed (Zstandard) file</source>
        <translation>壓縮檔（Zstandard）</translation>
    </message>
    <message>
        <location filename="../messages.py" line="123"/>
        <source>a compressed (bzip2) file</source>
        <translation>壓縮檔（bzip2）</translation>
    </message>
    <message>
        <location filename="../messages.py" line="124"/>
        <source>a program</source>
        <translation>程式</translation>
    </message>
    <message>
        <location filename="../messages.py" line="125"/>
        <source>a program (Java or macOS)</source>
        <translation>程式（Java 或 macOS）</translation>
    </message>
    <message>
        <location filename="../messages.py" line="126"/>
        <source>a macOS program</source>
        <translation>macOS 程式</translation>
    </message>
    <message>
        <location filename="../messages.py" line="127"/>
        <source>a WebAssembly program</source>
        <translation>WebAssembly 程式</translation>
    </message>
    <message>
        <location filename="../messages.py" line="128"/>
        <source>an SQLite database</source>
        <translation>SQLite 資料庫</translation>
    </message>
    <message>
        <location filename="../messages.py" line="129"/>
        <source>an audio or video file (Ogg)</source>
        <translation>音訊或視訊檔（Ogg）</translation>
    </message>
    <message>
        <location filename="../messages.py" line="130"/>
        <source>an audio file (FLAC)</source>
        <translation>音訊檔（FLAC）</translation>
    </message>
    <message>
        <location filename="../messages.py" line="131"/>
        <source>a video, audio or image file (MP4/MOV/HEIC)</source>
        <translation>視訊、音訊或圖片檔（MP4/MOV/HEIC）</translation>
    </message>
    <message>
        <location filename="../messages.py" line="132"/>
        <source>a web font</source>
        <translation>網頁字型</translation>
    </message>
    <message>
        <location filename="../messages.py" line="133"/>
        <source>a WebP image</source>
        <translation>WebP 圖片</translation>
    </message>
    <message>
        <location filename="../messages.py" line="134"/>
        <source>an audio file (WAV)</source>
        <translation>音訊檔（WAV）</translation>
    </message>
    <message>
        <location filename="../messages.py" line="135"/>
        <source>a video file (AVI)</source>
        <translation>視訊檔（AVI）</translation>
    </message>
    <message>
        <location filename="../messages.py" line="136"/>
        <source>an audio file (MP3)</source>
        <translation>音訊檔（MP3）</translation>
    </message>
    <message>
        <location filename="../messages.py" line="137"/>
        <source>a Windows program</source>
        <translation>Windows 程式</translation>
    </message>
    <message>
        <location filename="../messages.py" line="138"/>
        <source>GB18030 (Simplified Chinese, all characters)</source>
        <translation>GB18030（簡體中文，全部字元）</translation>
    </message>
    <message>
        <location filename="../messages.py" line="139"/>
        <source>GBK (Simplified Chinese, Windows)</source>
        <translation>GBK（簡體中文，Windows）</translation>
    </message>
    <message>
        <location filename="../messages.py" line="140"/>
        <source>GB2312 (Simplified Chinese, basic)</source>
        <translation>GB2312（簡體中文，基本字元）</translation>
    </message>
    <message>
        <location filename="../messages.py" line="141"/>
        <source>Big5 (Traditional Chinese, Taiwan)</source>
        <translation>Big5（繁體中文，臺灣）</translation>
    </message>
    <message>
        <location filename="../messages.py" line="142"/>
        <source>Big5-HKSCS (Traditional Chinese, Hong Kong)</source>
        <translation>Big5-HKSCS（繁體中文，香港）</translation>
    </message>
    <message>
        <location filename="../messages.py" line="147"/>
        <source>No such file or directory</source>
        <translation>沒有此檔案或資料夾</translation>
    </message>
    <message>
        <location filename="../messages.py" line="148"/>
        <source>Permission denied</source>
        <translation>權限不足</translation>
    </message>
    <message>
        <location filename="../messages.py" line="149"/>
        <source>No space left on device</source>
        <translation>磁碟空間不足</translation>
    </message>
    <message>
        <location filename="../messages.py" line="150"/>
        <source>Read-only file system</source>
        <translation>唯讀檔案系統</translation>
    </message>
    <message>
        <location filename="../messages.py" line="151"/>
        <source>Is a directory</source>
        <translation>這是一個資料夾</translation>
    </message>
    <message>
        <location filename="../messages.py" line="152"/>
        <source>File name too long</source>
        <translation>檔名太長</translation>
    </message>
    <message>
        <location filename="../messages.py" line="144"/>
        <source>%1 bytes</source>
        <translation>%1 位元組</translation>
    </message>
</context>
<context>
    <name>ReadingHelp</name>
    <message>
        <location filename="../reading_help.py" line="80"/>
        <source>Show &amp;Pinyin</source>
        <translation>顯示拼音(&amp;P)</translation>
    </message>
    <message>
        <location filename="../reading_help.py" line="97"/>
        <source>Show &amp;Jyutping</source>
        <translation>顯示粵拼(&amp;J)</translation>
    </message>
    <message>
        <location filename="../reading_help.py" line="83"/>
        <source>Pinyin over the characters of this script, read in context (Jyutping in the Hong Kong view; remembered per script).</source>
        <translation>在目前文字版本的漢字上方顯示依上下文判定讀音的拼音（香港版顯示粵拼；每個文字版本分別記住）。</translation>
    </message>
    <message>
        <location filename="../reading_help.py" line="87"/>
        <source>&amp;Dictionary on Hover and Click</source>
        <translation>指向或點按時查詞典(&amp;D)</translation>
    </message>
    <message>
        <location filename="../reading_help.py" line="89"/>
        <source>Point at a word or click it to see its readings and English meanings (CC-CEDICT).</source>
        <translation>指向或點按詞語，查看讀音和英文釋義（CC-CEDICT）。</translation>
    </message>
    <message>
        <location filename="../reading_help.py" line="100"/>
        <source>Look Up &amp;Word at Cursor</source>
        <translation>查詢游標處的詞語(&amp;W)</translation>
    </message>
    <message>
        <location filename="../reading_help.py" line="102"/>
        <source>The dictionary for the word at the text cursor or selection; again for the next word.</source>
        <translation>在詞典中查詢文字游標處或所選的詞語；再按一次查詢下一個詞語。</translation>
    </message>
</context>
<context>
    <name>ReadingTools</name>
    <message>
        <location filename="../reading_tools.py" line="117"/>
        <source>&amp;Find…</source>
        <translation>尋找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../reading_tools.py" line="118"/>
        <source>Find &amp;Next</source>
        <translation>尋找下一個(&amp;N)</translation>
    </message>
    <message>
        <location filename="../reading_tools.py" line="119"/>
        <source>Find Pre&amp;vious</source>
        <translation>尋找上一個(&amp;V)</translation>
    </message>
    <message>
        <location filename="../reading_tools.py" line="120"/>
        <source>Copy &amp;Quotation with Attribution</source>
        <translation>複製引語及出處(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../reading_tools.py" line="121"/>
        <source>Copy All of the &amp;Speaker&apos;s Quotations</source>
        <translation>複製這位發言人的全部引語(&amp;S)</translation>
    </message>
    <message>
        <location filename="../reading_tools.py" line="122"/>
        <source>&amp;CSV (spreadsheet)…</source>
        <translation>&amp;CSV（試算表）…</translation>
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
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../reading_tools.py" line="126"/>
        <source>Export P&amp;DF…</source>
        <translation>匯出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../reading_tools.py" line="127"/>
        <source>&amp;Export Speakers and Quotations</source>
        <translation>匯出發言人和引語(&amp;E)</translation>
    </message>
    <message>
        <location filename="../reading_tools.py" line="128"/>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location filename="../reading_tools.py" line="144"/>
        <location filename="../reading_tools.py" line="246"/>
        <source>Copy All of %s&apos;s Quotations</source>
        <translation>複製%s的全部引語</translation>
    </message>
    <message>
        <location filename="../reading_tools.py" line="146"/>
        <source>Copy All of the Speaker&apos;s Quotations</source>
        <translation>複製這位發言人的全部引語</translation>
    </message>
    <message>
        <location filename="../reading_tools.py" line="204"/>
        <source>Copied: %s</source>
        <translation>已複製：%s</translation>
    </message>
    <message>
        <location filename="../reading_tools.py" line="224"/>
        <source>Copy Quotation with Attribution</source>
        <translation>複製引語及出處</translation>
    </message>
    <message>
        <location filename="../reading_tools.py" line="257"/>
        <source>Yanlu is still analysing this article; try again in a moment.</source>
        <translation>言錄仍在分析這篇文章，請稍後再試。</translation>
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
        <translation>匯出發言人和引語</translation>
    </message>
    <message>
        <location filename="../reading_tools.py" line="297"/>
        <source>Could not write %s: %s</source>
        <translation>無法寫入 %s：%s</translation>
    </message>
    <message>
        <location filename="../reading_tools.py" line="300"/>
        <location filename="../reading_tools.py" line="313"/>
        <source>Exported to %s</source>
        <translation>已匯出到 %s</translation>
    </message>
    <message>
        <location filename="../reading_tools.py" line="313"/>
        <source>Speakers and quotations</source>
        <translation>發言人和引語</translation>
    </message>
    <message>
        <location filename="../reading_tools.py" line="314"/>
        <source>Source: %s</source>
        <translation>來源：%s</translation>
    </message>
    <message>
        <location filename="../reading_tools.py" line="315"/>
        <source>Speaker unknown</source>
        <translation>發言人不明</translation>
    </message>
    <message>
        <location filename="../reading_tools.py" line="316"/>
        <source>reported</source>
        <translation>轉述</translation>
    </message>
    <message>
        <location filename="../reading_tools.py" line="317"/>
        <source>No quotations found.</source>
        <translation>找不到引語。</translation>
    </message>
    <message>
        <location filename="../reading_tools.py" line="307"/>
        <source>Export PDF</source>
        <translation>匯出 PDF</translation>
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
        <translation>原文簡繁(&amp;R)</translation>
    </message>
    <message>
        <location filename="../source_script.py" line="56"/>
        <source>Which script the article is written in; Yanlu finds it, and you can overrule it.</source>
        <translation>文章以哪種字體寫成；言錄會自動判斷，你也可以自行指定。</translation>
    </message>
    <message>
        <location filename="../source_script.py" line="58"/>
        <source>&amp;Simplified</source>
        <translation>簡體(&amp;S)</translation>
    </message>
    <message>
        <location filename="../source_script.py" line="59"/>
        <source>&amp;Traditional</source>
        <translation>繁體(&amp;T)</translation>
    </message>
    <message>
        <location filename="../source_script.py" line="69"/>
        <source>&amp;Detect from the Text</source>
        <translation>依文字判斷(&amp;D)</translation>
    </message>
    <message>
        <location filename="../source_script.py" line="71"/>
        <source>&amp;Detect from the Text (found: Traditional)</source>
        <translation>依文字判斷(&amp;D)（判斷為：繁體）</translation>
    </message>
    <message>
        <location filename="../source_script.py" line="73"/>
        <source>&amp;Detect from the Text (found: Simplified)</source>
        <translation>依文字判斷(&amp;D)（判斷為：簡體）</translation>
    </message>
</context>
<context>
    <name>SpeakerPanel</name>
    <message>
        <location filename="../widgets/speaker_panel.py" line="101"/>
        <source>Speakers</source>
        <translation>發言人</translation>
    </message>
    <message>
        <location filename="../widgets/speaker_panel.py" line="107"/>
        <source>&amp;Speakers Panel</source>
        <translation>發言人面板(&amp;S)</translation>
    </message>
    <message>
        <location filename="../widgets/speaker_panel.py" line="108"/>
        <source>Speakers in this article</source>
        <translation>本文的發言人</translation>
    </message>
    <message>
        <location filename="../widgets/speaker_panel.py" line="110"/>
        <source>◀ Previous</source>
        <translation>◀ 上一句</translation>
    </message>
    <message>
        <location filename="../widgets/speaker_panel.py" line="111"/>
        <source>Previous quotation (Shift+F3)</source>
        <translation>上一句引語（Shift+F3）</translation>
    </message>
    <message>
        <location filename="../widgets/speaker_panel.py" line="112"/>
        <source>Previous quotation</source>
        <translation>上一句引語</translation>
    </message>
    <message>
        <location filename="../widgets/speaker_panel.py" line="113"/>
        <source>Next ▶</source>
        <translation>下一句 ▶</translation>
    </message>
    <message>
        <location filename="../widgets/speaker_panel.py" line="114"/>
        <source>Next quotation (F3)</source>
        <translation>下一句引語（F3）</translation>
    </message>
    <message>
        <location filename="../widgets/speaker_panel.py" line="115"/>
        <source>Next quotation</source>
        <translation>下一句引語</translation>
    </message>
    <message>
        <location filename="../widgets/speaker_panel.py" line="172"/>
        <source>Finding speakers…</source>
        <translation>正在尋找發言人…</translation>
    </message>
    <message>
        <location filename="../widgets/speaker_panel.py" line="172"/>
        <source>No speakers in this text.</source>
        <translation>本文中沒有發言人。</translation>
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
</TS>
