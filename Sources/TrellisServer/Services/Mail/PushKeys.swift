import Foundation
import TrellisPush
import TrellisStore

/// This installation's VAPID key, derived from the master key (by the store's keyed hash), so it
/// is the same on every instance and after every restart: devices subscribed to it keep working.
enum PushKeys {
    static func vapid(storage: any TrellisStorage, subject: String) -> VAPID {
        // A keyed hash is a valid P-256 scalar but with odds of about 2^-32 against; the next one then.
        for round in 0..<8 {
            if let key = try? VAPID(seed: storage.deviceSignature("web push vapid key \(round)"), subject: subject) {
                return key
            }
        }
        fatalError("no VAPID key from eight keyed hashes")
    }
}
