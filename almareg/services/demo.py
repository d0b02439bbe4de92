"""Synthetic demo data (Faker ru_RU): subjects, consents, every request type, an incident.

Names come from pools drawn once from Faker and combined by a seeded RNG: the same seed gives the
same register, and a million subjects take seconds rather than the minutes Faker alone would.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

from faker import Faker

from almareg.db.types import utcnow
from almareg.domain.enums import Channel, ConsentKind, RequestStatus, RequestType
from almareg.domain.policy import SOURCE_FORMS
from almareg.services import consents, incidents, requests, subjects
from almareg.services.subjects import CleanSubject
from almareg.services.workspace import Workspace

_POOL = 400
_TRANSLIT = str.maketrans(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "abvgdeejzijklmnoprstufhccss_y_eua",
)
_TEXTS = {
    ConsentKind.PROCESSING: "Согласие на обработку персональных данных",
    ConsentKind.MARKETING: "Согласие на получение рекламных рассылок",
    ConsentKind.DISTRIBUTION: (
        "Согласие на обработку персональных данных, разрешённых для распространения"
    ),
    ConsentKind.CROSS_BORDER: "Согласие на трансграничную передачу персональных данных",
}


@dataclass(frozen=True)
class DemoSummary:
    subjects: int
    consents: int
    requests: int
    incidents: int


@dataclass(frozen=True)
class _Gender:
    last: tuple[str, ...]
    first: tuple[str, ...]
    middle: tuple[str, ...]

    def pick(self, rng: random.Random) -> tuple[str, str, str]:
        return rng.choice(self.last), rng.choice(self.first), rng.choice(self.middle)


def _pools(seed: int) -> tuple[_Gender, _Gender]:
    """Name parts drawn apart, so a few hundred of each make hundreds of thousands of people."""
    fake = Faker("ru_RU")
    fake.seed_instance(seed)

    def draw(make: Callable[[], str], size: int) -> tuple[str, ...]:
        return tuple(sorted({make() for _ in range(size)}))

    return tuple(  # type: ignore[return-value]
        _Gender(draw(last, _POOL), draw(first, _POOL // 4), draw(middle, _POOL // 4))
        for last, first, middle in (
            (fake.last_name_male, fake.first_name_male, fake.middle_name_male),
            (fake.last_name_female, fake.first_name_female, fake.middle_name_female),
        )
    )


_DOMAINS = ("mail.ru", "yandex.ru", "gmail.com", "bk.ru", "inbox.ru", "list.ru", "rambler.ru")


def synthetic_subjects(count: int, seed: int, start: int = 0) -> Iterator[CleanSubject]:
    """Already-valid rows (E.164 phones, unique lower-case e-mails), for demo and benchmarks."""
    rng, (male, female) = random.Random(seed), _pools(seed)
    for index in range(start, start + count):
        last, first, middle = (male if rng.random() < 0.5 else female).pick(rng)
        login = f"{first.lower().translate(_TRANSLIT)}.{last.lower().translate(_TRANSLIT)}{index}"
        yield CleanSubject(
            last_name=last,
            first_name=first,
            patronymic=middle,
            emails=[f"{login}@{rng.choice(_DOMAINS)}"],
            phones=[f"+79{rng.randrange(10**8, 10**9)}"] if rng.random() < 0.8 else [],
            source=Channel.WEB_FORM,
            source_form=rng.choice(SOURCE_FORMS),
            note="",
        )


def _texts(ws: Workspace) -> dict[ConsentKind, int]:
    from sqlalchemy import select

    from almareg.db.models import ConsentText

    with ws.uow() as uow:
        found = {t.kind: t.id for t in uow.session.scalars(select(ConsentText))}
    for kind, title in _TEXTS.items():
        if kind not in found:
            body = f"{title}. Редакция 1.0 (демонстрационный текст)."
            published = consents.publish_text(
                ws.uow(), kind=kind, version="1.0", title=title, body=body
            )
            found[kind] = published.value
    return found


def _subject_ids(ws: Workspace, after: int) -> list[int]:
    from sqlalchemy import select

    from almareg.db.models import Subject

    with ws.uow() as uow:
        return list(uow.session.scalars(select(Subject.id).where(Subject.id > after)))


def _consents_for(
    rng: random.Random, ids: list[int], texts: dict[ConsentKind, int], now: datetime
) -> list[consents.ConsentInput]:
    items = []
    for subject_id in ids:
        given = now - timedelta(days=rng.randrange(30, 700), minutes=rng.randrange(1440))
        items.append(
            consents.ConsentInput(
                subject_id,
                ConsentKind.PROCESSING,
                texts[ConsentKind.PROCESSING],
                given,
                Channel.WEB_FORM,
                ("informing", "services"),
                ("full_name", "email", "phone"),
            )
        )
        if rng.random() < 0.3:
            items.append(
                consents.ConsentInput(
                    subject_id,
                    ConsentKind.MARKETING,
                    texts[ConsentKind.MARKETING],
                    given,
                    Channel.WEB_FORM,
                    ("marketing",),
                    ("email",),
                )
            )
        if rng.random() < 0.02:
            items.append(
                consents.ConsentInput(
                    subject_id,
                    ConsentKind.DISTRIBUTION,
                    texts[ConsentKind.DISTRIBUTION],
                    now - timedelta(days=rng.randrange(0, 6)),
                    Channel.WEB_FORM,
                    ("services",),
                    ("full_name",),
                    distribution_terms={"allowed": ["full_name"], "prohibited": []},
                )
            )
    return items


def _withdraw_some(ws: Workspace, rng: random.Random, now: datetime, share: float) -> None:
    from sqlalchemy import select

    from almareg.db.models import Consent

    with ws.uow() as uow:
        ids = list(
            uow.session.scalars(select(Consent.id).where(Consent.kind == ConsentKind.PROCESSING))
        )
    for consent_id in rng.sample(ids, max(1, int(len(ids) * share))) if ids else []:
        at = now - timedelta(days=rng.randrange(0, 40), hours=rng.randrange(24))
        consents.withdraw(ws.uow(), consent_id, withdrawn_at=at, channel=Channel.EMAIL)


_SUMMARIES = {
    RequestType.ACCESS: (
        "Прошу сообщить, какие мои персональные данные обрабатываются и с какой целью"
    ),
    RequestType.CLARIFY: "Прошу исправить номер телефона в моих данных",
    RequestType.BLOCK: "Прошу заблокировать мои данные до проверки их точности",
    RequestType.DESTROY: "Прошу уничтожить мои данные: я не заключал договор с компанией",
    RequestType.UNLAWFUL_PROCESSING: "Мои данные обрабатываются без моего согласия",
    RequestType.WITHDRAW_CONSENT: "Отзываю согласие на обработку персональных данных",
    RequestType.STOP_PROCESSING: "Требую прекратить обработку моих персональных данных",
    RequestType.STOP_DISTRIBUTION: "Требую прекратить распространение моих ФИО на сайте",
    RequestType.REFUSE_NOTIFICATIONS: "Отказ от уведомлений о новых продуктах и услугах",
    RequestType.COMPLAINT: "Жалоба на звонки с рекламой",
    RequestType.REGULATOR_INQUIRY: "Запрос сведений о порядке обработки персональных данных",
}
_ANSWERED_AFTER_DAYS = (2, 9)
HISTORY_MIN = 24  # answered requests spread over the past year, so the chart has a shape
_HISTORY_TYPES = (
    RequestType.ACCESS,
    RequestType.ACCESS,
    RequestType.CLARIFY,
    RequestType.STOP_PROCESSING,
    RequestType.REFUSE_NOTIFICATIONS,
)


def _request(kind: RequestType, received: datetime, subject_id: int) -> requests.RequestInput:
    if kind.from_regulator:
        return requests.RequestInput(
            kind,
            received,
            Channel.POST,
            regulator_name="Управление Роскомнадзора по г. Москве",
            regulator_ref=f"{received:%m%d}-07/77",
            summary=_SUMMARIES[kind],
        )
    return requests.RequestInput(
        kind, received, Channel.EMAIL, subject_id=subject_id, summary=_SUMMARIES[kind]
    )


def _requests(ws: Workspace, rng: random.Random, ids: list[int], now: datetime) -> int:
    """One open request of every type from the last weeks, and a year of answered ones."""
    for kind in RequestType:
        received = now - timedelta(days=rng.randrange(0, 20), hours=rng.randrange(24))
        requests.register(ws.uow(), _request(kind, received, rng.choice(ids)))
    history = max(HISTORY_MIN, len(ids) // 200)
    for _ in range(history):
        received = now - timedelta(days=rng.randrange(25, 365), hours=rng.randrange(24))
        kind = rng.choice(_HISTORY_TYPES)
        request_id = requests.register(ws.uow(), _request(kind, received, rng.choice(ids))).value
        answered = received + timedelta(days=rng.randint(*_ANSWERED_AFTER_DAYS))
        requests.change_status(ws.uow(), request_id, RequestStatus.RESPONSE_SENT, at=answered)
        requests.change_status(ws.uow(), request_id, RequestStatus.CLOSED, at=answered)
    return len(RequestType) + history


def fill(ws: Workspace, *, subjects_count: int, seed: int = 152) -> DemoSummary:
    rng, now = random.Random(seed), utcnow()
    first_new = max(_subject_ids(ws, 0), default=0)
    subjects.add_many(ws.uow(), synthetic_subjects(subjects_count, seed, start=first_new))
    ids = _subject_ids(ws, first_new)
    items = _consents_for(rng, ids, _texts(ws), now)
    consents.give_many(ws.uow(), items)
    _withdraw_some(ws, rng, now, 0.005)
    count = _requests(ws, rng, ids, now) if ids else 0
    incident = incidents.IncidentInput(
        detected_at=now - timedelta(hours=30),
        affected_count=rng.randrange(10, 500),
        description="Несанкционированный доступ к выгрузке заявок с сайта",
        presumed_causes="Ошибка настройки прав доступа",
        contact_person="Ответственный за обработку ПДн",
    )
    incidents.record(ws.uow(), incident)
    return DemoSummary(len(ids), len(items), count, 1)
