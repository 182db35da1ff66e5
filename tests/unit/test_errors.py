"""Unit tests of `core.errors` and `core.paths`: why the system refused a path."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from dosering.core.errors import NotAFileError, OsReason, UserError
from dosering.core.paths import path_kind
from dosering.i18n.catalogue import error_text, os_reason

COMMON = {
    errno.EACCES: (
        "access denied (is the file open in another program? close it; else ask "
        "for access)",
        "åtkomst nekad (är filen öppen i ett annat program? stäng det; annars be "
        "om behörighet)",
    ),
    errno.EISDIR: ("it is a folder, not a file", "det är en mapp, inte en fil"),
    errno.ENOENT: ("no such file or folder", "filen eller mappen finns inte"),
    errno.ENOTDIR: (
        "a part of the path is a file, not a folder",
        "en del av sökvägen är en fil, inte en mapp",
    ),
    errno.ELOOP: (
        "symbolic links lead round in a loop (or too many in a row); point the "
        "link at the file itself",
        "symboliska länkar leder runt i en slinga (eller för många i rad); låt "
        "länken peka på själva filen",
    ),
    errno.EMLINK: (
        "too many links (symbolic links in a loop?); point the link at the file itself",
        "för många länkar (symboliska länkar i en slinga?); låt länken peka på "
        "själva filen",
    ),
    errno.ENAMETOOLONG: (
        "the name is too long; shorten it, or move the file to a shorter path",
        "namnet är för långt; korta det, eller flytta filen till en kortare sökväg",
    ),
    errno.EIO: (
        "the disk or network drive could not be read or written (input/output "
        "error); try again, or copy the file to your own disk",
        "disken eller nätverksenheten gick inte att läsa eller skriva (in- och "
        "utmatningsfel); försök igen, eller kopiera filen till din egen disk",
    ),
    errno.ENOSPC: (
        "the disk is full; make room, or write elsewhere",
        "disken är full; frigör utrymme, eller skriv någon annanstans",
    ),
}


@pytest.mark.parametrize("code", sorted(COMMON))
def test_common_errors_are_worded_by_errno(code: int) -> None:
    """A common errno reads in the run's words, never the system's English."""
    reason = OsReason.of(OSError(code, os.strerror(code)))
    english, swedish = COMMON[code]
    assert (os_reason(reason, "en"), os_reason(reason, "sv")) == (english, swedish)


def test_a_permission_error_is_its_errno() -> None:
    """`PermissionError` (what Windows raises for a file open in Excel) is EACCES."""
    reason = OsReason.of(PermissionError(errno.EACCES, "Permission denied"))
    assert reason == OsReason("EACCES", "Permission denied")


def test_a_rare_error_shows_the_systems_own_words() -> None:
    """An errno the catalogue has no words for falls back to the system's text."""
    reason = OsReason.of(OSError(errno.EXDEV, "Invalid cross-device link"))
    assert os_reason(reason, "sv") == "Invalid cross-device link"


def test_an_error_without_errno_shows_its_text() -> None:
    """An OSError with no errno (a library's own) shows what it says."""
    reason = OsReason.of(OSError("the share went away"))
    assert reason == OsReason(None, "the share went away")
    assert os_reason(reason, "en") == "the share went away"


def test_a_pipe_or_device_is_worded() -> None:
    """`NotAFileError` (a FIFO, a device) has its own words in both languages."""
    reason = OsReason.of(NotAFileError(errno.EINVAL, "not a regular file"))
    assert os_reason(reason, "en") == "not a regular file (a pipe or a device?)"
    assert os_reason(reason, "sv") == "ingen vanlig fil (ett rör eller en enhet?)"


def test_a_user_error_words_its_reason() -> None:
    """A `UserError` carrying an `OsReason` is one line in the run's language."""
    error = UserError(
        "list.unreadable",
        path="kurser.csv",
        reason=OsReason.of(PermissionError(errno.EACCES, "Permission denied")),
    )
    assert error_text(error, "sv") == (
        "kurser.csv: kan inte läsa kurslistan: åtkomst nekad (är filen öppen i ett "
        "annat program? stäng det; annars be om behörighet)"
    )


def test_path_kind(tmp_path: Path) -> None:
    """Missing, folder, file and FIFO are answers; a loop or a file as folder raise."""
    (tmp_path / "f").write_text("x", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    assert path_kind(tmp_path / "nope") == "missing"
    assert path_kind(tmp_path) == "dir"
    assert path_kind(tmp_path / "f") == "file"
    assert path_kind(tmp_path / "pipe") == "special"
    with pytest.raises(OSError) as loop:
        path_kind(tmp_path / "loop")
    assert loop.value.errno == errno.ELOOP
    with pytest.raises(NotADirectoryError):
        path_kind(tmp_path / "f" / "x.csv")
    with pytest.raises(OSError) as long:
        path_kind(tmp_path / ("a" * 300))
    assert long.value.errno == errno.ENAMETOOLONG
