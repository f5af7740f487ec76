"""The shared database's password in a keyring, and a quiet fallback where there is none.

The machine's own keyring is never touched: each test passes a backend of its own.
"""

from __future__ import annotations

import keyring.backends.fail
import keyring.errors
import pytest
from keyring.backend import KeyringBackend

from desk_app.store import secrets

KEY = "desk@db.shop.local:5432/desk"


class MemoryKeyring(KeyringBackend):
    """A keyring in a dict."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("no such password")


class LockedKeyring(MemoryKeyring):
    """A keyring that is there but refuses everything (locked, its service gone)."""

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("locked")

    def delete_password(self, service: str, username: str) -> None:
        raise RuntimeError("the Secret Service went away")


@pytest.fixture(autouse=True)
def no_process_keyring(monkeypatch):
    """Even a test that forgets ``backend=`` never reaches the machine's keyring."""
    monkeypatch.setattr(secrets, "_chosen", keyring.backends.fail.Keyring())


def test_a_password_is_saved_loaded_and_forgotten():
    memory = MemoryKeyring()
    assert secrets.keyring_available(memory)
    assert secrets.save_password(KEY, "Секрет-42", memory) is True
    assert memory.entries == {(secrets.SERVICE, KEY): "Секрет-42"}
    assert secrets.load_password(KEY, memory) == "Секрет-42"
    assert secrets.load_password("desk@other:5432/desk", memory) is None
    secrets.forget_password(KEY, memory)
    assert secrets.load_password(KEY, memory) is None
    secrets.forget_password(KEY, memory)  # forgetting twice is no error


def test_the_process_wide_backend_is_used_when_none_is_passed():
    memory = MemoryKeyring()
    secrets.use_backend(memory)
    try:
        assert secrets.save_password(KEY, "s3cret")
        assert secrets.load_password(KEY) == "s3cret"
    finally:
        secrets.use_backend(None)
    assert memory.entries


def test_without_a_keyring_nothing_is_kept_and_nothing_fails():
    fail = keyring.backends.fail.Keyring()
    assert not secrets.keyring_available(fail)
    assert secrets.save_password(KEY, "s3cret", fail) is False
    assert secrets.load_password(KEY, fail) is None
    secrets.forget_password(KEY, fail)


def test_a_process_wide_fail_backend_counts_as_none():
    assert not secrets.keyring_available()
    assert secrets.save_password(KEY, "s3cret") is False


def test_a_keyring_that_refuses_is_treated_as_none(caplog):
    locked = LockedKeyring()
    assert secrets.save_password(KEY, "s3cret", locked) is False
    assert secrets.load_password(KEY, locked) is None
    secrets.forget_password(KEY, locked)
    assert "did not keep the password" in caplog.text
    assert "s3cret" not in caplog.text
