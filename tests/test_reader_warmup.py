"""Readers start warm: the fork server loads the reading modules, the rules and the learned
model under the keys the indexer asks for, and readers forked from it read as before."""

from __future__ import annotations

import queue
import subprocess
import sys
from pathlib import Path

from organizer.core.paths import data_dir, learned_model_file, user_rules_file
from organizer.core.understand import CaseContext, understand
from organizer.jobs.reader_pool import Job, JobOutcome, ReaderPool, warm_up
from organizer.jobs.understand_worker import UnderstandRequest
from organizer.jobs.understand_worker import understand as understand_in_reader
from tests import factories

LOADED = """
import organizer.jobs.reader_warmup
from organizer.jobs.understand_worker import _cache
print("\\n".join(sorted(_cache)))
"""


def _request() -> UnderstandRequest:
    folder = data_dir()
    return UnderstandRequest(
        context=CaseContext(),
        rules_override=str(user_rules_file(folder)),
        model_file=str(learned_model_file(folder)),
    )


def test_the_warm_up_loads_the_rules_and_model_under_the_keys_readers_are_asked_for() -> None:
    done = subprocess.run(
        [sys.executable, "-c", LOADED], capture_output=True, text=True, check=True, timeout=120
    )
    request = _request()
    assert done.stdout.split() == sorted(
        [f"model:{request.model_file}", f"rules:{request.rules_override}"]
    )


def test_a_reader_forked_after_the_warm_up_reads_as_one_that_loads_everything_itself(
    tmp_path: Path,
) -> None:
    text = "Bluestem Health Plan\nMarch 3, 2026\nMember ID: BHP447201983\nYour request is approved."
    path = factories.write_text_pdf(tmp_path / "letter.pdf", [text])
    warm_up()
    outcomes: queue.Queue[JobOutcome] = queue.Queue()
    pool = ReaderPool(outcomes.put, workers=1)
    try:
        pool.submit(Job(key=1, op="read", args=(str(path), None, _request()), time_limit=60))
        outcome = outcomes.get(timeout=60)
    finally:
        pool.close()
    assert outcome.failure is None
    result = outcome.value
    assert result.understanding == understand_in_reader(result.text, _request())
    assert result.understanding == understand(result.text)
    assert result.understanding.member_id == "BHP447201983"
