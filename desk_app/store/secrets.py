"""The shared database's password, kept in the operating system's keyring.

The settings file is plain text, so the password never goes there. Where the ``keyring``
package finds a usable backend (Windows Credential Locker, macOS Keychain, the Secret
Service of a Linux desktop) the password is kept there; where it finds none (a bare Linux
box, a kiosk) each call quietly does nothing and the application asks for the password at
every start instead. A keyring that fails (locked, its service gone) counts as none: the
desk never stops over it.

Tests pass their own backend (``backend=``, or ``use_backend`` for the whole process) so
the real keyring of the machine is never read or written.
"""

from __future__ import annotations

import logging

import keyring
import keyring.backends.fail
import keyring.backends.null
import keyring.errors
from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

SERVICE = "desk-app shared database"
"""The keyring's service name; the entry's user name is ``SharedServer.key``."""

_UNUSABLE = (keyring.backends.fail.Keyring, keyring.backends.null.Keyring)

_chosen: KeyringBackend | None = None


def use_backend(backend: KeyringBackend | None) -> None:
    """Use ``backend`` from now on (None: the one ``keyring`` finds on this computer)."""
    global _chosen
    _chosen = backend


def _backend(backend: KeyringBackend | None) -> KeyringBackend | None:
    """The backend to use, or None when there is no usable one."""
    try:
        found = backend or _chosen or keyring.get_keyring()
    except Exception:  # a broken keyring configuration is no keyring
        log.warning("no keyring: finding one failed", exc_info=True)
        return None
    return None if isinstance(found, _UNUSABLE) else found


def keyring_available(backend: KeyringBackend | None = None) -> bool:
    """A password saved now would be found at the next start."""
    return _backend(backend) is not None


def save_password(key: str, password: str, backend: KeyringBackend | None = None) -> bool:
    """Keep the password; False if it could not be kept (it is then asked at start)."""
    found = _backend(backend)
    if found is None:
        return False
    try:
        found.set_password(SERVICE, key, password)
    except Exception:  # a locked or failing keyring: ask at start instead
        log.warning("the keyring did not keep the password of %s", key, exc_info=True)
        return False
    return True


def load_password(key: str, backend: KeyringBackend | None = None) -> str | None:
    """The kept password, or None when there is none (or no keyring to ask)."""
    found = _backend(backend)
    if found is None:
        return None
    try:
        return found.get_password(SERVICE, key)
    except Exception:
        log.warning("the keyring did not give the password of %s", key, exc_info=True)
        return None


def forget_password(key: str, backend: KeyringBackend | None = None) -> None:
    """Remove the kept password, if any; never fails."""
    found = _backend(backend)
    if found is None:
        return
    try:
        found.delete_password(SERVICE, key)
    except keyring.errors.PasswordDeleteError:
        pass  # there was none
    except Exception:
        log.warning("the keyring did not forget the password of %s", key, exc_info=True)
