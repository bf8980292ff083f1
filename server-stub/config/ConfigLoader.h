#pragma once

#include "config/Config.h"

#include <optional>

namespace relais::config {

// Reads and validates a TOML configuration. On failure returns nullopt and sets *error to
// "PATH:LINE:COL: what is wrong" (the first problem found).
std::optional<Config> loadConfigFile(const QString &path, QString *error);
std::optional<Config> parseConfig(const QString &text, const QString &sourceName, QString *error);
// The embedded demo site (:/relais/demo.toml). It is part of the build: an invalid one is fatal.
Config demoConfig();

} // namespace relais::config
