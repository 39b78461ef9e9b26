"""JSON <-> the frozen dataclasses of model.py, driven by their type hints.

`to_json` gives JSON values (dataclasses -> objects, tuples -> arrays, dates ->
ISO strings); `from_json` gives back an equal object from them. What the
article cache and the other state files store goes through here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any


def to_json(value: Any) -> Any:
    """A dataclass tree as JSON values: dataclasses -> objects, tuples -> arrays, dates -> ISO strings."""
    encode = _ENCODERS.get(type(value))
    if encode is not None:
        return encode(value)
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _dataclass_encoder(type(value))(value)
    if isinstance(value, (tuple, list)):
        return [to_json(item) for item in value]
    if isinstance(value, dt.date):  # datetime included
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): to_json(v) for k, v in value.items()}
    raise TypeError(f"cannot store {type(value).__name__} as JSON")


_PLAIN = frozenset({str, bool, int, float, type(None)})  # stored as they are


def _sequence_to_json(value: tuple | list) -> list:
    return [item if type(item) in _PLAIN else to_json(item) for item in value]


_ENCODERS: dict[type, Callable[[Any], Any]] = {tuple: _sequence_to_json, list: _sequence_to_json}


def _dataclass_encoder(kind: type) -> Callable[[Any], Any]:
    """to_json for one dataclass: {"field": value, ...} in field order, each value to_json'd."""
    names = tuple(f.name for f in dataclasses.fields(kind))

    def encode(value: Any) -> dict:
        return {name: x if type(x := getattr(value, name)) in _PLAIN else to_json(x) for name in names}

    _ENCODERS[kind] = encode
    return encode


def from_json(kind: Any, data: Any) -> Any:
    """The inverse of to_json for a value of type `kind` (a dataclass, tuple[...], X | None, date, ...)."""
    return _decoder(kind)(data)


@functools.cache
def _decoder(kind: Any) -> Callable[[Any], Any]:
    """A decoding function per type, built once from the type hints."""
    origin = typing.get_origin(kind)
    if kind is Any:
        return lambda data: data
    if kind in (str, bool, int):
        return lambda data: data
    if kind is float:
        return float
    if kind is dt.datetime:
        return dt.datetime.fromisoformat
    if kind is dt.date:
        return dt.date.fromisoformat
    if kind is type(None):
        return lambda data: None
    if origin in (typing.Union, types.UnionType):
        options = [arg for arg in typing.get_args(kind) if arg is not type(None)]
        if len(options) == 1:
            inner = _decoder(options[0])
            return lambda data: None if data is None else inner(data)
        decoders = [(_accepts(option), _decoder(option)) for option in options]

        def union(data: Any) -> Any:
            if data is None:
                return None
            for accepts, decode in decoders:
                if accepts(data):
                    return decode(data)
            raise TypeError(f"no member of {kind} accepts {data!r}")

        return union
    if origin is tuple:
        args = typing.get_args(kind)
        if len(args) == 2 and args[1] is Ellipsis:
            item = _decoder(args[0])
            return lambda data: tuple(item(x) for x in data)
        items = [_decoder(arg) for arg in args]
        return lambda data: tuple(decode(x) for decode, x in zip(items, data, strict=True))
    if origin is dict or kind is dict:
        args = typing.get_args(kind)
        value = _decoder(args[1]) if args else (lambda data: data)
        return lambda data: {k: value(v) for k, v in data.items()}
    if dataclasses.is_dataclass(kind):
        hints = typing.get_type_hints(kind)
        fields = [(f.name, hints[f.name]) for f in dataclasses.fields(kind) if f.init]
        decoders = [(name, _decoder(hint)) for name, hint in fields]

        def build(data: Mapping[str, Any]) -> Any:
            return kind(**{name: decode(data[name]) for name, decode in decoders if name in data})

        return build
    raise TypeError(f"cannot read {kind!r} from JSON")


def _accepts(kind: Any) -> Callable[[Any], bool]:
    origin = typing.get_origin(kind)
    if dataclasses.is_dataclass(kind) or origin is dict:
        return lambda data: isinstance(data, dict)
    if origin is tuple:
        return lambda data: isinstance(data, list)
    if kind in (dt.date, dt.datetime, str):
        return lambda data: isinstance(data, str)
    if kind in (int, float):
        return lambda data: isinstance(data, (int, float)) and not isinstance(data, bool)
    if kind is bool:
        return lambda data: isinstance(data, bool)
    return lambda data: True
