"""The kiosk's settings file, the idle timer and the staff PIN, without a window."""

import hmac
from pathlib import Path

import pytest

from scers_desktop.session import kiosk as kiosk_settings
from scers_desktop.session.kiosk import IdleState, IdleTimer, KioskConfig, KioskConfigError, hash_pin, load_config
from tests.session.fakes import FakeClock


def test_the_idle_timer_counts_from_the_last_activity() -> None:
    clock = FakeClock()
    timer = IdleTimer(clock, 180, 20)
    clock.now += 190
    assert timer.state() == (IdleState.WARNING, 10)
    timer.activity()
    assert timer.state() == (IdleState.ACTIVE, 0)
    clock.now += 200.5
    assert timer.state() == (IdleState.EXPIRED, 0)


def test_kiosk_settings_are_checked(tmp_path: Path) -> None:
    good = tmp_path / "kiosk.toml"
    good.write_text('default = true\nstaff_pin = "1234"\nprinter = "Lobby"\nidle_minutes = 2\nwarning_seconds = 25\n')
    config = load_config(good)
    assert config == KioskConfig(True, "1234", "Lobby", 120, 25)
    short = tmp_path / "short.toml"
    short.write_text("warning_seconds = 10\n")
    with pytest.raises(KioskConfigError, match="at least 20"):
        load_config(short)
    typo = tmp_path / "typo.toml"
    typo.write_text("idle_minute = 3\n")
    with pytest.raises(KioskConfigError, match="unknown key 'idle_minute'"):
        load_config(typo)


def test_the_example_kiosk_file_is_valid() -> None:
    example = Path(__file__).parent.parent.parent / "resources" / "kiosk.example.toml"
    assert load_config(example) == KioskConfig(True, "change-me", "", 180, 30)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('default = "false"', "default must be true or false"),
        ("default = 1", "default must be true or false"),
        ("idle_minutes = true", "idle_minutes must be a number of minutes"),
        ('idle_minutes = "3"', "idle_minutes must be a number of minutes"),
        ("warning_seconds = true", "warning_seconds must be a whole number of seconds"),
        ("warning_seconds = 30.5", "warning_seconds must be a whole number of seconds"),
        ("staff_pin = 4821", "staff_pin must be a quoted string"),
        ("printer = false", "printer must be a quoted string"),
        ('staff_pin_hash = "4821"', "staff_pin_hash must look like pbkdf2_sha256"),
        ('staff_pin_hash = "pbkdf2_sha256$0$00$00"', "staff_pin_hash must look like"),
    ],
)
def test_a_kiosk_file_with_a_value_of_the_wrong_type_is_refused(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(line + "\n")
    with pytest.raises(KioskConfigError, match=message.replace("$", r"\$")):
        load_config(path)


def test_a_salted_pin_hash_is_accepted_and_checked(tmp_path: Path) -> None:
    stored = hash_pin("4821", iterations=1000)
    scheme, iterations, salt, digest = stored.split("$")
    assert (scheme, iterations, len(salt), len(digest)) == ("pbkdf2_sha256", "1000", 32, 64)
    assert hash_pin("4821", iterations=1000) != stored  # a fresh salt every time
    path = tmp_path / "kiosk.toml"
    path.write_text(f'staff_pin_hash = "{stored}"\n')
    config = load_config(path)
    assert config.can_close
    assert config.pin_matches("4821")
    assert not config.pin_matches("4822")
    assert not config.pin_matches("")
    assert not KioskConfig().can_close and not KioskConfig().pin_matches("")


def test_the_pin_is_compared_in_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    compared: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest
    monkeypatch.setattr(kiosk_settings.hmac, "compare_digest", lambda a, b: compared.append((a, b)) or real(a, b))
    assert KioskConfig(staff_pin="4821").pin_matches("4821")
    assert KioskConfig(staff_pin_hash=hash_pin("4821", iterations=10)).pin_matches("4821")
    assert len(compared) == 2


def test_hash_pin_asks_twice_without_echo_and_prints_the_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = iter(["4821", "4821"])
    monkeypatch.setattr(kiosk_settings.getpass, "getpass", lambda prompt: next(answers))
    assert kiosk_settings.main(["--hash-pin"]) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith('staff_pin_hash = "pbkdf2_sha256$')
    stored = line.split('"')[1]
    assert kiosk_settings.verify_pin("4821", stored) and not kiosk_settings.verify_pin("1111", stored)
    answers = iter(["4821", "4812"])
    assert kiosk_settings.main(["--hash-pin"]) == 1
