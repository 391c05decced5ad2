"""Letter-like document texts for the speed benches: what a case folder holds, made up.

Requests for records, approvals, denials, receipts, plan pages, clinical notes and
prescriptions, with a letterhead, a date, a "Re:" block, labelled numbers, paragraphs built
from the phrases real letters use and, for longer documents, pages of dense running text
(the filler words of ``bench_indexing``). Seeded: the same seed gives the same texts.
"""

from __future__ import annotations

import random
from pathlib import Path

PAYERS = ("Mesquite Crest Health Plan", "Quillfield Assurance", "Blue Harbor Medicare Advantage")
PROVIDERS = ("Alameda Creek Allergy & Immunology", "Northside Neurology Associates")
PHARMACIES = ("Cedar Point Infusion Services", "Willow Home Infusion Pharmacy")
PATIENTS = ("Jordan A. Reyes", "Maria Lopez", "Samuel Okafor", "Linda Chen")
THERAPIES = ("immune globulin (IVIG)", "subcutaneous immune globulin", "ceftriaxone", "TPN")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August")
ITEMS = (
    "clinical notes from the last two visits",
    "laboratory results (IgG levels)",
    "a letter of medical necessity",
    "the signed prescription",
    "a copy of the insurance card",
    "the medication history",
    "the infusion nursing plan",
)
SENTENCES = {
    "request": (
        "We need more information to review the prior authorization request for {therapy}.",
        "Please send the following records within 14 days of the date of this letter.",
        "If we do not receive the information by {due}, we may deny the request.",
        "You can fax the records to 1-800-555-0142 or upload them to the provider portal.",
    ),
    "approval": (
        "We have approved the prior authorization request for {therapy}.",
        "The approval is valid from {day} through {later}.",
        "This approval covers 26 infusions at the home infusion pharmacy.",
        "Coverage is subject to the terms of your health plan and your benefits.",
    ),
    "denial": (
        "We have denied the prior authorization request for {therapy}.",
        "The request does not meet the medical necessity criteria of the plan.",
        "You have the right to appeal this decision within 180 days of this notice.",
        "To file an appeal, send a written request to the appeals department.",
    ),
    "receipt": (
        "We have received your appeal of the decision about {therapy}.",
        "We received the clinical notes and the laboratory results you sent.",
        "We will make a decision within 30 days and send you a letter.",
        "You do not need to do anything at this time.",
    ),
    "clinical": (
        "Patient seen in clinic for follow up of common variable immunodeficiency.",
        "IgG trough level was 512 mg/dL before the last infusion.",
        "Plan: continue immune globulin infusions every four weeks at home.",
        "Assessment: recurrent sinus infections despite antibiotics.",
    ),
    "plan": (
        "This summary of benefits explains what your health plan covers.",
        "Home infusion therapy is covered after your deductible is met.",
        "Prior authorization is required for specialty drugs and infusion services.",
        "Your coinsurance for specialty pharmacy is 20 percent.",
    ),
}
KINDS = tuple(SENTENCES)


def _words() -> tuple[str, ...]:
    from bench_indexing import WORDS

    return WORDS


def _date(rng: random.Random) -> tuple[str, str, str, str]:
    month = rng.randrange(len(MONTHS) - 2)
    day = rng.randint(1, 27)
    return (
        f"{MONTHS[month]} {day}, 2026",
        f"{month + 1:02d}/{day:02d}/2026",
        f"{MONTHS[month + 1]} {day}, 2026",
        f"{MONTHS[month + 2]} {day}, 2026",
    )


def _filler(rng: random.Random, lines: int) -> list[str]:
    words = _words()
    return [" ".join(rng.choice(words) for _ in range(rng.randint(6, 12))) for _ in range(lines)]


def letter_pages(rng: random.Random, number: int, pages: int, *, dense: bool = True) -> list[str]:
    """One document's pages: a letter (or note, or plan page) and, after it, dense pages."""
    kind = KINDS[number % len(KINDS)]
    payer, patient = rng.choice(PAYERS), rng.choice(PATIENTS)
    sender = {"clinical": rng.choice(PROVIDERS), "plan": payer}.get(kind, payer)
    said, short, due, later = _date(rng)
    therapy = rng.choice(THERAPIES)
    member = f"MQC{rng.randint(100000000, 999999999)}"
    reference = f"PA-2026-{rng.randint(10000, 99999)}"
    head = [
        sender,
        f"P.O. Box {rng.randint(100, 9999)}, Springfield, IL 62704",
        "Phone 1-800-555-0100  Fax 1-800-555-0142",
        "",
        said if kind != "clinical" else f"Date of service: {short}",
        "",
        f"{patient}",
        f"{rng.randint(10, 999)} Oak Street",
        "Springfield, IL 62704",
        "",
        f"Member name: {patient}",
        f"Member ID: {member}",
        f"Reference number: {reference}",
        f"Re: {therapy}",
        "",
        f"Dear {patient},",
        "",
    ]
    body = [s.format(therapy=therapy, due=due, day=said, later=later) for s in SENTENCES[kind]]
    if kind == "request":
        body.insert(2, "Records needed:")
        for item in rng.sample(ITEMS, 3):
            body.insert(3, f"- {item}")
    first = head + body + _filler(rng, rng.randint(4, 10) if dense else 2)
    first += ["", "Sincerely,", "", "Utilization Management Department", sender]
    out = ["\n".join(first)]
    for page in range(1, pages):
        lines = [f"{sender} - page {page + 1} - {reference}", ""]
        lines += _filler(rng, rng.randint(25, 45) if dense else 12)
        out.append("\n".join(lines))
    return out


def letter_texts(count: int, *, seed: int = 7, pages: tuple[int, int] = (1, 5)) -> list[str]:
    """``count`` document texts (pages joined as the reader joins them), 1 to 5 pages."""
    rng = random.Random(seed)
    return ["\n\f\n".join(letter_pages(rng, n, rng.randint(*pages))) for n in range(count)]


def write_letters(folder: Path, count: int, *, seed: int = 7) -> None:
    """``count`` letter-like text PDFs of 1 to 5 pages, ten to a sub-folder."""
    from tests import factories

    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        pages = letter_pages(rng, n, rng.randint(1, 5))
        sub = folder / f"batch{n % 10}"
        sub.mkdir(exist_ok=True)
        factories.write_text_pdf(sub / f"letter {n:04d}.pdf", pages)
