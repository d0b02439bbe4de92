# ruff: noqa: E501
"""Russian for the tabs, forms, subject card, widgets and enum labels (almareg.gui.labels).

The whole workflow, from the checkout's root (the shell's strings are in ru_shell.py):

    uv run pyside6-lupdate -extensions py -no-obsolete almareg/gui -ts resources/i18n/almareg_ru.ts
    uv run python resources/i18n/ru_shell.py
    uv run python resources/i18n/ru_tabs.py
    uv run pyside6-lrelease resources/i18n/almareg_ru.ts

`-extensions py` matters: without it lupdate scans no .py file and marks every message vanished.
This script fills only the contexts in CONTEXTS (ru_shell.py leaves them alone), so the same
English word can read differently here and in the shell. A key "Context|source" overrides the
plain "source" in that context. It prints any message of these contexts it has no Russian for.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).with_name("almareg_ru.ts")

CONTEXTS = frozenset(
    {
        "ConsentForm",
        "ConsentsTab",
        "DashboardTab",
        "DeadlinesTab",
        "DestructionTab",
        "EvidenceField",
        "FormDialog",
        "Format",
        "IncidentForm",
        "IncidentsTab",
        "Labels",
        "RequestForm",
        "RequestsTab",
        "StatusForm",
        "SubjectCard",
        "SubjectForm",
        "SubjectPicker",
        "SubjectsTab",
        "TableTab",
        "Tabs",
        "UrgencyLegend",
        "WithdrawForm",
    }
)

LABELS = {
    # RequestType
    "Access to data": "Запрос сведений (ст. 14)",
    "Rectification of data": "Уточнение данных",
    "Blocking": "Блокирование",
    "Destruction of data": "Уничтожение данных",
    "Unlawful processing": "Неправомерная обработка",
    "Withdrawal of consent": "Отзыв согласия",
    "Stop of processing": "Прекращение обработки",
    "Stop of distribution": "Прекращение распространения",
    "Opt-out of mailings": "Отказ от рассылок",
    "Complaint": "Жалоба",
    "Regulator inquiry": "Запрос Роскомнадзора",
    # RequestStatus
    "Received": "Поступил",
    "Registered": "Зарегистрирован",
    "Identity check": "Проверка личности",
    "In progress": "В работе",
    "Data blocked": "Данные заблокированы",
    "Extended": "Продлён",
    "Response drafted": "Проект ответа",
    "Response sent": "Ответ направлен",
    "Refusal drafted": "Проект отказа",
    "Refusal sent": "Отказ направлен",
    "Destruction pending": "Ожидает уничтожения",
    "Data destroyed": "Данные уничтожены",
    "Subject notified": "Субъект уведомлён",
    "Withdrawn by the requester": "Отозван",
    "Closed": "Закрыт",
    # ConsentKind
    "Processing": "На обработку",
    "Distribution (Art. 10.1)": "На распространение (ст. 10.1)",
    "Cross-border transfer": "На трансграничную передачу",
    "Marketing mailings": "На рекламную рассылку",
    # ConsentStatus
    "In force": "Действует",
    "Withdrawn": "Отозвано",
    "Expired": "Истекло",
    # SubjectStatus
    "Active": "Активен",
    "Blocked": "Заблокирован",
    "Depersonalised": "Обезличен",
    "Destroyed": "Уничтожен",
    # Channel
    "Web form": "Форма на сайте",
    "E-mail": "Эл. почта",
    "Post": "Почта",
    "In person": "Лично",
    "EDI / e-signature": "ЭДО/ЭП",
    "Phone": "Телефон",
    "Portal": "Портал",
    "Other": "Иное",
    # DeadlineState
    "Open": "Открыт",
    "Met": "Выполнен",
    "Missed": "Просрочен",
    "Cancelled": "Отменён",
    # IncidentStatus
    "Detected": "Выявлен",
    "24 h notice sent": "Уведомление (24 ч) направлено",
    "Investigation": "Расследование",
    "72 h notice sent": "Уведомление (72 ч) направлено",
    "Remediation": "Устранение последствий",
    # Role
    "Administrator": "Администратор",
    "Lawyer": "Юрист",
    "Manager": "Руководитель",
    "Staff member": "Сотрудник",
    "Auditor": "Аудитор",
    # AuditAction (policy 11.1: the processing actions of Art. 3 item 3)
    "Collection": "Сбор",
    "Recording": "Запись",
    "Systematisation": "Систематизация",
    "Accumulation": "Накопление",
    "Storage": "Хранение",
    "Rectification": "Уточнение",
    "Extraction": "Извлечение",
    "Use": "Использование",
    "Transfer": "Передача",
    "Depersonalisation": "Обезличивание",
    "Deletion": "Удаление",
    "Destruction": "Уничтожение",
    "Viewing": "Просмотр",
    "Export": "Экспорт",
    "Printing": "Печать",
    "Sign-in": "Вход в систему",
    "Settings change": "Изменение настроек",
    "User administration": "Управление пользователями",
    "Access refused": "Отказ в доступе",
    # audit entities
    "subject": "субъект",
    "consent": "согласие",
    "consent text": "текст согласия",
    "request": "запрос",
    "deadline": "срок",
    "incident": "инцидент",
    "letter": "письмо",
    "attachment": "вложение",
    "destruction act": "акт об уничтожении",
    "purpose": "цель обработки",
    "user": "пользователь",
    "operator": "оператор",
    "calendar": "календарь",
    "transfer": "передача",
    "backup": "резервная копия",
}

RU = {
    **LABELS,
    # tab titles
    "Dashboard": "Сводка",
    "Subjects": "Субъекты",
    "Consents": "Согласия",
    "Requests": "Запросы",
    "Deadlines": "Сроки",
    "Incidents": "Инциденты",
    # cells and units
    "wd": "р.д.",
    "d": "к.д.",
    "h": "ч.",
    "overdue": "просрочено",
    "overdue %1 %2": "просрочено %1 %2",
    "due within %1 working days": "срок — до %1 р.д.",
    "wd = working days, d = calendar days, h = hours": "р.д. — рабочие дни, к.д. — календарные дни, ч. — часы",
    "Not shown: ": "Не показано: ",
    "Rows: %1": "Строк: %1",
    "Not saved": "Не сохранено",
    "Browse…": "Обзор…",
    # columns
    "Number": "Номер",
    "Type": "Тип",
    "Status": "Статус",
    "Status: %1": "Статус: %1",
    "Due": "Срок",
    "Left": "Осталось",
    "From": "От кого",
    "Subject": "Субъект",
    "Kind": "Вид",
    "Given": "Получено",
    "Channel": "Канал",
    "Text": "Текст",
    "Purposes": "Цели обработки",
    "Name": "ФИО",
    "Added": "Добавлен",
    "Form": "Форма",
    "Article": "Статья",
    "Rule": "Правило",
    "Checked": "Проверка",
    "recheck": "перепроверить",
    "Obligation": "Обязанность",
    "DeadlinesTab|For": "Основание",
    "Destroyed on": "Дата уничтожения",
    "Issued": "Акт составлен",
    "Reason": "Основание",
    "Method": "Способ",
    "24 h notice due": "Уведомление 24 ч",
    "72 h notice due": "Уведомление 72 ч",
    "sent": "направлено",
    "Affected": "Затронуто",
    "What happened": "Что произошло",
    # dashboard
    "none": "нет",
    "Open requests by status": "Открытые запросы по статусам",
    "Due within 5 working days, and overdue": "Сроки в ближайшие 5 рабочих дней и просроченные",
    "Requests received per month": "Поступление запросов по месяцам",
    "Jan": "янв",
    "Feb": "фев",
    "Mar": "мар",
    "Apr": "апр",
    "May": "май",
    "Jun": "июн",
    "Jul": "июл",
    "Aug": "авг",
    "Sep": "сен",
    "Oct": "окт",
    "Nov": "ноя",
    "Dec": "дек",
    # deadlines
    "DeadlinesTab|en": "ru",  # which language of the rule files the Obligation column shows
    "Show all days": "Показать все дни",
    "Deadlines: %1": "Сроков: %1",
    # destruction
    "Acts of destruction, kept three years from the destruction date.": "Акты об уничтожении персональных данных; хранятся три года с даты уничтожения.",
    # subjects
    "Search: part of a name, e-mail or phone": "Поиск: часть ФИО, e-mail или телефона",
    "All statuses": "Все статусы",
    "All kinds": "Все виды",
    "All types": "Все типы",
    "Open card": "Открыть карточку",
    "New subject": "Новый субъект",
    "Edit subject": "Изменение субъекта",
    "Find by name, e-mail or phone": "Поиск по ФИО, e-mail или телефону",
    "Last name": "Фамилия",
    "First name": "Имя",
    "Patronymic": "Отчество",
    "E-mails": "Эл. почта",
    "Phones": "Телефоны",
    "E-mails (comma-separated)": "Эл. почта (через запятую)",
    "Phones (comma-separated)": "Телефоны (через запятую)",
    "Source": "Источник",
    "Form on the site": "Форма на сайте",
    "Status reason": "Основание статуса",
    "Note": "Примечание",
    # subject card
    "When": "Когда",
    "Who": "Кто",
    "What": "Что",
    "Details": "Подробности",
    "Timeline": "Хронология",
    "Issued letters: none yet.": "Исходящих писем пока нет.",
    "Letters": "Письма",
    "Edit": "Изменить",
    "SubjectCard|Withdraw consent": "Отозвать согласие",
    # consents
    "Record consent": "Зарегистрировать согласие",
    "Withdraw": "Отозвать",
    "Withdraw consent": "Отзыв согласия",
    "Select a consent first.": "Сначала выберите согласие.",
    "Consent text version": "Редакция текста согласия",
    "Data categories": "Категории данных",
    "Allowed for distribution": "Разрешено к распространению",
    "Given at": "Дата получения",
    "Evidence file": "Файл-подтверждение",
    "optional: scan, screenshot, e-mail": "необязательно: скан, снимок экрана, письмо",
    "cannot read the file: %1": "не удаётся прочитать файл: %1",
    "find and choose the subject": "найдите и выберите субъекта",
    "no published text of this kind; publish one": "нет опубликованного текста согласия этого вида; опубликуйте его",
    "Withdrawn at": "Дата отзыва",
    # requests
    "Register request": "Зарегистрировать обращение",
    "Register regulator inquiry": "Зарегистрировать запрос РКН",
    "RequestForm|Register regulator inquiry": "Запрос Роскомнадзора",
    "RequestForm|Register request": "Обращение субъекта",
    "Change status": "Изменить статус",
    "Subjects and regulator": "Субъекты и Роскомнадзор",
    "Subjects' requests": "Обращения субъектов",
    "Regulator inquiries": "Запросы Роскомнадзора",
    "Received from": "Поступил с",
    "to": "по",
    "Drop an .eml file here to register it": "Перетащите сюда письмо .eml",
    "Consent #%1 — %2": "Согласие №%1 — %2",
    "Select a request first.": "Сначала выберите запрос.",
    "Cannot read the file": "Не удаётся прочитать файл",
    "Received at": "Дата поступления",
    "Summary": "Краткое содержание",
    "Attachment": "Вложение",
    "Regulator": "Орган",
    "Its reference": "Исходящий номер органа",
    "Reference date": "Дата исходящего",
    "Requester": "Заявитель",
    "Requester's contact": "Контакт заявителя",
    "Identity document (number)": "Документ, удостоверяющий личность (номер)",
    "Issued on": "Дата выдачи",
    "Issued by": "Кем выдан",
    "Relationship with the operator": "Сведения об отношениях с оператором",
    "Signed": "Подпись",
    "signed by the subject or representative": "подписан субъектом или его представителем",
    "identity document": "документ, удостоверяющий личность",
    "date of issue": "дата выдачи",
    "issuing authority": "кем выдан",
    "relationship with the operator": "сведения об отношениях с оператором",
    "signature": "подпись",
    "Art. 14 part 3 requires this for an access request": "Обязательно для запроса сведений (ч. 3 ст. 14)",
    "Art. 14 part 3: an access request lacks %1": "ч. 3 ст. 14: в запросе сведений не хватает: %1",
    "name the subject or the requester's contact": "укажите субъекта или контакт заявителя",
    "Change request status": "Изменение статуса запроса",
    "New status": "Новый статус",
    "At": "Дата и время",
    # incidents
    "Record incident": "Зарегистрировать инцидент",
    "Detected at": "Дата выявления",
    "Presumed causes": "Предполагаемые причины",
    "Presumed harm": "Предполагаемый вред",
    "Measures taken": "Принятые меры",
    "Contact person": "Контактное лицо",
    "Subjects affected": "Затронуто субъектов",
}


def russian(context: str, source: str) -> str | None:
    return RU.get(f"{context}|{source}", RU.get(source))


def fill(path: Path = TS) -> tuple[int, list[tuple[str, str]]]:
    """Translate every message of CONTEXTS; returns (count, [(context, source) left without])."""
    tree = ET.parse(path)
    done, missing = 0, []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        if name not in CONTEXTS:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            source = message.findtext("source") or ""
            text = russian(name, source)
            if text is None:
                missing.append((name, source))
                continue
            translation.text = text
            translation.attrib.pop("type", None)
            done += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return done, missing


if __name__ == "__main__":
    count, left = fill()
    print(f"{count} messages translated")
    for context, source in left:
        print(f"no Russian for {context}: {source!r}")
