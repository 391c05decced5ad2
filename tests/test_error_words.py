"""Errors a person meets are said in the chosen language, the system's reasons too.

Every ``KnownError`` (and its kinds) is made of a phrase marked for the catalogue
(``core.errors.told``), never of plain text, which would stay English under --lang es; the
operating system's reason (its ``strerror``, English) is said in plain words of the
catalogue (``core.system_words``). The command line shows both in Spanish.
"""

from __future__ import annotations

import ast
import errno
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from organizer import language, words
from organizer.core.system_words import REASONS, system_reason
from tests.test_spanish import leaks, spanish_db, tokens
from tests.test_spanish_cli import say

__all__ = ["say", "spanish_db"]  # the fixtures, shared with tests/test_spanish_cli.py

ROOT = Path(__file__).resolve().parent.parent
CODE = ROOT / "organizer"


# --- the code: no error made of plain text -------------------------------------------------


def _trees() -> dict[Path, ast.Module]:
    return {path: ast.parse(path.read_text(encoding="utf-8")) for path in CODE.rglob("*.py")}


def _error_classes(trees: dict[Path, ast.Module]) -> set[str]:
    """KnownError and every class that derives from it, in any module of ours."""
    names = {"KnownError"}
    grown = True
    while grown:
        grown = False
        for tree in trees.values():
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in names:
                    bases = {
                        b.id if isinstance(b, ast.Name) else getattr(b, "attr", "")
                        for b in node.bases
                    }
                    if bases & names:
                        names.add(node.name)
                        grown = True
    return names


def _plain_text(node: ast.expr) -> bool:
    """A str literal, an f-string, or text glued or formatted from them."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _plain_text(node.left) or _plain_text(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr in ("format", "join") and _plain_text(node.func.value)
    return False


def _texts_named(function: ast.AST) -> set[str]:
    """Names given plain text inside ``function`` (``message = f"…"; raise E(message)``)."""
    return {
        target.id
        for node in ast.walk(function)
        if isinstance(node, ast.Assign) and _plain_text(node.value)
        for target in node.targets
        if isinstance(target, ast.Name)
    }


def _called(node: ast.Call) -> str:
    func = node.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def _marked(node: ast.expr) -> bool:
    """A template marked for the catalogue: QT_TRANSLATE_NOOP(…), or a name or table that
    holds one (a constant of the module), never a literal lupdate can't see ("{0}", a
    value said as it is, has nothing to translate)."""
    if isinstance(node, ast.Call):
        return _called(node) == "QT_TRANSLATE_NOOP"
    if isinstance(node, ast.Constant) and node.value == "{0}":
        return True
    return not _plain_text(node)


def plain_errors() -> list[str]:
    trees = _trees()
    errors = _error_classes(trees)
    found: list[str] = []
    for path, tree in trees.items():
        where = path.relative_to(ROOT)
        scopes = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]
        for scope in [tree, *scopes]:
            named = _texts_named(scope) if scope is not tree else set()
            for node in ast.walk(scope):
                if not isinstance(node, ast.Call) or not node.args:
                    continue
                first = node.args[0]
                name = _called(node)
                if name in errors and (
                    _plain_text(first) or (isinstance(first, ast.Name) and first.id in named)
                ):
                    found.append(f"{where}:{node.lineno}: {ast.unparse(node)[:100]}")
                if name == "told" and not _marked(first):
                    found.append(f"{where}:{node.lineno}: {ast.unparse(node)[:100]}")
    return sorted(set(found))


def test_no_error_a_person_reads_is_made_of_plain_text() -> None:
    found = plain_errors()
    assert not found, (
        "These errors are plain text, so they stay English in Spanish: make each one a "
        'told(QT_TRANSLATE_NOOP("errors", "…"), values…) (organizer/core/errors.py), then '
        "run ./scripts/update-translations and fill in the Spanish.\n" + "\n".join(found)
    )


def test_the_check_finds_plain_text_errors(tmp_path: Path) -> None:
    """The check above sees each way an error can be made of plain text."""
    tree = ast.parse(
        "def f(x):\n"
        "    message = f'Can not read {x}'\n"
        "    raise KnownError(message)\n"
        "class BadFile(KnownError):\n"
        "    pass\n"
        "def g(x):\n"
        "    raise BadFile('no ' + x)\n"
        "def h(x):\n"
        "    return told('{0} is gone', x)\n"
    )
    errors = _error_classes({tmp_path: tree})
    assert errors == {"KnownError", "BadFile"}
    f, _cls, g, h = tree.body
    assert isinstance(f, ast.FunctionDef) and _texts_named(f) == {"message"}
    raised = [n for n in ast.walk(g) if isinstance(n, ast.Call) and _called(n) == "BadFile"]
    assert _plain_text(raised[0].args[0])
    made = [n for n in ast.walk(h) if isinstance(n, ast.Call) and _called(n) == "told"]
    assert not _marked(made[0].args[0])


# --- the system's reasons ------------------------------------------------------------------


@pytest.fixture
def spanish() -> Iterator[None]:
    language.set_language("es")
    yield
    language.set_language("en")


def _error_of(action: object) -> OSError:
    try:
        action()  # type: ignore[operator]
    except OSError as exc:
        return exc
    raise AssertionError("the system did not refuse")


def test_the_systems_reasons_are_said_in_plain_spanish(tmp_path: Path, spanish: None) -> None:
    a_file = tmp_path / "nota.txt"
    a_file.write_text("hola")
    refused = {
        errno.ENOENT: _error_of(lambda: (tmp_path / "no-está.pdf").open("rb")),
        errno.EISDIR: _error_of(lambda: tmp_path.open("wb")),
        errno.ENOTDIR: _error_of(lambda: (a_file / "carpeta").mkdir()),
        errno.EEXIST: _error_of(lambda: tmp_path.mkdir()),
        errno.ENAMETOOLONG: _error_of(lambda: (tmp_path / ("x" * 300)).open("rb")),
    }
    said = {}
    for code, exc in refused.items():
        assert exc.errno == code  # the real system's refusal, as it comes
        said[code] = words.say(system_reason(exc))
        assert said[code] != exc.strerror and said[code] == language.translate(
            "errors", REASONS[code]
        )
    assert said == {
        errno.ENOENT: "no existe",
        errno.EISDIR: "es una carpeta, no un archivo",
        errno.ENOTDIR: "una parte de su ruta es un archivo, no una carpeta",
        errno.EEXIST: "ya hay algo con ese nombre",
        errno.ENAMETOOLONG: "su nombre es demasiado largo",
    }
    rare = OSError(errno.EPIPE, os.strerror(errno.EPIPE))
    assert words.say(system_reason(rare)) == os.strerror(errno.EPIPE)  # the system's own


def test_the_systems_reasons_stay_as_they_were_in_english(tmp_path: Path) -> None:
    exc = _error_of(lambda: (tmp_path / "gone.pdf").open("rb"))
    assert system_reason(exc).english() == "it does not exist"
    assert words.say(system_reason(exc)) == "it does not exist"


# --- the command line, in Spanish ----------------------------------------------------------


def _spanish_error(err: str, data: set[str], paths: str) -> None:
    assert err.startswith("organizer: "), err
    assert not leaks(err, data | tokens(paths)), err


def test_a_sheet_that_cant_be_written_is_told_in_spanish(
    say: tuple[object, set[str]], tmp_path: Path, qapp: QApplication
) -> None:
    command, data = say
    target = tmp_path / f"{'hoja' * 70}.pdf"  # longer than a disk allows a name to be
    code, out, err = command("es", "sheet", "--out", str(target))  # type: ignore[operator]
    assert (code, out) == (2, "")
    assert err == (
        f"organizer: No se puede escribir la hoja de estado en {target}: "
        "su nombre es demasiado largo.\n"
    )
    _spanish_error(err, data, str(target))
    english = command("en", "sheet", "--out", str(target))[2]  # type: ignore[operator]
    assert english == f"organizer: The sheet can't be written to {target}: its name is too long.\n"
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob(".*.tmp"))


def test_a_file_that_is_not_there_is_told_in_spanish(
    say: tuple[object, set[str]], tmp_path: Path
) -> None:
    command, data = say
    gone = tmp_path / "copia.organizer-backup"
    folder = tmp_path / "papeles"
    folder.mkdir()
    code, out, err = command("es", "restore", str(gone), "--case", str(folder))  # type: ignore[operator]
    assert (code, out) == (2, "")
    assert err == f"organizer: No se puede leer {gone}: no existe.\n"
    _spanish_error(err, data, str(tmp_path))


def test_an_export_that_is_not_json_is_told_in_spanish(
    say: tuple[object, set[str]], tmp_path: Path
) -> None:
    command, data = say
    broken = tmp_path / "caso.json"
    broken.write_text('{"format": "organizer-export",\n "version": 2,\n oops}', encoding="utf-8")
    folder = tmp_path / "papeles"
    folder.mkdir()
    code, out, err = command("es", "import", str(broken), "--case", str(folder))  # type: ignore[operator]
    assert (code, out) == (2, "")
    assert err == (
        "organizer: No se puede importar caso.json: no es JSON válido (línea 3). "
        "No se cambió nada.\n"
    )
    _spanish_error(err, data, str(tmp_path))
    english = command("en", "import", str(broken), "--case", str(folder))[2]  # type: ignore[operator]
    assert english == (
        "organizer: Can't import caso.json: it is not valid JSON (line 3). Nothing was changed.\n"
    )


def test_a_database_address_the_organizer_cant_use_is_told_in_spanish(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from tests.test_spanish import run

    try:
        code, out, err = run(
            ["--lang", "es", "--db", "mysql://ana@servidor/casos", "cases"], capsys
        )
    finally:
        language.set_language("en")
    assert (code, out) == (2, "")
    assert err.startswith(
        "organizer: El organizador guarda sus casos en un archivo SQLite o en un servidor "
        "PostgreSQL, no en mysql."
    ), err
    assert not leaks(
        err, tokens("mysql ana servidor casos sqlite ruta archivo postgresql psycopg")
    ), err


def test_why_a_dropped_file_was_not_added_says_the_systems_reason_in_spanish(
    tmp_path: Path, spanish: None
) -> None:
    from organizer.core import import_words

    exc = _error_of(tmp_path.mkdir)  # it is there already
    stored = import_words.CANT_READ.format(system_reason(exc).english())  # as the report keeps it
    assert stored == "This file can't be read (something with that name is already there)."
    assert (
        words.import_reason(stored) == "No se puede leer este archivo (ya hay algo con ese nombre)."
    )


# --- why a document could not be read ------------------------------------------------------


def test_why_a_document_could_not_be_read_is_said_in_spanish(tmp_path: Path, spanish: None) -> None:
    from organizer.jobs.read_file import read_file

    empty = tmp_path / "vacío.pdf"
    empty.write_bytes(b"")
    not_a_document = tmp_path / "carta.pdf"
    not_a_document.write_text("solo texto, no un PDF")
    fifo = tmp_path / "tubo.pdf"
    os.mkfifo(fifo)
    stored = {
        name: read_file(str(tmp_path / name)).error
        for name in ("vacío.pdf", "carta.pdf", "tubo.pdf")
    }
    assert stored == {  # kept in English with the document, as before
        "vacío.pdf": "The file is empty (0 bytes).",
        "carta.pdf": "This file is named like a document, but it is not a PDF or a picture.",
        "tubo.pdf": "The file can't be opened: it is a pipe, not an ordinary file.",
    }
    said = {name: words.read_problem(text) for name, text in stored.items()}
    assert said == {
        "vacío.pdf": "El archivo está vacío (0 bytes).",
        "carta.pdf": "Este archivo tiene nombre de documento, pero no es un PDF ni una imagen.",
        "tubo.pdf": "No se puede abrir el archivo: es una tubería, no un archivo común.",
    }
    nested = "The scanned pages could not be read: Reading it took too long."
    assert words.read_problem(nested) == (
        "No se pudieron leer las páginas escaneadas: Leerlo tardó demasiado."
    )
    assert words.read_problem("A reason no template makes") == "A reason no template makes"


def test_a_file_named_for_the_window_that_is_not_there_is_told_in_spanish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.test_spanish import run

    gone = tmp_path / "receta.pdf"
    try:
        code, out, err = run(["--lang", "es", str(gone)], capsys)
    finally:
        language.set_language("en")
    assert (code, out, err) == (2, "", f"organizer: No se encontró: {gone}\n")


def test_a_wrong_value_in_an_export_is_told_in_spanish(
    say: tuple[object, set[str]], tmp_path: Path
) -> None:
    import json

    command, _data = say
    exported = tmp_path / "caso.json"
    assert command("en", "export", "--out", str(exported))[0] == 0  # type: ignore[operator]
    content = json.loads(exported.read_text(encoding="utf-8"))
    content["case"]["therapy_start"] = "mañana"
    exported.write_text(json.dumps(content), encoding="utf-8")
    folder = tmp_path / "papeles"
    folder.mkdir()
    code, out, err = command("es", "import", str(exported), "--case", str(folder))  # type: ignore[operator]
    assert (code, out) == (2, "")
    assert err == (
        'organizer: No se puede importar caso.json: case.therapy_start "mañana" no es '
        "una fecha (AAAA-MM-DD). No se cambió nada.\n"
    )
    english = command("en", "import", str(exported), "--case", str(folder))[2]  # type: ignore[operator]
    assert english == (
        'organizer: Can\'t import caso.json: case.therapy_start "mañana" is not a date '
        "(YYYY-MM-DD). Nothing was changed.\n"
    )


def test_a_quoted_value_keeps_its_letters_and_escapes_what_cant_be_shown() -> None:
    from organizer.services.export_checks import quoted

    assert quoted("mañana", 40) == '"mañana"'  # as typed, not "ma\\u00f1ana"
    assert quoted("una\nlínea", 40) == '"una\\nlínea"'  # a message stays on its line
    assert quoted("bad\udcff", 40) == '"bad\\udcff"'  # not text: shown escaped, printable
