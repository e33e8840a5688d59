"""Retention on the remote: which snapshots are kept, read like a table."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from kontopronto_desktop.core.backup.retention import RetentionRule, months_before, plan

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def test_one_snapshot_a_day_for_a_year_with_the_defaults() -> None:
    snapshots = [(f"s{i}", NOW - timedelta(days=i)) for i in range(365)]
    result = plan(snapshots, NOW, RetentionRule())
    kept_days = sorted((NOW - dict(snapshots)[sid]).days for sid in result.keep)
    # 7 daily (0-6), the newest of 4 ISO weeks, of 3 months; nothing older than 3 months
    assert kept_days[:7] == [0, 1, 2, 3, 4, 5, 6]
    assert max(kept_days) <= 92 and len(result.keep) <= 7 + 4 + 3
    assert all(NOW - dict(snapshots)[sid] > timedelta(days=89) for sid in result.expired)
    assert len(result.expired) >= 365 - 93
    assert set(result.keep) | set(result.delete) == {sid for sid, _ in snapshots}
    assert "daglig" in result.reasons["s0"] and "siste" in result.reasons["s0"]


def test_several_snapshots_on_one_day_keep_the_last_three_and_one_per_day() -> None:
    snapshots = [("morgen", _at("2026-11-23T08:00")), ("lunsj", _at("2026-11-23T11:00")),
                 ("kveld", _at("2026-11-22T20:00")), ("tidlig", _at("2026-11-22T07:00")),
                 ("i går", _at("2026-11-21T09:00"))]
    result = plan(snapshots, NOW, RetentionRule(last=3, daily=7))
    assert result.keep == ["lunsj", "morgen", "kveld", "i går"]
    assert result.delete == ["tidlig"]


def test_nothing_older_than_the_limit_is_kept_even_the_newest() -> None:
    old = [("gammel", _at("2026-07-01T10:00"))]
    result = plan(old, NOW, RetentionRule(max_months=3))
    assert result.keep == [] and result.expired == ["gammel"] and result.delete == ["gammel"]


def test_months_before_clamps_to_the_end_of_the_month() -> None:
    assert months_before(_at("2026-05-31T10:00"), 3) == _at("2026-02-28T10:00")
    assert months_before(_at("2026-01-15T10:00"), 2) == _at("2025-11-15T10:00")
    assert months_before(_at("2028-05-30T00:00"), 3) == _at("2028-02-29T00:00")


def test_same_second_the_later_generation_counts_as_newer() -> None:
    same = _at("2026-11-23T10:00")
    assert plan([("gen1", same), ("gen2", same)], NOW, RetentionRule(last=1, daily=1, weekly=0, monthly=0)).keep \
        == ["gen2"]
