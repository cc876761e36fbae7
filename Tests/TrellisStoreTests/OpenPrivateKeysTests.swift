import Crypto
import Foundation
import Testing
import TrellisCore

@testable import TrellisStore

@Suite("Private keys held in memory only while their member is active")
struct OpenPrivateKeysTests {
    let hands = HandMovedClock()
    let member = MemberID()
    let key = SymmetricKey(size: .bits256)

    var keys: OpenPrivateKeys { OpenPrivateKeys(idle: .seconds(30 * 60), now: { [hands] in hands.now }) }

    @Test func aQuietMembersKeyIsLetGoAndItsGenerationChanges() {
        let keys = keys
        keys.open(key, of: member)
        let opened = keys.generation(of: member)
        hands.advance(minutes: 29)
        #expect(keys.key(of: member) == key && keys.generation(of: member) == opened)
        hands.advance(minutes: 2)
        #expect(keys.key(of: member) == nil && keys.generation(of: member) == 0)
        keys.open(key, of: member)
        #expect(keys.generation(of: member) > opened, "folds kept with the key before are not served again")
    }

    /// Sweeping happens on the path every signed-in request takes (a session's wrap opened).
    @Test func aQuietMembersKeyGoesFromMemoryWhenOthersAreActive() throws {
        let keys = keys
        keys.open(key, of: member)
        hands.advance(minutes: 31)
        let other = StoreFixture.account("Other")
        let secret = PrivateKeyTests.session()
        let wrap = try PrivateKeySeal.bySession(SymmetricKey(size: .bits256), token: secret.token, member: other.id)
        #expect(keys.open(read(other, wrap, by: keys), session: secret) == .opened)
        #expect(keys.count == 1, "the quiet member's key was let go, not only hidden")
    }

    @Test func eachRequestKeepsTheKeyWithoutChangingItsGeneration() throws {
        let keys = keys
        let alice = StoreFixture.account("Alice")
        let secret = PrivateKeyTests.session()
        let wrap = try PrivateKeySeal.bySession(key, token: secret.token, member: alice.id)
        #expect(keys.open(read(alice, wrap, by: keys), session: secret) == .opened)
        let opened = keys.generation(of: alice.id)
        for _ in 0..<4 {
            hands.advance(minutes: 20)
            #expect(keys.open(read(alice, wrap, by: keys), session: secret) == .opened)
        }
        #expect(keys.key(of: alice.id) == key && keys.generation(of: alice.id) == opened)
    }

    @Test func aDifferentKeyOrForgettingChangesTheGeneration() {
        let keys = keys
        keys.open(key, of: member)
        let opened = keys.generation(of: member)
        keys.open(SymmetricKey(size: .bits256), of: member)
        #expect(keys.generation(of: member) != opened)
        keys.forget(member)
        #expect(keys.key(of: member) == nil && keys.generation(of: member) == 0)
    }

    /// A request's session as read now, holding `wrap`.
    func read(_ account: Account, _ wrap: Data?, by keys: OpenPrivateKeys) -> SignedIn {
        SignedIn(
            session: SessionRecord.opening(
                for: account.id, at: StoreFixture.now, expiresAt: StoreFixture.now.addingTimeInterval(3600),
                client: "Test"),
            account: account, privacy: .standard, lockCodeHash: nil, privateKey: .wrapped(wrap), keyEpoch: keys.epoch)
    }

    /// A session read before a reset, a log-out or a recovery changed the key here is read again,
    /// not acted on: the key let go stays gone, and a recovered key is not replaced by the old one.
    @Test func aSessionReadBeforeTheKeyChangedIsReadAgain() throws {
        let keys = keys
        let alice = StoreFixture.account("Alice")
        let secret = PrivateKeyTests.session()
        let wrap = try PrivateKeySeal.bySession(key, token: secret.token, member: alice.id)

        let beforeReset = read(alice, wrap, by: keys)
        keys.forget(alice.id)
        #expect(keys.open(beforeReset, session: secret) == .readAgain)
        #expect(keys.key(of: alice.id) == nil, "what was let go stays let go")
        #expect(keys.open(read(alice, wrap, by: keys), session: secret) == .opened)

        let beforeRecovery = read(alice, wrap, by: keys)
        let recovered = SymmetricKey(size: .bits256)
        keys.open(recovered, of: alice.id)
        #expect(keys.open(beforeRecovery, session: secret) == .readAgain)
        #expect(keys.key(of: alice.id) == recovered)

        #expect(keys.open(read(alice, nil, by: keys), session: secret) == .sessionHoldsNone)
        #expect(keys.key(of: alice.id) == nil)
    }
}
