#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace ocpi::demo {

// What one step of the demo story did, as `ocpi-node demo` prints it (a transcript line, or with
// --json one JSON object per line; docs/demo.md describes the shape and keeps it stable).
struct DemoStep
{
    int number = 0;
    int count = 0;          // steps in the story
    QString id;             // stable machine name: "register", "authorize", ...
    QString title;          // what happens, for people
    QString node;           // the node that acts: "CPO" or "eMSP"
    QString checkedAt;      // the node whose store shows the outcome
    bool ok = false;
    QString detail;         // the outcome in words; why it failed otherwise
    QJsonObject figures;    // the key figures (ids, kWh, prices, statuses)
    qint64 elapsedMs = 0;   // real time the step took, its checks included

    QJsonObject toJson() const;
    QString toText() const;
};

} // namespace ocpi::demo

Q_DECLARE_METATYPE(ocpi::demo::DemoStep)
