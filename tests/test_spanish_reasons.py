"""Why a link is suggested: the same English words as ever, and in the window in Spanish.

Core writes each reason from a template and its values (``core.understand.reasons``); the
English text is what is stored and exported, and the window says it in the chosen language,
its dates the Spanish way.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from organizer import language
from organizer.core.phrases import Arg, Phrase
from organizer.core.records import ProposalInfo
from organizer.core.understand import reasons
from organizer.core.understand.reasons import reason_phrase
from organizer.gui.review_panel import ProposalRow
from organizer.gui.translation import install_translators
from organizer.services.own_files import PACKET_REASON
from organizer.words import say_reason
from tests.test_spanish import leaks, tokens
from tests.test_understand_proposals import APPROVAL, REQUEST, entry, proposals_for

LETTER_DAY = date(2026, 11, 19)
QUOTED = "IVIG 30 g (Análisis de sangre)"
MEMBER = "RRX-5518820"


def sample(kind: str, number: int) -> Arg:
    """A value of each kind a reason holds: a day, a label, how it was sent, quoted words."""
    if kind == "d":
        return reasons.when(LETTER_DAY if number == 0 else date(2026, 12, 3))
    if kind == "l":
        return reasons.label(("prior_authorization", "lab_results", "signed_forms")[number % 3])
    if kind == "h":
        return reasons.how_sent("fax")
    return MEMBER if number == 0 else QUOTED


def every_reason() -> list[Phrase]:
    made = [
        reasons.reason(template, *(sample(kind, n) for n, kind in enumerate(kinds)))
        for template, kinds in reasons._KINDS.items()
    ]
    made.append(reasons.reason(reasons.NOT_TRACKED, reasons.when(None), reasons.label("x_ray")))
    made.append(reasons.reason(reasons.TRACKED, reasons.label("lab_results"), ""))
    made.append(
        reasons.reason(
            reasons.RECEIVED_SENT,
            reasons.when(LETTER_DAY),
            reasons.label("medication_history"),
            QUOTED,
            reasons.when(LETTER_DAY),
            reasons.how_sent("portal"),
        )
    )
    return made


@pytest.fixture
def spanish() -> Iterator[None]:
    language.set_language("es")
    yield
    language.set_language("en")


def test_the_english_reasons_are_the_words_they_always_were() -> None:
    log = [entry(1, "prior_authorization", "Prior authorization for home IVIG")]
    (decision,) = proposals_for(APPROVAL, log)
    assert decision.reason == (
        "This letter of Jul 2, 2025 approves a prior authorization: "
        "\u201cPrior authorization for home IVIG\u201d."
    )
    asked = {p.new_entry_item: p.reason for p in proposals_for(REQUEST, [])}
    assert asked["medication_history"] == (
        "This letter of Jun 10, 2025 asks for medication history, due Jun 24, 2025, and "
        "nothing open in your log tracks it yet."
    )
    assert say_reason(decision.reason) == decision.reason  # English: shown as stored


def test_every_reason_is_found_again_from_its_english_words() -> None:
    made = every_reason()
    assert len(made) == len(reasons._KINDS) + 3
    for phrase in made:
        assert reason_phrase(phrase.english()) == phrase, phrase.english()
    # Words no template makes (a packet's own link, a reason from an older version) stay.
    assert reason_phrase(PACKET_REASON) is None
    assert reason_phrase("This letter of Nov 40, 2026 approves a prior authorization: “x”.") is None


def test_every_reason_is_said_in_spanish_with_spanish_dates(spanish: None) -> None:
    data_words = tokens(f"{QUOTED} {MEMBER}")
    for phrase in every_reason():
        said = say_reason(phrase.english())
        assert said != phrase.english() and "{" not in said, said
        assert not leaks(said, data_words), said
        if "{0}" in phrase.text and reasons._KINDS[phrase.text].startswith("d"):
            assert "19 de noviembre de 2026" in said or "fecha desconocida" in said, said
    made = every_reason()
    assert say_reason(made[-1].english()) == (
        "Esta carta con fecha 19 de noviembre de 2026 trata de historial de medicamentos "
        f"(\u201c{QUOTED}\u201d): dice que se recibió. Al aceptar, se marca como enviado el "
        "19 de noviembre de 2026, por el portal."
    )
    assert say_reason(PACKET_REASON) == PACKET_REASON


def suggestion(reason: str, flag: str = "") -> ProposalInfo:
    return ProposalInfo(
        link_id=1,
        log_id=1,
        entry_what="Prior authorization",
        entry_item="prior_authorization",
        new_entry=False,
        document_id=1,
        path="/case/approval.pdf",
        role="decision",
        confidence=0.85,
        reason=reason,
        flag=flag,
    )


def test_the_window_in_spanish_says_why_in_spanish(qtbot: QtBot, qapp: QApplication) -> None:
    log = [entry(1, "prior_authorization", "Prior authorization for home IVIG")]
    (decision,) = proposals_for(APPROVAL, log)
    flag = reasons.reason(reasons.OTHER_MEMBER, MEMBER).english()
    english = ProposalRow(suggestion(decision.reason, flag))
    qtbot.addWidget(english)
    assert english.why.text() == f"Why: {decision.reason} (about 85% sure)"
    language.set_language("es")
    installed = install_translators(qapp)
    try:
        row = ProposalRow(suggestion(decision.reason, flag))
        qtbot.addWidget(row)
        why = row.why.text()
        assert row.flag is not None
        flagged = row.flag.text()
    finally:
        language.set_language("en")
        for translator in installed:
            qapp.removeTranslator(translator)
    assert why == (
        "Por qué: Esta carta con fecha 2 de julio de 2025 aprueba una autorización previa: "
        "\u201cPrior authorization for home IVIG\u201d. (seguro en un 85%)"
    )
    assert flagged == f"<b>Esta carta es para el número de miembro {MEMBER}, no para este caso.</b>"
    assert not leaks(why, tokens("Prior authorization for home IVIG"))


def test_the_proposals_command_says_its_suggestions_in_spanish(
    qapp: object, capsys: pytest.CaptureFixture[str]
) -> None:
    from organizer.cli.main import main

    try:
        assert main(["--demo", "--lang", "es", "proposals"]) == 0
    finally:
        language.set_language("en")
    out = capsys.readouterr().out
    assert "por qué: Esta carta con fecha 19 de noviembre de 2026 aprueba" in out
    assert "Autorización previa: la respuesta" in out
    # The pharmacy's benefits check is its result, not something the patient sent.
    assert "Verificación de beneficios: el resultado" in out
    assert "Verificación de beneficios: lo que se envió" not in out
    assert "why:" not in out and "This letter" not in out
    assert main(["--demo", "proposals"]) == 0
    english = capsys.readouterr().out
    assert "why: This letter of Nov 19, 2026 approves a prior authorization" in english
    assert "Benefits check: the result" in english
    assert "Benefits check: what was sent" not in english
