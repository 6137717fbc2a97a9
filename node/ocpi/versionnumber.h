#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace ocpi {

// The OCPI version this node implements.
inline const QString kOcpiVersion = QStringLiteral("2.2.1");

// Semantic comparison of OCPI VersionNumber strings (VER-10): 2.2.1 > 2.2 > 2.1.1.
int compareVersions(const QString &a, const QString &b);

// The highest version in `theirs` that we also speak, if any.
std::optional<QString> highestMutualVersion(const QStringList &ours, const QStringList &theirs);

} // namespace ocpi
