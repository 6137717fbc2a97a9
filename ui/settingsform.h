#pragma once

#include "config/nodeconfig.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace ocpi {

// The node settings an operator edits in the console, and the one place that checks them: each
// value is read by NodeConfig::load itself, alone, so the console accepts exactly what
// `ocpi-node serve --OPTION VALUE` accepts and every field's error is known at once.
class SettingsForm
{
    Q_DECLARE_TR_FUNCTIONS(SettingsForm)

public:
    struct Field
    {
        QString option;                 // "port": the command-line option and its INI key's name
        QString label;
        bool list = false;              // several values, comma-separated (parties)
        std::function<QString(const NodeConfig &)> text;
        std::function<void(NodeConfig &to, const NodeConfig &from)> take;
    };

    static const QList<Field> &fields();
    static const Field *field(const QString &option);

    // Errors by option for `values` (option -> text); empty: every value is valid.
    static QHash<QString, QString> check(const QHash<QString, QString> &values);
    // `base` with `values` applied; the values must have passed check().
    static NodeConfig apply(const NodeConfig &base, const QHash<QString, QString> &values);
    // Writes `values` to the INI file `path` (created if needed), under the keys ocpi-node reads.
    static Status save(const QString &path, const QHash<QString, QString> &values);

private:
    static Result<NodeConfig> parseAlone(const Field &field, const QString &text);
};

} // namespace ocpi
