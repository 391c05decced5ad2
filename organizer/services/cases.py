"""Creating, finding and describing cases."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, object_session

from organizer.core.checklist import STARTER_ITEMS, checklist_item
from organizer.core.errors import CaseNotFoundError, KnownError, told
from organizer.core.missing import who_for
from organizer.core.phrases import QT_TRANSLATE_NOOP, Phrase
from organizer.core.profile import CaseProfile, Contact
from organizer.core.records import CaseInfo
from organizer.core.types import ActivityAction, LogStatus
from organizer.services import activity, edit_versions, local_folders
from organizer.storage.database import Database
from organizer.storage.models import Case, LogEntry


def normalise_folder(folder: Path) -> str:
    """Cases are keyed by the absolute, resolved folder path."""
    return str(folder.expanduser().resolve())


def profile_of(case: Case) -> CaseProfile:
    return CaseProfile(
        patient=case.patient,
        therapy=case.therapy,
        therapy_start=case.therapy_start,
        payer=case.payer,
        member_id=case.member_id,
        group_number=case.group_number,
        payer_phone=case.payer_phone,
        payer_fax=case.payer_fax or "",
        plan_type=case.plan_type or "",
        patient_dob=case.patient_dob,
        secondary_payer=case.secondary_payer,
        secondary_member_id=case.secondary_member_id,
        provider_office=Contact(
            case.provider_name, case.provider_phone, case.provider_fax, case.provider_contact
        ),
        pharmacy=Contact(
            case.pharmacy_name, case.pharmacy_phone, case.pharmacy_fax, case.pharmacy_contact
        ),
    )


def apply_profile(case: Case, profile: CaseProfile) -> dict[str, list[object]]:
    """Copy the profile onto the row; return what changed as ``{field: [old, new]}``."""
    values: dict[str, object] = {
        "patient": profile.patient,
        "therapy": profile.therapy,
        "therapy_start": profile.therapy_start,
        "payer": profile.payer,
        "member_id": profile.member_id,
        "group_number": profile.group_number,
        "payer_phone": profile.payer_phone,
        "payer_fax": profile.payer_fax,
        "plan_type": profile.plan_type,
        "patient_dob": profile.patient_dob,
        "secondary_payer": profile.secondary_payer,
        "secondary_member_id": profile.secondary_member_id,
    }
    for prefix, contact in (("provider", profile.provider_office), ("pharmacy", profile.pharmacy)):
        for field in ("name", "phone", "fax", "contact"):
            values[f"{prefix}_{field}"] = getattr(contact, field)
    changes: dict[str, list[object]] = {}
    for key, new in values.items():
        old = getattr(case, key, None)
        if old != new:
            changes[key] = [old, new]
            setattr(case, key, new)
    return changes


def case_info(case: Case) -> CaseInfo:
    """The case as this computer sees it: with its folder here (see local_folders)."""
    folder = case.folder
    session = object_session(case)
    if session is not None and session.get_bind().dialect.name == "postgresql":
        database = local_folders.identity(session.connection())
        if database is not None:
            folder = local_folders.folder_of(database, case.id) or folder
    return CaseInfo(id=case.id, folder=folder, profile=profile_of(case), version=case.version)


def add_case_row(
    session: Session,
    folder_key: str,
    profile: CaseProfile,
    now: datetime,
    changes: dict[str, object],
    summary: str,
) -> Case:
    """Add a case row with its profile, and its "created" line in the history."""
    case = Case(folder=folder_key, created_at=now)
    apply_profile(case, profile)
    session.add(case)
    session.flush()
    activity.note(session, case, ActivityAction.CREATED, {"folder": folder_key, **changes}, summary)
    return case


class CaseExistsError(KnownError):
    """The folder has a case already (perhaps made a moment ago by another run)."""


def create_case(db: Database, folder: Path, profile: CaseProfile | None = None) -> CaseInfo:
    """Create a case for ``folder`` with its four starter log entries."""
    profile = profile or CaseProfile()
    now = datetime.now(UTC)
    key = normalise_folder(folder)
    with db.session() as session:
        if session.scalar(select(Case.id).where(Case.folder == key)) is not None:
            raise CaseExistsError(
                told(
                    QT_TRANSLATE_NOOP("errors", "There is already a case for the folder {0}."), key
                )
            )
        case = add_case_row(
            session, key, profile, now, {"patient": profile.patient}, "Case created"
        )
        database = local_folders.identity(session.connection()) if db.is_server else None
        if database is not None:
            local_folders.remember(database, case.id, key)
        for item_key in STARTER_ITEMS:
            item = checklist_item(item_key)
            entry = LogEntry(
                case_id=case.id,
                item=item.key,
                what=item.label,
                who_submits=who_for(profile, item.usually_from.value),
                status=LogStatus.REQUESTED.value,
                created_at=now,
                updated_at=now,
            )
            session.add(entry)
            session.flush()
            activity.note(
                session,
                entry,
                ActivityAction.CREATED,
                {"item": item.key, "what": item.label},
                f"Added to the log: {item.label}",
            )
        return case_info(case)


def list_cases(db: Database) -> list[CaseInfo]:
    with db.session() as session:
        return [case_info(c) for c in session.scalars(select(Case).order_by(Case.id))]


def find_case(db: Database, folder: Path) -> CaseInfo | None:
    """The case of ``folder`` on this computer, or None.

    On a server, this computer's own record of its case folders comes first; a folder it
    does not know is a case only if it is the very path the case was made with (and this
    computer keeps that case nowhere else): see services/local_folders.py.
    """
    key = normalise_folder(folder)
    with db.session() as session:
        database = local_folders.identity(session.connection()) if db.is_server else None
        if database is not None:
            known = local_folders.case_at(database, key)
            mine = session.get(Case, known) if known is not None else None
            if mine is not None:
                return case_info(mine)
        case = session.scalar(select(Case).where(Case.folder == key))
        if case is None:
            return None
        if database is not None:
            if local_folders.folder_of(database, case.id) not in (None, key):
                return None  # here that case is in another folder: this one is new
            local_folders.remember(database, case.id, key)
        return case_info(case)


def open_or_create_case(db: Database, folder: Path) -> CaseInfo:
    """The case for ``folder``, creating it the first time. The folder must exist."""
    if folder.exists() and not folder.is_dir():
        raise KnownError(
            told(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{0} is a file, not a folder. A case is the folder that holds your "
                    "documents, for example: {1}",
                ),
                str(folder),
                str(folder.resolve().parent),
            )
        )
    if not folder.is_dir():
        raise KnownError(
            Phrase(
                QT_TRANSLATE_NOOP("errors", "The folder does not exist: {0}"),
                (str(folder),),
                "errors",
            )
        )
    found = find_case(db, folder)
    if found is not None:
        return found
    try:
        return create_case(db, folder)
    except (IntegrityError, CaseExistsError):  # made a moment ago by another run
        again = find_case(db, folder)
        if again is None:
            raise
        return again


def choose_case(db: Database, folder: Path | None) -> CaseInfo:
    """The case a subcommand acts on: ``--case FOLDER``, or the only case there is."""
    if folder is not None:
        found = find_case(db, folder)
        if found is None:
            raise CaseNotFoundError(
                Phrase(
                    QT_TRANSLATE_NOOP("errors", "There is no case for the folder {0}."),
                    (str(folder),),
                    "errors",
                )
            )
        return found
    cases = list_cases(db)
    if len(cases) == 1:
        return cases[0]
    if not cases:
        raise CaseNotFoundError(
            Phrase(
                QT_TRANSLATE_NOOP("errors", "There are no cases yet. Open a case folder first."),
                (),
                "errors",
            )
        )
    listing = "; ".join(f"{c.folder} ({c.title})" for c in cases)
    raise CaseNotFoundError(
        Phrase(
            QT_TRANSLATE_NOOP(
                "errors", "There are several cases; choose one with --case FOLDER: {0}"
            ),
            (listing,),
            "errors",
        )
    )


def update_profile(
    db: Database, case_id: int, profile: CaseProfile, seen_version: int | None = None
) -> CaseInfo:
    """Save the case's details; ``seen_version`` as for log.edit_entry."""
    with db.session() as session:
        case = session.get_one(Case, case_id)
        edit_versions.check(session, case, seen_version)
        changes = apply_profile(case, profile)
        if changes:
            edit_versions.claim(session, case, seen_version)
            activity.note(session, case, ActivityAction.UPDATED, changes, "Case details changed")
        return case_info(case)
