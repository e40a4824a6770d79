<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Field Reference</source>
        <translation>О программе «Полевой справочник»</translation>
    </message>
    <message>
        <source>Field Reference</source>
        <translation>Полевой справочник</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Версия {version}</translation>
    </message>
    <message>
        <source>The offline reference of the IOM mission in Tajikistan.</source>
        <translation>Автономный справочник миссии МОМ в Таджикистане.</translation>
    </message>
    <message>
        <source>&amp;Licences…</source>
        <translation>&amp;Лицензии…</translation>
    </message>
    <message>
        <source>Show the licence texts of these components</source>
        <translation>Показать тексты лицензий этих компонентов</translation>
    </message>
    <message>
        <source>Field Reference is built with these components, each under its own licence:</source>
        <translation>«Полевой справочник» построен на этих компонентах, у каждого своя лицензия:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in page</source>
        <translation>Найти на странице</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Предыдущее совпадение (Shift+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Предыдущее совпадение</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Следующее совпадение (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Следующее совпадение</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Закрыть панель поиска (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Закрыть панель поиска</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Нет совпадений</translation>
    </message>
    <message>
        <source>Match {current} of {total}</source>
        <translation>Совпадение {current} из {total}</translation>
    </message>
    <message>
        <source>Matches: {total}</source>
        <translation>Совпадений: {total}</translation>
    </message>
</context>
<context>
    <name>ImportTask</name>
    <message>
        <source>Importing content</source>
        <translation>Импорт содержимого</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Чтение {name}…</translation>
    </message>
    <message>
        <source>Importing {done} of {total}: {what}</source>
        <translation>Импорт {done} из {total}: {what}</translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <source>Licences</source>
        <translation>Лицензии</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Компоненты</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Текст лицензии</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Show the interface and the content in this language</source>
        <translation>Показывать интерфейс и содержимое на этом языке</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Навигация</translation>
    </message>
    <message>
        <source>&amp;Import content pack…</source>
        <translation>&amp;Импортировать пакет содержимого…</translation>
    </message>
    <message>
        <source>Replace the content with a pack from a folder or .zip</source>
        <translation>Заменить содержимое пакетом из папки или архива .zip</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Close Field Reference</source>
        <translation>Закрыть «Полевой справочник»</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Go back to the previous place</source>
        <translation>Вернуться к предыдущему месту</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <source>Go forward again</source>
        <translation>Снова перейти вперёд</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>В на&amp;чало</translation>
    </message>
    <message>
        <source>Open the first entry</source>
        <translation>Открыть первую статью</translation>
    </message>
    <message>
        <source>&amp;Find in page…</source>
        <translation>&amp;Найти на странице…</translation>
    </message>
    <message>
        <source>Find text in the open entry</source>
        <translation>Найти текст в открытой статье</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Найти &amp;следующее</translation>
    </message>
    <message>
        <source>Go to the next match</source>
        <translation>Перейти к следующему совпадению</translation>
    </message>
    <message>
        <source>Find &amp;previous</source>
        <translation>Найти &amp;предыдущее</translation>
    </message>
    <message>
        <source>Go to the previous match</source>
        <translation>Перейти к предыдущему совпадению</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Make the text larger</source>
        <translation>Сделать текст крупнее</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>Make the text smaller</source>
        <translation>Сделать текст мельче</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>Сб&amp;росить масштаб</translation>
    </message>
    <message>
        <source>Show the text at normal size</source>
        <translation>Показать текст в обычном размере</translation>
    </message>
    <message>
        <source>Go to the &amp;contents tree</source>
        <translation>Перейти к &amp;содержанию</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the tree</source>
        <translation>Перевести фокус клавиатуры на содержание</translation>
    </message>
    <message>
        <source>Go to the &amp;entry text</source>
        <translation>Перейти к те&amp;ксту статьи</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the entry</source>
        <translation>Перевести фокус клавиатуры на текст статьи</translation>
    </message>
    <message>
        <source>&amp;About Field Reference</source>
        <translation>&amp;О программе «Полевой справочник»</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>&amp;Как в системе</translation>
    </message>
    <message>
        <source>Light or dark as the system is set</source>
        <translation>Светлая или тёмная — в зависимости от настроек системы</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Светлая</translation>
    </message>
    <message>
        <source>Dark text on light</source>
        <translation>Тёмный текст на светлом фоне</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмная</translation>
    </message>
    <message>
        <source>Light text on dark</source>
        <translation>Светлый текст на тёмном фоне</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Contents by thematic area</source>
        <translation>Содержание по тематическим направлениям</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>Текст статьи</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Уведомление</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>Тематическое направление</translation>
    </message>
    <message>
        <source>Content pack</source>
        <translation>Пакет содержимого</translation>
    </message>
    <message>
        <source>Preparing the content</source>
        <translation>Подготовка содержимого</translation>
    </message>
    <message>
        <source>The content is being imported for the first time; this takes a moment.</source>
        <translation>Содержимое импортируется впервые; это займёт немного времени.</translation>
    </message>
    <message>
        <source>Content version {version} imported.</source>
        <translation>Содержимое версии {version} импортировано.</translation>
    </message>
    <message>
        <source>Content version {version} of {date}</source>
        <translation>Содержимое версии {version} от {date}</translation>
    </message>
    <message>
        <source>Import content pack</source>
        <translation>Импорт пакета содержимого</translation>
    </message>
    <message>
        <source>Version, content pack and licences</source>
        <translation>Версия, пакет содержимого и лицензии</translation>
    </message>
    <message>
        <source>Content packs (manifest.toml *.zip)</source>
        <translation>Пакеты содержимого (manifest.toml *.zip)</translation>
    </message>
    <message>
        <source>There is no entry “{target}”.</source>
        <translation>Статья «{target}» не найдена.</translation>
    </message>
    <message>
        <source>“{title}” has no section “{section}”.</source>
        <translation>В статье «{title}» нет раздела «{section}».</translation>
    </message>
    <message>
        <source>This entry is not available in your language; it is shown in {language}.</source>
        <translation>Эта статья недоступна на вашем языке; она показана на языке: {language}.</translation>
    </message>
    <message>
        <source>Field Reference</source>
        <translation>Полевой справочник</translation>
    </message>
    <message>
        <source>No content</source>
        <translation>Нет содержимого</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>This link leads to a web page outside Field Reference:

{url}

Open it in your web browser? It needs a network connection.</source>
        <translation>Эта ссылка ведёт на веб-страницу вне программы «Полевой справочник»:

{url}

Открыть её в веб-браузере? Для этого нужно подключение к сети.</translation>
    </message>
    <message>
        <source>Open a web page?</source>
        <translation>Открыть веб-страницу?</translation>
    </message>
    <message>
        <source>Field Reference does not follow this link, because it does not lead to an entry or a web page:

{url}</source>
        <translation>Программа «Полевой справочник» не переходит по этой ссылке, так как она не ведёт ни на статью, ни на веб-страницу:

{url}</translation>
    </message>
    <message>
        <source>(empty link)</source>
        <translation>(пустая ссылка)</translation>
    </message>
    <message>
        <source>Link not followed</source>
        <translation>Переход по ссылке не выполнен</translation>
    </message>
    <message>
        <source>The content pack has problems, so it was not imported. The content you had is unchanged.

{first}</source>
        <translation>В пакете содержимого есть ошибки, поэтому он не импортирован. Прежнее содержимое не изменилось.

{first}</translation>
    </message>
    <message>
        <source>The pack was not imported</source>
        <translation>Пакет не импортирован</translation>
    </message>
</context>
<context>
    <name>TreeModel</name>
    <message>
        <source>{title} (shown in {language}: no translation yet)</source>
        <translation>{title} (показано на языке {language}: перевода пока нет)</translation>
    </message>
</context>
</TS>
