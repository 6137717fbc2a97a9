#pragma once

// The specification's example payloads listed in ../shared/ocpi/examples/INDEX.md (not part of
// this repository: CC BY-ND, read in place, never copied or modified).

#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstring>
#include <utility>

namespace ocpi::test {

struct SpecExample
{
    QString file;    // absolute path
    QString object;  // schema object name
    QString shape;   // object, list, patch, envelope, envelope-list
    QString status;  // ok, fails-spec-rules, invalid-json
};

// Rows of "| # | `file` | object | used in | HTTP context | status | notes |". The object column
// reads "Location", "list of Version", "PATCH fragment of EVSE", "Response envelope with Token",
// "error response, no data: ResponseEnvelope"...
inline QList<SpecExample> readExampleIndex(const QString &dir)
{
    QList<SpecExample> examples;
    QFile index(dir + QLatin1String("/INDEX.md"));
    if (!index.open(QIODevice::ReadOnly))
        return examples;
    const std::pair<const char *, const char *> shapes[] = {
        {"Response envelope with list of ", "envelope-list"}, {"Response envelope with ", "envelope"},
        {"list of ", "list"}, {"PATCH fragment of ", "patch"}, {"fragment of ", "patch"}};
    while (!index.atEnd()) {
        const QStringList cells = QString::fromUtf8(index.readLine()).split(QLatin1String(" | "));
        if (cells.size() < 7 || !cells.at(0).startsWith(QLatin1String("| ")) || !cells.at(0).mid(2).toInt())
            continue;
        SpecExample example;
        example.file = dir + QLatin1Char('/') + cells.at(1).mid(1, cells.at(1).size() - 2);
        example.object = cells.at(2).mid(cells.at(2).indexOf(QLatin1String(": ")) + 1).trimmed();
        example.shape = QStringLiteral("object");
        for (const auto &[prefix, shape] : shapes) {
            if (example.object.startsWith(QLatin1String(prefix))) {
                example.object = example.object.mid(qsizetype(std::strlen(prefix)));
                example.shape = QLatin1String(shape);
                break;
            }
        }
        example.status = cells.at(5).trimmed();
        examples.append(example);
    }
    return examples;
}

} // namespace ocpi::test
