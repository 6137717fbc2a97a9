#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace ocpi {

class NodeController;
class TrafficDetailView;
class TrafficModel;

// The live request log: a table of recent exchanges (newest first), a filter, and the selected
// exchange in full below it.
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

    bool isPaused() const;
    void setPaused(bool paused);
    // Selects the exchange with request log id `id` if it is shown; false otherwise.
    bool selectId(qint64 id);

private:
    void onTrafficRecorded(qint64 lastId);
    void showCurrent(const QModelIndex &current);
    void updateCounter();

    NodeController &m_controller;
    TrafficModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    TrafficDetailView *m_detail;
    QLineEdit *m_filter;
    QPushButton *m_pause;
    QLabel *m_counter;
    qint64 m_shownId = 0;
};

} // namespace ocpi
