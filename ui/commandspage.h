#pragma once

#include "commandscontroller.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace ocpi {

class CommandsModel;
class ListReader;
class NodeController;
class SendCommandDialog;

// Commands (CMD-*): every command this node sent (as eMSP) or received (as CPO), newest first, with
// its timeline; the selected command's whole story below the table. "Send command…" opens the form
// for a command to a partner CPO. The table follows CommandService::commandChanged; `ocpi-node
// command` in another process changes the same database without a signal, so while shown the page
// also re-reads every few seconds (a few hundred small rows).
class CommandsPage : public QWidget
{
    Q_OBJECT

public:
    explicit CommandsPage(NodeController &node, QWidget *parent = nullptr);

    CommandsController *controller() const { return m_commands; }
    CommandsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPlainTextEdit *timelineView() const { return m_timeline; }
    QPushButton *sendButton() const { return m_send; }
    QString outcomeText() const;
    // Listings applied so far (tests wait for the next one).
    int listingCount() const { return m_listings; }

    bool selectCommand(const QString &uid);
    QString selectedUid() const;

    void setRefreshInterval(int milliseconds);

public slots:
    void refresh();
    SendCommandDialog *openSendDialog();

signals:
    void listed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onListed(const Result<CommandsController::Listing> &listing);
    void showCurrent();
    void updateActions();
    void setOutcome(const QString &text, bool failure);

    CommandsController *m_commands;
    CommandsModel *m_model;
    QTableView *m_view;
    QPlainTextEdit *m_timeline;
    QPushButton *m_send;
    QLabel *m_outcome;
    QLabel *m_summary;
    ListReader *m_reader;
    QString m_selectAfterRefresh;
    int m_listings = 0;
};

} // namespace ocpi
