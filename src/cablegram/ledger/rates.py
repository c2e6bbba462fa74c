"""Dated reference exchange rates and conversion to US dollars.

The shipped table (``data/usd_rates.csv``, documented in ``data/README.md``) holds
approximate annual averages; monthly rows, when present, win over the annual one.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ..errors import ConfigError, InputError


@dataclass(frozen=True)
class Conversion:
    """A converted amount and the rate period used (``YYYY`` or ``YYYY-MM``)."""

    usd: float
    rate: float
    rate_date: str
    exact_period: bool  # False when the date fell outside the table and the nearest period was used


class RateTable:
    """Units of each currency per US dollar, by period."""

    def __init__(self, rows: dict[str, dict[str, float]]):
        self._rows = rows  # currency -> period -> units_per_usd

    @classmethod
    def default(cls) -> "RateTable":
        """The table shipped with cablegram."""
        text = resources.files("cablegram.ledger").joinpath("data/usd_rates.csv").read_text(encoding="utf-8")
        return cls._parse(text, "cablegram/ledger/data/usd_rates.csv")

    @classmethod
    def from_csv(cls, path: str | Path) -> "RateTable":
        """A table from a CSV file with columns currency, period, units_per_usd."""
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"cannot read rates file: {exc.strerror}", source=str(path),
                              hint="Pass a CSV with columns currency,period,units_per_usd.",
                              code="config_file_error") from None
        return cls._parse(text, str(path))

    @classmethod
    def _parse(cls, text: str, source: str) -> "RateTable":
        rows: dict[str, dict[str, float]] = {}
        reader = csv.DictReader(io.StringIO(text))
        missing = {"currency", "period", "units_per_usd"} - set(reader.fieldnames or [])
        if missing:
            raise ConfigError(f"rates table lacks column(s) {', '.join(sorted(missing))}", source=source,
                              hint="Columns: currency,period,units_per_usd.", code="invalid_setting")
        for n, row in enumerate(reader, start=2):
            try:
                value = float(row["units_per_usd"])
            except (TypeError, ValueError):
                raise ConfigError(f"line {n}: units_per_usd is not a number", source=source,
                                  hint="Fix or remove the line.", code="invalid_setting") from None
            if value <= 0:
                raise ConfigError(f"line {n}: units_per_usd must be positive", source=source,
                                  hint="Fix or remove the line.", code="invalid_setting")
            rows.setdefault(row["currency"].strip().upper(), {})[row["period"].strip()] = value
        rows.setdefault("USD", {})
        return cls(rows)

    @property
    def currencies(self) -> frozenset[str]:
        return frozenset(self._rows)

    def convert(self, amount: float, currency: str, date: str | None) -> Conversion:
        """``amount`` of ``currency`` in USD at the rate for ``date`` (ISO; None → latest period)."""
        code = (currency or "").upper()
        if code == "USD":
            return Conversion(usd=float(amount), rate=1.0, rate_date=(date or "")[:7], exact_period=True)
        periods = self._rows.get(code)
        if not periods:
            raise InputError(f"no exchange rate for currency {currency!r}", source="currency",
                             hint=f"Known currencies: {', '.join(sorted(self._rows))}; add rows to the rates table.",
                             code="invalid_value")
        period, exact = self._period(periods, date)
        rate = periods[period]
        return Conversion(usd=float(amount) / rate, rate=rate, rate_date=period, exact_period=exact)

    @staticmethod
    def _period(periods: dict[str, float], date: str | None) -> tuple[str, bool]:
        if date and len(date) >= 7 and date[:7] in periods:
            return date[:7], True
        years = sorted(p for p in periods if len(p) == 4)
        if not years:
            months = sorted(periods)
            return months[-1], False
        if not date:
            return years[-1], False
        year = date[:4]
        if year in periods:
            return year, True
        nearest = min(years, key=lambda y: abs(int(y) - int(year)) if year.isdigit() else 0)
        return nearest, False
