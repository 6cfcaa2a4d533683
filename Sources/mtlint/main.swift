// The mtlint command line: parse, call the library, print, exit. See MTLintCommand.
import MTLint
import MTLintRules
import MTLintReport
import MTLintCore
import MTLintText

StandardStreams.prepare()
MTLintCommand.runAsCommandLine()
