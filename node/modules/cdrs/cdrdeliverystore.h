#pragma once

#include "core/result.h"
#include "store/database.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace ocpi {

// Where a partner keeps one of our CDRs: the Location header of its answer to our POST (CDR-02),
// so an operator can tell the eMSP which CDR is meant, or fetch its copy.
struct CdrDelivery
{
    qint64 partnerId = 0;
    QString objectKey;   // objectKeyText() of the CDR
    QString location;    // the absolute URL the partner answered; empty when it sent none
    QDateTime deliveredAt;
};

// The cdr_deliveries table: one row per (partner, CDR), the latest answer kept.
class CdrDeliveryStore
{
public:
    explicit CdrDeliveryStore(Database &database) : m_database(database) {}

    static Migration migration();

    Status record(const CdrDelivery &delivery);
    // Every partner's answer for one CDR (empty key: every CDR), oldest first.
    Result<QList<CdrDelivery>> list(const QString &objectKey = QString());

private:
    Database &m_database;
};

} // namespace ocpi
