<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
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
        <source>Version and content pack</source>
        <translation>Версия и пакет содержимого</translation>
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
    <message>
        <source>{name} {version}

The offline reference of the IOM mission in Tajikistan.

{pack}</source>
        <translation>{name} {version}

Автономный справочник миссии МОМ в Таджикистане.

{pack}</translation>
    </message>
    <message>
        <source>Field Reference</source>
        <translation>Полевой справочник</translation>
    </message>
    <message>
        <source>About Field Reference</source>
        <translation>О программе «Полевой справочник»</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Поиск…</translation>
    </message>
    <message>
        <source>Search every entry in English and Russian (Ctrl+K)</source>
        <translation>Искать во всех статьях на английском и русском (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search &amp;panel</source>
        <translation>&amp;Панель поиска</translation>
    </message>
    <message>
        <source>Search (Ctrl+K)</source>
        <translation>Поиск (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Текст для поиска</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>Тематическое направление</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>Вид статьи</translation>
    </message>
    <message>
        <source>Current language only</source>
        <translation>Только на текущем языке</translation>
    </message>
    <message>
        <source>Search only the language the interface is in</source>
        <translation>Искать только на языке интерфейса</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Новости</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>Тематические направления</translation>
    </message>
    <message>
        <source>Overviews</source>
        <translation>Обзоры</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Все направления</translation>
    </message>
    <message>
        <source>Nothing found for “{typed}”; showing results for “{text}”.</source>
        <translation>По запросу «{typed}» ничего не найдено; показаны результаты для «{text}».</translation>
    </message>
    <message>
        <source>Results: {count}</source>
        <translation>Найдено: {count}</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message>
        <source>Did you mean {suggestion}?</source>
        <translation>Возможно, вы имели в виду {suggestion}?</translation>
    </message>
    <message>
        <source>Found in the {language} text; the entry is shown in your language.</source>
        <translation>Найдено в тексте на другом языке ({language}); статья показана на языке интерфейса.</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>Тематическое направление</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Новость</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
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
