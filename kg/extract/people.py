"""People: bylines, photo credits, and personal names the tagger finds in the text."""
from __future__ import annotations

import re

from ..analyse import Doc
from ..model import Entity

_HAN_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")


def person_key(name: str) -> str:
    return "person:" + name


def _person(name: str, role: str | None = None, pen_name: bool = False) -> Entity:
    attrs = {"roles": [role] if role else []}
    if pen_name:
        attrs["pen_name"] = True
    return Entity("Person", person_key(name), name, attrs=attrs)


def extract_people(doc: Doc, excluded: set[str] = frozenset()) -> tuple[list[Entity], list[Entity]]:
    """Return (people named in the text, byline authors and photographers)."""
    art = doc.article
    credits: dict[str, Entity] = {}
    for name, pen in art.authors:
        ent = credits.setdefault(name, _person(name, "author", pen))
        ent.attrs["roles"] = sorted(set(ent.attrs["roles"]) | {"author"} | set(art.byline_roles))
    for name in art.photographers:
        ent = credits.setdefault(name, _person(name, "photographer"))
        ent.attrs["roles"] = sorted(set(ent.attrs["roles"]) | {"photographer"})
    named: dict[str, Entity] = {}
    for tok in doc.tokens:
        if tok.tag != "PER" or not _HAN_NAME.match(tok.text) or tok.text in excluded:
            continue
        if tok.text in credits:
            continue
        ent = named.setdefault(tok.text, _person(tok.text))
        ent.spans.append((tok.start, tok.end))
    return list(named.values()), list(credits.values())
