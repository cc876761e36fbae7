"""A real SMTP server for the tests (aiosmtpd), with TLS on a self-signed certificate and a
password: STARTTLS on one port, TLS from the start on another. Each accepted mail is written to
--out as a file. --fail-first N answers 451 to the first N recipients; --drop-first N closes the
connection in the middle of the first N mails' DATA; --port pins the STARTTLS port. Prints "READY <starttls port> <tls port>
<certificate file>" once listening, then serves until stdin closes.

    python3 smtp_server.py --out DIR [--user U --password P] [--fail-first N] [--drop-first N]
"""
import argparse, datetime, os, socket, ssl, sys, tempfile, uuid

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


def certificate(folder):
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_file, key_file = os.path.join(folder, "cert.pem"), os.path.join(folder, "key.pem")
    with open(cert_file, "wb") as f:
        f.write(cert.public_bytes(serialization.Encoding.PEM))
    with open(key_file, "wb") as f:
        f.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption()))
    return cert_file, key_file


class Handler:
    def __init__(self, out, fail_first, drop_first):
        self.out, self.fail_left, self.drop_left = out, fail_first, drop_first

    async def handle_RCPT(self, server, session, envelope, address, options):
        if self.fail_left > 0:
            self.fail_left -= 1
            return "451 4.3.0 try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.drop_left > 0:
            self.drop_left -= 1
            server.transport.close()
            return "421 closing"
        name = os.path.join(self.out, f"{uuid.uuid4().hex}.eml")
        with open(name + ".part", "wb") as f:
            f.write(f"X-Envelope-From: {envelope.mail_from}\r\nX-Envelope-To: {','.join(envelope.rcpt_tos)}\r\n"
                    .encode() + envelope.original_content)
        os.rename(name + ".part", name)
        return "250 OK queued"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--user", default="trellis")
    parser.add_argument("--password", default="a mail password")
    parser.add_argument("--fail-first", type=int, default=0)
    parser.add_argument("--drop-first", type=int, default=0)
    parser.add_argument("--port", type=int, default=0, help="the STARTTLS port (default: any free one)")
    args = parser.parse_args()
    cert_file, key_file = certificate(tempfile.mkdtemp())
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert_file, key_file)

    def authenticate(server, session, envelope, mechanism, data):
        ok = (isinstance(data, LoginPassword) and data.login == args.user.encode()
              and data.password == args.password.encode())
        return AuthResult(success=ok, handled=False)

    handler = Handler(args.out, args.fail_first, args.drop_first)
    common = dict(hostname="127.0.0.1", authenticator=authenticate, auth_required=True)
    starttls_port, implicit_port = args.port or free_port(), free_port()
    starttls = Controller(handler, port=starttls_port, require_starttls=True, tls_context=context,
                          auth_require_tls=True, **common)
    implicit = Controller(handler, port=implicit_port, ssl_context=context, auth_require_tls=False, **common)
    starttls.start()
    implicit.start()
    print(f"READY {starttls_port} {implicit_port} {cert_file}", flush=True)
    sys.stdin.read()
    starttls.stop()
    implicit.stop()


if __name__ == "__main__":
    main()
