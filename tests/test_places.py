"""Places, Back/Forward history and where links may lead."""

from desktop_app.content.links import Internal, Refused, Web, classify
from desktop_app.places import History, Place


def test_place_parse_and_str() -> None:
    assert Place.parse("borders/checkpoint#objectives") == Place("borders/checkpoint", "objectives")
    assert Place.parse(" entry:mission ") == Place("mission")
    assert str(Place("a/b", "c")) == "a/b#c"
    assert str(Place("a/b")) == "a/b"


def test_history_back_forward_and_truncation() -> None:
    history = History()
    for slug in ("a", "b", "c"):
        history.visit(Place(slug))
    assert history.back() == Place("b")
    assert history.back() == Place("a")
    assert history.back() is None
    assert history.forward() == Place("b")
    history.visit(Place("d"))
    assert not history.can_go_forward()
    assert history.back() == Place("b")


def test_history_ignores_repeat_and_is_bounded() -> None:
    history = History(limit=3)
    for slug in ("a", "a", "b", "c", "d"):
        history.visit(Place(slug))
    assert history.current == Place("d")
    assert history.back() == Place("c")
    assert history.back() == Place("b")
    assert history.back() is None


def test_classify_links() -> None:
    assert classify("#objectives", "x/y") == Internal(Place("x/y", "objectives"))
    assert classify("entry:mission#aims", "x") == Internal(Place("mission", "aims"))
    assert classify("https://www.iom.int", "x") == Web("https://www.iom.int")
    for bad in ("file:///etc/passwd", "javascript:alert(1)", "../../etc/passwd", "", "http://",
                "/etc/passwd", "ftp://host/x"):
        assert isinstance(classify(bad, "x"), Refused), bad
