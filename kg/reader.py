"""Read: bytes → decoded, cleaned text that remembers where each character came from.

Every later stage works on :class:`TracedText`, so an evidence clause or an entity found
anywhere in the pipeline can be traced back to its character offset in the decoded file.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from array import array
from dataclasses import dataclass
from pathlib import Path

# Per-file cap on untrusted input; a larger file is reported and skipped.
MAX_FILE_BYTES = 8 * 1024 * 1024     # a news page is ~20 KB; --max-file-mb raises it

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
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    # No BOM and not UTF-8: GB18030 or BOM-less UTF-16. Each decodes many byte strings, so
    # keep the reading that looks most like text (CJK, ASCII, punctuation, line breaks).
    readings = []
    for enc in ("gb18030", "utf-16-le", "utf-16-be"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        readings.append((_plausibility(text), enc, text))
    if readings:
        score, enc, text = max(readings)
        if score >= 0.9:
            return text, enc
    if data.count(0) > len(data) // 8:
        raise ReadError("binary file (NUL bytes)")
    raise ReadError(f"not UTF-8, UTF-16 or GB18030 text (invalid byte at {utf8_error.start})")


def _plausibility(text: str) -> float:
    sample = text[:4000]
    if not sample:
        return 0.0
    good = sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff" or " " <= ch <= "~" or ch in "\n\r\t"
               or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef" or "\u2010" <= ch <= "\u206f")
    return good / len(sample)


def _normalise_char(ch: str) -> str:
    """One character → its normal form, or '' to drop it; never more than one character,
    so offsets stay one-to-one."""
    if ch in _ZERO_WIDTH:
        return ""
    if ch == "\r":
        return ""
    if ch in "\n\t":
        return ch
    if ch in "\u2028\u2029\x85":        # line and paragraph separators are line breaks
        return "\n"
    cat = unicodedata.category(ch)
    if cat == "Cc" or cat == "Cs":
        return ""
    if ch == "\u3000" or cat == "Zs":
        return " "
    if "\uff01" <= ch <= "\uff5e":  # full-width ASCII forms → ASCII
        return chr(ord(ch) - 0xFEE0)
    norm = unicodedata.normalize("NFKC", ch)
    return norm if len(norm) == 1 else ch


# elements whose content is never text of the page
_DROP_TAGS = {"script", "style", "head", "noscript", "template", "svg", "iframe", "object"}
# elements that break a line
_BLOCK_TAGS = {"p", "br", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article",
               "title", "header", "footer", "aside", "blockquote", "ul", "ol", "dd", "dt", "figcaption", "main",
               "nav", "pre", "hr", "td", "th", "caption", "figure"}


def _html_tree(text: str):
    """The page parsed by libxml2's HTML parser (lxml: linear time, whatever the markup), or
    None when what it finds is not markup: a page is HTML when the parser builds a block
    element or at least two elements from it (a '<script>' in a plain page stays text)."""
    if "<" not in text:
        return None
    from lxml import etree
    parser = etree.HTMLParser(recover=True, remove_comments=True, remove_pis=True, huge_tree=True,
                              encoding="utf-8", no_network=True)
    try:
        root = etree.fromstring(text.encode("utf-8", "surrogatepass"), parser)
    except (etree.LxmlError, ValueError):
        return None
    if root is None:
        return None
    found = [el.tag for el in root.iter() if isinstance(el.tag, str) and el.tag not in ("html", "body")]
    if not found or len(found) < 2 and found[0] not in _BLOCK_TAGS:
        return None
    return root


def strip_markup(text: str) -> tuple[str, array]:
    """HTML page → its text (block elements become line breaks, entities decoded), with each
    character's offset in the page (found by a forward search, so a character decoded from an
    entity gets the offset of the text around it). Plain text is returned as it is."""
    root = _html_tree(text)
    if root is None:
        return text, array("l", range(len(text)))
    out, origin = [], array("l")
    cursor = 0

    def emit(chunk: str | None) -> None:
        nonlocal cursor
        if not chunk:
            return
        # bounded search: a chunk is found near where the previous one ended
        window = cursor + 8 * len(chunk) + 4096
        at = text.find(chunk, cursor, window)
        if at < 0:
            at = min(cursor, max(len(text) - 1, 0))
            origin.extend(min(at + i, len(text) - 1) for i in range(len(chunk)))
        else:
            origin.extend(range(at, at + len(chunk)))
        out.append(chunk)
        cursor = at + len(chunk) if at + len(chunk) <= len(text) else cursor

    def newline() -> None:
        out.append("\n")
        origin.append(min(cursor, max(len(text) - 1, 0)))

    stack = [(root, False)]
    while stack:
        el, closing = stack.pop()
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if closing:
            if tag in _BLOCK_TAGS:
                newline()
            emit(el.tail)
            continue
        if tag in _DROP_TAGS or not tag:
            emit(el.tail)
            continue
        if tag in _BLOCK_TAGS:
            newline()
        emit(el.text)
        stack.append((el, True))
        stack.extend((child, False) for child in reversed(el))
    return "".join(out), origin


def clean(text: str) -> TracedText:
    """Strip markup, then Unicode-normalise character by character, keeping for each kept
    character its offset in the decoded file."""
    plain, base = strip_markup(text)
    # Characters kept as they are go in by runs (slices), not one string object each: a
    # page of Chinese would otherwise cost ~80 bytes per character while it is cleaned.
    out, origin = [], array("l")
    run = 0                                 # where the current run of unchanged characters began
    for i, ch in enumerate(plain):
        if "\u4e00" <= ch <= "\u9fff" or " " <= ch <= "~":
            continue
        if ch == "\r" and not plain.startswith("\n", i + 1):
            n = "\n"                        # an old Mac line end: a lone CR breaks the line
        else:
            n = _normalise_char(ch)
        if n == ch:
            continue
        out.append(plain[run:i])
        origin.extend(base[run:i])
        if n:
            out.append(n)
            origin.append(base[i])
        run = i + 1
    out.append(plain[run:])
    origin.extend(base[run:])
    return TracedText(_paired_quotes("".join(out)), origin)


_STRAIGHT_QUOTED_LINE = re.compile(r'^[^\n"]*"[^\n]*$', re.M)


def _paired_quotes(text: str) -> str:
    """Straight double quotes in a line of Chinese, in pairs, become “ and ” (the grammar reads
    quoted names by the Chinese marks; a page typed on a Western keyboard uses "…")."""
    if '"' not in text:
        return text

    def pair(m: re.Match) -> str:
        line = m.group(0)
        if line.count('"') % 2 or not re.search(r"[\u4e00-\u9fff]", line):
            return line
        parts = line.split('"')
        return "".join(p + ("“" if i % 2 == 0 else "”") for i, p in enumerate(parts[:-1])) + parts[-1]
    return _STRAIGHT_QUOTED_LINE.sub(pair, text)


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
