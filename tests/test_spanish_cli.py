"""Español on the command line: every command a person reads speaks Spanish with --lang es,
and says in English, word for word, what it said before.

The case is made by the test (``tests.test_spanish.spanish_db``); the English lines are
what the commands printed before they went through the words layer.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from organizer import language
from organizer.cli.commands import all_subcommands
from organizer.cli.main import main
from organizer.words import import_headline
from tests import factories
from tests.test_spanish import AS_OF, leaks, run, spanish_db, tokens

__all__ = ["spanish_db"]  # the fixture, shared with tests/test_spanish.py


@pytest.fixture
def say(
    spanish_db: tuple[Path, set[str]], capsys: pytest.CaptureFixture[str]
) -> Iterator[tuple[object, set[str]]]:
    """Runs a command on the case in a language: (exit code, stdout, stderr)."""
    path, data_words = spanish_db

    def command(lang: str, *argv: str) -> tuple[int, str, str]:
        try:
            return run(
                ["--db", f"sqlite:///{path}", "--today", AS_OF.isoformat(), *argv, "--lang", lang],
                capsys,
            )
        finally:
            language.set_language("en")

    yield command, data_words


def spanish_only(text: str, data_words: set[str], paths: str = "") -> None:
    assert text.strip()
    assert not leaks(text, data_words | tokens(paths)), text


def test_log_in_spanish_and_in_english(say: tuple[object, set[str]]) -> None:
    command, data = say
    code, out, err = command("es", "log")  # type: ignore[operator]
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == (
        "   1  todavía sin enviar Receta u orden de terapia  "
        "(quién: Clínica Norte; vence: 18 de noviembre de 2026)"
    )
    assert (
        lines[1]
        == "   2  todavía sin enviar Copia de la tarjeta del seguro  (quién: Usted; vence: -)"
    )
    assert lines[3] == "   4  negado       Autorización previa  (quién: Clínica Norte; vence: -)"
    spanish_only(out, data)
    code, english, _ = command("en", "log")  # type: ignore[operator]
    assert code == 0
    assert english.splitlines() == [  # as the command prints it, word for word
        "   1  not sent yet Prescription or therapy order  (who: Clínica Norte; due 2026-11-18)",
        "   2  not sent yet Insurance card copy  (who: You; due -)",
        "   3  sent         Benefits check  (who: Farmacia Sol; due -)",
        "   4  denied       Prior authorization  (who: Clínica Norte; due -)",
        "   5  sent         Prior authorization  (who: Clínica Norte; due -)",
        "   6  approved     Prior authorization  (who: Clínica Norte; due -)",
        "   7  sent         Análisis de sangre  (who: Clínica Norte; due -)",
    ]


def test_upcoming_in_spanish_and_in_english(say: tuple[object, set[str]]) -> None:
    command, data = say
    code, out, _ = command("es", "upcoming", "--days", "60")  # type: ignore[operator]
    assert code == 0
    lines = out.splitlines()
    assert lines[2] == (  # the day written as the Spanish sentences write it
        "18 de noviembre de 2026  VENCIDO Receta u orden de terapia: fecha límite (hace 3 días) "
        "| quién: Clínica Norte"
    )
    assert lines[4] == (
        "31 de diciembre de 2026  Último día para apelar la negación de Autorización previa "
        "(en 40 días) | quién: Usted"
    )
    assert not re.search(r"\d{4}-\d\d-\d\d", out), out  # no ISO day left
    spanish_only(out, data)
    english = command("en", "upcoming", "--days", "60")[1]  # type: ignore[operator]
    assert english.splitlines() == [  # as the command prints it, word for word
        "2026-10-29  OVERDUE Decision expected on Prior authorization from Salud Plus "
        "(23 days ago) | who: Salud Plus",
        "2026-10-31  OVERDUE Renewal of Prior authorization (approved through Nov 30, 2026): "
        "ask Clínica Norte for the re-authorization (21 days ago) | who: Clínica Norte",
        "2026-11-18  OVERDUE Prescription or therapy order due (3 days ago) | who: Clínica Norte",
        "2026-11-26  Decision expected on Benefits check from Salud Plus (in 5 days) "
        "| who: Salud Plus",
        "2026-12-31  Last day to appeal the denial of Prior authorization (in 40 days) | who: You",
    ]


def test_the_files_written_are_told_in_spanish(
    say: tuple[object, set[str]], tmp_path: Path, qapp: QApplication
) -> None:
    command, data = say
    paths = str(tmp_path)
    for argv in (
        ["export", "--out", str(tmp_path / "caso.json")],
        ["backup", "--out", str(tmp_path / "copia.organizer-backup")],
        ["calendar", "--out", str(tmp_path / "fechas.ics")],
        ["callsheet", "--out", str(tmp_path / "llamadas.pdf")],
        ["letter", "appeal", "--entry", "4", "--out", str(tmp_path / "apelacion.pdf")],
        ["packet", "--entry", "4", "--out", str(tmp_path / "paquete.pdf")],
    ):
        code, out, err = command("es", *argv)  # type: ignore[operator]
        assert (code, err) == (0, ""), argv
        assert out.startswith("Se "), out
        spanish_only(out, data, f"{paths} {argv[-1]}")
    english = command("en", "export", "--out", str(tmp_path / "case.json"))[1]  # type: ignore[operator]
    assert english.startswith("Wrote the case ") and english.rstrip().endswith("case.json")
    english = command("en", "calendar", "--out", str(tmp_path / "dates.ics"))[1]  # type: ignore[operator]
    assert english == f"Wrote 5 deadlines to {tmp_path / 'dates.ics'}\n"
    english = command("en", "backup", "--out", str(tmp_path / "case.backup"))[1]  # type: ignore[operator]
    assert english == (
        f"Backed up the case Rosa Peña to {tmp_path / 'case.backup'}: 7 log entries and the "
        "fingerprints of 0 documents. The documents themselves stay in the case folder.\n"
    )
    english = command("en", "packet", "--entry", "4", "--out", str(tmp_path / "p.pdf"))[1]  # type: ignore[operator]
    assert english == (
        f"Wrote a packet of 1 page for Salud Plus (fax not filled in yet) to {tmp_path / 'p.pdf'}\n"
    )


def test_adding_a_file_is_told_in_spanish(
    say: tuple[object, set[str]], tmp_path: Path, qapp: QApplication
) -> None:
    command, data = say
    letter = tmp_path / "carta.pdf"
    factories.write_text_pdf(letter, ["Carta de prueba"])
    code, out, _ = command("es", "add", str(letter), "--entry", "4")  # type: ignore[operator]
    assert code == 0
    assert out.splitlines()[0] == "Se agregó 1 documento."
    assert "Autorización previa" in out
    spanish_only(out, data, str(tmp_path))
    code, again, _ = command("en", "add", str(letter))  # type: ignore[operator]
    assert again.splitlines()[0] == "1 file was already in your folder."


@pytest.mark.parametrize("added, there, failed", [(1, 0, 0), (3, 1, 0), (0, 2, 1), (0, 0, 0)])
def test_the_import_headline_says_in_english_what_the_report_said(
    added: int, there: int, failed: int
) -> None:
    from organizer.services.imports import ImportOutcome, ImportReport, ImportStatus

    outcomes = [
        *(ImportOutcome(Path(f"a{n}"), ImportStatus.COPIED, f"a{n}.pdf", "") for n in range(added)),
        *(
            ImportOutcome(Path(f"b{n}"), ImportStatus.ALREADY_THERE, "b.pdf", "")
            for n in range(there)
        ),
        *(ImportOutcome(Path(f"c{n}"), ImportStatus.FAILED, None, "") for n in range(failed)),
    ]
    report = ImportReport(outcomes)
    assert import_headline(*report.counts()) == report.headline()
    with language.in_language("es"):
        said = import_headline(*report.counts())
    assert not leaks(said, set()), said


def test_no_cases_yet_in_spanish(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", f"sqlite:///{tmp_path / 'empty.sqlite3'}"]
    try:
        assert run([*db, "cases", "--lang", "es"], capsys) == (0, "", "Todavía no hay casos.\n")
    finally:
        language.set_language("en")
    assert run([*db, "cases"], capsys) == (0, "", "No cases yet.\n")


def test_index_and_copies_in_spanish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], qapp: QApplication
) -> None:
    folder = tmp_path / "caso"
    folder.mkdir()
    factories.write_text_pdf(folder / "carta.pdf", ["Carta de prueba"])
    db = ["--db", f"sqlite:///{tmp_path / 'casos.sqlite3'}"]
    try:
        code, out, _ = run([*db, "index", str(folder), "--no-ocr", "--lang", "es"], capsys)
        copies = run([*db, "copies", "--lang", "es"], capsys)[1]
    finally:
        language.set_language("en")
    assert code == 0
    assert out.splitlines()[0].startswith(f"Documentos en {folder}: 1 (")
    assert out.splitlines()[1] == "      1  Leído (indexed)"  # the state's code stays, for scripts
    assert copies.startswith("Todavía no hay copias automáticas de ")
    english = run([*db, "index", str(folder), "--no-ocr"], capsys)[1]
    assert english.startswith(f"1 documents in {folder} (")  # as it always said
    assert english.splitlines()[1] == "      1  Read (indexed)"


def test_a_known_problem_is_told_in_spanish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", f"sqlite:///{tmp_path / 'vacia.sqlite3'}"]
    try:
        told = run([*db, "log", "--lang", "es"], capsys)
    finally:
        language.set_language("en")
    assert told == (2, "", "organizer: Todavía no hay casos. Abra primero la carpeta de un caso.\n")
    assert run([*db, "log"], capsys) == (
        2,
        "",
        "organizer: There are no cases yet. Open a case folder first.\n",  # as before
    )


def told_both_ways(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[str, str]:
    """What the command says on stderr with --lang es, then with no language given."""
    try:
        spanish = run([*argv, "--lang", "es"], capsys)
    finally:
        language.set_language("en")
    english = run(list(argv), capsys)
    assert spanish[0] == english[0] == 2
    return spanish[2], english[2]


def test_a_database_folder_that_is_not_there_is_told_in_spanish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gone = tmp_path / "no-esta"
    spanish, english = told_both_ways(capsys, "--db", f"sqlite:///{gone / 'x.sqlite3'}", "cases")
    assert spanish == f"organizer: No existe la carpeta de la base de datos: {gone}\n"
    assert not leaks(spanish, tokens(str(gone)))
    assert english == f"organizer: The folder for the database does not exist: {gone}\n"


def test_a_folder_given_as_the_database_is_told_in_spanish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "carpeta"
    folder.mkdir()
    spanish, english = told_both_ways(capsys, "--db", f"sqlite:///{folder}", "cases")
    assert spanish.startswith(f"organizer: {folder} es una carpeta, no un archivo de base de datos")
    assert not leaks(spanish, tokens(str(folder)) | {"db", "sqlite", "sqlite3", "organizer"})
    assert english == (
        f"organizer: {folder} is a folder, not a database file; it was left untouched. Give "
        "the name of a database file, e.g. --db sqlite:///path/to/organizer.sqlite3\n"
    )


def test_a_database_from_a_newer_version_is_told_in_spanish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "nueva.sqlite3"
    with sqlite3.connect(path) as made:  # what a later version would have written
        made.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        made.execute("INSERT INTO alembic_version VALUES ('zz_del_futuro')")
        made.execute("CREATE TABLE cases (id INTEGER PRIMARY KEY)")
    made.close()
    before = path.read_bytes()
    spanish, english = told_both_ways(capsys, "--db", f"sqlite:///{path}", "cases")
    assert spanish == (
        f"organizer: La base de datos {path} se hizo con una versión más nueva del organizador "
        "(esquema zz_del_futuro). Instale por favor la versión más nueva; la base de datos "
        "no se tocó.\n"
    )
    assert not leaks(spanish, tokens(str(path)) | {"zz_del_futuro"})
    assert english == (
        f"organizer: The database {path} was made by a newer version of the organizer "
        "(schema zz_del_futuro). Please install the newer version; the database was left "
        "untouched.\n"
    )
    assert path.read_bytes() == before


def test_restoring_a_copy_that_is_not_there_is_told_in_spanish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", f"sqlite:///{tmp_path / 'casos.sqlite3'}"]
    copy = tmp_path / "copia.sqlite3"
    spanish, english = told_both_ways(capsys, *db, "copies", "--restore", str(copy))
    assert spanish == f"organizer: No hay ninguna copia en {copy}.\n"
    assert english == f"organizer: There is no copy at {copy}.\n"


def test_writing_into_a_folder_that_is_not_there_is_told_in_spanish(
    spanish_db: tuple[Path, set[str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, data_words = spanish_db
    out = tmp_path / "no-esta" / "caso.json"
    db = ["--db", f"sqlite:///{path}"]
    spanish, english = told_both_ways(capsys, *db, "export", "--out", str(out))
    assert spanish == f"organizer: No existe la carpeta para la exportación: {out.parent}\n"
    assert not leaks(spanish, data_words | tokens(str(out)))
    assert english == f"organizer: The folder for the export does not exist: {out.parent}\n"


COMMANDS = [s.name for s in all_subcommands()]


def help_text(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as stopped:
        main(list(argv))
    assert stopped.value.code == 0
    out, err = capsys.readouterr()
    assert err == ""
    return out


def interface_words(help_out: str) -> str:
    """The help without what is typed as it is: option names, their values' names
    (FOLDER, URL), their choices ({letter,a4}), the commands' names and the examples."""
    text = re.sub(r"\{[^}]*\}|\[[^\]]*\]|--?[\w-]+|\b[A-Z][A-Z_.-]+\b|\S*[/:]\S*", " ", help_out)
    return re.sub(rf"\b({'|'.join(COMMANDS)}|organizer)\b", " ", text)


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_the_help_is_in_spanish(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    argv = [command] if command else []
    spanish = help_text(capsys, *argv, "--help", "--lang", "es")
    assert spanish.startswith(f"uso: organizer {command}".rstrip() + " ")
    assert "mostrar esta ayuda y salir" in spanish
    assert "opciones:" in spanish
    # --lang may stand before the command too
    assert help_text(capsys, "--lang", "es", *argv, "--help") == spanish
    choices = {"letter", "a4", "appeal", "case", "file", "provider", "request", "en", "es"}
    choices |= {"plan", "pharmacy", "provider", "office", "patient", "json", "docx", "pdf", "ics"}
    assert not leaks(interface_words(spanish), choices), spanish
    english = help_text(capsys, *argv, "--help", "--lang", "en")
    assert english.startswith(f"usage: organizer {command}".rstrip() + " ")
    assert "show this help message and exit" in english
    assert "\noptions:\n" in english


def test_the_list_of_commands_is_in_spanish(capsys: pytest.CaptureFixture[str]) -> None:
    spanish = help_text(capsys, "--help", "--lang", "es")
    assert "\ncomandos:\n  cases      ver los casos de la base de datos\n" in spanish
    english = help_text(capsys, "--help", "--lang", "en")
    assert "\ncommands:\n  cases      list the cases in the database\n" in english


def test_a_default_in_the_help_is_said_in_both_languages(
    capsys: pytest.CaptureFixture[str],
) -> None:
    english = " ".join(help_text(capsys, "upcoming", "--help", "--lang", "en").split())
    assert "how far ahead to look, in days (default 14); overdue ones always show" in english
    spanish = " ".join(help_text(capsys, "upcoming", "--help", "--lang", "es").split())
    assert "(si no se indica: 14)" in spanish


def test_why_a_file_was_not_added_is_told_in_spanish(
    say: tuple[object, set[str]], tmp_path: Path, qapp: QApplication
) -> None:
    command, data = say
    letter = tmp_path / "carta.pdf"
    factories.write_text_pdf(letter, ["Carta de prueba"])
    empty = tmp_path / "vacio.pdf"
    empty.write_bytes(b"")
    fake = tmp_path / "falso.pdf"
    fake.write_bytes(b"no es un documento")
    note = tmp_path / "nota.txt"
    note.write_text("hola")
    files = [str(p) for p in (letter, empty, fake, note, tmp_path)]
    assert command("en", "add", str(letter))[0] == 0  # type: ignore[operator]
    code, out, _ = command("es", "add", *files)  # type: ignore[operator]
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "1 archivo ya estaba en su carpeta. 4 archivos no se pudieron agregar."
    assert lines[1].startswith("carta.pdf: Ya está en su carpeta: Imported/")
    assert lines[2:] == [
        "vacio.pdf: Este archivo está vacío.",
        "falso.pdf: Este archivo tiene nombre de PDF, pero no lo es. Solo se pueden agregar "
        "archivos PDF, imágenes (JPEG, PNG, TIFF, HEIC) y correos electrónicos (.eml, .msg).",
        "nota.txt: Solo se pueden agregar archivos PDF, imágenes (JPEG, PNG, TIFF, HEIC) y "
        "correos electrónicos (.eml, .msg).",
        f"{tmp_path.name}: Es una carpeta, no un archivo. Para guardar una carpeta entera de "
        "papeles, ábrala como un caso, o suelte los archivos que hay dentro.",
    ]
    spanish_only(out, data | {"pdf", "png", "tiff", "heic", "eml", "msg"}, str(tmp_path))
    code, english, _ = command("en", "add", *files)  # type: ignore[operator]
    assert english.splitlines()[0] == (
        "1 file was already in your folder. 4 files could not be added."
    )
    assert english.splitlines()[2:] == [  # as the import said them before, word for word
        "vacio.pdf: This file is empty.",
        "falso.pdf: This file is named like a PDF, but it is not one. Only PDF files, pictures "
        "(JPEG, PNG, TIFF, HEIC) and e-mails (.eml, .msg) can be added.",
        "nota.txt: Only PDF files, pictures (JPEG, PNG, TIFF, HEIC) and e-mails (.eml, .msg) "
        "can be added.",
        f"{tmp_path.name}: This is a folder, not a file. To keep a whole folder of papers, open "
        "it as a case instead, or drop the files that are in it.",
    ]


def test_a_mistyped_command_is_told_in_spanish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # no file or folder named like the word here
    spanish, english = told_both_ways(capsys, "mising")
    assert spanish == (
        "organizer: 'mising' no es un comando, ni un archivo o carpeta de aquí. ¿Quiso decir "
        "'missing'? (organizer --help muestra los comandos)\n"
    )
    assert english == (
        "organizer: 'mising' is not a command, nor a file or folder here. Did you mean "
        "'missing'? (organizer --help lists the commands)\n"
    )


def test_what_argparse_says_of_a_wrong_command_line_is_in_spanish(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["sheet", "--paper", "b5", "--lang", "es"])
    assert stopped.value.code == 2
    spanish = capsys.readouterr().err
    assert spanish.startswith("uso: organizer sheet ")
    assert spanish.endswith(
        "organizer sheet: error: opción --paper: valor no válido: 'b5' "
        "(elija entre 'letter', 'a4')\n"
    )
    with pytest.raises(SystemExit):
        main(["sheet", "--lang", "en"])
    english = capsys.readouterr().err
    assert english.startswith("usage: organizer sheet ")
    assert english.endswith("organizer sheet: error: the following arguments are required: --out\n")


def test_what_a_restore_did_is_told_in_spanish(
    spanish_db: tuple[Path, set[str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, data_words = spanish_db
    out = tmp_path / "copia.zip"
    assert run(["--db", f"sqlite:///{path}", "backup", "--out", str(out)], capsys)[0] == 0
    told: dict[str, str] = {}
    for lang in ("es", "en"):
        folder = tmp_path / f"restaurado-{lang}"
        folder.mkdir()
        other = ["--db", f"sqlite:///{tmp_path / f'otra-{lang}.sqlite3'}"]
        try:
            code, told[lang], _ = run(
                [*other, "restore", str(out), "--case", str(folder), "--lang", lang], capsys
            )
        finally:
            language.set_language("en")
        assert code == 0
    spanish, english = told["es"].splitlines(), told["en"].splitlines()
    assert spanish[0].startswith(
        f"Se restauró el caso de {tmp_path / 'restaurado-es'}: entradas del registro: 7; "
    )
    assert spanish[1].startswith("Documentos que lista la copia de seguridad: ")
    spanish_only(told["es"], data_words, str(tmp_path))
    assert english[0].startswith(
        f"Restored the case for {tmp_path / 'restaurado-en'}: 7 log entries, "
    )  # as before
    assert english[1].startswith("Of the ")
