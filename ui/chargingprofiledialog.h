#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QTimer>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace ocpi {

class NodeController;
class ProfileChart;

// The charging profile of one of our drivers' sessions at a partner CPO (CP, eMSP role): set a
// limit, ask for the active profile, clear it. Each request goes out with our response_url and
// the dialog follows it until its result arrives; the chart shows the latest profile known (a
// GET's result, or the ActiveChargingProfile the CPO pushed).
class ChargingProfileDialog : public QDialog
{
    Q_OBJECT

public:
    ChargingProfileDialog(NodeController &node, qint64 partnerId, const QString &sessionId, QWidget *parent = nullptr);

    QDoubleSpinBox *limitBox() const { return m_limit; }
    QComboBox *unitCombo() const { return m_unit; }
    QSpinBox *durationBox() const { return m_duration; }
    QPushButton *setButton() const { return m_set; }
    QPushButton *getButton() const { return m_get; }
    QPushButton *clearButton() const { return m_clear; }
    ProfileChart *chart() const { return m_chart; }
    QString outcome() const;

private:
    void send(const QString &type, const QJsonObject &params);
    // Reads the request awaited and the profile last pushed (every half second while shown).
    void poll();
    void setBusy(bool busy);
    void showResult(const QString &type, const QString &state, const QJsonObject &result);

    NodeController &m_node;
    qint64 m_partnerId;
    QString m_sessionId;
    QDoubleSpinBox *m_limit;
    QComboBox *m_unit;
    QSpinBox *m_duration;
    QPushButton *m_set;
    QPushButton *m_get;
    QPushButton *m_clear;
    QLabel *m_outcome;
    ProfileChart *m_chart;
    QTimer m_poll;
    QString m_awaited;       // the uid of the request whose result is awaited
    QString m_awaitedType;
    QJsonObject m_lastPushed;
};

} // namespace ocpi
