"""The PLOVER ↔ CAMEO mapping: every type and mode goes out and comes back; the documented losses hold."""

from __future__ import annotations

import doctest

import pytest

from cablegram.errors import InputError
from cablegram.interop import cameo
from cablegram.nlp.plover import EVENT_TYPES


def test_every_type_and_mode_round_trips_to_its_type():
    shared = {code for code in cameo.BASE_OF_MODE.values() if list(cameo.BASE_OF_MODE.values()).count(code) > 1}
    for name, etype in EVENT_TYPES.items():
        for mode in (None, *etype.modes):
            code = cameo.to_cameo(name, mode)
            assert code.isdigit() and len(code) in (3, 4)
            back = cameo.from_cameo(code)
            assert back is not None and back[0] == name, (name, mode, code, back)
            if mode and (name, mode) in cameo.BASE_OF_MODE and code not in shared:  # shared codes: documented loss
                assert back[1] == mode, (name, mode, code, back)


def test_documented_losses():
    assert cameo.from_cameo("010") is None and cameo.from_cameo("0234") is None  # dropped roots
    assert cameo.from_cameo("190")[0] == cameo.from_cameo("202")[0] == "ASSAULT"
    assert cameo.from_cameo("091") == ("ACCUSE", "investigate")
    assert cameo.from_cameo("1121") == ("ACCUSE", "allege")
    assert cameo.from_cameo("100")[0] == "REQUEST"
    assert cameo.from_cameo("0811")[0] == "CONCEDE" and cameo.from_cameo("0872")[0] == "RETREAT"
    assert cameo.from_cameo(42) == ("CONSULT", "visit")  # a spreadsheet dropped the zero


def test_quad_codes_cover_every_type():
    assert set(cameo.QUAD_CODE) == set(EVENT_TYPES) == set(cameo.ROOT_OF_TYPE)
    assert {cameo.QUAD_CODE[t] for t in ("AGREE", "AID", "SANCTION", "ASSAULT")} == {1, 2, 3, 4}


@pytest.mark.parametrize("bad", ["", "abc", "2100", "99999", "2x"])
def test_bad_codes_raise_input_errors(bad):
    with pytest.raises(InputError):
        cameo.from_cameo(bad)
    with pytest.raises(InputError):
        cameo.to_cameo("DANCE")


def test_module_examples_run():
    import cablegram.export
    import cablegram.interop.cameo

    for module in (cablegram.interop.cameo, cablegram.export):
        result = doctest.testmod(module)
        assert result.attempted > 0 and result.failed == 0, module.__name__
