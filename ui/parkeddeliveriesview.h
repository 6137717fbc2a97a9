#pragma once

#include "sync/outbox.h"

#include <QList>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ocpi {

// The deliveries one partner refused and the outbox parked (`ocpi-node outbox`), with the
// partner's answer, and a Drop button for the selected one (`ocpi-node outbox drop ID`). The view
// only asks (dropRequested); the page confirms with the operator and drops it through the node.
class ParkedDeliveriesView : public QWidget
{
    Q_OBJECT

public:
    explicit ParkedDeliveriesView(QWidget *parent = nullptr);

    // The parked deliveries to show, oldest first; the selection follows its delivery.
    void setEntries(const QList<OutboxEntry> &entries);
    const QList<OutboxEntry> &entries() const { return m_entries; }
    // Whether the page may act (the node runs, nothing is under way for the partner).
    void setActionsEnabled(bool enabled);

    std::optional<OutboxEntry> selectedEntry() const;
    bool selectDelivery(qint64 id);

    QTableWidget *table() const { return m_table; }
    QPushButton *dropButton() const { return m_drop; }

signals:
    void dropRequested(qint64 deliveryId);

private:
    void updateButton();

    QLabel *m_title;
    QTableWidget *m_table;
    QPushButton *m_drop;
    QList<OutboxEntry> m_entries;
    bool m_actionsEnabled = true;
};

} // namespace ocpi
