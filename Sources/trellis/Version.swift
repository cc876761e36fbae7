import ArgumentParser

struct Version: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the version of Trellis.")

    func run() {
        print("trellis \(TrellisCommand.version)")
    }
}
