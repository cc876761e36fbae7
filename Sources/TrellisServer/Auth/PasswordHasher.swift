import HummingbirdBcrypt
import NIOPosix

/// bcrypt, run on NIO's thread pool so a slow hash never stalls request handling.
public struct PasswordHasher: Sendable {
    /// 12 in production; tests may lower it to stay quick (the algorithm is the same).
    public let cost: UInt8

    public init(cost: UInt8 = 12) { self.cost = cost }

    func hash(_ password: String) async throws -> String {
        let cost = self.cost
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    /// Hashes on the calling thread; for start-up only.
    func hashNow(_ password: String) -> String { Bcrypt.hash(password, cost: cost) }

    func verify(_ password: String, against hash: String) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
    }
}
