"""Read: bytes → decoded, cleaned text that remembers where each character came from.

Every later stage works on :class:`TracedText`, so an evidence clause or an entity found
anywhere in the pipeline can be traced back to its character offset in the decoded file.
"""
from __future__ import annotations

import codecs
import unicodedata
from array import array
from dataclasses import dataclass
from pathlib import Path

# Per-file cap on untrusted input; a larger file is reported and skipped.
MAX_FILE_BYTES = 32 * 1024 * 1024

_ZERO_WIDTH = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}


class ReadError(Exception):
    """A file that cannot be read as text; the message is one line for the user."""


class TracedText:
    """A string plus, for each character, its offset in the original decoded text."""

    __slots__ = ("text", "origin")

    def __init__(self, text: str, origin: array | None = None):
        self.text = text
        self.origin = origin if origin is not None else array("l", range(len(text)))
        assert len(self.origin) == len(self.text)

    def __len__(self) -> int:
        return len(self.text)

    def __getitem__(self, item: slice) -> "TracedText":
        if not isinstance(item, slice):
            raise TypeError("TracedText supports slicing only")
        return TracedText(self.text[item], self.origin[item])

    def __add__(self, other: "TracedText") -> "TracedText":
        return TracedText(self.text + other.text, self.origin + other.origin)

    def __repr__(self) -> str:
        return f"TracedText({self.text[:30]!r}…)" if len(self.text) > 30 else f"TracedText({self.text!r})"

    def offset(self, i: int) -> int:
        """Original offset of character ``i`` (``i == len`` maps one past the last)."""
        if not self.origin:
            return 0
        if i >= len(self.origin):
            return self.origin[-1] + 1
        return self.origin[i]

    def strip(self) -> "TracedText":
        s = self.text
        start, end = 0, len(s)
        while start < end and s[start].isspace():
            start += 1
        while end > start and s[end - 1].isspace():
            end -= 1
        return self[start:end]

    @staticmethod
    def join(parts: list["TracedText"], sep: str = "") -> "TracedText":
        text, origin = [], array("l")
        for n, p in enumerate(parts):
            if n and sep:
                anchor = origin[-1] if origin else 0
                text.append(sep)
                origin.extend([anchor] * len(sep))
            text.append(p.text)
            origin.extend(p.origin)
        return TracedText("".join(text), origin)


@dataclass
class Source:
    """One decoded input file."""

    path: Path
    name: str
    encoding: str
    raw_text: str
    text: TracedText


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes as UTF-8 (with or without BOM), UTF-16/32 or GB18030; return (text, encoding)."""
    if not data:
        raise ReadError("empty file")
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as exc:
                raise ReadError(f"invalid {enc} ({exc.reason} at byte {exc.start})") from None
    # UTF-16 without BOM: Chinese text in UTF-16 has NULs only in ASCII positions, on one parity.
    if len(data) >= 4 and data.count(0) > len(data) // 8:
        even, odd = data[0::2].count(0), data[1::2].count(0)
        enc = "utf-16-le" if odd > even * 4 else "utf-16-be" if even > odd * 4 else None
        if enc:
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                pass
        raise ReadError("binary file (NUL bytes)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        try:
            return data.decode("gb18030"), "gb18030"
        except UnicodeDecodeError:
            raise ReadError(f"not UTF-8, UTF-16 or GB18030 (invalid byte at {utf8_error.start})") from None


def _normalise_char(ch: str) -> str:
    """One character → its normal form, or '' to drop it; never more than one character,
    so offsets stay one-to-one."""
    if ch in _ZERO_WIDTH:
        return ""
    if ch == "\r":
        return ""
    if ch in "\n\t":
        return ch
    cat = unicodedata.category(ch)
    if cat == "Cc" or cat == "Cs":
        return ""
    if ch == "\u3000" or cat == "Zs":
        return " "
    if "\uff01" <= ch <= "\uff5e":  # full-width ASCII forms → ASCII
        return chr(ord(ch) - 0xFEE0)
    norm = unicodedata.normalize("NFKC", ch)
    return norm if len(norm) == 1 else ch


def clean(text: str) -> TracedText:
    """Unicode-normalise character by character, keeping the offset of each kept character."""
    out, origin = [], array("l")
    for i, ch in enumerate(text):
        n = _normalise_char(ch) if not ("\u4e00" <= ch <= "\u9fff") else ch
        if n:
            out.append(n)
            origin.append(i)
    return TracedText("".join(out), origin)


def looks_binary(text: str) -> bool:
    """Decoded text that is mostly control or private-use characters is not news."""
    sample = text[:4000]
    if not sample:
        return False
    bad = sum(1 for ch in sample if unicodedata.category(ch) in ("Cc", "Co", "Cn") and ch not in "\n\r\t")
    return bad / len(sample) > 0.1


def read_source(path: Path, max_bytes: int = MAX_FILE_BYTES) -> Source:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ReadError(f"file too large ({size} bytes > limit {max_bytes})")
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(exc.strerror or str(exc)) from None
    raw, enc = decode(data)
    if looks_binary(raw):
        raise ReadError("binary file (control characters)")
    traced = clean(raw)
    if not traced.text.strip():
        raise ReadError("no text")
    return Source(path=path, name=path.name, encoding=enc, raw_text=raw, text=traced)
