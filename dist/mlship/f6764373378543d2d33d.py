"""A worker of mlship's built-in inference server: Azure ML's inference-server contract on the standard library.

Started by scoring_server.py, WORKER_COUNT times, on the deployment's listening socket. Each worker imports
score.py as `entry_module`, runs init() and then every run() on its main thread, one request at a time, as a
worker of Microsoft's azmlinfsrv does (see docs/inference-server-contract.md in this repository). A connection
that arrives while init() runs waits in the socket's backlog until it returns. Connections are read by the
front door's event loop (front_door.py) in this process: only whole requests that passed its checks reach
score.py.

Environment: AZUREML_ENTRY_SCRIPT (absolute), AML_APP_ROOT, AZUREML_MODEL_DIR, AML_CORS_ORIGINS, WORKER_COUNT, and
mlship's own (taken out of the environment before score.py is imported): MLSHIP_SCORING_TIMEOUT_MS,
MLSHIP_LISTEN_FD (the inherited socket), MLSHIP_INIT_ERROR_FILE (where a failed init's traceback goes), and the
front door's: MLSHIP_FRONT_DOOR (its file), MLSHIP_KEY_DIGESTS (SHA-256 of each key, hex, comma-separated),
MLSHIP_MAX_BODY_BYTES, MLSHIP_DEPLOYMENT, MLSHIP_CLIENT_TIMEOUT_S.
"""
import builtins
import http.server
import importlib.util
import inspect
import json
import logging
import os
import signal
import socket
import sys
import time
import traceback
import types
import urllib.parse
import uuid

SERVER_VERSION = "azmlinfsrv/1.5.1 (mlship built-in)"
HEADER_LIMIT = 100
NOT_FOUND = "The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again."
NOT_ALLOWED = "The method is not allowed for the requested URL."
RUN_FAILED = "An unexpected error occurred in scoring script. Check the logs for more info."
INTERNAL = "An unexpected internal error occurred. Check the logs for more info."
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")

# As azmlinfsrv's log_config: its own logger at INFO with a handler of its own; the root logger is left
# at Python's default (WARNING), so a score.py's logging.info() is not shown, as on Azure.
log = logging.getLogger("azmlinfsrv")
_handler = logging.StreamHandler(sys.stdout)
_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname).1s [%(process)d] %(name)s - %(message)s"))
log.addHandler(_handler)
log.setLevel(logging.INFO)
log.propagate = False
# mlship's own settings for this worker, taken out of the environment score.py sees.
SCORING_TIMEOUT_MS = int(os.environ.pop("MLSHIP_SCORING_TIMEOUT_MS", os.environ.pop("SCORING_TIMEOUT_MS", "3600000")))
LISTEN_FD = int(os.environ.pop("MLSHIP_LISTEN_FD", "-1"))
INIT_ERROR_FILE = os.environ.pop("MLSHIP_INIT_ERROR_FILE", None)
FRONT_DOOR_FILE = os.environ.pop("MLSHIP_FRONT_DOOR", os.path.join(os.path.dirname(os.path.abspath(__file__)), "front_door.py"))
KEY_DIGESTS = [bytes.fromhex(d) for d in os.environ.pop("MLSHIP_KEY_DIGESTS", "").split(",") if d]
MAX_BODY_BYTES = int(os.environ.pop("MLSHIP_MAX_BODY_BYTES", str(100 * 1024 * 1024)))
DEPLOYMENT = os.environ.pop("MLSHIP_DEPLOYMENT", "default")
CLIENT_TIMEOUT_S = os.environ.pop("MLSHIP_CLIENT_TIMEOUT_S", None)


# ---------------------------------------------------------------------------------------------------------------
# azureml.contrib.services: AMLRequest, AMLResponse and @rawhttp, under the module names score.py files import.
# ---------------------------------------------------------------------------------------------------------------
class _state:
    raw_http_requested = False


def rawhttp(func):
    """Marks run() as taking the raw request (an AMLRequest) instead of the decoded body."""
    _state.raw_http_requested = True
    return func


class Headers(dict):
    """Request headers, looked up case-insensitively, keyed Title-Case as Flask presents them."""

    def __init__(self, pairs=()):
        super().__init__()
        for name, value in pairs:
            key = "-".join(part.capitalize() for part in name.split("-"))
            super().__setitem__(key, value if key not in self else f"{self[key]},{value}")

    def get(self, name, default=None):
        for key, value in self.items():
            if key.lower() == name.lower():
                return value
        return default

    def __contains__(self, name):
        return any(key.lower() == str(name).lower() for key in self.keys())

    def __getitem__(self, name):
        value = self.get(name)
        if value is None:
            raise KeyError(name)
        return value


class Args(dict):
    """Query arguments: `get` gives the first value, `getlist` all of them."""

    def __init__(self, query):
        super().__init__()
        self._lists = {}
        for key, value in urllib.parse.parse_qsl(query, keep_blank_values=True):
            self._lists.setdefault(key, []).append(value)
            self.setdefault(key, value)

    def getlist(self, key):
        return list(self._lists.get(key, []))


class AMLRequest:
    """The request a @rawhttp run() receives where flask is not installed: the parts of Flask's Request
    score.py files use. (With flask, run() gets flask's own Request: see wsgi_request.)"""

    def __init__(self, method, full_path, headers, body):
        self.method = method
        parsed = urllib.parse.urlsplit(full_path)
        self.path = parsed.path
        self.query_string = parsed.query.encode("latin-1")
        self.full_path = f"{parsed.path}?{parsed.query}"
        self.headers = headers
        self.args = Args(parsed.query)
        self.data = b"" if self.mimetype in FORM_TYPES else body
        self.url = f"http://{headers.get('Host', 'localhost')}{full_path}"
        self.environ = {"REQUEST_METHOD": method, "PATH_INFO": parsed.path, "QUERY_STRING": parsed.query}
        self._body = body

    @property
    def content_length(self):
        length = self.headers.get("Content-Length")
        return int(length) if length and length.isdigit() else None

    @property
    def stream(self):
        import io
        return io.BytesIO(self._body)

    def __getattr__(self, name):
        # Called only for what the stand-in lacks: say so at first use, naming it, rather than a bare AttributeError.
        if name.startswith("__"):
            raise AttributeError(name)
        raise AttributeError(
            f"request.{name} is not available: flask is not installed in this Python, so @rawhttp gets mlship's stand-in "
            "Request (method, path, full_path, url, args, headers, content_type, mimetype, content_length, data, get_data, "
            "get_json, json, stream). Install flask (it comes with azureml-inference-server-http, as on Azure) to get flask's Request."
        )

    @property
    def content_type(self):
        return self.headers.get("Content-Type")

    @property
    def mimetype(self):
        return (self.content_type or "").split(";")[0].strip().lower()

    @property
    def is_json(self):
        return self.mimetype == "application/json" or (self.mimetype.startswith("application/") and self.mimetype.endswith("+json"))

    def get_data(self, as_text=False, **_):
        return self.data.decode("utf-8") if as_text else self.data

    def get_json(self, force=False, silent=False, **_):
        if not (force or self.is_json):
            return None
        try:
            return json.loads(self.data)
        except ValueError:
            if silent:
                return None
            raise

    @property
    def json(self):
        return self.get_json()


class AMLResponse:
    """What a run() may return to choose status, headers and content type, as azureml's AMLResponse does
    (the stand-in where flask is not installed; with flask, AMLResponse is a flask Response)."""

    def __init__(self, message, status_code, response_headers=None, json_str=False, run_function_failed=False):
        self.status_code = int(status_code)
        self.headers = []
        response_headers = dict(response_headers or {})
        if message is None:
            self.data, content_type = b"{}", "application/json"
        elif json_str:
            self.data, content_type = json.dumps(message).encode("utf-8"), "application/json"
        else:
            self.data = message if isinstance(message, (bytes, bytearray)) else str(message).encode("utf-8")
            content_type = "text/html; charset=utf-8"
        if not any(k.lower() == "content-type" for k in response_headers):
            self.headers.append(("Content-Type", content_type))
        self.headers.append(("x-ms-run-function-failed", str(bool(run_function_failed))))
        for header, value in response_headers.items():
            for part in str(value).split(","):
                self.headers.append((header, part.strip()))

    def get_data(self, as_text=False):
        return self.data.decode("utf-8") if as_text else bytes(self.data)

    def set_header(self, name, value):
        self.headers = [(k, v) for k, v in self.headers if k.lower() != name.lower()] + [(name, value)]


StandInRequest, StandInResponse = AMLRequest, AMLResponse


def is_wsgi_response(value):
    """A flask or werkzeug Response (duck-typed: flask need not be importable here)."""
    return hasattr(value, "iter_encoded") and hasattr(value, "status_code") and hasattr(getattr(value, "headers", None), "items")


def _flask():
    """Flask, when the deployment's Python has it (it always does where azureml-contrib-services or
    azureml-inference-server-http is installed); then @rawhttp gets a real flask Request and AMLResponse
    is a flask Response, as in azmlinfsrv (api/aml_request.py, api/aml_response.py)."""
    try:
        import flask
        return flask
    except ImportError:
        return None


FLASK = None


def flask_classes(flask):
    class FlaskAMLRequest(flask.Request):
        """azmlinfsrv's AMLRequest: flask's Request, so score.py needs no flask import of its own."""

    class FlaskAMLResponse(flask.Response):
        """azmlinfsrv's AMLResponse: a flask Response; json_str sends the message as JSON, and headers given
        as "a, b" become one header each."""

        def __init__(self, message, status_code, response_headers=None, json_str=False, run_function_failed=False):
            response_headers = dict(response_headers or {})
            if message is None:
                super().__init__(json.dumps({}), status=status_code, mimetype="application/json")
            elif json_str:
                super().__init__(json.dumps(message), status=status_code, mimetype="application/json")
            else:
                super().__init__(message, status=status_code)
                if "Content-Type" in response_headers:
                    self.headers.remove("Content-Type")
            self.headers["x-ms-run-function-failed"] = run_function_failed
            for header, value in response_headers.items():
                for part in str(value).split(","):
                    self.headers.add_header(header, part.strip())

    return FlaskAMLRequest, FlaskAMLResponse


def wsgi_request(flask, method, full_path, headers, body, client):
    """A flask Request for the raw request, as Flask builds it for a WSGI call: files, form, values,
    stream, content_length, remote_addr and the rest all work as on Azure."""
    import io
    parsed = urllib.parse.urlsplit(full_path)
    environ = {
        "REQUEST_METHOD": method, "SCRIPT_NAME": "", "PATH_INFO": urllib.parse.unquote(parsed.path, "latin-1"),
        "QUERY_STRING": parsed.query, "SERVER_NAME": "127.0.0.1", "SERVER_PORT": "80", "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": client, "wsgi.version": (1, 0), "wsgi.url_scheme": "http", "wsgi.input": io.BytesIO(body),
        "wsgi.errors": sys.stderr, "wsgi.multithread": False, "wsgi.multiprocess": True, "wsgi.run_once": False,
    }
    for name, value in headers:
        key = name.upper().replace("-", "_")
        if key in ("CONTENT_TYPE", "CONTENT_LENGTH"):
            environ[key] = value
        else:
            environ[f"HTTP_{key}"] = f"{environ[f'HTTP_{key}']},{value}" if f"HTTP_{key}" in environ else value
    return FLASK_REQUEST(environ)


FLASK_REQUEST = None


def install_compat_modules():
    """Provides the module names score.py files import, without hiding a real `azureml` package."""
    global FLASK, FLASK_REQUEST, AMLRequest, AMLResponse
    FLASK = _flask()
    if FLASK is not None:
        FLASK_REQUEST, flask_response = flask_classes(FLASK)
        AMLRequest, AMLResponse = FLASK_REQUEST, flask_response
    request_module = types.ModuleType("aml_request")
    request_module.rawhttp, request_module.AMLRequest = rawhttp, AMLRequest
    response_module = types.ModuleType("aml_response")
    response_module.AMLResponse = AMLResponse
    for prefix in ("azureml.contrib.services", "azureml_inference_server_http.api"):
        parts = prefix.split(".")
        for depth in range(1, len(parts) + 1):
            name = ".".join(parts[:depth])
            if name in sys.modules:
                continue
            try:
                if depth == 1 and importlib.util.find_spec(name) is not None:
                    importlib.import_module(name)
                    continue
            except (ImportError, ValueError):
                pass
            package = types.ModuleType(name)
            package.__path__ = []
            sys.modules[name] = package
            if depth > 1:
                setattr(sys.modules[".".join(parts[: depth - 1])], parts[depth - 1], package)
        sys.modules[f"{prefix}.aml_request"] = request_module
        sys.modules[f"{prefix}.aml_response"] = response_module
        setattr(sys.modules[prefix], "aml_request", request_module)
        setattr(sys.modules[prefix], "aml_response", response_module)


def redirect_print():
    """print() to stdout becomes one log line each, through the azmlinfsrv.print logger, as on Azure."""
    original = builtins.print
    printer = logging.getLogger("azmlinfsrv.print")

    def print_to_log(*objects, sep=" ", end="\n", file=None, flush=False):
        if file is None or file is sys.stdout:
            printer.info(sep.join(map(str, objects)))
        else:
            original(*objects, sep=sep, end=end, file=file, flush=flush)

    builtins.print = print_to_log


# ---------------------------------------------------------------------------------------------------------------
# The user's script: loaded, inspected and called as azmlinfsrv does.
# ---------------------------------------------------------------------------------------------------------------
class BadInput(Exception):
    status = 400


class UnsupportedInput(Exception):
    status = 415


def schema_tools():
    try:
        from inference_schema import schema_util  # noqa: PLC0415 - optional, as on a user's environment
    except ImportError:
        return None
    return schema_util


class UserScript:
    def __init__(self, path):
        spec = importlib.util.spec_from_file_location("entry_module", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for name in ("init", "run"):
            if not hasattr(module, name):
                raise AttributeError(f"User script at {path} does not have a {name}() function defined.")
        driver = getattr(module, "driver_module", None)
        self.run = driver.run if isinstance(driver, types.ModuleType) and hasattr(driver, "run") else module.run
        self.init = module.init
        self.schemas = schema_tools()
        params = list(inspect.signature(self.run).parameters.values())
        if any(p.kind not in (p.KEYWORD_ONLY, p.POSITIONAL_OR_KEYWORD) for p in params):
            raise TypeError("run() cannot accept positional-only arguments, *args, or **kwargs.")
        self.wants_headers = any(p.name == "request_headers" for p in params)
        self.params = [p for p in params if p.name != "request_headers"]
        if not self.params:
            raise TypeError("run() needs to accept an argument for input data.")
        self.decorated = bool(self.schemas and self.schemas.is_schema_decorated(self.run))
        if _state.raw_http_requested and self.decorated:
            raise TypeError("run() cannot be decorated with both @rawhttp and @input_schema")
        self.kind = "raw" if _state.raw_http_requested else "schema" if self.decorated else "string"
        log.info("run() is %s.", {"raw": "decorated with @rawhttp", "schema": "decorated with @input_schema", "string": "not decorated: it gets the body as a string"}[self.kind])

    def arguments(self, request):
        first = self.params[0].name
        if self.kind == "raw":
            return {first: request}
        if request.method == "GET":
            values = {}
            for key in request.args:
                found = [parse_json_or_text(v) for v in request.args.getlist(key)]
                values[key] = found[0] if len(found) == 1 else found
            return {first: json.dumps(values)} if self.kind == "string" else self.extract(values)
        if self.kind == "string":
            try:
                return {first: str(request.data, "utf-8")}
            except UnicodeDecodeError as error:
                raise BadInput(f"Input cannot be decoded as UTF-8: {error}") from None
        if not request.is_json:
            raise UnsupportedInput("Expects Content-Type to be application/json")
        try:
            body = json.loads(request.data)
        except ValueError as error:
            raise BadInput(f"POST body could not be decoded as JSON: {error}" if request.data else "POST body is empty. Expecting a JSON dictionary.") from None
        if not isinstance(body, dict):
            raise BadInput("POST body should be a JSON dictionary.")
        return self.extract(body)

    def extract(self, body):
        values = {}
        for param in self.params:
            value = body.get(param.name, param.default)
            if value is inspect.Parameter.empty:
                raise BadInput(f"A value is not provided for the {param.name!r} parameter.")
            values[param.name] = value
        return values


def parse_json_or_text(text):
    try:
        return json.loads(text)
    except ValueError:
        return text


class ScoringTimeout(Exception):
    pass


def _alarm(signum, frame):
    raise ScoringTimeout()


# ---------------------------------------------------------------------------------------------------------------
# Swagger, as azmlinfsrv builds it: the user's swagger file when there is one, else from the decorators.
# ---------------------------------------------------------------------------------------------------------------
VERSIONS = {"2": "2", "2.0": "2", "3": "3", "3.0": "3", "3.1": "3.1"}


def swagger_document(script, app_root, version):
    files = {"2": ["swagger.json", "swagger2.json"], "3": ["swagger3.json"], "3.1": ["swagger3.1.json"]}[version]
    for name in files:
        try:
            with open(os.path.join(app_root, name), encoding="utf-8") as handle:
                return json.load(handle)
        except FileNotFoundError:
            continue
    supported = script.schemas.get_supported_versions(script.run) if script.schemas else ["2.0", "3.0", "3.1"]
    if not any(alias in supported for alias, major in VERSIONS.items() if major == version):
        return None
    if script.decorated:
        inputs, outputs = script.schemas.get_input_schema(script.run), script.schemas.get_output_schema(script.run)
    else:
        inputs = outputs = {"type": "object", "example": {}}
    return build_swagger(version, inputs, outputs)


def build_swagger(version, inputs, outputs):
    name = os.environ.get("SERVICE_NAME", "ML service")
    info = {"title": name, "description": f"API specification for the Azure Machine Learning service {name}", "version": os.environ.get("SERVICE_VERSION", "1.0")}
    error = {"type": "object", "properties": {"message": {"type": "string"}}}
    if version == "2":
        ref = lambda n: {"$ref": f"#/definitions/{n}"}  # noqa: E731
        failure = {"description": "The service failed to execute due to an error.", "schema": ref("ErrorResponse")}
        return {
            "swagger": "2.0", "info": info, "schemes": ["https"], "consumes": ["application/json"], "produces": ["application/json"],
            "securityDefinitions": {"Bearer": {"type": "apiKey", "name": "Authorization", "in": "header", "description": "For example: Bearer abc123"}},
            "paths": {
                "/": {"get": {"operationId": "ServiceHealthCheck", "description": "Simple health check endpoint to ensure the service is up at any given point.",
                              "responses": {"200": {"description": "If service is up and running, this response will be returned with the content 'Healthy'", "schema": {"type": "string"}, "examples": {"application/json": "Healthy"}}, "default": failure}}},
                "/score": {"post": {"operationId": "RunMLService", "description": "Run web service's model and get the prediction output", "security": [{"Bearer": []}],
                                    "parameters": [{"name": "serviceInputPayload", "in": "body", "description": "The input payload for executing the real-time machine learning service.", "schema": ref("ServiceInput")}],
                                    "responses": {"200": {"description": "The service processed the input correctly and provided a result prediction, if applicable.", "schema": ref("ServiceOutput")}, "default": failure}}},
                "/swagger.json": {"get": {"operationId": "GetSwaggerSpec", "description": "Get the Swagger specification.",
                                          "parameters": [{"name": "version", "in": "query", "required": False, "type": "integer", "enum": [2, 3]}],
                                          "responses": {"200": {"description": "The Swagger specification.", "schema": {"type": "string"}}, "default": failure}}},
            },
            "definitions": {"ServiceInput": inputs, "ServiceOutput": outputs, "ErrorResponse": error},
        }
    ref = lambda n: {"$ref": f"#/components/schemas/{n}"}  # noqa: E731
    failure = {"description": "The service failed to execute due to an error.", "content": {"application/json": {"schema": ref("ErrorResponse")}}}
    return {
        "openapi": "3.1.0" if version == "3.1" else "3.0.3", "info": info, "security": [{"Bearer": []}],
        "paths": {
            "/": {"get": {"operationId": "ServiceHealthCheck", "description": "Simple health check endpoint to ensure the service is up at any given point.",
                          "responses": {"200": {"description": "If service is up and running, this response will be returned with the content 'Healthy'", "content": {"text/plain": {"schema": {"type": "string", "example": "Healthy"}}}}, "default": failure}}},
            "/score": {"post": {"operationId": "RunMLService", "description": "Run web service's model and get the prediction output", "security": [{"Bearer": []}],
                                "requestBody": {"description": "The input payload for executing the real-time machine learning service.", "content": {"application/json": {"schema": ref("ServiceInput")}}},
                                "responses": {"200": {"description": "The service processed the input correctly and provided a result prediction, if applicable.", "content": {"application/json": {"schema": ref("ServiceOutput")}}}, "default": failure}}},
            "/swagger.json": {"get": {"operationId": "GetSwaggerSpec", "description": "Get the Swagger specification.",
                                      "parameters": [{"name": "version", "in": "query", "required": False, "schema": {"type": "integer", "enum": [2, 3]}}],
                                      "responses": {"200": {"description": "The Swagger specification.", "content": {"text/plain": {"schema": {"type": "string"}}}}, "default": failure}}},
        },
        "components": {"securitySchemes": {"Bearer": {"type": "apiKey", "name": "Authorization", "in": "header", "description": "For example: Bearer abc123"}},
                       "schemas": {"ServiceInput": inputs, "ServiceOutput": outputs, "ErrorResponse": error}},
    }


# ---------------------------------------------------------------------------------------------------------------
# HTTP: one request per connection, answered on the main thread.
# ---------------------------------------------------------------------------------------------------------------
class Worker(http.server.BaseHTTPRequestHandler):
    """One request, parsed and checked by the front door's loop, which then calls answer()."""

    protocol_version = "HTTP/1.1"
    server_version = "mlship-local"
    script = None
    swagger = {}
    cors = []

    def log_message(self, fmt, *args):
        pass

    def answer(self):
        self.started = time.perf_counter()
        self.extra = []
        try:
            self.dispatch()
        except Exception:  # noqa: BLE001 - the server answers, whatever failed
            log.error("Encountered Exception: %s", traceback.format_exc())
            self.respond(500, json.dumps({"message": INTERNAL}).encode(), "application/json", [("x-ms-run-function-failed", "False")])

    def body(self):
        length = self.headers.get("Content-Length")
        return self.rfile.read(int(length)) if length else b""

    def dispatch(self):
        path = urllib.parse.urlsplit(self.path).path
        # Flask's routing, as azmlinfsrv's app has it: HEAD with every GET, an automatic OPTIONS on / and
        # /swagger.json; /score takes OPTIONS itself and HEAD reaches its handler.
        routes = {"/": ("GET", "HEAD", "OPTIONS"), "/score": ("GET", "POST", "OPTIONS", "HEAD"), "/swagger.json": ("GET", "HEAD", "OPTIONS")}
        if path not in routes:
            return self.message(404, NOT_FOUND, failed=False)
        if self.command not in routes[path]:
            return self.message(405, NOT_ALLOWED, failed=False)
        if not self.request_ids():
            return None
        if self.command == "OPTIONS" and path != "/score":
            return self.respond(200, b"", "text/html; charset=utf-8", [("Allow", "HEAD, GET, OPTIONS")])
        if path == "/":
            return self.respond(200, b"Healthy", "text/html; charset=utf-8")
        if path == "/swagger.json":
            return self.serve_swagger()
        return self.score()

    def request_ids(self):
        """Echoes the request-id headers as azmlinfsrv's before/after_request do (routes.py); an id over 100
        characters answers 431. An x-request-id sent empty is kept empty: then no request id is sent back."""
        self.extra = [("x-ms-server-version", SERVER_VERSION)]
        request_id = self.headers.get("x-request-id")
        if request_id is None:
            request_id = str(uuid.uuid4())
        if len(request_id) > HEADER_LIMIT:
            self.message(431, f"x-request-id must not exceed {HEADER_LIMIT} characters", failed=False)
            return False
        if request_id:
            self.extra.append(("x-request-id", request_id))
        legacy = self.headers.get("x-ms-request-id", "")
        client = self.headers.get("x-ms-client-request-id", "")
        if legacy:
            client = client or legacy
        else:
            legacy = client or request_id
        trace = [("TraceId", self.headers["TraceId"])] if "TraceId" in self.headers else []
        if len(legacy) > HEADER_LIMIT or len(client) > HEADER_LIMIT:
            # x-request-id was accepted before this check, so it still goes back.
            self.extra += trace
            self.message(431, f"x-ms-request-id and x-ms-client-request-id must not exceed {HEADER_LIMIT} characters", failed=False)
            return False
        if legacy:
            self.extra.append(("x-ms-request-id", legacy))
        if client:
            self.extra.append(("x-ms-client-request-id", client))
        self.extra += trace
        return True

    def serve_swagger(self):
        # ?version= (empty) is a version that is not valid, as request.args.get gives "" there, not None.
        query = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query, keep_blank_values=True)
        requested = (query.get("version") or ["2"])[0]
        version = VERSIONS.get(requested)
        available = sorted(v for v in ("2", "3", "3.1") if Worker.swagger.get(v) is not None)
        if version is None:
            return self.message(404, f"Swagger version [{requested}] is not valid. Supported versions: [{', '.join(available)}].")
        if Worker.swagger.get(version) is None:
            return self.message(404, f"Swagger version [{requested}] is not supported for the scoring script. Supported swagger versions: [{', '.join(available)}].")
        return self.respond(200, json.dumps(Worker.swagger[version]).encode(), "application/json", [("x-ms-run-function-failed", "False")])

    def score(self):
        body = self.body()
        if self.command == "OPTIONS" and Worker.script.kind != "raw":
            return self.respond(200, b"", "text/html; charset=utf-8", [("x-ms-run-function-failed", "False")])
        # A HEAD reaches the handler, whose input parser takes GET and POST only (input_parsers.py).
        if self.command == "HEAD" and Worker.script.kind != "raw":
            return self.message(405, "Method not allowed", failed=False)
        request = StandInRequest(self.command, self.path, Headers(self.headers.items()), body)
        if Worker.script.kind == "raw" and FLASK is not None:
            request = wsgi_request(FLASK, self.command, self.path, self.headers.items(), body, self.client_address[0])
        try:
            arguments = Worker.script.arguments(request)
        except (BadInput, UnsupportedInput) as error:
            return self.message(error.status, str(error), failed=False)
        timeout_ms = SCORING_TIMEOUT_MS
        started = time.perf_counter()
        try:
            signal.signal(signal.SIGALRM, _alarm)
            signal.setitimer(signal.ITIMER_REAL, timeout_ms / 1000)
            try:
                if Worker.script.wants_headers:
                    output = Worker.script.run(**arguments, request_headers=dict(request.headers))
                else:
                    output = Worker.script.run(**arguments)
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
        except ScoringTimeout:
            log.error("Encountered Exception: scoring timeout after %s ms\n%s", timeout_ms, traceback.format_exc())
            return self.message(500, f"Scoring timeout after {timeout_ms} ms", failed=True)
        except Exception:  # noqa: BLE001 - run() failing is the user's, reported without its text
            log.error("Encountered Exception: %s", traceback.format_exc())
            return self.message(500, RUN_FAILED, failed=True)
        elapsed = [("x-ms-run-fn-exec-ms", f"{(time.perf_counter() - started) * 1000:.3f}")]
        if isinstance(output, StandInResponse) or is_wsgi_response(output):
            # AMLResponse, or any flask/werkzeug Response: sent as it is (status, headers, the body
            # read whole, a generator's too), as azmlinfsrv returns a Response from run() unchanged.
            headers = [(k, v) for k, v in (output.headers if isinstance(output, StandInResponse) else output.headers.items()) if k.lower() != "content-length"]
            if output.status_code >= 500:
                # headers["x-ms-run-function-failed"] = True in routes.py: one header, whatever run() set.
                headers = [(k, v) for k, v in headers if k.lower() != "x-ms-run-function-failed"] + [("x-ms-run-function-failed", "True")]
            content_type = next((v for k, v in headers if k.lower() == "content-type"), "text/html; charset=utf-8")
            headers = [(k, v) for k, v in headers if k.lower() != "content-type"]
            data = output.get_data() if isinstance(output, StandInResponse) else b"".join(output.iter_encoded())
            return self.respond(output.status_code, data, content_type, headers + elapsed)
        try:
            data = json.dumps({} if output is None else output).encode("utf-8")
        except (TypeError, ValueError):
            # As azmlinfsrv: a value json.dumps refuses is not stringified; it is an internal error.
            log.error("Encountered Exception: %s", traceback.format_exc())
            return self.message(500, INTERNAL, failed=False)
        return self.respond(200, data, "application/json", [("x-ms-run-function-failed", "False")] + elapsed)

    def message(self, status, text, failed=False):
        # azmlinfsrv's ErrorResponse is an AMLResponse: every error answer says whether run() failed.
        self.respond(status, json.dumps({"message": text}).encode("utf-8"), "application/json", [("x-ms-run-function-failed", str(failed))])

    def respond(self, status, data, content_type, headers=()):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for name, value in list(headers) + self.extra + self.cors_headers():
            self.send_header(name, str(value))
        self.send_header("azureml-model-deployment", DEPLOYMENT)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)
        log.info("%s %s %d %.3fms %d", self.command, self.path, status, (time.perf_counter() - self.started) * 1000, len(data))

    def cors_headers(self):
        origin = self.headers.get("Origin")
        if not origin or not Worker.cors or origin not in Worker.cors:
            return []
        headers = [("Access-Control-Allow-Origin", origin), ("Vary", "Origin")]
        if self.command == "OPTIONS":
            headers.append(("Access-Control-Allow-Methods", "GET, POST"))
            requested = self.headers.get("Access-Control-Request-Headers")
            if requested:
                headers.append(("Access-Control-Allow-Headers", requested))
        return headers


def azmlinfsrv_argv():
    """sys.argv as score.py sees it under azmlinfsrv: the `azmlinfsrv` console script beside the
    interpreter, then the gunicorn arguments amlserver_linux.run() puts there (its defaults: host
    0.0.0.0, port 5001, a 300 s worker timeout), ending with the WSGI app."""
    return [
        os.path.join(os.path.dirname(sys.executable), "azmlinfsrv"),
        "-b",
        "0.0.0.0:5001",
        "-w",
        os.environ.get("WORKER_COUNT", "1"),
        "--timeout",
        os.environ.get("WORKER_TIMEOUT", "300"),
        "--access-logfile",
        "-",
        "--error-logfile",
        "/dev/null",
        "azureml_inference_server_http.server.entry:app",
    ]


def main():
    sys.argv = azmlinfsrv_argv()
    install_compat_modules()
    redirect_print()
    listener = socket.socket(fileno=LISTEN_FD)
    app_root = os.environ.get("AML_APP_ROOT", os.getcwd())
    sys.path.append(app_root)
    signal.signal(signal.SIGTERM, lambda *_: os._exit(0))
    try:
        script = UserScript(os.environ["AZUREML_ENTRY_SCRIPT"])
        log.info("Invoking user's init function")
        script.init()
        log.info("Users's init has completed successfully")
    except BaseException:  # noqa: BLE001 - whatever the user's code raised is reported, then the worker exits
        trace = traceback.format_exc()
        log.error("User's init function failed\nEncountered Exception %s", trace)
        if INIT_ERROR_FILE:
            with open(INIT_ERROR_FILE, "w", encoding="utf-8") as handle:
                handle.write(trace)
        os._exit(3)
    Worker.script = script
    Worker.swagger = {v: swagger_document(script, app_root, v) for v in ("2", "3", "3.1")}
    Worker.cors = [o.strip() for o in os.environ.get("AML_CORS_ORIGINS", "").split(",") if o.strip()]
    log.info("Scoring timeout is set to %s", SCORING_TIMEOUT_MS)
    log.info("Worker with pid %d ready for serving traffic", os.getpid())
    front_door = load_front_door()
    if CLIENT_TIMEOUT_S:
        front_door.READ_TIMEOUT_S = float(CLIENT_TIMEOUT_S)
    shared = int(os.environ.get("WORKER_COUNT", "1") or "1") > 1
    front_door.EventLoopFrontDoor(listener, Worker, KEY_DIGESTS, MAX_BODY_BYTES, shared=shared).serve_forever()


def load_front_door():
    spec = importlib.util.spec_from_file_location("mlship_front_door", FRONT_DOOR_FILE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


if __name__ == "__main__":
    main()
