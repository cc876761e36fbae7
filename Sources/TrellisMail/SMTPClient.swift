import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import NIOSSL
import NIOTLS

/// Sends mail through one SMTP server, a connection a mail (nudges are few and far between),
/// driven by `SMTPStateMachine`. Throws `SMTPError`, saying whether a later try may help.
public struct SMTPClient: Sendable {
    public let configuration: SMTPConfiguration
    private let group: any EventLoopGroup

    public init(configuration: SMTPConfiguration, group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton) {
        self.configuration = configuration
        self.group = group
    }

    public func send(_ message: MailMessage, at date: Date = Date()) async throws {
        let tls = try makeTLSContext()
        let host = configuration.host
        let implicitTLS = configuration.security == .implicitTLS
        let machine = SMTPStateMachine(
            security: configuration.security, hostName: configuration.hostName,
            credentials: configuration.credentials, from: message.from.address, recipients: [message.to],
            message: message.rendered(at: date))
        let outcome = Outcome(group.next().makePromise(of: Void.self))
        let bootstrap = ClientBootstrap(group: group).connectTimeout(.seconds(10)).channelInitializer { channel in
            channel.eventLoop.makeCompletedFuture {
                let pipeline = channel.pipeline.syncOperations
                if implicitTLS { try pipeline.addHandler(NIOSSLClientHandler(context: tls, serverHostname: host)) }
                try pipeline.addHandler(ByteToMessageHandler(SMTPReplyDecoder()))
                try pipeline.addHandler(SMTPHandler(machine: machine, outcome: outcome, tls: tls, host: host))
            }
        }
        let channel: any Channel
        do {
            channel = try await bootstrap.connect(host: host, port: configuration.port).get()
        } catch {
            let error = SMTPError(.connection, "could not reach the mail server at \(host):\(configuration.port)")
            outcome.settle(.failure(error))
            throw error
        }
        let limit = configuration.timeout.components
        let timeout = channel.eventLoop.scheduleTask(
            in: .seconds(limit.seconds) + .nanoseconds(limit.attoseconds / 1_000_000_000)
        ) {
            outcome.settle(.failure(SMTPError(.timeout, "the mail server took too long")))
            channel.close(promise: nil)
        }
        defer { timeout.cancel() }
        try await outcome.result.get()
    }

    private func makeTLSContext() throws -> NIOSSLContext {
        var tls = TLSConfiguration.makeClientConfiguration()
        if let file = configuration.trustFile { tls.trustRoots = .file(file) }
        return try NIOSSLContext(configuration: tls)
    }
}

/// How one mail went, settled once by whichever comes first: the server, the connection, the clock.
private final class Outcome: Sendable {
    private let promise: EventLoopPromise<Void>
    private let done = NIOLockedValueBox(false)

    init(_ promise: EventLoopPromise<Void>) { self.promise = promise }

    var result: EventLoopFuture<Void> { promise.futureResult }

    func settle(_ result: Result<Void, any Error>) {
        let first = done.withLockedValue { done in
            defer { done = true }
            return !done
        }
        if first { promise.completeWith(result) }
    }
}

/// Carries out the state machine's actions on one connection.
private final class SMTPHandler: ChannelInboundHandler {
    typealias InboundIn = SMTPReply
    typealias OutboundOut = ByteBuffer

    private var machine: SMTPStateMachine
    private let outcome: Outcome
    private let tls: NIOSSLContext
    private let host: String

    init(machine: SMTPStateMachine, outcome: Outcome, tls: NIOSSLContext, host: String) {
        self.machine = machine
        self.outcome = outcome
        self.tls = tls
        self.host = host
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        perform(machine.receive(unwrapInboundIn(data)), context)
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if case .handshakeCompleted = event as? TLSUserEvent { perform(machine.tlsEstablished(), context) }
        context.fireUserInboundEventTriggered(event)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        settle(.failure(error as? SMTPError ?? SMTPError(.connection, "the connection to the mail server failed")))
        context.close(promise: nil)
    }

    func channelInactive(context: ChannelHandlerContext) {
        settle(.failure(SMTPError(.connection, "the mail server closed the connection before accepting the mail")))
        context.fireChannelInactive()
    }

    private func perform(_ actions: [SMTPStateMachine.Action], _ context: ChannelHandlerContext) {
        for action in actions {
            switch action {
            case .send(let line):
                context.write(wrapOutboundOut(ByteBuffer(string: line + "\r\n")), promise: nil)
            case .sendBody(let bytes):
                context.write(wrapOutboundOut(ByteBuffer(bytes: bytes)), promise: nil)
            case .startTLS:
                do {
                    try context.pipeline.syncOperations.addHandler(
                        NIOSSLClientHandler(context: tls, serverHostname: host), position: .first)
                } catch {
                    settle(.failure(SMTPError(.connection, "TLS could not start")))
                    context.close(promise: nil)
                }
            case .delivered: settle(.success(()))
            case .failed(let error): settle(.failure(error))
            case .close: context.close(promise: nil)
            }
        }
        context.flush()
    }

    private func settle(_ result: Result<Void, any Error>) { outcome.settle(result) }
}
