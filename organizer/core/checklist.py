"""The checklist of things a home infusion case usually needs, with plain-words labels."""

from dataclasses import dataclass
from enum import StrEnum

from organizer.core.phrases import QT_TRANSLATE_NOOP


class Responsible(StrEnum):
    """Who usually provides an item, by role. The case profile supplies the real names."""

    PROVIDER = "provider"
    PHARMACY = "pharmacy"
    PAYER = "payer"
    PATIENT = "patient"


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    key: str
    label: str
    usually_from: Responsible
    expects_decision: bool = False


CHECKLIST: tuple[ChecklistItem, ...] = (
    ChecklistItem(
        "prescription",
        QT_TRANSLATE_NOOP("phrases", "Prescription or therapy order"),
        Responsible.PROVIDER,
    ),
    ChecklistItem(
        "insurance_card", QT_TRANSLATE_NOOP("phrases", "Insurance card copy"), Responsible.PATIENT
    ),
    ChecklistItem(
        "benefits_verification",
        QT_TRANSLATE_NOOP("phrases", "Benefits check"),
        Responsible.PHARMACY,
        expects_decision=True,
    ),
    ChecklistItem(
        "prior_authorization",
        QT_TRANSLATE_NOOP("phrases", "Prior authorization"),
        Responsible.PROVIDER,
        expects_decision=True,
    ),
    ChecklistItem(
        "clinical_notes", QT_TRANSLATE_NOOP("phrases", "Clinical notes"), Responsible.PROVIDER
    ),
    ChecklistItem("lab_results", QT_TRANSLATE_NOOP("phrases", "Lab results"), Responsible.PROVIDER),
    ChecklistItem(
        "diagnosis", QT_TRANSLATE_NOOP("phrases", "Diagnosis details"), Responsible.PROVIDER
    ),
    ChecklistItem(
        "medication_history",
        QT_TRANSLATE_NOOP("phrases", "Medication history"),
        Responsible.PROVIDER,
    ),
    ChecklistItem(
        "medical_necessity",
        QT_TRANSLATE_NOOP("phrases", "Letter of medical necessity"),
        Responsible.PROVIDER,
    ),
    ChecklistItem(
        "signed_forms", QT_TRANSLATE_NOOP("phrases", "Signed forms"), Responsible.PATIENT
    ),
)

CHECKLIST_BY_KEY: dict[str, ChecklistItem] = {item.key: item for item in CHECKLIST}

# A new case starts with one log entry for each of these.
STARTER_ITEMS: tuple[str, ...] = (
    "prescription",
    "insurance_card",
    "benefits_verification",
    "prior_authorization",
)


def checklist_item(key: str) -> ChecklistItem:
    """Return the checklist item for ``key``; unknown keys are a bug in the caller."""
    try:
        return CHECKLIST_BY_KEY[key]
    except KeyError:
        raise ValueError(f"unknown checklist item {key!r}") from None
