"""mlship's local batch driver: runs a batch deployment's scoring script over files as Azure ML
batch endpoints do, so that a batch job that works here works there.

Usage: python batch_driver.py JOB.json   (the coordinator; JOB.json is written by mlship)
       python batch_driver.py --worker   (a worker process, started by the coordinator)

The contract, from Microsoft's documentation (MicrosoftDocs/azure-ai-docs,
articles/machine-learning/, cited below as AID):
- how-to-batch-scoring-script.md: init() runs once per worker process; run(mini_batch) gets a list
  of file paths; it returns a list or a pandas DataFrame, each element one successful item; with
  append_row everything returned is appended to the output file; the model is under
  AZUREML_MODEL_DIR; AZUREML_BI_OUTPUT_PATH is the output folder for scripts that write their own
  files (azureml-examples, custom-outputs-parquet/code/batch_driver.py).
- reference-yaml-deployment-batch.md: mini_batch_size counts files; max_concurrency_per_instance
  worker processes per instance; retry_settings.max_retries retries of a mini-batch that fails or
  times out, retry_settings.timeout the time one mini-batch may take; error_threshold the number
  of file failures ignored (-1: all), above it the job fails; logging_level.
- how-to-mlflow-batch.md: nested folders are not traversed.
- how-to-troubleshoot-batch-endpoints.md: logs/job_progress_overview.txt, logs/user/stdout/<node>/
  process<N>.stdout.txt (prints and logging), logs/user/error/<node>/process<N>.txt (stack traces),
  logs/user/error.txt, logs/sys/node/<node>/process<N>.txt (per mini-batch counts and timings).
- A job where no item succeeded fails with "No succeeded mini batch item returned from run()"
  (Azure/MachineLearningNotebooks#1652); run() returning None fails its mini-batch, run() should
  return a list or a pandas DataFrame (microsoft/MLOpsPython#328).
- The append_row format: a DataFrame's rows are written space-separated with no header and no index
  (Microsoft's imagenet batch example reads predictions.csv back with
  read_csv(header=None, sep=' ')); any other element is written as str(element) on its own line
  (the MLflow batch example reads the file back with ast.literal_eval line by line, and warns it
  "may not be a regular CSV file"). Microsoft's driver is not published; this re-implements what
  is documented.
- Failed items, as the parallel run step (which batch deployments run on) counts them: every file of
  a mini-batch that failed all its attempts, and for a mini-batch that returned fewer elements than
  it had files, the difference.

Memory stays flat in the number of files: the folder is read as it is scheduled, and each worker
streams what run() returned to its own part file, joined into the output file at the end.
"""

import os
import sys

import _signal  # the signal numbers, without the enum module `signal` loads


def spawn_worker(job_file, number):
    """Starts worker `number` of the job with its two pipes: the worker reads the job file itself
    (its script, environment, logs), so it can be started before the coordinator has loaded anything."""
    task_read, task_write = os.pipe()
    result_read, result_write = os.pipe()
    # Only these two pipe ends pass to the worker (every other descriptor is close-on-exec).
    os.set_inheritable(task_read, True)
    os.set_inheritable(result_write, True)
    env = dict(os.environ)
    env.update(
        {
            "MLSHIP_BATCH_JOB": job_file,
            "MLSHIP_BATCH_NUMBER": str(number),
            "MLSHIP_BATCH_TASK_FD": str(task_read),
            "MLSHIP_BATCH_RESULT_FD": str(result_write),
        }
    )
    pid = os.posix_spawn(
        sys.executable,
        [sys.executable, "-u", os.path.abspath(__file__), "--worker"],
        env,
        file_actions=[(os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0)],
        # What Python ignores for itself goes back to the default in the worker, as subprocess does.
        setsigdef=(_signal.SIGPIPE, _signal.SIGXFSZ),
    )
    os.close(task_read)
    os.close(result_write)
    return pid, task_write, result_read


# Every job has a first worker: it starts now, before the coordinator imports what it needs, so
# the two Python start-ups overlap (measured in bench/batch.ts). Workers are started with
# os.posix_spawn rather than subprocess, and logging and traceback are imported by workers only:
# the coordinator starts faster without them.
FIRST_WORKER = spawn_worker(os.path.abspath(sys.argv[1]), 0) if __name__ == "__main__" and sys.argv[1:2] not in (["--worker"], []) else None

import collections  # noqa: E402
import json  # noqa: E402
import selectors  # noqa: E402
import signal  # noqa: E402
import time  # noqa: E402

NODE = "127.0.0.1"  # the runner is the job's one node; Azure names a node by its address
FIRST_ERROR_LINES = 12


def now():
    return time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime())


def user_traceback():
    """The exception being handled, with the driver's own frames left out: the user's code is what failed."""
    import traceback  # noqa: PLC0415 - workers only

    kind, error, tb = sys.exc_info()
    while tb is not None and os.path.abspath(tb.tb_frame.f_code.co_filename) == os.path.abspath(__file__):
        tb = tb.tb_next
    return "".join(traceback.format_exception(kind, error, tb))


def worker_paths(job, number):
    """Where worker `number` writes: its stdout and error logs (Azure's layout) and its part of the output."""
    return {
        "stdout": os.path.join(job["logsDir"], "user", "stdout", NODE, f"process{number:03d}.stdout.txt"),
        "error": os.path.join(job["logsDir"], "user", "error", NODE, f"process{number:03d}.txt"),
        "part": os.path.join(job["workDir"], f"part-{number}") if job["outputAction"] == "append_row" else "",
    }


def worker_environment(job):
    """What score.py finds in its environment, as on Azure: the deployment's variables, the output folder, the model."""
    env = dict(job["environmentVariables"])
    env["AZUREML_BI_OUTPUT_PATH"] = job["outputDir"]
    if job.get("modelDir"):
        env["AZUREML_MODEL_DIR"] = job["modelDir"]
    return env


# --------------------------------------------------------------------------------------- worker


def worker_main():
    """One worker process: init() once, then run() for each mini-batch the coordinator sends."""
    import logging  # noqa: PLC0415 - workers only

    tasks = os.fdopen(int(os.environ.pop("MLSHIP_BATCH_TASK_FD")), "r", encoding="utf-8")
    results = os.fdopen(int(os.environ.pop("MLSHIP_BATCH_RESULT_FD")), "w", encoding="utf-8")
    number = int(os.environ.pop("MLSHIP_BATCH_NUMBER"))
    with open(os.environ.pop("MLSHIP_BATCH_JOB"), encoding="utf-8") as f:
        job = json.load(f)
    paths = worker_paths(job, number)
    for folder in (os.path.dirname(paths["stdout"]), os.path.dirname(paths["error"]), job["workDir"], job["outputDir"]):
        os.makedirs(folder, exist_ok=True)
    # Prints and logging go to the worker's own log, as Azure lays them out.
    sys.stdout.flush()
    sys.stderr.flush()
    log = os.open(paths["stdout"], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    os.dup2(log, 1)
    os.dup2(log, 2)
    os.close(log)
    os.environ.update(worker_environment(job))
    sys.dont_write_bytecode = True
    os.chdir(job["codeDir"])
    part_path = paths["part"]
    error_path = paths["error"]
    script = job["scoringScript"]
    level = job["loggingLevel"].upper()
    logging.basicConfig(level=getattr(logging, level, logging.INFO), format="%(asctime)s|%(levelname)s|%(name)s|%(message)s")
    sys.argv = [script]
    sys.path.insert(0, os.path.dirname(script))

    def send(message):
        results.write(json.dumps(message) + "\n")
        results.flush()

    def record_error(text):
        with open(error_path, "a", encoding="utf-8") as f:
            f.write(f"{now()} {text}\n")

    try:
        import importlib.util  # noqa: PLC0415

        spec = importlib.util.spec_from_file_location("entry_module", script)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for name in ("init", "run"):
            if not callable(getattr(module, name, None)):
                raise AttributeError(f"The scoring script {os.path.basename(script)} has no {name}() function.")
        module.init()
    except BaseException:  # noqa: BLE001 - whatever init() raised is the job's error
        trace = user_traceback()
        record_error(f"init() failed:\n{trace}")
        send({"initFailed": trace})
        return
    send({"ready": True})
    part = open(part_path, "ab") if part_path else None
    for line in tasks:
        task = json.loads(line)
        started = time.monotonic()
        try:
            returned = module.run(task["files"])
            text, items = append_rows(returned)
        except ReturnedNothing as wrong:
            trace = str(wrong)
            record_error(f"mini-batch {task['id']} (attempt {task['attempt']}) failed: {trace}")
            send({"id": task["id"], "ok": False, "error": trace, "seconds": time.monotonic() - started})
            continue
        except BaseException:  # noqa: BLE001 - a failing mini-batch is counted and retried, not fatal
            trace = user_traceback()
            record_error(f"mini-batch {task['id']} (attempt {task['attempt']}) failed:\n{trace}")
            send({"id": task["id"], "ok": False, "error": trace, "seconds": time.monotonic() - started})
            continue
        offset = None
        if part is not None and text:
            part.write(text.encode("utf-8"))
            part.flush()
            offset = part.tell()
        send({"id": task["id"], "ok": True, "items": items, "offset": offset, "seconds": time.monotonic() - started})


class ReturnedNothing(Exception):
    pass


def append_rows(returned):
    """What run() returned as append_row text, and how many items it holds."""
    if returned is None:
        raise ReturnedNothing("run() returned None: it should return a list or a pandas DataFrame, one element per successful item.")
    if type(returned).__name__ == "DataFrame" and hasattr(returned, "to_csv"):
        if len(returned) == 0:
            return "", 0
        try:
            text = returned.to_csv(sep=" ", header=False, index=False, lineterminator="\n")
        except TypeError:  # pandas before 1.5 spells it line_terminator
            text = returned.to_csv(sep=" ", header=False, index=False, line_terminator="\n")
        return text, len(returned)
    if isinstance(returned, list):
        return "".join(f"{element}\n" for element in returned), len(returned)
    raise ReturnedNothing(
        f"run() returned a {type(returned).__name__}: it should return a list or a pandas DataFrame, one element per successful item."
    )


# ---------------------------------------------------------------------------------- coordinator


class Process:
    """A worker process by its id: what the coordinator asks of it (poll, kill, wait)."""

    def __init__(self, pid):
        self.pid = pid
        self.returncode = None

    def poll(self):
        if self.returncode is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def wait(self):
        if self.returncode is None:
            self.returncode = os.waitstatus_to_exitcode(os.waitpid(self.pid, 0)[1])
        return self.returncode

    def kill(self):
        if self.poll() is None:
            os.kill(self.pid, signal.SIGKILL)


class Worker:
    """A worker process and its two pipes. It holds up to in_flight() mini-batches, so that it never
    waits for the coordinator between two run() calls; the first one is the one running."""

    def __init__(self, job, number, started=None):
        self.number = number
        paths = worker_paths(job, number)
        self.part_path = paths["part"]
        self.error_log = paths["error"]
        pid, self.task_write, self.result_read = started or spawn_worker(job["jobFile"], number)
        self.process = Process(pid)
        self.buffer = b""
        self.ready = False
        self.queue = collections.deque()  # mini-batches sent, oldest (running) first
        self.started = 0.0  # when the oldest one started running
        self.pace = None  # a running mean of its mini-batches' seconds
        self.acked = os.path.getsize(self.part_path) if self.part_path and os.path.exists(self.part_path) else 0

    def send(self, task):
        if not self.queue:
            self.started = time.monotonic()
        self.queue.append(task)
        try:
            os.write(self.task_write, (json.dumps({"id": task["id"], "attempt": task["attempt"], "files": task["files"]}) + "\n").encode("utf-8"))
        except BrokenPipeError:
            # The worker has died (its exit is read from its result pipe next): the task stays queued
            # on it and goes back to the others, unattempted, when it is replaced.
            pass

    def messages(self):
        """The complete lines the worker has sent; an empty list and `closed` once it has exited."""
        chunk = os.read(self.result_read, 1 << 16)
        if not chunk:
            return None
        self.buffer += chunk
        *lines, self.buffer = self.buffer.split(b"\n")
        return [json.loads(line) for line in lines if line]

    def in_flight(self):
        """Fast mini-batches are queued deeper, so that the worker never waits for the coordinator
        and the coordinator wakes once for many results; slow ones two deep, so that no worker
        holds work another could start."""
        return FAST_IN_FLIGHT if self.pace is not None and self.pace < FAST_MINI_BATCH_S else IN_FLIGHT

    def finished_one(self, seconds):
        self.pace = seconds if self.pace is None else 0.8 * self.pace + 0.2 * seconds
        task = self.queue.popleft()
        self.started = time.monotonic()
        return task

    def kill(self):
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        for fd in (self.task_write, self.result_read):
            try:
                os.close(fd)
            except OSError:
                pass
        # What a killed worker had half written is not an item: cut its part back to the last
        # mini-batch it reported.
        if self.part_path and os.path.exists(self.part_path):
            os.truncate(self.part_path, self.acked)


IN_FLIGHT = 2
FAST_IN_FLIGHT = 16
FAST_MINI_BATCH_S = 0.001


def mini_batches(job):
    """The mini-batches, made as they are needed: lists of file paths, nested folders skipped."""
    size = job["miniBatchSize"]
    if job["inputType"] == "uri_file":
        yield [job["input"]]
        return
    batch = []
    with os.scandir(job["input"]) as entries:
        for entry in entries:
            if not entry.is_file():
                continue
            batch.append(entry.path)
            if len(batch) == size:
                yield batch
                batch = []
    if batch:
        yield batch


class Job:
    def __init__(self, job):
        self.job = job
        self.logs = job["logsDir"]
        self.overview = open(os.path.join(self.logs, "job_progress_overview.txt"), "a", encoding="utf-8")
        # The workers make their own folders too (the first may start before this): both may.
        for folder in (("sys", "node", NODE), ("user", "stdout", NODE), ("user", "error", NODE)):
            os.makedirs(os.path.join(self.logs, *folder), exist_ok=True)
        self.node_logs = {}
        self.started = time.time()
        self.counts = {"miniBatches": 0, "succeededMiniBatches": 0, "failedMiniBatches": 0, "files": 0, "succeededItems": 0, "failedItems": 0}
        self.failed = []  # failed mini-batches, first ones with their errors
        self.status = None
        self.error = None
        self.cancelled = False

    def say(self, text):
        self.overview.write(f"{now()}: {text}\n")
        self.overview.flush()

    def node_log(self, worker, text):
        log = self.node_logs.get(worker.number)
        if log is None:
            log = open(os.path.join(self.logs, "sys", "node", NODE, f"process{worker.number:03d}.txt"), "a", encoding="utf-8")
            self.node_logs[worker.number] = log
        log.write(f"{now()} {text}\n")

    def over_threshold(self):
        threshold = self.job["errorThreshold"]
        return threshold >= 0 and self.counts["failedItems"] > threshold

    def run(self):
        job = self.job
        count = job["maxConcurrency"] * job["instanceCount"]
        self.say(f"The job started: {count} process(es), mini_batch_size {job['miniBatchSize']}, output_action {job['outputAction']}.")
        batches = mini_batches(job)
        pending = collections.deque()  # retries, and work a replaced worker held, go first
        next_id = 0
        exhausted = False
        # The first worker was started when the coordinator started (FIRST_WORKER); the others now.
        workers = [Worker(job, n, FIRST_WORKER if n == 0 else None) for n in range(count)]
        selector = selectors.DefaultSelector()
        for w in workers:
            selector.register(w.result_read, selectors.EVENT_READ, w)
        timeout = job["timeoutS"]

        def next_task():
            nonlocal next_id, exhausted
            if pending:
                return pending.popleft()
            if exhausted or self.status:
                return None
            batch = next(batches, None)
            if batch is None:
                exhausted = True
                return None
            next_id += 1
            self.counts["miniBatches"] += 1
            self.counts["files"] += len(batch)
            return {"id": next_id, "attempt": 1, "files": batch}

        def failed_attempt(task, error):
            if task["attempt"] <= job["maxRetries"]:
                pending.append({**task, "attempt": task["attempt"] + 1})
                return
            self.counts["failedMiniBatches"] += 1
            self.counts["failedItems"] += len(task["files"])
            if len(self.failed) < 20:
                self.failed.append({"id": task["id"], "files": [os.path.basename(f) for f in task["files"][:5]], "fileCount": len(task["files"]), "error": first_lines(error)})
            if self.over_threshold():
                self.status = "Failed"
                self.error = f"{self.counts['failedItems']} file(s) failed, more than error_threshold {job['errorThreshold']}: the job stopped."

        def replace(worker, failure):
            """Stops a worker whose running mini-batch failed (timed out, or the process died): that
            attempt is counted; what was queued behind it goes back, unattempted."""
            selector.unregister(worker.result_read)
            worker.kill()
            if worker.queue:
                task = worker.queue.popleft()
                self.node_log(worker, failure)
                failed_attempt(task, failure)
                pending.extendleft(reversed(worker.queue))
            fresh = Worker(job, worker.number)
            workers[workers.index(worker)] = fresh
            selector.register(fresh.result_read, selectors.EVENT_READ, fresh)

        def finished(w, message):
            task = w.finished_one(message["seconds"])
            self.node_log(
                w,
                f"mini-batch {task['id']} attempt {task['attempt']}: {len(task['files'])} file(s), {'ok' if message['ok'] else 'failed'}, {message['seconds']:.3f} s"
                + (f", {message['items']} item(s)" if message["ok"] else ""),
            )
            if not message["ok"]:
                failed_attempt(task, message["error"])
                return
            if message.get("offset") is not None:
                w.acked = message["offset"]
            self.counts["succeededMiniBatches"] += 1
            self.counts["succeededItems"] += message["items"]
            shortfall = len(task["files"]) - message["items"]
            if shortfall > 0:
                self.counts["failedItems"] += shortfall
                if self.over_threshold():
                    self.status = "Failed"
                    self.error = f"{self.counts['failedItems']} item(s) failed, more than error_threshold {job['errorThreshold']}: the job stopped."

        def stop(*_):
            self.cancelled = True

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        try:
            while not self.cancelled:
                for w in workers:
                    while w.ready and len(w.queue) < w.in_flight():
                        task = next_task()
                        if not task:
                            break
                        w.send(task)
                busy = [w for w in workers if w.queue]
                if not busy and (self.status or (exhausted and not pending)):
                    break
                # Every worker deep in fast work: results gather in the pipes for half a millisecond
                # rather than waking the coordinator once per mini-batch (each wake-up cost the worker
                # as much as a small run(); measured in bench/batch.ts).
                if busy and all(w.in_flight() == FAST_IN_FLIGHT and len(w.queue) > FAST_IN_FLIGHT // 2 for w in busy):
                    time.sleep(0.0005)
                wait = 1.0
                for w in busy:
                    wait = min(wait, max(0.0, w.started + timeout - time.monotonic()))
                for key, _ in selector.select(timeout=wait):
                    worker = key.data
                    messages = worker.messages()
                    if messages is None:
                        # The worker died (out of memory, os._exit in run()): its mini-batch failed.
                        code = worker.process.wait()
                        if not worker.ready:
                            self.status, self.error = "Failed", f"init() did not finish: the worker process exited with code {code}."
                        replace(worker, f"The worker process exited with code {code} while running a mini-batch.")
                        continue
                    for message in messages:
                        if "initFailed" in message:
                            self.status = "Failed"
                            self.error = f"init() failed in process {worker.number}:\n{first_lines(message['initFailed'])}"
                        elif message.get("ready"):
                            worker.ready = True
                        else:
                            finished(worker, message)
                for w in [w for w in workers if w.queue and time.monotonic() - w.started >= timeout]:
                    task = w.queue[0]
                    message = f"mini-batch {task['id']} (attempt {task['attempt']}) timed out after {timeout:g} s (retry_settings.timeout); its process was stopped."
                    with open(w.error_log, "a", encoding="utf-8") as f:
                        f.write(f"{now()} {message}\n")
                    replace(w, message)
        finally:
            for w in workers:
                w.kill()
            for log in self.node_logs.values():
                log.close()
        return self.finish(workers)

    def finish(self, workers):
        job = self.job
        output_file = None
        if self.cancelled:
            self.status, self.error = "Canceled", "The job was canceled."
        elif not self.status and self.counts["files"] == 0:
            self.status, self.error = "Failed", f"The input {job['input']} has no files (nested folders are not read)."
        elif not self.status and self.counts["succeededItems"] == 0:
            self.status, self.error = "Failed", "No succeeded mini batch item returned from run(): every mini-batch failed or returned nothing."
        elif not self.status:
            self.status = "Completed"
        if job["outputAction"] == "append_row" and self.status != "Canceled":
            output_file = os.path.join(job["outputDir"], job["outputFileName"])
            parts = [w.part_path for w in sorted(workers, key=lambda w: w.number) if w.part_path and os.path.exists(w.part_path)]
            written = [p for p in parts if os.path.getsize(p)]
            if len(written) == 1 and link_or_false(written[0], output_file):
                pass  # one worker wrote everything: its part became the output file, without a copy
            else:
                # Created exclusively: an output file that is already there is never overwritten.
                with open(output_file, "xb") as out:
                    for path in written:
                        with open(path, "rb") as part:
                            while chunk := part.read(1 << 20):
                                out.write(chunk)
        for w in workers:
            if w.part_path and os.path.exists(w.part_path):
                os.remove(w.part_path)
        if self.failed:
            with open(os.path.join(self.logs, "user", "error.txt"), "a", encoding="utf-8") as f:
                for item in self.failed:
                    f.write(f"mini-batch {item['id']} ({item['fileCount']} file(s): {', '.join(item['files'])}):\n{item['error']}\n\n")
        c = self.counts
        self.say(f"{c['miniBatches']} mini-batch(es) were created from {c['files']} file(s).")
        self.say(f"{c['succeededMiniBatches']} mini-batch(es) succeeded, {c['failedMiniBatches']} failed; {c['succeededItems']} item(s) succeeded, {c['failedItems']} failed.")
        self.say(f"The job {'completed' if self.status == 'Completed' else self.status.lower()}." + (f" {self.error.splitlines()[0]}" if self.error else ""))
        self.overview.close()
        ended = time.time()
        return {
            "status": self.status,
            "error": self.error,
            **c,
            "failedMiniBatchDetails": self.failed,
            "outputFile": output_file,
            "startedAt": self.started,
            "endedAt": ended,
            "durationMs": round((ended - self.started) * 1000),
        }


def link_or_false(source, target):
    """Hard-links source as target; False where the file system cannot (another device). A target
    that exists is an error, as an output file is never overwritten."""
    try:
        os.link(source, target)
        return True
    except FileExistsError:
        raise
    except OSError:
        return False


def first_lines(text):
    lines = text.rstrip().splitlines()
    return "\n".join(lines[-FIRST_ERROR_LINES:])


def coordinator_main(job_file):
    with open(job_file, encoding="utf-8") as f:
        job = json.load(f)
    job["jobFile"] = os.path.abspath(job_file)
    for folder in (job["outputDir"], job["logsDir"], job["workDir"]):
        os.makedirs(folder, exist_ok=True)
    result = Job(job).run()
    tmp = job["resultFile"] + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(result, f)
    os.replace(tmp, job["resultFile"])
    return 0 if result["status"] == "Completed" else 130 if result["status"] == "Canceled" else 1


if __name__ == "__main__":
    if sys.argv[1:] == ["--worker"]:
        worker_main()
    else:
        sys.exit(coordinator_main(sys.argv[1]))
