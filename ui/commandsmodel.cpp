#include "commandsmodel.h"

#include "modules/commands/commandservice.h"
#include "objectrow.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ocpi {

namespace {

QString resultOf(const std::optional<QJsonObject> &object)
{
    return object ? object->value(QLatin1String("result")).toString() : QString();
}

// The first DisplayText of a response or result, " (text)"; most CPOs send none.
QString messageOf(const std::optional<QJsonObject> &object)
{
    const QJsonArray texts = object ? object->value(QLatin1String("message")).toArray() : QJsonArray();
    return texts.isEmpty() ? QString()
                           : QStringLiteral(" (%1)").arg(texts.first().toObject().value(QLatin1String("text")).toString());
}

bool sameCommand(const CommandRecord &a, const CommandRecord &b)
{
    return a.state == b.state && a.response == b.response && a.result == b.result && a.error == b.error
           && a.respondedAt == b.respondedAt && a.resultAt == b.resultAt && a.deadline == b.deadline;
}

} // namespace

CommandsModel::CommandsModel(QObject *parent) : MergingTableModel(parent) {}

int CommandsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CommandsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CommandsModel::partnerName(qint64 partnerId) const
{
    return m_partnerNames.value(partnerId, tr("partner %1").arg(partnerId));
}

QString CommandsModel::responseText(const CommandRecord &command)
{
    if (command.response) {
        const int timeout = command.response->value(QLatin1String("timeout")).toInt();
        return tr("%1, %2 s").arg(resultOf(command.response)).arg(timeout);
    }
    return command.state == QLatin1String("FAILED") ? command.state : QString();
}

QString CommandsModel::resultText(const CommandRecord &command)
{
    if (command.result)
        return resultOf(command.result);
    return command.state == QLatin1String("TIMEOUT") ? command.state : QString();
}

QVariant CommandsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const CommandRecord &command = m_rows.at(size_t(index.row()));
    if (role == UidRole)
        return command.uid;
    if (role == Qt::ToolTipRole)
        return command.error.isEmpty() ? QVariant() : QVariant(command.error);
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case TimeColumn: return ObjectRow::formatTime(command.createdAt);
    case DirectionColumn:
        return command.direction == CommandRecord::Direction::Sent ? tr("sent") : tr("received");
    case TypeColumn: return command.type;
    case PartnerColumn: return partnerName(command.partnerId);
    case ResponseColumn: return responseText(command);
    case ResultColumn: return resultText(command);
    case StateColumn: return command.state;
    case IdColumn: return command.uid;
    default: return QVariant();
    }
}

QVariant CommandsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return MergingTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Sent/received");
    case DirectionColumn: return tr("Direction");
    case TypeColumn: return tr("Command");
    case PartnerColumn: return tr("Partner");
    case ResponseColumn: return tr("Response");
    case ResultColumn: return tr("Result");
    case StateColumn: return tr("State");
    case IdColumn: return tr("Id");
    default: return QVariant();
    }
}

int CommandsModel::rowOf(const QString &uid) const
{
    for (size_t row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].uid == uid)
            return int(row);
    }
    return -1;
}

void CommandsModel::setListing(const CommandsController::Listing &listing)
{
    if (listing.partnerNames != m_partnerNames) {
        m_partnerNames = listing.partnerNames;
        if (!m_rows.empty())
            emit dataChanged(index(0, PartnerColumn), index(rowCount() - 1, PartnerColumn));
    }
    mergeTableRows(m_rows, std::vector<CommandRecord>(listing.commands.cbegin(), listing.commands.cend()),
                   [](const CommandRecord &command) { return command.uid; }, &sameCommand);
}

QString CommandsModel::timelineText(const CommandRecord &command) const
{
    const QString partner = partnerName(command.partnerId);
    const bool sent = command.direction == CommandRecord::Direction::Sent;
    const auto at = [](const QDateTime &time) { return ObjectRow::formatTime(time) + QStringLiteral("  "); };
    const QString indent(21, QLatin1Char(' '));
    QStringList lines;
    lines << at(command.createdAt)
                 + (sent ? tr("%1 sent to %2 (our id %3)") : tr("%1 received from %2 (our id %3)"))
                       .arg(command.type, partner, command.uid);
    lines << indent + QString::fromUtf8(QJsonDocument(command.request).toJson(QJsonDocument::Compact));
    if (command.response) {
        lines << at(command.respondedAt)
                     + (sent ? tr("the CPO answered %1, result expected within %2 s%3")
                             : tr("we answered %1, result promised within %2 s%3"))
                           .arg(resultOf(command.response))
                           .arg(command.response->value(QLatin1String("timeout")).toInt())
                           .arg(messageOf(command.response));
    } else if (command.state == QLatin1String("FAILED")) {
        lines << at(command.respondedAt) + tr("no usable answer: %1").arg(command.error);
    } else {
        lines << indent + tr("waiting for the CPO's answer");
    }
    if (command.result) {
        const QString result = resultOf(command.result) + messageOf(command.result);
        lines << at(command.resultAt)
                     + (sent ? tr("result %1").arg(result) : tr("result %1 queued for %2").arg(result, command.responseUrl));
    } else if (command.state == QLatin1String("TIMEOUT")) {
        lines << at(command.deadline) + tr("TIMEOUT: no result by the CPO's timeout plus %1 s").arg(CommandService::kTimeoutMarginSeconds);
    } else if (command.deadline.isValid()) {
        lines << indent + tr("waiting for the result until %1").arg(ObjectRow::formatTime(command.deadline));
    }
    if (!command.error.isEmpty() && command.state != QLatin1String("FAILED"))
        lines << indent + command.error;
    lines << indent + tr("state: %1").arg(command.state);
    return lines.join(QLatin1Char('\n'));
}

} // namespace ocpi
