#include "versionnumber.h"

namespace ocpi {

int compareVersions(const QString &a, const QString &b)
{
    const QStringList left = a.split(QLatin1Char('.'));
    const QStringList right = b.split(QLatin1Char('.'));
    for (qsizetype i = 0; i < qMax(left.size(), right.size()); ++i) {
        const int l = i < left.size() ? left[i].toInt() : 0;
        const int r = i < right.size() ? right[i].toInt() : 0;
        if (l != r)
            return l < r ? -1 : 1;
    }
    return 0;
}

std::optional<QString> highestMutualVersion(const QStringList &ours, const QStringList &theirs)
{
    std::optional<QString> best;
    for (const QString &candidate : theirs) {
        if (!ours.contains(candidate))
            continue;
        if (!best || compareVersions(candidate, *best) > 0)
            best = candidate;
    }
    return best;
}

} // namespace ocpi
