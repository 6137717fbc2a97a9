#pragma once

#include "core/result.h"
#include "partners/partner.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QLabel;
class QMessageBox;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace ocpi {

class InviteDialog;
class NodeController;
class PartnerController;
class PartnerDetailsView;
class ParkedDeliveriesView;
class PartnersModel;
class RegisterWizard;

// The partners of this node: a table of them, the selected one in detail, and the operator's
// actions of `ocpi-node invite|register|update|unregister|set-encoding`, run through the same
// services in the node thread. The list follows the node's registry as it changes and is re-read
// every few seconds too, because operator commands in other processes change the same database.
class PartnersPage : public QWidget
{
    Q_OBJECT

public:
    explicit PartnersPage(NodeController &node, QWidget *parent = nullptr);

    PartnersModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    PartnerDetailsView *detailsView() const { return m_details; }
    PartnerController *controller() const { return m_partners; }
    QPushButton *inviteButton() const { return m_invite; }
    QPushButton *registerButton() const { return m_register; }
    QPushButton *updateButton() const { return m_update; }
    QPushButton *unregisterButton() const { return m_unregister; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *pullButton() const { return m_pull; }
    QPushButton *retryParkedButton() const { return m_retryParked; }
    ParkedDeliveriesView *parkedView() const { return m_parkedView; }
    QString outcomeText() const;

    // Selects the partner if it is listed; false otherwise.
    bool selectPartner(qint64 id);
    qint64 selectedPartnerId() const;

    int refreshInterval() const;
    void setRefreshInterval(int milliseconds);

public slots:
    // Re-reads the list from the node (coalesced: at most one read in flight).
    void refresh();
    InviteDialog *openInviteDialog();
    RegisterWizard *openRegisterWizard();
    void updateSelected();
    // Fetches the selected partner's lists (locations, tariffs, tokens it offers).
    void pullSelected();
    // Queues the selected partner's parked (refused) deliveries again.
    void retryParkedOfSelected();
    // Asks for confirmation first; the returned box is window-modal and does not block.
    QMessageBox *unregisterSelected();
    // Removes the selected invited, failed or unregistered partner after a confirmation (the
    // returned box); a registered one is refused at once with the reason (nullptr).
    QMessageBox *removeSelected();
    // Discards one of the selected partner's parked deliveries (`ocpi-node outbox drop ID`), after
    // a confirmation like unregisterSelected's.
    QMessageBox *dropParked(qint64 deliveryId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onListed(const Result<QList<Partner>> &partners);
    void showCurrent();
    void updateButtons();
    void setOutcome(const QString &text, bool failure);
    void runAction(qint64 partnerId, const QString &label, bool update);
    void changeEncoding(qint64 partnerId, EncodingSetting setting);
    // Re-reads the selected partner's parked deliveries into the view.
    void loadParked();
    std::optional<Partner> selectedPartner() const;
    // The selected partner, marked busy (its buttons off) for an action; nullopt when none is.
    std::optional<Partner> startOnSelected();

    NodeController &m_node;
    PartnerController *m_partners;
    PartnersModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    PartnerDetailsView *m_details;
    ParkedDeliveriesView *m_parkedView;
    QPushButton *m_invite;
    QPushButton *m_register;
    QPushButton *m_update;
    QPushButton *m_pull = nullptr;
    QPushButton *m_retryParked = nullptr;
    QPushButton *m_unregister;
    QPushButton *m_remove;
    QLabel *m_outcome;
    QTimer *m_poll;
    std::optional<Partner> m_shown;
    qint64 m_selectAfterRefresh = 0;
    QList<qint64> m_busy; // partners with an update or unregistration under way
    QHash<qint64, int> m_parked; // parked deliveries per partner, as last read
    bool m_listing = false;
    bool m_listAgain = false;
};

} // namespace ocpi
