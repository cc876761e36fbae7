import Crypto
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

    @Test func aQuietMembersKeyGoesFromMemoryWhenOthersAreActive() {
        let keys = keys
        keys.open(key, of: member)
        hands.advance(minutes: 31)
        keys.open(SymmetricKey(size: .bits256), of: MemberID())
        #expect(keys.count == 1, "the quiet member's key was let go, not only hidden")
    }

    @Test func eachRequestKeepsTheKeyWithoutChangingItsGeneration() {
        let keys = keys
        keys.open(key, of: member)
        let opened = keys.generation(of: member)
        for _ in 0..<4 {
            hands.advance(minutes: 20)
            keys.open(key, of: member)
        }
        #expect(keys.key(of: member) == key && keys.generation(of: member) == opened)
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
}
