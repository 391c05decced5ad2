#!/usr/bin/env python3
"""Generate the bundled demo case: resources/demo/case/ and resources/demo/profile.json.

Everything in it is invented (people, plans, numbers; phones in the 555-01xx range).
The output is deterministic: fixed content, fixed PDF dates and document ids, and seeded
scan noise, so re-running rewrites the same files. Run from anywhere:

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_demo_case.py

``--no-verify`` skips the checks (text extraction, OCR of the scan, total size).
"""

from __future__ import annotations

import argparse
import ctypes
import dataclasses
import json
import math
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_HASH_SEED"] = "0"  # Qt orders some PDF objects by hash: keep output stable

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt, QUuid
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QTextDocument,
    QTransform,
)

REPO = Path(__file__).resolve().parents[1]
DEMO_DIR = REPO / "resources" / "demo"
CREATOR = "Infusion Coverage Organizer demo generator"
FIXED_PDF_DATE = "20261120090000"  # D:YYYYMMDDHHMMSS written into every generated PDF
UUID_NAMESPACE = QUuid("6f0c54a2-8a39-4c55-9d1e-3c1f0b7f2a10")
PDF_DPI = 300
SCAN_DPI = 200
MARGIN_IN = 0.75
FOOTER_IN = 0.42
LETTERHEAD_IN = 1.02
MAX_TOTAL_BYTES = 1_500_000

# --------------------------------------------------------------------------------------------
# The story
# --------------------------------------------------------------------------------------------

PATIENT = "Margaret Okafor"
PATIENT_UPPER = "MARGARET OKAFOR"
DOB = "03/02/1961"
MEMBER_ID = "BHP447201983"
GROUP = "88120"
MBI = "5EG4-TE5-MK72"
CASE_NO = "BHP-PA-2611-0457"
AUTH_NO = "A26111904521"
ORDER_NO = "LID-26-1187"
BV_REF = "NHI-BV-30218"
LAB_ACCESSION = "L26-311-0442"
THERAPY = "Ceftriaxone 2 g IV every 24 hours via PICC line for 6 weeks"
ADDRESS_LINES = ("1847 Wren Hollow Road, Apt 3B", "Fairhaven, OH 43950-2214")
ADDRESS_UPPER = ("1847 WREN HOLLOW RD APT 3B", "FAIRHAVEN OH 43950-2214")

PAYER_PHONE = "(800) 555-0142"
OFFICE_PHONE = "(614) 555-0110"
OFFICE_FAX = "(614) 555-0111"
PHARMACY_PHONE = "(614) 555-0160"
PHARMACY_FAX = "(614) 555-0161"

PROFILE: dict[str, object] = {
    "patient": 'Margaret "Peggy" Okafor',
    "therapy": THERAPY,
    "therapy_start": "2026-11-23",
    "payer": "Bluestem Health Plan",
    "member_id": MEMBER_ID,
    "group_number": GROUP,
    "payer_phone": PAYER_PHONE,
    "secondary_payer": "Medicare Part B",
    "secondary_member_id": MBI,
    "provider_office": {
        "name": "Lakeview Infectious Disease Associates",
        "phone": OFFICE_PHONE,
        "fax": OFFICE_FAX,
        "contact": "Dana (referral coordinator)",
    },
    "pharmacy": {
        "name": "Northgate Home Infusion",
        "phone": PHARMACY_PHONE,
        "fax": PHARMACY_FAX,
        "contact": "Luis Ortega, RPh",
    },
}


@dataclass(frozen=True)
class Letterhead:
    """Who a document comes from, drawn as vector art at the top of page one."""

    name: str
    tagline: str
    address: tuple[str, ...]
    color: str
    mark: str
    footer: str


@dataclass(frozen=True)
class DemoDoc:
    """One generated document."""

    relpath: str
    title: str
    letterhead: Letterhead | None
    body: str = ""
    font: str = "Nimbus Sans"
    painter_fn: Callable[[QPainter, float, float, float], None] | None = None
    scanned: bool = False
    must_contain: tuple[str, ...] = ()


BLUESTEM = Letterhead(
    name="Bluestem Health Plan",
    tagline="Utilization Management Department",
    address=(
        "PO Box 7720, Prairie City, IA 50999",
        f"Member Services {PAYER_PHONE}  (TTY 711)",
        "bluestem-health.example",
    ),
    color="#2f5da8",
    mark="bluestem",
    footer="Bluestem Health Plan is an independent PPO plan. PO Box 7720, Prairie City, IA 50999",
)


def _bluestem(tagline: str) -> Letterhead:
    """The Bluestem letterhead with another department line."""
    return dataclasses.replace(BLUESTEM, tagline=tagline)


LAKEVIEW_ID = Letterhead(
    name="Lakeview Infectious Disease Associates",
    tagline="Infectious Diseases · Outpatient Antibiotic Therapy (OPAT)",
    address=(
        "2200 Harbor Point Drive, Suite 410, Fairhaven, OH 43950",
        f"Phone {OFFICE_PHONE}   Fax {OFFICE_FAX}",
        "lakeview-id.example",
    ),
    color="#1f7a7a",
    mark="lakeview",
    footer="Lakeview Infectious Disease Associates · Tax ID 31-7748210 · "
    "CONFIDENTIAL: protected health information",
)
NORTHGATE = Letterhead(
    name="Northgate Home Infusion",
    tagline="Home and Specialty Infusion Pharmacy · URAC and ACHC accredited",
    address=(
        "940 Northgate Commerce Blvd, Fairhaven, OH 43951",
        f"Phone {PHARMACY_PHONE} (24 hours)   Fax {PHARMACY_FAX}",
        "northgate-infusion.example",
    ),
    color="#b85c1e",
    mark="northgate",
    footer="Northgate Home Infusion · Pharmacy license PHM.0448120 · NPI 1457392018",
)
LAKEVIEW_HOSPITAL = Letterhead(
    name="Lakeview Regional Hospital",
    tagline="Laboratory Services · Department of Radiology",
    address=(
        "1 Lakeview Medical Plaza, Fairhaven, OH 43950",
        "Laboratory (614) 555-0130   Radiology (614) 555-0135",
        "CLIA 36D0991482",
    ),
    color="#243b6b",
    mark="hospital",
    footer="Lakeview Regional Hospital · Medical Director, Laboratory: Priya Raman, MD",
)
LIBRARY = Letterhead(
    name="Millbrook Public Library",
    tagline="Fairhaven Branch",
    address=("12 Library Lane, Fairhaven, OH 43950", "(614) 555-0187", "millbrook-library.example"),
    color="#7a2638",
    mark="library",
    footer="Renew online, by phone, or at any branch. Thank you for using your library!",
)
MEDICARE = Letterhead(
    name="Medicare Summary Notice for Part B (Medical Insurance)",
    tagline="The Official Summary of Your Medicare Claims from the "
    "Centers for Medicare & Medicaid Services",
    address=("Notice Date: October 2, 2026", "Medicare Number XXXX-XX5-MK72"),
    color="#1a1a1a",
    mark="none",
    footer="Medicare Summary Notice · Page for MARGARET OKAFOR · "
    "If you need help, call 1-800-555-0199 (TTY 1-877-555-0198)",
)

CSS = """
body { color: #1b1b1b; }
p { margin-top: 0px; margin-bottom: 8px; }
h1 { font-size: 15pt; font-weight: bold; margin-top: 4px; margin-bottom: 8px; }
h2 { font-size: 12.5pt; font-weight: bold; margin-top: 10px; margin-bottom: 6px; }
h3 { font-size: 10.5pt; font-weight: bold; margin-top: 10px; margin-bottom: 4px; }
li { margin-bottom: 3px; }
td { font-size: 9.5pt; }
th { font-size: 9.5pt; font-weight: bold; background-color: #e9eef4; text-align: left; }
.small { font-size: 8pt; color: #444444; }
.tiny { font-size: 7pt; color: #555555; }
.label { color: #555555; }
.box { background-color: #f3f6f9; }
.flag { font-weight: bold; color: #9b1c1c; }
"""


def table(rows: list[list[str]], *, header: bool = True, widths: list[int] | None = None) -> str:
    """A bordered HTML table; the first row is a header row when ``header`` is set."""
    out = [
        '<table width="100%" border="0.6" cellspacing="0" cellpadding="4" '
        'style="border-collapse: collapse; border-color: #8a95a3; margin-bottom: 8px;">'
    ]
    for index, row in enumerate(rows):
        tag = "th" if header and index == 0 else "td"
        cells = []
        for col, cell in enumerate(row):
            width = f' width="{widths[col]}%"' if widths and index == 0 else ""
            cells.append(f"<{tag}{width}>{cell}</{tag}>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "".join(out)


def facts(rows: list[tuple[str, str]], *, width: int = 100, label_width: int = 30) -> str:
    """A shaded two-column label/value block (no borders), like an 'RE:' box."""
    cells = "".join(
        f'<tr><td width="{label_width}%" class="label">{label}</td><td><b>{value}</b></td></tr>'
        for label, value in rows
    )
    return (
        f'<table width="{width}%" cellspacing="0" cellpadding="3" class="box" '
        f'style="margin-bottom: 10px;">{cells}</table>'
    )


def mail_address(lines: tuple[str, ...], code: str) -> str:
    """Window-envelope address block with a mail-sort code above it."""
    body = "<br>".join(lines)
    return f'<p class="tiny">{code}</p><p>{body}</p>'


LANGUAGE_NOTICE = (
    '<p class="tiny">ATTENTION: If you speak a language other than English, language '
    f"assistance services, free of charge, are available to you. Call {PAYER_PHONE} "
    "(TTY 711). ATENCIÓN: si habla español, tiene a su disposición servicios gratuitos de "
    f"asistencia lingüística. Llame al {PAYER_PHONE} (TTY 711). Bluestem Health Plan complies "
    "with applicable federal civil rights laws and does not discriminate on the basis of race, "
    "color, national origin, age, disability, or sex.</p>"
)


def payer_reference(date_received: str | None = None) -> str:
    """The member/case box used by every Bluestem letter."""
    rows = [
        ("Member name", PATIENT),
        ("Member ID", MEMBER_ID),
        ("Group number", GROUP),
        ("Date of birth", DOB),
        ("Case number", CASE_NO),
    ]
    if date_received:
        rows.append(("Date request received", date_received))
    return facts(rows, width=78)


def doc_request_received() -> DemoDoc:
    body = f"""
<p>November 12, 2026</p>
{mail_address((PATIENT_UPPER, *ADDRESS_UPPER), "BHP-UM-ACK 0457-000183 P1/2")}
{payer_reference("November 11, 2026")}
<h2>We received a prior authorization request for you</h2>
<p>Dear {PATIENT}:</p>
<p>Bluestem Health Plan received a request for prior authorization of the services below.
This letter is to let you know that the request is being reviewed. <b>This letter is not an
approval or a denial.</b></p>
{
        table(
            [
                ["Service requested", "Code", "Quantity", "Dates requested"],
                [
                    "Home infusion therapy, antibiotic, per diem",
                    "S9500",
                    "42 days",
                    "11/23/2026 – 01/03/2027",
                ],
                ["Ceftriaxone sodium, per 250 mg", "J0696", "336 units", "11/23/2026 – 01/03/2027"],
                [
                    "Home infusion nursing visit, first 2 hours",
                    "99601",
                    "7 visits",
                    "11/23/2026 – 01/03/2027",
                ],
                ["Disposable elastomeric infusion pump", "A4305", "42", "11/23/2026 – 01/03/2027"],
            ],
            widths=[46, 12, 14, 28],
        )
    }
<p><b>Requested by:</b> Northgate Home Infusion (NPI 1457392018)<br>
<b>Ordering provider:</b> Ruth Adeyemi, MD, Lakeview Infectious Disease Associates
(NPI 1588667234)</p>
<h3>What happens next</h3>
<ul>
<li>A nurse reviewer will look at the request and the medical information sent with it.</li>
<li>We will make a decision within 15 calendar days of receiving the request, by
<b>November 26, 2026</b>. If we need more information, we will tell you and your provider
in writing.</li>
<li>We will mail you a letter with our decision. Your provider will also be told.</li>
</ul>
<p>You do not need to do anything right now. Please keep this letter and refer to case number
<b>{CASE_NO}</b> if you call us.</p>
<p>If you have questions, call Member Services at {PAYER_PHONE} (TTY 711), Monday through
Friday, 8 a.m. to 8 p.m. Central Time.</p>
<p>Sincerely,<br><br>Utilization Management Department<br>Bluestem Health Plan</p>
{LANGUAGE_NOTICE}
<p class="tiny">BHP-UM-ACK-01 (rev. 01/2026)</p>
"""
    return DemoDoc(
        "Letters/prior authorization request received.pdf",
        "Prior authorization request received",
        BLUESTEM,
        body,
        must_contain=(CASE_NO, MEMBER_ID, "November 12, 2026", "not an"),
    )


def doc_info_request() -> DemoDoc:
    body = f"""
<p>November 14, 2026</p>
{mail_address((PATIENT_UPPER, *ADDRESS_UPPER), "BHP-UM-RFI 0457-000219 P1/2")}
{payer_reference("November 11, 2026")}
<h2>We need more information to review your request</h2>
<p>Dear {PATIENT}:</p>
<p>We are reviewing the prior authorization request for <b>home infusion therapy with
ceftriaxone</b> that Northgate Home Infusion sent us on November 11, 2026. To make a
decision, we need more medical information. We have asked your ordering provider,
Ruth Adeyemi, MD, at Lakeview Infectious Disease Associates, to send us:</p>
<ol>
<li>Recent clinical notes (office visit notes from the last 30 days), including the
diagnosis and the plan for treatment.</li>
<li>Recent lab results: erythrocyte sedimentation rate (ESR) and C-reactive protein (CRP).</li>
<li>Culture results (bone biopsy or wound culture) with susceptibility results, if done.</li>
</ol>
<p style="font-size: 11pt;"><b>Please send by November 24, 2026.</b></p>
<p>Your provider can fax the information to Bluestem Clinical Intake at (800) 555-0148 or
upload it through the provider portal. Please make sure case number <b>{CASE_NO}</b> is on
every page.</p>
<h3>What happens if we do not get the information</h3>
<p>Because we need more information, the time for us to make a decision has been extended by
14 days, to <b>December 10, 2026</b>. If we get the information sooner, we will decide
sooner. If we do not receive it by November 24, 2026, we will make our decision using the
information we have, which may mean the request is not approved.</p>
<h3>What you can do</h3>
<ul>
<li>Call your provider's office to make sure they received our request and will send the
records in time.</li>
<li>You may send records you have yourself. Mail them to the address above or fax them to
(800) 555-0148 with your member ID and case number.</li>
</ul>
<p>Questions? Call Member Services at {PAYER_PHONE} (TTY 711).</p>
<p>Sincerely,<br><br>Utilization Management Department<br>Bluestem Health Plan</p>
<p class="small">cc: Ruth Adeyemi, MD, Lakeview Infectious Disease Associates, fax
{OFFICE_FAX}<br>cc: Northgate Home Infusion, fax {PHARMACY_FAX}</p>
{LANGUAGE_NOTICE}
<p class="tiny">BHP-UM-RFI-02 (rev. 01/2026)</p>
"""
    return DemoDoc(
        "Letters/request for more information.pdf",
        "Request for additional information",
        BLUESTEM,
        body,
        must_contain=(CASE_NO, "Please send by November 24, 2026", "ESR"),
    )


def doc_approval() -> DemoDoc:
    body = f"""
<p>November 19, 2026</p>
{mail_address((PATIENT_UPPER, *ADDRESS_UPPER), "BHP-UM-APR 0457-000262 P1/2")}
{
        facts(
            [
                ("Member name", PATIENT),
                ("Member ID", MEMBER_ID),
                ("Group number", GROUP),
                ("Case number", CASE_NO),
                ("Authorization number", AUTH_NO),
                ("Decision date", "November 19, 2026"),
            ],
            width=78,
        )
    }
<h2>Notice of approval: prior authorization</h2>
<p>Dear {PATIENT}:</p>
<p>Good news. Bluestem Health Plan has <b>approved</b> the request for home infusion therapy
with ceftriaxone. Your provider asked for these services on November 11, 2026. We reviewed
the additional records received on November 17, 2026.</p>
{
        table(
            [
                ["Approved service", "Code", "Approved", "From", "Through"],
                [
                    "Home infusion therapy, antibiotic, per diem",
                    "S9500",
                    "42 days",
                    "11/23/2026",
                    "01/03/2027",
                ],
                [
                    "Ceftriaxone sodium, per 250 mg (2 g every 24 hours)",
                    "J0696",
                    "336 units",
                    "11/23/2026",
                    "01/03/2027",
                ],
                [
                    "Home infusion nursing visit, first 2 hours",
                    "99601",
                    "7 visits",
                    "11/23/2026",
                    "01/03/2027",
                ],
            ],
            widths=[46, 10, 14, 15, 15],
        )
    }
<p><b>Servicing provider:</b> Northgate Home Infusion, {PHARMACY_PHONE} (in network)<br>
<b>Ordering provider:</b> Ruth Adeyemi, MD (in network)</p>
<p>The request for a disposable elastomeric infusion pump (A4305) was not approved. A separate
letter dated November 18, 2026 explains that decision and your right to appeal.</p>
<h3>What this means for you</h3>
<ul>
<li>Your home infusion benefit applies: 20% coinsurance after your deductible, up to your
out-of-pocket limit. See your Summary of Benefits for details.</li>
<li>Services must be given by the servicing provider above, within the dates above.</li>
<li>If you need treatment past <b>January 3, 2027</b>, your provider must ask us to extend
this authorization before that date.</li>
<li>Approval is based on the information we received. Payment depends on your eligibility
and benefits on the date you receive services.</li>
</ul>
<p>Please keep this letter with your records. If you have questions, call Member Services at
{PAYER_PHONE} (TTY 711) and give the authorization number <b>{AUTH_NO}</b>.</p>
<p>Sincerely,<br><br>Joanne Petrakis, RN<br>Utilization Management Nurse Reviewer<br>
Bluestem Health Plan</p>
<p class="small">cc: Ruth Adeyemi, MD; Northgate Home Infusion</p>
{LANGUAGE_NOTICE}
<p class="tiny">BHP-UM-APR-03 (rev. 01/2026)</p>
"""
    return DemoDoc(
        "Letters/approval - home infusion.pdf",
        "Notice of approval",
        BLUESTEM,
        body,
        must_contain=(AUTH_NO, CASE_NO, "approved", "01/03/2027"),
    )


def doc_denial() -> DemoDoc:
    body = f"""
<p>November 18, 2026</p>
{mail_address((PATIENT_UPPER, *ADDRESS_UPPER), "BHP-UM-ABD 0457-000248 P1/2")}
{
        facts(
            [
                ("Member name", PATIENT),
                ("Member ID", MEMBER_ID),
                ("Group number", GROUP),
                ("Case number", CASE_NO),
                ("Service", "Disposable elastomeric infusion pump (A4305), quantity 42"),
                ("Requested by", "Northgate Home Infusion"),
            ],
            width=86,
        )
    }
<h2>Notice of adverse benefit determination (denial)</h2>
<p>Dear {PATIENT}:</p>
<p>We reviewed the request for a <b>disposable elastomeric infusion pump</b> to be used with
your home antibiotic infusions. We have <b>denied</b> this request. This decision applies
only to the pump. Your home infusion therapy with ceftriaxone is being reviewed separately
and is not affected by this letter.</p>
<h3>Why we made this decision</h3>
<p>Under Bluestem Clinical Policy HI-207, <i>Home Infusion Pumps and Drug Delivery
Devices</i>, a disposable infusion pump is medically necessary only when a drug must be given
continuously or at a controlled rate that cannot be achieved by gravity infusion or IV push.
Ceftriaxone 2 g once every 24 hours is usually given over about 30 minutes by gravity or IV
push. The information we received does not show why a pump is needed for you.</p>
<p>This decision was made by Harold Ng, MD, a physician board-certified in internal medicine.
You or your provider may ask for a free copy of the clinical policy and the records used to
make this decision.</p>
<h3>Your right to appeal</h3>
<p>If you disagree with this decision, <b>you may appeal within 180 days of the date of this
letter</b>. You, your provider, or someone you name to act for you can file the appeal.</p>
<ul>
<li>Write to: Bluestem Health Plan, Appeals and Grievances, PO Box 7731,
Prairie City, IA 50998</li>
<li>Fax: (800) 555-0149</li>
<li>Phone: {PAYER_PHONE} (TTY 711)</li>
</ul>
<p>Send any information that supports your appeal, such as a letter from your doctor. We will
decide a standard appeal within 30 days. If waiting could seriously harm your health, ask for
a <b>fast (expedited) appeal</b>; we will decide within 72 hours.</p>
<p>Your doctor may also ask to talk with the physician reviewer (a peer-to-peer review) by
calling (800) 555-0143 within 14 days of this letter.</p>
<p>If your appeal is denied, you may have the right to an independent external review. We
will tell you how in our appeal decision letter.</p>
<p>Sincerely,<br><br>Utilization Management Department<br>Bluestem Health Plan</p>
<p class="small">cc: Northgate Home Infusion, fax {PHARMACY_FAX}; Ruth Adeyemi, MD, fax
{OFFICE_FAX}</p>
{LANGUAGE_NOTICE}
<p class="tiny">BHP-UM-ABD-04 (rev. 01/2026)</p>
"""
    return DemoDoc(
        "Letters/denial - infusion pump.pdf",
        "Notice of adverse benefit determination",
        BLUESTEM,
        body,
        must_contain=(CASE_NO, "denied", "within 180 days of the date of this", "A4305"),
    )


def _money(value: float) -> str:
    return f"${value:,.2f}"


def doc_benefits_verification() -> DemoDoc:
    per_diem, drug, nursing = 42 * 92.00, 336 * 0.85, 7 * 160.00
    allowed = per_diem + drug + nursing
    deductible_left = 2500.00 - 1870.40
    coinsurance = 0.20 * (allowed - deductible_left)
    estimate = deductible_left + coinsurance
    body = f"""
<p>November 11, 2026</p>
<h1>Benefits Verification Summary</h1>
{
        facts(
            [
                ("Reference", BV_REF),
                ("Patient", f"{PATIENT} (DOB {DOB})"),
                ("Therapy", THERAPY),
                ("Prescriber", f"Ruth Adeyemi, MD · order #{ORDER_NO} dated 11/10/2026"),
                ("Verified by", "Shauna Billings, Intake Coordinator"),
            ],
            label_width=22,
        )
    }
<h3>Coverage</h3>
{
        table(
            [
                ["", "Primary", "Secondary"],
                ["Payer", "Bluestem Health Plan (Choice PPO 2500)", "Medicare Part B"],
                ["Member ID", MEMBER_ID, MBI],
                ["Group", f"{GROUP} (employer group, member actively employed)", "—"],
                ["Effective", "01/01/2026 – active", "03/01/2026 – active"],
                ["Network status", "Northgate is IN network", "Enrolled Medicare supplier"],
                [
                    "Verified with",
                    "Kara T., provider services, 11/11/2026 10:24, call ref 77102354",
                    "Eligibility file, 11/11/2026",
                ],
            ],
            widths=[20, 48, 32],
        )
    }
<h3>Home infusion benefit (primary)</h3>
{
        table(
            [
                ["Item", "Benefit"],
                [
                    "Deductible (individual, in network)",
                    "$2,500.00 — met $1,870.40 — remaining " + _money(deductible_left),
                ],
                ["Out-of-pocket maximum", "$6,000.00 — met $2,312.15"],
                ["Home infusion (drug, per diem, nursing)", "20% coinsurance after deductible"],
                [
                    "Prior authorization",
                    "<b>Required</b> — submitted 11/11/2026 (Bluestem case number pending)",
                ],
                ["Elastomeric pump (A4305)", "DME benefit, 30% after deductible; PA required"],
            ],
            header=True,
            widths=[40, 60],
        )
    }
<h3>Estimated cost to you (6-week course)</h3>
{
        table(
            [
                ["Service", "Estimated allowed amount"],
                ["S9500 per diem, 42 days × $92.00", _money(per_diem)],
                ["J0696 ceftriaxone, 336 units × $0.85", _money(drug)],
                ["99601 nursing visits, 7 × $160.00", _money(nursing)],
                ["<b>Total estimated allowed</b>", f"<b>{_money(allowed)}</b>"],
                ["Remaining deductible", _money(deductible_left)],
                ["20% coinsurance on the rest", _money(coinsurance)],
                ["<b>Estimated patient responsibility</b>", f"<b>{_money(estimate)}</b>"],
            ],
            widths=[60, 40],
        )
    }
<p class="small">This is an estimate, not a guarantee of payment or of the final amount you
will owe. Medicare Part B is secondary and may not pay toward home infusion per diem
services. Payment plans and financial assistance are available; ask for our billing team at
{PHARMACY_PHONE}. Pump cost is not included while prior authorization is pending.</p>
<p>Questions: Luis Ortega, RPh, or the intake team, {PHARMACY_PHONE}, fax {PHARMACY_FAX}.</p>
"""
    return DemoDoc(
        "Letters/benefits verification from pharmacy.pdf",
        "Benefits verification summary",
        NORTHGATE,
        body,
        must_contain=(BV_REF, MEMBER_ID, "Estimated patient responsibility", _money(estimate)),
    )


def doc_referral() -> DemoDoc:
    body = f"""
<h1>Home Infusion Referral and Prescription</h1>
{
        facts(
            [
                ("Order number", ORDER_NO),
                ("Order date", "11/10/2026"),
                (
                    "Send to",
                    f"Northgate Home Infusion · fax {PHARMACY_FAX} · phone {PHARMACY_PHONE}",
                ),
                ("Referral contact", f"Dana, referral coordinator · {OFFICE_PHONE} ext. 204"),
            ],
            label_width=22,
        )
    }
<h3>Patient</h3>
{
        table(
            [
                ["Name", "Date of birth", "Sex", "Phone", "MRN"],
                [PATIENT + ' ("Peggy")', DOB, "F", "(614) 555-0123", "LID-00482913"],
            ],
            widths=[30, 16, 8, 22, 24],
        )
    }
<p>Address: {ADDRESS_LINES[0]}, {ADDRESS_LINES[1]}<br>
Allergies: <b>penicillin (rash, 1994)</b> — has tolerated cephalosporins (cefazolin 2023).
Weight 68 kg, height 163 cm.</p>
<h3>Insurance</h3>
{
        table(
            [
                ["", "Plan", "ID", "Group"],
                ["Primary", "Bluestem Health Plan PPO", MEMBER_ID, GROUP],
                ["Secondary", "Medicare Part B", MBI, "—"],
            ],
            widths=[14, 40, 26, 20],
        )
    }
<h3>Diagnosis</h3>
<p>M86.171 Other acute osteomyelitis, right ankle and foot (first metatarsal head)<br>
E11.621 Type 2 diabetes mellitus with foot ulcer · L97.512 Non-pressure chronic ulcer of
other part of right foot with fat layer exposed</p>
<h3>Prescription</h3>
{
        table(
            [
                ["Medication", "Dose / route / frequency", "Duration"],
                [
                    "<b>Ceftriaxone</b> 2 g in 50 mL NS",
                    "2 g IV every 24 hours via PICC, infuse over 30 minutes",
                    "6 weeks (42 doses)",
                ],
                [
                    "Sodium chloride 0.9% flush",
                    "10 mL IV before and after each dose",
                    "Per protocol",
                ],
                [
                    "Heparin lock flush 10 units/mL",
                    "5 mL IV after last flush, daily",
                    "Per protocol",
                ],
            ],
            widths=[34, 46, 20],
        )
    }
<p><b>Start date: 11/23/2026.</b> Anticipated stop date: 01/03/2027 (last dose).
PICC placement: 11/20/2026, Lakeview Regional Hospital, Interventional Radiology.</p>
<h3>Nursing and labs</h3>
<ul>
<li>Skilled nursing: first visit for teaching and first dose, then weekly for PICC dressing
change and lab draw.</li>
<li>Weekly labs: CBC with differential, BMP, ESR, CRP. Fax results to {OFFICE_FAX}
(attention Dr. Adeyemi).</li>
<li>Call the office for temperature over 38.3 °C (101 °F), rash, diarrhea, or line
problems.</li>
</ul>
<p>I certify that home infusion therapy is medically necessary for this patient.</p>
<table width="100%" cellspacing="0" cellpadding="2"><tr>
<td width="55%">Electronically signed by <b>Ruth Adeyemi, MD</b>, Infectious Diseases<br>
NPI 1588667234 · Ohio license 35.118472<br>11/10/2026 16:42</td>
<td width="45%">Prior physician of record: Samuel Brandt, DPM (podiatry),
NPI 1326041197</td></tr></table>
"""
    return DemoDoc(
        "Referral/referral and prescription.pdf",
        "Home infusion referral and prescription",
        LAKEVIEW_ID,
        body,
        must_contain=(ORDER_NO, "Ceftriaxone", "11/23/2026", "Ruth Adeyemi"),
    )


def doc_clinic_note() -> DemoDoc:
    body = f"""
<h1>Infectious Disease Clinic — Progress Note</h1>
{
        table(
            [
                ["Patient", "DOB", "MRN", "Date of service", "Provider"],
                [PATIENT, DOB, "LID-00482913", "11/06/2026", "Ruth Adeyemi, MD"],
            ],
            widths=[24, 14, 18, 18, 26],
        )
    }
<p><b>Referred by:</b> Samuel Brandt, DPM (podiatry) · <b>Reason:</b> osteomyelitis, right
foot</p>
<h3>History of present illness</h3>
<p>65-year-old woman with type 2 diabetes (HbA1c 7.8% in October) and a right plantar
first-metatarsal-head ulcer for about 8 weeks despite offloading. MRI of the right foot on
11/03/2026 showed marrow edema and enhancement of the first metatarsal head consistent with
osteomyelitis, without abscess. Bone biopsy by Dr. Brandt on 11/04/2026; culture is growing
beta-hemolytic streptococci, identification and susceptibilities pending. No fevers. Mild
pain with walking. She works part-time as a school librarian and lives with her husband, who
can help with home infusions.</p>
<h3>Medications</h3>
<p>Metformin 1000 mg twice daily; lisinopril 10 mg daily; atorvastatin 40 mg daily;
cephalexin 500 mg four times daily since 10/28/2026 (started by podiatry).</p>
<p><b>Allergies:</b> penicillin (rash, 1994); tolerated cefazolin in 2023.</p>
<h3>Examination</h3>
<p>T 37.4 °C, BP 138/82, HR 84, RR 16, SpO2 98% on room air, weight 68 kg.
Right foot: 1.2 × 0.9 cm plantar ulcer under the first metatarsal head, probes to bone,
minimal surrounding erythema, no fluctuance. Pedal pulses palpable.</p>
<h3>Assessment</h3>
<ol>
<li>Acute osteomyelitis of the right first metatarsal head (M86.171), biopsy-proven,
streptococcal pending final identification.</li>
<li>Type 2 diabetes with foot ulcer (E11.621, L97.512).</li>
</ol>
<h3>Plan</h3>
<ul>
<li>Stop cephalexin. Begin <b>ceftriaxone 2 g IV every 24 hours for 6 weeks</b> via PICC;
the first dose will be given in the infusion center after PICC placement, then home
infusion.</li>
<li>Referral to Northgate Home Infusion; our office (Dana) will send the order and notes.
Prior authorization will be needed from Bluestem Health Plan.</li>
<li>Baseline ESR and CRP ordered for tomorrow morning (11/07); weekly CBC, BMP, ESR, CRP
during therapy.</li>
<li>Continue offloading and wound care with podiatry.</li>
<li>Return to clinic in 2 weeks, then at 4 and 6 weeks.</li>
</ul>
<p>Electronically signed: Ruth Adeyemi, MD · 11/06/2026 17:05</p>
"""
    return DemoDoc(
        "Clinical/clinic note 11-06.pdf",
        "ID clinic progress note 11/06/2026",
        LAKEVIEW_ID,
        body,
        must_contain=("Progress Note", "11/06/2026", "osteomyelitis"),
    )


def doc_labs() -> DemoDoc:
    body = f"""
<h1>Laboratory Report</h1>
{
        table(
            [
                ["Patient", "DOB", "Accession", "Collected", "Reported"],
                [PATIENT, DOB, LAB_ACCESSION, "11/07/2026 08:15", "11/07/2026 14:02"],
            ],
            widths=[24, 14, 18, 22, 22],
        )
    }
<p><b>Ordering provider:</b> Ruth Adeyemi, MD (NPI 1588667234) · <b>Copy to:</b>
Samuel Brandt, DPM · <b>Patient MRN:</b> LRH-7730194</p>
<h3>Chemistry and hematology</h3>
{
        table(
            [
                ["Test", "Result", "Flag", "Reference range", "Units"],
                [
                    "Erythrocyte sedimentation rate (ESR)",
                    "78",
                    '<span class="flag">H</span>',
                    "0 – 30",
                    "mm/hr",
                ],
                [
                    "C-reactive protein (CRP)",
                    "46.2",
                    '<span class="flag">H</span>',
                    "&lt; 5.0",
                    "mg/L",
                ],
                ["White blood cell count", "9.8", "", "4.0 – 11.0", "10^3/µL"],
                ["Hemoglobin", "11.9", '<span class="flag">L</span>', "12.0 – 15.5", "g/dL"],
                ["Platelets", "312", "", "150 – 400", "10^3/µL"],
                ["Creatinine", "0.90", "", "0.50 – 1.10", "mg/dL"],
                ["eGFR (CKD-EPI 2021)", "71", "", "&gt; 59", "mL/min/1.73m²"],
                ["Glucose", "162", '<span class="flag">H</span>', "70 – 99", "mg/dL"],
            ],
            widths=[40, 12, 8, 22, 18],
        )
    }
<h3>Microbiology</h3>
<p>Accession L26-308-0197 · Source: bone, right first metatarsal head (biopsy 11/04/2026) ·
<b>Final report 11/07/2026</b></p>
<p><b>Culture:</b> moderate growth of <i>Streptococcus agalactiae</i> (group B
streptococcus). No anaerobes isolated.</p>
{
        table(
            [
                ["Antibiotic", "MIC (µg/mL)", "Interpretation"],
                ["Penicillin", "≤ 0.06", "Susceptible"],
                ["Ceftriaxone", "≤ 0.12", "Susceptible"],
                ["Vancomycin", "0.5", "Susceptible"],
                ["Clindamycin", "&gt; 1", "Resistant"],
                ["Erythromycin", "&gt; 4", "Resistant"],
            ],
            widths=[40, 30, 30],
        )
    }
<p class="small">H = above reference range, L = below reference range. Results reviewed and
released by M. Ferreira, MLS(ASCP). Performed at Lakeview Regional Hospital Laboratory,
CLIA 36D0991482.</p>
"""
    return DemoDoc(
        "Clinical/lab results ESR CRP.pdf",
        "Laboratory report",
        LAKEVIEW_HOSPITAL,
        body,
        font="Nimbus Sans",
        must_contain=(LAB_ACCESSION, "ESR", "46.2", "Ceftriaxone"),
    )


def doc_mri() -> DemoDoc:
    body = f"""
<h1>Radiology Report</h1>
{
        table(
            [
                ["Patient", "DOB", "Accession", "Exam date", "Ordering"],
                [PATIENT, DOB, "RAD-26-1103-0088", "11/03/2026", "Samuel Brandt, DPM"],
            ],
            widths=[24, 14, 20, 16, 26],
        )
    }
<p><b>Exam:</b> MRI right foot (forefoot) without and with IV contrast (CPT 73720)<br>
<b>Indication:</b> non-healing plantar ulcer, first metatarsal head; evaluate for
osteomyelitis. Diabetes.</p>
<h3>Technique</h3>
<p>Multiplanar, multisequence MR imaging of the right forefoot before and after intravenous
administration of 6 mL gadoterate meglumine. Creatinine 0.9 mg/dL on 10/21/2026.</p>
<h3>Findings</h3>
<p>There is a plantar soft-tissue ulcer deep to the first metatarsal head with a sinus tract
extending to the bone. The first metatarsal head shows confluent low T1 marrow signal with
corresponding high STIR signal and enhancement, involving the plantar cortex. No cortical
destruction of the proximal phalanx. Small first metatarsophalangeal joint effusion without
definite septic arthritis. No drainable fluid collection or abscess. Remaining metatarsals
and phalanges are unremarkable. Flexor hallucis longus tendon is intact.</p>
<h3>Impression</h3>
<ol>
<li><b>Acute osteomyelitis of the right first metatarsal head</b> adjacent to a plantar
ulcer.</li>
<li>No abscess. Small reactive first MTP joint effusion.</li>
</ol>
<p>Dictated by: Tomasz Wierzbicki, MD, Radiology · Signed 11/03/2026 15:48</p>
"""
    return DemoDoc(
        "Clinical/MRI report.pdf",
        "MRI right foot report",
        LAKEVIEW_HOSPITAL,
        body,
        must_contain=("RAD-26-1103-0088", "osteomyelitis", "Impression"),
    )


def doc_summary_of_benefits() -> DemoDoc:
    rows = [
        [
            "Common medical event",
            "Services you may need",
            "You pay (network)",
            "You pay (out of network)",
            "Limitations &amp; exceptions",
        ],
        ["Visit to a provider's office", "Primary care visit", "$25 copay", "40% coinsurance", "—"],
        ["", "Specialist visit", "$50 copay", "40% coinsurance", "No referral needed"],
        ["Tests", "Diagnostic test (x-ray, blood work)", "20% coinsurance", "40% coinsurance", "—"],
        [
            "",
            "Imaging (CT/PET scans, MRIs)",
            "20% coinsurance",
            "40% coinsurance",
            "<b>Prior authorization required</b>",
        ],
        [
            "Drugs",
            "Generic drugs (tier 1)",
            "$10 copay (retail)",
            "Not covered",
            "Up to 30-day supply",
        ],
        [
            "",
            "Specialty drugs (tier 4)",
            "30% coinsurance up to $250",
            "Not covered",
            "Specialty pharmacy required",
        ],
        [
            "Outpatient surgery",
            "Facility fee",
            "20% coinsurance",
            "40% coinsurance",
            "Prior authorization required for some services",
        ],
        [
            "Emergency care",
            "Emergency room care",
            "$250 copay, then 20%",
            "$250 copay, then 20%",
            "Copay waived if admitted",
        ],
        [
            "Hospital stay",
            "Facility fee",
            "20% coinsurance",
            "40% coinsurance",
            "<b>Prior authorization required</b>",
        ],
        [
            "Recovering or other special health needs",
            "Home health care",
            "20% coinsurance",
            "40% coinsurance",
            "60 visits per year. <b>Prior authorization required</b>",
        ],
        [
            "",
            "<b>Home infusion therapy</b> (drugs, supplies, pharmacy services and nursing)",
            "20% coinsurance",
            "40% coinsurance",
            "<b>Prior authorization required.</b> Must be dispensed by a network home infusion "
            "pharmacy. Without approval, you may pay the full cost.",
        ],
        [
            "",
            "Durable medical equipment",
            "30% coinsurance",
            "50% coinsurance",
            "Prior authorization required for items over $500 and for infusion pumps",
        ],
        [
            "",
            "Skilled nursing care",
            "20% coinsurance",
            "40% coinsurance",
            "60 days per year. Prior authorization required",
        ],
    ]
    body = f"""
<h1>Summary of Benefits and Coverage</h1>
<p><b>Bluestem Choice PPO 2500</b> · Coverage period: 01/01/2026 – 12/31/2026 · Coverage for:
Individual + Family · Plan type: PPO · Group {GROUP}</p>
<p class="small">The Summary of Benefits and Coverage (SBC) document will help you choose a
health plan. It shows how you and the plan would share the cost for covered health care
services. This is only a summary. For the full terms, see the plan document at
bluestem-health.example/sbc or call {PAYER_PHONE}.</p>
<h3>Important questions</h3>
{
        table(
            [
                ["Important question", "Answer", "Why this matters"],
                [
                    "What is the overall deductible?",
                    "$2,500 individual / $5,000 family (network); "
                    "$5,000 / $10,000 (out of network)",
                    "You must pay all costs up to the deductible "
                    "amount before this plan begins to pay for covered services.",
                ],
                [
                    "Are there services covered before you meet your deductible?",
                    "Yes. Preventive care and primary care and specialist office visits.",
                    "Copays for these services apply before the deductible.",
                ],
                [
                    "What is the out-of-pocket limit for this plan?",
                    "$6,000 individual / $12,000 family (network)",
                    "The most you could pay in a year for covered services.",
                ],
                [
                    "Will you pay less if you use a network provider?",
                    "Yes. See bluestem-health.example/find-care or call " + PAYER_PHONE + ".",
                    "You pay the least with a network provider.",
                ],
                [
                    "Do you need a referral to see a specialist?",
                    "No.",
                    "You can see the specialist you choose without a referral.",
                ],
            ],
            widths=[30, 35, 35],
        )
    }
<h3 style="page-break-before: always;">What you pay for common medical events</h3>
{table(rows, widths=[18, 24, 16, 16, 26])}
<h3>Excluded services and other covered services</h3>
<p class="small">Services your plan generally does NOT cover: cosmetic surgery, long-term
care, routine foot care (except for diabetes), weight loss programs, non-emergency care when
traveling outside the U.S. Other covered services (limitations may apply): chiropractic care
(20 visits), hearing aids (one per ear every 3 years), infertility treatment (diagnosis
only).</p>
<h3>Your rights to continue coverage and your grievance and appeals rights</h3>
<p class="small">If you have a complaint or are dissatisfied with a denial of coverage for
claims under your plan, you may be able to appeal or file a grievance. For more information
about your rights, this notice, or assistance, contact Bluestem Health Plan at
{PAYER_PHONE}. Appeals must be filed within 180 days of the denial notice.</p>
{LANGUAGE_NOTICE}
"""
    return DemoDoc(
        "Insurance/Summary of Benefits 2026.pdf",
        "Summary of Benefits and Coverage 2026",
        _bluestem("Member Services · Plan Year 2026"),
        body,
        must_contain=("Summary of Benefits and Coverage", "Home infusion therapy", "$2,500"),
    )


def doc_eob() -> DemoDoc:
    body = f"""
<h1>Explanation of Benefits</h1>
<p style="font-size: 12pt;"><b>THIS IS NOT A BILL.</b></p>
{
        facts(
            [
                ("Member", f"{PATIENT} · ID {MEMBER_ID} · Group {GROUP}"),
                ("Claim number", "26-1103-883204"),
                ("Provider", "Lakeview Regional Hospital (in network)"),
                ("Date processed", "11/09/2026"),
            ],
            label_width=22,
        )
    }
{
        table(
            [
                [
                    "Date of service",
                    "Service",
                    "Billed",
                    "Plan allowed",
                    "Plan paid",
                    "Deductible",
                    "You may owe",
                ],
                [
                    "11/03/2026",
                    "MRI foot without and with contrast (73720)",
                    "$3,412.00",
                    "$1,286.40",
                    "$0.00",
                    "$1,286.40",
                    "$1,286.40",
                ],
                [
                    "<b>Total</b>",
                    "",
                    "$3,412.00",
                    "$1,286.40",
                    "$0.00",
                    "$1,286.40",
                    "<b>$1,286.40</b>",
                ],
            ],
            widths=[13, 31, 11, 12, 10, 11, 12],
        )
    }
<p>Prior authorization for this service: approved, reference BHP-PA-2610-0981.</p>
<h3>Your year-to-date totals (2026, in network)</h3>
{
        table(
            [
                ["", "Limit", "Met so far", "Remaining"],
                ["Deductible", "$2,500.00", "$1,870.40", "$629.60"],
                ["Out-of-pocket limit", "$6,000.00", "$2,312.15", "$3,687.85"],
            ],
            widths=[34, 22, 22, 22],
        )
    }
<p>The provider may bill you up to the amount in "You may owe". If you already paid the
provider, you do not need to pay again. Questions about this claim? Call {PAYER_PHONE}.</p>
<p class="small">If you disagree with how this claim was processed, you may appeal within
180 days of the date you receive this statement.</p>
{LANGUAGE_NOTICE}
"""
    return DemoDoc(
        "Insurance/Explanation of Benefits - MRI 11-03.pdf",
        "Explanation of benefits",
        _bluestem("Claims Department"),
        body,
        must_contain=("THIS IS NOT A BILL", "26-1103-883204", "$1,286.40"),
    )


def doc_msn() -> DemoDoc:
    body = f"""
<p>{PATIENT_UPPER}<br>{ADDRESS_UPPER[0]}<br>{ADDRESS_UPPER[1]}</p>
<table width="100%" cellspacing="0" cellpadding="6" class="box"><tr>
<td width="50%"><b>Your Deductible Status</b><br>Your deductible is what you must pay for
most health services before Medicare begins to pay. Part B deductible: You have now met
$257.00 of your $283.00 deductible for 2026.</td>
<td width="50%"><b>Your Claims &amp; Costs This Period</b><br>Did Medicare approve all
services? <b>YES</b><br>Number of services Medicare denied: 0<br>Total you may be billed:
<b>$18.40</b></td></tr></table>
<h3>Your Providers &amp; Claims for July 1 – September 30, 2026</h3>
{
        table(
            [
                [
                    "Date of service",
                    "Provider / service",
                    "Service approved?",
                    "Amount provider charged",
                    "Medicare-approved amount",
                    "Medicare paid",
                    "You may be billed",
                ],
                [
                    "08/14/2026",
                    "Millbrook Family Medicine, Carla Jensen, MD — annual wellness visit (G0439)",
                    "Yes",
                    "$215.00",
                    "$134.52",
                    "$134.52",
                    "$0.00",
                ],
                [
                    "08/14/2026",
                    "Millbrook Family Medicine — blood test, hemoglobin A1c (83036)",
                    "Yes",
                    "$38.00",
                    "$13.00",
                    "$0.00",
                    "$13.00",
                ],
                [
                    "09/22/2026",
                    "Fairhaven Eye Care — eye exam, diabetic (92014)",
                    "Yes",
                    "$190.00",
                    "$127.00",
                    "$121.60",
                    "$5.40",
                ],
            ],
            widths=[11, 33, 10, 11, 12, 11, 12],
        )
    }
<p class="small">Medicare processed these claims as the secondary payer where another plan
paid first. Your employer plan (Bluestem Health Plan) is your primary insurance while you
are actively working.</p>
<h3>How to handle denials or file an appeal</h3>
<p class="small">If you disagree with a coverage decision or payment decision made by
Medicare on this notice, you can appeal. The deadline for filing an appeal is
<b>January 31, 2027</b>. Circle the item(s) you disagree with, explain why, and sign and
send this page to the Medicare contractor at: Medicare Part B Claims Office, PO Box 6200,
Central City, OH 43999.</p>
<p class="small">Your Medicare Number: XXXX-XX5-MK72. To protect your privacy, only the last
characters are shown. Be informed: beware of anyone who asks for your Medicare number by
phone.</p>
"""
    return DemoDoc(
        "Medicare/Medicare Summary Notice.pdf",
        "Medicare Summary Notice",
        MEDICARE,
        body,
        must_contain=("Medicare Summary Notice", "XXXX-XX5-MK72", "January 31, 2027"),
    )


def doc_library() -> DemoDoc:
    body = f"""
<p>November 16, 2026</p>
<p>{PATIENT}<br>{ADDRESS_LINES[0]}<br>{ADDRESS_LINES[1]}</p>
<h1>Courtesy Notice: Items Due Soon</h1>
<p>Dear Library Patron,</p>
<p>This is a friendly reminder that the following items checked out on your card ending in
<b>5531</b> will be due soon. If you are still enjoying them, you can renew up to two times
unless another patron is waiting.</p>
{
        table(
            [
                ["Title", "Author", "Barcode", "Due date"],
                ["Birdsong Through the Seasons", "Hollis, Nora", "31187004295531-2", "11/28/2026"],
                [
                    "Slow Cooker Suppers for Two",
                    "Amundsen, Greta",
                    "31187003187740-9",
                    "11/28/2026",
                ],
                [
                    "The Lighthouse Keeper's Daughter (large print)",
                    "Whitcombe, A. J.",
                    "31187005120446-1",
                    "12/01/2026",
                ],
            ],
            widths=[44, 22, 20, 14],
        )
    }
<p>Overdue fines are not charged on adult materials, but items more than 30 days overdue are
billed as lost. Holiday hours: the library is closed Thursday, November 26 and Friday,
November 27.</p>
<p>Happy reading!<br>Circulation Desk, Fairhaven Branch</p>
"""
    return DemoDoc(
        "misc/library book reminder.pdf",
        "Library courtesy notice",
        LIBRARY,
        body,
        font="Nimbus Roman",
        must_contain=("Courtesy Notice", "11/28/2026"),
    )


def doc_welcome_scan() -> DemoDoc:
    body = f"""
<p>November 19, 2026</p>
<p>{PATIENT}<br>{ADDRESS_LINES[0]}<br>{ADDRESS_LINES[1]}</p>
<h1>Welcome to Northgate Home Infusion</h1>
<p>Dear Ms. Okafor,</p>
<p>Thank you for choosing Northgate Home Infusion. Dr. Ruth Adeyemi has referred you to us
for home infusion of <b>ceftriaxone 2 g once a day for 6 weeks</b>. Your health plan,
Bluestem Health Plan, approved your therapy on November 19, 2026
(authorization {AUTH_NO}).</p>
<h3>Your schedule</h3>
<ul>
<li><b>First delivery:</b> Sunday, November 22, 2026, between 2:00 and 6:00 p.m.
Someone 18 or older must be home to sign for it.</li>
<li><b>First nursing visit:</b> Monday, November 23, 2026 at 9:00 a.m. with
Alicia Moreno, RN. She will give your first home dose and show you how.</li>
<li>Deliveries after that are every Friday.</li>
</ul>
<h3>Your care team</h3>
<p>Pharmacist: Luis Ortega, RPh · Nurse: Alicia Moreno, RN · Intake: Shauna Billings<br>
Call us any time, day or night: <b>{PHARMACY_PHONE}</b>. Fax {PHARMACY_FAX}.</p>
<h3>Costs</h3>
<p>Based on our benefits check ({BV_REF}), your estimated share for the full course is
shown on your benefits verification summary. We will bill Bluestem Health Plan first and
then Medicare Part B. Please sign and return the enclosed Assignment of Benefits form at your
first nursing visit.</p>
<p>We look forward to caring for you.</p>
<p>Sincerely,<br><br>Luis Ortega, RPh<br>Pharmacist in Charge</p>
<p class="small">Enclosures: Patient Rights and Responsibilities; Assignment of Benefits;
Emergency Preparedness Guide</p>
"""
    return DemoDoc(
        "Scans/scan0001.pdf",
        "scan0001",
        NORTHGATE,
        body,
        scanned=True,
    )


def paint_insurance_card(painter: QPainter, width: float, height: float, dpi: float) -> None:
    """Draw a member-portal printout of the ID card, front and back (vector, real text)."""
    pt = dpi / 72.0
    blue = QColor(BLUESTEM.color)
    gray = QColor("#555555")

    def font(size: float, bold: bool = False) -> QFont:
        f = QFont("Nimbus Sans")
        f.setPixelSize(round(size * pt))
        f.setBold(bold)
        return f

    def text(
        x: float,
        y: float,
        w: float,
        h: float,
        s: str,
        f: QFont,
        color: QColor,
        flags: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    ) -> None:
        painter.setFont(f)
        painter.setPen(color)
        painter.drawText(
            QRectF(x, y, w, h),
            int(flags | Qt.AlignmentFlag.AlignTop) | Qt.TextFlag.TextWordWrap,
            s,
        )

    text(0, 0, width, 30 * pt, "Bluestem Health Plan · Member Portal", font(9), gray)
    text(0, 14 * pt, width, 30 * pt, "Digital Member ID Card", font(16, True), QColor("#111111"))
    text(
        0,
        36 * pt,
        width,
        30 * pt,
        "Printed 11/09/2026 from bluestem-health.example by MARGARET OKAFOR. "
        "Show this card to your providers.",
        font(9),
        gray,
    )

    card_w, card_h = 3.375 * 1.55 * dpi, 2.125 * 1.55 * dpi
    x0 = (width - card_w) / 2

    def card_frame(y: float, label: str) -> None:
        text(x0, y - 16 * pt, card_w, 14 * pt, label, font(8, True), gray)
        painter.setPen(QPen(QColor("#9aa5b1"), 0.8 * pt))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(QRectF(x0, y, card_w, card_h), 12 * pt, 12 * pt)

    # Front
    y = 80 * pt
    card_frame(y, "FRONT")
    outline = QPainterPath()
    outline.addRoundedRect(QRectF(x0, y, card_w, card_h), 12 * pt, 12 * pt)
    painter.save()
    painter.setClipPath(outline)
    painter.fillRect(QRectF(x0, y, card_w, 46 * pt), blue)
    painter.restore()
    draw_mark(
        painter, "bluestem", QRectF(x0 + 10 * pt, y + 7 * pt, 32 * pt, 32 * pt), blue, inverted=True
    )
    white = QColor("#ffffff")
    text(x0 + 50 * pt, y + 8 * pt, card_w, 20 * pt, "Bluestem Health Plan", font(14, True), white)
    text(x0 + 50 * pt, y + 27 * pt, card_w, 14 * pt, "Choice PPO 2500", font(9), white)
    text(
        x0,
        y + 15 * pt,
        card_w - 14 * pt,
        20 * pt,
        "PPO",
        font(16, True),
        white,
        Qt.AlignmentFlag.AlignRight,
    )
    left = x0 + 14 * pt
    col2 = x0 + card_w * 0.58
    rows = [
        ("Member", PATIENT_UPPER),
        ("Member ID", MEMBER_ID),
        ("Group", GROUP),
        ("Subscriber", PATIENT_UPPER + "  (00)"),
        ("Effective", "01/01/2026"),
    ]
    ty = y + 62 * pt
    for label, value in rows:
        text(left, ty + 1.5 * pt, 80 * pt, 16 * pt, label, font(9), gray)
        text(left + 70 * pt, ty, card_w * 0.5, 16 * pt, value, font(11.5, True), QColor("#111111"))
        ty += 21 * pt
    copays = [
        ("PCP", "$25"),
        ("Specialist", "$50"),
        ("Urgent care", "$75"),
        ("ER", "$250"),
        ("Deductible", "$2,500"),
    ]
    ty = y + 62 * pt
    for label, value in copays:
        text(col2 + 20 * pt, ty + 1.5 * pt, 70 * pt, 16 * pt, label, font(9), gray)
        text(col2 + 84 * pt, ty, 70 * pt, 16 * pt, value, font(11.5, True), QColor("#111111"))
        ty += 21 * pt
    painter.setPen(QPen(QColor("#c8d0da"), 0.8 * pt))
    painter.drawLine(
        QPointF(left, y + card_h - 44 * pt), QPointF(x0 + card_w - 14 * pt, y + card_h - 44 * pt)
    )
    text(
        left,
        y + card_h - 38 * pt,
        card_w - 28 * pt,
        30 * pt,
        "RxBIN 019944   RxPCN BSRX   RxGrp 88120\nNetwork: Bluestem Preferred PPO   Dependent 00",
        font(9),
        gray,
    )

    # Back
    y = y + card_h + 40 * pt
    card_frame(y, "BACK")
    back = (
        f"Member Services: {PAYER_PHONE} (TTY 711)\n"
        "Providers / prior authorization: (800) 555-0143\n"
        "Pharmacy help desk: (800) 555-0146\n"
        "24-hour Nurse Line: (800) 555-0147\n\n"
        "Medical claims: Bluestem Health Plan, PO Box 7725, Prairie City, IA 50999\n"
        "Payer ID 44710\n\n"
        "Some services, including hospital stays, advanced imaging and home infusion "
        "therapy, need prior authorization. This card does not guarantee coverage. "
        "Misuse of this card is fraud."
    )
    text(
        x0 + 16 * pt,
        y + 16 * pt,
        card_w - 32 * pt,
        card_h - 32 * pt,
        back,
        font(10.5),
        QColor("#111111"),
    )


def doc_insurance_card() -> DemoDoc:
    return DemoDoc(
        "Insurance/insurance card front and back.pdf",
        "Digital member ID card",
        None,
        painter_fn=paint_insurance_card,
        must_contain=(MEMBER_ID, GROUP, "Bluestem Health Plan", "(800) 555-0142"),
    )


def all_documents() -> list[DemoDoc]:
    """Every document of the demo case, in a stable order."""
    return [
        doc_referral(),
        doc_insurance_card(),
        doc_summary_of_benefits(),
        doc_eob(),
        doc_request_received(),
        doc_info_request(),
        doc_approval(),
        doc_denial(),
        doc_benefits_verification(),
        doc_clinic_note(),
        doc_labs(),
        doc_mri(),
        doc_welcome_scan(),
        doc_msn(),
        doc_library(),
    ]


# --------------------------------------------------------------------------------------------
# Drawing
# --------------------------------------------------------------------------------------------


def draw_mark(
    painter: QPainter, kind: str, box: QRectF, color: QColor, *, inverted: bool = False
) -> None:
    """Draw a small invented logo into ``box`` (vector shapes only)."""
    if kind == "none":
        return
    s = box.width()
    x, y = box.x(), box.y()
    fg = QColor(color) if inverted else QColor("#ffffff")
    bg = QColor("#ffffff") if inverted else QColor(color)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(bg)
    if kind in ("bluestem", "hospital"):
        painter.drawEllipse(box)
    else:
        painter.drawRoundedRect(box, s * 0.18, s * 0.18)
    painter.setBrush(fg)
    pen = QPen(fg, s * 0.07)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    if kind == "bluestem":
        stem = QPainterPath(QPointF(x + s * 0.5, y + s * 0.86))
        stem.cubicTo(
            x + s * 0.48, y + s * 0.6, x + s * 0.55, y + s * 0.38, x + s * 0.62, y + s * 0.16
        )
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(stem)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fg)
        for cx, cy, angle in ((0.36, 0.56, -35.0), (0.66, 0.46, 35.0), (0.4, 0.34, -40.0)):
            painter.save()
            painter.translate(x + s * cx, y + s * cy)
            painter.rotate(angle)
            painter.drawEllipse(QRectF(-s * 0.14, -s * 0.06, s * 0.28, s * 0.12))
            painter.restore()
    elif kind == "lakeview":
        painter.drawEllipse(QRectF(x + s * 0.56, y + s * 0.16, s * 0.24, s * 0.24))
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for dy in (0.58, 0.76):
            wave = QPainterPath(QPointF(x + s * 0.16, y + s * dy))
            wave.cubicTo(
                x + s * 0.3,
                y + s * (dy - 0.1),
                x + s * 0.4,
                y + s * (dy + 0.1),
                x + s * 0.5,
                y + s * dy,
            )
            wave.cubicTo(
                x + s * 0.6,
                y + s * (dy - 0.1),
                x + s * 0.7,
                y + s * (dy + 0.1),
                x + s * 0.84,
                y + s * dy,
            )
            painter.drawPath(wave)
    elif kind == "northgate":
        gate = QPainterPath()
        gate.moveTo(x + s * 0.2, y + s * 0.84)
        gate.lineTo(x + s * 0.2, y + s * 0.45)
        gate.arcTo(QRectF(x + s * 0.2, y + s * 0.15, s * 0.6, s * 0.6), 180, -180)
        gate.lineTo(x + s * 0.8, y + s * 0.84)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(gate)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fg)
        drop = QPainterPath(QPointF(x + s * 0.5, y + s * 0.36))
        drop.cubicTo(
            x + s * 0.58, y + s * 0.5, x + s * 0.63, y + s * 0.56, x + s * 0.63, y + s * 0.62
        )
        drop.arcTo(QRectF(x + s * 0.37, y + s * 0.49, s * 0.26, s * 0.26), 0, -180)
        drop.cubicTo(
            x + s * 0.37, y + s * 0.56, x + s * 0.42, y + s * 0.5, x + s * 0.5, y + s * 0.36
        )
        painter.drawPath(drop)
    elif kind == "hospital":
        arm, long = s * 0.16, s * 0.56
        painter.drawRect(QRectF(x + (s - arm) / 2, y + (s - long) / 2, arm, long))
        painter.drawRect(QRectF(x + (s - long) / 2, y + (s - arm) / 2, long, arm))
    elif kind == "library":
        for flip in (-1, 1):
            page = QPainterPath(QPointF(x + s * 0.5, y + s * 0.32))
            page.cubicTo(
                x + s * (0.5 + flip * 0.12),
                y + s * 0.24,
                x + s * (0.5 + flip * 0.26),
                y + s * 0.24,
                x + s * (0.5 + flip * 0.34),
                y + s * 0.3,
            )
            page.lineTo(x + s * (0.5 + flip * 0.34), y + s * 0.74)
            page.cubicTo(
                x + s * (0.5 + flip * 0.26),
                y + s * 0.68,
                x + s * (0.5 + flip * 0.12),
                y + s * 0.68,
                x + s * 0.5,
                y + s * 0.76,
            )
            page.closeSubpath()
            painter.drawPath(page)
    painter.restore()


def draw_letterhead(painter: QPainter, head: Letterhead, width: float, dpi: float) -> None:
    """Logo, name, tagline and address block across the top of page one."""
    pt = dpi / 72.0
    color = QColor(head.color)
    logo = 0.62 * dpi
    draw_mark(painter, head.mark, QRectF(0, 0, logo, logo), color)
    text_x = logo + 0.16 * dpi if head.mark != "none" else 0.0
    right_w = 0.42 * width
    name_w = width - text_x - (right_w if head.mark != "none" else 0.3 * width) - 0.1 * dpi
    name_font = QFont("Nimbus Sans")
    name_font.setBold(True)
    name_size = 15.0 if head.mark != "none" else 13.0
    while True:  # shrink long names to one line, down to 11 pt
        name_font.setPixelSize(round(name_size * pt))
        advance = QFontMetricsF(name_font, painter.device()).horizontalAdvance(head.name)
        if advance <= name_w or name_size <= 11:
            break
        name_size -= 0.5
    painter.setFont(name_font)
    painter.setPen(color)
    painter.drawText(
        QRectF(text_x, 0, name_w, 0.62 * dpi),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | Qt.TextFlag.TextWordWrap,
        head.name,
    )
    name_h = (
        painter.fontMetrics()
        .boundingRect(0, 0, int(name_w), int(dpi), int(Qt.TextFlag.TextWordWrap), head.name)
        .height()
    )
    small = QFont("Nimbus Sans")
    small.setPixelSize(round(8.5 * pt))
    painter.setFont(small)
    painter.setPen(QColor("#555555"))
    painter.drawText(
        QRectF(text_x, name_h + 2 * pt, name_w, 0.5 * dpi),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | Qt.TextFlag.TextWordWrap,
        head.tagline,
    )
    addr = QFont("Nimbus Sans")
    addr.setPixelSize(round(8 * pt))
    painter.setFont(addr)
    painter.setPen(QColor("#333333"))
    box_w = right_w if head.mark != "none" else 0.3 * width
    painter.drawText(
        QRectF(width - box_w, 2 * pt, box_w, 0.7 * dpi),
        int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
        "\n".join(head.address),
    )
    painter.setPen(QPen(color, 1.6 * pt))
    rule_y = 0.8 * dpi
    painter.drawLine(QPointF(0, rule_y), QPointF(width, rule_y))


def draw_footer(
    painter: QPainter, text: str, page: int, pages: int, width: float, top: float, dpi: float
) -> None:
    """Thin rule, footer text and 'Page i of n' at the bottom of a page."""
    pt = dpi / 72.0
    painter.setPen(QPen(QColor("#b0b7c0"), 0.6 * pt))
    painter.drawLine(QPointF(0, top + 8 * pt), QPointF(width, top + 8 * pt))
    f = QFont("Nimbus Sans")
    f.setPixelSize(round(7 * pt))
    painter.setFont(f)
    painter.setPen(QColor("#666666"))
    flags = int(Qt.AlignmentFlag.AlignTop)
    painter.drawText(
        QRectF(0, top + 11 * pt, width * 0.8, 20 * pt),
        flags | int(Qt.AlignmentFlag.AlignLeft),
        text,
    )
    painter.drawText(
        QRectF(width * 0.8, top + 11 * pt, width * 0.2, 20 * pt),
        flags | int(Qt.AlignmentFlag.AlignRight),
        f"Page {page} of {pages}",
    )


def paint_pages(
    painter: QPainter,
    device: QPaintDevice,
    spec: DemoDoc,
    width: float,
    height: float,
    dpi: float,
    new_page: Callable[[], object],
) -> int:
    """Lay out and paint ``spec`` page by page inside a ``width`` x ``height`` area."""
    if spec.painter_fn is not None:
        spec.painter_fn(painter, width, height, dpi)
        return 1
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    base = QFont(spec.font)
    base.setPointSizeF(9.5)
    base.setFeature(QFont.Tag("liga"), 0)  # keep "fi"/"fl" as plain letters in extracted text
    doc.setDefaultFont(base)
    doc.setDefaultStyleSheet(CSS)
    doc.setDocumentMargin(0)
    doc.setHtml(spec.body)
    footer_h = FOOTER_IN * dpi
    body_h = height - footer_h
    if spec.letterhead is not None:
        # The root frame's top margin applies once, at the start: room for the letterhead.
        frame_format = doc.rootFrame().frameFormat()
        frame_format.setTopMargin(LETTERHEAD_IN * 96)  # in 96-dpi px, scaled to the device
        doc.rootFrame().setFrameFormat(frame_format)
    doc.setPageSize(QSizeF(width, body_h))
    pages = doc.pageCount()
    footer = spec.letterhead.footer if spec.letterhead else ""
    for index in range(pages):
        if index:
            new_page()
        if index == 0 and spec.letterhead is not None:
            draw_letterhead(painter, spec.letterhead, width, dpi)
        painter.save()
        painter.translate(0, -index * body_h)
        doc.drawContents(painter, QRectF(0, index * body_h, width, body_h))
        painter.restore()
        draw_footer(painter, footer, index + 1, pages, width, body_h, dpi)
    return pages


def _stable_pdf_bytes(data: bytes) -> bytes:
    """Replace the wall-clock dates Qt writes with a fixed date, keeping every byte offset."""
    digits = FIXED_PDF_DATE

    def pdf_date(match: re.Match[bytes]) -> bytes:
        return b"D:" + digits.encode()

    date, time = digits[:8], digits[8:]
    iso = f"{date[:4]}-{date[4:6]}-{date[6:]}T{time[:2]}:{time[2:4]}:{time[4:]}"
    data = re.sub(rb"D:\d{14}", pdf_date, data)
    return re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", iso.encode(), data)


_BRACKETS = re.compile(r"\[([^\]]*)\]")
_BFCHAR = re.compile(r"beginbfchar(.*?)endbfchar", re.S)
_BFCHAR_PAIR = re.compile(r"(<[0-9A-Fa-f]+>\s*)<0009>")


def _fix_to_unicode(cmap: str) -> str:
    """Map glyphs that Qt's ToUnicode CMap sends to U+0009 (TAB) to U+0020 (SPACE)."""
    cmap = _BRACKETS.sub(lambda m: "[" + m.group(1).replace("<0009>", "<0020>") + "]", cmap)
    return _BFCHAR.sub(
        lambda m: "beginbfchar" + _BFCHAR_PAIR.sub(r"\1<0020>", m.group(1)) + "endbfchar", cmap
    )


def _map_spaces_to_space(path: Path) -> None:
    """Rewrite ``path`` so extracted text has spaces, not tabs, between words.

    Qt's PDF engine maps the space glyph of fonts whose cmap also covers TAB (DejaVu,
    Nimbus, ...) to U+0009, so text extractors see "Member\tID". Office PDFs use spaces.
    """
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DictionaryObject

    writer = PdfWriter(clone_from=PdfReader(path))
    seen: set[int] = set()
    for page in writer.pages:
        resources = page["/Resources"].get_object()
        fonts = resources.get("/Font") if isinstance(resources, DictionaryObject) else None
        if fonts is None:
            continue
        for ref in fonts.get_object().values():
            to_unicode = ref.get_object().get("/ToUnicode")
            if to_unicode is None or id(to_unicode.get_object()) in seen:
                continue
            stream = to_unicode.get_object()
            seen.add(id(stream))
            text = stream.get_data().decode("latin-1")
            fixed = _fix_to_unicode(text)
            if fixed != text:
                stream.set_data(fixed.encode("latin-1"))
    with path.open("wb") as handle:
        writer.write(handle)


def write_pdf(path: Path, spec: DemoDoc) -> int:
    """Render ``spec`` to a Letter-size PDF with embedded fonts; returns the page count."""
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setCreator(CREATOR)
    writer.setTitle(spec.title)
    writer.setDocumentId(QUuid.createUuidV5(UUID_NAMESPACE, spec.relpath.encode()))
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.Letter),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_IN, MARGIN_IN * 0.8, MARGIN_IN, MARGIN_IN * 0.6),
            QPageLayout.Unit.Inch,
        )
    )
    rect = writer.pageLayout().paintRectPixels(PDF_DPI)
    painter = QPainter(writer)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pages = paint_pages(
            painter, writer, spec, rect.width(), rect.height(), PDF_DPI, writer.newPage
        )
    finally:
        painter.end()
    path.write_bytes(_stable_pdf_bytes(path.read_bytes()))
    _map_spaces_to_space(path)
    return pages


def render_scan(spec: DemoDoc, seed: int) -> tuple[int, int, bytes]:
    """Render ``spec`` like a slightly crooked, speckled 200 dpi grayscale office scan."""
    from tests.factories import qimage_to_gray

    dpi = SCAN_DPI
    w_px, h_px = int(8.5 * dpi), int(11 * dpi)
    page = QImage(w_px, h_px, QImage.Format.Format_RGB32)
    dots_per_meter = round(dpi / 0.0254)
    page.setDotsPerMeterX(dots_per_meter)
    page.setDotsPerMeterY(dots_per_meter)
    page.fill(QColor("#ffffff"))
    painter = QPainter(page)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        left, top = MARGIN_IN * dpi, MARGIN_IN * 0.8 * dpi
        painter.translate(left, top)

        def no_new_page() -> None:
            raise RuntimeError("the scanned letter must fit on one page")

        paint_pages(
            painter,
            page,
            spec,
            w_px - 2 * left,
            h_px - top - MARGIN_IN * 0.6 * dpi,
            dpi,
            no_new_page,
        )
    finally:
        painter.end()

    # Scanner: slight rotation and shift, paper a touch off-white, a lid shadow, speckles.
    scanned = QImage(w_px, h_px, QImage.Format.Format_RGB32)
    scanned.fill(QColor(246, 246, 244))
    painter = QPainter(scanned)
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        transform = QTransform()
        transform.translate(w_px / 2 + 9, h_px / 2 + 14)
        transform.rotate(0.7)
        transform.translate(-w_px / 2, -h_px / 2)
        painter.setTransform(transform)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Multiply)
        painter.drawImage(0, 0, page)
        painter.resetTransform()
        for i in range(14):  # soft shadow along the left edge, as from an open scanner lid
            painter.fillRect(QRectF(i, 0, 1, h_px), QColor(0, 0, 0, int(110 * (1 - i / 14))))
        rng = random.Random(seed)
        painter.setPen(Qt.PenStyle.NoPen)
        for _ in range(420):
            shade = rng.randint(40, 150)
            painter.setBrush(QBrush(QColor(shade, shade, shade)))
            size = rng.choice((1.2, 1.5, 2.0, 2.0, 2.6, 3.4))
            painter.drawEllipse(QRectF(rng.uniform(0, w_px), rng.uniform(0, h_px), size, size))
        for _ in range(3):  # a few faint hairs / dust lines
            x, y = rng.uniform(0, w_px), rng.uniform(0, h_px)
            angle = rng.uniform(0, math.tau)
            length = rng.uniform(18, 45)
            painter.setPen(QPen(QColor(120, 120, 120), 1.2))
            painter.drawLine(
                QPointF(x, y), QPointF(x + length * math.cos(angle), y + length * math.sin(angle))
            )
    finally:
        painter.end()
    return qimage_to_gray(scanned)


# --------------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------------


def generate(out_dir: Path) -> list[tuple[DemoDoc, Path, int]]:
    """Write every demo document and the profile under ``out_dir``; return what was written."""
    from tests.factories import write_image_pdf

    case_dir = out_dir / "case"
    if case_dir.exists():
        shutil.rmtree(case_dir)
    written: list[tuple[DemoDoc, Path, int]] = []
    for index, spec in enumerate(all_documents()):
        path = case_dir / spec.relpath
        if spec.scanned:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_image_pdf(path, [render_scan(spec, seed=1187 + index)], dpi=SCAN_DPI)
            pages = 1
        else:
            pages = write_pdf(path, spec)
        written.append((spec, path, pages))
    profile_path = out_dir / "profile.json"
    profile_path.write_text(json.dumps(PROFILE, indent=2, ensure_ascii=False) + "\n", "utf-8")
    return written


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def verify(written: list[tuple[DemoDoc, Path, int]], out_dir: Path) -> list[str]:
    """Check text layers, the scan's lack of one, OCR of the scan, and the total size."""
    from pypdf import PdfReader

    problems: list[str] = []
    total = 0
    for spec, path, pages in written:
        total += path.stat().st_size
        reader = PdfReader(path)
        text = "\n".join(page.extract_text() for page in reader.pages)
        rel = spec.relpath
        if len(reader.pages) != pages:
            problems.append(f"{rel}: {len(reader.pages)} pages, expected {pages}")
        if spec.scanned:
            if text.strip():
                problems.append(f"{rel}: scan has a text layer: {text[:60]!r}")
            problems.extend(_check_ocr(path))
            continue
        flat = _normalise(text)
        for needle in spec.must_contain:
            if _normalise(needle) not in flat:
                problems.append(f"{rel}: extracted text lacks {needle!r}")
        print(
            f"  {rel}: {pages} page(s), {path.stat().st_size // 1024} KiB, "
            f"{len(flat)} chars of text"
        )
    total += (out_dir / "profile.json").stat().st_size
    print(f"  total {total / 1_000_000:.2f} MB in {len(written)} documents")
    if total > MAX_TOTAL_BYTES:
        problems.append(f"demo case is {total} bytes, over {MAX_TOTAL_BYTES}")
    return problems


def _check_ocr(path: Path) -> list[str]:
    tesseract, pdftoppm = shutil.which("tesseract"), shutil.which("pdftoppm")
    if tesseract is None or pdftoppm is None:
        print("  (tesseract/pdftoppm not installed: OCR check skipped)")
        return []
    with tempfile.TemporaryDirectory() as tmp:
        prefix = Path(tmp) / "page"
        subprocess.run([pdftoppm, "-r", "200", "-png", str(path), str(prefix)], check=True)
        png = sorted(Path(tmp).glob("page*.png"))[0]
        ocr = subprocess.run(
            [tesseract, str(png), "stdout"], capture_output=True, text=True, check=True
        ).stdout
    print(f"  {path.name}: OCR sample: " + " | ".join(ocr.split("\n")[:8]))
    wanted = ("Northgate Home Infusion", "November 22, 2026", AUTH_NO)
    return [f"{path.name}: OCR did not find {w!r}" for w in wanted if w not in ocr]


def _keep_none_alive() -> None:
    """Work around PySide6/shiboken6 6.12.0 on CPython < 3.12 dropping a reference to None.

    Every call of a void C++ method (QPainter.drawLine, QFont.setBold, QImage.fill, ...)
    decrements None's reference count there, so a few thousand calls abort the interpreter
    with "none_dealloc: deallocating None" (at the latest at exit). CPython 3.12+ makes None
    immortal; on 3.11 give it a reference count that cannot run out.
    """
    if sys.version_info < (3, 12):
        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=DEMO_DIR, help="output folder")
    parser.add_argument("--no-verify", action="store_true", help="skip the checks")
    args = parser.parse_args(argv)
    _keep_none_alive()
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    written = generate(args.out)
    print(f"Wrote {len(written)} documents to {args.out / 'case'}")
    if args.no_verify:
        return 0
    problems = verify(written, args.out)
    for problem in problems:
        print("PROBLEM:", problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
