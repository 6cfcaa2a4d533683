// libFuzzer's entry point for a program that has its own main (SwiftPM gives every
// executable one): it parses libFuzzer's options from argv and runs `callback` on each
// input. Linked with `-sanitize=fuzzer` (see ../../Package.swift).
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
