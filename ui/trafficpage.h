#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace ocpi {

class NodeController;
class TrafficDetailView;
class TrafficFilterBar;
class TrafficModel;

// The live request log: a table of recent exchanges (newest first), filters, and the selected
// exchange in full below it. The filter bar narrows the log in the store; the text filter narrows
// the rows loaded. A selected outgoing request can be replayed, and a selection exported as HAR.
class TrafficPage : public QWidget
{
    Q_OBJECT

public:
    explicit TrafficPage(NodeController &controller, QWidget *parent = nullptr);

    TrafficModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    TrafficDetailView *detailView() const { return m_detail; }
    QLineEdit *filterEdit() const { return m_filter; }
    TrafficFilterBar *filterBar() const { return m_filterBar; }
    QPushButton *replayButton() const { return m_replay; }
    QPushButton *exportButton() const { return m_export; }
    // What the last replay or export said (the status line under the toolbar).
    QString statusText() const;
    // "N exchange(s)", and whether older ones are read by scrolling.
    QString counterText() const;

    bool isPaused() const;
    void setPaused(bool paused);
    // Selects the exchange with request log id `id` if it is shown; false otherwise.
    bool selectId(qint64 id);
    // Request log ids of the selected rows.
    QList<qint64> selectedIds() const;

    // Sends the selected outgoing request again (trafficreplay); the answer is shown in the status
    // line, the new exchange appears in the list.
    void replaySelected();
    // Writes the selected exchanges (all shown rows when none is selected) to `path` as HAR 1.2;
    // the outcome is shown in the status line and reported to `done` (true: written).
    void exportHar(const QString &path, std::function<void(bool)> done = {});

signals:
    // A replay was answered (or refused): `message` says how.
    void replayFinished(bool sent, const QString &message);

private:
    void onTrafficRecorded(qint64 lastId);
    void showCurrent(const QModelIndex &current);
    void updateCounter();
    void updateActions();
    void reloadPartners();
    void showStatus(const QString &text, bool error);

    NodeController &m_controller;
    TrafficModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    TrafficDetailView *m_detail;
    QLineEdit *m_filter;
    QPushButton *m_pause;
    QLabel *m_counter;
    TrafficFilterBar *m_filterBar;
    QPushButton *m_replay;
    QPushButton *m_export;
    QLabel *m_status;
    qint64 m_shownId = 0;
};

} // namespace ocpi
