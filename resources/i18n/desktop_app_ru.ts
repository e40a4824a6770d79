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
        <source>Public domain</source>
        <translation>Общественное достояние</translation>
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
    <name>AboutFeature</name>
    <message>
        <source>&amp;About Field Reference</source>
        <translation>&amp;О программе «Полевой справочник»</translation>
    </message>
    <message>
        <source>Version, content pack and licences</source>
        <translation>Версия, пакет содержимого и лицензии</translation>
    </message>
    <message>
        <source>No content</source>
        <translation>Нет содержимого</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Print briefs</source>
        <translation>Печать паспортов проектов</translation>
    </message>
    <message>
        <source>Choose the projects, or a whole thematic area. Each brief starts on a new page.</source>
        <translation>Выберите проекты или целое тематическое направление. Каждый паспорт начинается с новой страницы.</translation>
    </message>
    <message>
        <source>Projects by thematic area</source>
        <translation>Проекты по тематическим направлениям</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Выбрать &amp;все</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Снять выбор</translation>
    </message>
    <message>
        <source>&amp;Bilingual: English and Russian side by side</source>
        <translation>&amp;Два языка: английский и русский рядом</translation>
    </message>
    <message>
        <source>&amp;Two-sided: each brief starts on a right-hand page</source>
        <translation>Двусторо&amp;нняя печать: каждый паспорт начинается на правой странице</translation>
    </message>
    <message>
        <source>Preparing the briefs…</source>
        <translation>Подготовка паспортов…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
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
        <source>Go to the b&amp;ookmarks</source>
        <translation>Перейти к &amp;закладкам</translation>
    </message>
    <message>
        <source>Show your bookmarks and move the keyboard focus there</source>
        <translation>Показать закладки и перевести туда фокус клавиатуры</translation>
    </message>
    <message>
        <source>The bookmark was not saved: {reason}.</source>
        <translation>Закладка не сохранена: {reason}.</translation>
    </message>
    <message>
        <source>Saving… another Field Reference is busy with the bookmarks.</source>
        <translation>Сохранение… закладками сейчас занят другой «Полевой справочник».</translation>
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
        <source>{file} was not saved: {reason}.</source>
        <translation>{file} не сохранён: {reason}.</translation>
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
        <source>Importing bookmarks: {done} of {total}</source>
        <translation>Импорт закладок: {done} из {total}</translation>
    </message>
    <message>
        <source>Importing bookmarks</source>
        <translation>Импорт закладок</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Чтение {file}…</translation>
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
        <source>The import stopped</source>
        <translation>Импорт прерван</translation>
    </message>
    <message>
        <source>The bookmarks could not all be saved ({problem}). Those saved before that are kept; import the file again to add the rest.</source>
        <translation>Не все закладки удалось сохранить ({problem}). Сохранённые до этого остаются; импортируйте файл ещё раз, чтобы добавить остальные.</translation>
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
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
</context>
<context>
    <name>BookmarkService</name>
    <message>
        <source>The change was not saved: {reason}. Your bookmarks are as they were before it.</source>
        <translation>Изменение не сохранено: {reason}. Закладки остались такими, как были.</translation>
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
        <source>No bookmarks yet. Press Ctrl+D to bookmark the section you are reading, or right-click a heading or a row of the contents.</source>
        <translation>Закладок пока нет. Нажмите Ctrl+D, чтобы добавить в закладки раздел, который вы читаете, или щёлкните правой кнопкой по заголовку или строке содержания.</translation>
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
    <name>Brief</name>
    <message>
        <source>International Organization for Migration (IOM)</source>
        <translation>Международная организация по миграции (МОМ)</translation>
    </message>
    <message>
        <source>Mission in Tajikistan</source>
        <translation>Миссия в Таджикистане</translation>
    </message>
    <message>
        <source>IOM · Mission in Tajikistan</source>
        <translation>МОМ · Миссия в Таджикистане</translation>
    </message>
    <message>
        <source>Project brief</source>
        <translation>Паспорт проекта</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>Тематическое направление</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Финансирование</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Места реализации</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} из {pages}</translation>
    </message>
    <message>
        <source>Content version {version} of {date}</source>
        <translation>Версия содержимого {version} от {date}</translation>
    </message>
    <message>
        <source>printed {date}</source>
        <translation>напечатано {date}</translation>
    </message>
    <message>
        <source>Project briefs</source>
        <translation>Паспорта проектов</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>as described in the source (undated)</source>
        <translation>по описанию источника (без даты)</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>без даты</translation>
    </message>
    <message>
        <source>Meeting pack</source>
        <translation>Материалы к встрече</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>missing: no longer in the content</source>
        <translation>отсутствует: больше нет в материалах</translation>
    </message>
    <message>
        <source>Prepared on {date}</source>
        <translation>Подготовлено {date}</translation>
    </message>
</context>
<context>
    <name>EntryColumn</name>
    <message>
        <source>Entry text</source>
        <translation>Текст статьи</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Уведомление</translation>
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
    <name>FindInPage</name>
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
</context>
<context>
    <name>ImportFeature</name>
    <message>
        <source>&amp;Import content pack…</source>
        <translation>&amp;Импортировать пакет содержимого…</translation>
    </message>
    <message>
        <source>Replace the content with a pack from a folder or .zip</source>
        <translation>Заменить содержимое пакетом из папки или архива .zip</translation>
    </message>
    <message>
        <source>The content database could not be read, so it is being rebuilt from the content that came with Field Reference. Your bookmarks and notes are kept apart and are not affected.</source>
        <translation>Не удалось прочитать базу содержимого, поэтому она создаётся заново из содержимого, поставляемого с «Полевым справочником». Ваши закладки и заметки хранятся отдельно и не затронуты.</translation>
    </message>
    <message>
        <source>The content database could not be read, so it is being rebuilt from the pack you imported, version {version}. Your bookmarks and notes are kept apart and are not affected.</source>
        <translation>Базу содержимого не удалось прочитать, поэтому она создаётся заново из импортированного вами пакета версии {version}. Ваши закладки и заметки хранятся отдельно и не затронуты.</translation>
    </message>
    <message>
        <source>The content is being imported for the first time; this takes a moment.</source>
        <translation>Содержимое импортируется впервые; это займёт немного времени.</translation>
    </message>
    <message>
        <source>Preparing the content</source>
        <translation>Подготовка содержимого</translation>
    </message>
    <message>
        <source>No content in this folder</source>
        <translation>В этой папке нет содержимого</translation>
    </message>
    <message>
        <source>Field Reference has not prepared its content in this data folder yet, and cannot do it now, because the folder cannot be written. Start it once where the folder can be written (or with another data folder), then use it here.</source>
        <translation>Полевой справочник ещё не подготовил содержимое в этой папке данных и не может сделать это сейчас, потому что в папку нельзя записывать. Запустите его один раз там, где в папку можно записывать (или с другой папкой данных), а затем пользуйтесь им здесь.</translation>
    </message>
    <message>
        <source>Updating the content to version {version}, which came with the program…</source>
        <translation>Содержимое обновляется до версии {version}, пришедшей с программой…</translation>
    </message>
    <message>
        <source>Import cancelled; the content is unchanged.</source>
        <translation>Импорт отменён; содержимое не изменилось.</translation>
    </message>
    <message>
        <source>Content version {version} imported.</source>
        <translation>Версия содержимого {version} импортирована.</translation>
    </message>
    <message>
        <source>Import content pack</source>
        <translation>Импорт пакета содержимого</translation>
    </message>
    <message>
        <source>Content packs (manifest.toml *.zip)</source>
        <translation>Пакеты содержимого (manifest.toml *.zip)</translation>
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
    <name>Languages</name>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
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
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Contents by thematic area</source>
        <translation>Содержание по тематическим направлениям</translation>
    </message>
    <message>
        <source>Read-only: the data folder {folder} cannot be written, so bookmarks, notes, settings and the place you read are not saved. Reading, search and printing work.</source>
        <translation>Только чтение: в папку данных {folder} нельзя записывать, поэтому закладки, заметки, настройки и место чтения не сохраняются. Чтение, поиск и печать работают.</translation>
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
</context>
<context>
    <name>MeetingPackDialog</name>
    <message>
        <source>Print meeting pack</source>
        <translation>Печать материалов к встрече</translation>
    </message>
    <message>
        <source>One handout for a meeting: a cover, a contents page, then each place of a bookmarks folder as it reads here (a project as its brief), with your notes beside the sections they mark.</source>
        <translation>Единый раздаточный материал к встрече: обложка, содержание, затем каждое место из папки закладок в том виде, в каком оно читается здесь (проект — в виде паспорта), с вашими заметками рядом с отмеченными разделами.</translation>
    </message>
    <message>
        <source>You have no bookmarks folder yet. In the Bookmarks panel, make a folder (New folder) and put the places for the meeting in it.</source>
        <translation>У вас ещё нет папки закладок. На панели «Закладки» создайте папку («Новая папка») и поместите в неё места для встречи.</translation>
    </message>
    <message>
        <source>The title on the cover</source>
        <translation>Заголовок на обложке</translation>
    </message>
    <message>
        <source>Both, side by side</source>
        <translation>Оба языка рядом</translation>
    </message>
    <message>
        <source>Include my &amp;notes</source>
        <translation>Включить &amp;мои заметки</translation>
    </message>
    <message>
        <source>&amp;Two-sided: each place starts on a right-hand page</source>
        <translation>&amp;Двусторонняя печать: каждое место начинается на правой странице</translation>
    </message>
    <message>
        <source>Length of the pack</source>
        <translation>Объём материалов</translation>
    </message>
    <message>
        <source>Pages: {count}</source>
        <translation>Страниц: {count}</translation>
    </message>
    <message>
        <source>no longer in the content: {count} (named on the contents page)</source>
        <translation>нет в материалах: {count} (указаны в содержании)</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>П&amp;апка:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>&amp;Бумага:</translation>
    </message>
    <message>
        <source>This folder holds no bookmarks.</source>
        <translation>В этой папке нет закладок.</translation>
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
        <source>The pack you chose is older than the content you have.

Chosen: {chosen}
Installed: {installed}

Replace the newer content with it?</source>
        <translation>Выбранный пакет старше установленного содержимого.

Выбран: {chosen}
Установлено: {installed}

Заменить им более новое содержимое?</translation>
    </message>
    <message>
        <source>Import an older pack?</source>
        <translation>Импортировать более старый пакет?</translation>
    </message>
    <message>
        <source>This pack is signed with key {key}, which Field Reference does not trust, so it cannot tell who made it. Anyone could have written its content.

Import it only if you know where it comes from.</source>
        <translation>Этот пакет подписан ключом {key}, которому «Полевой справочник» не доверяет, поэтому нельзя узнать, кто его сделал. Его содержимое мог написать кто угодно.

Импортируйте его, только если знаете, откуда он.</translation>
    </message>
    <message>
        <source>This pack is not signed, so Field Reference cannot tell who made it. Anyone could have written its content.

Import it only if you know where it comes from.</source>
        <translation>Этот пакет не подписан, поэтому «Полевой справочник» не может узнать, кто его сделал. Его содержимое мог написать кто угодно.

Импортируйте его, только если знаете, откуда он.</translation>
    </message>
    <message>
        <source>Import a pack of unknown origin?</source>
        <translation>Импортировать пакет неизвестного происхождения?</translation>
    </message>
    <message>
        <source>&amp;Import anyway</source>
        <translation>&amp;Всё равно импортировать</translation>
    </message>
    <message>
        <source>Field Reference</source>
        <translation>Полевой справочник</translation>
    </message>
</context>
<context>
    <name>PackPreview</name>
    <message>
        <source>Pack problems</source>
        <translation>Замечания к пакету</translation>
    </message>
    <message>
        <source>The pack has {count} error(s); the window shows its last good state.</source>
        <translation>Ошибок в пакете: {count}; в окне показано последнее исправное состояние.</translation>
    </message>
    <message>
        <source>The pack has {count} error(s).</source>
        <translation>Ошибок в пакете: {count}.</translation>
    </message>
    <message>
        <source>The pack has errors</source>
        <translation>В пакете есть ошибки</translation>
    </message>
    <message>
        <source>Fix the problems listed below; the content appears as soon as the pack has none.</source>
        <translation>Исправьте ошибки из списка ниже: содержимое появится, как только их не останется.</translation>
    </message>
    <message>
        <source>Preview updated.</source>
        <translation>Предпросмотр обновлён.</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
</context>
<context>
    <name>PackText</name>
    <message>
        <source>Content version {version} of {date}</source>
        <translation>Версия содержимого {version} от {date}</translation>
    </message>
</context>
<context>
    <name>PageSetupDialog</name>
    <message>
        <source>Page setup</source>
        <translation>Параметры страницы</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Книжная</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Альбомная</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>&amp;Размер бумаги:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Ориентация:</translation>
    </message>
</context>
<context>
    <name>PlaceLinks</name>
    <message>
        <source>Copy &amp;link to this section</source>
        <translation>Копировать &amp;ссылку на этот раздел</translation>
    </message>
    <message>
        <source>Copy a link to the section you are reading, to paste in a message</source>
        <translation>Скопировать ссылку на раздел, который вы читаете, чтобы вставить её в сообщение</translation>
    </message>
    <message>
        <source>Link copied: {link}</source>
        <translation>Ссылка скопирована: {link}</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Copy link to this section</source>
        <translation>Копировать ссылку на этот раздел</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Копировать ссылку</translation>
    </message>
</context>
<context>
    <name>PrintFeature</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Print the open project&apos;s brief, or the open entry</source>
        <translation>Напечатать паспорт открытого проекта или открытую статью</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Предварительный просмотр…</translation>
    </message>
    <message>
        <source>See the pages before printing them</source>
        <translation>Посмотреть страницы перед печатью</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Экспорт в PDF…</translation>
    </message>
    <message>
        <source>Save the open project&apos;s brief, or the open entry, as a PDF file</source>
        <translation>Сохранить паспорт открытого проекта или открытую статью в файл PDF</translation>
    </message>
    <message>
        <source>Page set&amp;up…</source>
        <translation>&amp;Параметры страницы…</translation>
    </message>
    <message>
        <source>Choose the paper size and orientation</source>
        <translation>Выбрать размер бумаги и ориентацию</translation>
    </message>
    <message>
        <source>&amp;Bilingual briefs</source>
        <translation>Паспорта на &amp;двух языках</translation>
    </message>
    <message>
        <source>Print briefs in English and Russian side by side</source>
        <translation>Печатать паспорта на английском и русском рядом</translation>
    </message>
    <message>
        <source>Print b&amp;riefs…</source>
        <translation>Печать п&amp;аспортов…</translation>
    </message>
    <message>
        <source>Print or export the briefs of several projects or of a thematic area in one document</source>
        <translation>Напечатать или экспортировать паспорта нескольких проектов или тематического направления одним документом</translation>
    </message>
    <message>
        <source>Print &amp;meeting pack…</source>
        <translation>Печать &amp;материалов к встрече…</translation>
    </message>
    <message>
        <source>Print or export a bookmarks folder as one handout for a meeting, with your notes</source>
        <translation>Напечатать или сохранить папку закладок как единый раздаточный материал к встрече, с вашими заметками</translation>
    </message>
    <message>
        <source>Print preview — {title}</source>
        <translation>Предварительный просмотр — {title}</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Экспорт в PDF…</translation>
    </message>
    <message>
        <source>Save these pages as a PDF file</source>
        <translation>Сохранить эти страницы в файл PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>PrintOutput</name>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Экспорт в PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>PDF не сохранён</translation>
    </message>
    <message>
        <source>{file} was not saved: {reason}.</source>
        <translation>{file} не сохранён: {reason}.</translation>
    </message>
    <message>
        <source>{file} was not saved: what it prints is no longer in the content as it was. Choose again what to print.</source>
        <translation>{file} не сохранён: того, что в нём печатается, в содержимом больше нет в прежнем виде. Выберите снова, что печатать.</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>Сохранено: {file}.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>there is no content database yet.</source>
        <translation>базы данных содержимого ещё нет.</translation>
    </message>
    <message>
        <source>content database format {found}, expected {known}; it will be rebuilt.</source>
        <translation>формат базы данных содержимого — {found}, а нужен {known}; база будет создана заново.</translation>
    </message>
    <message>
        <source>the content database is damaged ({error}).</source>
        <translation>база данных содержимого повреждена ({error}).</translation>
    </message>
    <message>
        <source>this is not a database file.</source>
        <translation>это не файл базы данных.</translation>
    </message>
    <message>
        <source>the database file is incomplete ({size} of {expected} bytes).</source>
        <translation>файл базы данных неполон ({size} байт из {expected}).</translation>
    </message>
    <message>
        <source>the user database cannot be read ({error}).</source>
        <translation>не удаётся прочитать базу данных пользователя ({error}).</translation>
    </message>
    <message>
        <source>was written by a newer Field Reference (data format {found}; this version knows up to {known}). It was left unchanged.</source>
        <translation>записан более новой версией «Полевого справочника» (формат данных {found}; эта версия знает форматы до {known}). Файл оставлен без изменений.</translation>
    </message>
    <message>
        <source>nests lists more than {limit} levels deep; simplify it.</source>
        <translation>списки вложены глубже {limit} уровней; упростите текст.</translation>
    </message>
    <message>
        <source>nests quotes more than {limit} levels deep; simplify it.</source>
        <translation>цитаты вложены глубже {limit} уровней; упростите текст.</translation>
    </message>
    <message>
        <source>nests HTML elements more than {limit} levels deep; simplify it.</source>
        <translation>элементы HTML вложены глубже {limit} уровней; упростите текст.</translation>
    </message>
    <message>
        <source>[brief] must be a table.</source>
        <translation>[brief] должен быть таблицей.</translation>
    </message>
    <message>
        <source>order must be a whole number from {low} to {high}.</source>
        <translation>поле «order» должно быть целым числом от {low} до {high}.</translation>
    </message>
    <message>
        <source>title is empty.</source>
        <translation>поле «title» пустое.</translation>
    </message>
    <message>
        <source>kind “{kind}” is unknown; use one of {kinds}.</source>
        <translation>вид статьи «{kind}» неизвестен; укажите один из: {kinds}.</translation>
    </message>
    <message>
        <source>only projects have a [brief].</source>
        <translation>[brief] бывает только у проектов.</translation>
    </message>
    <message>
        <source>took too long to render (over {seconds} s); simplify this file.</source>
        <translation>обрабатывается слишком долго (дольше {seconds} с); упростите этот файл.</translation>
    </message>
    <message>
        <source>could not be rendered: the Markdown renderer failed on it; simplify this file.</source>
        <translation>не удалось отобразить: программа разметки Markdown дала сбой на этом файле; упростите файл.</translation>
    </message>
    <message>
        <source>heading “{heading}” uses “#”; the title comes from the front matter, sections start at “##”.</source>
        <translation>заголовок «{heading}» начинается с «#»; название статьи берётся из блока метаданных, а разделы начинаются с «##».</translation>
    </message>
    <message>
        <source>heading “{heading}” has no id; write it as “## {heading} {{#some-id}}”.</source>
        <translation>у заголовка «{heading}» нет идентификатора; напишите его так: «## {heading} {{#some-id}}».</translation>
    </message>
    <message>
        <source>section id “{id}” may hold only lowercase letters, digits and hyphens.</source>
        <translation>идентификатор раздела «{id}» может содержать только строчные латинские буквы, цифры и дефисы.</translation>
    </message>
    <message>
        <source>section id “{id}” is used twice.</source>
        <translation>идентификатор раздела «{id}» использован дважды.</translation>
    </message>
    <message>
        <source>is not a supported image ({types}).</source>
        <translation>не является изображением поддерживаемого формата ({types}).</translation>
    </message>
    <message>
        <source>is neither an entry (&lt;language&gt;/&lt;slug&gt;.md for a language of the pack: {languages}) nor an image under media/.</source>
        <translation>не является ни статьёй (&lt;язык&gt;/&lt;идентификатор&gt;.md для одного из языков пакета: {languages}), ни изображением в папке media/.</translation>
    </message>
    <message>
        <source>slug “{slug}” is already used by {other}.</source>
        <translation>идентификатор (slug) «{slug}» уже используется в файле {other}.</translation>
    </message>
    <message>
        <source>slug “{slug}” may hold only lowercase words of letters, digits and hyphens separated by “/”.</source>
        <translation>идентификатор (slug) «{slug}» может содержать только строчные латинские буквы, цифры и дефисы, а его части разделяются знаком «/».</translation>
    </message>
    <message>
        <source>slug “{slug}” does not match the file&apos;s path; it should be “{expected}”.</source>
        <translation>идентификатор (slug) «{slug}» не соответствует пути к файлу; должно быть «{expected}».</translation>
    </message>
    <message>
        <source>{key} differs from {other}; it must be the same in every language.</source>
        <translation>значение поля «{key}» не такое, как в {other}; оно должно быть одинаковым во всех языках.</translation>
    </message>
    <message>
        <source>an entry of kind “{kind}” is top-level and has no area.</source>
        <translation>статья вида «{kind}» находится на верхнем уровне, у неё не может быть тематической области (поля «area»).</translation>
    </message>
    <message>
        <source>an entry of kind “{kind}” needs an area.</source>
        <translation>для статьи вида «{kind}» нужно указать тематическую область (поле «area»).</translation>
    </message>
    <message>
        <source>area “{area}” is unknown: it must be the slug of an overview or area entry.</source>
        <translation>тематическая область «{area}» неизвестна: это должен быть идентификатор (slug) статьи вида «overview» или «area».</translation>
    </message>
    <message>
        <source>section ids differ from {other} (missing: {missing}; not in {other}: {extra}).</source>
        <translation>идентификаторы разделов не совпадают с файлом {other} (не хватает: {missing}; нет в {other}: {extra}).</translation>
    </message>
    <message>
        <source>section ids differ from {other} (missing: {missing}).</source>
        <translation>идентификаторы разделов не совпадают с файлом {other} (не хватает: {missing}).</translation>
    </message>
    <message>
        <source>section ids differ from {other} (not in it: {extra}).</source>
        <translation>идентификаторы разделов не совпадают с файлом {other} (лишние: {extra}).</translation>
    </message>
    <message>
        <source>section ids differ from {other} (in another order).</source>
        <translation>идентификаторы разделов идут не в том порядке, что в файле {other}.</translation>
    </message>
    <message>
        <source>link “{link}”: no such section here.</source>
        <translation>ссылка «{link}»: в этой статье нет такого раздела.</translation>
    </message>
    <message>
        <source>link “{link}”: no entry “{target}”.</source>
        <translation>ссылка «{link}»: статьи «{target}» нет.</translation>
    </message>
    <message>
        <source>link “{link}”: “{target}” has no section “{section}”.</source>
        <translation>ссылка «{link}»: в статье «{target}» нет раздела «{section}».</translation>
    </message>
    <message>
        <source>link “{link}” is not allowed: write entry:slug#section for entries, https://… for web pages.</source>
        <translation>ссылка «{link}» недопустима: пишите entry:идентификатор#раздел для статей и https://… для веб-страниц.</translation>
    </message>
    <message>
        <source>image “{image}” points outside the pack.</source>
        <translation>изображение «{image}» указывает за пределы пакета.</translation>
    </message>
    <message>
        <source>image “{image}” is not a file in the pack&apos;s media/ folder.</source>
        <translation>изображения «{image}» нет в папке media/ пакета.</translation>
    </message>
    <message>
        <source>the pack holds no entries.</source>
        <translation>в пакете нет ни одной статьи.</translation>
    </message>
    <message>
        <source>another import into this data folder is running; import again once it has finished.</source>
        <translation>в эту папку данных уже идёт другой импорт; повторите импорт, когда он закончится.</translation>
    </message>
    <message>
        <source>{key} must be text.</source>
        <translation>поле «{key}» должно быть текстом.</translation>
    </message>
    <message>
        <source>{key} must be text such as “1.0.0”.</source>
        <translation>поле «{key}» должно быть текстом, например «1.0.0».</translation>
    </message>
    <message>
        <source>{key} must be a date such as 2026-11-22.</source>
        <translation>поле «{key}» должно быть датой, например 2026-11-22.</translation>
    </message>
    <message>
        <source>{key} must be a list of language codes.</source>
        <translation>поле «{key}» должно быть списком кодов языков.</translation>
    </message>
    <message>
        <source>{key} must be a table of file = checksum.</source>
        <translation>поле «{key}» должно быть таблицей вида файл = контрольная сумма.</translation>
    </message>
    <message>
        <source>{key} must be a whole number.</source>
        <translation>поле «{key}» должно быть целым числом.</translation>
    </message>
    <message>
        <source>{key} must be a list of text.</source>
        <translation>поле «{key}» должно быть списком строк.</translation>
    </message>
    <message>
        <source>is a link; a pack holds only real files.</source>
        <translation>является ссылкой; в пакете могут быть только обычные файлы.</translation>
    </message>
    <message>
        <source>is {size} bytes; a pack file may have at most {limit}.</source>
        <translation>занимает {size} байт; файл пакета может занимать не больше {limit} байт.</translation>
    </message>
    <message>
        <source>the pack is too large to import.</source>
        <translation>пакет слишком велик для импорта.</translation>
    </message>
    <message>
        <source>its check sum does not match: the file was damaged in copying</source>
        <translation>не сходится контрольная сумма: файл повредился при копировании</translation>
    </message>
    <message>
        <source>its packed data is damaged</source>
        <translation>сжатые данные повреждены</translation>
    </message>
    <message>
        <source>it is encrypted or packed in a way Field Reference does not read</source>
        <translation>он зашифрован или сжат способом, который «Полевой справочник» не читает</translation>
    </message>
    <message>
        <source>it is not a zip file, or it was cut short</source>
        <translation>это не zip-архив, или он обрезан</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>он повреждён</translation>
    </message>
    <message>
        <source>is not a readable zip file: {error}.</source>
        <translation>не удаётся прочитать как zip-архив: {error}.</translation>
    </message>
    <message>
        <source>the pack holds too many files.</source>
        <translation>в пакете слишком много файлов.</translation>
    </message>
    <message>
        <source>member “{member}” points outside the pack.</source>
        <translation>элемент архива «{member}» указывает за пределы пакета.</translation>
    </message>
    <message>
        <source>is {size} bytes unpacked; a pack file may have at most {limit}.</source>
        <translation>после распаковки занимает {size} байт; файл пакета может занимать не больше {limit} байт.</translation>
    </message>
    <message>
        <source>the archive is damaged (member “{member}”): {error}.</source>
        <translation>архив повреждён (элемент «{member}»): {error}.</translation>
    </message>
    <message>
        <source>unpacks to more than it declares.</source>
        <translation>после распаковки оказывается больше заявленного размера.</translation>
    </message>
    <message>
        <source>unpacks to more than {limit} bytes; refused.</source>
        <translation>после распаковки занимает больше {limit} байт; отклонено.</translation>
    </message>
    <message>
        <source>no such folder or zip file.</source>
        <translation>такой папки или zip-архива нет.</translation>
    </message>
    <message>
        <source>a value that is not valid (text needs quotes)</source>
        <translation>недопустимое значение (текст нужно взять в кавычки)</translation>
    </message>
    <message>
        <source>a key without “= value”</source>
        <translation>ключ без «= значение»</translation>
    </message>
    <message>
        <source>a character that is not allowed there</source>
        <translation>символ, который здесь не допускается</translation>
    </message>
    <message>
        <source>a key that starts with a character keys may not start with</source>
        <translation>ключ начинается с символа, с которого ключи начинаться не могут</translation>
    </message>
    <message>
        <source>text whose closing quote is missing</source>
        <translation>у текста нет закрывающей кавычки</translation>
    </message>
    <message>
        <source>a backslash in text (write \\ for one)</source>
        <translation>обратная косая черта в тексте (одна пишется как \\)</translation>
    </message>
    <message>
        <source>a list without its closing ]</source>
        <translation>список без закрывающей ]</translation>
    </message>
    <message>
        <source>a table without its closing }</source>
        <translation>таблица без закрывающей }</translation>
    </message>
    <message>
        <source>a table name without its closing ]</source>
        <translation>имя таблицы без закрывающей ]</translation>
    </message>
    <message>
        <source>a key or table written twice</source>
        <translation>ключ или таблица записаны дважды</translation>
    </message>
    <message>
        <source>a date that is not valid</source>
        <translation>недопустимая дата</translation>
    </message>
    <message>
        <source>a line that is neither a key, a table nor a comment</source>
        <translation>строка, которая не является ни ключом, ни таблицей, ни комментарием</translation>
    </message>
    <message>
        <source>a syntax error</source>
        <translation>синтаксическая ошибка</translation>
    </message>
    <message>
        <source>is not valid UTF-8 text (byte {byte}).</source>
        <translation>не является корректным текстом в UTF-8 (байт {byte}).</translation>
    </message>
    <message>
        <source>is not valid TOML: {detail}.</source>
        <translation>не является корректным TOML: {detail}.</translation>
    </message>
    <message>
        <source>front matter is not valid TOML: {detail}.</source>
        <translation>блок метаданных не является корректным TOML: {detail}.</translation>
    </message>
    <message>
        <source>nests arrays or tables too deeply to read.</source>
        <translation>содержит слишком глубоко вложенные массивы или таблицы.</translation>
    </message>
    <message>
        <source>{key} is missing.</source>
        <translation>поле «{key}» отсутствует.</translation>
    </message>
    <message>
        <source>is missing: this is not a content pack.</source>
        <translation>отсутствует: это не пакет содержимого.</translation>
    </message>
    <message>
        <source>holds a number too long to read (over 4,300 digits).</source>
        <translation>содержит слишком длинное число (больше 4300 цифр).</translation>
    </message>
    <message>
        <source>more on the line after its value (a date that is not valid, a second key)</source>
        <translation>после значения в строке есть что-то ещё (недопустимая дата, второй ключ)</translation>
    </message>
    <message>
        <source>id may hold only lowercase letters, digits and hyphens.</source>
        <translation>поле «id» может содержать только строчные латинские буквы, цифры и дефисы.</translation>
    </message>
    <message>
        <source>version “{version}” is not a dotted number such as 1.2.0.</source>
        <translation>версия «{version}» должна состоять из чисел через точку, например 1.2.0.</translation>
    </message>
    <message>
        <source>languages must list two-letter codes such as “en”.</source>
        <translation>в поле «languages» должны быть двухбуквенные коды языков, например «en».</translation>
    </message>
    <message>
        <source>the checksum of {file} is not a SHA-256 in hex.</source>
        <translation>контрольная сумма файла {file} не является шестнадцатеричной записью SHA-256.</translation>
    </message>
    <message>
        <source>is listed in the manifest but missing.</source>
        <translation>указан в манифесте, но отсутствует.</translation>
    </message>
    <message>
        <source>does not match its checksum in the manifest (changed or damaged).</source>
        <translation>не совпадает со своей контрольной суммой в манифесте (изменён или повреждён).</translation>
    </message>
    <message>
        <source>is not listed in the manifest.</source>
        <translation>не указан в манифесте.</translation>
    </message>
    <message>
        <source>must start with front matter between two “+++” lines.</source>
        <translation>должен начинаться с блока метаданных между двумя строками «+++».</translation>
    </message>
    <message>
        <source>the front matter is not closed by a “+++” line.</source>
        <translation>блок метаданных не закрыт строкой «+++».</translation>
    </message>
    <message>
        <source>is not a file; using the default settings.</source>
        <translation>это не файл; используются настройки по умолчанию.</translation>
    </message>
    <message>
        <source>is not UTF-8 text; using the default settings.</source>
        <translation>это не текст UTF-8; используются настройки по умолчанию.</translation>
    </message>
    <message>
        <source>could not be read ({error}); using the default settings.</source>
        <translation>не удалось прочитать ({error}); используются настройки по умолчанию.</translation>
    </message>
    <message>
        <source>column {column}: not valid settings (JSON); using the default settings.</source>
        <translation>столбец {column}: настройки записаны неверно (JSON); используются настройки по умолчанию.</translation>
    </message>
    <message>
        <source>not a settings file; using the default settings.</source>
        <translation>это не файл настроек; используются настройки по умолчанию.</translation>
    </message>
    <message>
        <source>could not be imported ({error}).</source>
        <translation>не удалось импортировать ({error}).</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>файла нет</translation>
    </message>
    <message>
        <source>only its journal is left</source>
        <translation>остался только его журнал</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>could not be restored from the backup {backup} ({error}). The backup is kept: start again once the disk has free space and the folder can be written.</source>
        <translation>не удалось восстановить из резервной копии {backup} ({error}). Копия сохранена: запустите программу снова, когда на диске будет свободное место и в папку можно будет записывать.</translation>
    </message>
    <message>
        <source>the pack is not signed, so where it comes from cannot be checked.</source>
        <translation>пакет не подписан, поэтому нельзя проверить, откуда он.</translation>
    </message>
    <message>
        <source>the pack is signed with key {key}, which this program does not trust.</source>
        <translation>пакет подписан ключом {key}, которому программа не доверяет.</translation>
    </message>
    <message>
        <source>the signature of key {key} does not match the manifest: the pack was changed after it was signed.</source>
        <translation>подпись ключа {key} не соответствует манифесту: пакет изменили после подписания.</translation>
    </message>
    <message>
        <source>is not a signature this program can read: it is damaged, or it was not made by minisign or field-reference pack sign.</source>
        <translation>это не подпись, которую программа может прочитать: она повреждена или сделана не программой minisign и не командой field-reference pack sign.</translation>
    </message>
    <message>
        <source>has no {lang} version: write {path} with the same section ids.</source>
        <translation>нет версии на языке {lang}: напишите {path} с теми же идентификаторами разделов.</translation>
    </message>
    <message>
        <source>a placeholder is left in: {placeholder}.</source>
        <translation>осталась метка для заполнения: {placeholder}.</translation>
    </message>
    <message>
        <source>names no sources: list the documents it is written from in sources = […].</source>
        <translation>не названы источники: перечислите в sources = […] документы, по которым написана запись.</translation>
    </message>
    <message>
        <source>no entry shows this image.</source>
        <translation>это изображение не показано ни в одной записи.</translation>
    </message>
    <message>
        <source>link “{link}”: “{target}” has no {lang} version, so in this language the link leads nowhere.</source>
        <translation>ссылка «{link}»: у «{target}» нет версии на языке {lang}, поэтому на этом языке ссылка никуда не ведёт.</translation>
    </message>
    <message>
        <source>this line is shown as a row of the table above it; leave a blank line after the table.</source>
        <translation>эта строка показывается как строка таблицы над ней; оставьте пустую строку после таблицы.</translation>
    </message>
    <message>
        <source>no term of this group occurs in the pack&apos;s text ({terms}), so a search for them finds nothing.</source>
        <translation>ни один термин этой группы не встречается в тексте пакета ({terms}), поэтому поиск по ним ничего не найдёт.</translation>
    </message>
    <message>
        <source>“{key}” is not a part of a thesaurus; it holds only [[same]] groups.</source>
        <translation>«{key}» не относится к тезаурусу: в нём есть только группы [[same]].</translation>
    </message>
    <message>
        <source>the groups must be written as [[same]] tables.</source>
        <translation>группы нужно записывать как таблицы [[same]].</translation>
    </message>
    <message>
        <source>holds {count} groups; at most {limit} are allowed.</source>
        <translation>содержит групп: {count}; допускается не больше {limit}.</translation>
    </message>
    <message>
        <source>“{term}” is already in the group on line {other}; a term belongs to one group.</source>
        <translation>«{term}» уже есть в группе в строке {other}; термин может входить только в одну группу.</translation>
    </message>
    <message>
        <source>a group holds only “terms”, not “{key}”.</source>
        <translation>в группе может быть только «terms», а не «{key}».</translation>
    </message>
    <message>
        <source>a group needs terms = [&quot;…&quot;, &quot;…&quot;], a list of text.</source>
        <translation>группе нужен список текстов terms = [&quot;…&quot;, &quot;…&quot;].</translation>
    </message>
    <message>
        <source>a group needs at least two terms that mean the same.</source>
        <translation>в группе должно быть не меньше двух терминов с одним значением.</translation>
    </message>
    <message>
        <source>term “{term}” holds no word.</source>
        <translation>в термине «{term}» нет ни одного слова.</translation>
    </message>
    <message>
        <source>term “{term}…” is longer than {limit} characters.</source>
        <translation>термин «{term}…» длиннее {limit} символов.</translation>
    </message>
    <message>
        <source>source “{source}” is not listed in sources.toml.</source>
        <translation>источника «{source}» нет в sources.toml.</translation>
    </message>
    <message>
        <source>holds only [[source]] tables.</source>
        <translation>может содержать только таблицы [[source]].</translation>
    </message>
    <message>
        <source>lists {count} sources; at most {limit} are allowed.</source>
        <translation>перечисляет источников: {count}; допускается не больше {limit}.</translation>
    </message>
    <message>
        <source>source “{source}” is listed twice.</source>
        <translation>источник «{source}» указан дважды.</translation>
    </message>
    <message>
        <source>a source needs an id: the name its entries&apos; sources = […] use.</source>
        <translation>у источника должен быть id — имя, которое указывают статьи в sources = […].</translation>
    </message>
    <message>
        <source>source “{source}”: “{key}” is neither id nor a language of the pack.</source>
        <translation>источник «{source}»: «{key}» — не id и не язык пакета.</translation>
    </message>
    <message>
        <source>source “{source}” needs {lang} = {{ title = &quot;…&quot;, markers = [&quot;…&quot;] }}.</source>
        <translation>источнику «{source}» нужна запись {lang} = {{ title = &quot;…&quot;, markers = [&quot;…&quot;] }}.</translation>
    </message>
    <message>
        <source>could not be read: {reason}.</source>
        <translation>не удалось прочитать: {reason}.</translation>
    </message>
    <message>
        <source>could not be written: {reason}.</source>
        <translation>не удалось записать: {reason}.</translation>
    </message>
    <message>
        <source>{where}: &quot;{key}&quot; is missing.</source>
        <translation>{where}: нет поля «{key}».</translation>
    </message>
    <message>
        <source>{where}: must be a string.</source>
        <translation>{where}: значение должно быть строкой.</translation>
    </message>
    <message>
        <source>{where}: holds an invalid character (a lone UTF-16 surrogate).</source>
        <translation>{where}: недопустимый символ (одиночный суррогат UTF-16).</translation>
    </message>
    <message>
        <source>{where}: must be a list.</source>
        <translation>{where}: значение должно быть списком.</translation>
    </message>
    <message>
        <source>{where}: must be an object.</source>
        <translation>{where}: значение должно быть объектом.</translation>
    </message>
    <message>
        <source>{where}: &quot;{target}&quot; names no entry (slug#section).</source>
        <translation>{where}: «{target}» не указывает на запись (slug#section).</translation>
    </message>
    <message>
        <source>{where}: must map languages to titles, e.g. {{&quot;en&quot;: &quot;…&quot;}}.</source>
        <translation>{where}: значение должно сопоставлять языкам названия, например {{&quot;en&quot;: &quot;…&quot;}}.</translation>
    </message>
    <message>
        <source>{where}: a folder needs a name.</source>
        <translation>{where}: у папки должно быть имя.</translation>
    </message>
    <message>
        <source>{where}: folders nest only one level deep.</source>
        <translation>{where}: папки вкладываются только на один уровень.</translation>
    </message>
    <message>
        <source>line {line}, column {column}: not valid JSON.</source>
        <translation>строка {line}, столбец {column}: это не файл JSON.</translation>
    </message>
    <message>
        <source>nested far too deeply to be a bookmarks file.</source>
        <translation>вложенность слишком глубока для файла закладок.</translation>
    </message>
    <message>
        <source>not a bookmarks file: it holds a number far too long to read.</source>
        <translation>это не файл закладок: в нём число, слишком длинное для чтения.</translation>
    </message>
    <message>
        <source>not a Field Reference bookmarks file (it needs &quot;format&quot;: &quot;{name}&quot;).</source>
        <translation>это не файл закладок «Полевого справочника» (в нём должно быть &quot;format&quot;: &quot;{name}&quot;).</translation>
    </message>
    <message>
        <source>{where}: format version {version} is not one this Field Reference reads (up to {newest}).</source>
        <translation>{where}: версию формата {version} этот «Полевой справочник» не читает (он читает до {newest}).</translation>
    </message>
    <message>
        <source>not a regular file.</source>
        <translation>это не обычный файл.</translation>
    </message>
    <message>
        <source>larger than {size} MB, which no bookmarks file is.</source>
        <translation>больше {size} МБ, а файлы закладок такими не бывают.</translation>
    </message>
    <message>
        <source>not a bookmarks file: it is not UTF-8 text (byte {offset}).</source>
        <translation>это не файл закладок: в нём не текст UTF-8 (байт {offset}).</translation>
    </message>
    <message>
        <source>holds bookmarks ({count}) and there are none to export now, so it was not replaced.</source>
        <translation>содержит закладки ({count}), а экспортировать сейчас нечего, поэтому файл не заменён.</translation>
    </message>
    <message>
        <source>could not be written: a bookmark holds a character no file can store.</source>
        <translation>не удалось записать: в закладке есть символ, который нельзя сохранить в файле.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>the file is open in another program, or that folder may not be written</source>
        <translation>файл открыт в другой программе, или в эту папку нельзя записывать</translation>
    </message>
    <message>
        <source>that folder may not be written</source>
        <translation>в эту папку нельзя записывать</translation>
    </message>
    <message>
        <source>that folder does not exist</source>
        <translation>такой папки нет</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>такого файла нет</translation>
    </message>
    <message>
        <source>that name is a folder or a device, not a file</source>
        <translation>это имя папки или устройства, а не файла</translation>
    </message>
    <message>
        <source>the file may not be opened (it is protected, or open in another program)</source>
        <translation>файл нельзя открыть (он защищён или открыт в другой программе)</translation>
    </message>
    <message>
        <source>the disk could not be read or written (a damaged disk, or a stick taken out)</source>
        <translation>диск не удалось прочитать или записать (диск повреждён или флешку вынули)</translation>
    </message>
    <message>
        <source>it is not a database file, or it is damaged</source>
        <translation>это не файл базы данных, или он повреждён</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>файл повреждён</translation>
    </message>
    <message>
        <source>another program is using the file</source>
        <translation>файл занят другой программой</translation>
    </message>
    <message>
        <source>the system refused it</source>
        <translation>система отказала в этом</translation>
    </message>
    <message>
        <source>could not be opened: {reason}. Start again once the disk has free space and the folder can be written, or start with another data folder.</source>
        <translation>не удалось открыть: {reason}. Запустите программу снова, когда на диске будет место и в папку можно будет записывать, или запустите её с другой папкой данных.</translation>
    </message>
    <message>
        <source>another Field Reference is busy with the bookmarks; try again in a moment</source>
        <translation>другой «Полевой справочник» сейчас работает с закладками; попробуйте ещё раз через минуту</translation>
    </message>
    <message>
        <source>the data folder cannot be written (a write-protected drive?)</source>
        <translation>в папку данных нельзя записывать (диск защищён от записи?)</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Перейти к:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Типы файлов:</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Page &amp;order:</source>
        <translation>&amp;Порядок страниц:</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>Страниц на &amp;листе:</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Page &amp;Set:</source>
        <translation>&amp;Список страниц:</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>Not available: the data folder cannot be written (a write-protected drive?).</source>
        <translation>Недоступно: в папку данных нельзя записывать (диск защищён от записи?).</translation>
    </message>
</context>
<context>
    <name>ReadingRoom</name>
    <message>
        <source>Show &amp;contents</source>
        <translation>Показывать &amp;содержание</translation>
    </message>
    <message>
        <source>Show or hide the contents tree beside the text</source>
        <translation>Показать или скрыть дерево содержания рядом с текстом</translation>
    </message>
    <message>
        <source>&amp;Reading mode</source>
        <translation>Режим &amp;чтения</translation>
    </message>
    <message>
        <source>The text alone on the whole screen; F11 or Esc leaves it</source>
        <translation>Только текст на весь экран; выход — F11 или Esc</translation>
    </message>
    <message>
        <source>E&amp;xpand all</source>
        <translation>&amp;Развернуть всё</translation>
    </message>
    <message>
        <source>Open every branch of the tree</source>
        <translation>Раскрыть все ветви дерева</translation>
    </message>
    <message>
        <source>Co&amp;llapse all</source>
        <translation>Св&amp;ернуть всё</translation>
    </message>
    <message>
        <source>Close every branch of the tree</source>
        <translation>Закрыть все ветви дерева</translation>
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
        <source>Your data file could not be read ({reason}).

</source>
        <translation>Не удалось прочитать ваш файл данных ({reason}).

</translation>
    </message>
    <message>
        <source>Your bookmarks and reading places were restored from the automatic backup of {when}. Changes made after that time are not in it.

Bookmarks restored: {bookmarks}; notes: {notes}.</source>
        <translation>Ваши закладки и места чтения восстановлены из автоматической резервной копии от {when}. Изменений, сделанных позже, в ней нет.

Восстановлено закладок: {bookmarks}; заметок: {notes}.</translation>
    </message>
    <message>
        <source>There was no backup to restore from, so Field Reference starts with no bookmarks.</source>
        <translation>Резервной копии для восстановления не нашлось, поэтому Полевой справочник начинает работу без закладок.</translation>
    </message>
    <message>
        <source>Your data was restored</source>
        <translation>Ваши данные восстановлены</translation>
    </message>
    <message>
        <source>Your data could not be restored</source>
        <translation>Ваши данные не удалось восстановить</translation>
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
        <source>Search every entry in English and Russian</source>
        <translation>Искать во всех статьях на английском и русском</translation>
    </message>
    <message>
        <source>Search &amp;panel</source>
        <translation>&amp;Панель поиска</translation>
    </message>
    <message>
        <source>Show or hide the search panel</source>
        <translation>Показать или скрыть панель поиска</translation>
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
        <source>More results</source>
        <translation>Ещё результаты</translation>
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
        <source>Results: {count}</source>
        <translation>Найдено: {count}</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message>
        <source>Search instead for {typed}</source>
        <translation>Искать вместо этого {typed}</translation>
    </message>
    <message>
        <source>Did you mean {suggestion}?</source>
        <translation>Возможно, вы имели в виду {suggestion}?</translation>
    </message>
    <message>
        <source>No entry holds every word; these hold all but one.</source>
        <translation>Ни в одной статье нет всех слов; здесь есть все, кроме одного.</translation>
    </message>
    <message>
        <source>Showing results for “{text}”.</source>
        <translation>Показаны результаты для «{text}».</translation>
    </message>
    <message>
        <source>Results: {shown} of {total}</source>
        <translation>Найдено: {shown} из {total}</translation>
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
    <message>
        <source>Sections: {names}</source>
        <translation>Разделы: {names}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Прочее</translation>
    </message>
</context>
<context>
    <name>ShortcutsFeature</name>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Every key of the program, on one page</source>
        <translation>Все сочетания клавиш программы на одной странице</translation>
    </message>
</context>
<context>
    <name>SideBySide</name>
    <message>
        <source>Side &amp;by side</source>
        <translation>&amp;Два языка рядом</translation>
    </message>
    <message>
        <source>Show the English and the Russian text together</source>
        <translation>Показать английский и русский текст рядом</translation>
    </message>
    <message>
        <source>Entry text in the other language</source>
        <translation>Текст статьи на другом языке</translation>
    </message>
    <message>
        <source>This entry has no English version.</source>
        <translation>У этой статьи нет английской версии.</translation>
    </message>
    <message>
        <source>This entry has no Russian version.</source>
        <translation>У этой статьи нет русской версии.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>No content</source>
        <translation>Нет содержимого</translation>
    </message>
    <message>
        <source>Zoom {percent} %</source>
        <translation>Масштаб {percent} %</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Размер текста</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>Тематическое направление</translation>
    </message>
    <message>
        <source>Content pack</source>
        <translation>Пакет содержимого</translation>
    </message>
</context>
<context>
    <name>TreeModel</name>
    <message>
        <source>{title} (shown in {language}: no translation yet)</source>
        <translation>{title} (показано на языке {language}: перевода пока нет)</translation>
    </message>
    <message>
        <source>{title} (new in this content version)</source>
        <translation>{title} (новое в этой версии содержимого)</translation>
    </message>
    <message>
        <source>{title} (changed in this content version)</source>
        <translation>{title} (изменено в этой версии содержимого)</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>How to use Field Reference, in the reader</source>
        <translation>Как пользоваться «Полевым справочником» — в самой программе</translation>
    </message>
</context>
<context>
    <name>WhatsNew</name>
    <message>
        <source>&amp;What&apos;s new</source>
        <translation>&amp;Что нового</translation>
    </message>
    <message>
        <source>What the installed content changed since the version before it</source>
        <translation>Что изменилось в установленном содержимом по сравнению с предыдущей версией</translation>
    </message>
</context>
<context>
    <name>WhatsNewDialog</name>
    <message>
        <source>What&apos;s new</source>
        <translation>Что нового</translation>
    </message>
</context>
<context>
    <name>WhatsNewPage</name>
    <message>
        <source>What&apos;s new in content version {version}</source>
        <translation>Что нового в версии содержимого {version}</translation>
    </message>
    <message>
        <source>No changes are recorded for this content: it was installed without an earlier version of the same pack to compare with.</source>
        <translation>Для этого содержимого изменения не записаны: оно установлено без более ранней версии того же пакета, с которой его можно сравнить.</translation>
    </message>
    <message>
        <source>Since version {previous} of {date}: {added} new, {changed} changed and {removed} removed entries.</source>
        <translation>С версии {previous} от {date}: записей новых — {added}, изменённых — {changed}, удалённых — {removed}.</translation>
    </message>
    <message>
        <source>New entries</source>
        <translation>Новые записи</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>(its title, summary or details)</source>
        <translation>(заголовок, краткое описание или сведения)</translation>
    </message>
    <message>
        <source>(changed in the {language} text)</source>
        <translation>(изменено в тексте на языке «{language}»)</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
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
</context>
</TS>
