/**
 * The script the sandboxed Python child runs (`python3 -I -c`), as text so it ships inside the compiled
 * package. It imports the user's module on the first request, describes its public functions as tools (JSON
 * Schemas from type hints and docstrings) and answers newline-delimited JSON on the real stdout; the
 * functions' own `print` output goes to stderr. Arguments: the module path and the output cap in bytes.
 */
export const pythonHarnessSource = String.raw`
import errno
import importlib.util
import inspect
import json
import os
import re
import socket
import sys
import typing

MODULE_PATH = sys.argv[1]
OUTPUT_CAP = int(sys.argv[2])
HARNESS_PID = os.getpid()
_out = sys.stdout
sys.stdout = sys.stderr
NETWORK_ERRNOS = {errno.ENETUNREACH, errno.EHOSTUNREACH, errno.ECONNREFUSED}
_loaded = None


def _load():
    global _loaded
    if _loaded is None:
        directory = os.path.dirname(MODULE_PATH)
        if directory not in sys.path:
            sys.path.insert(0, directory)
        spec = importlib.util.spec_from_file_location("apigen_user_tools", MODULE_PATH)
        if spec is None or spec.loader is None:
            raise ImportError("cannot load " + MODULE_PATH)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        functions = {}
        for name, value in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(value):
                continue
            if getattr(value, "__module__", None) != module.__name__:
                continue
            functions[name] = value
        _loaded = functions
    return _loaded


def _schema(hint):
    if hint is inspect.Parameter.empty or hint is typing.Any:
        return {}
    if hint is type(None) or hint is None:
        return {"type": "null"}
    if hint is bool:
        return {"type": "boolean"}
    if hint is int:
        return {"type": "integer"}
    if hint is float:
        return {"type": "number"}
    if hint is str:
        return {"type": "string"}
    if hint is list or hint is tuple or hint is set:
        return {"type": "array"}
    if hint is dict:
        return {"type": "object"}
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin is typing.Literal:
        values = list(args)
        schema = {"enum": values}
        kinds = {type(value) for value in values}
        if kinds == {str}:
            schema["type"] = "string"
        elif kinds == {int}:
            schema["type"] = "integer"
        elif kinds <= {int, float}:
            schema["type"] = "number"
        elif kinds == {bool}:
            schema["type"] = "boolean"
        return schema
    if origin is typing.Union or (hasattr(__import__("types"), "UnionType") and origin is __import__("types").UnionType):
        members = [item for item in args if item is not type(None)]
        nullable = len(members) != len(args)
        if len(members) == 1:
            inner = _schema(members[0])
            if not nullable:
                return inner
            kind = inner.get("type")
            if isinstance(kind, str) and "enum" not in inner:
                return {**inner, "type": [kind, "null"]}
            return {"anyOf": [inner, {"type": "null"}]}
        options = [_schema(item) for item in members]
        if nullable:
            options.append({"type": "null"})
        return {"anyOf": options}
    if origin in (list, set, frozenset) or origin is typing.List:
        schema = {"type": "array"}
        if args:
            schema["items"] = _schema(args[0])
        if origin in (set, frozenset):
            schema["uniqueItems"] = True
        return schema
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return {"type": "array", "items": _schema(args[0])}
        return {"type": "array", "prefixItems": [_schema(item) for item in args], "minItems": len(args), "maxItems": len(args)}
    if origin is dict:
        schema = {"type": "object"}
        if len(args) == 2:
            schema["additionalProperties"] = _schema(args[1])
        return schema
    return {}


_SECTION = re.compile(r"^\s*(Args|Arguments|Parameters|Params|Returns|Return|Yields|Raises|Examples?|Notes?|Attributes)\s*:\s*$")
_GOOGLE_ENTRY = re.compile(r"^(\s*)(\*{0,2}\w+)\s*(\([^)]*\))?\s*:\s*(.*)$")
_REST_PARAM = re.compile(r"^\s*:param\s+(?:[^:]*\s)?(\w+)\s*:\s*(.*)$")


def _parse_docstring(doc):
    doc = inspect.cleandoc(doc or "")
    lines = doc.splitlines()
    summary = []
    for line in lines:
        if line.strip() == "" or _SECTION.match(line) or line.strip().startswith(":"):
            break
        summary.append(line.strip())
    params = {}
    section = None
    current = None
    indent = None
    for line in lines:
        header = _SECTION.match(line)
        if header:
            section = header.group(1).lower()
            current = None
            indent = None
            continue
        rest = _REST_PARAM.match(line)
        if rest:
            current = rest.group(1)
            params[current] = rest.group(2).strip()
            section = "rest"
            continue
        if line.strip().startswith(":"):
            current = None
            continue
        if section in ("args", "arguments", "parameters", "params"):
            entry = _GOOGLE_ENTRY.match(line)
            if entry and (indent is None or len(entry.group(1)) <= indent):
                indent = len(entry.group(1))
                current = entry.group(2).lstrip("*")
                params[current] = entry.group(4).strip()
                continue
            if current is not None and line.strip() != "":
                params[current] = (params[current] + " " + line.strip()).strip()
            continue
        if section == "rest" and current is not None and line.startswith((" ", "\t")) and line.strip() != "":
            params[current] = (params[current] + " " + line.strip()).strip()
    return " ".join(summary), params


def _describe(name, function):
    signature = inspect.signature(function)
    try:
        hints = typing.get_type_hints(function)
    except Exception:
        hints = {}
    description, documented = _parse_docstring(function.__doc__)
    properties = {}
    required = []
    for parameter in signature.parameters.values():
        if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            continue
        if parameter.kind == parameter.POSITIONAL_ONLY:
            raise TypeError(name + ": positional-only parameters cannot be bound by name")
        schema = dict(_schema(hints.get(parameter.name, inspect.Parameter.empty)))
        if parameter.name in documented and documented[parameter.name]:
            schema["description"] = documented[parameter.name]
        if parameter.default is inspect.Parameter.empty:
            required.append(parameter.name)
        else:
            try:
                json.dumps(parameter.default, allow_nan=False)
                schema["default"] = parameter.default
            except (TypeError, ValueError):
                pass
        properties[parameter.name] = schema
    accepts_more = any(p.kind == p.VAR_KEYWORD for p in signature.parameters.values())
    parameters = {"type": "object", "properties": properties, "required": required}
    if not accepts_more:
        parameters["additionalProperties"] = False
    tool = {"name": name, "description": description, "parameters": parameters}
    if "return" in hints:
        tool["returns"] = _schema(hints["return"])
    return tool


def _coerce(function, arguments):
    try:
        hints = typing.get_type_hints(function)
    except Exception:
        return arguments
    result = dict(arguments)
    for key, value in arguments.items():
        hint = hints.get(key)
        if hint is int and isinstance(value, float) and value.is_integer():
            result[key] = int(value)
        elif hint is float and isinstance(value, int) and not isinstance(value, bool):
            result[key] = float(value)
    return result


def _classify(error):
    message = str(error) or type(error).__name__
    if type(error).__name__ == "ToolArgumentError":
        return "invalid_arguments", message
    if isinstance(error, MemoryError):
        return "memory_limit", "MemoryError: " + message
    if isinstance(error, socket.gaierror):
        return "network_denied", "Network access is denied in the sandbox: " + message
    if isinstance(error, OSError) and error.errno in NETWORK_ERRNOS:
        return "network_denied", "Network access is denied in the sandbox: " + message
    return "tool_error", type(error).__name__ + ": " + message


def _answer(reply):
    result = reply.get("result")
    if isinstance(result, (str, bytes)) and len(result) > OUTPUT_CAP:
        reply = {"id": reply["id"], "ok": False, "status": "tool_error", "message": "The result exceeds the output cap of " + str(OUTPUT_CAP) + " bytes"}
    try:
        text = json.dumps(reply, allow_nan=False, ensure_ascii=False)
    except MemoryError:
        text = json.dumps({"id": reply["id"], "ok": False, "status": "memory_limit", "message": "MemoryError while writing the result"})
    except (TypeError, ValueError) as error:
        text = json.dumps({"id": reply["id"], "ok": False, "status": "tool_error", "message": "The result is not JSON: " + str(error)})
    if len(text) > OUTPUT_CAP:
        text = json.dumps({"id": reply["id"], "ok": False, "status": "tool_error", "message": "The result of " + str(len(text)) + " bytes exceeds the output cap of " + str(OUTPUT_CAP) + " bytes"})
    _out.write(text + "\n")
    _out.flush()


def _handle(request):
    request_id = request.get("id")
    try:
        functions = _load()
        if request.get("op") == "list":
            _answer({"id": request_id, "ok": True, "tools": [_describe(name, function) for name, function in functions.items()]})
            return
        function = functions.get(request.get("name"))
        if function is None:
            _answer({"id": request_id, "ok": False, "status": "unknown_tool", "message": "No function named " + str(request.get("name"))})
            return
        result = function(**_coerce(function, request.get("arguments") or {}))
        if os.getpid() != HARNESS_PID:
            os._exit(0)
        if isinstance(result, (tuple, set, frozenset)):
            result = list(result)
        _answer({"id": request_id, "ok": True, "result": result})
    except BaseException as error:
        if os.getpid() != HARNESS_PID:
            os._exit(0)
        if isinstance(error, (KeyboardInterrupt, SystemExit)):
            raise
        status, message = _classify(error)
        _answer({"id": request_id, "ok": False, "status": status, "message": message})


while True:
    _line = sys.stdin.readline()
    if _line == "":
        break
    if _line.strip() == "":
        continue
    try:
        _request = json.loads(_line)
    except ValueError:
        continue
    _handle(_request)
`;
