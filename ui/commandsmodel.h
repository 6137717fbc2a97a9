#pragma once

#include "commandscontroller.h"

#include "mergingtablemodel.h"

#include <vector>

namespace ocpi {

// Stored commands as a table, newest first, one row per command: when it was sent or received, to
// or from whom, the CommandResponse (result and timeout), the CommandResult or TIMEOUT, and the
// state. setListing() merges by uid (rowmerge.h), so a refresh keeps the selection.
class CommandsModel : public MergingTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, DirectionColumn, TypeColumn, PartnerColumn, ResponseColumn, ResultColumn, StateColumn, IdColumn, ColumnCount };
    static constexpr int UidRole = Qt::UserRole + 1;

    explicit CommandsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setListing(const CommandsController::Listing &listing);
    const CommandRecord &command(int row) const { return m_rows.at(size_t(row)); }
    int rowOf(const QString &uid) const;
    QString partnerName(qint64 partnerId) const;

    // "ACCEPTED, 30 s" for a CommandResponse; "FAILED" when none came; empty while waiting.
    static QString responseText(const CommandRecord &command);
    // The CommandResult's result, or TIMEOUT; empty while waiting.
    static QString resultText(const CommandRecord &command);
    // The command's whole story, one event a line, oldest first.
    QString timelineText(const CommandRecord &command) const;

private:
    std::vector<CommandRecord> m_rows;
    QHash<qint64, QString> m_partnerNames;
};

} // namespace ocpi
