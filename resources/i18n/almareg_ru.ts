<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../almareg/gui/wizards/admin_page.py" line="29" />
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/wizards/admin_page.py" line="31" />
        <source>The first user; administrators manage users, settings and backups.</source>
        <translation>Первый пользователь; администраторы управляют пользователями, настройками и копиями.</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/wizards/admin_page.py" line="34" />
        <source>Create register</source>
        <translation>Создать реестр</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/wizards/admin_page.py" line="43" />
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/wizards/admin_page.py" line="44" />
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/wizards/admin_page.py" line="45" />
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/wizards/admin_page.py" line="47" />
        <source>Password again</source>
        <translation>Пароль ещё раз</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/wizards/admin_page.py" line="60" />
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/wizards/admin_page.py" line="69" />
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
</context>
<context>
    <name>AppSession</name>
    <message>
        <location filename="../../almareg/gui/application.py" line="114" />
        <source>New register</source>
        <translation>Новый реестр</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../almareg/gui/application.py" line="61" />
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/application.py" line="73" />
        <source>Something went wrong; the details were written to %1.</source>
        <translation>Что-то пошло не так; подробности записаны в %1.</translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <location filename="../../almareg/gui/forms/consent_form.py" line="68" />
        <source>Record consent</source>
        <translation>Зарегистрировать согласие</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/consent_form.py" line="72" />
        <source>Subject</source>
        <translation>Субъект</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/consent_form.py" line="74" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/consent_form.py" line="76" />
        <source>Consent text version</source>
        <translation>Редакция текста согласия</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/consent_form.py" line="78" />
        <source>Purposes</source>
        <translation>Цели обработки</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/consent_form.py" line="86" />
        <source>Data categories</source>
        <translation>Категории данных</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/consent_form.py" line="90" />
        <source>Allowed for distribution</source>
        <translation>Разрешено к распространению</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/consent_form.py" line="92" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/consent_form.py" line="93" />
        <source>Given at</source>
        <translation>Дата получения</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/consent_form.py" line="94" />
        <source>Evidence file</source>
        <translation>Файл-подтверждение</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/consent_form.py" line="109" />
        <source>find and choose the subject</source>
        <translation>найдите и выберите субъекта</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/consent_form.py" line="113" />
        <source>no published text of this kind; publish one</source>
        <translation>нет опубликованного текста согласия этого вида; опубликуйте его</translation>
    </message>
</context>
<context>
    <name>ConsentTextsDialog</name>
    <message>
        <location filename="../../almareg/gui/admin/consent_texts.py" line="35" />
        <source>Consent texts</source>
        <translation>Тексты согласий</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/consent_texts.py" line="37" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/consent_texts.py" line="37" />
        <source>Version</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/consent_texts.py" line="37" />
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/consent_texts.py" line="37" />
        <source>Consents</source>
        <translation>Согласий</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/consent_texts.py" line="45" />
        <source>Publish a new version…</source>
        <translation>Опубликовать новую редакцию…</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <location filename="../../almareg/gui/tabs/consents.py" line="23" />
        <source>Subject</source>
        <translation>Субъект</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/consents.py" line="29" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/consents.py" line="35" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/consents.py" line="41" />
        <source>Given</source>
        <translation>Получено</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/consents.py" line="47" />
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/consents.py" line="53" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/consents.py" line="58" />
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/consents.py" line="62" />
        <source>Purposes</source>
        <translation>Цели обработки</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/consents.py" line="72" />
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/consents.py" line="74" />
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/consents.py" line="89" />
        <source>Record consent</source>
        <translation>Зарегистрировать согласие</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/consents.py" line="92" />
        <source>Withdraw</source>
        <translation>Отозвать</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/consents.py" line="103" />
        <source>Withdraw consent</source>
        <translation>Отзыв согласия</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/consents.py" line="103" />
        <source>Select a consent first.</source>
        <translation>Сначала выберите согласие.</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../../almareg/gui/tabs/dashboard.py" line="26" />
        <source>Jan</source>
        <translation>янв</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/dashboard.py" line="27" />
        <source>Feb</source>
        <translation>фев</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/dashboard.py" line="28" />
        <source>Mar</source>
        <translation>мар</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/dashboard.py" line="29" />
        <source>Apr</source>
        <translation>апр</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/dashboard.py" line="30" />
        <source>May</source>
        <translation>май</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/dashboard.py" line="31" />
        <source>Jun</source>
        <translation>июн</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/dashboard.py" line="32" />
        <source>Jul</source>
        <translation>июл</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/dashboard.py" line="33" />
        <source>Aug</source>
        <translation>авг</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/dashboard.py" line="34" />
        <source>Sep</source>
        <translation>сен</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/dashboard.py" line="35" />
        <source>Oct</source>
        <translation>окт</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/dashboard.py" line="36" />
        <source>Nov</source>
        <translation>ноя</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/dashboard.py" line="37" />
        <source>Dec</source>
        <translation>дек</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/dashboard.py" line="50" />
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/dashboard.py" line="70" />
        <source>Subjects</source>
        <translation>Субъекты</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/dashboard.py" line="70" />
        <source>Consents</source>
        <translation>Согласия</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/dashboard.py" line="70" />
        <source>Open requests by status</source>
        <translation>Открытые запросы по статусам</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/dashboard.py" line="90" />
        <source>Due within 5 working days, and overdue</source>
        <translation>Сроки в ближайшие 5 рабочих дней и просроченные</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/dashboard.py" line="93" />
        <source>Requests received per month</source>
        <translation>Поступление запросов по месяцам</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/dashboard.py" line="139" />
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
</context>
<context>
    <name>DeadlinesTab</name>
    <message>
        <location filename="../../almareg/gui/tabs/deadlines.py" line="44" />
        <source>en</source>
        <comment>language of the rule texts</comment>
        <translation>ru</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/deadlines.py" line="57" />
        <source>Consent #%1 — %2</source>
        <translation>Согласие №%1 — %2</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/deadlines.py" line="81" />
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/deadlines.py" line="87" />
        <source>Left</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/deadlines.py" line="94" />
        <source>For</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/deadlines.py" line="100" />
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/deadlines.py" line="106" />
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/deadlines.py" line="112" />
        <source>Checked</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/deadlines.py" line="113" />
        <source>recheck</source>
        <translation>перепроверить</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/deadlines.py" line="117" />
        <source>Obligation</source>
        <translation>Обязанность</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/deadlines.py" line="164" />
        <source>Show all days</source>
        <translation>Показать все дни</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/deadlines.py" line="198" />
        <source>Deadlines: %1</source>
        <translation>Сроков: %1</translation>
    </message>
</context>
<context>
    <name>DestructionTab</name>
    <message>
        <location filename="../../almareg/gui/tabs/destruction.py" line="18" />
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/destruction.py" line="24" />
        <source>Destroyed on</source>
        <translation>Дата уничтожения</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/destruction.py" line="30" />
        <source>Issued</source>
        <translation>Акт составлен</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/destruction.py" line="35" />
        <source>Reason</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/destruction.py" line="40" />
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/destruction.py" line="45" />
        <source>Subjects</source>
        <translation>Субъекты</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/destruction.py" line="57" />
        <source>Acts of destruction, kept three years from the destruction date.</source>
        <translation>Акты об уничтожении персональных данных; хранятся три года с даты уничтожения.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../almareg/gui/dialogs.py" line="74" />
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/dialogs.py" line="76" />
        <source>Discard the changes you made?</source>
        <translation>Отменить внесённые изменения?</translation>
    </message>
</context>
<context>
    <name>DigestDialog</name>
    <message>
        <location filename="../../almareg/gui/digest.py" line="40" />
        <source>Due today</source>
        <translation>Сроки на сегодня</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/digest.py" line="43" />
        <source>Overdue: %1. Due today: %2.</source>
        <translation>Просрочено: %1. Срок сегодня: %2.</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/digest.py" line="45" />
        <source>Nothing is due today.</source>
        <translation>На сегодня сроков нет.</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/digest.py" line="58" />
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/digest.py" line="59" />
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/digest.py" line="60" />
        <source>Obligation</source>
        <translation>Обязанность</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/digest.py" line="61" />
        <source>For</source>
        <translation>По чему</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/digest.py" line="62" />
        <source>Whose</source>
        <translation>Чьё</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/digest.py" line="63" />
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/digest.py" line="70" />
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/digest.py" line="70" />
        <source>today</source>
        <translation>сегодня</translation>
    </message>
</context>
<context>
    <name>DueNotifier</name>
    <message>
        <location filename="../../almareg/gui/tray.py" line="56" />
        <source>%n deadline(s) fell due.</source>
        <translation>Наступил срок: %n.</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tray.py" line="58" />
        <source>almareg</source>
        <translation>almareg</translation>
    </message>
</context>
<context>
    <name>EvidenceField</name>
    <message>
        <location filename="../../almareg/gui/forms/consent_form.py" line="37" />
        <source>optional: scan, screenshot, e-mail</source>
        <translation>необязательно: скан, снимок экрана, письмо</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/consent_form.py" line="39" />
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/consent_form.py" line="47" />
        <source>Evidence file</source>
        <translation>Файл-подтверждение</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/consent_form.py" line="58" />
        <source>cannot read the file: %1</source>
        <translation>не удаётся прочитать файл: %1</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../almareg/gui/wizards/first_run.py" line="86" />
        <source>New register</source>
        <translation>Новый реестр</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../almareg/gui/forms/base.py" line="131" />
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../almareg/gui/models/format.py" line="62" />
        <source>wd</source>
        <translation>р.д.</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/models/format.py" line="63" />
        <source>d</source>
        <translation>к.д.</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/models/format.py" line="64" />
        <source>h</source>
        <translation>ч.</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/models/format.py" line="80" />
        <source>overdue %1 %2</source>
        <translation>просрочено %1 %2</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <location filename="../../almareg/gui/forms/incident_form.py" line="22" />
        <source>Record incident</source>
        <translation>Зарегистрировать инцидент</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/incident_form.py" line="24" />
        <source>Detected at</source>
        <translation>Дата выявления</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/incident_form.py" line="27" />
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/incident_form.py" line="32" />
        <source>Presumed causes</source>
        <translation>Предполагаемые причины</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/incident_form.py" line="35" />
        <source>Presumed harm</source>
        <translation>Предполагаемый вред</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/incident_form.py" line="37" />
        <source>Measures taken</source>
        <translation>Принятые меры</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/incident_form.py" line="39" />
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/incident_form.py" line="42" />
        <source>Subjects affected</source>
        <translation>Затронуто субъектов</translation>
    </message>
</context>
<context>
    <name>IncidentsTab</name>
    <message>
        <location filename="../../almareg/gui/tabs/incidents.py" line="23" />
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/incidents.py" line="29" />
        <source>Detected</source>
        <translation>Выявлен</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/incidents.py" line="35" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/incidents.py" line="41" />
        <source>24 h notice due</source>
        <translation>Уведомление 24 ч</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/incidents.py" line="42" />
        <location filename="../../almareg/gui/tabs/incidents.py" line="47" />
        <source>sent</source>
        <translation>направлено</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/incidents.py" line="46" />
        <source>72 h notice due</source>
        <translation>Уведомление 72 ч</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/incidents.py" line="51" />
        <source>Left</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/incidents.py" line="57" />
        <source>Affected</source>
        <translation>Затронуто</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/incidents.py" line="63" />
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/incidents.py" line="85" />
        <source>Record incident</source>
        <translation>Зарегистрировать инцидент</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../almareg/gui/labels.py" line="32" />
        <source>Access to data</source>
        <translation>Запрос сведений (ст. 14)</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="33" />
        <source>Rectification of data</source>
        <translation>Уточнение данных</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="34" />
        <location filename="../../almareg/gui/labels.py" line="120" />
        <source>Blocking</source>
        <translation>Блокирование</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="35" />
        <source>Destruction of data</source>
        <translation>Уничтожение данных</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="36" />
        <source>Unlawful processing</source>
        <translation>Неправомерная обработка</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="37" />
        <source>Withdrawal of consent</source>
        <translation>Отзыв согласия</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="38" />
        <source>Stop of processing</source>
        <translation>Прекращение обработки</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="39" />
        <source>Stop of distribution</source>
        <translation>Прекращение распространения</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="40" />
        <source>Opt-out of mailings</source>
        <translation>Отказ от рассылок</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="41" />
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="42" />
        <source>Regulator inquiry</source>
        <translation>Запрос Роскомнадзора</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="45" />
        <source>Received</source>
        <translation>Поступил</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="46" />
        <source>Registered</source>
        <translation>Зарегистрирован</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="47" />
        <source>Identity check</source>
        <translation>Проверка личности</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="48" />
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="49" />
        <source>Data blocked</source>
        <translation>Данные заблокированы</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="50" />
        <source>Extended</source>
        <translation>Продлён</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="51" />
        <source>Response drafted</source>
        <translation>Проект ответа</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="52" />
        <source>Response sent</source>
        <translation>Ответ направлен</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="53" />
        <source>Refusal drafted</source>
        <translation>Проект отказа</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="54" />
        <source>Refusal sent</source>
        <translation>Отказ направлен</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="55" />
        <source>Destruction pending</source>
        <translation>Ожидает уничтожения</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="56" />
        <source>Data destroyed</source>
        <translation>Данные уничтожены</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="57" />
        <source>Subject notified</source>
        <translation>Субъект уведомлён</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="58" />
        <source>Withdrawn by the requester</source>
        <translation>Отозван</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="59" />
        <location filename="../../almareg/gui/labels.py" line="100" />
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="62" />
        <source>Processing</source>
        <translation>На обработку</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="63" />
        <source>Distribution (Art. 10.1)</source>
        <translation>На распространение (ст. 10.1)</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="64" />
        <source>Cross-border transfer</source>
        <translation>На трансграничную передачу</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="65" />
        <source>Marketing mailings</source>
        <translation>На рекламную рассылку</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="68" />
        <source>In force</source>
        <translation>Действует</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="69" />
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="70" />
        <source>Expired</source>
        <translation>Истекло</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="73" />
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="74" />
        <source>Blocked</source>
        <translation>Заблокирован</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="75" />
        <source>Depersonalised</source>
        <translation>Обезличен</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="76" />
        <source>Destroyed</source>
        <translation>Уничтожен</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="79" />
        <source>Web form</source>
        <translation>Форма на сайте</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="80" />
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="81" />
        <source>Post</source>
        <translation>Почта</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="82" />
        <source>In person</source>
        <translation>Лично</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="83" />
        <source>EDI / e-signature</source>
        <translation>ЭДО/ЭП</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="84" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="85" />
        <source>Portal</source>
        <translation>Портал</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="86" />
        <source>Other</source>
        <translation>Иное</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="89" />
        <source>Open</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="90" />
        <source>Met</source>
        <translation>Выполнен</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="91" />
        <source>Missed</source>
        <translation>Просрочен</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="92" />
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="95" />
        <source>Detected</source>
        <translation>Выявлен</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="96" />
        <source>24 h notice sent</source>
        <translation>Уведомление (24 ч) направлено</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="97" />
        <source>Investigation</source>
        <translation>Расследование</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="98" />
        <source>72 h notice sent</source>
        <translation>Уведомление (72 ч) направлено</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="99" />
        <source>Remediation</source>
        <translation>Устранение последствий</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="103" />
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="104" />
        <source>Lawyer</source>
        <translation>Юрист</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="105" />
        <source>Manager</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="106" />
        <source>Staff member</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="107" />
        <source>Auditor</source>
        <translation>Аудитор</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="110" />
        <source>Collection</source>
        <translation>Сбор</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="111" />
        <source>Recording</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="112" />
        <source>Systematisation</source>
        <translation>Систематизация</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="113" />
        <source>Accumulation</source>
        <translation>Накопление</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="114" />
        <source>Storage</source>
        <translation>Хранение</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="115" />
        <source>Rectification</source>
        <translation>Уточнение</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="116" />
        <source>Extraction</source>
        <translation>Извлечение</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="117" />
        <source>Use</source>
        <translation>Использование</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="118" />
        <source>Transfer</source>
        <translation>Передача</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="119" />
        <source>Depersonalisation</source>
        <translation>Обезличивание</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="121" />
        <source>Deletion</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="122" />
        <source>Destruction</source>
        <translation>Уничтожение</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="123" />
        <source>Viewing</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="124" />
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="125" />
        <source>Printing</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="126" />
        <source>Sign-in</source>
        <translation>Вход в систему</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="127" />
        <source>Settings change</source>
        <translation>Изменение настроек</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="128" />
        <source>User administration</source>
        <translation>Управление пользователями</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="129" />
        <source>Access refused</source>
        <translation>Отказ в доступе</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="135" />
        <source>subject</source>
        <translation>субъект</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="136" />
        <source>consent</source>
        <translation>согласие</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="137" />
        <source>consent text</source>
        <translation>текст согласия</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="138" />
        <source>request</source>
        <translation>запрос</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="139" />
        <source>deadline</source>
        <translation>срок</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="140" />
        <source>incident</source>
        <translation>инцидент</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="141" />
        <source>letter</source>
        <translation>письмо</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="142" />
        <source>attachment</source>
        <translation>вложение</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="143" />
        <source>destruction act</source>
        <translation>акт об уничтожении</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="144" />
        <source>purpose</source>
        <translation>цель обработки</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="145" />
        <source>user</source>
        <translation>пользователь</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="146" />
        <source>operator</source>
        <translation>оператор</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="147" />
        <source>calendar</source>
        <translation>календарь</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="148" />
        <source>transfer</source>
        <translation>передача</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/labels.py" line="149" />
        <source>backup</source>
        <translation>резервная копия</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../almareg/gui/lock.py" line="78" />
        <source>The register is locked</source>
        <translation>Реестр заблокирован</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/lock.py" line="83" />
        <source>Signed in as %1. Enter your password to continue.</source>
        <translation>Вход выполнен как %1. Введите пароль, чтобы продолжить.</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/lock.py" line="88" />
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/lock.py" line="101" />
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/lock.py" line="130" />
        <source>Wrong password.</source>
        <translation>Неверный пароль.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../almareg/gui/login.py" line="48" />
        <source>Sign in — almareg</source>
        <translation>Вход — almareg</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/login.py" line="56" />
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/login.py" line="66" />
        <source>Register</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/login.py" line="67" />
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/login.py" line="68" />
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/login.py" line="74" />
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/login.py" line="76" />
        <source>New register…</source>
        <translation>Новый реестр…</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/login.py" line="79" />
        <source>Recovery key…</source>
        <translation>Ключ восстановления…</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/login.py" line="95" />
        <source>Open register</source>
        <translation>Открыть реестр</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/login.py" line="96" />
        <source>Registers (*%1)</source>
        <translation>Реестры (*%1)</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/login.py" line="129" />
        <source>Wrong user name or password.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/login.py" line="136" />
        <source>Cannot open the register</source>
        <translation>Не удаётся открыть реестр</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/login.py" line="148" />
        <source>Try again in %n s.</source>
        <translation>Повторите через %n с.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../almareg/gui/main_window.py" line="94" />
        <source>No tabs are installed yet.</source>
        <translation>Вкладки ещё не установлены.</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/main_window.py" line="97" />
        <source>Register</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/main_window.py" line="101" />
        <source>User: %1</source>
        <translation>Пользователь: %1</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/main_window.py" line="102" />
        <source>Role: %1</source>
        <translation>Роль: %1</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/main_window.py" line="104" />
        <location filename="../../almareg/gui/main_window.py" line="191" />
        <source>Unlocked</source>
        <translation>Разблокировано</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/main_window.py" line="178" />
        <source>Locked — almareg</source>
        <translation>Заблокировано — almareg</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/main_window.py" line="179" />
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/main_window.py" line="203" />
        <source>almareg %1
A register of personal data processing under 152-FZ.</source>
        <translation>almareg %1
Реестр обработки персональных данных по 152-ФЗ.</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/main_window.py" line="204" />
        <source>About almareg</source>
        <translation>О программе almareg</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../almareg/gui/menus.py" line="59" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="60" />
        <source>&amp;About almareg</source>
        <translation>&amp;О программе almareg</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="81" />
        <source>Coming in a later version</source>
        <translation>Появится в следующей версии</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="85" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="86" />
        <source>&amp;New register…</source>
        <translation>&amp;Новый реестр…</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="87" />
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="89" />
        <source>&amp;Backup…</source>
        <translation>&amp;Резервная копия…</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="91" />
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="93" />
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="94" />
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="97" />
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="98" />
        <source>Cu&amp;t</source>
        <translation>Вы&amp;резать</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="99" />
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="100" />
        <source>&amp;Paste</source>
        <translation>Вст&amp;авить</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="101" />
        <source>Select &amp;all</source>
        <translation>Выделить &amp;всё</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="104" />
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="110" />
        <source>&amp;Due today…</source>
        <translation>&amp;Сроки на сегодня…</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="112" />
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="122" />
        <source>&amp;Tools</source>
        <translation>С&amp;ервис</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="123" />
        <source>&amp;Users…</source>
        <translation>&amp;Пользователи…</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="125" />
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="127" />
        <source>&amp;Calendar overrides…</source>
        <translation>&amp;Исключения календаря…</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="131" />
        <source>Consent &amp;texts…</source>
        <translation>&amp;Тексты согласий…</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="134" />
        <source>&amp;Verify audit trail…</source>
        <translation>Проверить &amp;журнал аудита…</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="140" />
        <source>Back up the register</source>
        <translation>Резервное копирование реестра</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="141" />
        <source>almareg registers (*.almareg)</source>
        <translation>Реестры almareg (*.almareg)</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="148" />
        <source>The backup was written and verified:
%1

Keep it with its key file %2.</source>
        <translation>Резервная копия записана и проверена:
%1

Храните её вместе с файлом ключей %2.</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="149" />
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="159" />
        <source>The audit trail is intact: %1 entries checked.</source>
        <translation>Журнал аудита цел: проверено записей — %1.</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="160" />
        <location filename="../../almareg/gui/menus.py" line="165" />
        <source>Audit trail</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="162" />
        <source>The audit trail is BROKEN at entry %1: %2.</source>
        <translation>Журнал аудита НАРУШЕН на записи %1: %2.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../almareg/gui/operations.py" line="35" />
        <source>Not done</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/operations.py" line="39" />
        <location filename="../../almareg/gui/operations.py" line="59" />
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/operations.py" line="40" />
        <source>Something went wrong and was logged: </source>
        <translation>Что-то пошло не так; подробности записаны в журнал: </translation>
    </message>
    <message>
        <location filename="../../almareg/gui/operations.py" line="53" />
        <source>Cannot show this</source>
        <translation>Не удаётся показать</translation>
    </message>
</context>
<context>
    <name>OperatorForm</name>
    <message>
        <location filename="../../almareg/gui/wizards/forms.py" line="37" />
        <source>Name *</source>
        <translation>Наименование *</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/wizards/forms.py" line="38" />
        <source>Short name</source>
        <translation>Краткое наименование</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/wizards/forms.py" line="39" />
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/wizards/forms.py" line="40" />
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/wizards/forms.py" line="41" />
        <source>OGRN</source>
        <translation>ОГРН</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/wizards/forms.py" line="42" />
        <source>Responsible person</source>
        <translation>Ответственный за обработку ПДн</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/wizards/forms.py" line="43" />
        <source>Contact e-mail</source>
        <translation>Контактный e-mail</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/wizards/forms.py" line="44" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/wizards/forms.py" line="45" />
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/wizards/forms.py" line="46" />
        <source>Privacy policy URL</source>
        <translation>Адрес политики обработки ПДн</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/wizards/forms.py" line="47" />
        <source>Policy version</source>
        <translation>Версия политики</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/wizards/forms.py" line="48" />
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
</context>
<context>
    <name>OperatorPage</name>
    <message>
        <location filename="../../almareg/gui/wizards/first_run.py" line="43" />
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/wizards/first_run.py" line="46" />
        <source>The organisation that keeps this register. The register will be created at %1.</source>
        <translation>Организация, которая ведёт реестр. Реестр будет создан в %1.</translation>
    </message>
</context>
<context>
    <name>OverridesDialog</name>
    <message>
        <location filename="../../almareg/gui/admin/overrides.py" line="36" />
        <location filename="../../almareg/gui/admin/overrides.py" line="96" />
        <source>Calendar overrides</source>
        <translation>Исключения производственного календаря</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/overrides.py" line="38" />
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/overrides.py" line="38" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/overrides.py" line="38" />
        <location filename="../../almareg/gui/admin/overrides.py" line="48" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/overrides.py" line="46" />
        <location filename="../../almareg/gui/admin/overrides.py" line="78" />
        <source>Day off</source>
        <translation>Выходной</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/overrides.py" line="47" />
        <location filename="../../almareg/gui/admin/overrides.py" line="78" />
        <source>Working day</source>
        <translation>Рабочий день</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/overrides.py" line="55" />
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/overrides.py" line="56" />
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/overrides.py" line="95" />
        <source>Return %1 to the official calendar?</source>
        <translation>Вернуть %1 к официальному календарю?</translation>
    </message>
</context>
<context>
    <name>PasswordHint</name>
    <message>
        <location filename="../../almareg/gui/wizards/password.py" line="26" />
        <source>Too short: at least %1 characters</source>
        <translation>Слишком короткий: не менее %1 символов</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/wizards/password.py" line="29" />
        <source>Weak: add length, digits, capitals or symbols</source>
        <translation>Слабый: удлините, добавьте цифры, заглавные или символы</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/wizards/password.py" line="30" />
        <source>Fair</source>
        <translation>Средний</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/wizards/password.py" line="31" />
        <source>Strong</source>
        <translation>Надёжный</translation>
    </message>
</context>
<context>
    <name>PublishTextForm</name>
    <message>
        <location filename="../../almareg/gui/admin/consent_texts.py" line="85" />
        <source>Publish a consent text</source>
        <translation>Публикация текста согласия</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/consent_texts.py" line="93" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/consent_texts.py" line="94" />
        <source>Version</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/consent_texts.py" line="95" />
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/consent_texts.py" line="96" />
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/consent_texts.py" line="98" />
        <source>Publish</source>
        <translation>Опубликовать</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/consent_texts.py" line="99" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../almareg/gui/recovery.py" line="35" />
        <source>Open with the recovery key</source>
        <translation>Открыть ключом восстановления</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/recovery.py" line="54" />
        <source>The recovery key was shown once, when the register was created. It replaces the lost password or key file of this user.</source>
        <translation>Ключ восстановления был показан один раз, при создании реестра. Он заменяет утерянный пароль или файл ключей этого пользователя.</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/recovery.py" line="60" />
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/recovery.py" line="61" />
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/recovery.py" line="62" />
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/recovery.py" line="63" />
        <source>New password again</source>
        <translation>Новый пароль ещё раз</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/recovery.py" line="65" />
        <source>Recover</source>
        <translation>Восстановить доступ</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/recovery.py" line="78" />
        <source>The two new passwords differ.</source>
        <translation>Новые пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../almareg/gui/wizards/recovery_page.py" line="35" />
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/wizards/recovery_page.py" line="36" />
        <source>The register is created. Its recovery key is shown only now.</source>
        <translation>Реестр создан. Ключ восстановления показывается только сейчас.</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/wizards/recovery_page.py" line="38" />
        <source>The recovery key opens the register if every password is forgotten or the key-slot file is lost. Write it down or print it and keep it in a safe place, apart from this computer. Anyone who has it can read the register.</source>
        <translation>Ключ восстановления открывает реестр, если все пароли забыты или файл ключевых слотов утерян. Запишите или распечатайте его и храните в надёжном месте отдельно от этого компьютера. Любой, у кого есть ключ, может прочитать реестр.</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/wizards/recovery_page.py" line="45" />
        <source>Save as text file…</source>
        <translation>Сохранить в текстовый файл…</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/wizards/recovery_page.py" line="47" />
        <source>I have stored the recovery key in a safe place</source>
        <translation>Я сохранил(а) ключ восстановления в надёжном месте</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/wizards/recovery_page.py" line="66" />
        <source>Save recovery key</source>
        <translation>Сохранить ключ восстановления</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/wizards/recovery_page.py" line="67" />
        <source>Text files (*.txt)</source>
        <translation>Текстовые файлы (*.txt)</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/wizards/recovery_page.py" line="73" />
        <source>almareg recovery key for %1</source>
        <translation>Ключ восстановления almareg для %1</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/wizards/recovery_page.py" line="79" />
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/wizards/recovery_page.py" line="82" />
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/wizards/recovery_page.py" line="82" />
        <source>Recovery key saved to %1</source>
        <translation>Ключ восстановления сохранён в %1</translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <location filename="../../almareg/gui/forms/request_form.py" line="49" />
        <source>Register regulator inquiry</source>
        <translation>Запрос Роскомнадзора</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/request_form.py" line="49" />
        <source>Register request</source>
        <translation>Обращение субъекта</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/request_form.py" line="55" />
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/request_form.py" line="58" />
        <source>Received at</source>
        <translation>Дата поступления</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/request_form.py" line="59" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/request_form.py" line="63" />
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/request_form.py" line="65" />
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/request_form.py" line="75" />
        <source>Regulator</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/request_form.py" line="80" />
        <source>Its reference</source>
        <translation>Исходящий номер органа</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/request_form.py" line="83" />
        <source>Reference date</source>
        <translation>Дата исходящего</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/request_form.py" line="88" />
        <source>Subject</source>
        <translation>Субъект</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/request_form.py" line="93" />
        <source>Requester</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/request_form.py" line="96" />
        <source>Requester's contact</source>
        <translation>Контакт заявителя</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/request_form.py" line="102" />
        <source>Identity document (number)</source>
        <translation>Документ, удостоверяющий личность (номер)</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/request_form.py" line="105" />
        <source>Issued on</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/request_form.py" line="108" />
        <source>Issued by</source>
        <translation>Кем выдан</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/request_form.py" line="111" />
        <source>Relationship with the operator</source>
        <translation>Сведения об отношениях с оператором</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/request_form.py" line="115" />
        <source>Signed</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/request_form.py" line="116" />
        <source>signed by the subject or representative</source>
        <translation>подписан субъектом или его представителем</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/request_form.py" line="119" />
        <source>identity document</source>
        <translation>документ, удостоверяющий личность</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/request_form.py" line="120" />
        <source>date of issue</source>
        <translation>дата выдачи</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/request_form.py" line="121" />
        <source>issuing authority</source>
        <translation>кем выдан</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/request_form.py" line="122" />
        <source>relationship with the operator</source>
        <translation>сведения об отношениях с оператором</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/request_form.py" line="123" />
        <source>signature</source>
        <translation>подпись</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/request_form.py" line="130" />
        <source>Art. 14 part 3 requires this for an access request</source>
        <translation>Обязательно для запроса сведений (ч. 3 ст. 14)</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/request_form.py" line="141" />
        <source>Art. 14 part 3: an access request lacks %1</source>
        <translation>ч. 3 ст. 14: в запросе сведений не хватает: %1</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/request_form.py" line="156" />
        <source>name the subject or the requester's contact</source>
        <translation>укажите субъекта или контакт заявителя</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <location filename="../../almareg/gui/tabs/requests.py" line="28" />
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/requests.py" line="34" />
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/requests.py" line="40" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/requests.py" line="46" />
        <source>Received</source>
        <translation>Поступил</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/requests.py" line="52" />
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/requests.py" line="58" />
        <source>Left</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/requests.py" line="63" />
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/requests.py" line="91" />
        <source>Register request</source>
        <translation>Зарегистрировать обращение</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/requests.py" line="94" />
        <source>Register regulator inquiry</source>
        <translation>Зарегистрировать запрос РКН</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/requests.py" line="100" />
        <location filename="../../almareg/gui/tabs/requests.py" line="156" />
        <source>Change status</source>
        <translation>Изменить статус</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/requests.py" line="106" />
        <source>Subjects and regulator</source>
        <translation>Субъекты и Роскомнадзор</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/requests.py" line="107" />
        <source>Subjects' requests</source>
        <translation>Обращения субъектов</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/requests.py" line="108" />
        <source>Regulator inquiries</source>
        <translation>Запросы Роскомнадзора</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/requests.py" line="111" />
        <source>All types</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/requests.py" line="113" />
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/requests.py" line="133" />
        <source>Received from</source>
        <translation>Поступил с</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/requests.py" line="135" />
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/requests.py" line="140" />
        <source>Drop an .eml file here to register it</source>
        <translation>Перетащите сюда письмо .eml</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/requests.py" line="156" />
        <source>Select a request first.</source>
        <translation>Сначала выберите запрос.</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/requests.py" line="179" />
        <source>Cannot read the file</source>
        <translation>Не удаётся прочитать файл</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../almareg/gui/admin/operator_settings.py" line="36" />
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/operator_settings.py" line="54" />
        <source>Law and calendar</source>
        <translation>Закон и календарь</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/operator_settings.py" line="57" />
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/operator_settings.py" line="60" />
        <source>Lock after idle</source>
        <translation>Блокировать после простоя</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/operator_settings.py" line="62" />
        <location filename="../../almareg/gui/admin/operator_settings.py" line="123" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/operator_settings.py" line="68" />
        <source>Russia: 152-FZ, Russian production calendar</source>
        <translation>Россия: 152-ФЗ, производственный календарь РФ</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/operator_settings.py" line="69" />
        <source>Kazakhstan: Law 94-V, Kazakh calendar</source>
        <translation>Казахстан: Закон № 94-V, календарь РК</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/operator_settings.py" line="77" />
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/operator_settings.py" line="85" />
        <source>A new language applies when almareg is started again.</source>
        <translation>Новый язык применится при следующем запуске almareg.</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/operator_settings.py" line="122" />
        <source>The new language applies when almareg is started again.</source>
        <translation>Новый язык применится при следующем запуске almareg.</translation>
    </message>
</context>
<context>
    <name>StatusForm</name>
    <message>
        <location filename="../../almareg/gui/forms/status_form.py" line="22" />
        <source>Change request status</source>
        <translation>Изменение статуса запроса</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/status_form.py" line="26" />
        <source>New status</source>
        <translation>Новый статус</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/status_form.py" line="29" />
        <source>At</source>
        <translation>Дата и время</translation>
    </message>
</context>
<context>
    <name>SubjectCard</name>
    <message>
        <location filename="../../almareg/gui/cards/subject_card.py" line="94" />
        <source>Consents</source>
        <translation>Согласия</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/cards/subject_card.py" line="95" />
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/cards/subject_card.py" line="96" />
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/cards/subject_card.py" line="101" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/cards/subject_card.py" line="101" />
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/cards/subject_card.py" line="101" />
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/cards/subject_card.py" line="101" />
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/cards/subject_card.py" line="105" />
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/cards/subject_card.py" line="106" />
        <source>Issued letters: none yet.</source>
        <translation>Исходящих писем пока нет.</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/cards/subject_card.py" line="107" />
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/cards/subject_card.py" line="115" />
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/cards/subject_card.py" line="117" />
        <source>Record consent</source>
        <translation>Зарегистрировать согласие</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/cards/subject_card.py" line="122" />
        <source>Withdraw consent</source>
        <translation>Отозвать согласие</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/cards/subject_card.py" line="133" />
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/cards/subject_card.py" line="138" />
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/cards/subject_card.py" line="139" />
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/cards/subject_card.py" line="140" />
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/cards/subject_card.py" line="141" />
        <source>E-mails</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/cards/subject_card.py" line="142" />
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/cards/subject_card.py" line="143" />
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/cards/subject_card.py" line="144" />
        <source>Form on the site</source>
        <translation>Форма на сайте</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/cards/subject_card.py" line="145" />
        <source>Status reason</source>
        <translation>Основание статуса</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/cards/subject_card.py" line="146" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/cards/subject_card.py" line="147" />
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
</context>
<context>
    <name>SubjectForm</name>
    <message>
        <location filename="../../almareg/gui/forms/subject_form.py" line="23" />
        <source>Edit subject</source>
        <translation>Изменение субъекта</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/subject_form.py" line="23" />
        <source>New subject</source>
        <translation>Новый субъект</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/subject_form.py" line="29" />
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/subject_form.py" line="35" />
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/subject_form.py" line="41" />
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/subject_form.py" line="46" />
        <source>E-mails (comma-separated)</source>
        <translation>Эл. почта (через запятую)</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/subject_form.py" line="49" />
        <source>Phones (comma-separated)</source>
        <translation>Телефоны (через запятую)</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/subject_form.py" line="51" />
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/subject_form.py" line="53" />
        <source>Form on the site</source>
        <translation>Форма на сайте</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/subject_form.py" line="55" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>SubjectPicker</name>
    <message>
        <location filename="../../almareg/gui/widgets/subject_picker.py" line="20" />
        <source>Find by name, e-mail or phone</source>
        <translation>Поиск по ФИО, e-mail или телефону</translation>
    </message>
</context>
<context>
    <name>SubjectsTab</name>
    <message>
        <location filename="../../almareg/gui/tabs/subjects.py" line="22" />
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/subjects.py" line="28" />
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/subjects.py" line="31" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/subjects.py" line="34" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/subjects.py" line="40" />
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/subjects.py" line="45" />
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/subjects.py" line="56" />
        <source>Search: part of a name, e-mail or phone</source>
        <translation>Поиск: часть ФИО, e-mail или телефона</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/subjects.py" line="58" />
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/subjects.py" line="73" />
        <source>Open card</source>
        <translation>Открыть карточку</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/subjects.py" line="75" />
        <source>New subject</source>
        <translation>Новый субъект</translation>
    </message>
</context>
<context>
    <name>TableTab</name>
    <message>
        <location filename="../../almareg/gui/tabs/base.py" line="74" />
        <source>Not shown: </source>
        <translation>Не показано: </translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/base.py" line="94" />
        <source>Rows: %1</source>
        <translation>Строк: %1</translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <location filename="../../almareg/gui/tabs/__init__.py" line="19" />
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/__init__.py" line="20" />
        <source>Subjects</source>
        <translation>Субъекты</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/__init__.py" line="21" />
        <source>Consents</source>
        <translation>Согласия</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/__init__.py" line="22" />
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/__init__.py" line="23" />
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/__init__.py" line="24" />
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/__init__.py" line="25" />
        <source>Destruction</source>
        <translation>Уничтожение</translation>
    </message>
</context>
<context>
    <name>UrgencyLegend</name>
    <message>
        <location filename="../../almareg/gui/widgets/legend.py" line="24" />
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/widgets/legend.py" line="27" />
        <source>due within %1 working days</source>
        <translation>срок — до %1 р.д.</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/widgets/legend.py" line="30" />
        <source>wd = working days, d = calendar days, h = hours</source>
        <translation>р.д. — рабочие дни, к.д. — календарные дни, ч. — часы</translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <location filename="../../almareg/gui/admin/users.py" line="54" />
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/users.py" line="55" />
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/users.py" line="56" />
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/users.py" line="59" />
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/users.py" line="61" />
        <source>Password again</source>
        <translation>Пароль ещё раз</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/users.py" line="76" />
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../almareg/gui/admin/users.py" line="97" />
        <location filename="../../almareg/gui/admin/users.py" line="173" />
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/users.py" line="99" />
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/users.py" line="99" />
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/users.py" line="99" />
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/users.py" line="99" />
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/users.py" line="100" />
        <source>Last sign-in</source>
        <translation>Последний вход</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/users.py" line="107" />
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/users.py" line="108" />
        <source>Change password…</source>
        <translation>Сменить пароль…</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/users.py" line="109" />
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/users.py" line="133" />
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/users.py" line="133" />
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/users.py" line="154" />
        <source>Add user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/users.py" line="167" />
        <source>New password for %1</source>
        <translation>Новый пароль для %1</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/users.py" line="173" />
        <source>Password changed.</source>
        <translation>Пароль изменён.</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/users.py" line="180" />
        <source>Remove user %1? Their key slot is deleted; the audit trail keeps their name.</source>
        <translation>Удалить пользователя %1? Его ключевой слот будет удалён; в журнале аудита имя останется.</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/users.py" line="182" />
        <source>Remove user</source>
        <translation>Удаление пользователя</translation>
    </message>
</context>
<context>
    <name>WithdrawForm</name>
    <message>
        <location filename="../../almareg/gui/forms/consent_form.py" line="143" />
        <source>Withdraw consent</source>
        <translation>Отзыв согласия</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/consent_form.py" line="146" />
        <source>Withdrawn at</source>
        <translation>Дата отзыва</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/consent_form.py" line="147" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
</context>
</TS>