import Foundation
import ICU
import Testing

@testable import MTLintCore

/// The table of Han readings stands in for ICU's Han-Latin transliterator: it must give what
/// ICU gives, character by character. MTLINT_RECORD=1 (`make han-readings`) remakes it.
@Suite struct HanReadingsTests {
    @Test func theTableIsWhatICUGivesForEveryCharacter() throws {
        let transliterator = try Transliterator(id: "Han-Latin; Latin-ASCII")
        let live = { (unit: UInt16) in HanReadings.reading(of: unit, through: transliterator) }
        if ProcessInfo.processInfo.environment["MTLINT_RECORD"] == "1" {
            let path = packageRoot.appendingPathComponent("Sources/MTLintCore/Resources/han-readings.txt")
            try Data(HanReadings.tableText(live, icuVersion: icuVersion).utf8).write(to: path)
            return
        }
        var stale: [String] = []
        for block in HanReadings.blocks {
            for unit in block where HanReadings.reading(of: unit) != live(unit) {
                stale.append(String(unit, radix: 16, uppercase: true))
            }
        }
        #expect(stale.isEmpty, "\(stale.count) readings differ from ICU's (\(stale.prefix(5))): run `make han-readings`")
    }

    @Test func readsNamesOfTheNewsAndNothingOutsideTheBlocks() {
        let read = { (text: String) in text.utf16.map(HanReadings.reading(of:)).joined() }
        #expect(read("豆包") == "doubao")
        #expect(read("王小川") == "wangxiaochuan")
        #expect(read("文心") == "wenxin")
        #expect(HanReadings.reading(of: 0x41) == "")
        #expect(HanReadings.reading(of: 0x3002) == "")
    }

    @Test func aDamagedTableLeavesReadingsEmptyInsteadOfMisplacingThem() {
        let table = HanReadings.Table(Array("# comment\n4E00 yi - kao\nZZZZ nonsense\n9FF0 a b c d e f g h i j k l m n o p q\n".utf8))
        #expect(table.position(of: 0x4E00).map { table.readings[$0] } == "yi")
        #expect(table.position(of: 0x4E01).map { table.readings[$0] } == "")
        #expect(table.position(of: 0x4E02).map { table.readings[$0] } == "kao")
        #expect(table.position(of: 0x4E03).map { table.readings[$0] } == "")
        // Past the block's last character (U+9FFF) nothing is written into the next block.
        #expect(table.position(of: 0x9FFF).map { table.readings[$0] } == "p")
        #expect(table.position(of: 0xF900).map { table.readings[$0] } == "")
    }
}
