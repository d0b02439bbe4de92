"""The operator's policy as seed data: its purposes (section 7) and legal grounds (8-9)."""

from __future__ import annotations

from dataclasses import dataclass

CONTACT_DATA = ["full_name", "email", "phone"]


@dataclass(frozen=True)
class PurposeSeed:
    code: str
    name: str
    name_en: str
    legal_basis: str
    data_categories: tuple[str, ...]
    retention_days: int | None
    identifies_subjects: bool = True


PURPOSES: tuple[PurposeSeed, ...] = (
    PurposeSeed(
        "informing",
        "Информирование пользователя посредством отправки электронных писем",
        "Informing the user by e-mail",
        "Согласие субъекта (п. 1 ч. 1 ст. 6 152-ФЗ)",
        tuple(CONTACT_DATA),
        3 * 365,
    ),
    PurposeSeed(
        "contracts",
        "Заключение, исполнение и прекращение гражданско-правовых договоров",
        "Concluding, performing and terminating civil-law contracts",
        "Исполнение договора (п. 5 ч. 1 ст. 6 152-ФЗ)",
        tuple(CONTACT_DATA),
        5 * 365,
    ),
    PurposeSeed(
        "services",
        "Предоставление доступа к сервисам, информации и материалам сайта",
        "Access to the site's services, information and materials",
        "Согласие субъекта (п. 1 ч. 1 ст. 6 152-ФЗ)",
        tuple(CONTACT_DATA),
        3 * 365,
    ),
    PurposeSeed(
        "marketing",
        "Уведомления о новых продуктах и услугах, специальных предложениях",
        "Notifications about new products and services and special offers",
        "Согласие субъекта (п. 1 ч. 1 ст. 6 152-ФЗ; ст. 18 38-ФЗ «О рекламе»)",
        tuple(CONTACT_DATA),
        None,
    ),
    PurposeSeed(
        "analytics",
        "Статистика посещений сайта (обезличенные данные cookie)",
        "Site visit statistics (anonymous cookie data)",
        "Обезличенные данные; согласие пользователя на cookie",
        ("cookies",),
        365,
        identifies_subjects=False,
    ),
)

# the marked e-mail subjects of policy 7.3, 10.3 and 10.4 that classify incoming mail
MARKED_SUBJECTS = {
    "withdrawal of consent to the processing of personal data": "withdraw_consent",
    "отзыв согласия на обработку персональных данных": "withdraw_consent",
    "updating of personal data": "clarify",
    "актуализация персональных данных": "clarify",
    "refusal of notifications about new products and services and special offers": (
        "refuse_notifications"
    ),
    "отказ от уведомлений о новых продуктах и услугах и специальных предложениях": (
        "refuse_notifications"
    ),
}

SOURCE_FORMS = ("Заказать консультацию менеджера", "Заказать услугу")
