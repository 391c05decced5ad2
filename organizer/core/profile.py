"""The case profile as the user types it: who the patient is and who is involved."""

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from organizer.core.phrases import QT_TRANSLATE_NOOP


class PlanType(StrEnum):
    """The kind of plan, which sets the standard review clock (resources/review_clocks.json).

    An empty plan type means not known yet (then it may be read from the letters).
    """

    ORIGINAL_MEDICARE = "original_medicare"
    MEDICARE_ADVANTAGE = "medicare_advantage"
    MEDICARE_PART_D = "medicare_part_d"
    MEDICAID = "medicaid"
    COMMERCIAL = "commercial"
    OTHER = "other"


PLAN_TYPE_WORDS: dict[str, str] = {
    PlanType.ORIGINAL_MEDICARE: QT_TRANSLATE_NOOP("phrases", "Original Medicare"),
    PlanType.MEDICARE_ADVANTAGE: QT_TRANSLATE_NOOP("phrases", "Medicare Advantage"),
    PlanType.MEDICARE_PART_D: QT_TRANSLATE_NOOP("phrases", "Medicare Part D"),
    PlanType.MEDICAID: QT_TRANSLATE_NOOP("phrases", "Medicaid"),
    PlanType.COMMERCIAL: QT_TRANSLATE_NOOP("phrases", "Commercial or employer plan"),
    PlanType.OTHER: QT_TRANSLATE_NOOP("phrases", "Other"),
}


@dataclass(slots=True)
class Contact:
    """An organisation the user deals with: the provider office or the pharmacy."""

    name: str = ""
    phone: str = ""
    fax: str = ""
    contact: str = ""


@dataclass(slots=True)
class CaseProfile:
    patient: str = ""
    therapy: str = ""
    therapy_start: date | None = None
    payer: str = ""
    member_id: str = ""
    group_number: str = ""
    payer_phone: str = ""
    payer_fax: str = ""
    plan_type: str = ""
    patient_dob: date | None = None
    secondary_payer: str = ""
    secondary_member_id: str = ""
    provider_office: Contact = field(default_factory=Contact)
    pharmacy: Contact = field(default_factory=Contact)

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> "CaseProfile":
        """Build a profile from the export/demo JSON shape, ignoring unknown keys."""

        def text(key: str) -> str:
            value = data.get(key)
            return value if isinstance(value, str) else ""

        def contact(key: str) -> Contact:
            raw = data.get(key)
            if not isinstance(raw, dict):
                return Contact()
            return Contact(
                **{f: str(raw.get(f) or "") for f in ("name", "phone", "fax", "contact")}
            )

        def day(key: str) -> date | None:
            value = data.get(key)
            return date.fromisoformat(value) if isinstance(value, str) and value else None

        plan = text("plan_type")
        return cls(
            patient=text("patient"),
            therapy=text("therapy"),
            therapy_start=day("therapy_start"),
            payer=text("payer"),
            member_id=text("member_id"),
            group_number=text("group_number"),
            payer_phone=text("payer_phone"),
            payer_fax=text("payer_fax"),
            plan_type=plan if plan in PLAN_TYPE_WORDS else "",
            patient_dob=day("patient_dob"),
            secondary_payer=text("secondary_payer"),
            secondary_member_id=text("secondary_member_id"),
            provider_office=contact("provider_office"),
            pharmacy=contact("pharmacy"),
        )
