"""Subject input is validated field by field; a refused subject writes nothing at all."""

from __future__ import annotations

import pytest

from almareg.errors import ValidationError
from almareg.services import subjects
from almareg.services.subjects import SubjectInput
from almareg.services.workspace import Workspace


def _counts(ws: Workspace) -> tuple[int, ...]:
    with ws.register.engine.connect() as connection:
        return tuple(
            connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one()
            for table in ("subject", "subject_email", "subject_phone", "audit_entry")
        )


GOOD = {"last_name": "Иванова", "first_name": "Анна", "emails": ("anna@example.ru",)}


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"phones": ("+7 916 123",)}, "phones[0]"),
        ({"phones": ("8 916 123-45-67", "not a phone")}, "phones[1]"),
        ({"emails": ("anna-at-example.ru",)}, "emails[0]"),
        ({"emails": ("anna@",)}, "emails[0]"),
        ({"last_name": ""}, "last_name"),
        ({"last_name": "   "}, "last_name"),
    ],
    ids=[
        "short-phone",
        "second-phone-garbage",
        "email-without-at",
        "email-without-domain",
        "empty-last-name",
        "blank-last-name",
    ],
)
def test_invalid_subject_input_names_the_field_and_writes_nothing(ws, changes, field):
    subjects.add(ws.uow(), SubjectInput(**GOOD))  # the register is not empty
    before = _counts(ws)
    with pytest.raises(ValidationError) as refused:
        subjects.add(ws.uow(), SubjectInput(**(GOOD | changes)))
    assert refused.value.field == field
    assert str(refused.value).startswith(f"{field}:")
    assert _counts(ws) == before


def test_an_invalid_update_leaves_the_subject_as_it_was(ws):
    subject_id = subjects.add(ws.uow(), SubjectInput(**GOOD, phones=("+79161234567",))).value
    before = _counts(ws)
    with pytest.raises(ValidationError) as refused:
        subjects.update(ws.uow(), subject_id, SubjectInput(**(GOOD | {"emails": ("bad",)})))
    assert refused.value.field == "emails[0]"
    assert _counts(ws) == before
    card = subjects.open_card(ws.uow(), subject_id)
    assert card.emails == ["anna@example.ru"] and card.phones == ["+79161234567"]


@pytest.mark.parametrize(
    "typed",
    ["8 916 123-45-67", "+7 (916) 123 45 67", "89161234567", "9161234567", "+79161234567"],
)
def test_phones_are_stored_in_e164(ws, typed):
    subject_id = subjects.add(ws.uow(), SubjectInput(**GOOD, phones=(typed,))).value
    with ws.register.engine.connect() as connection:
        stored = connection.exec_driver_sql(
            "SELECT phone FROM subject_phone WHERE subject_id = ?", (subject_id,)
        ).scalar_one()
    assert stored == "+79161234567"


def test_the_same_phone_typed_twice_is_kept_once_and_emails_are_lower_cased(ws):
    data = SubjectInput(
        last_name="Иванова",
        first_name="Анна",
        emails=("Anna@Example.RU", "anna@example.ru"),
        phones=("8 916 123-45-67", "+79161234567"),
    )
    card = subjects.open_card(ws.uow(), subjects.add(ws.uow(), data).value)
    assert card.emails == ["anna@example.ru"]
    assert card.phones == ["+79161234567"]
