import Metrics
import NIOCore
import Synchronization
import TrellisCore

/// The last answer each viewer was sent at each address, kept with its encoded bytes: a read
/// whose answer equals it is sent the same bytes again instead of being encoded anew (encoding
/// was most of a member read's time).
///
/// The answer is still built on every read, and only equality decides, so nothing it depends on
/// (the couple's state, the clock, the viewer's settings or time zone) can be missed: equal
/// values encode to equal bytes. That holds while an answer's `==` compares everything it encodes,
/// which synthesized `Equatable` does (answer types never write their own).
///
/// Answers may hold a viewer's private entries, so they follow the viewer's key as kept folds do:
/// kept under the key's generation, never served under another, and let go within a minute of
/// the key going. Memory is bounded by the bytes kept; past it, all are let go.
final class EncodedAnswers: Sendable {
    private struct Kept {
        let answer: any Equatable & Sendable
        let bytes: ByteBuffer
        let generation: UInt64
    }

    private struct Table {
        var answers: [Key: Kept] = [:]
        var bytes = 0
        var swept: ContinuousClock.Instant?
    }

    struct Key: Hashable, Sendable {
        let viewer: MemberID
        /// The request's path and query.
        let address: String
    }

    private let table = Mutex(Table())
    /// How many encoded bytes are kept at most (2 MiB by default: with the answers themselves,
    /// about 6 MiB, enough for a few thousand members reading at once; past it the rest are
    /// encoded as before).
    let capacity: Int
    private let generation: @Sendable (MemberID) -> UInt64
    private let now: @Sendable () -> ContinuousClock.Instant

    /// `generation`: the viewer's private-key generation in this process (see `KeptFolds`).
    init(
        capacity: Int = 2 << 20, generation: @escaping @Sendable (MemberID) -> UInt64 = { _ in 0 },
        now: @escaping @Sendable () -> ContinuousClock.Instant = { .now }
    ) {
        (self.capacity, self.generation, self.now) = (capacity, generation, now)
    }

    /// `answer` as JSON: the bytes kept for it when the last answer at `key` equals it.
    func encoded<Answer: Encodable & Equatable & Sendable>(_ answer: Answer, at key: Key) throws -> ByteBuffer {
        let generation = generation(key.viewer)
        if let kept = table.withLock({ $0.answers[key] }), kept.generation == generation,
            kept.answer as? Answer == answer
        {
            Self.served.kept.increment()
            return kept.bytes
        }
        Self.served.encoded.increment()
        let bytes = ByteBuffer(bytes: try JSONCoding.encoder.encode(answer))
        keep(Kept(answer: answer, bytes: bytes, generation: generation), at: key)
        return bytes
    }

    /// How many answers are kept now (for tests: that they really go).
    var count: Int { table.withLock { $0.answers.count } }

    private func keep(_ kept: Kept, at key: Key) {
        let now = now()
        table.withLock { table in
            if table.swept.map({ now - $0 > .seconds(60) }) ?? true {
                letGoOfClosedKeys(in: &table)
                table.swept = now
            }
            table.bytes -= table.answers[key]?.bytes.readableBytes ?? 0
            if table.bytes + kept.bytes.readableBytes > capacity {
                table.answers = [:]
                table.bytes = 0
            }
            guard kept.bytes.readableBytes <= capacity else { return }
            table.answers[key] = kept
            table.bytes += kept.bytes.readableBytes
        }
    }

    private func letGoOfClosedKeys(in table: inout Table) {
        table.answers = table.answers.filter { generation($0.key.viewer) == $0.value.generation }
        table.bytes = table.answers.values.reduce(0) { $0 + $1.bytes.readableBytes }
    }

    static let served = (
        kept: Counter(label: "trellis_answer_encodings_total", dimensions: [("served", "kept")]),
        encoded: Counter(label: "trellis_answer_encodings_total", dimensions: [("served", "encoded")])
    )
}
