// The mtlint command line: parse, call the library, print, exit. See MTLintCommand.
import MTLint
import MTLintCore
import MTLintReport
import MTLintRules
import MTLintText

AllocatorTuning.apply()
StandardStreams.prepare()
MTLintCommand.runAsCommandLine()
