#if canImport(Glibc)
    import Glibc
#endif

/// glibc's allocator, told to keep 16 MB at the top of each heap when it grows or shrinks.
/// With the default (128 KB) a run gives freed pages back to the kernel and faults them in
/// again moments later: page faults were a tenth of a two-file check's samples. Measured in
/// docs/performance.md ("Measured choices"); the peak memory of the big file did not grow.
enum AllocatorTuning {
    /// `M_TOP_PAD` of glibc's malloc.h, which Swift's Glibc module does not bring in.
    private static let topPadParameter: Int32 = -2

    static func apply() {
        #if canImport(Glibc)
            // mallopt is looked up rather than declared: malloc.h is not in the Glibc module.
            typealias MalloptFunction = @convention(c) (Int32, Int32) -> Int32
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
            let mallopt = unsafeBitCast(symbol, to: MalloptFunction.self)
            _ = mallopt(topPadParameter, 16 << 20)
        #endif
    }
}
