"""Full-text search over document text and file names, ranked, with matches marked.

User input never reaches the query syntax: it is split into words, and each word is
quoted, so quotes, stars and operators typed by the user are just characters.
"""

from __future__ import annotations

import re

from sqlalchemy import text

from organizer.core.records import MATCH_END, MATCH_START, SearchHit
from organizer.storage.database import Database

WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(user_text: str) -> str | None:
    """A safe FTS5 query: every word must appear (as a word or the start of one)."""
    words = WORD.findall(user_text.lower())[:20]
    if not words:
        return None
    return " ".join(f'"{word}"*' for word in words)


def ts_query(user_text: str) -> str | None:
    """The same query for PostgreSQL: every word, as a word or the start of one."""
    words = WORD.findall(user_text.lower())[:20]
    if not words:
        return None
    return " & ".join(f"'{word}':*" for word in words)


# PostgreSQL: the tsvector column ranked by ts_rank (name weighs more than text, as with
# bm25's weights on SQLite), the matches marked by ts_headline. Lower scores rank first,
# as bm25's do.
_SERVER_SQL = text(
    "SELECT d.id, d.path, "
    "ts_headline('simple', s.body, q, 'StartSel=' || :start || ', StopSel=' || :end || "
    "', MaxFragments=1, MaxWords=16, MinWords=6, FragmentDelimiter=\" … \"') "
    "AS body_snippet, "
    "ts_headline('simple', translate(s.name, '/._', '   '), q, "
    "'HighlightAll=true, StartSel=' || :start || ', StopSel=' || :end) AS name_marked, "
    "-ts_rank(s.search_vector, q) AS score "
    "FROM document_search s JOIN documents d ON d.id = s.document_id, "
    "to_tsquery('simple', :query) AS q "
    "WHERE s.search_vector @@ q AND d.case_id = :case_id "
    "ORDER BY score, d.path, d.id LIMIT :limit"
)


def search(db: Database, case_id: int, user_text: str, limit: int = 200) -> list[SearchHit]:
    query = ts_query(user_text) if db.is_server else fts_query(user_text)
    if query is None:
        return []
    sql = (
        _SERVER_SQL
        if db.is_server
        else text(
            "SELECT d.id, d.path, "
            "snippet(document_search, 1, :start, :end, ' … ', 16) AS body_snippet, "
            "highlight(document_search, 0, :start, :end) AS name_marked, "
            "bm25(document_search, 4.0, 1.0) AS score "
            "FROM document_search JOIN documents d ON d.id = document_search.rowid "
            "WHERE document_search MATCH :query AND d.case_id = :case_id "
            "ORDER BY score, d.path, d.id LIMIT :limit"
        )
    )
    with db.engine.connect() as conn:
        rows = conn.execute(
            sql,
            {
                "start": MATCH_START,
                "end": MATCH_END,
                "query": query,
                "case_id": case_id,
                "limit": limit,
            },
        ).all()
    hits = []
    for doc_id, path, body_snippet, name_marked, score in rows:
        snippet = body_snippet if MATCH_START in (body_snippet or "") else name_marked
        hits.append(
            SearchHit(int(doc_id), str(path), " ".join((snippet or "").split()), float(score))
        )
    return hits
