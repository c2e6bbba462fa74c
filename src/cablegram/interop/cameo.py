"""PLOVER event types (cablegram's 16) against CAMEO codes, both ways.

The correspondence follows the CAMEO → PLOVER table of the PLOVER specification
(openeventdata/PLOVER): PLOVER kept CAMEO's two-digit *root* categories, merged some
and dropped the two "comment" roots. What that means in practice:

- **Lossy towards CAMEO.** A PLOVER type is one root code; where a mode names a CAMEO
  sub-category (a visit, military aid, an investigation) the three-digit base code is
  given, otherwise the ``0`` base of the root ("040": consult, not specified).
- **Lossy towards PLOVER.** CAMEO 01 (public statement) and 02 (appeal) have no PLOVER
  type: :func:`from_cameo` returns ``None`` for them and importers skip those rows.
  CAMEO 19 (fight) and 20 (unconventional mass violence) both become ASSAULT.
- **Root 08 (yield) is split**: 081-083 (easing restrictions, acceding to demands) are
  CONCEDE, 084-087 (returns, releases, allowing access, de-escalating) are RETREAT. A bare
  "08" or "080" is read as CONCEDE.
- **Root 09 (investigate) and 11 (disapprove) are both ACCUSE** in the current PLOVER
  spec; the mode keeps them apart (``investigate`` vs ``disapprove``/``allege``/``sue``).
- cablegram's REQUEST is the PLOVER spec's DEMAND (CAMEO 10); a CAMEO 10 row imports as
  REQUEST.

>>> to_cameo("CONSULT", "visit")
'042'
>>> to_cameo("ACCUSE", "investigate")
'090'
>>> from_cameo("0841")
('RETREAT', 'release')
>>> from_cameo("010") is None
True
"""

from __future__ import annotations

from ..errors import InputError

# Root code of each of our types.
ROOT_OF_TYPE: dict[str, str] = {
    "AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "COOPERATE": "06", "AID": "07",
    "CONCEDE": "08", "RETREAT": "08", "REQUEST": "10", "ACCUSE": "11", "REJECT": "12",
    "THREATEN": "13", "PROTEST": "14", "MOBILIZE": "15", "SANCTION": "16", "COERCE": "17", "ASSAULT": "18",
}

# (type, mode) -> three-digit CAMEO base code, where a mode has a clear CAMEO sub-category.
BASE_OF_MODE: dict[tuple[str, str], str] = {
    ("CONSULT", "phone"): "041", ("CONSULT", "visit"): "042", ("CONSULT", "host"): "043",
    ("CONSULT", "meet"): "044", ("CONSULT", "third-party"): "045",
    ("COOPERATE", "economic"): "061", ("COOPERATE", "military"): "062", ("COOPERATE", "intelligence"): "064",
    ("AID", "economic"): "071", ("AID", "military"): "072", ("AID", "humanitarian"): "073", ("AID", "asylum"): "075",
    ("CONCEDE", "lift"): "081", ("CONCEDE", "end-protest"): "082", ("CONCEDE", "policy"): "083", ("CONCEDE", "rights"): "083",
    ("RETREAT", "release"): "084", ("RETREAT", "return"): "084", ("RETREAT", "access"): "086",
    ("RETREAT", "withdraw"): "087", ("RETREAT", "ceasefire"): "087", ("RETREAT", "disarm"): "087",
    ("ACCUSE", "investigate"): "090", ("ACCUSE", "disapprove"): "111", ("ACCUSE", "allege"): "112", ("ACCUSE", "sue"): "115",
    ("PROTEST", "demo"): "141", ("PROTEST", "strike-hun"): "142", ("PROTEST", "strike-gen"): "143",
    ("PROTEST", "strike-lim"): "143", ("PROTEST", "obstruct"): "144", ("PROTEST", "riot"): "145",
    ("SANCTION", "sever"): "161", ("SANCTION", "withdraw"): "166", ("SANCTION", "expel"): "164",
    ("COERCE", "confiscate"): "171", ("COERCE", "arrest"): "173", ("COERCE", "deport"): "174",
    ("ASSAULT", "abduct"): "181", ("ASSAULT", "beat"): "182", ("ASSAULT", "explosives"): "183",
    ("ASSAULT", "suicide-attack"): "1831", ("ASSAULT", "assassinate"): "186",
    ("ASSAULT", "firearms"): "193", ("ASSAULT", "heavy-weapons"): "194",
}

# Reverse direction: CAMEO base code -> (type, mode) where the base code says more than its root.
_TYPE_OF_BASE: dict[str, tuple[str, str | None]] = {
    "041": ("CONSULT", "phone"), "042": ("CONSULT", "visit"), "043": ("CONSULT", "host"),
    "044": ("CONSULT", "meet"), "045": ("CONSULT", "third-party"),
    "061": ("COOPERATE", "economic"), "062": ("COOPERATE", "military"), "064": ("COOPERATE", "intelligence"),
    "071": ("AID", "economic"), "072": ("AID", "military"), "073": ("AID", "humanitarian"), "075": ("AID", "asylum"),
    "081": ("CONCEDE", "lift"), "082": ("CONCEDE", "end-protest"), "083": ("CONCEDE", "policy"),
    "0841": ("RETREAT", "release"), "0842": ("RETREAT", "return"),
    "085": ("CONCEDE", "lift"), "086": ("RETREAT", "access"), "087": ("RETREAT", "withdraw"),
    "0871": ("RETREAT", "ceasefire"), "0873": ("RETREAT", "disarm"),
    "111": ("ACCUSE", "disapprove"), "112": ("ACCUSE", "allege"), "114": ("ACCUSE", "disapprove"),
    "115": ("ACCUSE", "sue"),
    "141": ("PROTEST", "demo"), "142": ("PROTEST", "strike-hun"), "143": ("PROTEST", "strike-gen"),
    "144": ("PROTEST", "obstruct"), "145": ("PROTEST", "riot"),
    "161": ("SANCTION", "sever"), "164": ("SANCTION", "expel"), "166": ("SANCTION", "withdraw"),
    "171": ("COERCE", "confiscate"), "173": ("COERCE", "arrest"), "174": ("COERCE", "deport"),
    "181": ("ASSAULT", "abduct"), "182": ("ASSAULT", "beat"), "183": ("ASSAULT", "explosives"), "1831": ("ASSAULT", "suicide-attack"),
    "186": ("ASSAULT", "assassinate"),
    "193": ("ASSAULT", "firearms"), "194": ("ASSAULT", "heavy-weapons"),
    "195": ("ASSAULT", "heavy-weapons"),
}

_TYPE_OF_ROOT: dict[str, tuple[str, str | None]] = {
    "03": ("AGREE", None), "04": ("CONSULT", None), "05": ("SUPPORT", None), "06": ("COOPERATE", None),
    "07": ("AID", None), "08": ("CONCEDE", None), "09": ("ACCUSE", "investigate"), "10": ("REQUEST", None),
    "11": ("ACCUSE", None), "12": ("REJECT", None), "13": ("THREATEN", None), "14": ("PROTEST", None),
    "15": ("MOBILIZE", None), "16": ("SANCTION", None), "17": ("COERCE", None), "18": ("ASSAULT", None),
    "19": ("ASSAULT", None), "20": ("ASSAULT", None),
}
DROPPED_ROOTS = frozenset({"01", "02"})

# Quad codes of the PLOVER specification (1 verbal cooperation … 4 material conflict), by our type.
QUAD_CODE: dict[str, int] = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "SANCTION": 3, "THREATEN": 3,
    "PROTEST": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}


def to_cameo(event_type: str, mode: str | None = None) -> str:
    """The CAMEO code for one of our events: a base code when the mode names one, else ``<root>0``."""
    if event_type not in ROOT_OF_TYPE:
        raise InputError(f"unknown PLOVER event type {event_type!r}", code="invalid_value",
                         hint=f"Use one of {', '.join(ROOT_OF_TYPE)} (see docs/codebook.md).")
    if mode and (event_type, mode) in BASE_OF_MODE:
        return BASE_OF_MODE[(event_type, mode)]
    if event_type == "RETREAT":
        return "084"  # 080 would read back as CONCEDE
    return ROOT_OF_TYPE[event_type] + "0"


def from_cameo(code: str | int) -> tuple[str, str | None] | None:
    """(type, mode) for a CAMEO event code, or ``None`` for the dropped roots 01 and 02.

    Accepts "042", "42" (GDELT files written by spreadsheets lose the leading zero) and 4-digit codes."""
    text = str(code).strip()
    if not text.isdigit() or not 2 <= len(text) <= 4:
        raise InputError(f"{code!r} is not a CAMEO event code", code="invalid_value",
                         hint="CAMEO codes are 2 to 4 digits, e.g. 042 or 0841.")
    if len(text) == 2 and text not in _TYPE_OF_ROOT and text not in DROPPED_ROOTS:
        text = "0" + text  # "42" read as a number from a CSV
    if len(text) == 3 and text[:2] not in _TYPE_OF_ROOT and text[:2] not in DROPPED_ROOTS:
        text = "0" + text
    root = text[:2]
    if root in DROPPED_ROOTS:
        return None
    if root not in _TYPE_OF_ROOT:
        raise InputError(f"{code!r} is not a CAMEO event code", code="invalid_value", hint="CAMEO roots run from 01 to 20.")
    for key in (text, text[:3]):
        if key in _TYPE_OF_BASE:
            return _TYPE_OF_BASE[key]
    if root == "08" and len(text) >= 3 and text[2] in "4567":
        return ("RETREAT", None)
    return _TYPE_OF_ROOT[root]
