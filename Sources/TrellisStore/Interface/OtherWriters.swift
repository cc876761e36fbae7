/// A database one server process writes, that other processes may also write now and then (an
/// operator's `trellis export`, a migration): the serving process can then trust what it knows of
/// where couples stand until another process has written, rather than asking before every read.
public protocol OtherWriters: Sendable {
    /// Makes this storage the serving process's: its own appends are folded as they are made, so
    /// they mark nothing. Returns a cheap reading that changes whenever another process appended.
    func serve() -> @Sendable () -> Int64
}
