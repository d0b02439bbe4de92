"""Deadline rules as data: the schema of resources/rules/*.toml and its all-or-nothing loader."""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, NoReturn, TypeVar

from almareg.domain.calendar import SUPPORTED_COUNTRIES
from almareg.domain.enums import ConsentKind, RequestType
from almareg.errors import RulesError

MAX_EXTENSION_WORKING_DAYS = 5  # 152fz.md note 3: one extension of at most 5 WD
FIFTEENTH = 15
_ID = re.compile(r"[a-z][a-z0-9_]*\Z")
_TRIGGER = re.compile(r"[a-z][a-z_]*(:[a-z][a-z_]*)?\Z")
_TRIGGER_VOCABULARY: dict[str, frozenset[str]] = {
    "request_received": frozenset(RequestType),
    "request_refused": frozenset(RequestType),
    "consent_received": frozenset(ConsentKind),
}
_E = TypeVar("_E", bound=StrEnum)


class Unit(StrEnum):
    WORKING_DAYS = "working_days"
    CALENDAR_DAYS = "calendar_days"
    HOURS = "hours"
    MONTHS = "months"
    YEARS = "years"
    FIFTEENTH_OF_NEXT_MONTH = "fifteenth_of_next_month"


class Starts(StrEnum):
    """Which moment the caller must pass as the event; compute_due itself just counts from it.

    EVENT: the trigger's own timestamp (receipt of a request, detection of an incident).
    REQUEST_RECEIVED: receipt of the request the trigger belongs to, even if the trigger
    (e.g. a decision to refuse) comes later: Art. 20 part 2 runs from receipt.
    EVIDENCE_RECEIVED: when the subject supplied the information proving the claim
    (Art. 20 part 3, Art. 21 part 2); the receipt of the request when it came with it.
    """

    EVENT = "event"
    REQUEST_RECEIVED = "request_received"
    EVIDENCE_RECEIVED = "evidence_received"


class Direction(StrEnum):
    """BEFORE counts backwards from the event: reminders ahead of a known date."""

    AFTER = "after"
    BEFORE = "before"


class Confidence(StrEnum):
    """The markers of 152fz.md: [V], [S], UNVERIFIED; shown beside the article."""

    VERIFIED = "verified"
    SECONDARY = "secondary"
    UNVERIFIED = "unverified"


@dataclass(frozen=True, slots=True)
class Extension:
    """One extension of up to `max` working days, on the stated condition (152fz.md note 3)."""

    allowed: bool = False
    max: int = 0
    condition_ru: str = ""
    condition_en: str = ""
    confidence: Confidence | None = None  # None: as sure as the rule itself


NO_EXTENSION = Extension()


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    trigger: str
    obligation_ru: str
    obligation_en: str
    term: int
    unit: Unit
    article: str
    article_ru: str
    confidence: Confidence
    starts: Starts = Starts.EVENT
    direction: Direction = Direction.AFTER
    extension: Extension = NO_EXTENSION
    statutory: bool = True  # False for the operator's own reminders


@dataclass(frozen=True)
class RuleSet(Mapping[str, Rule]):
    """A loaded profile: rules by id, in file order, plus the calendar country they assume."""

    name: str
    country: str
    title_ru: str
    title_en: str
    source: str
    rules: tuple[Rule, ...]
    _by_id: dict[str, Rule] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {rule.id: rule for rule in self.rules})

    def __getitem__(self, rule_id: str) -> Rule:
        return self._by_id[rule_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_id)

    def __len__(self) -> int:
        return len(self._by_id)

    def for_trigger(self, trigger: str) -> list[Rule]:
        return [rule for rule in self.rules if rule.trigger == trigger]

    def triggers(self) -> frozenset[str]:
        return frozenset(rule.trigger for rule in self.rules)


class _Table:
    """Reads one TOML table, failing with the file, entry and field named."""

    def __init__(self, file: str, entry: str, data: Any, prefix: str = "") -> None:
        self.file, self.entry, self.prefix = file, entry, prefix
        if not isinstance(data, dict):
            self.fail("", "must be a table")
        self.data: dict[str, Any] = data

    def fail(self, key: str, message: str) -> NoReturn:
        raise RulesError(self.file, self.entry, f"{self.prefix}{key}", message)

    def only(self, *allowed: str) -> None:
        for key in self.data:
            if key not in allowed:
                self.fail(key, f"unknown field; allowed: {', '.join(allowed)}")

    def text(self, key: str) -> str:
        value = self.data.get(key)
        if value is None:
            self.fail(key, "missing")
        if not isinstance(value, str) or not value.strip():
            self.fail(key, f"must be a non-empty string, got {value!r}")
        return value

    def integer(self, key: str, default: int | None = None) -> int:
        value = self.data.get(key, default)
        if value is None:
            self.fail(key, "missing")
        if not isinstance(value, int) or isinstance(value, bool):
            self.fail(key, f"must be an integer, got {value!r}")
        return value

    def boolean(self, key: str, default: bool | None = None) -> bool:
        value = self.data.get(key, default)
        if value is None:
            self.fail(key, "missing")
        if not isinstance(value, bool):
            self.fail(key, f"must be true or false, got {value!r}")
        return value

    def choice(self, key: str, enum: type[_E], default: _E | None = None) -> _E:
        value = self.data.get(key, default)
        if value is None:
            self.fail(key, "missing")
        try:
            return enum(value)
        except ValueError:
            self.fail(key, f"{value!r} is not one of: {', '.join(enum)}")

    def pattern(self, key: str, regex: re.Pattern[str], what: str) -> str:
        value = self.text(key)
        if not regex.match(value):
            self.fail(key, f"{value!r} is not {what}")
        return value


_RULE_FIELDS = (
    "id",
    "trigger",
    "obligation_ru",
    "obligation_en",
    "term",
    "unit",
    "starts",
    "direction",
    "article",
    "article_ru",
    "extension",
    "confidence",
    "statutory",
)
_EXTENSION_FIELDS = ("allowed", "max", "condition_ru", "condition_en", "confidence")
_PROFILE_FIELDS = ("name", "country", "title_ru", "title_en")


def load_rules(path: str | os.PathLike[str]) -> RuleSet:
    """Loads and checks a whole profile; the first problem refuses the file (RulesError)."""
    file = os.fspath(path)
    top = _Table(file, "(file)", _read_toml(file))
    top.only("profile", "rule")
    profile = _Table(file, "profile", top.data.get("profile"))
    entries = top.data.get("rule")
    if not isinstance(entries, list) or not entries:
        top.fail("rule", "at least one [[rule]] entry is required")
    rules = tuple(_parse_rule(file, index, entry) for index, entry in enumerate(entries, 1))
    _check_unique(file, rules)
    return _rule_set(profile, file, rules)


def _read_toml(file: str) -> dict[str, Any]:
    try:
        with open(file, "rb") as stream:
            return tomllib.load(stream)
    except OSError as exc:
        raise RulesError(file, "(file)", "(file)", f"cannot read: {exc.strerror}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise RulesError(file, "(file)", "(syntax)", str(exc)) from exc


def _rule_set(profile: _Table, file: str, rules: tuple[Rule, ...]) -> RuleSet:
    profile.only(*_PROFILE_FIELDS)
    country = profile.text("country")
    if country not in SUPPORTED_COUNTRIES:
        profile.fail("country", f"{country!r} is not one of: {', '.join(SUPPORTED_COUNTRIES)}")
    return RuleSet(
        name=profile.text("name"),
        country=country,
        title_ru=profile.text("title_ru"),
        title_en=profile.text("title_en"),
        source=file,
        rules=rules,
    )


def _entry_name(index: int, entry: Any) -> str:
    rule_id = entry.get("id") if isinstance(entry, dict) else None
    return rule_id if isinstance(rule_id, str) and rule_id else f"#{index}"


def _parse_rule(file: str, index: int, entry: Any) -> Rule:
    table = _Table(file, _entry_name(index, entry), entry)
    table.only(*_RULE_FIELDS)
    rule_id = table.pattern("id", _ID, "a snake_case id")
    trigger = _trigger(table)
    unit = table.choice("unit", Unit)
    return Rule(
        id=rule_id,
        trigger=trigger,
        obligation_ru=table.text("obligation_ru"),
        obligation_en=table.text("obligation_en"),
        term=_term(table, unit),
        unit=unit,
        article=table.text("article"),
        article_ru=table.text("article_ru"),
        confidence=table.choice("confidence", Confidence),
        starts=table.choice("starts", Starts, Starts.EVENT),
        direction=_direction(table, unit),
        extension=_extension(table, unit),
        statutory=table.boolean("statutory", True),
    )


def _trigger(table: _Table) -> str:
    trigger = table.pattern("trigger", _TRIGGER, "an event name like 'request_received:access'")
    kind, _, detail = trigger.partition(":")
    vocabulary = _TRIGGER_VOCABULARY.get(kind)
    if vocabulary is not None and detail not in vocabulary:
        table.fail("trigger", f"{detail!r} is not one of: {', '.join(sorted(vocabulary))}")
    return trigger


def _term(table: _Table, unit: Unit) -> int:
    term = table.integer("term")
    if term <= 0:
        table.fail("term", f"must be greater than 0, got {term}")
    if unit is Unit.FIFTEENTH_OF_NEXT_MONTH and term != FIFTEENTH:
        table.fail("term", f"must be {FIFTEENTH} (the day of the month) for unit {unit}")
    return term


def _direction(table: _Table, unit: Unit) -> Direction:
    direction = table.choice("direction", Direction, Direction.AFTER)
    if direction is Direction.BEFORE and unit not in (Unit.WORKING_DAYS, Unit.CALENDAR_DAYS):
        table.fail("direction", "'before' is supported for working_days and calendar_days only")
    return direction


def _extension(rule: _Table, unit: Unit) -> Extension:
    if "extension" not in rule.data:
        return NO_EXTENSION
    table = _Table(rule.file, rule.entry, rule.data["extension"], prefix="extension.")
    table.only(*_EXTENSION_FIELDS)
    if not table.boolean("allowed"):
        if extra := sorted(set(table.data) - {"allowed"}):
            table.fail(extra[0], "only allowed when the extension is allowed")
        return NO_EXTENSION
    if unit is not Unit.WORKING_DAYS:
        rule.fail("unit", "an extension is counted in working days: unit must be working_days")
    return Extension(
        allowed=True,
        max=_extension_max(table),
        condition_ru=table.text("condition_ru"),
        condition_en=table.text("condition_en"),
        confidence=table.choice("confidence", Confidence) if "confidence" in table.data else None,
    )


def _extension_max(table: _Table) -> int:
    most = table.integer("max")
    if not 1 <= most <= MAX_EXTENSION_WORKING_DAYS:
        table.fail("max", f"must be 1..{MAX_EXTENSION_WORKING_DAYS} working days, got {most}")
    return most


def _check_unique(file: str, rules: tuple[Rule, ...]) -> None:
    seen: set[str] = set()
    for rule in rules:
        if rule.id in seen:
            raise RulesError(file, rule.id, "id", "duplicate id")
        seen.add(rule.id)
