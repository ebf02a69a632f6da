"""The last word on a failure no command reported: one line in the interface language and an
exit code, never a traceback; the hostile tests look for exactly these words."""

from __future__ import annotations

import pytest

from planctl.cli._guard import run_guarded


def _bug() -> None:
    raise ValueError("boom")


def _interrupt() -> None:
    raise KeyboardInterrupt


@pytest.mark.parametrize(
    ("lang", "command", "code", "said"),
    [
        ("ru_RU.UTF-8", _bug, 1, "planctl: внутренняя ошибка (ValueError: boom)"),
        ("uk_UA.UTF-8", _bug, 1, "planctl: внутрішня помилка (ValueError: boom)"),
        ("ru_RU.UTF-8", _interrupt, 130, "planctl: прервано"),
        ("uk_UA.UTF-8", _interrupt, 130, "planctl: перервано"),
    ],
)
def test_an_unreported_failure_is_one_line_in_the_interface_language(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], lang: str, command: object, code: int, said: str
) -> None:
    monkeypatch.setenv("LANG", lang)
    monkeypatch.delenv("PLANCTL_DEBUG", raising=False)
    with pytest.raises(SystemExit) as exited:
        run_guarded(command)  # type: ignore[arg-type]
    assert exited.value.code == code
    err = capsys.readouterr().err
    assert err.startswith(said) and "Traceback" not in err and err.count("\n") == 1


def test_planctl_debug_shows_the_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PLANCTL_DEBUG", "1")
    with pytest.raises(ValueError, match="boom"):
        run_guarded(_bug)
