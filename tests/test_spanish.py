"""Español: the catalogue is complete and compiled, and what a person reads is in Spanish.

The check for English words is built from the catalogue itself: every word of an English
source text that no Spanish translation uses is an interface word that must not show up
in Spanish output (a word the case's own data holds excepted).
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import asdict
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabWidget, QToolBar
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import URL

from organizer import language, words
from organizer.cli.main import main
from organizer.core.missing import CaseFacts, missing_rows
from organizer.core.profile import CaseProfile, Contact
from organizer.core.records import CaseInfo
from organizer.gui.controller import CaseController
from organizer.gui.main_window import MainWindow
from organizer.gui.tasks import TaskRunner
from organizer.gui.translation import install_translators
from organizer.services import call_notes, cases, log
from organizer.storage.database import Database, open_database

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "resources" / "translations"
TOOLS = Path(sys.executable).parent
AS_OF = date(2026, 11, 21)
HOW_TO_UPDATE = (
    "Run ./scripts/update-translations, fill in the Spanish of every message marked "
    'type="unfinished" in resources/translations/organizer_es.ts (and the English plural '
    "forms in organizer_en.ts), then run ./scripts/update-translations again and commit "
    "the .ts and .qm files together."
)
WORD = re.compile(r"[^\W\d_]{3,}")


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """The messages of a catalogue by (context, source)."""
    found: dict[tuple[str, str], ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def translations(message: ET.Element) -> list[str]:
    node = message.find("translation")
    assert node is not None
    forms = [form.text or "" for form in node.iter("numerusform")]
    return forms if message.get("numerus") == "yes" else [node.text or ""]


def tokens(text: str) -> set[str]:
    return {w.casefold() for w in WORD.findall(text)}


def english_only_words() -> set[str]:
    """Words of the English interface that no Spanish translation uses."""
    english: set[str] = set()
    spanish: set[str] = set()
    for (_context, source), message in messages(HERE / "organizer_es.ts").items():
        english |= tokens(re.sub(r"<[^>]+>|\{\w*\}|%n", " ", source))
        for text in translations(message):
            spanish |= tokens(text)
    return english - spanish


def leaks(text: str, data_words: set[str]) -> set[str]:
    return (tokens(text) & english_only_words()) - data_words


@pytest.fixture
def spanish() -> Iterator[None]:
    language.set_language("es")
    yield
    language.set_language("en")


# --- the catalogue ---------------------------------------------------------------------------


def test_english_plurals_say_one_and_many_apart() -> None:
    # The English catalogue holds only plurals: "9 suggestion(s)" is what an unfilled one says.
    catalogue = messages(HERE / "organizer_en.ts")
    unfilled = sorted(
        source
        for (_context, source), message in catalogue.items()
        if "(s)" in source and any("(s)" in form for form in translations(message))
    )
    assert not unfilled, f"{len(unfilled)} English plural(s) not filled in, e.g. {unfilled[:3]}"
    assert len(catalogue) >= 10


def test_the_review_tab_counts_its_suggestions_in_words(qapp: QApplication) -> None:
    installed = install_translators(qapp, "en")
    try:
        say = QApplication.translate
        text = "%n suggestion(s) from your documents. Nothing changes until you accept."
        assert say("ReviewPanel", text, None, 1).startswith("1 suggestion from")
        assert say("ReviewPanel", text, None, 9).startswith("9 suggestions from")
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_the_catalogue_holds_every_message_translated(tmp_path: Path) -> None:
    sources = sorted(str(p) for p in (ROOT / "organizer").rglob("*.py"))
    fresh = tmp_path / "organizer_es.ts"
    subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), "-silent", *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    extracted = set(messages(fresh))
    catalogue = messages(HERE / "organizer_es.ts")
    missing = sorted(extracted - set(catalogue))
    assert not missing, f"{len(missing)} message(s) not in the catalogue, e.g. {missing[:3]}. " + (
        HOW_TO_UPDATE
    )
    unfinished = sorted(
        key
        for key, message in catalogue.items()
        if (node := message.find("translation")) is not None
        and (
            node.get("type") in ("unfinished", "obsolete", "vanished")
            or not all(translations(message))
        )
    )
    assert not unfinished, (
        f"{len(unfinished)} message(s) not translated, e.g. {unfinished[:3]}. " + (HOW_TO_UPDATE)
    )
    stale = sorted(set(catalogue) - extracted)
    assert not stale, f"{len(stale)} message(s) no longer in the code, e.g. {stale[:3]}. " + (
        HOW_TO_UPDATE
    )
    root = ET.parse(HERE / "organizer_es.ts").getroot()
    assert root.get("language") == "es"
    assert len(catalogue) >= 300


def test_each_translation_keeps_its_placeholders_and_shortcut_key() -> None:
    for (context, source), message in messages(HERE / "organizer_es.ts").items():
        wanted = sorted(re.findall(r"\{\w*\}", source))
        for text in translations(message):
            assert sorted(re.findall(r"\{\w*\}", text)) == wanted, (context, source, text)
            assert ("&" in text) == ("&" in source.replace("&amp;", "&")), (context, source)
            if message.get("numerus") == "yes":
                assert "%n" in text, (context, source, text)


@pytest.mark.parametrize("code", ["es", "en"])
def test_the_compiled_catalogue_matches_its_source(tmp_path: Path, code: str) -> None:
    again = tmp_path / f"organizer_{code}.qm"
    subprocess.run(
        [
            str(TOOLS / "pyside6-lrelease"),
            "-silent",
            str(HERE / f"organizer_{code}.ts"),
            "-qm",
            str(again),
        ],
        check=True,
        capture_output=True,
    )
    committed = (HERE / f"organizer_{code}.qm").read_bytes()
    assert committed == again.read_bytes(), f"organizer_{code}.qm is out of date. {HOW_TO_UPDATE}"


# --- words, dates and plurals ----------------------------------------------------------------


def test_dates_and_plurals_are_said_the_spanish_way(spanish: None) -> None:
    assert words.long_date(date(2026, 12, 7)) == "7 de diciembre de 2026"
    assert words.short_date(date(2026, 12, 7), date(2026, 11, 20)) == "7 de diciembre"
    assert words.short_date(date(2027, 3, 3), date(2026, 11, 20)) == "3 de marzo de 2027"
    assert (words.days_words(1), words.days_words(3)) == ("1 día", "3 días")
    with language.in_language("en"):  # the sheet for the office, while the window is Spanish
        assert words.days_words(1) == "1 day"
        assert words.short_date(date(2026, 12, 7), date(2026, 11, 20)) == "Dec 7"


def test_the_missing_rows_say_in_english_what_core_wrote_and_in_spanish_the_same_facts() -> None:
    profile = CaseProfile(payer="Salud Plus")
    facts = CaseFacts(plan_type="medicare_advantage", payer_phone="555-0300")
    rows = missing_rows(spanish_case_entries(), AS_OF, profile, facts=facts, plain=True)
    assert {r.reason for r in rows} >= {"overdue", "denied", "decision_late", "renewal_due"}
    for row in rows:  # in English the words layer and core agree, word for word
        assert (words.row_what(row), words.row_who(row), words.row_when(row)) == (
            row.what,
            row.who,
            row.when,
        )
    with language.in_language("es"):
        said = {r.reason: (words.row_what(r), words.row_when(r)) for r in rows}
    assert said["denied"] == (
        "Se negó: Autorización previa",
        "apelar a más tardar el 15 de diciembre (quedan 24 días)",
    )
    assert said["overdue"][1] == "3 días de retraso"
    assert (
        "Salud Plus" in said["decision_late"][0]
        and "revisión acelerada" in said["decision_late"][0]
    )


def spanish_case_entries() -> list:  # type: ignore[type-arg]
    """A few entries of each kind, as records (built through a real database below)."""
    from organizer.core.records import LogEntryInfo

    base = {
        "requested_by": "",
        "who_submits": "",
        "decision": "",
        "notes": "",
        "requested_on": AS_OF - timedelta(days=12),
        "submitted_on": None,
    }
    return [
        LogEntryInfo(id=1, item="prescription", what="", due=AS_OF - timedelta(days=3),
                     status="requested", **base),
        LogEntryInfo(id=2, item="prior_authorization", what="", due=None, status="denied",
                     appeal_by=AS_OF + timedelta(days=24), **base),
        LogEntryInfo(id=3, item="prior_authorization", what="", due=None, status="submitted",
                     **{**base, "submitted_on": AS_OF - timedelta(days=30)}),
        LogEntryInfo(id=4, item="prior_authorization", what="", due=None, status="approved",
                     approved_through=AS_OF + timedelta(days=10), **base),
    ]  # fmt: skip


# --- the command line ------------------------------------------------------------------------


@pytest.fixture
def spanish_db(tmp_path: Path, case_folder: Path) -> Iterator[tuple[Path, set[str]]]:
    """A database with a case whose own words are Spanish, and every kind of row."""
    path = tmp_path / "data" / "organizer.sqlite3"
    path.parent.mkdir()
    db = open_database(URL.create("sqlite", database=str(path)))
    profile = CaseProfile(
        patient="Rosa Peña",
        therapy="Inmunoglobulina",
        payer="Salud Plus",
        plan_type="medicare_advantage",
        provider_office=Contact(name="Clínica Norte", phone="555-0100", fax="555-0101"),
        pharmacy=Contact(name="Farmacia Sol", phone="555-0200"),
    )
    try:
        case = cases.create_case(db, case_folder, profile)
        prescription, _card, benefits, pa = log.log_entries(db, case.id)
        log.edit_entry(db, prescription.id, due=AS_OF - timedelta(days=3), today=AS_OF)
        log.set_status(db, benefits.id, "submitted", on=AS_OF - timedelta(days=2), today=AS_OF)
        log.set_status(db, pa.id, "denied", on=AS_OF - timedelta(days=2), today=AS_OF)
        log.edit_entry(db, pa.id, appeal_by=AS_OF + timedelta(days=40), today=AS_OF)
        for item, fields in (
            ("prior_authorization", {"status": "submitted", "submitted_on": AS_OF - timedelta(30)}),
            ("prior_authorization", {"status": "approved",
                                     "approved_through": AS_OF + timedelta(9)}),
            ("lab_results", {"what": "Análisis de sangre", "status": "submitted",
                             "submitted_on": AS_OF - timedelta(5)}),
        ):  # fmt: skip
            log.create_entry(db, case.id, item, today=AS_OF, **fields)
        call_notes.add_call(
            db,
            case.id,
            datetime(2026, 11, 19, 15, 0, tzinfo=UTC),
            organisation="Salud Plus",
            person="Marta",
            reference_number="C-2611",
        )
    finally:
        db.dispose()
    data_words = tokens(" ".join(profile_values(asdict(profile)))) | tokens(
        "Salud Plus Marta Análisis de sangre Rosa Peña"
    )
    yield path, data_words


def profile_values(value: object) -> list[str]:
    if isinstance(value, dict):
        return [text for item in value.values() for text in profile_values(item)]
    return [str(value)]


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("where", ["before", "after"])
def test_missing_in_spanish_holds_no_english_words_of_the_interface(
    spanish_db: tuple[Path, set[str]], capsys: pytest.CaptureFixture[str], where: str
) -> None:
    path, data_words = spanish_db
    db = ["--db", f"sqlite:///{path}"]
    argv = (
        [*db, "--lang", "es", "missing", "--as-of", AS_OF.isoformat()]
        if where == "before"
        else [*db, "missing", "--as-of", AS_OF.isoformat(), "--lang", "es"]
    )
    try:
        code, out, err = run(argv, capsys)
    finally:
        language.set_language("en")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) >= 6
    assert lines[0].startswith("URGENTE  ")
    assert "Autorización previa" in out and "quién: Clínica Norte" in out
    assert "apelar a más tardar el 31 de diciembre (quedan 40 días)" in out
    assert not leaks(out, data_words), out
    english = run([*db, "--lang", "en", "missing", "--as-of", AS_OF.isoformat()], capsys)[1]
    assert "URGENT " in english and "Prior authorization" in english


def test_the_sheet_in_spanish_holds_no_english_words_of_the_interface(
    spanish_db: tuple[Path, set[str]],
    capsys: pytest.CaptureFixture[str],
    qapp: QApplication,
    tmp_path: Path,
) -> None:
    path, data_words = spanish_db
    out_pdf = tmp_path / "hoja.pdf"
    argv = ["--db", f"sqlite:///{path}", "--today", AS_OF.isoformat(), "sheet", "--lang", "es"]
    try:
        code, out, _err = run([*argv, "--out", str(out_pdf)], capsys)
    finally:
        language.set_language("en")
    assert code == 0
    assert out.startswith("Se escribió la hoja de estado de")
    text = PdfReader(out_pdf).pages[0].extract_text()
    flat = " ".join(text.split())
    assert "Hoja de estado: cobertura de infusión en casa" in flat
    assert "Todavía faltan: 7 cosas, 4 para su consultorio" in flat, flat
    assert "Autorización previa" in flat and "Última llamada: 19 de noviembre" in flat
    assert not leaks(text, data_words), flat


# --- the window ------------------------------------------------------------------------------


def test_the_window_in_spanish_shows_spanish(
    qtbot: QtBot, qapp: QApplication, db: Database, case: CaseInfo, runner: TaskRunner
) -> None:
    language.set_language("es")
    installed = install_translators(qapp)
    try:
        controller = CaseController(db, case, runner, watch=False)
        window = MainWindow(controller)
        qtbot.addWidget(window)
        controller.refresh()
        qtbot.waitUntil(lambda: bool(window.missing.rows), timeout=10_000)
        shown = [a.text() for a in window.menuBar().actions()]
        tabs = window.findChild(QTabWidget)
        assert tabs is not None
        shown += [tabs.tabText(i) for i in range(tabs.count())]
        shown += [w.text() for w in window.findChildren(QLabel) if w.isVisibleTo(window)]
        shown += [w.text() for w in window.findChildren(QAbstractButton) if w.isVisibleTo(window)]
        text = "\n".join(shown)
    finally:
        language.set_language("en")
        for translator in installed:
            qapp.removeTranslator(translator)
    assert "&Archivo" in shown and "Todavía falta" in text
    assert "Autorización previa" in text
    data_words = tokens(case.folder) | tokens(case.title)
    assert not leaks(text, data_words), text


def test_the_print_preview_draws_the_sheet_in_the_language_chosen(
    qtbot: QtBot, db: Database, case: CaseInfo
) -> None:
    from organizer.gui.dialogs.sheet_preview import SheetPreviewDialog
    from organizer.gui.ops import sheet_ops
    from organizer.gui.translation import sheet_language
    from organizer.services.snapshot import load_snapshot

    snapshot = load_snapshot(db, case.id, AS_OF)
    now = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
    spanish_sheet = sheet_ops.sheet_for(snapshot, now, "es")  # the window speaks Spanish
    assert spanish_sheet.language == "es"
    assert "Autorización previa" in {row.what for row in spanish_sheet.missing}

    def again(code: str) -> sheet_ops.SheetData:
        return sheet_ops.sheet_for(snapshot, now, code)

    dialog = SheetPreviewDialog(None, spanish_sheet, again)
    qtbot.addWidget(dialog)
    box = dialog.language_box
    assert box.currentData() == "es"
    assert box.parentWidget() is dialog.findChild(QToolBar)  # on the preview's toolbar
    box.setCurrentIndex(box.findData("en"))
    box.activated.emit(box.currentIndex())  # the office reads English
    assert dialog.data.language == "en"
    assert "Prior authorization" in {row.what for row in dialog.data.missing}
    assert sheet_language() == "en"  # remembered for Save as PDF
