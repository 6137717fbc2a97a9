#include "operatorsession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ocpi::cli {

std::unique_ptr<OperatorSession> OperatorSession::open(CommandContext &context)
{
    auto config = context.loadConfig();
    if (!config)
        return nullptr;
    std::unique_ptr<OperatorSession> session(new OperatorSession(*config));
    if (Status s = session->m_services.open(); !s) {
        context.fail(s.error().message);
        return nullptr;
    }
    return session;
}

void printTable(QTextStream &out, const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &title : header)
        widths.append(title.size());
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], row[i].size());
    }
    auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i)
            text += cells[i].leftJustified(i + 1 < cells.size() ? widths[i] + 2 : 0);
        out << text.trimmed() << Qt::endl;
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
}

void printJson(QTextStream &out, const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << document.toJson(QJsonDocument::Indented);
    out.flush();
}

} // namespace ocpi::cli
