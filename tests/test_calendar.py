"""``organizer upcoming`` and ``organizer calendar``: the list, its JSON, and the .ics file
parsed back with ``icalendar``."""

from __future__ import annotations

import json
import stat
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlalchemy.engine import URL

from organizer.cli.main import main
from organizer.core.profile import CaseProfile, Contact
from organizer.services import call_notes, cases, log
from organizer.storage.database import open_database

TODAY = date(2026, 11, 21)
MEMBER_ID = "XQ1234567"
PATIENT = "Rosalind Ames"


def days(n: int) -> date:
    return TODAY + timedelta(days=n)


@pytest.fixture
def db_url(tmp_path: Path, case_folder: Path) -> str:
    """One case: an overdue request, a due one, a sent one, an approval and a call back."""
    path = tmp_path / "data" / "organizer.sqlite3"
    path.parent.mkdir()
    db = open_database(URL.create("sqlite", database=str(path)))
    try:
        profile = CaseProfile(
            patient=PATIENT,
            member_id=MEMBER_ID,
            payer="Harbor Health",
            provider_office=Contact(name="Riverbend Clinic"),
        )
        case = cases.create_case(db, case_folder, profile)
        prescription, card, benefits, pa = log.log_entries(db, case.id)
        log.edit_entry(db, prescription.id, due=days(-3), requested_by="Kestrel Ridge")
        log.set_status(db, card.id, "not_needed", today=TODAY)
        log.edit_entry(db, benefits.id, status="approved", approved_through=days(40), today=TODAY)
        log.edit_entry(
            db, pa.id, status="submitted", submitted_on=days(-2), decision_wait_days=9, today=TODAY
        )
        log.create_entry(
            db,
            case.id,
            "lab_results",
            what=f"Lab results for {PATIENT} ({MEMBER_ID})",
            requested_by="Kestrel Ridge",
            due=days(30),
            today=TODAY,
        )
        call_notes.add_call(
            db,
            case.id,
            datetime(2026, 11, 20, 15, tzinfo=UTC),
            organisation="Harbor Health",
            follow_up_on=days(1),
        )
    finally:
        db.dispose()
    return f"sqlite:///{path}"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main([*argv, "--today", TODAY.isoformat()])
    out, err = capsys.readouterr()
    return code, out, err


def test_upcoming_json_lists_overdue_and_next_days_by_date(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["upcoming", "--json", "--db", db_url], capsys)
    assert (code, err) == (0, "")
    rows = json.loads(out)
    assert [(r["date"], r["kind"]) for r in rows] == [
        (days(-3).isoformat(), "due"),
        (days(1).isoformat(), "follow_up"),
        (days(7).isoformat(), "decision_expected"),
        (days(10).isoformat(), "renewal"),
    ]
    assert all(set(r) == {"date", "kind", "what", "who", "log_id"} for r in rows)
    assert rows[0]["what"] == "Prescription or therapy order due: send to Kestrel Ridge"
    assert rows[1]["log_id"] is None and isinstance(rows[0]["log_id"], int)
    code, out, _ = run(["upcoming", "--json", "--days", "40", "--db", db_url], capsys)
    assert [r["kind"] for r in json.loads(out)][-1] == "due"  # the lab results, day 30


def test_upcoming_prints_plain_lines(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["upcoming", "--days", "1", "--db", db_url], capsys)
    assert code == 0
    assert out.splitlines() == [
        f"{days(-3)}  OVERDUE Prescription or therapy order due: send to Kestrel Ridge "
        "(3 days ago) | who: Riverbend Clinic",
        f"{days(1)}  Call back Harbor Health (tomorrow) | who: Harbor Health",
    ]
    with pytest.raises(SystemExit) as refused:
        run(["upcoming", "--days", "-2", "--db", db_url], capsys)
    assert refused.value.code == 2
    assert "negative" in capsys.readouterr().err


def _events(path: Path) -> list[object]:
    calendar = Calendar.from_ical(path.read_bytes())
    return list(calendar.walk("VEVENT"))


def test_calendar_round_trips_with_stable_uids_and_reminders(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "deadlines.ics"
    code, text, err = run(["calendar", "--out", str(out), "--db", db_url], capsys)
    assert (code, err) == (0, "")
    assert text.strip() == f"Wrote 5 deadlines to {out}"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    calendar = Calendar.from_ical(out.read_bytes())
    assert str(calendar["X-WR-CALNAME"]) == "Home infusion deadlines"
    events = list(calendar.walk("VEVENT"))
    starts = [e.decoded("dtstart") for e in events]
    assert starts == [days(-3), days(1), days(7), days(10), days(30)]
    for event in events:
        start = event.decoded("dtstart")
        assert type(start) is date  # all-day
        assert event.decoded("dtend") == start + timedelta(days=1)
        alarms = list(event.walk("VALARM"))
        assert [a.decoded("trigger") for a in alarms] == [timedelta(days=-2)]
    assert str(events[0]["SUMMARY"]) == "Prescription or therapy order due: send to Kestrel Ridge"
    uids = [str(e["UID"]) for e in events]
    assert len(set(uids)) == 5

    # A second export (a reminder of 5 days) keeps every UID: a re-import updates.
    again = tmp_path / "again.ics"
    run(["calendar", "--out", str(again), "--remind-days", "5", "--db", db_url], capsys)
    second = _events(again)
    assert [str(e["UID"]) for e in second] == uids  # type: ignore[index]
    assert [a.decoded("trigger") for e in second for a in e.walk("VALARM")] == [  # type: ignore[attr-defined]
        timedelta(days=-5)
    ] * 5


def test_calendar_never_carries_the_member_id_or_the_patient_name(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "deadlines.ics"
    assert run(["calendar", "--out", str(out), "--db", db_url], capsys)[0] == 0
    raw = out.read_bytes().decode("utf-8")
    unfolded = raw.replace("\r\n ", "")
    for secret in (MEMBER_ID, PATIENT, "Rosalind"):
        assert secret not in unfolded
    lab = [e for e in _events(out) if "Lab results" in str(e["SUMMARY"])]  # type: ignore[index]
    assert str(lab[0]["SUMMARY"]) == "Lab results for … (…) due: send to Kestrel Ridge"  # type: ignore[index]


def test_calendar_refuses_the_case_folder(
    db_url: str, case_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(["calendar", "--out", str(case_folder / "x.ics"), "--db", db_url], capsys)
    assert code == 2 and "outside the case folder" in err
    assert not (case_folder / "x.ics").exists()


def test_a_case_removed_meanwhile_has_no_deadlines(db_url: str) -> None:
    from organizer.core.profile import CaseProfile
    from organizer.services.deadlines import case_deadlines

    db = open_database(URL.create("sqlite", database=db_url.removeprefix("sqlite:///")))
    try:
        assert case_deadlines(db, 9999) == ([], CaseProfile())
    finally:
        db.dispose()
