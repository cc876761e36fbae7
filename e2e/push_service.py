"""A push service of our own for the tests: it takes Web Push messages as a real one does, checks
each request's VAPID signature (RFC 8292, ES256) and decrypts the payload (RFC 8291, aes128gcm,
with http_ece) with the keys of the subscription it was made for. A subscription named in `gone`
answers 410, as a push service does for a device that unsubscribed."""

import base64
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import http_ece
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, utils


def b64(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def unb64(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class Device:
    """What a browser holds for one subscription: its key pair and its secret."""

    def __init__(self):
        self.key = ec.generate_private_key(ec.SECP256R1())
        self.auth = bytes(range(16))

    def keys(self):
        public = self.key.public_key().public_bytes(serialization.Encoding.X962,
                                                    serialization.PublicFormat.UncompressedPoint)
        return {"p256dh": b64(public), "auth": b64(self.auth)}


class PushService:
    def __init__(self):
        self.devices, self.gone, self.received, self.problems = {}, set(), {}, []
        service = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                name = self.path.rsplit("/", 1)[-1]
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                problem = service.check(name, self.headers, body)
                if problem:
                    service.problems.append(problem)
                status = 410 if name in service.gone else 400 if problem else 201
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.origin = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def subscription(self, name, gone=False):
        """A new device's subscription at this service, as the API takes it."""
        self.devices[name] = Device()
        if gone:
            self.gone.add(name)
        return {"endpoint": f"{self.origin}/push/{name}", "keys": self.devices[name].keys()}

    def check(self, name, headers, body):
        """Why this request is not what a push service accepts, or None."""
        scheme, _, rest = (headers.get("Authorization") or "").partition(" ")
        fields = dict(part.strip().split("=", 1) for part in rest.split(",") if "=" in part)
        if scheme != "vapid" or "t" not in fields or "k" not in fields:
            return "no VAPID authorization"
        token = fields["t"]
        header, claims, signature = token.split(".")
        public = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), unb64(fields["k"]))
        raw = unb64(signature)
        der = utils.encode_dss_signature(int.from_bytes(raw[:32], "big"), int.from_bytes(raw[32:], "big"))
        try:
            public.verify(der, f"{header}.{claims}".encode(), ec.ECDSA(hashes.SHA256()))
        except InvalidSignature:
            return "the VAPID signature does not verify"
        claims = json.loads(unb64(claims))
        if claims.get("aud") != self.origin or claims.get("exp", 0) < time.time():
            return f"wrong VAPID claims {claims}"
        if headers.get("Content-Encoding") != "aes128gcm":
            return "not aes128gcm"
        device = self.devices.get(name)
        if device:
            text = http_ece.decrypt(body, private_key=device.key, auth_secret=device.auth, version="aes128gcm")
            self.received.setdefault(name, []).append(text.decode())
        return None

    def wait_for(self, name, seconds=20):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.received.get(name):
                return self.received[name]
            time.sleep(0.2)
        raise AssertionError(f"no push reached {name}; problems: {self.problems}")

    def stop(self):
        self.server.shutdown()
