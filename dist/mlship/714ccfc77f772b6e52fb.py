"""mlship's local scoring server: the Azure ML inference-server contract on the standard library.

A score.py that works on Azure works here unchanged: init() runs once, run(raw_data) runs per
request, AZUREML_MODEL_DIR points at the model. Routes as Azure ML's inference server serves
them: GET / (liveness), GET /score (readiness), POST /score, GET /swagger.json.

Configuration comes from environment variables set by mlship (never from arguments, so keys do
not show in process listings):
  MLSHIP_ENTRY_SCRIPT  path of score.py          MLSHIP_STATUS_FILE  where progress is written
  MLSHIP_PORT          port (0 picks a free one)  MLSHIP_AUTH_KEYS    accepted bearer keys, comma-separated
  MLSHIP_DEPLOYMENT    deployment name            MLSHIP_SCORING_TIMEOUT_MS  per-request limit
"""
import importlib.util
import json
import os
import socket
import sys
import threading
import time
import traceback
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

STATUS_FILE = os.environ["MLSHIP_STATUS_FILE"]
ENTRY_SCRIPT = os.environ["AZUREML_ENTRY_SCRIPT"]
DEPLOYMENT = os.environ.get("MLSHIP_DEPLOYMENT", "default")
KEYS = [k for k in os.environ.pop("MLSHIP_AUTH_KEYS", "").split(",") if k]
TIMEOUT_S = int(os.environ.get("SCORING_TIMEOUT_MS", "60000")) / 1000
EXIT_PORT_IN_USE = 98

state = {"phase": "starting", "pid": os.getpid(), "port": None, "error": None}
user_module = None


def write_status(**changes):
    state.update(changes)
    state["updated"] = time.time()
    tmp = f"{STATUS_FILE}.{os.getpid()}.tmp"
    with open(tmp, "w", encoding="utf-8") as handle:
        json.dump(state, handle)
    os.replace(tmp, STATUS_FILE)  # atomic: readers never see half a file


def log(message):
    print(f"{time.strftime('%Y-%m-%dT%H:%M:%S')} {message}", flush=True)


def load_and_init():
    global user_module
    try:
        sys.path.insert(0, os.path.dirname(os.path.abspath(ENTRY_SCRIPT)))
        spec = importlib.util.spec_from_file_location("score", ENTRY_SCRIPT)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        if not hasattr(module, "init") or not hasattr(module, "run"):
            raise AttributeError(f"{os.path.basename(ENTRY_SCRIPT)} must define init() and run(raw_data)")
        log("calling init()")
        module.init()
        user_module = module
        log("init() finished; ready for requests")
        write_status(phase="ready")
    except BaseException:  # noqa: BLE001 - any failure of user code is reported, not raised
        trace = traceback.format_exc()
        log("init() failed:\n" + trace)
        write_status(phase="failed", error=trace)
        os._exit(3)


def swagger(port):
    return {
        "swagger": "2.0",
        "info": {"title": f"mlship local deployment {DEPLOYMENT}", "version": "1.0"},
        "host": f"127.0.0.1:{port}",
        "schemes": ["http"],
        "paths": {
            "/": {"get": {"summary": "liveness", "responses": {"200": {"description": "alive"}}}},
            "/score": {
                "get": {"summary": "readiness", "responses": {"200": {"description": "ready"}, "503": {"description": "init() not finished"}}},
                "post": {
                    "summary": "run(raw_data) on the request body",
                    "consumes": ["application/json"],
                    "produces": ["application/json"],
                    "security": [{"Bearer": []}] if KEYS else [],
                    "responses": {"200": {"description": "the value run() returned, as JSON"}},
                },
            },
        },
        "securityDefinitions": {"Bearer": {"type": "apiKey", "name": "Authorization", "in": "header"}} if KEYS else {},
    }


class Handler(BaseHTTPRequestHandler):
    server_version = "mlship-local/1"
    protocol_version = "HTTP/1.1"

    def setup(self):
        super().setup()
        # Headers and body go out in two writes; without TCP_NODELAY, Nagle's algorithm and the
        # client's delayed ACK hold every response back by ~40 ms.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, fmt, *args):
        log(f"{self.command} {self.path} -> {args[1] if len(args) > 1 else ''}")

    def reply(self, status, body, content_type="application/json"):
        data = body if isinstance(body, bytes) else body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("x-ms-request-id", self.headers.get("x-ms-request-id") or str(uuid.uuid4()))
        self.send_header("azureml-model-deployment", DEPLOYMENT)
        self.end_headers()
        self.wfile.write(data)

    def authorised(self):
        if not KEYS:
            return True
        header = self.headers.get("Authorization", "")
        return header.startswith("Bearer ") and header[len("Bearer "):] in KEYS

    def do_GET(self):
        path = self.path.split("?")[0]
        if path == "/":
            self.reply(200, "Healthy", "text/plain")
        elif path == "/score":
            ready = state["phase"] == "ready"
            self.reply(200 if ready else 503, json.dumps({"ready": ready}))
        elif path == "/swagger.json":
            self.reply(200, json.dumps(swagger(self.server.server_address[1])))
        else:
            self.reply(404, json.dumps({"error": f"no route {path}"}))

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length).decode("utf-8") if length else ""
        if self.path.split("?")[0] != "/score":
            self.reply(404, json.dumps({"error": f"no route {self.path}"}))
        elif not self.authorised():
            self.reply(401, json.dumps({"error": "missing or wrong key: send Authorization: Bearer <key>"}))
        elif user_module is None:
            self.reply(503, json.dumps({"error": "init() has not finished"}))
        else:
            self.score(raw)

    def score(self, raw):
        result = {}

        def call():
            try:
                result["value"] = user_module.run(raw)
            except BaseException:  # noqa: BLE001
                result["error"] = traceback.format_exc()

        worker = threading.Thread(target=call, daemon=True)
        worker.start()
        worker.join(TIMEOUT_S)
        if worker.is_alive():
            self.reply(504, json.dumps({"error": f"run() did not return within {TIMEOUT_S:g}s (scoringTimeoutMs)"}))
        elif "error" in result:
            log("run() raised:\n" + result["error"])
            self.reply(500, json.dumps({"error": result["error"].strip().splitlines()[-1]}))
        else:
            self.reply(200, json.dumps(result["value"], default=str))


def main():
    port = int(os.environ.get("MLSHIP_PORT", "0"))
    try:
        # The default listen backlog of 5 drops connections under load (a 1 s SYN retry each).
        ThreadingHTTPServer.request_queue_size = 128
        server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    except OSError as error:
        log(f"cannot listen on port {port}: {error}")
        write_status(phase="failed", error=f"port {port} is already in use" if error.errno in (98, 48, 10048) else str(error), reason="port-in-use")
        sys.exit(EXIT_PORT_IN_USE)
    server.daemon_threads = True
    bound = server.server_address[1]
    log(f"listening on http://127.0.0.1:{bound} (python {sys.executable})")
    # Liveness answers while init() runs; readiness and scoring wait for it, as on Azure.
    write_status(phase="initializing", port=bound)
    threading.Thread(target=load_and_init, daemon=True).start()
    server.serve_forever()


if __name__ == "__main__":
    main()
