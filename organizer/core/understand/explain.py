"""Why a document was sorted as it was, as phrases: English templates and their values.

The reading (``classify``, ``details``, ``ids``, ``identity``, ``engine``) writes each of
its reasons from a template here; the English text is what is stored with the document
(``documents.reasons``), exported and compared by the tests, word for word as before. The
preview's "Why it was sorted this way" says the same reason in the chosen language:
``explanation_phrase`` finds the phrase again from the stored English text (reasons
stored by earlier versions too), and ``organizer.words.say_explanation`` says it.
Templates are marked for lupdate in the "explain" context; the codes inside them (a kind,
an outcome, a sender) in "explain-kind", "explain-outcome" and "explain-sender".
A reason made of other words (a rule of a person's own, a newer version's) is shown as
stored.
"""

from __future__ import annotations

import re

from organizer.core.checklist import CHECKLIST_BY_KEY
from organizer.core.phrases import QT_TRANSLATE_NOOP, Arg, Label, Phrase, template_patterns

CONTEXT = "explain"

# --- the lines of the preview: what was decided, then why ----------------------------------
KIND_LINE = QT_TRANSLATE_NOOP("explain", "Kind {0}: {1}")
OUTCOME_LINE = QT_TRANSLATE_NOOP("explain", "Outcome {0}: {1}")
SENDER_LINE = QT_TRANSLATE_NOOP("explain", "Sender {0}: {1}")

# --- why a kind, an outcome or a sender ---------------------------------------------------
FOUND = QT_TRANSLATE_NOOP("explain", 'found "{0}"')
# A phrase of the title is quoted as "title: …" inside FOUND (classify.decide_kind).
FOUND_IN_TITLE = QT_TRANSLATE_NOOP("explain", 'found "title: {0}"')
USER_KIND = QT_TRANSLATE_NOOP("explain", "you set this kind")
LEARNED = QT_TRANSLATE_NOOP("explain", "like {0} documents you filed as {1} ({2} sure)")
RULES_SAID = QT_TRANSLATE_NOOP("explain", "the rules said {0}")
LITTLE_HEALTH = QT_TRANSLATE_NOOP("explain", "found little about health coverage")
NOT_HEALTH = QT_TRANSLATE_NOOP("explain", "not about health coverage")
EMAIL = QT_TRANSLATE_NOOP("explain", "an e-mail about your coverage")
EMAIL_AS_LETTER = QT_TRANSLATE_NOOP("explain", "an e-mail is read as a letter")
FROM_ATTACHED = QT_TRANSLATE_NOOP("explain", "from the attached letter")
NO_SENDER = QT_TRANSLATE_NOOP("explain", "the sender could not be told from the letterhead")
RELAYED = QT_TRANSLATE_NOOP("explain", '{0} passes on the plan\'s decision: "{1}"')
WRITTEN_BY = QT_TRANSLATE_NOOP("explain", "written by {0}, so it is information")
NO_DECISION = QT_TRANSLATE_NOOP("explain", "no decision or request found")
NOT_COVERAGE = QT_TRANSLATE_NOOP("explain", "not about a health plan, therapy or service")
ANOTHER_PERSON = QT_TRANSLATE_NOOP("explain", "about another person ({0}), not this case")
NAMES_OTHER = QT_TRANSLATE_NOOP("explain", "names {0}, not {1}")
SIGNED_BY = QT_TRANSLATE_NOOP("explain", "signed by {0}, so it is information")
WRITERS = {
    "provider": QT_TRANSLATE_NOOP("explain", "the doctor's office"),
    "pharmacy": QT_TRANSLATE_NOOP("explain", "the pharmacy"),
    "patient": QT_TRANSLATE_NOOP("explain", "you"),
}

# --- the details read, and where from -----------------------------------------------------
DATE_LABELLED = QT_TRANSLATE_NOOP("explain", 'Document date: read from "{0}"')
DATE_SENT = QT_TRANSLATE_NOOP("explain", 'Document date: sent "{0}"')
DATE_TOP = QT_TRANSLATE_NOOP("explain", 'Document date: the date at the top, "{0}"')
DUE = QT_TRANSLATE_NOOP("explain", 'Due date: "{0}"')
DUE_WINDOW = QT_TRANSLATE_NOOP("explain", 'Due date: "{0}" from the letter date')
APPEAL = QT_TRANSLATE_NOOP("explain", 'Appeal by: "{0}"')
APPEAL_WINDOW = QT_TRANSLATE_NOOP("explain", 'Appeal by: "{0}" counted from the letter date')
ASKS_NO_PHRASE = QT_TRANSLATE_NOOP("explain", "Asks for: no request phrase found")
ASKS_NO_ITEM = QT_TRANSLATE_NOOP("explain", "Asks for: no checklist item found")
ASKS = QT_TRANSLATE_NOOP("explain", "Asks for: {0}")
REFERENCE = QT_TRANSLATE_NOOP("explain", 'Reference number: read from "{0}"')
MEMBER_PRINTED = QT_TRANSLATE_NOOP("explain", "Member ID: the ID in your case is printed on it")
MEMBER_MISREAD = QT_TRANSLATE_NOOP(
    "explain", "Member ID: the ID in your case, read with one character unclear"
)
MEMBER_MEDICARE = QT_TRANSLATE_NOOP("explain", "Member ID: a Medicare number is printed on it")
MEMBER_LABELLED = QT_TRANSLATE_NOOP("explain", 'Member ID: read from "{0}"')
CASE_ID = QT_TRANSLATE_NOOP("explain", "{0} (the case's ID)")
FULFILS = QT_TRANSLATE_NOOP("explain", "Fulfils: {0} ({1})")
BENEFITS_RESULT = QT_TRANSLATE_NOOP("explain", "the result of a benefits check")
SIGNED_FORM = QT_TRANSLATE_NOOP("explain", "a signed form")
APPROVAL = QT_TRANSLATE_NOOP("explain", "an approval")
FULFILS_NOTHING = QT_TRANSLATE_NOOP("explain", "a letter that fulfils no item")
READS_LIKE = QT_TRANSLATE_NOOP("explain", "reads like {0}")
NOT_THIS_COVERAGE = QT_TRANSLATE_NOOP("explain", "not about this coverage")
AN_ORDER = QT_TRANSLATE_NOOP("explain", "a prescription, referral or order")
CLAIM_NOT_PLAN = QT_TRANSLATE_NOOP("explain", "a claim statement is not plan information")
PLAN_INFORMATION = QT_TRANSLATE_NOOP("explain", "plan information")
CARD_COPY = QT_TRANSLATE_NOOP("explain", "a copy of an insurance card")

# --- doubts, and another person's papers --------------------------------------------------
UNSURE = QT_TRANSLATE_NOOP("explain", "Not sure of the {0}, please check: {1}")
NOTHING_CLEAR = QT_TRANSLATE_NOOP("explain", "nothing clear")
EITHER = QT_TRANSLATE_NOOP("explain", "{0} or {1}")
ABOUT_OTHER = QT_TRANSLATE_NOOP("explain", "About another person: {0}")

# --- the codes inside the lines ---------------------------------------------------------
KIND_CODES = {
    "referral": QT_TRANSLATE_NOOP("explain-kind", "referral"),
    "insurance": QT_TRANSLATE_NOOP("explain-kind", "insurance"),
    "letter": QT_TRANSLATE_NOOP("explain-kind", "letter"),
    "clinical": QT_TRANSLATE_NOOP("explain-kind", "clinical"),
    "other": QT_TRANSLATE_NOOP("explain-kind", "other"),
    "unclassified": QT_TRANSLATE_NOOP("explain-kind", "unclassified"),
}
OUTCOME_CODES = {
    "approved": QT_TRANSLATE_NOOP("explain-outcome", "approved"),
    "denied": QT_TRANSLATE_NOOP("explain-outcome", "denied"),
    "info_requested": QT_TRANSLATE_NOOP("explain-outcome", "info_requested"),
    "informational": QT_TRANSLATE_NOOP("explain-outcome", "informational"),
}
SENDER_CODES = {
    "payer": QT_TRANSLATE_NOOP("explain-sender", "payer"),
    "provider": QT_TRANSLATE_NOOP("explain-sender", "provider"),
    "pharmacy": QT_TRANSLATE_NOOP("explain-sender", "pharmacy"),
    "patient": QT_TRANSLATE_NOOP("explain-sender", "patient"),
    "other": QT_TRANSLATE_NOOP("explain-sender", "other"),
}
# A reading's field, as a doubt names it: its name with spaces.
FIELD_CODES = {
    "letter_outcome": QT_TRANSLATE_NOOP("explain-field", "letter outcome"),
    "document_date": QT_TRANSLATE_NOOP("explain-field", "document date"),
    "member_id": QT_TRANSLATE_NOOP("explain-field", "member id"),
    "reference_number": QT_TRANSLATE_NOOP("explain-field", "reference number"),
    "due_date": QT_TRANSLATE_NOOP("explain-field", "due date"),
}
# A checklist item as "reads like" names it: its key with spaces.
ITEM_CODES = {
    "prescription": QT_TRANSLATE_NOOP("explain-item", "prescription"),
    "insurance_card": QT_TRANSLATE_NOOP("explain-item", "insurance card"),
    "benefits_verification": QT_TRANSLATE_NOOP("explain-item", "benefits verification"),
    "prior_authorization": QT_TRANSLATE_NOOP("explain-item", "prior authorization"),
    "clinical_notes": QT_TRANSLATE_NOOP("explain-item", "clinical notes"),
    "lab_results": QT_TRANSLATE_NOOP("explain-item", "lab results"),
    "diagnosis": QT_TRANSLATE_NOOP("explain-item", "diagnosis"),
    "medication_history": QT_TRANSLATE_NOOP("explain-item", "medication history"),
    "medical_necessity": QT_TRANSLATE_NOOP("explain-item", "medical necessity"),
    "signed_forms": QT_TRANSLATE_NOOP("explain-item", "signed forms"),
}

# Each template's values, in order: k a kind, o an outcome, s a sender, w who wrote it,
# r another reason, l checklist labels, f what it fulfils, i an item, d a field,
# c the values weighed, n a number, p a percentage, t words quoted or a name, as they are.
# A rule of a person's own or a newer version's words match no template: shown as stored.
_KINDS: dict[str, str] = {
    KIND_LINE: "kr",
    OUTCOME_LINE: "or",
    SENDER_LINE: "sr",
    FOUND_IN_TITLE: "t",
    FOUND: "t",
    USER_KIND: "",
    LEARNED: "nkp",
    RULES_SAID: "k",
    LITTLE_HEALTH: "",
    NOT_HEALTH: "",
    EMAIL: "",
    EMAIL_AS_LETTER: "",
    FROM_ATTACHED: "",
    NO_SENDER: "",
    RELAYED: "wt",
    WRITTEN_BY: "w",
    NO_DECISION: "",
    NOT_COVERAGE: "",
    ANOTHER_PERSON: "r",
    NAMES_OTHER: "tt",
    SIGNED_BY: "t",
    DATE_LABELLED: "t",
    DATE_SENT: "t",
    DATE_TOP: "t",
    DUE_WINDOW: "t",
    DUE: "t",
    APPEAL_WINDOW: "t",
    APPEAL: "t",
    ASKS_NO_PHRASE: "",
    ASKS_NO_ITEM: "",
    ASKS: "l",
    REFERENCE: "t",
    MEMBER_PRINTED: "",
    MEMBER_MISREAD: "",
    MEMBER_MEDICARE: "",
    MEMBER_LABELLED: "t",
    CASE_ID: "r",
    FULFILS: "lf",
    BENEFITS_RESULT: "",
    SIGNED_FORM: "",
    APPROVAL: "",
    FULFILS_NOTHING: "",
    READS_LIKE: "i",
    NOT_THIS_COVERAGE: "",
    AN_ORDER: "",
    CLAIM_NOT_PLAN: "",
    PLAN_INFORMATION: "",
    CARD_COPY: "",
    UNSURE: "dc",
    NOTHING_CLEAR: "",
    ABOUT_OTHER: "r",
}
_CODES = {
    "k": (KIND_CODES, "explain-kind"),
    "o": (OUTCOME_CODES, "explain-outcome"),
    "s": (SENDER_CODES, "explain-sender"),
    "i": ({v: v for v in ITEM_CODES.values()}, "explain-item"),
    "d": ({v: v for v in FIELD_CODES.values()}, "explain-field"),
}
_WRITER_WORDS = frozenset(WRITERS.values())
_LABELS = {item.label.lower(): item.label for item in CHECKLIST_BY_KEY.values()}
_PATTERNS = {
    "k": "|".join(KIND_CODES),
    "o": "|".join(OUTCOME_CODES),
    "s": "|".join(SENDER_CODES),
    "w": "|".join(re.escape(w) for w in _WRITER_WORDS),
    "i": "|".join(ITEM_CODES.values()),
    "d": "|".join(FIELD_CODES.values()),
    "c": r".+",
    "n": r"\d+",
    "p": r"\d+%",
    "l": r"[^()]+?",
    "r": r".+",
    "f": r".+",
    "t": r".*",
}


_COMPILED = template_patterns(_KINDS, _PATTERNS)


def _joined(parts: list[Arg], separator: str) -> Phrase:
    template = separator.join(f"{{{n}}}" for n in range(len(parts)))
    return Phrase(template, tuple(parts), CONTEXT)


def _value(kind: str, text: str) -> Arg | None:
    if kind in _CODES:
        codes, context = _CODES[kind]
        return Phrase(codes[text], (), context) if text in codes else None
    if kind == "w":
        return Phrase(text, (), CONTEXT)
    if kind == "r":
        return explanation_phrase(text)
    if kind == "l":
        labels = text.split(", ")
        if not all(label in _LABELS for label in labels):
            return None
        return _joined([Label(_LABELS[label]) for label in labels], ", ")
    if kind == "c":
        return _candidates(text.split(" or "))
    if kind == "f":
        parts = [explanation_phrase(part) for part in text.split("; ")]
        if any(part is None for part in parts):
            return None
        return _joined([p for p in parts if p is not None], "; ")
    return text


def _candidates(values: list[str]) -> Arg:
    """``approved or informational``: each outcome said as a word, other values as read."""
    if values == [NOTHING_CLEAR]:
        return Phrase(NOTHING_CLEAR, (), CONTEXT)
    first: Arg = values[0]
    if values[0] in OUTCOME_CODES:
        first = Phrase(OUTCOME_CODES[values[0]], (), "explain-outcome")
    if len(values) == 1:
        return first
    return Phrase(EITHER, (first, _candidates(values[1:])), CONTEXT)


def explanation_phrase(text: str) -> Phrase | None:
    """The phrase a stored reason was made from; None for words made otherwise."""
    for template, kinds, pattern in _COMPILED:
        found = pattern.fullmatch(text)
        if found is None:
            continue
        values = [_value(k, v) for k, v in zip(kinds, found.groups(), strict=True)]
        if any(value is None for value in values):
            continue
        phrase = Phrase(template, tuple(v for v in values if v is not None), CONTEXT)
        if phrase.english() == text:
            return phrase
    return None
