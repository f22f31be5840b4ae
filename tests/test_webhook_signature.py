"""Webhook signatures: HMAC-SHA256 of the raw body, verified in constant time, errors that say why."""

import hashlib
import hmac
import pickle
import string
import traceback

import httpx
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from starlette.datastructures import Headers

from sendbird_calls.errors import SendbirdCallsError
from sendbird_calls.webhooks import (
    InvalidSignatureError,
    sign,
    signature_from_headers,
    verify_signature,
)

CANARY = "CANARY-2f9c1e7a-token-that-must-never-leak"
HEX = "0123456789abcdef"

bodies = st.binary(max_size=512)
tokens = st.text(min_size=1, max_size=80)


def oracle(body: bytes, token: str) -> str:
    """An independent reference for what Sendbird sends."""
    return hmac.new(token.encode("utf-8"), body, hashlib.sha256).hexdigest()


def reason_of(body: bytes, signature: str | None, token: str) -> str:
    with pytest.raises(InvalidSignatureError) as info:
        verify_signature(body, signature, token)
    return info.value.reason


@given(body=bodies, token=tokens)
def test_sign_is_lowercase_hex_hmac_sha256_of_the_raw_body(body: bytes, token: str) -> None:
    signature = sign(body, token)
    assert signature == oracle(body, token)
    assert len(signature) == 64
    assert set(signature) <= set(HEX)


@given(body=bodies, token=tokens)
def test_a_signed_body_verifies(body: bytes, token: str) -> None:
    verify_signature(body, sign(body, token), token)


@given(body=bodies, token=tokens, padding=st.sampled_from(["", " ", "\t", "\r\n", "  \n"]))
def test_upper_case_and_surrounding_whitespace_are_accepted(body: bytes, token: str, padding: str) -> None:
    verify_signature(body, padding + sign(body, token).upper() + padding, token)


@given(body=st.binary(min_size=1, max_size=512), token=tokens, data=st.data())
def test_flipping_any_single_byte_of_the_body_is_a_mismatch(body: bytes, token: str, data: st.DataObject) -> None:
    index = data.draw(st.integers(0, len(body) - 1), label="index")
    flip = data.draw(st.integers(1, 255), label="xor")
    tampered = bytearray(body)
    tampered[index] ^= flip
    assert reason_of(bytes(tampered), sign(body, token), token) == "mismatch"


@given(body=bodies, extra=st.binary(min_size=1, max_size=8), token=tokens)
def test_appending_or_truncating_the_body_is_a_mismatch(body: bytes, extra: bytes, token: str) -> None:
    assert reason_of(body + extra, sign(body, token), token) == "mismatch"
    assert reason_of(body, sign(body + extra, token), token) == "mismatch"


@given(body=bodies, signer=tokens, verifier=tokens)
def test_a_body_signed_with_another_token_is_a_mismatch(body: bytes, signer: str, verifier: str) -> None:
    # HMAC pads short keys with zero bytes, so "k" and "k\0" are the same key: not another token.
    assume(signer.encode().rstrip(b"\0") != verifier.encode().rstrip(b"\0"))
    assert reason_of(body, sign(body, signer), verifier) == "mismatch"


@given(body=bodies, token=tokens, data=st.data())
def test_changing_any_hex_digit_of_the_signature_is_a_mismatch(body: bytes, token: str, data: st.DataObject) -> None:
    signature = sign(body, token)
    index = data.draw(st.integers(0, 63), label="index")
    digit = data.draw(st.sampled_from(HEX).filter(lambda c: c != signature[index]), label="digit")
    assert reason_of(body, signature[:index] + digit + signature[index + 1 :], token) == "mismatch"


@given(
    body=bodies,
    token=tokens,
    index=st.integers(0, 63),
    char=st.characters().filter(lambda c: c not in string.hexdigits and not c.isspace()),
)
def test_a_non_hex_character_in_a_64_char_signature_is_not_hex(body: bytes, token: str, index: int, char: str) -> None:
    signature = sign(body, token)
    assert reason_of(body, signature[:index] + char + signature[index + 1 :], token) == "not_hex"


@given(
    body=bodies,
    token=tokens,
    signature=st.text(min_size=1, max_size=200).filter(lambda s: s.strip() and len(s.strip()) != 64),
)
def test_a_signature_that_is_not_64_characters_is_wrong_length(body: bytes, token: str, signature: str) -> None:
    assert reason_of(body, signature, token) == "wrong_length"


@pytest.mark.parametrize("signature", [None, "", "   ", "\r\n"])
def test_an_absent_or_blank_header_is_missing(signature: str | None) -> None:
    assert reason_of(b"{}", signature, "token") == "missing"


@pytest.mark.parametrize(
    ("signature", "reason", "words"),
    [
        (None, "missing", "missing x-sendbird-signature"),
        ("abc", "wrong_length", "has 3 characters, expected 64"),
        ("z" * 64, "not_hex", "not hexadecimal"),
        ("0" * 64, "mismatch", "does not match the body"),
    ],
)
def test_the_message_says_which_problem(signature: str | None, reason: str, words: str) -> None:
    with pytest.raises(InvalidSignatureError, match=words) as info:
        verify_signature(b"{}", signature, "token")
    assert info.value.reason == reason
    assert isinstance(info.value, SendbirdCallsError)


@given(
    body=bodies,
    signature=st.one_of(
        st.none(),
        st.text(max_size=80),
        st.text(alphabet=HEX, min_size=64, max_size=64),
        st.builds(lambda body: sign(body, "other token"), bodies),
    ),
)
def test_no_error_text_reveals_the_token_or_a_signature(body: bytes, signature: str | None) -> None:
    expected = sign(body, CANARY)
    assume(signature is None or signature.strip().lower() != expected)
    with pytest.raises(InvalidSignatureError) as info:
        verify_signature(body, signature, CANARY)
    texts = [str(info.value), repr(info.value), "".join(traceback.format_exception(info.value))]
    for text in texts:
        assert CANARY not in text
        assert expected not in text
        assert expected.upper() not in text
        if signature is not None and len(signature.strip()) == 64:
            assert signature.strip() not in text


def test_the_error_pickles_with_its_reason() -> None:
    with pytest.raises(InvalidSignatureError) as info:
        verify_signature(b"{}", "0" * 64, "token")
    clone = pickle.loads(pickle.dumps(info.value))
    assert (clone.reason, str(clone)) == ("mismatch", str(info.value))


def test_a_str_body_is_refused_with_a_hint_to_pass_the_raw_bytes() -> None:
    with pytest.raises(TypeError, match="raw request bytes"):
        verify_signature('{"category":"room:create"}', "0" * 64, "token")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="raw request bytes"):
        sign('{"category":"room:create"}', "token")  # type: ignore[arg-type]


def test_bytes_like_bodies_are_accepted() -> None:
    signature = sign(b"{}", "token")
    verify_signature(bytearray(b"{}"), signature, "token")  # type: ignore[arg-type]
    verify_signature(memoryview(b"{}"), signature, "token")  # type: ignore[arg-type]


def test_an_empty_token_is_refused() -> None:
    with pytest.raises(ValueError, match="api_token must not be empty"):
        sign(b"{}", "")
    with pytest.raises(ValueError, match="api_token must not be empty"):
        verify_signature(b"{}", "0" * 64, "")


def test_a_bytes_signature_is_read_as_the_header_bytes() -> None:
    verify_signature(b"{}", sign(b"{}", "token").encode(), "token")


def test_a_signature_of_another_type_is_a_typed_error() -> None:
    with pytest.raises(SendbirdCallsError, match="header as str, bytes"):
        verify_signature(b"{}", 42, "token")  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ["x-sendbird-signature", "X-Sendbird-Signature", "X-SENDBIRD-SIGNATURE"])
def test_the_header_is_found_whatever_its_case(name: str) -> None:
    assert signature_from_headers({"content-type": "application/json", name: "abc"}) == "abc"
    assert signature_from_headers(httpx.Headers({name: "abc"})) == "abc"
    assert signature_from_headers(Headers(raw=[(name.encode(), b"abc")])) == "abc"


def test_an_absent_header_is_none() -> None:
    assert signature_from_headers({"content-type": "application/json"}) is None
    assert signature_from_headers(httpx.Headers()) is None
    assert signature_from_headers(Headers(raw=[])) is None


def test_headers_straight_into_verify() -> None:
    body = b'{"category":"direct_call:dial","occurred_at":1700000000000}'
    headers = {"X-Sendbird-Signature": sign(body, "token")}
    verify_signature(body, signature_from_headers(headers), "token")
