"""Print every table of an SQLite index in a form two runs can be compared by, row for row.

Row ids, timestamps and lease holders are blanked, documents are named by their paths, and
the full-text index's own b-tree tables (whose layout depends on how rows were batched)
are left out; their content table and sizes are kept. Rows are sorted within each table.

    python bench/index_tables.py base.sqlite3 > base.txt
    python bench/index_tables.py branch.sqlite3 > branch.txt
    cmp base.txt branch.txt
"""

from __future__ import annotations

import json
import re
import sqlite3
import sys

# Layout of the FTS5 index itself: the same words give other blocks in other batches.
FTS_LAYOUT = ("document_search_data", "document_search_idx")
BLANKED = ("id", "at", "holder", "pid", "token")
TIME_COLUMN = re.compile(r"(_at|_on_utc|heartbeat|expires|stamp|seen)$")
TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:[0-9.]+(\+00:00)?")


def dump(path: str) -> list[str]:
    con = sqlite3.connect(path)
    tables = [
        row[0]
        for row in con.execute(
            "select name from sqlite_master where type = 'table' "
            "and name not like 'sqlite_%' and name != 'alembic_version'"
        )
        if row[0] not in FTS_LAYOUT
    ]
    paths = dict(con.execute("select id, path from documents"))
    out: list[str] = []
    for table in sorted(tables):
        columns = [row[1] for row in con.execute(f"pragma table_info({table})")]
        rows = []
        for values in con.execute(f"select * from {table}"):
            row = dict(zip(columns, values, strict=True))
            for column, value in row.items():
                if column in BLANKED or TIME_COLUMN.search(column):
                    row[column] = "*"
                elif column == "document_id" or (table == "documents" and column == "duplicate_of"):
                    row[column] = paths.get(value, value)
                elif column == "changes" and isinstance(value, str):
                    row[column] = TIMESTAMP.sub("*", value)
            rows.append(json.dumps(row, sort_keys=True, default=str))
        out.append(f"## {table} ({len(rows)})")
        out.extend(sorted(rows))
    return out


if __name__ == "__main__":
    print("\n".join(dump(sys.argv[1])))
