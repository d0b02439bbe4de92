# ruff: noqa: E501
"""Russian for the shell's strings (login, wizard, lock, menus, admin dialogs).

Fill the .ts after lupdate:  uv run python resources/i18n/ru_shell.py
then compile:                 uv run pyside6-lrelease resources/i18n/almareg_ru.ts
The exact lupdate command and the tabs' strings are in ru_tabs.py; the contexts it fills
(ru_tabs.CONTEXTS) are skipped here.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from ru_tabs import CONTEXTS as TAB_CONTEXTS  # noqa: E402

TS = Path(__file__).with_name("almareg_ru.ts")

RU = {
    "Open with the recovery key": "Открыть ключом восстановления",
    "The recovery key was shown once, when the register was created. It replaces the lost password or key file of this user.": "Ключ восстановления был показан один раз, при создании реестра. Он заменяет утерянный пароль или файл ключей этого пользователя.",
    "New password": "Новый пароль",
    "New password again": "Новый пароль ещё раз",
    "Recover": "Восстановить доступ",
    "The two new passwords differ.": "Новые пароли не совпадают.",
    "Recovery key…": "Ключ восстановления…",
    "Cancel": "Отмена",
    "Law and calendar": "Закон и календарь",
    "Russia: 152-FZ, Russian production calendar": "Россия: 152-ФЗ, производственный календарь РФ",
    "Kazakhstan: Law 94-V, Kazakh calendar": "Казахстан: Закон № 94-V, календарь РК",
    "Consent &texts…": "&Тексты согласий…",
    "Consent texts": "Тексты согласий",
    "Publish a new version…": "Опубликовать новую редакцию…",
    "Publish a consent text": "Публикация текста согласия",
    "Publish": "Опубликовать",
    "Version": "Редакция",
    "Title": "Заголовок",
    "Text": "Текст",
    "Consents": "Согласий",
    "Kind": "Вид",
    " min": " мин",
    "%n deadline(s) fell due.": "Наступил срок: %n.",
    "&About almareg": "&О программе almareg",
    "&Backup…": "&Резервная копия…",
    "&Calendar overrides…": "&Исключения календаря…",
    "&Copy": "&Копировать",
    "&Due today…": "&Сроки на сегодня…",
    "&Edit": "&Правка",
    "&Export…": "&Экспорт…",
    "&File": "&Файл",
    "&Help": "&Справка",
    "&Lock": "&Заблокировать",
    "&New register…": "&Новый реестр…",
    "&Open…": "&Открыть…",
    "&Paste": "Вст&авить",
    "&Quit": "В&ыход",
    "&Refresh": "&Обновить",
    "&Settings…": "&Настройки…",
    "&Tools": "С&ервис",
    "&Users…": "&Пользователи…",
    "&Verify audit trail…": "Проверить &журнал аудита…",
    "Back up the register": "Резервное копирование реестра",
    "Backup": "Резервная копия",
    "almareg registers (*.almareg)": "Реестры almareg (*.almareg)",
    "The backup was written and verified:\n%1\n\nKeep it with its key file %2.": "Резервная копия записана и проверена:\n%1\n\nХраните её вместе с файлом ключей %2.",
    "Unsaved changes": "Несохранённые изменения",
    "Discard the changes you made?": "Отменить внесённые изменения?",
    "Not done": "Не выполнено",
    "Something went wrong and was logged: ": "Что-то пошло не так; подробности записаны в журнал: ",
    "Cannot show this": "Не удаётся показать",
    "&View": "&Вид",
    "A new language applies when almareg is started again.": "Новый язык применится при следующем запуске almareg.",
    "About almareg": "О программе almareg",
    "Active": "Активен",
    "Add": "Добавить",
    "Add user": "Новый пользователь",
    "Address": "Адрес",
    "Add…": "Добавить…",
    "Administrator": "Администратор",
    "Article": "Статья",
    "As the system": "Как в системе",
    "Audit trail": "Журнал аудита",
    "Browse…": "Обзор…",
    "Calendar overrides": "Исключения производственного календаря",
    "Cannot open the register": "Не удаётся открыть реестр",
    "Change password…": "Сменить пароль…",
    "Coming in a later version": "Появится в следующей версии",
    "Contact e-mail": "Контактный e-mail",
    "Create register": "Создать реестр",
    "Cu&t": "Вы&резать",
    "Day": "День",
    "Day off": "Выходной",
    "Due": "Срок",
    "Due today": "Сроки на сегодня",
    "Fair": "Средний",
    "For": "По чему",
    "Full name": "ФИО",
    "I have stored the recovery key in a safe place": "Я сохранил(а) ключ восстановления в надёжном месте",
    "INN": "ИНН",
    "Language": "Язык",
    "Last sign-in": "Последний вход",
    "Lock after idle": "Блокировать после простоя",
    "Locked": "Заблокировано",
    "Locked — almareg": "Заблокировано — almareg",
    "Name *": "Наименование *",
    "New password for %1": "Новый пароль для %1",
    "New register": "Новый реестр",
    "New register…": "Новый реестр…",
    "No tabs are installed yet.": "Вкладки ещё не установлены.",
    "Not saved": "Не сохранено",
    "Note": "Примечание",
    "Nothing is due today.": "На сегодня сроков нет.",
    "OGRN": "ОГРН",
    "Obligation": "Обязанность",
    "Open register": "Открыть реестр",
    "Operator": "Оператор",
    "Overdue: %1. Due today: %2.": "Просрочено: %1. Срок сегодня: %2.",
    "Password": "Пароль",
    "Password again": "Пароль ещё раз",
    "Password changed.": "Пароль изменён.",
    "Phone": "Телефон",
    "Policy version": "Версия политики",
    "Privacy policy URL": "Адрес политики обработки ПДн",
    "Recovery key": "Ключ восстановления",
    "Recovery key saved to %1": "Ключ восстановления сохранён в %1",
    "Register": "Реестр",
    "Registers (*%1)": "Реестры (*%1)",
    "Remove": "Удалить",
    "Remove user": "Удаление пользователя",
    "Remove user %1? Their key slot is deleted; the audit trail keeps their name.": "Удалить пользователя %1? Его ключевой слот будет удалён; в журнале аудита имя останется.",
    "Responsible person": "Ответственный за обработку ПДн",
    "Return %1 to the official calendar?": "Вернуть %1 к официальному календарю?",
    "Role": "Роль",
    "Role: %1": "Роль: %1",
    "Save as text file…": "Сохранить в текстовый файл…",
    "Save recovery key": "Сохранить ключ восстановления",
    "Saved": "Сохранено",
    "Select &all": "Выделить &всё",
    "Settings": "Настройки",
    "Short name": "Краткое наименование",
    "Sign in — almareg": "Вход — almareg",
    "Signed in as %1. Enter your password to continue.": "Вход выполнен как %1. Введите пароль, чтобы продолжить.",
    "Something went wrong; the details were written to %1.": "Что-то пошло не так; подробности записаны в %1.",
    "State": "Состояние",
    "Strong": "Надёжный",
    "Text files (*.txt)": "Текстовые файлы (*.txt)",
    "The audit trail is BROKEN at entry %1: %2.": "Журнал аудита НАРУШЕН на записи %1: %2.",
    "The audit trail is intact: %1 entries checked.": "Журнал аудита цел: проверено записей — %1.",
    "The first user; administrators manage users, settings and backups.": "Первый пользователь; администраторы управляют пользователями, настройками и копиями.",
    "The new language applies when almareg is started again.": "Новый язык применится при следующем запуске almareg.",
    "The organisation that keeps this register. The register will be created at %1.": "Организация, которая ведёт реестр. Реестр будет создан в %1.",
    "The recovery key opens the register if every password is forgotten or the key-slot file "
    "is lost. Write it down or print it and keep it in a safe place, apart from this computer. "
    "Anyone who has it can read the register.": "Ключ восстановления открывает реестр, если все пароли забыты или файл ключевых слотов "
    "утерян. Запишите или распечатайте его и храните в надёжном месте отдельно от этого "
    "компьютера. Любой, у кого есть ключ, может прочитать реестр.",
    "The register is created. Its recovery key is shown only now.": "Реестр создан. Ключ восстановления показывается только сейчас.",
    "The register is locked": "Реестр заблокирован",
    "The two passwords differ.": "Пароли не совпадают.",
    "Time zone": "Часовой пояс",
    "Too short: at least %1 characters": "Слишком короткий: не менее %1 символов",
    "Try again in %n s.": "Повторите через %n с.",
    "Unexpected error": "Непредвиденная ошибка",
    "Unlock": "Разблокировать",
    "Unlocked": "Разблокировано",
    "User": "Пользователь",
    "User name": "Имя пользователя",
    "User: %1": "Пользователь: %1",
    "Users": "Пользователи",
    "Weak: add length, digits, capitals or symbols": "Слабый: удлините, добавьте цифры, заглавные или символы",
    "Website": "Сайт",
    "Whose": "Чьё",
    "Working day": "Рабочий день",
    "Wrong password.": "Неверный пароль.",
    "Wrong user name or password.": "Неверное имя пользователя или пароль.",
    "almareg": "almareg",
    "almareg %1\nA register of personal data processing under 152-FZ.": "almareg %1\nРеестр обработки персональных данных по 152-ФЗ.",
    "almareg recovery key for %1": "Ключ восстановления almareg для %1",
    "no": "нет",
    "overdue": "просрочено",
    "today": "сегодня",
    "yes": "да",
}


def fill(path: Path = TS) -> int:
    """Translate every message whose source is in RU; others (other modules') stay as they are."""
    tree = ET.parse(path)
    done = 0
    messages = (
        message
        for context in tree.getroot().iter("context")
        if context.findtext("name") not in TAB_CONTEXTS
        for message in context.iter("message")
    )
    for message in messages:
        text = RU.get(message.findtext("source") or "")
        if text is None:
            continue
        translation = message.find("translation")
        translation.text = text
        translation.attrib.pop("type", None)
        done += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return done


if __name__ == "__main__":
    print(f"{fill()} messages translated")
