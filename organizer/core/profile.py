"""The case profile as the user types it: who the patient is and who is involved."""

from dataclasses import dataclass, field
from datetime import date


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

        start = data.get("therapy_start")
        return cls(
            patient=text("patient"),
            therapy=text("therapy"),
            therapy_start=date.fromisoformat(start) if isinstance(start, str) and start else None,
            payer=text("payer"),
            member_id=text("member_id"),
            group_number=text("group_number"),
            payer_phone=text("payer_phone"),
            secondary_payer=text("secondary_payer"),
            secondary_member_id=text("secondary_member_id"),
            provider_office=contact("provider_office"),
            pharmacy=contact("pharmacy"),
        )
