#pragma once

#include <QJsonObject>
#include <QWidget>

namespace ocpi {

// An ActiveChargingProfile drawn as the limit over time: a step line from its start for its
// duration, the limit axis from zero to the highest limit.
class ProfileChart : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileChart(QWidget *parent = nullptr);

    void setProfile(const QJsonObject &activeProfile);
    const QJsonObject &profile() const { return m_profile; }
    // "3700 W from 0 min, 22080 W from 15 min" (also the tooltip).
    QString summary() const;
    // An ActiveChargingProfile's limits at the clock time each begins, in the local time zone:
    // "3.7 kW from 14:00", "16 A from 14:00, 32 A from 14:30"; empty for no profile.
    static QString limitSummary(const QJsonObject &activeProfile);

    QSize sizeHint() const override { return {420, 160}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QJsonObject m_profile;
};

} // namespace ocpi
