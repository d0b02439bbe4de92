<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name />
    <message>
        <location filename="../../almareg/gui/tabs/deadlines.py" line="21" />
        <location filename="../../almareg/gui/tabs/requests.py" line="30" />
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/deadlines.py" line="22" />
        <location filename="../../almareg/gui/tabs/requests.py" line="31" />
        <location filename="../../almareg/gui/tabs/incidents.py" line="24" />
        <source>Left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/deadlines.py" line="24" />
        <source>For</source>
        <translation>По чему</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/deadlines.py" line="25" />
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/deadlines.py" line="26" />
        <source>Rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/deadlines.py" line="27" />
        <source>Checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/deadlines.py" line="27" />
        <source>recheck</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/deadlines.py" line="28" />
        <source>Obligation</source>
        <translation>Обязанность</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/deadlines.py" line="59" />
        <source>Show all days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/deadlines.py" line="89" />
        <source>%n deadlines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/consents.py" line="20" />
        <location filename="../../almareg/gui/forms/request_form.py" line="76" />
        <location filename="../../almareg/gui/forms/consent_form.py" line="73" />
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/consents.py" line="21" />
        <location filename="../../almareg/gui/forms/consent_form.py" line="75" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/consents.py" line="22" />
        <location filename="../../almareg/gui/tabs/requests.py" line="28" />
        <location filename="../../almareg/gui/tabs/subjects.py" line="25" />
        <location filename="../../almareg/gui/tabs/incidents.py" line="21" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/consents.py" line="23" />
        <source>Given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/consents.py" line="24" />
        <source>Withdrawn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/consents.py" line="25" />
        <location filename="../../almareg/gui/forms/request_form.py" line="53" />
        <location filename="../../almareg/gui/forms/consent_form.py" line="90" />
        <location filename="../../almareg/gui/forms/consent_form.py" line="142" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/consents.py" line="26" />
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/consents.py" line="27" />
        <location filename="../../almareg/gui/forms/consent_form.py" line="80" />
        <source>Purposes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/consents.py" line="37" />
        <source>All kinds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/consents.py" line="39" />
        <location filename="../../almareg/gui/tabs/requests.py" line="72" />
        <location filename="../../almareg/gui/tabs/subjects.py" line="39" />
        <source>All statuses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/consents.py" line="50" />
        <location filename="../../almareg/gui/cards/subject_card.py" line="98" />
        <location filename="../../almareg/gui/forms/consent_form.py" line="70" />
        <source>Record consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/consents.py" line="51" />
        <source>Withdraw</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/consents.py" line="61" />
        <location filename="../../almareg/gui/cards/subject_card.py" line="100" />
        <location filename="../../almareg/gui/forms/consent_form.py" line="138" />
        <source>Withdraw consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/consents.py" line="61" />
        <source>Select a consent first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/requests.py" line="26" />
        <location filename="../../almareg/gui/tabs/destruction.py" line="16" />
        <location filename="../../almareg/gui/tabs/incidents.py" line="19" />
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/requests.py" line="27" />
        <location filename="../../almareg/gui/forms/request_form.py" line="47" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/requests.py" line="29" />
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/requests.py" line="33" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/requests.py" line="59" />
        <location filename="../../almareg/gui/forms/request_form.py" line="43" />
        <source>Register request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/requests.py" line="61" />
        <location filename="../../almareg/gui/forms/request_form.py" line="43" />
        <source>Register regulator inquiry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/requests.py" line="63" />
        <location filename="../../almareg/gui/tabs/requests.py" line="102" />
        <source>Change status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/requests.py" line="68" />
        <source>Subjects and regulator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/requests.py" line="68" />
        <source>Subjects' requests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/requests.py" line="69" />
        <source>Regulator inquiries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/requests.py" line="71" />
        <source>All types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/requests.py" line="82" />
        <source>Received from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/requests.py" line="83" />
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/requests.py" line="86" />
        <source>Drop an .eml file here to register it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/requests.py" line="102" />
        <source>Select a request first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/requests.py" line="125" />
        <source>Cannot read the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/subjects.py" line="22" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/subjects.py" line="23" />
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/subjects.py" line="24" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/subjects.py" line="26" />
        <location filename="../../almareg/gui/cards/subject_card.py" line="119" />
        <source>Added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/subjects.py" line="27" />
        <source>Form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/subjects.py" line="38" />
        <source>Search: part of a name, e-mail or phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/subjects.py" line="51" />
        <source>Open card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/subjects.py" line="52" />
        <location filename="../../almareg/gui/forms/subject_form.py" line="22" />
        <source>New subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/base.py" line="73" />
        <source>Not shown: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/base.py" line="83" />
        <source>%n rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/__init__.py" line="19" />
        <source>Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/__init__.py" line="20" />
        <location filename="../../almareg/gui/tabs/dashboard.py" line="40" />
        <location filename="../../almareg/gui/tabs/destruction.py" line="21" />
        <source>Subjects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/__init__.py" line="21" />
        <location filename="../../almareg/gui/tabs/dashboard.py" line="40" />
        <location filename="../../almareg/gui/cards/subject_card.py" line="79" />
        <source>Consents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/__init__.py" line="22" />
        <location filename="../../almareg/gui/tabs/dashboard.py" line="86" />
        <location filename="../../almareg/gui/cards/subject_card.py" line="80" />
        <source>Requests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/__init__.py" line="23" />
        <location filename="../../almareg/gui/cards/subject_card.py" line="81" />
        <source>Deadlines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/__init__.py" line="24" />
        <source>Incidents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/__init__.py" line="25" />
        <source>Destruction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/dashboard.py" line="26" />
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/dashboard.py" line="40" />
        <source>Open requests by status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/dashboard.py" line="51" />
        <source>Due within 5 working days, and overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/dashboard.py" line="53" />
        <source>Requests received per month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/destruction.py" line="17" />
        <source>Destroyed on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/destruction.py" line="18" />
        <source>Issued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/destruction.py" line="19" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/destruction.py" line="20" />
        <source>Method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/destruction.py" line="31" />
        <source>Acts of destruction, kept three years from the destruction date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/incidents.py" line="20" />
        <source>Detected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/incidents.py" line="22" />
        <source>24 h notice due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/incidents.py" line="22" />
        <location filename="../../almareg/gui/tabs/incidents.py" line="23" />
        <source>sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/incidents.py" line="23" />
        <source>72 h notice due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/incidents.py" line="26" />
        <source>Affected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/incidents.py" line="27" />
        <location filename="../../almareg/gui/forms/incident_form.py" line="27" />
        <source>What happened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/tabs/incidents.py" line="42" />
        <location filename="../../almareg/gui/forms/incident_form.py" line="23" />
        <source>Record incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/cards/subject_card.py" line="84" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/cards/subject_card.py" line="84" />
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/cards/subject_card.py" line="84" />
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/cards/subject_card.py" line="84" />
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/cards/subject_card.py" line="87" />
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/cards/subject_card.py" line="88" />
        <source>Issued letters: none yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/cards/subject_card.py" line="89" />
        <source>Letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/cards/subject_card.py" line="97" />
        <source>Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/cards/subject_card.py" line="114" />
        <location filename="../../almareg/gui/forms/subject_form.py" line="25" />
        <source>Last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/cards/subject_card.py" line="114" />
        <location filename="../../almareg/gui/forms/subject_form.py" line="28" />
        <source>First name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/cards/subject_card.py" line="115" />
        <location filename="../../almareg/gui/forms/subject_form.py" line="32" />
        <source>Patronymic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/cards/subject_card.py" line="115" />
        <source>E-mails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/cards/subject_card.py" line="116" />
        <source>Phones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/cards/subject_card.py" line="116" />
        <location filename="../../almareg/gui/forms/subject_form.py" line="40" />
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/cards/subject_card.py" line="117" />
        <location filename="../../almareg/gui/forms/subject_form.py" line="43" />
        <source>Form on the site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/cards/subject_card.py" line="118" />
        <source>Status reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/cards/subject_card.py" line="118" />
        <location filename="../../almareg/gui/forms/subject_form.py" line="44" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/models/format.py" line="48" />
        <location filename="../../almareg/gui/widgets/legend.py" line="22" />
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/request_form.py" line="52" />
        <source>Received at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/forms/request_form.py" line="59" />
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/forms/request_form.py" line="61" />
        <source>Attachment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/forms/request_form.py" line="69" />
        <source>Regulator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/forms/request_form.py" line="71" />
        <source>Its reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/forms/request_form.py" line="73" />
        <source>Reference date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/forms/request_form.py" line="78" />
        <source>Requester</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/forms/request_form.py" line="79" />
        <source>Requester's contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/forms/request_form.py" line="85" />
        <source>Identity document (number)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/forms/request_form.py" line="86" />
        <source>Issued on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/forms/request_form.py" line="88" />
        <source>Issued by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/forms/request_form.py" line="90" />
        <source>Relationship with the operator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/forms/request_form.py" line="92" />
        <source>Signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/forms/request_form.py" line="92" />
        <source>signed by the subject or representative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/forms/request_form.py" line="98" />
        <source>Art. 14 part 3 requires this for an access request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/forms/request_form.py" line="106" />
        <source>Art. 14 part 3: an access request lacks </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/forms/request_form.py" line="116" />
        <source>name the subject or the requester's contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/forms/incident_form.py" line="25" />
        <source>Detected at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/forms/incident_form.py" line="30" />
        <source>Presumed causes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/forms/incident_form.py" line="32" />
        <source>Presumed harm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/forms/incident_form.py" line="33" />
        <source>Measures taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/forms/incident_form.py" line="34" />
        <source>Contact person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/forms/incident_form.py" line="36" />
        <source>Subjects affected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/forms/subject_form.py" line="22" />
        <source>Edit subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/forms/subject_form.py" line="36" />
        <source>E-mails (comma-separated)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/forms/subject_form.py" line="38" />
        <source>Phones (comma-separated)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/forms/base.py" line="127" />
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/status_form.py" line="18" />
        <source>Change request status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/forms/status_form.py" line="21" />
        <source>New status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/forms/status_form.py" line="25" />
        <source>At</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/forms/consent_form.py" line="40" />
        <source>optional: scan, screenshot, e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/forms/consent_form.py" line="42" />
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/forms/consent_form.py" line="50" />
        <location filename="../../almareg/gui/forms/consent_form.py" line="92" />
        <source>Evidence file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/forms/consent_form.py" line="78" />
        <source>Consent text version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/forms/consent_form.py" line="86" />
        <source>Data categories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/forms/consent_form.py" line="88" />
        <source>Allowed for distribution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/forms/consent_form.py" line="91" />
        <source>Given at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/forms/consent_form.py" line="107" />
        <source>find and choose the subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/forms/consent_form.py" line="111" />
        <source>no published text of this kind; publish one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/forms/consent_form.py" line="141" />
        <source>Withdrawn at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/widgets/legend.py" line="23" />
        <source>due within %n working days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/widgets/legend.py" line="24" />
        <source>wd = working days, d = calendar days, h = hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/widgets/subject_picker.py" line="21" />
        <source>Find by name, e-mail or phone</source>
        <translation type="unfinished" />
    </message>
</context>
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
        <location filename="../../almareg/gui/application.py" line="112" />
        <source>New register</source>
        <translation>Новый реестр</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../almareg/gui/application.py" line="59" />
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/application.py" line="71" />
        <source>Something went wrong; the details were written to %1.</source>
        <translation>Что-то пошло не так; подробности записаны в %1.</translation>
    </message>
</context>
<context>
    <name>DigestDialog</name>
    <message>
        <location filename="../../almareg/gui/digest.py" line="38" />
        <source>Due today</source>
        <translation>Сроки на сегодня</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/digest.py" line="41" />
        <source>Overdue: %1. Due today: %2.</source>
        <translation>Просрочено: %1. Срок сегодня: %2.</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/digest.py" line="43" />
        <source>Nothing is due today.</source>
        <translation>На сегодня сроков нет.</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/digest.py" line="55" />
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/digest.py" line="55" />
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/digest.py" line="55" />
        <source>Obligation</source>
        <translation>Обязанность</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/digest.py" line="55" />
        <source>For</source>
        <translation>По чему</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/digest.py" line="56" />
        <source>Whose</source>
        <translation>Чьё</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/digest.py" line="56" />
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/digest.py" line="62" />
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/digest.py" line="62" />
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
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../almareg/gui/wizards/first_run.py" line="86" />
        <source>New register</source>
        <translation>Новый реестр</translation>
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
        <location filename="../../almareg/gui/login.py" line="47" />
        <source>Sign in — almareg</source>
        <translation>Вход — almareg</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/login.py" line="55" />
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/login.py" line="65" />
        <source>Register</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/login.py" line="66" />
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/login.py" line="67" />
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/login.py" line="73" />
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/login.py" line="76" />
        <source>New register…</source>
        <translation>Новый реестр…</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/login.py" line="91" />
        <source>Open register</source>
        <translation>Открыть реестр</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/login.py" line="92" />
        <source>Registers (*%1)</source>
        <translation>Реестры (*%1)</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/login.py" line="110" />
        <source>Wrong user name or password.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/login.py" line="117" />
        <source>Cannot open the register</source>
        <translation>Не удаётся открыть реестр</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/login.py" line="129" />
        <source>Try again in %n s.</source>
        <translation>Повторите через %n с.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../almareg/gui/main_window.py" line="91" />
        <source>No tabs are installed yet.</source>
        <translation>Вкладки ещё не установлены.</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/main_window.py" line="94" />
        <source>Register</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/main_window.py" line="98" />
        <source>User: %1</source>
        <translation>Пользователь: %1</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/main_window.py" line="99" />
        <source>Role: %1</source>
        <translation>Роль: %1</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/main_window.py" line="101" />
        <location filename="../../almareg/gui/main_window.py" line="183" />
        <source>Unlocked</source>
        <translation>Разблокировано</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/main_window.py" line="170" />
        <source>Locked — almareg</source>
        <translation>Заблокировано — almareg</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/main_window.py" line="171" />
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/main_window.py" line="195" />
        <source>almareg %1
A register of personal data processing under 152-FZ.</source>
        <translation>almareg %1
Реестр обработки персональных данных по 152-ФЗ.</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/main_window.py" line="196" />
        <source>About almareg</source>
        <translation>О программе almareg</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../almareg/gui/menus.py" line="56" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="57" />
        <source>&amp;About almareg</source>
        <translation>&amp;О программе almareg</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="78" />
        <source>Coming in a later version</source>
        <translation>Появится в следующей версии</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="82" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="83" />
        <source>&amp;New register…</source>
        <translation>&amp;Новый реестр…</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="84" />
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="86" />
        <source>&amp;Backup…</source>
        <translation>&amp;Резервная копия…</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="87" />
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="89" />
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="90" />
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="93" />
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="94" />
        <source>Cu&amp;t</source>
        <translation>Вы&amp;резать</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="95" />
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="96" />
        <source>&amp;Paste</source>
        <translation>Вст&amp;авить</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="97" />
        <source>Select &amp;all</source>
        <translation>Выделить &amp;всё</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="100" />
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="105" />
        <source>&amp;Due today…</source>
        <translation>&amp;Сроки на сегодня…</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="107" />
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="112" />
        <source>&amp;Tools</source>
        <translation>С&amp;ервис</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="113" />
        <source>&amp;Users…</source>
        <translation>&amp;Пользователи…</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="115" />
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="117" />
        <source>&amp;Calendar overrides…</source>
        <translation>&amp;Исключения календаря…</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="122" />
        <source>&amp;Verify audit trail…</source>
        <translation>Проверить &amp;журнал аудита…</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="132" />
        <source>The audit trail is intact: %1 entries checked.</source>
        <translation>Журнал аудита цел: проверено записей — %1.</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="133" />
        <location filename="../../almareg/gui/menus.py" line="138" />
        <source>Audit trail</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/menus.py" line="135" />
        <source>The audit trail is BROKEN at entry %1: %2.</source>
        <translation>Журнал аудита НАРУШЕН на записи %1: %2.</translation>
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
        <location filename="../../almareg/gui/admin/overrides.py" line="35" />
        <location filename="../../almareg/gui/admin/overrides.py" line="97" />
        <source>Calendar overrides</source>
        <translation>Исключения производственного календаря</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/overrides.py" line="37" />
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/overrides.py" line="37" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/overrides.py" line="37" />
        <location filename="../../almareg/gui/admin/overrides.py" line="47" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/overrides.py" line="45" />
        <location filename="../../almareg/gui/admin/overrides.py" line="79" />
        <source>Day off</source>
        <translation>Выходной</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/overrides.py" line="46" />
        <location filename="../../almareg/gui/admin/overrides.py" line="79" />
        <source>Working day</source>
        <translation>Рабочий день</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/overrides.py" line="54" />
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/overrides.py" line="55" />
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/overrides.py" line="96" />
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
    <name>SettingsDialog</name>
    <message>
        <location filename="../../almareg/gui/admin/operator_settings.py" line="35" />
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/operator_settings.py" line="53" />
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/operator_settings.py" line="56" />
        <source>Lock after idle</source>
        <translation>Блокировать после простоя</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/operator_settings.py" line="58" />
        <location filename="../../almareg/gui/admin/operator_settings.py" line="102" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/operator_settings.py" line="63" />
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/operator_settings.py" line="71" />
        <source>A new language applies when almareg is started again.</source>
        <translation>Новый язык применится при следующем запуске almareg.</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/operator_settings.py" line="101" />
        <source>The new language applies when almareg is started again.</source>
        <translation>Новый язык применится при следующем запуске almareg.</translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <location filename="../../almareg/gui/admin/users.py" line="51" />
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/users.py" line="52" />
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/users.py" line="53" />
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/users.py" line="56" />
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/users.py" line="58" />
        <source>Password again</source>
        <translation>Пароль ещё раз</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/users.py" line="71" />
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../almareg/gui/admin/users.py" line="92" />
        <location filename="../../almareg/gui/admin/users.py" line="163" />
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/users.py" line="94" />
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/users.py" line="94" />
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/users.py" line="94" />
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/users.py" line="94" />
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/users.py" line="95" />
        <source>Last sign-in</source>
        <translation>Последний вход</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/users.py" line="102" />
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/users.py" line="103" />
        <source>Change password…</source>
        <translation>Сменить пароль…</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/users.py" line="104" />
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/users.py" line="131" />
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/users.py" line="131" />
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/users.py" line="144" />
        <source>Add user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/users.py" line="157" />
        <source>New password for %1</source>
        <translation>Новый пароль для %1</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/users.py" line="163" />
        <source>Password changed.</source>
        <translation>Пароль изменён.</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/users.py" line="170" />
        <source>Remove user %1? Their key slot is deleted; the audit trail keeps their name.</source>
        <translation>Удалить пользователя %1? Его ключевой слот будет удалён; в журнале аудита имя останется.</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/admin/users.py" line="172" />
        <source>Remove user</source>
        <translation>Удаление пользователя</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../almareg/gui/operations.py" line="34" />
        <source>Not done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/operations.py" line="38" />
        <location filename="../../almareg/gui/operations.py" line="54" />
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location filename="../../almareg/gui/operations.py" line="39" />
        <source>Something went wrong and was logged: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/operations.py" line="50" />
        <source>Cannot show this</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../almareg/gui/dialogs.py" line="51" />
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>