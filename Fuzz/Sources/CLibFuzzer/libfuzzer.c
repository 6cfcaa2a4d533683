// Only a header: LLVMFuzzerRunDriver is libFuzzer's (compiler-rt).
#include "libfuzzer.h"
