"""Each named query answers something on the seeds; parameters are bound, never pasted."""
import pytest

from kg.query import find_query, parse_params, rows_of, run_query

NAMED = ["who_runs_what", "programs_by_region", "metrics_by_region", "people_and_posts", "region_tree",
         "events_timeline"]


@pytest.mark.parametrize("name", NAMED)
def test_named_query_returns_rows(seed_graph, name):
    q = find_query(name)
    assert q.read_text(encoding="utf-8").startswith("#"), "each query says what it answers"
    cols, rows = rows_of(run_query(seed_graph, q.read_text(encoding="utf-8")))
    assert rows, name


def test_who_runs_what_for_one_region(seed_graph):
    text = find_query("who_runs_what").read_text(encoding="utf-8")
    _, all_rows = rows_of(run_query(seed_graph, text))
    _, rows = rows_of(run_query(seed_graph, text, parse_params(["region=格尔木市"])))
    assert rows and len(rows) < len(all_rows)


def test_injection_string_is_just_a_value(seed_graph):
    text = find_query("who_runs_what").read_text(encoding="utf-8")
    _, rows = rows_of(run_query(seed_graph, text, parse_params(['region="} ; DROP ALL ; {"'])))
    assert rows == []
    assert len(seed_graph) > 1000
