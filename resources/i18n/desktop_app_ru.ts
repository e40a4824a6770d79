<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>BookmarkDelegate</name>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
</context>
<context>
    <name>BookmarkFeature</name>
    <message>
        <source>&amp;Bookmark this place</source>
        <translation>Добавить в &amp;закладки</translation>
    </message>
    <message>
        <source>Bookmark the section in view, or the entry</source>
        <translation>Добавить в закладки видимый раздел или статью</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>В закладки</translation>
    </message>
    <message>
        <source>Bookmark this place, or remove its bookmark</source>
        <translation>Добавить это место в закладки или убрать его закладку</translation>
    </message>
    <message>
        <source>&amp;Bookmarks panel</source>
        <translation>Панель &amp;закладок</translation>
    </message>
    <message>
        <source>Show or hide your bookmarks</source>
        <translation>Показать или скрыть ваши закладки</translation>
    </message>
    <message>
        <source>&amp;Export bookmarks…</source>
        <translation>&amp;Экспорт закладок…</translation>
    </message>
    <message>
        <source>Save your bookmarks to a file, to keep or to move</source>
        <translation>Сохранить закладки в файл — для копии или переноса</translation>
    </message>
    <message>
        <source>I&amp;mport bookmarks…</source>
        <translation>Им&amp;порт закладок…</translation>
    </message>
    <message>
        <source>Add the bookmarks from a file to yours</source>
        <translation>Добавить к вашим закладкам закладки из файла</translation>
    </message>
    <message>
        <source>&amp;Recently read</source>
        <translation>Недавно &amp;прочитанное</translation>
    </message>
    <message>
        <source>Bookmarked “{title}”.</source>
        <translation>Добавлено в закладки: «{title}».</translation>
    </message>
    <message>
        <source>Bookmark removed; Ctrl+Z brings it back.</source>
        <translation>Закладка удалена; Ctrl+Z вернёт её.</translation>
    </message>
    <message>
        <source>“{title}” is already bookmarked.</source>
        <translation>«{title}» уже есть в закладках.</translation>
    </message>
    <message>
        <source>Remove the bookmark of “{title}”</source>
        <translation>Убрать закладку «{title}»</translation>
    </message>
    <message>
        <source>Bookmark “{title}”</source>
        <translation>Добавить в закладки «{title}»</translation>
    </message>
    <message>
        <source>The section of “{title}” is no longer in the content; its entry is shown. The bookmark is kept.</source>
        <translation>Раздела «{title}» больше нет в содержимом; показана его статья. Закладка сохранена.</translation>
    </message>
    <message>
        <source>“{title}” is no longer in the content; the bookmark is kept.</source>
        <translation>«{title}» больше нет в содержимом; закладка сохранена.</translation>
    </message>
    <message>
        <source>Export bookmarks</source>
        <translation>Экспорт закладок</translation>
    </message>
    <message>
        <source>Field Reference bookmarks (*.json)</source>
        <translation>Закладки Полевого справочника (*.json)</translation>
    </message>
    <message>
        <source>XBEL for other programs (*.xbel)</source>
        <translation>XBEL для других программ (*.xbel)</translation>
    </message>
    <message>
        <source>The bookmarks were not exported</source>
        <translation>Закладки не экспортированы</translation>
    </message>
    <message>
        <source>Bookmarks exported to {file}.</source>
        <translation>Закладки экспортированы в {file}.</translation>
    </message>
    <message>
        <source>The bookmarks were not imported</source>
        <translation>Закладки не импортированы</translation>
    </message>
    <message>
        <source>The file could not be imported; your bookmarks are unchanged.

{problem}</source>
        <translation>Файл не удалось импортировать; ваши закладки не изменились.

{problem}</translation>
    </message>
    <message>
        <source>Bookmarks imported</source>
        <translation>Закладки импортированы</translation>
    </message>
    <message>
        <source>{added} bookmarks added, {skipped} skipped because they were already there, {folders} folders added.</source>
        <translation>Добавлено закладок: {added}; пропущено, так как уже были: {skipped}; добавлено папок: {folders}.</translation>
    </message>
    <message>
        <source>Import bookmarks</source>
        <translation>Импорт закладок</translation>
    </message>
</context>
<context>
    <name>BookmarksModel</name>
    <message>
        <source>missing: no longer in the content</source>
        <translation>отсутствует: этого места больше нет в содержимом</translation>
    </message>
    <message>
        <source>changed since you last opened it</source>
        <translation>изменилось с тех пор, как вы открывали его</translation>
    </message>
    <message>
        <source>{title} (missing)</source>
        <translation>{title} (отсутствует)</translation>
    </message>
    <message>
        <source>{title} (changed)</source>
        <translation>{title} (изменено)</translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <source>Bookmarks</source>
        <translation>Закладки</translation>
    </message>
    <message>
        <source>Filter bookmarks</source>
        <translation>Фильтр закладок</translation>
    </message>
    <message>
        <source>Filter bookmarks by title or note</source>
        <translation>Отбор закладок по названию или заметке</translation>
    </message>
    <message>
        <source>Manual order</source>
        <translation>Свой порядок</translation>
    </message>
    <message>
        <source>By title</source>
        <translation>По названию</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Сначала новые</translation>
    </message>
    <message>
        <source>Sort bookmarks</source>
        <translation>Порядок закладок</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Новая папка</translation>
    </message>
    <message>
        <source>Make a new folder for bookmarks</source>
        <translation>Создать новую папку для закладок</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Undo deleting “{name}”</source>
        <translation>&amp;Отменить удаление «{name}»</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo deleting “{name}”</source>
        <translation>Вер&amp;нуть удаление «{name}»</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Вер&amp;нуть</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>выбранного ({count})</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Переименовать</translation>
    </message>
    <message>
        <source>Edit &amp;note</source>
        <translation>Изменить &amp;заметку</translation>
    </message>
    <message>
        <source>&amp;Move to folder</source>
        <translation>Пере&amp;местить в папку</translation>
    </message>
    <message>
        <source>(No folder)</source>
        <translation>(Без папки)</translation>
    </message>
    <message>
        <source>New &amp;subfolder</source>
        <translation>Новая &amp;вложенная папка</translation>
    </message>
    <message>
        <source>&amp;Rename folder</source>
        <translation>&amp;Переименовать папку</translation>
    </message>
    <message>
        <source>&amp;Delete folder</source>
        <translation>&amp;Удалить папку</translation>
    </message>
    <message>
        <source>New &amp;folder</source>
        <translation>Новая п&amp;апка</translation>
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
    <name>RecoveryNotice</name>
    <message>
        <source>Your data file could not be read ({reason}). It was kept, unchanged, as:
{damaged}

</source>
        <translation>Не удалось прочитать ваш файл данных ({reason}). Он сохранён без изменений как:
{damaged}

</translation>
    </message>
    <message>
        <source>Your bookmarks and reading places were restored from the automatic backup of {when}. Changes made after that time are not in it.</source>
        <translation>Ваши закладки и места чтения восстановлены из автоматической резервной копии от {when}. Изменений, сделанных позже, в ней нет.</translation>
    </message>
    <message>
        <source>There was no backup to restore from, so Field Reference starts with no bookmarks.</source>
        <translation>Резервной копии для восстановления не нашлось, поэтому Полевой справочник начинает работу без закладок.</translation>
    </message>
    <message>
        <source>Your data was restored</source>
        <translation>Ваши данные восстановлены</translation>
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
