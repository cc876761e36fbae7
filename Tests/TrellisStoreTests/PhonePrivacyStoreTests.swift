import Foundation
import Testing
import TrellisCore
import TrellisStore

/// A member's lock and look, and a device's lock, as either backend keeps them: read back with the
/// session in its one read, the code's hash kept only while the lock is a code, and each device
/// locked apart from the member's others.
@Suite("Phone privacy in the store")
struct PhonePrivacyStoreTests {
    @Test(arguments: StoreBackend.all) func aLockAndALookComeBackWithTheSession(backend: StoreBackend) async throws {
        let store = try await backend.open()
        defer { store.remove() }
        let sam = StoreFixture.account("Sam")
        let phone = try await StoreFixture.register(sam, in: store.storage)
        let laptop = (0..<32).map { _ in UInt8.random(in: 0...255) }
        try await store.storage.createSession(
            tokenHash: laptop,
            .opening(
                for: sam.id, at: StoreFixture.now, expiresAt: StoreFixture.now.addingTimeInterval(3600), client: "L"))

        let fresh = try #require(try await store.storage.session(tokenHash: phone))
        #expect(fresh.privacy == .standard && fresh.lockCodeHash == nil)
        #expect(fresh.session.lock == .opening(at: StoreFixture.now))

        let chosen = PhonePrivacy(lock: .code, privatePagesAskAgain: false, look: .lists)
        try await store.storage.setPhonePrivacy(chosen, lockCodeHash: "hash-of-code", for: sam.id)
        let later = StoreFixture.now.addingTimeInterval(600)
        try await store.storage.setDeviceLock(
            DeviceLock(after: 60, locked: true, unlockedAt: later), tokenHash: phone, usedAt: later)

        let read = try #require(try await store.storage.session(tokenHash: phone))
        #expect(read.privacy == chosen && read.lockCodeHash == "hash-of-code")
        #expect(read.session.lock == DeviceLock(after: 60, locked: true, unlockedAt: later))
        #expect(read.session.lastUsedAt == later)
        #expect(try await store.storage.phonePrivacy(of: sam.id) == chosen)
        let other = try #require(try await store.storage.session(tokenHash: laptop))
        #expect(!other.session.lock.locked, "each device locks on its own")
        #expect(try await store.storage.sessions(of: sam.id).first { $0.lock.locked }?.lock.after == 60)

        // Back to the password: the code's hash is not kept.
        try await store.storage.setPhonePrivacy(
            PhonePrivacy(lock: .password, privatePagesAskAgain: true, look: nil), lockCodeHash: "hash-of-code",
            for: sam.id)
        #expect(try await store.storage.session(tokenHash: phone)?.lockCodeHash == nil)
        #expect(try await store.reopen().phonePrivacy(of: sam.id).lock == .password)
    }
}
