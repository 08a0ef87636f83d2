"""mlship's local scoring server: it listens on the deployment's port, runs the inference server that runs
score.py behind the front door (front_door.py: keys, limits, framing), and writes how it is going to a status file.

The inference server is Microsoft's own (`azmlinfsrv`, package azureml-inference-server-http) when it is
importable in this Python, as it is in most Azure environments; otherwise mlship's built-in one
(scoring_worker.py), which keeps the same contract. The built-in server's workers accept connections on the
deployment's port themselves and apply the front door in their own loop (no second process or hop per
request); before azmlinfsrv, which has its own listener, this process is the front door, as a threaded proxy.

Configuration comes from environment variables set by mlship (never from arguments, so keys do not show in
process listings):
  MLSHIP_STATUS_FILE    where progress is written        MLSHIP_PORT          port (0 picks a free one)
  MLSHIP_AUTH_KEYS      accepted keys, comma-separated   MLSHIP_DEPLOYMENT    deployment name
  MLSHIP_MAX_BODY_BYTES largest body accepted            MLSHIP_WORKER_SCRIPT scoring_worker.py
  MLSHIP_FRONT_DOOR     front_door.py (default: beside this file)
  MLSHIP_CLIENT_TIMEOUT_S  how long a client may stay silent mid-request (default 60)
  MLSHIP_INFERENCE_SERVER  auto (default), builtin or azmlinfsrv
and the inference server's own: AZUREML_ENTRY_SCRIPT, AZUREML_MODEL_DIR, AML_APP_ROOT, SCORING_TIMEOUT_MS,
WORKER_COUNT, AML_CORS_ORIGINS.
"""
import http.client
import importlib.util
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def load_front_door(path):
    spec = importlib.util.spec_from_file_location("mlship_front_door", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


FRONT_DOOR_PATH = os.environ.get("MLSHIP_FRONT_DOOR") or os.path.join(os.path.dirname(os.path.abspath(__file__)), "front_door.py")
front_door = load_front_door(FRONT_DOOR_PATH)
# How long a client may stay silent mid-request (60 s; shorter in tests of the 408).
CLIENT_TIMEOUT_S = os.environ.get("MLSHIP_CLIENT_TIMEOUT_S") or str(front_door.READ_TIMEOUT_S)
front_door.READ_TIMEOUT_S = float(CLIENT_TIMEOUT_S)
STATUS_FILE = os.environ["MLSHIP_STATUS_FILE"]
DEPLOYMENT = os.environ.get("MLSHIP_DEPLOYMENT", "default")
DIGESTS = front_door.key_digests(os.environ.pop("MLSHIP_AUTH_KEYS", "").split(","))
MAX_BODY = int(os.environ.get("MLSHIP_MAX_BODY_BYTES", str(100 * 1024 * 1024)))
TIMEOUT_S = int(os.environ.get("SCORING_TIMEOUT_MS", "3600000")) / 1000
# How long a request waits for the server behind to start listening (its init() and imports).
STARTUP_S = float(os.environ.get("MLSHIP_STARTUP_TIMEOUT_S", "600"))
WORKERS = max(1, int(os.environ.get("WORKER_COUNT", "1") or "1"))
EXIT_PORT_IN_USE = 98

state = {"phase": "starting", "pid": os.getpid(), "port": None, "error": None, "server": None}
backend = {"port": None, "processes": []}


def write_status(**changes):
    state.update(changes)
    state["updated"] = time.time()
    tmp = f"{STATUS_FILE}.{os.getpid()}.tmp"
    with open(tmp, "w", encoding="utf-8") as handle:
        json.dump(state, handle)
    os.replace(tmp, STATUS_FILE)  # atomic: readers never see half a file


def log(message):
    print(f"{time.strftime('%Y-%m-%dT%H:%M:%S')} mlship-front - {message}", flush=True)


class FrontDoor(BaseHTTPRequestHandler):
    """The front door as a threaded proxy, before azmlinfsrv (which has its own listener and workers)."""

    protocol_version = "HTTP/1.1"
    server_version = "mlship-local"

    def setup(self):
        super().setup()
        self.connection.settimeout(front_door.READ_TIMEOUT_S)
        # Headers and body go out in two writes; without TCP_NODELAY, Nagle's algorithm and the client's
        # delayed ACK hold every response back by ~40 ms.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, fmt, *args):
        pass

    def handle_expect_100(self):
        return True  # the 100 Continue goes out once the key and the framing have been checked (do_GET)

    def do_GET(self):
        try:
            front_door.check_head(self.command, self.path, self.headers, DIGESTS)
            framing = front_door.body_framing(self.headers, MAX_BODY)
            if self.headers.get("Expect", "").lower() == "100-continue" and self.request_version >= "HTTP/1.1":
                self.wfile.write(b"HTTP/1.1 100 Continue\r\n\r\n")
            body = self.read_body(framing)
        except front_door.Refusal as refusal:
            return front_door.send_refusal(self, refusal)
        except (TimeoutError, socket.timeout):
            return front_door.send_refusal(self, front_door.Refusal(408, "The request body did not arrive in time."))
        self.forward(front_door.forwarded_headers(self.headers, body, framing), body, framing is not None)

    do_HEAD = do_POST = do_PUT = do_DELETE = do_OPTIONS = do_PATCH = do_GET

    def read_body(self, framing):
        if framing != front_door.CHUNKED:
            return self.rfile.read(framing or 0)
        chunks = front_door.ChunkedBody(MAX_BODY)
        while (rest := chunks.feed(self.rfile.read1(65536) or self.ended_early())) is None:
            pass
        if rest:
            self.close_connection = True  # bytes of a pipelined request were read with the body's end
        return chunks.body

    @staticmethod
    def ended_early():
        raise front_door.Refusal(400, "The request body ended before its last chunk.")

    def forward(self, headers, body, framed):
        deadline = time.monotonic() + STARTUP_S
        upstream = front_door.Upstream(backend["port"], TIMEOUT_S + 30)
        while True:
            try:
                # As the client sent it: its Host, and no header of the proxy's own.
                status, reason, answer_headers, data = upstream.exchange(self.command, self.path, headers, body if framed else None)
                break
            except ConnectionRefusedError as error:
                # The server behind is still starting (azmlinfsrv binds its port only once it has
                # imported everything): the request is held, as Azure's front door holds it, until
                # it listens or the startup deadline passes.
                if time.monotonic() > deadline or not backend_alive():
                    return front_door.send_refusal(self, front_door.Refusal(502, f"The inference server did not answer: {error}"))
                time.sleep(0.1)
            except (OSError, ValueError) as error:
                return front_door.send_refusal(self, front_door.Refusal(502, f"The inference server did not answer: {error}"))
        self.send_response(status, reason)
        for name, value in answer_headers:
            if name.lower() not in front_door.HOP_BY_HOP and name.lower() not in ("server", "date"):
                self.send_header(name, value)
        # A HEAD's answer has no body, and the length the GET would have.
        length = next((v for k, v in answer_headers if k.lower() == "content-length"), "0") if self.command == "HEAD" else str(len(data))
        self.send_header("Content-Length", length)
        self.send_header("azureml-model-deployment", DEPLOYMENT)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)


def choose_server():
    wanted = os.environ.get("MLSHIP_INFERENCE_SERVER", "auto")
    if wanted == "builtin":
        return "builtin"
    found = importlib.util.find_spec("azureml_inference_server_http") is not None
    if wanted == "azmlinfsrv" and not found:
        raise RuntimeError("MLSHIP_INFERENCE_SERVER is azmlinfsrv, but azureml-inference-server-http is not installed in this Python")
    return "azmlinfsrv" if found else "builtin"


# azmlinfsrv listens on 0.0.0.0 by its own default; behind the front door it must listen on loopback only.
AZMLINFSRV = """
import sys
import azureml_inference_server_http.amlserver as server
server.DEFAULT_HOST = "127.0.0.1"
sys.argv = ["azmlinfsrv"] + sys.argv[1:]
server.run()
"""


def start_backend(kind, listener):
    """Starts the inference server. The built-in one's workers get the deployment's listening socket and the
    front door's settings (the keys as digests); azmlinfsrv gets a loopback port of its own behind this process."""
    # score.py sees what Azure's container has: none of mlship's own settings (the keys among them),
    # except the server's marker, by which a teardown finds every process of a deployment.
    env = {k: v for k, v in os.environ.items() if not k.startswith("MLSHIP_") or k == "MLSHIP_SERVER_ID"}
    entry, model_dir = env["AZUREML_ENTRY_SCRIPT"], env.get("AZUREML_MODEL_DIR")
    # Azure's server takes the scoring timeout from its configuration, not from score.py's
    # environment: the worker gets it under mlship's own name, azmlinfsrv in its config file
    # (AZUREML_CONFIG_FILE, read by azureml_inference_server_http/server/config.py).
    timeout_ms = env.pop("SCORING_TIMEOUT_MS", "3600000")
    if kind == "azmlinfsrv":
        own = listen(0)
        port = own.getsockname()[1]
        own.close()
        config_file = f"{STATUS_FILE}.azmlinfsrv-config.json"
        with open(config_file, "w", encoding="utf-8") as handle:
            json.dump({"SCORING_TIMEOUT_MS": int(timeout_ms)}, handle)
        env["AZUREML_CONFIG_FILE"] = config_file
        args = ["--entry_script", entry, "--port", str(port), "--worker_count", str(WORKERS)]
        if model_dir:
            args += ["--model_dir", model_dir]
        backend["processes"] = [subprocess.Popen([sys.executable, "-c", AZMLINFSRV, *args], env=env)]
        backend["port"] = port
        return
    backend["port"] = listener.getsockname()[1]
    env.update(
        MLSHIP_SCORING_TIMEOUT_MS=timeout_ms,
        MLSHIP_LISTEN_FD=str(listener.fileno()),
        MLSHIP_INIT_ERROR_FILE=f"{STATUS_FILE}.init-error",
        MLSHIP_FRONT_DOOR=FRONT_DOOR_PATH,
        MLSHIP_KEY_DIGESTS=",".join(digest.hex() for digest in DIGESTS),
        MLSHIP_MAX_BODY_BYTES=str(MAX_BODY),
        MLSHIP_DEPLOYMENT=DEPLOYMENT,
        MLSHIP_CLIENT_TIMEOUT_S=CLIENT_TIMEOUT_S,
    )
    script = os.environ["MLSHIP_WORKER_SCRIPT"]  # read from this process's own environment
    backend["processes"] = [subprocess.Popen([sys.executable, "-u", script], env=env, pass_fds=[listener.fileno()]) for _ in range(WORKERS)]


def init_error():
    try:
        with open(f"{STATUS_FILE}.init-error", encoding="utf-8") as handle:
            return handle.read()
    except FileNotFoundError:
        return None


def backend_alive():
    return any(process.poll() is None for process in backend["processes"])


def watch_backend():
    """Ready once the inference server answers its liveness route (held while init() runs); failed, and the
    whole server gone, once any of its processes exits."""

    def probe():
        while state["phase"] != "ready":
            try:
                connection = http.client.HTTPConnection("127.0.0.1", backend["port"], timeout=None)
                connection.request("GET", "/")
                if connection.getresponse().status == 200:
                    write_status(phase="ready")
                    log("init() finished; ready for requests")
                    return
            except OSError:
                time.sleep(0.1)

    threading.Thread(target=probe, daemon=True).start()
    while True:
        for process in backend["processes"]:
            code = process.poll()
            if code is not None:
                error = init_error() or f"the inference server exited with code {code}; see the log"
                log(f"the inference server exited with code {code}")
                write_status(phase="failed", error=error)
                stop_backend()
                os._exit(3)
        time.sleep(0.1)


def stop_backend(*_):
    for process in backend["processes"]:
        if process.poll() is None:
            process.terminate()
    for process in backend["processes"]:
        try:
            process.wait(timeout=3)
        except subprocess.TimeoutExpired:
            process.kill()


def listen(port):
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", port))
    # The default listen backlog of 5 drops connections under load (a 1 s SYN retry each); connections that
    # arrive while init() runs wait here.
    listener.listen(128)
    return listener


def serve_threaded(listener):
    """The front door as a proxy in this process (before azmlinfsrv), on the deployment's listening socket."""
    front = ThreadingHTTPServer(listener.getsockname(), FrontDoor, bind_and_activate=False)
    front.socket.close()
    front.socket = listener
    front.server_name, front.server_port = listener.getsockname()
    front.daemon_threads = True
    threading.Thread(target=front.serve_forever, daemon=True).start()


def main():
    port = int(os.environ.get("MLSHIP_PORT", "0"))
    try:
        listener = listen(port)
    except OSError as error:
        log(f"cannot listen on port {port}: {error}")
        write_status(phase="failed", error=f"port {port} is already in use" if error.errno in (98, 48, 10048) else str(error), reason="port-in-use")
        sys.exit(EXIT_PORT_IN_USE)
    try:
        kind = choose_server()
    except RuntimeError as error:
        write_status(phase="failed", error=str(error))
        sys.exit(2)
    bound = listener.getsockname()[1]
    start_backend(kind, listener)
    if kind == "azmlinfsrv":
        serve_threaded(listener)
    else:
        listener.close()  # the workers hold it: once they are all gone, so is the port
    label = "Microsoft's azmlinfsrv" if kind == "azmlinfsrv" else "mlship's built-in inference server"
    log(f"listening on http://127.0.0.1:{bound}; score.py runs in {label} ({WORKERS} worker(s), python {sys.executable})")
    write_status(phase="initializing", port=bound, server=label)
    signal.signal(signal.SIGTERM, lambda *_: (stop_backend(), os._exit(0)))
    watch_backend()


if __name__ == "__main__":
    main()
