"""Numerals: Arabic and Chinese numbers, with 万/亿 multipliers, as exact decimals."""

from __future__ import annotations

from decimal import Decimal

__all__ = ["parse_chinese", "parse_number", "MULTIPLIERS", "CN_DIGITS"]

CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000}
MULTIPLIERS = {"万亿": Decimal(10) ** 12, "千亿": Decimal(10) ** 11, "百亿": Decimal(10) ** 10, "亿": Decimal(10) ** 8,
               "千万": Decimal(10) ** 7, "百万": Decimal(10) ** 6, "十万": Decimal(10) ** 5, "万": Decimal(10) ** 4}


def parse_chinese(text: str) -> int | None:
    """A Chinese numeral below 10,000 (十余 → 10, 二十三 → 23, 二〇三五 → 2035); None if not one.

    Example:
        >>> parse_chinese("二十三"), parse_chinese("十"), parse_chinese("二〇三五"), parse_chinese("一带")
        (23, 10, 2035, None)
    """
    if not text or any(ch not in CN_DIGITS and ch not in CN_UNITS for ch in text):
        return None
    if all(ch in CN_DIGITS for ch in text):
        return int("".join(str(CN_DIGITS[ch]) for ch in text)) if len(text) > 1 else CN_DIGITS[text]
    total, digit = 0, None
    for ch in text:
        if ch in CN_DIGITS:
            if digit is not None:
                return None
            digit = CN_DIGITS[ch]
        else:
            total += (1 if digit is None else digit) * CN_UNITS[ch]
            digit = None
    return total + (digit or 0)


def parse_number(digits: str, multiplier: str = "") -> Decimal | None:
    """The value of `digits` (Arabic or Chinese) times its multiplier.

    Example:
        >>> parse_number("1.44", "亿"), parse_number("六十", "万")
        (Decimal('144000000.00'), Decimal('600000'))
    """
    digits = digits.replace(",", "").replace("，", "")
    if digits.replace(".", "", 1).isdigit():
        value = Decimal(digits)
    else:
        parsed = parse_chinese(digits)
        if parsed is None:
            return None
        value = Decimal(parsed)
    return value * MULTIPLIERS.get(multiplier, Decimal(1))
