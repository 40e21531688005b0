"""Writing one run's reports as a set: after a kill at any moment the report folder
holds the complete previous set or the complete new one, never a mixture.

How
---
Every file of the run is written into a fresh temporary folder beside the report
folder (``.<name>.claims-set-<pid>-*``), with a manifest ``.claims-report-set.json``
naming the run id and the SHA-256 of every file; then the two folders are exchanged
in one step (``renameat2(RENAME_EXCHANGE)`` on Linux) and the temporary folder, which
now holds the previous set, is removed.  A missing report folder is created by one
``rename``.  Where the exchange is not available the old folder is renamed aside and
the new one renamed in; a kill between those two renames leaves the report folder
missing, and the next call restores it before doing anything else.

A report folder that also holds files that are not reports (anything other than
``claims.*`` files and the manifest, e.g. ``notes.txt`` or a sub-folder), the current
working folder or a mount point is never swapped (that would move the user's files):
there each file is replaced atomically on its own and the manifest is written last,
so :func:`read_report_set` tells a complete set from an interrupted one.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import hashlib
import json
import os
import re
import shutil
import tempfile
import time
import uuid
from collections.abc import Mapping
from pathlib import Path

MANIFEST = ".claims-report-set.json"
FORMAT = "claims-report-set/1"
REPORT_NAME = re.compile(r"claims(\.[A-Za-z0-9_-]+)+")
_SET_DIR = re.compile(r"\.(?P<name>.+)\.claims-(set|old)-(?P<pid>\d+)-[A-Za-z0-9_]+")
_RENAME_EXCHANGE = 2


class ReportSetError(OSError):
    """The report set could not be written; the previous set is unchanged.

    ``str(error)`` is one line naming the folder and the cause.
    """

    def __str__(self) -> str:
        return self.args[0] if self.args else "cannot write the report set"


def _step(label: str) -> None:
    """A named point of the write sequence (the fault-injection tests kill here)."""


def write_report_set(out_dir: str | os.PathLike, files: Mapping[str, str | bytes], *,
                     run_id: str | None = None) -> list[Path]:
    """Write all report files of one run into ``out_dir`` as one set.

    Parameters
    ----------
    out_dir
        The report folder (created if missing; a symlink to a folder is followed).
    files
        ``{file name: content}``; names are plain file names (no folders, not
        hidden); ``str`` content is written as UTF-8.
    run_id
        Recorded in the manifest; a fresh one when omitted.

    Returns
    -------
    list of Path
        The paths written, in the order of ``files`` (under ``out_dir`` as given).

    Raises
    ------
    ReportSetError
        (an ``OSError``) when the set cannot be written: no space, read-only, not a
        folder, ...  The previous set is then left as it was, and no temporary
        files remain.
    ValueError
        For a file name that is not a plain, visible file name.

    Notes
    -----
    With nothing but reports in ``out_dir`` (the usual case) the folder is swapped
    whole: a kill at any moment leaves the complete old set or the complete new one.
    Where ``out_dir`` also holds other files (they are never moved or removed), is the
    working folder or a mount point, files are replaced one by one and the manifest
    last; check such a folder with :func:`read_report_set`.
    """
    for name in files:
        if (not name or name != os.path.basename(name) or name.startswith(".")
                or "\0" in name or name in (".", "..")):
            raise ValueError(f"report file name must be a plain visible name, not {name!r}")
    out = Path(out_dir)
    real = Path(os.path.realpath(out))
    run_id = run_id or f"{time.strftime('%Y%m%dT%H%M%SZ', time.gmtime())}-{uuid.uuid4().hex[:12]}"
    blobs = {n: (t.encode("utf-8") if isinstance(t, str) else bytes(t)) for n, t in files.items()}
    try:
        _recover(real)
        if _swappable(real, blobs):
            _write_swapped(real, blobs, run_id)
        else:
            _write_in_place(real, blobs, run_id)
    except ReportSetError:
        raise
    except OSError as exc:
        raise ReportSetError(f"cannot write the reports to {out}: {exc.strerror or exc}; "
                             f"the previous reports there are unchanged") from None
    return [out / n for n in files]


def read_report_set(out_dir: str | os.PathLike) -> tuple[str, dict[str, bytes]]:
    """``(run id, {name: content})`` of the set in ``out_dir``, checked against its manifest.

    Raises :class:`ReportSetError` when the manifest is missing or a file differs from it
    (an interrupted in-place write, or an edited report).
    """
    out = Path(out_dir)
    try:
        man = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
        files = {n: (out / n).read_bytes() for n in man["files"]}
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ReportSetError(f"{out} holds no complete report set ({exc})") from None
    bad = [n for n, h in man["files"].items() if hashlib.sha256(files[n]).hexdigest() != h]
    if bad:
        raise ReportSetError(f"{out}: {', '.join(bad)} not from run {man.get('run_id')} "
                             f"(interrupted write or edited)")
    return man["run_id"], files


# ---- internals ----------------------------------------------------------------------------

def _manifest(blobs: Mapping[str, bytes], run_id: str) -> bytes:
    return json.dumps({"format": FORMAT, "run_id": run_id,
                       "files": {n: hashlib.sha256(b).hexdigest() for n, b in blobs.items()}},
                      indent=1, sort_keys=True).encode()


def _write_file(path: Path, data: bytes) -> None:
    """Write ``data`` to a new file ``path`` and flush it to disk."""
    _step(f"open {path.name}")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)  # umask applies
    try:
        half = len(data) // 2
        os.write(fd, data[:half]) if half else None
        _step(f"half {path.name}")
        view = memoryview(data)[half:]
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
    finally:
        os.close(fd)
    _step(f"done {path.name}")


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _recover(real: Path) -> None:
    """Undo what a killed earlier call left beside ``real``: restore a folder renamed aside,
    remove temporary folders of processes that are gone."""
    parent = real.parent
    if not parent.is_dir():
        return
    for p in sorted(parent.iterdir()):
        m = _SET_DIR.fullmatch(p.name)
        if not m or m["name"] != real.name or _pid_alive(int(m["pid"])) or not p.is_dir():
            continue
        if ".claims-old-" in p.name and not real.exists():
            os.rename(p, real)  # the fallback swap was killed between its two renames
        elif all(REPORT_NAME.fullmatch(c.name) or c.name == MANIFEST for c in p.iterdir()):
            shutil.rmtree(p, ignore_errors=True)


def _swappable(real: Path, blobs: Mapping[str, bytes]) -> bool:
    if not real.exists():
        return True
    if not real.is_dir() or os.path.ismount(real):
        return False
    cwd = Path(os.path.realpath(os.getcwd()))
    if real == cwd or real in cwd.parents:
        return False
    for c in real.iterdir():
        if c.name == MANIFEST or c.name in blobs:
            continue
        if not (REPORT_NAME.fullmatch(c.name) and c.is_file() and not c.is_symlink()):
            return False  # a file of the user's: never move it
    return True


def _exchange(a: Path, b: Path) -> bool:
    """Atomically exchange two paths (Linux ``renameat2``); False where unsupported."""
    try:
        fn = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return False
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if fn(-100, os.fsencode(a), -100, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(err, os.strerror(err), str(b))


def _write_swapped(real: Path, blobs: Mapping[str, bytes], run_id: str) -> None:
    real.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=real.parent, prefix=f".{real.name}.claims-set-{os.getpid()}-"))
    try:
        umask = os.umask(0)
        os.umask(umask)
        mode = (real.stat().st_mode & 0o7777) if real.is_dir() else (0o777 & ~umask)
        os.chmod(tmp, mode)
        for name, data in blobs.items():
            _write_file(tmp / name, data)
        _write_file(tmp / MANIFEST, _manifest(blobs, run_id))
        _step("swap")
        if not real.exists():
            os.rename(tmp, real)
            _step("swapped")
            return
        if not _exchange(tmp, real):
            aside = real.parent / f".{real.name}.claims-old-{os.getpid()}-{uuid.uuid4().hex[:8]}"
            os.rename(real, aside)
            _step("aside")
            os.rename(tmp, real)
            tmp = aside
        _step("swapped")
    except BaseException:
        if tmp.exists() and tmp != real:
            shutil.rmtree(tmp, ignore_errors=True)
        raise
    shutil.rmtree(tmp, ignore_errors=True)  # the previous set
    _step("cleaned")


def _write_in_place(real: Path, blobs: Mapping[str, bytes], run_id: str) -> None:
    if not real.is_dir():
        raise ReportSetError(f"cannot write the reports to {real}: not a folder")
    temps: dict[str, Path] = {}
    try:
        for name, data in {**blobs, MANIFEST: _manifest(blobs, run_id)}.items():
            temps[name] = real / f".claims-set-{run_id}.{name}.tmp"
            _write_file(temps[name], data)
        _step("swap")
        for name, t in temps.items():  # the manifest last: it vouches for the files before it
            os.replace(t, real / name)
            _step(f"placed {name}")
    except BaseException:
        for t in temps.values():
            with contextlib.suppress(OSError):
                t.unlink()
        raise
