"""What every reader needs, loaded once in the fork server and copied into each reader.

The fork server imports this module (``reader_pool.warm_up``) while the app does other
work, such as hashing a new folder: the reading modules and pypdf are imported, the rules
and the learned model loaded as a reader would load them, and the patterns a letter's
reading uses compiled by reading one made-up letter. A reader forked afterwards starts
with all of it instead of spending its first half second on it. Nothing is written; if
anything goes wrong here, each reader loads what it needs itself, as it always could.
"""

from __future__ import annotations

import contextlib

# A made-up letter with the parts most documents have: letterhead, date, labelled numbers,
# a greeting, a decision and a request, a signature.
SAMPLE = """Mesquite Crest Health Plan
P.O. Box 4410, Springfield, IL 62704
Phone 1-800-555-0100  Fax 1-800-555-0142

March 3, 2026

Member name: Maria Lopez
Member ID: MQC730418862
Reference number: PA-2026-40417
Date of service: 02/27/2026
Re: Prior authorization for home infusion therapy

Dear Maria Lopez,

We have received your request for immune globulin infusions at home. We need more
information to review it. Please send the following records within 14 days:
- clinical notes from the last two visits
- laboratory results (IgG levels)
- a letter of medical necessity
If we do not receive them by March 17, 2026, we may deny the request. The request was
approved for 26 infusions; coverage is subject to your plan's benefits. You have the
right to appeal this decision within 180 days.

Sincerely,
Utilization Management Department
"""


def _warm() -> None:
    import pypdf  # noqa: F401  (imported by the first PDF read otherwise)

    from organizer.core.paths import data_dir_path, learned_model_file, user_rules_file
    from organizer.core.understand import CaseContext
    from organizer.jobs import read_file, reader_worker  # noqa: F401
    from organizer.jobs.understand_worker import UnderstandRequest, understand

    folder = data_dir_path()  # as the indexer names them, so the readers' keys match
    request = UnderstandRequest(
        context=CaseContext(),
        rules_override=str(user_rules_file(folder)),
        model_file=str(learned_model_file(folder)),
    )
    understand(SAMPLE, request)


with contextlib.suppress(Exception):
    _warm()
