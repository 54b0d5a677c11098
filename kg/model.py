"""What extractors return: typed entities and relations with offsets, before RDF."""
from __future__ import annotations

from dataclasses import dataclass, field, replace


@dataclass
class Entity:
    """One entity as an article names it. ``key`` is its identity across articles."""

    kind: str                                   # Region, Organization, Person, Post, Program, ...
    key: str
    label: str
    aliases: set[str] = field(default_factory=set)
    attrs: dict = field(default_factory=dict)
    spans: list[tuple[int, int]] = field(default_factory=list)
    mentioned: bool = True                      # False: added by inference (e.g. a parent region)

    def merge(self, other: "Entity") -> None:
        self.aliases |= other.aliases
        self.spans += [s for s in other.spans if s not in self.spans]
        self.mentioned = self.mentioned or other.mentioned
        for k, v in other.attrs.items():
            if isinstance(v, list) and isinstance(self.attrs.get(k), list):
                self.attrs[k] = self.attrs[k] + [x for x in v if x not in self.attrs[k]]
            else:
                self.attrs.setdefault(k, v)


@dataclass(frozen=True)
class Relation:
    predicate: str                              # leads, responsibleFor, runs, holdsPost, ...
    subject: str                                # entity keys
    object: str
    evidence: str
    start: int = 0
    end: int = 0
    stated: bool = True        # the text names the actor here (not the region the article is about)


@dataclass
class Extraction:
    """Everything found in one article."""

    entities: dict[str, Entity] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)

    def add(self, entity: Entity) -> Entity:
        have = self.entities.get(entity.key)
        if have is None:
            self.entities[entity.key] = entity
            return entity
        have.merge(entity)
        return have

    def relate(self, relation: Relation) -> None:
        if relation.subject == relation.object:
            return
        if relation.subject in self.entities and relation.object in self.entities \
                and relation not in self.relations:
            triple = (relation.predicate, relation.subject, relation.object)
            readings = [n for n, r in enumerate(self.relations) if (r.predicate, r.subject, r.object) == triple]
            if any(self.relations[n].stated != relation.stated for n in readings):
                # one statement read twice: its actor is stated if either reading names it
                for n in readings:
                    self.relations[n] = replace(self.relations[n], stated=True)
                relation = replace(relation, stated=True)
            self.relations.append(relation)

    def of_kind(self, kind: str) -> list[Entity]:
        return [e for e in self.entities.values() if e.kind == kind]
