"""mlship's local scoring server: a front door (keys, limits) before an inference server that runs score.py.

The inference server behind it is Microsoft's own (`azmlinfsrv`, package azureml-inference-server-http) when
it is importable in this Python, as it is in most Azure environments; otherwise mlship's built-in one
(scoring_worker.py), which keeps the same contract. The front door does what Azure's front door does before
a request reaches a deployment: it checks the key before reading the body, limits the body size, refuses
malformed framing, and adds `azureml-model-deployment` to the answer.

Configuration comes from environment variables set by mlship (never from arguments, so keys do not show in
process listings):
  MLSHIP_STATUS_FILE    where progress is written        MLSHIP_PORT          port (0 picks a free one)
  MLSHIP_AUTH_KEYS      accepted keys, comma-separated   MLSHIP_DEPLOYMENT    deployment name
  MLSHIP_MAX_BODY_BYTES largest body accepted            MLSHIP_WORKER_SCRIPT scoring_worker.py
  MLSHIP_INFERENCE_SERVER  auto (default), builtin or azmlinfsrv
and the inference server's own: AZUREML_ENTRY_SCRIPT, AZUREML_MODEL_DIR, AML_APP_ROOT, SCORING_TIMEOUT_MS,
WORKER_COUNT, AML_CORS_ORIGINS.
"""
import hmac
import http.client
import importlib.util
import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

STATUS_FILE = os.environ["MLSHIP_STATUS_FILE"]
DEPLOYMENT = os.environ.get("MLSHIP_DEPLOYMENT", "default")
KEYS = [k for k in os.environ.pop("MLSHIP_AUTH_KEYS", "").split(",") if k]
MAX_BODY = int(os.environ.get("MLSHIP_MAX_BODY_BYTES", str(100 * 1024 * 1024)))
TIMEOUT_S = int(os.environ.get("SCORING_TIMEOUT_MS", "3600000")) / 1000
# How long a request waits for the server behind to start listening (its init() and imports).
STARTUP_S = float(os.environ.get("MLSHIP_STARTUP_TIMEOUT_S", "600"))
WORKERS = max(1, int(os.environ.get("WORKER_COUNT", "1") or "1"))
EXIT_PORT_IN_USE = 98
# Hop-by-hop headers (RFC 9110 7.6.1) are the front door's own, never forwarded.
HOP_BY_HOP = {"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "content-length", "host"}
# How long a client may take to send its request (slow senders hold a thread otherwise).
READ_TIMEOUT_S = 60

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


def message(text):
    return json.dumps({"message": text}).encode("utf-8")


class FrontDoor(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "mlship-local"

    def setup(self):
        super().setup()
        self.connection.settimeout(READ_TIMEOUT_S)
        # Headers and body go out in two writes; without TCP_NODELAY, Nagle's algorithm and the client's
        # delayed ACK hold every response back by ~40 ms.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, fmt, *args):
        pass

    def do_GET(self):
        self.forward()

    do_HEAD = do_POST = do_PUT = do_DELETE = do_OPTIONS = do_PATCH = do_GET

    def refuse(self, status, text, headers=()):
        data = message(text)
        self.close_connection = True
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(data)

    def authorised(self):
        path = self.path.split("?")[0]
        # Liveness and CORS preflights carry no credentials; everything else needs a key, as on Azure.
        if not KEYS or (path == "/" and self.command in ("GET", "HEAD")) or self.command == "OPTIONS":
            return True
        match = re.fullmatch(r"Bearer (\S+)", self.headers.get("Authorization", ""))
        presented = match.group(1).encode("utf-8") if match else b""
        return any(hmac.compare_digest(presented, key.encode("utf-8")) for key in KEYS)

    def read_body(self):
        """The body, framed strictly: a Content-Length of digits, or chunks; never both; never over the limit."""
        length = self.headers.get_all("Content-Length") or []
        chunked = "chunked" in (self.headers.get("Transfer-Encoding") or "").lower()
        if chunked and length or len(length) > 1:
            raise ValueError(400, "The request is framed ambiguously (Content-Length with Transfer-Encoding, or twice).")
        if length:
            if not re.fullmatch(r"\d{1,19}", length[0].strip()):
                raise ValueError(400, "Content-Length must be a whole number of bytes.")
            size = int(length[0])
            if size > MAX_BODY:
                raise ValueError(413, f"The request body is {size} bytes; the limit is {MAX_BODY}.")
            return self.rfile.read(size)
        if chunked:
            return self.read_chunks()
        return b""

    def read_chunks(self):
        parts, total = [], 0
        while True:
            line = self.rfile.readline(1024).strip().split(b";")[0]
            if not re.fullmatch(rb"[0-9A-Fa-f]{1,16}", line):
                raise ValueError(400, "A chunk size is malformed.")
            size = int(line, 16)
            if size == 0:
                while self.rfile.readline(8192) not in (b"\r\n", b"\n", b""):
                    pass
                return b"".join(parts)
            total += size
            if total > MAX_BODY:
                raise ValueError(413, f"The request body is over the limit of {MAX_BODY} bytes.")
            parts.append(self.rfile.read(size))
            self.rfile.readline(8)

    def forward(self):
        if any("\r" in v or "\n" in v for v in self.headers.values()):
            return self.refuse(400, "A header value spans lines; folded headers are not accepted.")
        if not self.authorised():
            return self.refuse(401, "Missing or wrong key: send Authorization: Bearer <key>.", [("WWW-Authenticate", "Bearer")])
        try:
            body = self.read_body()
        except ValueError as error:
            status, text = error.args
            return self.refuse(status, text)
        except (TimeoutError, socket.timeout):
            return self.refuse(408, "The request body did not arrive in time.")
        headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP}
        # Forwarded as it came: a request that had no body framing gets none added (a GET has no
        # Content-Length on Azure either, and request.content_length is None there).
        framed = bool(self.headers.get_all("Content-Length")) or "chunked" in (self.headers.get("Transfer-Encoding") or "").lower()
        if framed:
            headers["Content-Length"] = str(len(body))
        deadline = time.monotonic() + STARTUP_S
        while True:
            try:
                upstream = http.client.HTTPConnection("127.0.0.1", backend["port"], timeout=TIMEOUT_S + 30)
                upstream.putrequest(self.command, self.path, skip_accept_encoding=True)
                for name, value in headers.items():
                    upstream.putheader(name, value)
                upstream.endheaders(body if framed else None)
                answer = upstream.getresponse()
                data = answer.read()
                upstream.close()
                break
            except ConnectionRefusedError as error:
                # The server behind is still starting (azmlinfsrv binds its port only once it has
                # imported everything): the request is held, as Azure's front door holds it, until
                # it listens or the startup deadline passes.
                if time.monotonic() > deadline or not backend_alive():
                    return self.refuse(502, f"The inference server did not answer: {error}")
                time.sleep(0.1)
            except (OSError, http.client.HTTPException) as error:
                return self.refuse(502, f"The inference server did not answer: {error}")
        self.send_response(answer.status, answer.reason)
        for name, value in answer.getheaders():
            if name.lower() not in HOP_BY_HOP and name.lower() not in ("server", "date"):
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("azureml-model-deployment", DEPLOYMENT)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)


def free_loopback_socket():
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(128)
    return listener


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


def start_backend(kind):
    # score.py sees what Azure's container has: none of mlship's own settings (the keys among them),
    # except the server's marker, by which a teardown finds every process of a deployment.
    env = {k: v for k, v in os.environ.items() if not k.startswith("MLSHIP_") or k == "MLSHIP_SERVER_ID"}
    entry, model_dir = env["AZUREML_ENTRY_SCRIPT"], env.get("AZUREML_MODEL_DIR")
    # Azure's server takes the scoring timeout from its configuration, not from score.py's
    # environment: the worker gets it under mlship's own name, azmlinfsrv in its config file
    # (AZUREML_CONFIG_FILE, read by azureml_inference_server_http/server/config.py).
    timeout_ms = env.pop("SCORING_TIMEOUT_MS", "3600000")
    if kind == "azmlinfsrv":
        listener = free_loopback_socket()
        port = listener.getsockname()[1]
        listener.close()
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
    listener = free_loopback_socket()
    backend["port"] = listener.getsockname()[1]
    env["MLSHIP_SCORING_TIMEOUT_MS"] = timeout_ms
    env["MLSHIP_LISTEN_FD"] = str(listener.fileno())
    env["MLSHIP_INIT_ERROR_FILE"] = f"{STATUS_FILE}.init-error"
    script = os.environ["MLSHIP_WORKER_SCRIPT"]  # read from the front door's own environment
    backend["processes"] = [subprocess.Popen([sys.executable, "-u", script], env=env, pass_fds=[listener.fileno()]) for _ in range(WORKERS)]
    listener.close()


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


def main():
    port = int(os.environ.get("MLSHIP_PORT", "0"))
    try:
        # The default listen backlog of 5 drops connections under load (a 1 s SYN retry each).
        ThreadingHTTPServer.request_queue_size = 128
        front = ThreadingHTTPServer(("127.0.0.1", port), FrontDoor)
    except OSError as error:
        log(f"cannot listen on port {port}: {error}")
        write_status(phase="failed", error=f"port {port} is already in use" if error.errno in (98, 48, 10048) else str(error), reason="port-in-use")
        sys.exit(EXIT_PORT_IN_USE)
    front.daemon_threads = True
    try:
        kind = choose_server()
    except RuntimeError as error:
        write_status(phase="failed", error=str(error))
        sys.exit(2)
    bound = front.server_address[1]
    start_backend(kind)
    label = "Microsoft's azmlinfsrv" if kind == "azmlinfsrv" else "mlship's built-in inference server"
    log(f"listening on http://127.0.0.1:{bound}; score.py runs in {label} ({WORKERS} worker(s), python {sys.executable})")
    write_status(phase="initializing", port=bound, server=label)
    signal.signal(signal.SIGTERM, lambda *_: (stop_backend(), os._exit(0)))
    threading.Thread(target=front.serve_forever, daemon=True).start()
    watch_backend()


if __name__ == "__main__":
    main()
