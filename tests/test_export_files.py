"""The export's files under attack, with real processes: two exports on one file, kill -9, planted symlinks.

The export processes are ``python -m sendbird_calls.cli export ...`` against a mock server on
loopback whose list requests can be held at a chosen page (``Gate``), so "while the first export
is running" is a fact the test waits for, not a guess.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from sendbird_calls import CallsClient
from sendbird_calls.export import (
    CheckpointError,
    ExportError,
    OutputExistsError,
    OutputInUseError,
    checkpoint_path,
    export,
    lock_path,
)
from sendbird_calls.export import files as export_files
from sendbird_calls.export.files import is_temporary_of
from sendbird_calls.mock import CallsMockServer
from tests.export_support import (
    WAIT,
    Gate,
    call_ids,
    gated_server,
    poll,
    run_export,
    snapshot,
    start_export,
)

CALLS = 240


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The call IDs of an uninterrupted export, in the API's order."""
    gate = Gate()
    with gated_server(gate, calls=CALLS) as server:
        output = tmp_path_factory.mktemp("reference") / "calls.jsonl"
        assert run_export(server, output).returncode == 0
        ids = call_ids(output)
    assert len(ids) == len(set(ids)) == CALLS
    return ids


def leftovers(directory: Path, output: Path) -> list[str]:
    """The export's own files still beside ``output``: checkpoint, lock, temporaries."""
    names = {checkpoint_path(output).name, lock_path(output).name}
    return sorted(
        path.name
        for path in directory.iterdir()
        if path.name in names
        or is_temporary_of(path.name, output.name)
        or is_temporary_of(path.name, checkpoint_path(output).name)
    )


# --- two exports on one file --------------------------------------------------------------------


def test_a_second_export_of_a_file_in_use_refuses_at_once_and_changes_nothing(
    reference: list[str], tmp_path: Path
) -> None:
    gate = Gate(hold_at=3)  # the first export holds while it fetches page 3: pages 1 and 2 are on disk
    with gated_server(gate, calls=CALLS) as server:
        output = tmp_path / "calls.jsonl"
        first = start_export(server, output)
        assert gate.reached.wait(WAIT), "the first export never reached page 3"
        before, requests = snapshot(tmp_path), gate.count

        for options in ((), ("--resume",), ("--overwrite",), ("--resume", "--overwrite"), ("--format", "csv")):
            second = run_export(server, output, *options)
            assert second.returncode == 4, (options, second.stderr)
            assert second.stderr == (
                f"error: another export is writing {output} (it holds {lock_path(output)}); try again when it ends\n"
            )
            assert second.stdout == ""
            assert snapshot(tmp_path) == before, f"the refused export {options} changed a file"
        assert gate.count == requests, "a refused export sent a request"

        with CallsClient(server.app_id, server.api_token, base_url=server.base_url) as client:
            with pytest.raises(OutputInUseError, match="another export is writing"):
                export(client, "direct-calls", output, page_size=50)
            assert snapshot(tmp_path) == before

        gate.release.set()
        stdout, stderr = first.communicate(timeout=WAIT)
    assert (first.returncode, stdout) == (0, ""), stderr
    assert stderr == f"exported {CALLS} items in 5 pages to {output}\n"
    assert call_ids(output) == reference
    assert leftovers(tmp_path, output) == []


@pytest.mark.parametrize("round_", range(3))
def test_two_exports_started_together_write_one_complete_file_and_one_refuses(
    reference: list[str], tmp_path: Path, round_: int
) -> None:
    gate = Gate()
    with gated_server(gate, calls=CALLS) as server:
        output = tmp_path / f"calls-{round_}.jsonl"
        processes = [start_export(server, output) for _ in range(2)]
        results = [(process.wait(timeout=WAIT), *process.communicate(timeout=WAIT)) for process in processes]
    (won,) = [result for result in results if result[0] == 0]
    (lost,) = [result for result in results if result[0] != 0]
    assert won[2] == f"exported {CALLS} items in 5 pages to {output}\n"
    # The loser started while the winner held the lock (4), or after it had finished (2: the file exists).
    assert (lost[0], lost[2]) in {
        (4, f"error: another export is writing {output} (it holds {lock_path(output)}); try again when it ends\n"),
        (2, f"error: {output} exists: --overwrite replaces it\n"),
    }
    assert call_ids(output) == reference, "every call exactly once, in order, and the count printed is the file's"
    assert leftovers(tmp_path, output) == []


# --- kill -9 -----------------------------------------------------------------------------------


def test_an_export_killed_again_and_again_then_resumed_holds_every_item_exactly_once(tmp_path: Path) -> None:
    gate = Gate()
    calls = 600
    with gated_server(gate, calls=calls, seed=9) as server:
        reference = tmp_path / "reference" / "calls.jsonl"
        reference.parent.mkdir()
        assert run_export(server, reference).returncode == 0
        output = tmp_path / "calls.jsonl"
        marker = checkpoint_path(output)
        kills = 0
        for run in range(40):
            seen = gate.count
            process = start_export(server, output, *(("--resume",) if run else ()))
            # Kill at a moment that drifts from run to run: after 2, 3 or 4 requests of this run.
            wanted = seen + 2 + run % 3

            def killable(process: subprocess.Popen[str] = process, wanted: int = wanted) -> bool:
                return gate.count >= wanted or process.poll() is not None

            poll(killable, "the export's requests")
            if process.poll() is None:
                process.send_signal(signal.SIGKILL)
                kills += 1
            process.communicate(timeout=WAIT)
            if process.returncode == 0:
                stale: list[str] = []
                break
            assert process.returncode == -signal.SIGKILL
            if not marker.exists():  # killed after its last page, as it was ending: the export is complete
                stale = [lock_path(output).name] if lock_path(output).exists() else []
                break
            saved = json.loads(marker.read_text())
            assert output.stat().st_size >= saved["offset"], "a checkpoint never claims more than the file holds"
        else:
            raise AssertionError("the export never finished")
    assert kills >= 2
    assert call_ids(output) == call_ids(reference)
    assert len(set(call_ids(output))) == calls
    assert leftovers(tmp_path, output) == stale, "only the lock of a run killed as it ended may stay (empty, unlocked)"


def test_a_page_half_written_when_the_process_died_is_cut_when_resumed(
    server_client: tuple[CallsMockServer, CallsClient], tmp_path: Path
) -> None:
    """kill -9 runs no except clause: what the checkpoint does not vouch for is cut by the resume itself."""
    _, client = server_client
    output, reference = tmp_path / "calls.jsonl", tmp_path / "reference.jsonl"
    export(client, "direct-calls", reference, page_size=20)

    def stop(progress: object) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        export(client, "direct-calls", output, page_size=20, on_page=stop)
    with output.open("ab") as handle:
        handle.write(reference.read_bytes()[output.stat().st_size :][:700])  # most of the next page
    result = export(client, "direct-calls", output, page_size=20, resume=True)
    assert output.read_bytes() == reference.read_bytes()
    assert (result.items, result.resumed_at_page) == (60, 1)


def test_temporary_files_a_killed_run_left_are_removed_by_the_next_export_that_writes(
    server_client: tuple[CallsMockServer, CallsClient], tmp_path: Path
) -> None:
    _, client = server_client
    output = tmp_path / "calls.jsonl"
    output.write_text("a finished export\n")
    left = [
        tmp_path / f".calls.jsonl.checkpoint.json.{'a' * 16}.tmp",
        tmp_path / f".calls.jsonl.{'b' * 16}.tmp",
    ]
    unrelated = [tmp_path / f".other.jsonl.{'c' * 16}.tmp", tmp_path / ".calls.jsonl.notes.tmp"]
    for path in left + unrelated:
        path.write_text("{")
    with pytest.raises(OutputExistsError):
        export(client, "direct-calls", output)
    assert all(path.exists() for path in left + unrelated), "a refused export changes nothing"
    export(client, "direct-calls", output, overwrite=True)
    assert not any(path.exists() for path in left)
    assert all(path.exists() for path in unrelated)


# --- symlinks ----------------------------------------------------------------------------------


@pytest.fixture
def victims(tmp_path: Path) -> dict[str, Path]:
    """Files an attacker would like the export to write: one with content, one that does not exist yet."""
    outside = tmp_path / "outside"
    outside.mkdir()
    existing = outside / "precious.txt"
    existing.write_text("precious\n")
    return {"existing": existing, "missing": outside / "created-by-export.txt"}


def plant(link: Path, target: Path) -> None:
    link.symlink_to(target)


def assert_victims_untouched(victims: dict[str, Path]) -> None:
    assert victims["existing"].read_text() == "precious\n"
    assert not victims["missing"].exists()


NAMES = {
    "output": lambda output: output,
    "checkpoint": checkpoint_path,
    "lock": lock_path,
    "old fixed temporary": lambda output: checkpoint_path(output).with_name(checkpoint_path(output).name + ".tmp"),
}


# Each name gets a link to a file with content and a dangling one (which O_CREAT would follow).
OPTIONS_AND_VICTIMS = [
    ((), "missing"),
    (("--resume",), "existing"),
    (("--overwrite",), "missing"),
    (("--resume", "--overwrite"), "existing"),
]


@pytest.mark.parametrize("name", list(NAMES))
@pytest.mark.parametrize(("options", "victim"), OPTIONS_AND_VICTIMS)
def test_a_symlink_planted_at_any_name_of_the_export_is_never_followed(
    tmp_path: Path, victims: dict[str, Path], name: str, victim: str, options: tuple[str, ...]
) -> None:
    gate = Gate()
    work = tmp_path / "work"
    work.mkdir()
    output = work / "calls.jsonl"
    link = NAMES[name](output)
    plant(link, victims[victim])
    with gated_server(gate, calls=120) as server:
        result = run_export(server, output, *options)
    assert "Traceback" not in result.stderr
    assert_victims_untouched(victims)
    if name == "old fixed temporary":
        assert result.returncode == 0, result.stderr  # a name the export no longer uses
        assert link.is_symlink()
    elif name == "output" and "--overwrite" in options:
        assert result.returncode == 0, result.stderr  # the link itself is replaced, never written through
        assert not output.is_symlink()
        assert len(call_ids(output)) == 120
    else:
        assert result.returncode == 2, result.stderr
        assert result.stderr.startswith("error: ")
        assert result.stderr.count("\n") == 1
        assert link.is_symlink(), "a refused export leaves the planted link as it was"
        assert gate.count == 0, "refused before any request"


def test_temporary_names_are_created_exclusively_so_a_predicted_name_is_skipped(
    tmp_path: Path, victims: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "calls.jsonl.checkpoint.json"
    names = iter(["0" * 16, "0" * 16, "1" * 16])
    monkeypatch.setattr(export_files.secrets, "token_hex", lambda _: next(names))
    plant(tmp_path / f".{target.name}.{'0' * 16}.tmp", victims["existing"])
    fd, path = export_files.create_temporary(target)
    os.close(fd)
    assert path.name == f".{target.name}.{'1' * 16}.tmp"
    assert_victims_untouched(victims)


AUDIT = textwrap.dedent(
    """
    import json, os, sys
    from pathlib import Path
    directory = os.path.realpath(sys.argv[1])
    touched = set()

    def hook(event, args):
        if event in ("open", "os.rename", "os.link", "os.remove", "os.truncate", "os.chmod", "os.symlink"):
            for arg in args[:2]:
                if isinstance(arg, (str, bytes, os.PathLike)):
                    path = os.path.realpath(os.fsdecode(arg))
                    if os.path.dirname(path) == directory:
                        touched.add(os.path.basename(path))

    sys.addaudithook(hook)
    from sendbird_calls import CallsClient
    from sendbird_calls.export import export
    from sendbird_calls.mock import CallsMock

    output = Path(directory) / "calls.csv"

    class Stop(Exception):
        pass

    def stop(progress):
        if progress.pages == 2:
            raise Stop

    with CallsMock(calls=300, validate_responses=False) as mock:
        with CallsClient(mock.app_id, mock.api_token, base_url=mock.base_url, http_client=mock.client()) as client:
            try:
                export(client, "direct-calls", output, format="csv", page_size=50, on_page=stop)
            except Stop:
                pass
            export(client, "direct-calls", output, format="csv", page_size=50, resume=True)
            export(client, "direct-calls", output, format="csv", page_size=50, overwrite=True)
    print(json.dumps(sorted(touched)))
    """
)


def test_every_name_the_export_touches_is_one_a_test_above_plants_a_symlink_at(tmp_path: Path) -> None:
    """The fixed names are the ones the symlink test covers; every other name is a random temporary."""
    done = subprocess.run(
        [sys.executable, "-c", AUDIT, str(tmp_path)], capture_output=True, text=True, timeout=WAIT, check=True
    )
    touched = set(json.loads(done.stdout))
    output = tmp_path / "calls.csv"
    fixed = {make(output).name for make in NAMES.values()}
    temporary = {name for name in touched if name not in fixed}
    assert {output.name, checkpoint_path(output).name, lock_path(output).name} <= touched
    assert temporary, "temporary files were used"
    assert all(
        is_temporary_of(name, output.name) or is_temporary_of(name, checkpoint_path(output).name) for name in temporary
    ), temporary
    assert sorted(path.name for path in tmp_path.iterdir()) == [output.name]


# --- files that are not the export's ------------------------------------------------------------


def test_files_at_the_exports_names_that_are_not_its_own_are_refused_and_kept(
    server_client: tuple[CallsMockServer, CallsClient], tmp_path: Path
) -> None:
    _, client = server_client
    output = tmp_path / "calls.jsonl"
    cases = [
        (checkpoint_path(output), b"my notes, not a checkpoint\n", CheckpointError, "not an export's checkpoint"),
        (checkpoint_path(output), b'{"a": 1}', CheckpointError, "not an export's checkpoint"),
        (lock_path(output), b"someone's data\n", ExportError, "not an export's lock"),
    ]
    for path, content, error, message in cases:
        path.write_bytes(content)
        for options in ({}, {"resume": True}, {"overwrite": True}):
            with pytest.raises(error, match=message):
                export(client, "direct-calls", output, **options)  # type: ignore[arg-type]
            assert path.read_bytes() == content
            assert not output.exists()
        path.unlink()


def test_a_checkpoint_of_an_older_format_is_refused_by_resume_and_replaced_by_overwrite(
    server_client: tuple[CallsMockServer, CallsClient], tmp_path: Path
) -> None:
    _, client = server_client
    output = tmp_path / "calls.jsonl"
    output.write_text('{"call_id": "from an older version"}\n')
    old = {"version": 1, "request": {}, "next": "t", "pages": 1, "items": 1, "offset": 38}
    checkpoint_path(output).write_text(json.dumps(old))
    with pytest.raises(CheckpointError, match="another format version"):
        export(client, "direct-calls", output, resume=True)
    with pytest.raises(OutputExistsError, match="partial export"):
        export(client, "direct-calls", output)
    assert json.loads(checkpoint_path(output).read_text()) == old
    assert export(client, "direct-calls", output, overwrite=True).items == 60
    assert not checkpoint_path(output).exists()


def test_an_output_changed_since_its_checkpoint_is_not_cut(
    server_client: tuple[CallsMockServer, CallsClient], tmp_path: Path
) -> None:
    _, client = server_client
    output = tmp_path / "calls.jsonl"

    def stop(progress: object) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        export(client, "direct-calls", output, page_size=20, on_page=stop)
    edited = output.read_bytes().replace(b'"call_id":"', b'"call_id":"edited-', 1)
    output.write_bytes(edited + b"and more lines someone added\n")
    with pytest.raises(CheckpointError, match="changed since its checkpoint"):
        export(client, "direct-calls", output, page_size=20, resume=True)
    assert output.read_bytes() == edited + b"and more lines someone added\n"
    with pytest.raises(OutputExistsError, match="partial export"):
        export(client, "direct-calls", output, page_size=20)
    result = export(client, "direct-calls", output, page_size=20, overwrite=True)
    assert len(output.read_text().splitlines()) == result.items


def test_overwrite_keeps_the_old_files_permissions_and_never_writes_through_a_hard_link(
    server_client: tuple[CallsMockServer, CallsClient], tmp_path: Path
) -> None:
    _, client = server_client
    output = tmp_path / "calls.jsonl"
    output.write_text("yesterday's export\n")
    output.chmod(0o600)
    other = tmp_path / "other-name.jsonl"
    os.link(output, other)
    export(client, "direct-calls", output, overwrite=True)
    assert other.read_text() == "yesterday's export\n"
    assert output.stat().st_mode & 0o777 == 0o600
    assert len(output.read_text().splitlines()) == 60


@pytest.mark.parametrize("name", ["x.checkpoint.json", "x.lock", ".x.0123456789abcdef.tmp"])
def test_an_output_named_like_an_exports_own_file_is_refused(
    server_client: tuple[CallsMockServer, CallsClient], tmp_path: Path, name: str
) -> None:
    _, client = server_client
    with pytest.raises(ExportError, match="may not be named like an export's own files"):
        export(client, "direct-calls", tmp_path / name)
    assert list(tmp_path.iterdir()) == []


def test_a_directory_pipe_or_device_as_output_is_refused(
    server_client: tuple[CallsMockServer, CallsClient], tmp_path: Path
) -> None:
    _, client = server_client
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    for output in (tmp_path, fifo):
        for options in ({}, {"overwrite": True}, {"resume": True}):
            with pytest.raises(ExportError, match="not a regular file"):
                export(client, "direct-calls", output, **options)  # type: ignore[arg-type]
    assert fifo.exists()


@pytest.fixture
def server_client() -> Iterator[tuple[CallsMockServer, CallsClient]]:
    gate = Gate()
    with (
        gated_server(gate, calls=60) as server,
        CallsClient(server.app_id, server.api_token, base_url=server.base_url, rate_limits=None) as client,
    ):
        yield server, client
