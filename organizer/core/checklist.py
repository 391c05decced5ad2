"""The checklist of things a home infusion case usually needs, with plain-words labels."""

from dataclasses import dataclass
from enum import StrEnum


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
    ChecklistItem("prescription", "Prescription or therapy order", Responsible.PROVIDER),
    ChecklistItem("insurance_card", "Insurance card copy", Responsible.PATIENT),
    ChecklistItem(
        "benefits_verification", "Benefits check", Responsible.PHARMACY, expects_decision=True
    ),
    ChecklistItem(
        "prior_authorization", "Prior authorization", Responsible.PROVIDER, expects_decision=True
    ),
    ChecklistItem("clinical_notes", "Clinical notes", Responsible.PROVIDER),
    ChecklistItem("lab_results", "Lab results", Responsible.PROVIDER),
    ChecklistItem("diagnosis", "Diagnosis details", Responsible.PROVIDER),
    ChecklistItem("medication_history", "Medication history", Responsible.PROVIDER),
    ChecklistItem("medical_necessity", "Letter of medical necessity", Responsible.PROVIDER),
    ChecklistItem("signed_forms", "Signed forms", Responsible.PATIENT),
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
