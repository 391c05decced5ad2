"""Optimistic locking: two computers edit the same thing; the later edit on an old version
is refused with who changed it and when, on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from sqlalchemy.engine import URL

from organizer.core.phrases import full_date
from organizer.core.records import CaseInfo
from organizer.services import call_notes, cases, edit_versions, log
from organizer.storage.database import Database, open_database
from organizer.storage.errors import StaleEditError
from organizer.storage.models import LogEntry

TODAY = date(2026, 12, 7)
pytestmark = pytest.mark.both_engines


@pytest.fixture
def other(database_url: URL, db: Database) -> Iterator[Database]:
    """The same database opened a second time: another person's computer."""
    second = open_database(database_url)
    yield second
    second.dispose()


def as_person(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.setenv("ORGANIZER_USER_NAME", name)


def test_a_stale_log_edit_is_refused_and_names_who_changed_it(
    db: Database, other: Database, case: CaseInfo, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = log.create_entry(db, case.id, "prescription", today=TODAY)
    as_person(monkeypatch, "Dana Whitfield")
    theirs = log.edit_entry(other, shown.id, notes="Faxed to Dr. Lee", seen_version=shown.version)
    assert theirs.version == shown.version + 1
    as_person(monkeypatch, "Sam Ortiz")
    with pytest.raises(StaleEditError) as refused:
        log.edit_entry(db, shown.id, notes="Called the office", seen_version=shown.version)
    message = str(refused.value)
    assert "Dana Whitfield" in message and "not saved" in message
    assert "“Changed in the log: Prescription" in message
    assert f" on {full_date(datetime.now(UTC).astimezone().date())} at " in message
    kept = log.get_entry(db, shown.id)
    assert (kept.notes, kept.version) == ("Faxed to Dr. Lee", theirs.version)
    # Made again on what is there now, it is saved.
    again = log.edit_entry(db, shown.id, notes="Called the office", seen_version=kept.version)
    assert (again.notes, again.version) == ("Called the office", kept.version + 1)


def test_an_edit_that_changes_nothing_keeps_the_version(db: Database, case: CaseInfo) -> None:
    shown = log.create_entry(db, case.id, "prescription", today=TODAY)
    same = log.edit_entry(db, shown.id, what=shown.what, seen_version=shown.version)
    assert same.version == shown.version


def test_without_a_version_the_command_line_still_saves(
    db: Database, other: Database, case: CaseInfo
) -> None:
    shown = log.create_entry(db, case.id, "prescription", today=TODAY)
    log.edit_entry(other, shown.id, notes="first")
    saved = log.edit_entry(db, shown.id, notes="second")
    assert (saved.notes, saved.version) == ("second", shown.version + 2)


def test_stale_edits_of_calls_questions_and_the_profile_are_refused(
    db: Database, other: Database, case: CaseInfo, monkeypatch: pytest.MonkeyPatch
) -> None:
    call = call_notes.add_call(
        db, case.id, datetime(2026, 12, 1, 15, tzinfo=UTC), organisation="Aetna"
    )
    question = call_notes.add_question(db, case.id, "Is the pump covered?")
    as_person(monkeypatch, "Dana Whitfield")
    call_notes.edit_call(other, call.id, summary="Approved by phone", seen_version=call.version)
    call_notes.answer_question(other, question.id, "Yes, as DME", today=TODAY)
    profile = cases.list_cases(other)[0].profile
    cases.update_profile(other, case.id, replace(profile, payer="Aetna"))
    as_person(monkeypatch, "Sam Ortiz")
    with pytest.raises(StaleEditError, match="This call was changed by Dana Whitfield"):
        call_notes.edit_call(db, call.id, summary="Left a message", seen_version=call.version)
    with pytest.raises(StaleEditError, match="This question was changed by Dana Whitfield"):
        call_notes.edit_question(db, question.id, asked_to="Aetna", seen_version=question.version)
    mine = replace(case.profile, payer="Cigna")
    with pytest.raises(StaleEditError, match="The case's details were changed by Dana Whitfield"):
        cases.update_profile(db, case.id, mine, seen_version=case.version)
    assert [c.summary for c in call_notes.list_calls(db, case.id)] == ["Approved by phone"]
    assert [q.asked_to for q in call_notes.list_questions(db, case.id)] == [""]
    assert cases.list_cases(db)[0].profile.payer == "Aetna"


def test_an_automatic_change_makes_an_open_edit_stale(db: Database, case: CaseInfo) -> None:
    """A letter's decision recorded meanwhile is not overwritten by a dialog opened before."""
    shown = log.create_entry(db, case.id, "prior_authorization", today=TODAY)
    with db.session() as session:
        entry = session.get_one(LogEntry, shown.id)
        entry.decision = "Approved through 2027-06-30"
        log.note_entry(
            session, entry, {"decision": ["", entry.decision]}, "Decision from the letter"
        )
    with pytest.raises(StaleEditError, match="This log entry was changed by") as refused:
        log.edit_entry(db, shown.id, decision="", notes="typed", seen_version=shown.version)
    assert "“Decision from the letter”" in str(refused.value)
    assert log.get_entry(db, shown.id).decision == "Approved through 2027-06-30"


def test_two_edits_on_the_same_version_at_the_same_moment_save_only_one(
    db: Database, other: Database, case: CaseInfo
) -> None:
    """The first edit's transaction is still open when the second is made: one wins."""
    shown = log.create_entry(db, case.id, "prescription", today=TODAY)
    outcome: list[BaseException | str] = []
    started = threading.Event()

    def second() -> None:
        started.set()
        try:
            log.edit_entry(other, shown.id, notes="from B", seen_version=shown.version)
            outcome.append("saved")
        except BaseException as exc:  # noqa: BLE001 - handed to the test's thread
            outcome.append(exc)

    with db.session() as session:
        entry = session.get_one(LogEntry, shown.id)
        entry.notes = "from A"
        edit_versions.claim(session, entry, shown.version)
        thread = threading.Thread(target=second)
        thread.start()
        started.wait(5)
        thread.join(0.5)
        assert thread.is_alive(), "the second edit waits for the first to end"
    thread.join(30)
    assert len(outcome) == 1 and isinstance(outcome[0], StaleEditError), outcome
    final = log.get_entry(db, shown.id)
    assert (final.notes, final.version) == ("from A", shown.version + 1)
