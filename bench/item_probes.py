"""What a letter asks for, and what a document fulfils: probes in the words of real public
documents (Medicare LCDs and articles, payer pend letters and prior-authorization forms,
home infusion referral checklists, Part D forms, their Spanish counterparts).

    PYTHONPATH=. .venv/bin/python bench/item_probes.py [--details]

Each probe's text (``_item_probe_letters.py``, ``_item_probe_documents.py``, with the
addresses of its sources) is written as a PDF, read by the app's real reader
(``jobs.read_file``) and understood (``core.understand``) with an empty case profile, as a new
user meets it. Printed: precision, recall and F1 of ``requested_items`` over the request
letters and of ``fulfills`` over the documents, in English and in Spanish, end to end (what
the app stores) and for the item reader alone (as if the letter's kind and outcome were
right), so a miss can be told apart from a kind or outcome misread.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from _item_probe_documents import DOCUMENTS
from _item_probe_letters import LETTERS, Probe
from _item_probe_second import SECOND_DOCUMENTS, SECOND_LETTERS

# The repository's own code (and its tests' PDF writer), as the other benches read it.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from organizer.core.understand import bundled_rules, details, understand
from organizer.core.understand.text import Prepared
from organizer.jobs.read_file import read_file
from tests import factories


@dataclass
class Tally:
    true_pos: int = 0
    false_pos: int = 0
    false_neg: int = 0

    def add(self, got: Iterable[str], want: Iterable[str]) -> None:
        got_set, want_set = set(got), set(want)
        self.true_pos += len(got_set & want_set)
        self.false_pos += len(got_set - want_set)
        self.false_neg += len(want_set - got_set)

    def line(self) -> str:
        p_den = self.true_pos + self.false_pos
        r_den = self.true_pos + self.false_neg
        precision = self.true_pos / p_den if p_den else 1.0
        recall = self.true_pos / r_den if r_den else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return f"P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}"


# The kind a person would give a document that fulfils these items (shared/corpus/README.md).
_KIND_OF = {
    "prescription": "referral",
    "benefits_verification": "letter",
    "insurance_card": "insurance",
}


def _kind_of(items: Sequence[str]) -> str:
    return next((_KIND_OF[i] for i in items if i in _KIND_OF), "clinical")


def _spanish(name: str) -> bool:
    return name.startswith("Spanish")


def _read(folder: Path, number: int, text: str) -> str:
    path = factories.write_text_pdf(folder / f"probe{number:02d}.pdf", [text])
    return read_file(str(path)).text


def _run(
    group: str, probes: Sequence[Probe], folder: Path, show: bool
) -> dict[str, tuple[Tally, Tally]]:
    rules = bundled_rules()
    tallies = {"en": (Tally(), Tally()), "es": (Tally(), Tally())}
    for number, (name, _sources, text, want) in enumerate(probes):
        read = _read(folder, number, text)
        found = understand(read)
        doc = Prepared(read, rules.title_lines)
        if group == "letters":
            got = found.requested_items
            alone = details.requested_items(doc, rules).value
            setting = f"{found.kind}/{found.letter_outcome}"
        else:
            got = found.fulfills
            alone = understand(read, user_kind=_kind_of(want)).fulfills
            setting = found.kind
        end_to_end, reader = tallies["es" if _spanish(name) else "en"]
        end_to_end.add(got, want)
        reader.add(alone, want)
        if show and (set(got) != set(want) or set(alone) != set(want)):
            print(f"  MISS {name} [{setting}]")
            print(f"       want {sorted(want)}")
            print(f"       got  {sorted(got)}  (reader alone {sorted(alone)})")
    return tallies


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="name each probe that misses")
    parser.add_argument(
        "--set",
        choices=("first", "second", "all"),
        default="all",
        help="the first probes, the second (written after the first set's fixes), or both",
    )
    args = parser.parse_args(argv)
    letters = (LETTERS if args.set != "second" else ()) + (
        SECOND_LETTERS if args.set != "first" else ()
    )
    documents = (DOCUMENTS if args.set != "second" else ()) + (
        SECOND_DOCUMENTS if args.set != "first" else ()
    )
    sources = {s for probes in (letters, documents) for p in probes for s in p[1]}
    print(f"{len(letters)} request letters, {len(documents)} documents, {len(sources)} sources")
    with tempfile.TemporaryDirectory(prefix="item-probes-") as tmp:
        for group, field, probes in (
            ("letters", "requested_items", letters),
            ("documents", "fulfills", documents),
        ):
            tallies = _run(group, probes, Path(tmp), args.details)
            for language, (end_to_end, reader) in tallies.items():
                count = sum(_spanish(p[0]) == (language == "es") for p in probes)
                print(
                    f"{field:16} {language} ({count:2}): end to end {end_to_end.line()}"
                    f"  | reader alone {reader.line()}"
                )
            both_e, both_r = Tally(), Tally()
            for end_to_end, reader in tallies.values():
                for total, part in ((both_e, end_to_end), (both_r, reader)):
                    total.true_pos += part.true_pos
                    total.false_pos += part.false_pos
                    total.false_neg += part.false_neg
            print(
                f"{field:16} all     : end to end {both_e.line()}  | reader alone {both_r.line()}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
