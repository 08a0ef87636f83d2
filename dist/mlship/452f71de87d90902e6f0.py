"""The front door of mlship's local endpoint: what Azure's front door does before a request reaches a deployment.

It checks the key before reading the body, limits the body's size, refuses malformed framing and folded
headers, and names the deployment that answered. It runs in one of two forms:
- in the built-in inference server's own worker (`serve`, an event loop): the worker reads whole requests
  from many connections without a thread or a second process, so a request costs one Python process and no
  extra loopback hop (the second process cost about 0.45 ms a request, see BENCHMARKS.md); a slow sender
  never holds the worker, as only complete requests reach score.py;
- as a threaded proxy (scoring_server.py) before Microsoft's azmlinfsrv, which has its own listener.
Both use the rules below, so the two forms refuse the same requests the same way.
"""
import hashlib
import hmac
import http.client
import io
import json
import re
import selectors
import socket
import time
import traceback

# How long a client may stay silent while sending a request (or idle between requests) before it is dropped.
READ_TIMEOUT_S = 60
# Hop-by-hop headers (RFC 9110 7.6.1) are the front door's own, never forwarded; Content-Length is set again
# from the body that was read; Expect is answered by the front door, which forwards whole bodies (as
# Envoy, before Azure's deployments, answers 100-continue itself and drops the header).
HOP_BY_HOP = {"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "content-length", "expect"}
# Largest request head (request line and headers) looked for; http.server's own limits (65,536 bytes a line,
# 100 headers) then apply to it.
MAX_HEAD_BYTES = 1024 * 1024
CHUNKED = "chunked"
_HEAD_END = re.compile(rb"\r?\n\r?\n")
_BEARER = re.compile(r"Bearer (\S+)")


class Refusal(Exception):
    """A request the front door answers itself, closing the connection: status, message, extra headers."""

    def __init__(self, status, text, headers=()):
        super().__init__(status, text)
        self.status, self.text, self.headers = status, text, list(headers)


def key_digests(keys):
    """SHA-256 of each key: the worker that runs score.py compares digests and never holds a key itself."""
    return [hashlib.sha256(key.encode("utf-8")).digest() for key in keys if key]


def check_head(command, target, headers, digests):
    """Refuses, before any of the body is read, a folded header or a missing or wrong key."""
    if any("\r" in v or "\n" in v for v in headers.values()):
        raise Refusal(400, "A header value spans lines; folded headers are not accepted.")
    path = target.split("?")[0]
    # Liveness and CORS preflights carry no credentials; everything else needs a key, as on Azure.
    if not digests or (path == "/" and command in ("GET", "HEAD")) or command == "OPTIONS":
        return
    match = _BEARER.fullmatch(headers.get("Authorization", ""))
    presented = hashlib.sha256(match.group(1).encode("utf-8") if match else b"").digest()
    # Every digest is compared, so the time taken does not say which key came closer.
    if not match or not sum(hmac.compare_digest(presented, digest) for digest in digests):
        raise Refusal(401, "Missing or wrong key: send Authorization: Bearer <key>.", [("WWW-Authenticate", "Bearer")])


def body_framing(headers, max_body):
    """The body's size from its framing (a Content-Length of digits, or chunks; never both; never over the
    limit): a number of bytes, CHUNKED, or None when the request has no body framing."""
    length = headers.get_all("Content-Length") or []
    chunked = "chunked" in (headers.get("Transfer-Encoding") or "").lower()
    if chunked and length or len(length) > 1:
        raise Refusal(400, "The request is framed ambiguously (Content-Length with Transfer-Encoding, or twice).")
    if length:
        if not re.fullmatch(r"\d{1,19}", length[0].strip()):
            raise Refusal(400, "Content-Length must be a whole number of bytes.")
        size = int(length[0])
        if size > max_body:
            raise Refusal(413, f"The request body is {size} bytes; the limit is {max_body}.")
        return size
    return CHUNKED if chunked else None


class ChunkedBody:
    """Decodes a chunked body as its bytes arrive, refusing malformed chunk sizes and bodies over the limit."""

    def __init__(self, max_body):
        self.max_body, self.parts, self.total, self.pending, self.stage, self.need = max_body, [], 0, bytearray(), "size", 0

    def feed(self, data):
        """Takes the next bytes; returns what follows the body once it has ended (b"" if nothing), else None."""
        self.pending += data
        while True:
            if self.stage == "data":
                if len(self.pending) < self.need:
                    return None
                self.parts.append(bytes(self.pending[: self.need]))
                del self.pending[: self.need]
                self.stage = "data-end"
                continue
            end = self.pending.find(b"\n")
            if end < 0:
                if len(self.pending) > 1024:
                    raise Refusal(400, "A chunk size is malformed.")
                return None
            line = bytes(self.pending[:end]).strip()
            del self.pending[: end + 1]
            if self.stage == "data-end":
                self.stage = "size"
            elif self.stage == "size":
                self.start_chunk(line.split(b";")[0])
            elif not line:  # the blank line after the trailers
                return bytes(self.pending)

    def start_chunk(self, size_text):
        if not re.fullmatch(rb"[0-9A-Fa-f]{1,16}", size_text):
            raise Refusal(400, "A chunk size is malformed.")
        self.need = int(size_text, 16)
        self.total += self.need
        if self.total > self.max_body:
            raise Refusal(413, f"The request body is over the limit of {self.max_body} bytes.")
        self.stage = "data" if self.need else "trailers"

    @property
    def body(self):
        return b"".join(self.parts)


def forwarded_headers(headers, body, framing):
    """The request's headers as the server behind sees them: without hop-by-hop headers, and with a
    Content-Length only where the request framed a body (a GET has none on Azure: content_length is None)."""
    out = http.client.HTTPMessage()
    for name, value in headers.items():
        if name.lower() not in HOP_BY_HOP:
            out[name] = value
    if framing is not None:
        out["Content-Length"] = str(len(body))
    return out


def send_refusal(handler, refusal):
    """Writes the refusal through an http.server handler, and marks its connection to be closed."""
    data = json.dumps({"message": refusal.text}).encode("utf-8")
    handler.close_connection = True
    handler.send_response(refusal.status)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(data)))
    for name, value in refusal.headers:
        handler.send_header(name, value)
    handler.send_header("Connection", "close")
    handler.end_headers()
    handler.wfile.write(data)


class _Connection:
    """One client connection of the event loop: the bytes received, and the request being read from them."""

    def __init__(self, sock, address):
        self.sock, self.address = sock, address
        self.buffer = bytearray()
        self.scanned = 0
        self.handler = None  # the request whose head has been read, waiting for its body
        self.framing = None
        self.chunks = None
        self.deadline = time.monotonic() + READ_TIMEOUT_S


class EventLoopFrontDoor:
    """Serves a listening socket on this thread: reads whole requests from every connection, applies the front
    door's rules, and hands each complete request to `handler_class` (an http.server handler whose
    `answer()` writes the response to its wfile). One request is answered at a time, as a sync worker does.

    `shared`: other workers accept on the same socket. Then a worker takes one connection at a time and closes
    it after the answer, as gunicorn's sync workers do, so a request never waits behind another worker's run()
    while a worker is free; alone, a worker keeps many connections open and alive."""

    def __init__(self, listener, handler_class, digests, max_body, shared=False):
        self.listener, self.handler_class, self.digests, self.max_body, self.shared = listener, handler_class, digests, max_body, shared
        self.selector = selectors.DefaultSelector()
        self.connections = {}

    def serve_forever(self):
        self.listener.setblocking(False)
        self.listen(True)
        next_sweep = time.monotonic() + 1
        while True:
            for key, _ in self.selector.select(timeout=1.0):
                if key.fileobj is self.listener:
                    self.accept()
                else:
                    self.receive(self.connections.get(key.fileobj))
            if time.monotonic() >= next_sweep:
                self.drop_silent()
                next_sweep = time.monotonic() + 1

    def listen(self, accepting):
        if accepting:
            self.selector.register(self.listener, selectors.EVENT_READ)
        else:
            self.selector.unregister(self.listener)

    def accept(self):
        try:
            sock, address = self.listener.accept()
        except (BlockingIOError, InterruptedError, ConnectionAbortedError):
            return  # another worker took it
        if self.shared:
            self.listen(False)
        # An answer written while the previous one is unacknowledged waits ~40 ms for the client's delayed ACK
        # under Nagle's algorithm (pipelined requests, a 100 Continue then the answer): off.
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.settimeout(READ_TIMEOUT_S)  # bounds sendall to a client that stops reading
        self.connections[sock] = _Connection(sock, address)
        self.selector.register(sock, selectors.EVENT_READ)

    def close(self, connection):
        if self.connections.pop(connection.sock, None) is not None:
            self.selector.unregister(connection.sock)
            connection.sock.close()
            if self.shared:
                self.listen(True)

    def receive(self, connection):
        if connection is None:
            return
        try:
            data = connection.sock.recv(262144)
        except OSError:
            data = b""
        if not data:
            return self.close(connection)
        connection.deadline = time.monotonic() + READ_TIMEOUT_S
        connection.buffer += data
        try:
            while self.connections.get(connection.sock) is connection and self.advance(connection):
                pass
        except OSError:
            self.close(connection)
        except Exception:  # noqa: BLE001 - one request's failure must not end the worker and the deployment
            traceback.print_exc()
            self.close(connection)

    def drop_silent(self):
        """A connection silent for READ_TIMEOUT_S is dropped; one whose body stopped arriving is told why first."""
        now = time.monotonic()
        for connection in [c for c in self.connections.values() if c.deadline < now]:
            if connection.handler is not None:
                self.refuse(connection, connection.handler, Refusal(408, "The request body did not arrive in time."))
            self.close(connection)

    def advance(self, connection):
        """Reads the next head or body from the buffer; True while a whole request was answered and more may follow."""
        if connection.handler is None:
            return self.read_head(connection)
        return self.read_body(connection)

    def read_head(self, connection):
        end = _HEAD_END.search(connection.buffer, max(0, connection.scanned - 3))
        if end is None:
            connection.scanned = len(connection.buffer)
            if len(connection.buffer) > MAX_HEAD_BYTES:
                self.send(connection, b"HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\nContent-Length: 0\r\n\r\n")
                self.close(connection)
            return False
        head, connection.buffer, connection.scanned = bytes(connection.buffer[: end.end()]), connection.buffer[end.end() :], 0
        handler = self.handler_class.__new__(self.handler_class)
        handler.client_address, handler.server, handler.request = connection.address, None, connection.sock
        handler.rfile, handler.wfile = io.BytesIO(head), io.BytesIO()
        handler.close_connection = True
        handler.raw_requestline = handler.rfile.readline(65537)
        if len(handler.raw_requestline) > 65536:
            # As http.server's own handle_one_request: no request line was parsed to log or answer in.
            handler.requestline, handler.request_version, handler.command = "", "", ""
            handler.send_error(414)
            return self.finish(connection, handler)
        if not handler.parse_request():  # http.server's own answer (400, 431, 505...) is in wfile
            return self.finish(connection, handler)
        handler.wfile = io.BytesIO()  # without the 100 Continue parse_request wrote: it is sent below, after the checks
        try:
            check_head(handler.command, handler.path, handler.headers, self.digests)
            connection.framing = body_framing(handler.headers, self.max_body)
        except Refusal as refusal:
            return self.refuse(connection, handler, refusal)
        connection.handler = handler
        connection.chunks = ChunkedBody(self.max_body) if connection.framing == CHUNKED else None
        if handler.headers.get("Expect", "").lower() == "100-continue" and handler.request_version >= "HTTP/1.1":
            self.send(connection, b"HTTP/1.1 100 Continue\r\n\r\n")
        return self.read_body(connection)

    def read_body(self, connection):
        framing, handler = connection.framing, connection.handler
        if framing == CHUNKED:
            try:
                rest = connection.chunks.feed(bytes(connection.buffer))
            except Refusal as refusal:
                return self.refuse(connection, handler, refusal)
            connection.buffer = bytearray()
            if rest is None:
                return False
            body, connection.buffer = connection.chunks.body, bytearray(rest)
        else:
            size = framing or 0
            if len(connection.buffer) < size:
                return False
            body, connection.buffer = bytes(connection.buffer[:size]), connection.buffer[size:]
        connection.handler = None
        keep = not handler.close_connection and not self.shared
        handler.headers = forwarded_headers(handler.headers, body, framing)
        handler.rfile, handler.close_connection = io.BytesIO(body), not keep
        handler.answer()
        return self.finish(connection, handler)

    def refuse(self, connection, handler, refusal):
        handler.wfile = io.BytesIO()
        send_refusal(handler, refusal)
        return self.finish(connection, handler)

    def finish(self, connection, handler):
        """Sends what the handler wrote; True when the connection stays open for the next request."""
        self.send(connection, handler.wfile.getvalue())
        if handler.close_connection:
            self.close(connection)
            return False
        return True

    def send(self, connection, data):
        try:
            connection.sock.sendall(data)
        except OSError:
            self.close(connection)


class Upstream:
    """One request to the server behind (azmlinfsrv's gunicorn) on a connection of its own, as raw bytes:
    http.client's request and response objects cost more than the exchange itself on loopback."""

    def __init__(self, port, timeout):
        self.port, self.timeout = port, timeout

    def exchange(self, command, target, headers, body):
        """Sends the request; returns (status, reason, headers, body) of the answer.
        Raises ConnectionRefusedError while nothing listens, OSError or ValueError when the answer is broken."""
        head = [f"{command} {target} HTTP/1.1\r\n"] + [f"{name}: {value}\r\n" for name, value in headers.items()] + ["\r\n"]
        with socket.create_connection(("127.0.0.1", self.port), timeout=self.timeout) as sock:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            sock.sendall("".join(head).encode("latin-1") + (body or b""))
            return self.read_answer(sock, command)

    def read_answer(self, sock, command):
        received = bytearray()
        while True:
            while (end := _HEAD_END.search(received)) is None:
                chunk = sock.recv(65536)
                if not chunk:
                    raise ValueError("the server behind closed the connection before answering")
                received += chunk
            lines = bytes(received[: end.start()]).decode("latin-1").splitlines()
            version_status = lines[0].split(" ", 2)
            status, reason = int(version_status[1]), version_status[2] if len(version_status) > 2 else ""
            del received[: end.end()]
            if not 100 <= status < 200:
                break  # an interim answer (100 Continue) is not the answer
        headers = [tuple(part.strip() for part in line.split(":", 1)) for line in lines[1:] if ":" in line]
        return status, reason, headers, self.read_body(sock, command, status, headers, bytes(received))

    @staticmethod
    def read_body(sock, command, status, headers, rest):
        fields = {name.lower(): value for name, value in headers}
        if command == "HEAD" or status in (204, 304):
            return b""
        if "chunked" in fields.get("transfer-encoding", "").lower():
            chunks = ChunkedBody(1 << 62)
            ended = chunks.feed(rest)
            while ended is None:
                data = sock.recv(65536)
                if not data:
                    raise ValueError("the server behind closed the connection mid-answer")
                ended = chunks.feed(data)
            return chunks.body
        parts, size = [rest], len(rest)
        wanted = int(fields["content-length"]) if fields.get("content-length", "").isdigit() else None
        while wanted is None or size < wanted:
            data = sock.recv(262144)
            if not data:
                break
            parts.append(data)
            size += len(data)
        return b"".join(parts)[:wanted]
