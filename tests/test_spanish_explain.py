"""Why a document was sorted as it was: the same English words as ever, and in Spanish.

The reading writes each reason from a template and its values (``core.understand.explain``);
the English text is what is stored with the document and exported. The preview says the
same reason in the chosen language; the words quoted from the document stay as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from organizer import language
from organizer.core.phrases import Label, Phrase, english
from organizer.core.records import CaseInfo
from organizer.core.understand import CaseContext, explain, understand
from organizer.core.understand.explain import explanation_phrase
from organizer.gui.tasks import TaskRunner
from organizer.gui.translation import install_translators
from organizer.jobs.indexer import Indexer, IndexSettings
from organizer.storage.database import Database
from organizer.words import say_explanation
from tests import factories
from tests.test_spanish import leaks, tokens
from tests.test_understand_proposals import APPROVAL, CONTEXT, REQUEST
from tests.test_window import REQUEST_LETTER, make_window

DOUBTFUL = REQUEST_LETTER.replace(
    "Member ID: BHP447201983\n",
    "Member ID: BHP447201983\nCase number: BHP-PA-2611-0457\nCase number: BHP-PA-2611-0999\n",
)
QUOTED = re.compile(r"\u201c[^\u201d]*\u201d")


@pytest.fixture
def spanish() -> Iterator[None]:
    language.set_language("es")
    yield
    language.set_language("en")


def unquoted(text: str) -> str:
    """What the app itself says: the words quoted from the document taken out."""
    return QUOTED.sub(" ", text)


def test_the_english_reasons_are_the_words_they_always_were() -> None:
    # As the reading wrote them before its reasons were made from templates.
    assert list(understand(DOUBTFUL).reasons) == [
        'Kind letter: found "we need more information"',
        'Kind letter: found "case number"',
        'Kind letter: found "we need"',
        'Kind letter: found "your request"',
        'Outcome info_requested: found "we need more information"',
        'Outcome info_requested: found "need more information"',
        'Outcome info_requested: found "send the following"',
        'Outcome info_requested: found "please send"',
        'Sender payer: found "health plan"',
        'Document date: the date at the top, "November 14, 2026"',
        "Asks for: clinical notes, lab results",
        'Member ID: read from "Member ID"',
        'Due date: "Please send by November 24, 2026"',
        "Not sure of the reference number, please check: BHP-PA-2611-0457 or BHP-PA-2611-0999",
    ]
    approval = understand(APPROVAL, context=CONTEXT).reasons
    assert approval[-3:] == (
        'Reference number: read from "Authorization number A250702-7781"',
        'Member ID: read from "Member ID"',
        "Fulfils: prior authorization (an approval)",
    )
    assert 'Sender payer: found "Cedar Mutual Health"' in approval


def sample(kind: str, number: int) -> str:
    """A value of each kind a template holds, as the reading writes it."""
    return {
        "k": "letter",
        "o": "info_requested",
        "s": "payer",
        "w": explain.WRITERS["provider"],
        "r": explain.FOUND.format("Dear Member"),
        "l": "clinical notes, letter of medical necessity",
        "f": f"{explain.SIGNED_FORM}; {explain.APPROVAL}",
        "i": "medication history",
        "d": "reference number",
        "c": "approved or informational",
        "n": "12",
        "p": "85%",
    }.get(kind, ("Rosa Peña", "María Ruiz")[number % 2])


def every_reason() -> list[str]:
    made = [
        template.format(*(sample(kind, n) for n, kind in enumerate(kinds)))
        for template, kinds in explain._KINDS.items()
    ]
    made.append(explain.UNSURE.format("due date", explain.NOTHING_CLEAR))
    made.append(explain.UNSURE.format("document date", "2026-03-03 or 2026-03-10"))
    made.append(explain.CASE_ID.format(explain.MEMBER_PRINTED))
    return made


def test_every_reason_is_found_again_from_its_english_words() -> None:
    for text in every_reason():
        phrase = explanation_phrase(text)
        assert phrase is not None, text
        assert phrase.english() == text
    assert explanation_phrase("Fulfils: a rule of my own (mine)") is None  # shown as stored


def test_every_reason_is_said_in_spanish_without_english_words(spanish: None) -> None:
    data = tokens("Rosa Peña María Ruiz Dear Member")
    for text in every_reason():
        said = say_explanation(text)
        assert said != text, text
        assert not leaks(unquoted(said), data), (text, said)
    assert say_explanation("Asks for: clinical notes, letter of medical necessity") == (
        "Pide: notas clínicas, carta de necesidad médica"
    )
    assert say_explanation(
        explain.UNSURE.format("letter outcome", "approved or informational")
    ) == (
        "No se sabe con certeza el resultado de la carta; revíselo, por favor: "
        "aprobado o para su información"
    )
    with language.in_language("en"):  # English is the stored text, word for word
        assert all(say_explanation(text) == text for text in every_reason())


@pytest.mark.parametrize(
    "letter, context",
    [
        (DOUBTFUL, CaseContext()),
        (APPROVAL, CONTEXT),
        (REQUEST, CONTEXT),
        (APPROVAL, CaseContext(patient="Rosa Peña", member_ids=("ZZ-99887766",))),
    ],
)
def test_the_reasons_of_a_read_letter_are_all_said_in_spanish(
    spanish: None, letter: str, context: CaseContext
) -> None:
    found = understand(letter, context=context)
    assert found.reasons
    data = tokens(context.patient) | tokens("Ellen Park")  # a name the letter gives
    for text in found.reasons:
        assert explanation_phrase(text) is not None, text
        said = say_explanation(text)
        assert not leaks(unquoted(said), data), (text, said)
        assert QUOTED.findall(said) == [
            f"\u201c{q}\u201d" for q in re.findall(r'"([^"]*)"', text)
        ], "what the letter says is quoted as written"


def test_a_label_inside_a_reason_is_said_like_the_checklist() -> None:
    phrase = explanation_phrase("Asks for: lab results")
    assert phrase is not None
    (labels,) = phrase.args
    assert isinstance(labels, Phrase) and labels.args == (Label("Lab results"),)
    assert english(phrase) == "Asks for: lab results"


def test_the_preview_says_why_in_spanish(
    qtbot: QtBot,
    qapp: QApplication,
    db: Database,
    case: CaseInfo,
    case_folder: Path,
    runner: TaskRunner,
) -> None:
    factories.write_text_pdf(case_folder / "request.pdf", [DOUBTFUL])
    indexer = Indexer(db, case, IndexSettings(ocr=False, settle_seconds=0))
    indexer.run_once()
    indexer.close()
    language.set_language("es")
    installed = install_translators(qapp)
    window = make_window(qtbot, db, case, runner, watch=False)
    try:
        window.select_document(next(d.id for d in window.snapshot.documents))  # type: ignore[union-attr]
        reasons = window.preview.reasons
        qtbot.waitUntil(lambda: "Pide:" in reasons.text(), timeout=5000)
        text = reasons.text()
        field = window.preview.fields["reference"].text()
    finally:
        window.controller.stop()
        language.set_language("en")
        for translator in installed:
            qapp.removeTranslator(translator)
    assert "Pide: notas clínicas, resultados de laboratorio" in text
    assert "Tipo (carta): dice \u201cwe need more information\u201d" in text
    assert "Fecha del documento: la fecha de arriba, \u201cNovember 14, 2026\u201d" in text
    assert "No se sabe con certeza el número de referencia" in text
    assert "BHP-PA-2611-0457 o BHP-PA-2611-0999" in field
    data = tokens(case.folder) | tokens(case.title)
    assert not leaks(unquoted(text), data), text
