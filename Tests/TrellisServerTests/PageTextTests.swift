import Foundation
import Testing

@testable import TrellisServer

@Suite("Small texts pages are made of")
struct PageTextTests {
    @Test func aTimeZoneIsNamedByItsPlace() {
        #expect(TimeZonePicker.place("America/Argentina/Buenos_Aires") == "Argentina / Buenos Aires")
        #expect(TimeZonePicker.place("Europe/Berlin") == "Berlin")
        #expect(TimeZonePicker.place("UTC") == "UTC")
        #expect(TimeZonePicker.place("Etc/GMT+1") == "GMT+1")
    }

    @Test func aTokenIsWrittenInURLSafeBase64WithoutPadding() {
        #expect(SecretToken.base64URL([0xfb, 0xff, 0xfe]) == "-__-")
        #expect(SecretToken.base64URL([0x00]) == "AA")
        for length in 0..<40 {
            let bytes = (0..<length).map { _ in UInt8.random(in: .min ... .max) }
            #expect(SecretToken.bytes(base64URL: SecretToken.base64URL(bytes)) == Data(bytes))
        }
    }
}
