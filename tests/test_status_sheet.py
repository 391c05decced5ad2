"""The one-page status sheet: always one page, readable, real text, same code everywhere.

Cases are built through the services (the huge one with log.create_entry/set_status; the
demo one exactly as scripts/render_sheet.py builds the picture in docs/). PDFs are read
back with pypdf (pages, fonts, text operators) and pdftotext (words, in layout order).
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import stat
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import ModuleType
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject
from PySide6.QtCore import QLocale, QSize
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import URL

from organizer.cli.main import main
from organizer.core.checklist import CHECKLIST
from organizer.core.missing import MissingRow
from organizer.core.profile import CaseProfile, Contact
from organizer.core.records import CaseInfo
from organizer.gui.print_sheet import SheetPreviewDialog, save_sheet_dialog
from organizer.services import cases, log
from organizer.sheet import render as status_sheet
from organizer.sheet.data import SheetData, sheet_data
from organizer.storage.database import Database, open_database
from organizer.storage.models import Document
from tests.sync_runner import SyncTaskRunner

TODAY = date(2026, 11, 20)
NOW = datetime(2026, 11, 20, 9, 30, tzinfo=ZoneInfo("America/New_York"))
PAPER_POINTS = {"letter": (612, 792), "a4": (595, 842)}
SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "render_sheet.py"
FOOTER = "This sheet is an organising aid, not coverage advice."
NO_DISPLAY = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def render_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("render_sheet", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fresh_db(folder: Path) -> Database:
    return open_database(URL.create("sqlite", database=str(folder / "organizer.sqlite3")))


def build_huge(db: Database, root: Path) -> CaseInfo:
    """150 log entries, 110 of them sent, 40 still missing something."""
    folder = root / "Huge case"
    folder.mkdir()
    profile = CaseProfile(
        patient="Theodora Vasquez-Lindqvist",
        therapy="Immune globulin 35 g IV every 4 weeks",
        payer="Prairie Mutual Health",
        member_id="PMH-220-481-773",
        provider_office=Contact("Hollis Immunology Clinic", "(555) 010-3000", "(555) 010-3001"),
    )
    case = cases.create_case(db, folder, profile)
    for entry in log.log_entries(db, case.id):
        log.delete_entry(db, entry.id)
    items = [item.key for item in CHECKLIST if not item.expects_decision]
    with db.session() as session:  # a copy of each kind of paper sent is in the folder
        session.add_all(
            Document(
                case_id=case.id,
                path=f"Sent/{item}.pdf",
                status="indexed",
                fulfills=json.dumps([item]),
                first_seen_at=datetime.now(UTC),
            )
            for item in items
        )
    for n in range(150):
        asked = TODAY - timedelta(days=180 - n)
        entry = log.create_entry(
            db,
            case.id,
            items[n % len(items)],
            what=f"Round {n + 1}: {CHECKLIST[n % len(CHECKLIST)].label} for the dose on day {n}",
            requested_by="Riverside Specialty Infusion",
            requested_on=asked,
            due=TODAY + timedelta(days=n % 9 - 3) if n >= 110 else None,
            today=TODAY,
        )
        if n < 110:
            log.set_status(db, entry.id, "submitted", on=asked + timedelta(days=2), today=TODAY)
    return case


def pdf_text(path: Path) -> str:
    """The page's words in reading order, whitespace made single spaces."""
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True)
    return " ".join(out.stdout.decode("utf-8").split())


def write(data: SheetData, folder: Path, paper: str) -> tuple[Path, status_sheet.SheetLayout]:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"sheet-{paper}.pdf"
    return path, status_sheet.write_sheet_pdf(data, path, paper)


@pytest.fixture(scope="module")
def huge(tmp_path_factory: pytest.TempPathFactory) -> SheetData:
    root = tmp_path_factory.mktemp("huge")
    db = fresh_db(root)
    try:
        case = build_huge(db, root)
        assert len(log.log_entries(db, case.id)) == 150
        data = sheet_data(db, case, today=TODAY, now=NOW)
    finally:
        db.dispose()
    assert len(data.missing) == 40
    return data


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> SheetData:
    """The demo case, indexed and its log kept as in the picture in docs/."""
    root = tmp_path_factory.mktemp("demo")
    script = render_script()
    db = fresh_db(root)
    try:
        case = script.demo_case(db, root)
        data = sheet_data(db, case, today=script.TODAY, now=script.NOW)
    finally:
        db.dispose()
    return data


@pytest.fixture
def empty(db: Database, case: CaseInfo) -> SheetData:
    """A case with nothing in it: no profile, no log entries."""
    for entry in log.log_entries(db, case.id):
        log.delete_entry(db, entry.id)
    return sheet_data(db, case, today=TODAY, now=NOW)


@pytest.fixture(params=["empty", "demo", "huge"])
def any_case(request: pytest.FixtureRequest) -> SheetData:
    data: SheetData = request.getfixturevalue(request.param)
    return data


# --- one page, on both papers ----------------------------------------------------------------


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_every_case_is_one_page_on_both_papers(
    qapp: object, any_case: SheetData, paper: str, tmp_path: Path
) -> None:
    path, layout = write(any_case, tmp_path, paper)
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == PAPER_POINTS[paper]
    assert layout.missing_shown + layout.missing_hidden == len(any_case.missing)
    assert layout.log_shown + layout.log_hidden == len(any_case.log)
    # Nothing is drawn outside the printable area (it would be cut off, not moved).
    assert all(p.rect.top() >= 0 and p.rect.bottom() <= layout.height for p in layout.pieces)
    printable = PAPER_POINTS[paper][1] - 2 * status_sheet.MARGIN_PT
    assert layout.height == pytest.approx(printable * status_sheet.PDF_DPI / 72, abs=1)


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_demo_sheet_says_what_the_office_needs(
    qapp: object, demo: SheetData, paper: str, tmp_path: Path
) -> None:
    path, layout = write(demo, tmp_path, paper)
    text = pdf_text(path)
    for expected in (
        "Status sheet: home infusion coverage",
        "Prepared Nov 20, 2026, 9:30 AM",
        "To: Lakeview Infectious Disease Associates",
        "Fax: (614) 555-0111",
        'Margaret "Peggy" Okafor',
        "Member ID: BHP447201983",
        "Northgate Home Infusion",
        "Still missing: 5 items, 2 for your office",
        "URGENT = overdue, late, denied, or due within 3 days",
        "appeal by May 17, 2027",
        "Requested and sent (newest first)",
        "Latest prior authorization decision: Approved on Nov 19, reference A26111904521",
        "(614) 555-0160",
        "Last call: Nov 19, Bluestem Health Plan (Tanya), reference C2611190733",
        FOOTER,
    ):
        assert expected in text
    assert text.count("URGENT") == 1 + sum(row.urgent for row in demo.missing)
    assert layout.log_hidden == 0  # the demo's whole log fits
    # The still-missing list comes before the log, the log before the contacts.
    assert text.index("Still missing") < text.index("Requested and sent") < text.index("Contacts")


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_huge_case_keeps_all_40_missing_and_summarises_the_log(
    qapp: object, huge: SheetData, paper: str, tmp_path: Path
) -> None:
    path, layout = write(huge, tmp_path, paper)
    text = pdf_text(path)
    assert (layout.missing_shown, layout.missing_hidden) == (40, 0)
    for row in huge.missing:
        assert f"{row.what.split(':')[0]}:" in text  # "Round 118:" and so on, each one
    assert "more still missing" not in text
    assert layout.log_hidden > 100
    hidden_sent = re.search(r"\+(\d+) earlier submitted items", text)
    assert hidden_sent is not None and int(hidden_sent.group(1)) >= 100
    assert "+40 not sent yet (under Still missing)" in text
    assert FOOTER in text


def test_empty_case_prints_a_sensible_page(qapp: object, empty: SheetData, tmp_path: Path) -> None:
    path, _ = write(empty, tmp_path, "letter")
    text = pdf_text(path)
    for expected in (
        "To: the provider's office",
        "Fax: not filled in yet",
        "Nothing is listed yet.",
        "Nothing has been asked for or sent yet.",
        "Prior authorization: none in the log yet.",
        "Last call: none written down yet.",
        FOOTER,
    ):
        assert expected in text


# --- readable: type sizes, fonts, pictures ---------------------------------------------------


def text_sizes(path: Path) -> set[float]:
    """Every type size used on the page, in points, from the PDF's Tf operators and matrix."""
    content = PdfReader(path).pages[0].get_contents()
    assert content is not None
    stream = content.get_data().decode("latin-1")
    scale = float(re.search(r"([\d.]+) 0 0 -[\d.]+ [\d.]+ [\d.]+ cm", stream).group(1))  # type: ignore[union-attr]
    return {round(float(size) * scale, 3) for size in re.findall(r"/F\d+ ([\d.]+) Tf", stream)}


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_type_is_never_below_8_pt_and_body_is_9_where_it_fits(
    qapp: object, any_case: SheetData, paper: str, tmp_path: Path
) -> None:
    path, layout = write(any_case, tmp_path, paper)
    sizes = text_sizes(path)
    assert sizes and min(sizes) >= status_sheet.MIN_PT
    assert sizes == set(layout.font_sizes)
    if len(any_case.missing) < 20:  # the empty and the demo case have room to spare
        assert layout.scale.body_pt >= 9 and layout.scale.missing_pt >= 9


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_fonts_are_embedded_and_the_text_is_real(
    qapp: object, demo: SheetData, paper: str, tmp_path: Path
) -> None:
    path, _ = write(demo, tmp_path, paper)
    reader = PdfReader(path)
    fonts = reader.pages[0]["/Resources"]["/Font"]
    assert len(fonts) >= 2  # regular and bold
    for ref in fonts.values():
        font = ref.get_object()
        described = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        descriptor = described["/FontDescriptor"].get_object()
        assert isinstance(descriptor, DictionaryObject)
        assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor)
    words = " ".join(reader.pages[0].extract_text().split())
    assert "A26111904521" in words and "BHP447201983" in words
    assert reader.metadata is not None
    assert reader.metadata.title == 'Status sheet - Margaret "Peggy" Okafor'
    assert reader.metadata.creator == "Infusion Coverage Organizer"


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_the_page_renders_to_a_black_and_white_picture(
    qapp: object, any_case: SheetData, paper: str, tmp_path: Path
) -> None:
    path, _ = write(any_case, tmp_path, paper)
    document = QPdfDocument(None)
    assert document.load(str(path)) == QPdfDocument.Error.None_
    assert document.pageCount() == 1
    image = document.render(0, QSize(612, 792)).convertToFormat(QImage.Format.Format_RGB32)
    assert not image.isNull()
    colours = {image.pixel(x, y) & 0xFFFFFF for x in range(0, 612, 3) for y in range(0, 792, 3)}
    dark = [c for c in colours if max(c >> 16, (c >> 8) & 0xFF, c & 0xFF) < 96]
    assert dark  # there is text on it
    # Only greys (anti-aliasing), no colour: meaning never rests on colour.
    assert all(len({c >> 16, (c >> 8) & 0xFF, c & 0xFF}) == 1 for c in colours)
    document.close()


# --- condensing, beyond the big case ---------------------------------------------------------


def many_missing(data: SheetData, count: int, what: str) -> SheetData:
    """The huge case's sheet with ``count`` missing rows: the layout's input, nothing else."""
    rows = tuple(
        MissingRow(
            item="lab_results",
            what=f"{what} {n}",
            who="Your office",
            when=f"{n} days overdue" if n < count // 2 else "asked 2 days ago",
            due=TODAY - timedelta(days=n) if n < count // 2 else None,
            reason="overdue" if n < count // 2 else "no_document",
            severity="urgent" if n < count // 2 else "waiting",
            proposed=False,
            log_id=1000 + n,
        )
        for n in range(count)
    )
    return SheetData(
        data.header, rows, data.log, data.decision, data.pa_status, data.contacts,
        data.last_call, data.case_folder, data.today,
    )  # fmt: skip


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_short_items_go_into_two_columns_before_any_is_summarised(
    qapp: object, huge: SheetData, paper: str, tmp_path: Path
) -> None:
    data = many_missing(huge, 80, "CBC")
    path, layout = write(data, tmp_path, paper)
    assert layout.scale.columns == 2
    assert (layout.missing_shown, layout.missing_hidden) == (80, 0)
    text = pdf_text(path)
    assert all(f"CBC {n} " in f"{text} " for n in range(80))
    assert len(PdfReader(path).pages) == 1


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_beyond_a_page_the_least_urgent_are_summarised(
    qapp: object, huge: SheetData, paper: str, tmp_path: Path
) -> None:
    data = many_missing(huge, 160, "Letter of medical necessity from the specialist, version")
    path, layout = write(data, tmp_path, paper)
    text = pdf_text(path)
    assert layout.missing_hidden > 0
    assert layout.missing_shown + layout.missing_hidden == 160
    assert f"+{layout.missing_hidden} more still missing; see the organizer" in text
    assert min(layout.font_sizes) >= status_sheet.MIN_PT
    # The most urgent stay on the page; the least urgent are the ones summarised.
    assert "version 0 " in f"{text} " and "version 159" not in text
    assert len(PdfReader(path).pages) == 1


def test_column_widths_keep_short_columns_whole() -> None:
    assert status_sheet.fit_widths([10, 20, 5], 50) == [10, 20, 20]
    assert status_sheet.fit_widths([100, 10, 100], 110) == [50, 10, 50]
    assert status_sheet.fit_widths([100, 30, 10], 60, fixed=(2,)) == [25, 25, 10]


# --- paper, CLI, window --------------------------------------------------------------------


@pytest.fixture
def restore_locale() -> Iterator[None]:
    saved = QLocale()
    yield
    QLocale.setDefault(saved)


@pytest.mark.parametrize(
    ("language", "country", "paper"),
    [
        (QLocale.Language.English, QLocale.Country.UnitedStates, "letter"),
        (QLocale.Language.French, QLocale.Country.Canada, "letter"),
        (QLocale.Language.English, QLocale.Country.UnitedKingdom, "a4"),
        (QLocale.Language.German, QLocale.Country.Germany, "a4"),
    ],
)
def test_default_paper_is_letter_in_the_us_and_canada(
    restore_locale: None, language: QLocale.Language, country: QLocale.Country, paper: str
) -> None:
    QLocale.setDefault(QLocale(language, country))
    assert status_sheet.default_paper() == paper


def run_cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db_url(db_path: Path, case: CaseInfo) -> str:
    return f"sqlite:///{db_path}"


def test_cli_writes_a_private_one_page_pdf(
    qapp: object, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out" / "sheet.pdf"
    target.parent.mkdir()
    code, out, err = run_cli(
        ["sheet", "--db", db_url, "--out", str(target), "--paper", "a4"], capsys
    )
    assert (code, err) == (0, "")
    assert "Wrote the status sheet" in out and "A4 paper" in out
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    reader = PdfReader(target)
    assert len(reader.pages) == 1
    assert round(float(reader.pages[0].mediabox.width)) == 595
    assert [p.name for p in target.parent.iterdir()] == ["sheet.pdf"]  # no temporary left


@pytest.mark.parametrize(
    ("where", "message"),
    [
        ("no-such-folder/sheet.pdf", "The folder for the sheet does not exist"),
        ("case", "never writes into"),
    ],
)
def test_cli_refuses_a_bad_out_with_one_line(
    qapp: object,
    db_url: str,
    case_folder: Path,
    tmp_path: Path,
    where: str,
    message: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    target = case_folder / "sheet.pdf" if where == "case" else tmp_path / where
    code, out, err = run_cli(["sheet", "--db", db_url, "--out", str(target)], capsys)
    assert code == 2 and out == ""
    assert len(err.splitlines()) == 1 and message in err
    assert not target.exists()


def test_cli_needs_no_display(db_url: str, tmp_path: Path) -> None:
    """Run as a separate program with no display and no platform chosen: offscreen by itself."""
    env = {k: v for k, v in os.environ.items() if k not in NO_DISPLAY}
    target = tmp_path / "headless.pdf"
    argv = [sys.executable, "-m", "organizer", "sheet", "--db", db_url, "--out", str(target)]
    done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Wrote the status sheet" in done.stdout
    assert len(PdfReader(target).pages) == 1


def test_cli_without_a_case_says_so_in_one_line(
    qapp: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    code, out, err = run_cli(["sheet", "--db", url, "--out", str(tmp_path / "s.pdf")], capsys)
    assert (code, out) == (2, "")
    assert err.splitlines() == ["organizer: There are no cases yet. Open a case folder first."]
    assert not (tmp_path / "s.pdf").exists()


def test_preview_dialog_paints_the_one_page(qtbot: QtBot, demo: SheetData, tmp_path: Path) -> None:
    dialog = SheetPreviewDialog(None, demo)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.paintRequested):
        dialog.show()  # the preview asks for the page as soon as it is shown
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialog.paint(printer)
    reader = PdfReader(tmp_path / "printed.pdf")
    assert len(reader.pages) == 1
    assert "A26111904521" in " ".join(reader.pages[0].extract_text().split())


def test_save_dialog_writes_the_pdf_where_the_user_chose(
    qtbot: QtBot, demo: SheetData, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = tmp_path / "For the office"  # no ".pdf": it is added
    asked: list[str] = []

    def pick(parent: object, caption: str, start: str, filters: str) -> tuple[str, str]:
        asked.append(start)
        return str(chosen), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", pick)
    saved: list[Path] = []
    path = save_sheet_dialog(None, demo, SyncTaskRunner(), on_saved=saved.append)
    assert path == saved[0] == tmp_path / "For the office.pdf"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert len(PdfReader(path).pages) == 1
    assert asked[0].endswith("Status sheet - Margaret Peggy Okafor - 2026-11-20.pdf")


def test_a_long_header_value_wraps_instead_of_losing_the_member_number(
    qapp: object, tmp_path: Path
) -> None:
    # In Spanish the insurance line ("…; también Medicare Part B, núm. de miembro …") is
    # longer than the line: the Medicare number the office calls with was cut off with "…".
    from organizer import language

    script = render_script()
    db = fresh_db(tmp_path)
    language.set_language("es")
    try:
        case = script.demo_case(db, tmp_path)
        # A plan whose full name is long, as many are: the line no longer fits on one.
        longer = replace(case.profile, payer="Bluestem Health Plan of the Upper Midwest")
        case = cases.update_profile(db, case.id, longer)
        data = sheet_data(db, case, today=script.TODAY, now=script.NOW)
        path, _layout = write(data, tmp_path / "es", "letter")
    finally:
        language.set_language("en")
        db.dispose()
    assert "Medicare Part B" in data.header.insurance_line
    secondary_id = data.header.insurance_line.rsplit(" ", 1)[-1]
    text = pdf_text(path)
    assert "núm. de miembro" in text
    assert secondary_id in text, text[:600]
    header = text.split("Todavía faltan")[0]
    assert "…" not in header
    assert len(PdfReader(path).pages) == 1
