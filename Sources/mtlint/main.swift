// The mtlint command line: parse, call the library, print, exit. See MTLintCommand.
StandardStreams.prepare()
MTLintCommand.runAsCommandLine()
