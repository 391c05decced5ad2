"""Reading a big export piece by piece: each list element is checked as it is read.

``json.loads`` of a 100,000-entry export holds the whole text, then the whole tree, then
the checked copy, all at once. Here the file is read in chunks, and the elements of the
big lists (documents, log, calls, questions, missing) are decoded one at a time and
handed to a callback that checks them; only what the callback keeps stays in memory.
The file must still be one JSON object; anything else is an ExportFileError.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from organizer.core.errors import KnownError, told, word
from organizer.core.phrases import QT_TRANSLATE_NOOP
from organizer.services import export_checks as export
from organizer.services import private_files
from organizer.services.export_checks import (
    NOT_JSON_AT,
    OPTIONAL,
    TOO_LARGE,
    ExportData,
    ExportFileError,
    Fields,
)

CHUNK = 1 << 20
WHITESPACE = " \t\n\r"


class StreamError(KnownError):
    """The file is not valid JSON, or too large; the message says which."""


class ListRead:
    """Stands for a list whose elements went to a callback: how many there were."""

    def __init__(self, count: int) -> None:
        self.count = count


class JsonStream:
    """A forward-only reader of one JSON text, a value at a time."""

    def __init__(self, stream: BinaryIO, max_bytes: int) -> None:
        self.stream = stream
        self.max_bytes = max_bytes
        self.read_bytes = 0
        self.decoder = json.JSONDecoder()
        self.text = codecs.getincrementaldecoder("utf-8")()
        self.buffer = ""
        self.pos = 0
        self.eof = False
        self.line = 1

    def _fill(self, size: int = CHUNK) -> bool:
        if self.eof:
            return False
        raw = self.stream.read(size)
        self.read_bytes += len(raw)
        if self.read_bytes > self.max_bytes:
            raise StreamError(told(TOO_LARGE))
        try:
            more = self.text.decode(raw, final=not raw)
        except UnicodeDecodeError:
            raise StreamError(
                told(QT_TRANSLATE_NOOP("errors", "it is not valid JSON (it is not UTF-8 text)"))
            ) from None
        if not raw:
            self.eof = True
        self.line += self.buffer.count("\n", 0, self.pos)
        self.buffer = self.buffer[self.pos :] + more
        self.pos = 0
        return bool(raw) or bool(more)

    def _bad(self) -> StreamError:
        line = self.line + self.buffer.count("\n", 0, self.pos)
        return StreamError(told(NOT_JSON_AT, line))

    def peek(self) -> str:
        """The next character that is not white space ('' at the end)."""
        while True:
            while self.pos < len(self.buffer) and self.buffer[self.pos] in WHITESPACE:
                self.pos += 1
            if self.pos < len(self.buffer):
                return self.buffer[self.pos]
            if not self._fill():
                return ""

    def expect(self, char: str) -> None:
        if self.peek() != char:
            raise self._bad()
        self.pos += 1

    def value(self) -> Any:
        """The next whole JSON value."""
        self.peek()
        size = CHUNK
        while True:
            try:
                value, end = self.decoder.raw_decode(self.buffer, self.pos)
            except (json.JSONDecodeError, RecursionError, ValueError):
                # Perhaps only cut short by the end of the buffer: read more and retry,
                # in growing steps so that one long value is not decoded again and again.
                if self._fill(size):
                    size *= 2
                    continue
                raise self._bad() from None
            cut = end == len(self.buffer) and not self.eof
            if cut and isinstance(value, int | float) and self._fill(size):
                continue  # a number may go on in the next chunk
            self.pos = end
            return value

    def finish(self) -> None:
        if self.peek() != "":
            raise self._bad()


def read_object(stream: JsonStream, lists: dict[str, Callable[[int, Any], None]]) -> Any:
    """The top-level object; the elements of the lists named in ``lists`` go to callbacks.

    Other keys are returned with their values; a listed key with a ListRead. A text that
    is not an object is returned as it is.
    """
    found: dict[str, Any] = {}
    if stream.peek() != "{":  # not an object at all: the caller says so
        value = stream.value()
        stream.finish()
        return value
    stream.expect("{")
    if stream.peek() == "}":
        stream.expect("}")
        stream.finish()
        return found
    while True:
        key = stream.value()
        if not isinstance(key, str):
            raise stream._bad()
        stream.expect(":")
        handle = lists.get(key)
        if handle is not None and stream.peek() == "[":
            found[key] = ListRead(_read_list(stream, handle))
        else:
            found[key] = stream.value()
        if stream.peek() == ",":
            stream.expect(",")
            continue
        stream.expect("}")
        stream.finish()
        return found


def _read_list(stream: JsonStream, handle: Callable[[int, Any], None]) -> int:
    stream.expect("[")
    if stream.peek() == "]":
        stream.expect("]")
        return 0
    count = 0
    while True:
        handle(count, stream.value())
        count += 1
        if stream.peek() == ",":
            stream.expect(",")
            continue
        stream.expect("]")
        return count


def validate_file(path: Path) -> ExportData:
    """Check the export in ``path`` as it is read, element by element.

    The same checks as ``export.validate``; only the checked rows are kept, so a
    100,000-entry file needs a fraction of the memory of reading it whole first.
    """
    kept: dict[str, list[dict[str, Any]]] = {k: [] for k in ("documents", "log", "calls")}
    kept["questions"] = []

    def keep(key: str, check: Callable[[Fields], dict[str, Any]]) -> Callable[[int, Any], None]:
        return lambda index, value: kept[key].append(check(Fields(value, f"{key}[{index}]")))

    def shape(index: int, value: Any) -> None:
        Fields(value, f"missing[{index}]")  # worked out again from the log: shape only

    lists = {
        "documents": keep("documents", lambda f: f.take(export.DOCUMENT, OPTIONAL["document"])),
        "log": keep("log", export.check_entry),
        "calls": keep("calls", lambda f: f.take(export.CALL)),
        "questions": keep("questions", lambda f: f.take(export.QUESTION)),
        "missing": shape,
    }
    with private_files.open_input(path, "export") as handle:
        try:
            head = read_object(JsonStream(handle, export.MAX_IMPORT_BYTES), lists)
        except StreamError as exc:
            raise ExportFileError(exc.phrase) from None
        except OSError as exc:
            raise private_files.cant_read(path, exc) from exc
    top = Fields(head, export.WHOLE_FILE)
    profile = export.check_head(top)
    for key in lists:
        if not isinstance(top.raw(key), ListRead):
            raise ExportFileError(
                told(QT_TRANSLATE_NOOP("errors", "{0}.{1} must be a list"), word(top.where), key)
            )
    paths = export.check_documents(kept["documents"])
    export.check_links(kept["log"], paths)
    return export.ExportData(
        profile, kept["documents"], kept["log"], kept["calls"], kept["questions"]
    )
