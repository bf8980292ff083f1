#pragma once
// libre and librem for the engine's .cpp files (never included from a public header).
// relais_libre (softphone/CMakeLists.txt) gives the defines libre's headers expect.
#include <re.h>
#include <rem.h>
