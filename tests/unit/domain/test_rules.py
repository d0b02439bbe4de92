"""Loading rule profiles: the shipped files, and malformed files refused with a precise error."""

from __future__ import annotations

from pathlib import Path

import pytest

from almareg.domain.enums import RequestType
from almareg.domain.rules import Confidence, Direction, RuleSet, Starts, Unit, load_rules
from almareg.errors import RulesError

RULES_DIR = Path(__file__).resolve().parents[3] / "resources" / "rules"

PROFILE = """
[profile]
name = "test"
country = "RU"
title_ru = "Тест"
title_en = "Test"
"""

GOOD_RULE = """
[[rule]]
id = "access_answer"
trigger = "request_received:access"
obligation_ru = "Ответить"
obligation_en = "Answer"
term = 10
unit = "working_days"
article = "Art. 20 part 1"
article_ru = "ч. 1 ст. 20"
confidence = "verified"
[rule.extension]
allowed = true
max = 5
condition_ru = "Уведомление"
condition_en = "Notice"
"""


@pytest.fixture(scope="module")
def ru() -> RuleSet:
    return load_rules(RULES_DIR / "ru-152fz.toml")


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "rules.toml"
    path.write_text(PROFILE + text, encoding="utf-8")
    return path


def _refusal(tmp_path: Path, text: str) -> RulesError:
    path = _write(tmp_path, text)
    with pytest.raises(RulesError) as caught:
        load_rules(path)
    assert caught.value.file == str(path)
    return caught.value


def test_shipped_profile_covers_every_request_type(ru: RuleSet) -> None:
    missing = [t for t in RequestType if not ru.for_trigger(f"request_received:{t}")]
    assert missing == []


def test_shipped_profile_has_the_statutory_terms(ru: RuleSet) -> None:
    terms = {rule_id: (rule.term, rule.unit) for rule_id, rule in ru.items()}
    assert terms["access_answer"] == (10, Unit.WORKING_DAYS)
    assert terms["rectify_correct"] == (7, Unit.WORKING_DAYS)
    assert terms["unlawful_stop"] == (3, Unit.WORKING_DAYS)
    assert terms["unlawful_destroy"] == (10, Unit.WORKING_DAYS)
    assert terms["consent_withdrawn_destroy"] == (30, Unit.CALENDAR_DAYS)
    assert terms["purpose_achieved_destroy"] == (30, Unit.CALENDAR_DAYS)
    assert terms["incident_first_notice"] == (24, Unit.HOURS)
    assert terms["incident_second_notice"] == (72, Unit.HOURS)
    assert terms["act_retention"] == (3, Unit.YEARS)
    assert terms["regulator_inquiry_answer"] == (10, Unit.WORKING_DAYS)


def test_shipped_profile_allows_five_day_extensions_only_where_the_law_does(ru: RuleSet) -> None:
    extendable = {rule_id for rule_id, rule in ru.items() if rule.extension.allowed}
    assert {"access_answer", "refusal_answer", "regulator_inquiry_answer"} <= extendable
    assert "rectify_correct" not in extendable
    assert all(ru[rule_id].extension.max == 5 for rule_id in extendable)


def test_for_trigger_returns_every_rule_of_an_event_in_file_order(ru: RuleSet) -> None:
    ids = [rule.id for rule in ru.for_trigger("incident_detected")]
    assert ids == ["incident_first_notice", "incident_second_notice"]
    assert ru.for_trigger("no_such_event") == []


def test_refusal_runs_from_receipt_of_the_request(ru: RuleSet) -> None:
    assert ru["refusal_answer"].starts is Starts.REQUEST_RECEIVED


def test_consent_expiry_reminder_counts_backwards_and_is_not_statutory(ru: RuleSet) -> None:
    reminder = ru["consent_expiry_reminder"]
    assert reminder.direction is Direction.BEFORE
    assert not reminder.statutory


def test_kazakh_profile_loads_with_its_own_country() -> None:
    kz = load_rules(RULES_DIR / "kz-94v.toml")
    assert kz.country == "KZ"
    assert kz["incident_notice"].term == 1
    assert kz["access_answer"].confidence is Confidence.UNVERIFIED


def test_minimal_good_file_loads(tmp_path: Path) -> None:
    rules = load_rules(_write(tmp_path, GOOD_RULE))
    assert list(rules) == ["access_answer"]
    assert rules["access_answer"].extension.max == 5


def test_missing_field_names_entry_and_field(tmp_path: Path) -> None:
    error = _refusal(tmp_path, GOOD_RULE.replace('obligation_en = "Answer"\n', ""))
    assert (error.entry, error.field) == ("access_answer", "obligation_en")
    assert "missing" in str(error)


def test_bad_unit_is_refused(tmp_path: Path) -> None:
    error = _refusal(tmp_path, GOOD_RULE.replace('"working_days"', '"weeks"'))
    assert (error.entry, error.field) == ("access_answer", "unit")


def test_duplicate_id_is_refused(tmp_path: Path) -> None:
    error = _refusal(tmp_path, GOOD_RULE + GOOD_RULE)
    assert (error.entry, error.field) == ("access_answer", "id")
    assert "duplicate" in str(error)


def test_extension_longer_than_five_working_days_is_refused(tmp_path: Path) -> None:
    error = _refusal(tmp_path, GOOD_RULE.replace("max = 5", "max = 7"))
    assert (error.entry, error.field) == ("access_answer", "extension.max")


def test_extension_max_without_allowed_extension_is_refused(tmp_path: Path) -> None:
    error = _refusal(tmp_path, GOOD_RULE.replace("allowed = true", "allowed = false"))
    assert error.field.startswith("extension.")


@pytest.mark.parametrize("term", ['"10"', "10.0", "true", "0", "-3"])
def test_term_must_be_a_positive_integer(tmp_path: Path, term: str) -> None:
    error = _refusal(tmp_path, GOOD_RULE.replace("term = 10", f"term = {term}"))
    assert (error.entry, error.field) == ("access_answer", "term")


def test_entry_without_id_is_named_by_its_position(tmp_path: Path) -> None:
    second = GOOD_RULE.replace('id = "access_answer"\n', "")
    error = _refusal(tmp_path, GOOD_RULE + second)
    assert (error.entry, error.field) == ("#2", "id")


def test_unknown_field_is_refused_so_typos_do_not_pass_silently(tmp_path: Path) -> None:
    error = _refusal(tmp_path, GOOD_RULE.replace("term = 10", "term = 10\ntrem = 10"))
    assert error.field == "trem"


def test_trigger_naming_an_unknown_request_type_is_refused(tmp_path: Path) -> None:
    error = _refusal(tmp_path, GOOD_RULE.replace("request_received:access", "request_received:x"))
    assert error.field == "trigger"


def test_before_direction_with_hours_is_refused(tmp_path: Path) -> None:
    text = GOOD_RULE.split("[rule.extension]", maxsplit=1)[0].replace('"working_days"', '"hours"')
    error = _refusal(tmp_path, text + 'direction = "before"\n')
    assert error.field == "direction"


def test_extension_on_a_calendar_day_term_is_refused(tmp_path: Path) -> None:
    error = _refusal(tmp_path, GOOD_RULE.replace('"working_days"', '"calendar_days"'))
    assert error.field == "unit"


def test_toml_syntax_error_is_a_rules_error(tmp_path: Path) -> None:
    error = _refusal(tmp_path, GOOD_RULE + "\n[[rule]\n")
    assert error.field == "(syntax)"


def test_unknown_profile_country_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "rules.toml"
    path.write_text(PROFILE.replace('"RU"', '"FR"') + GOOD_RULE, encoding="utf-8")
    with pytest.raises(RulesError) as caught:
        load_rules(path)
    assert (caught.value.entry, caught.value.field) == ("profile", "country")


def test_missing_file_is_a_rules_error(tmp_path: Path) -> None:
    with pytest.raises(RulesError, match="cannot read"):
        load_rules(tmp_path / "absent.toml")
